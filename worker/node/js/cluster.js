// node:cluster: workerd's, a primary that forks no workers: the isMaster,
// isPrimary and scheduling constants, a Worker class that is never
// connected, and fork, disconnect and setup* that throw workerd's
// ERR_METHOD_NOT_IMPLEMENTED. The default export is a Cluster (an
// EventEmitter), which here is also the object of the named exports.
(function (binding, require, module) {
  'use strict';
  const { EventEmitter } = require('events');
  const { notImplemented } = require('internal/stubs');
  const SCHED_NONE = 1, SCHED_RR = 2;
  const settings = {}, workers = {};
  function fork(env) { throw notImplemented('cluster.fork'); }
  function disconnect(callback) { throw notImplemented('cluster.disconnect'); }
  function setupPrimary(settings) { throw notImplemented('cluster.setupPrimary'); }
  // workerd names setupWorker in setupMaster's message.
  function setupMaster(settings) { throw notImplemented('cluster.setupWorker'); }
  class Worker extends EventEmitter {
    _connected = false;
    id = 0;
    constructor(options) { super(); }
    get process() { return globalThis.process; }
    get exitedAfterDisconnect() { return this._connected; }
    isConnected() { return this._connected; }
    isDead() { return true; }
    send(message, sendHandle, options, callback) { return false; }
    kill(signal) { this._connected = false; }
    destroy(signal) { this._connected = false; }
    disconnect() { this._connected = false; return this; }
  }
  class Cluster extends EventEmitter {
    Worker = Worker;
    isMaster = true;
    isPrimary = true;
    isWorker = false;
    SCHED_NONE = SCHED_NONE;
    SCHED_RR = SCHED_RR;
    schedulingPolicy = SCHED_RR;
    settings = settings;
    workers = workers;
    setupPrimary(settings) { setupPrimary(settings); }
    setupMaster(settings) { setupMaster(settings); }
    disconnect() { disconnect(); }
    fork(env) { return fork(env); }
  }
  const cluster = new Cluster();
  // The named exports that are not the Cluster's own fields; domain (an
  // EventEmitter's) is not one of them.
  Object.assign(cluster, { Cluster, disconnect, fork, setupMaster, setupPrimary });
  Object.defineProperty(cluster, 'domain', { enumerable: false });
  module.exports = cluster;
})
