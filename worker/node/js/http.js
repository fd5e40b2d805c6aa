// node:http: workerd's, over the isolate's fetch() (internal/http has the
// classes): request, get, ClientRequest, IncomingMessage, OutgoingMessage,
// Agent, globalAgent, the header checks, METHODS, STATUS_CODES, the server
// classes, and the WebSocket, CloseEvent and MessageEvent globals.
(function (binding, require, module) {
  'use strict';
  const h = require('internal/http');
  const { validateInteger } = require('internal/errors');
  function setMaxIdleHTTPParsers(max) {
    validateInteger(max, 'max', 1);
    h.parsers.max = max;
  }
  module.exports = {
    validateHeaderName: h.validateHeaderName,
    validateHeaderValue: h.validateHeaderValue,
    METHODS: h.METHODS,
    STATUS_CODES: h.STATUS_CODES,
    ClientRequest: h.ClientRequest,
    request: h.request,
    get: h.get,
    OutgoingMessage: h.OutgoingMessage,
    Agent: h.Agent,
    globalAgent: h.globalAgent,
    IncomingMessage: h.IncomingMessage,
    Server: h.Server,
    ServerResponse: h.ServerResponse,
    createServer: h.createServer,
    maxHeaderSize: 16384,
    setMaxIdleHTTPParsers,
    _connectionListener: h._connectionListener,
    WebSocket: globalThis.WebSocket,
    CloseEvent: globalThis.CloseEvent,
    MessageEvent: globalThis.MessageEvent,
  };
})
