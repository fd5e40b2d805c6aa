// date=2026-11-23
// How a connection ends: the script's close(), a handshake answered 403, a
// refused connection, close() while CONNECTING, a connection dropped
// without a close frame.
const log = (ws, n) => { for (const t of ['open', 'message', 'close', 'error']) ws.addEventListener(t, (e) => console.log(n, t, t === 'message' ? e.data : t === 'close' ? [e.code, e.reason, e.wasClean, ws.readyState].join() : t === 'error' ? e.message + ' | ' + (e.error && e.error.name) + ' | ' + ws.readyState : ws.readyState)); };
const next = (ws, type) => new Promise((r) => ws.addEventListener(type, r, { once: true }));
let ws = new WebSocket(WS + '/welcome'); log(ws, 'B');
await next(ws, 'message');
ws.close(1000, 'done'); console.log('B after close()', ws.readyState);
await next(ws, 'close');
ws = new WebSocket(WS + '/reject'); log(ws, 'C');
await next(ws, 'close');
ws = new WebSocket('ws://127.0.0.1:1/'); log(ws, 'C2');
await next(ws, 'close');
ws = new WebSocket(WS + '/echo'); log(ws, 'D');
ws.close(); console.log('D state', ws.readyState);
await next(ws, 'close'); console.log('D later', ws.readyState);
ws = new WebSocket(WS + '/echo'); log(ws, 'E');
await next(ws, 'open');
ws.send('drop');
await next(ws, 'close');
console.log('E end', ws.readyState);
try { ws.send('after'); console.log('E send after drop ignored'); } catch (e) { console.log('E send', e.message); }
