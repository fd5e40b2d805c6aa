// config: date=2026-11-23 flags=nodejs_compat
// node:_http_agent, _http_client, _http_common, _http_incoming, _http_outgoing and _http_server:
// their exports, the same classes as node:http's.
const http = process.getBuiltinModule('node:http');
const mods = ['_http_agent', '_http_client', '_http_common', '_http_incoming', '_http_outgoing', '_http_server'];
for (const m of mods) {
  const x = process.getBuiltinModule('node:' + m);
  console.log(m, Object.keys(x).join(','));
}
const c = process.getBuiltinModule('node:_http_common');
console.log(c.methods === http.METHODS, c.CRLF === '\r\n', String(c.continueExpression), String(c.chunkExpression), JSON.stringify(c.parsers), typeof c.kIncomingMessage);
console.log(c._checkIsHttpToken('a-b'), c._checkIsHttpToken('a b'), c._checkInvalidHeaderChar('a\x7f'), c._checkInvalidHeaderChar(['ok', 'b\n']));
const o = process.getBuiltinModule('node:_http_outgoing');
console.log(o.OutgoingMessage === http.OutgoingMessage, o.parseUniqueHeadersOption(['A', ['B', 'c']]), o.parseUniqueHeadersOption('x'), typeof o.kUniqueHeaders, typeof o.kHighWaterMark);
const s = process.getBuiltinModule('node:_http_server');
console.log(s.Server === http.Server, s.ServerResponse === http.ServerResponse, s.STATUS_CODES === http.STATUS_CODES, typeof s.kServerResponse, typeof s.kConnectionsCheckingInterval);
for (const f of ['setupConnectionsTracking', '_connectionListener']) { try { s[f](); } catch (e) { console.log(f, e.code, e.message); } }
console.log(process.getBuiltinModule('node:_http_agent').globalAgent === http.globalAgent, process.getBuiltinModule('node:_http_client').ClientRequest === http.ClientRequest);
http.setMaxIdleHTTPParsers(7);
console.log(JSON.stringify(c.parsers));
