// node:worker_threads: workerd's, the main thread of an isolate that starts
// no threads: MessageChannel and MessagePort are the globals, environment
// data is a map, and Worker, BroadcastChannel and postMessageToThread throw
// workerd's ERR_METHOD_NOT_IMPLEMENTED.
(function (binding, require, module) {
  'use strict';
  const { EventEmitter } = require('events');
  const { notImplemented } = require('internal/stubs');
  const { MessageChannel, MessagePort } = globalThis;
  class BroadcastChannel {
    constructor() { throw notImplemented('BroadcastChannel'); }
  }
  class Worker extends EventEmitter {
    stdin = null;
    stderr;
    stdout;
    threadId;
    threadName = 'workerd';
    performance;
    constructor() {
      super();
      throw notImplemented('Worker');
    }
    cpuUsage(prev) { return Promise.reject(notImplemented('Worker.cpuUsage')); }
    postMessage(value, transferList) {}
    async postMessageToThread(threadId, value, transferList, timeout) {}
    ref() {}
    unref() {}
    async terminate() { throw notImplemented('Worker.terminate'); }
    async getHeapSnapshot() { throw notImplemented('Worker.getHeapSnapshot'); }
    async getHeapStatistics() { throw notImplemented('Worker.getHeapStatistics'); }
    async startCpuProfile() { throw notImplemented('Worker.startCpuProfile'); }
    async startHeapProfile() { throw notImplemented('Worker.startHeapProfile'); }
    async [Symbol.asyncDispose]() {}
  }
  const environmentData = new Map();
  function getEnvironmentData(key) { return environmentData.get(key); }
  function setEnvironmentData(key, value) { environmentData.set(key, value); }
  function isMarkedAsUntransferable(value) { return false; }
  function markAsUntransferable(value) {}
  function markAsUncloneable(value) {}
  // new MessagePort() is the global's "Illegal constructor", as in workerd.
  function moveMessagePortToContext(port, contextifiedSandbox) { return new MessagePort(); }
  function receiveMessageOnPort(port) { return undefined; }
  function postMessageToThread(threadId, value, transferList, timeout) { throw notImplemented('postMessageToThread'); }
  module.exports = {
    BroadcastChannel, MessageChannel, MessagePort, Worker,
    SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
    getEnvironmentData, isMainThread: true, isMarkedAsUntransferable, markAsUntransferable,
    markAsUncloneable, moveMessagePortToContext, parentPort: null, receiveMessageOnPort,
    resourceLimits: {}, setEnvironmentData, postMessageToThread, threadId: 0, workerData: null,
    isInternalThread: false,
  };
})
