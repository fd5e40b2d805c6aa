// node:https: node:http's client with https: URLs and its own Agent
// (port 443, the TLS options in getName); the Server has no TLS contexts.
(function (binding, require, module) {
  'use strict';
  const h = require('internal/http');
  const { notImplemented } = require('internal/errors');
  class Agent extends h.Agent {
    maxCachedSessions = 100;
    constructor(options) {
      const opts = { ...options };
      opts.defaultPort ??= 443;
      opts.protocol ??= 'https:';
      super(opts);
    }
    getName(options = {}) {
      let name = super.getName(options);
      const add = (v) => { name += ':'; if (v) name += v; };
      add(options.ca);
      add(options.cert);
      add(options.clientCertEngine);
      add(options.ciphers);
      add(options.key);
      add(options.pfx);
      name += ':';
      if (options.rejectUnauthorized !== undefined) name += options.rejectUnauthorized;
      add(options.servername && options.servername !== options.host ? options.servername : '');
      add(options.minVersion);
      add(options.maxVersion);
      add(options.secureProtocol);
      add(options.crl);
      name += ':';
      if (options.honorCipherOrder !== undefined) name += options.honorCipherOrder;
      add(options.ecdhCurve);
      add(options.dhparam);
      name += ':';
      if (options.secureOptions !== undefined) name += options.secureOptions;
      add(options.sessionIdContext);
      add(options.sigalgs ? JSON.stringify(options.sigalgs) : '');
      add(options.privateKeyIdentifier);
      add(options.privateKeyEngine);
      return name;
    }
  }
  const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });
  class Server extends h.Server {
    addContext() { throw notImplemented('addContext'); }
    getTicketKeys() { throw notImplemented('getTicketKeys'); }
    setSecureContext() { throw notImplemented('setSecureContext'); }
    setTicketKeys() { throw notImplemented('setTicketKeys'); }
  }
  function request(...args) {
    let options = {};
    if (typeof args[0] === 'string') options = h.urlToHttpOptions(new URL(args.shift()));
    else if (args[0] instanceof URL) options = h.urlToHttpOptions(args.shift());
    if (args.length > 0 && typeof args[0] !== 'function') Object.assign(options, args.shift());
    options._defaultAgent = globalAgent;
    args.unshift(options);
    return new h.ClientRequest(...args);
  }
  function get(input, options, cb) {
    const req = request(input, options, cb);
    req.end();
    return req;
  }
  function createServer(options, handler) {
    if (!h.serverOn) throw notImplemented('createServer');
    return new Server(options, handler);
  }
  module.exports = { get, request, Agent, globalAgent, createServer, Server };
})
