// config: date=2025-08-20 flags=nodejs_compat
// From 2025-08-15 to 2025-08-31 node:http is there without enable_nodejs_http_server_modules:
// createServer, new Server and new ServerResponse throw ERR_METHOD_NOT_IMPLEMENTED, node:_http_server
// is absent, and the client works as before.
const http = process.getBuiltinModule('node:http');
const https = process.getBuiltinModule('node:https');
console.log(typeof http, typeof process.getBuiltinModule('node:_http_server'), typeof process.getBuiltinModule('node:_http_agent'));
for (const [label, f] of [['createServer', () => http.createServer()], ['Server', () => new http.Server()], ['ServerResponse', () => new http.ServerResponse({})],
  ['https.createServer', () => https.createServer()], ['https.Server', () => new https.Server()]]) {
  try { f(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
console.log(http.request('http://example.com/').constructor.name);
