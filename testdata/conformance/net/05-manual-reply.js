// date=2026-03-01
// Before web_socket_auto_reply_to_close: the end stays CLOSING until it
// replies, in its close listener or later; the connection is then lost.
const log = (ws, n) => { for (const t of ['message', 'close', 'error']) ws.addEventListener(t, (e) => console.log(n, t, t === 'message' ? e.data : t === 'close' ? [e.code, e.reason, e.wasClean, ws.readyState].join() : t === 'error' ? e.message + ' ' + ws.readyState : ws.readyState)); };
const next = (ws, type) => new Promise((r) => ws.addEventListener(type, r, { once: true }));
let ws = new WebSocket(WS + '/echo'); log(ws, 'sync');
ws.addEventListener('close', () => { ws.close(1000, 'ok'); });
await next(ws, 'open'); ws.send('close');
await next(ws, 'error'); console.log('sync end', ws.readyState);
ws = new WebSocket(WS + '/echo'); log(ws, 'later');
ws.addEventListener('close', () => { setTimeout(() => { console.log('later state', ws.readyState); ws.close(1000, 'ok'); }, 50); });
await next(ws, 'open'); ws.send('close');
await next(ws, 'error'); console.log('later end', ws.readyState);
