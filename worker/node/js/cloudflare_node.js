// internal/cloudflare_node: cloudflare:node's exports as workerd has them,
// httpServerHandler(desc) and handleAsNodeRequest(desc, request, env,
// ctx), which hand a fetch Request to the node:http Server listening on
// desc's port (a number, { port }, or the server itself, listened to on
// port 0 if it is not yet) and resolve to its Response. (workerd's
// connectHandler and handleAsNodeConnection are node:net's, which mcrepl
// does not have.)
(function (binding, require, module) {
  'use strict';
  const { ports } = require('internal/http');
  function validatePort(port) {
    if (!Number.isFinite(port) || port < 0 || port > 65535) throw new Error('Failed to determine port for server');
    return port;
  }
  async function handleAsNodeRequest(desc, request, env, ctx) {
    if (typeof desc === 'number') desc = { port: desc };
    const port = validatePort(desc?.port);
    const instance = ports.get(port);
    if (!instance || !('fetch' in instance)) {
      const error = new Error(`Http server with port ${port} not found. This is likely a bug with your code. ` +
        `You should check if server.listen() was called with the same port (${port})`);
      error.code = 'ERR_INVALID_ARG_VALUE';
      throw error;
    }
    return await instance.fetch(request, env, ctx);
  }
  function httpServerHandler(desc) {
    if (typeof desc === 'number') desc = { port: desc };
    if (desc == null) throw new Error('Server descriptor cannot be null or undefined');
    let port = null;
    if (desc.port == null && typeof desc.listen === 'function') {
      let p = desc.address()?.port;
      if (typeof p !== 'number') {
        desc.listen();
        p = desc.address()?.port;
      }
      if (typeof p === 'number') port = p;
    } else if (typeof desc.port === 'number') {
      port = desc.port;
    }
    port = validatePort(port);
    return {
      async fetch(req, env, ctx) {
        return await handleAsNodeRequest({ port }, req, env, ctx);
      },
    };
  }
  module.exports = { handleAsNodeRequest, httpServerHandler };
})
