// config: date=2026-11-23 flags=nodejs_compat
// node:http's and node:https's exports (names, functions' name and length), METHODS, STATUS_CODES,
// maxHeaderSize, the WebSocket/CloseEvent/MessageEvent globals, the classes' prototypes and chains.
const http = process.getBuiltinModule('node:http');
const https = process.getBuiltinModule('node:https');
const { Writable, Readable } = process.getBuiltinModule('node:stream');
const EventEmitter = process.getBuiltinModule('node:events');
for (const [name, m] of [['http', http], ['https', https]]) {
  console.log(name, Object.keys(m).join(','));
  for (const k of Object.keys(m)) { const v = m[k]; if (typeof v === 'function') console.log(' ', k, v.name, v.length); }
}
console.log(http.METHODS.length, http.METHODS.join(','));
console.log(Object.keys(http.STATUS_CODES).length, JSON.stringify(http.STATUS_CODES));
console.log(http.maxHeaderSize, http.WebSocket === WebSocket, http.CloseEvent === CloseEvent, http.MessageEvent === MessageEvent);
for (const C of [http.ClientRequest, http.OutgoingMessage, http.IncomingMessage, http.Agent, http.Server, http.ServerResponse, https.Agent, https.Server]) {
  console.log(C.name, Object.getPrototypeOf(C.prototype).constructor.name, Object.getOwnPropertyNames(C.prototype).join(','));
}
console.log(http.OutgoingMessage.prototype instanceof Writable, http.IncomingMessage.prototype instanceof Readable, http.Agent.prototype instanceof EventEmitter, http.Server.prototype instanceof EventEmitter);
console.log(https.Agent.prototype instanceof http.Agent, https.Server.prototype instanceof http.Server, http.Agent.defaultMaxSockets);
console.log(http.globalAgent);
console.log(https.globalAgent);
console.log(new http.Agent({ maxSockets: 4, keepAliveMsecs: 10, family: 6 }));
