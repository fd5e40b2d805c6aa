// node:_http_agent: node:http's Agent and globalAgent.
(function (binding, require, module) {
  'use strict';
  const h = require('internal/http');
  module.exports = { Agent: h.Agent, globalAgent: h.globalAgent };
})
