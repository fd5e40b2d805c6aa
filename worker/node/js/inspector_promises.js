// node:inspector/promises: node:inspector's console, Network and Session;
// here open, close, url and waitForDebugger throw workerd's
// ERR_METHOD_NOT_IMPLEMENTED.
(function (binding, require, module) {
  'use strict';
  const { console, Network, StubSession } = require('internal/inspector').make();
  const { notImplemented } = require('internal/stubs');
  function close() { throw notImplemented('Inspector.close'); }
  function open() { throw notImplemented('Inspector.open'); }
  function url() { throw notImplemented('Inspector.url'); }
  function waitForDebugger() { throw notImplemented('Inspector.waitForDebugger'); }
  module.exports = { close, console, Network, open, Session: StubSession, url, waitForDebugger };
})
