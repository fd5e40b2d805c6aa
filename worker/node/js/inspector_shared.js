// internal/inspector: what node:inspector and node:inspector/promises share
// in workerd: the console whose methods do nothing, Network, whose methods
// throw ERR_METHOD_NOT_IMPLEMENTED, and the Session that cannot be made;
// each module has its own (make()), as in workerd.
(function (binding, require, module) {
  'use strict';
  const { EventEmitter } = require('events');
  const { notImplemented } = require('internal/stubs');
  function make() {
    const noop = () => {};
    const console = {};
    for (const k of ['debug', 'error', 'info', 'log', 'warn', 'dir', 'dirxml', 'table', 'trace', 'group',
      'groupCollapsed', 'groupEnd', 'clear', 'count', 'countReset', 'assert', 'profile', 'profileEnd',
      'time', 'timeLog', 'timeStamp']) console[k] = noop;
    const Network = {
      requestWillBeSent(params) { throw notImplemented('Network.requestWillBeSent'); },
      dataReceived(params) { throw notImplemented('Network.dataReceived'); },
      dataSent(params) { throw notImplemented('Network.dataSent'); },
      responseReceived(params) { throw notImplemented('Network.responseReceived'); },
      loadingFinished(params) { throw notImplemented('Network.loadingFinished'); },
      loadingFailed(params) { throw notImplemented('Network.loadingFailed'); },
      webSocketCreated(params) { throw notImplemented('Network.webSocketCreated'); },
      webSocketHandshakeResponseReceived(params) { throw notImplemented('Network.webSocketHandshakeResponseReceived'); },
      webSocketClosed(params) { throw notImplemented('Network.webSocketClosed'); },
    };
    class StubSession extends EventEmitter {
      constructor() {
        super();
        throw notImplemented('Session');
      }
      connect() { throw notImplemented('Session.connect'); }
      connectToMainThread() { throw notImplemented('Session.connectToMainThread'); }
      disconnect() { throw notImplemented('Session.disconnect'); }
      post(method, params, callback) { throw notImplemented('Session.post'); }
    }
    return { console, Network, StubSession };
  }
  module.exports = { make };
})
