// node:inspector: workerd's without its local-development inspector: open,
// close, url and waitForDebugger do nothing (url is undefined), console's
// methods do nothing, Session and Network's methods throw workerd's
// ERR_METHOD_NOT_IMPLEMENTED. node:inspector/promises shares console and
// Network and words its own errors (internal/inspector).
(function (binding, require, module) {
  'use strict';
  const { console, Network, StubSession } = require('internal/inspector').make();
  function close() {}
  function open(port, host, wait) {
    return { [Symbol.dispose]() { return Promise.resolve(); } };
  }
  function url() { return undefined; }
  function waitForDebugger() {}
  module.exports = { Session: StubSession, close, console, open, url, waitForDebugger, Network };
})
