// config: date=2025-08-14 flags=nodejs_compat
// Before 2025-08-15, nodejs_compat does not imply enable_nodejs_http_modules: node:http, node:https
// and node:_http_* are not there (getBuiltinModule gives undefined).
for (const m of ['http', 'https', '_http_agent', '_http_client', '_http_common', '_http_incoming', '_http_outgoing', '_http_server']) {
  console.log(m, typeof process.getBuiltinModule('node:' + m));
}
