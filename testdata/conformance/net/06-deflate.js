// date=2026-11-23
// web_socket_compression (2023-08-15): permessage-deflate is offered, and
// extensions says what the server took.
const next = (ws, type) => new Promise((r) => ws.addEventListener(type, r, { once: true }));
const ws = new WebSocket(WS + '/echo?deflate=1', 'superchat');
await next(ws, 'open');
console.log(JSON.stringify(ws.protocol), JSON.stringify(ws.extensions));
ws.send('x'.repeat(3000));
console.log((await next(ws, 'message')).data.length);
ws.close();
const e = await next(ws, 'close');
console.log(e.code, JSON.stringify(e.reason), e.wasClean);
console.log(ws.readyState, ws.bufferedAmount, ws.protocol, ws.extensions, ws.binaryType);
console.log('seen', await (await fetch(HTTP + '/seen')).text());
