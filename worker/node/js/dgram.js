// node:dgram: workerd's, where a Worker has no UDP: createSocket checks its
// arguments and returns a Socket (an EventEmitter) whose methods do nothing
// and return what workerd's return.
(function (binding, require, module) {
  'use strict';
  const { EventEmitter } = require('events');
  const v = require('internal/stubs');
  function Socket(type, callback) {
    EventEmitter.call(this);
    if (typeof type === 'string') type = { type };
    v.validateObject(type, 'type');
    if (callback !== undefined) v.validateFunction(callback, 'callback');
    return this;
  }
  Object.setPrototypeOf(Socket.prototype, EventEmitter.prototype);
  Object.setPrototypeOf(Socket, EventEmitter);
  function createSocket(type, callback) { return new Socket(type, callback); }
  // Assigned, not defined, so that the methods have no names, as in workerd.
  const P = Socket.prototype;
  P.bind = function (a, b, c) { return this; };
  P.connect = function (a, b, c) {};
  P.disconnect = function () {};
  P.sendto = function (a, b, c, d, e, f) {};
  P.send = function (a, b, c, d, e, f) {};
  P.close = function (a) { return this; };
  P[Symbol.asyncDispose] = async function () {};
  P.address = function () { return {}; };
  P.remoteAddress = function () { return {}; };
  P.setBroadcast = function (a) {};
  P.setTTL = function (a) {};
  P.setMulticastTTL = function (a) {};
  P.setMulticastLoopback = function (a) {};
  P.setMulticastInterface = function (a) {};
  P.addMembership = function (a, b) {};
  P.dropMembership = function (a, b) {};
  P.addSourceSpecificMembership = function (a, b, c) {};
  P.dropSourceSpecificMembership = function (a, b, c) {};
  P.ref = function () { return this; };
  P.unref = function () { return this; };
  P.setRecvBufferSize = function (a) {};
  P.setSendBufferSize = function (a) {};
  P.getRecvBufferSize = function () { return 0; };
  P.getSendBufferSize = function () { return 0; };
  P.getSendQueueSize = function () { return 0; };
  P.getSendQueueCount = function () { return 0; };
  module.exports = { createSocket, Socket };
})
