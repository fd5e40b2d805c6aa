// date=2026-11-23
// fetch() with Upgrade: websocket: a 101 Response whose webSocket is
// accepted like a pair's end; a 403 is an ordinary Response; a ws: URL is
// refused; the request's Sec-WebSocket-Protocol is sent.
const next = (ws, type) => new Promise((r) => ws.addEventListener(type, r, { once: true }));
const r = await fetch(HTTP + '/welcome', { headers: { Upgrade: 'websocket' } });
console.log(r.status, r.statusText, r.ok, JSON.stringify([...r.headers.keys()]), r.body, typeof r.webSocket, r.webSocket.readyState, r.url === HTTP + '/welcome');
const ws = r.webSocket;
try { ws.send('early'); } catch (e) { console.log('send early', e.message); }
ws.addEventListener('message', (e) => console.log('message', e.data));
ws.addEventListener('open', () => console.log('open?!'));
ws.addEventListener('close', (e) => console.log('close', e.code, e.reason, e.wasClean, ws.readyState));
ws.addEventListener('error', (e) => console.log('error', e.message, ws.readyState));
console.log('url', ws.url, JSON.stringify(ws.protocol), JSON.stringify(ws.extensions));
ws.accept();
console.log('accepted', ws.readyState);
await next(ws, 'message');
ws.send('hi');
await next(ws, 'message');
console.log('seen', await (await fetch(HTTP + '/seen')).text());
ws.send('close');
await next(ws, 'close');
await next(ws, 'error');
const r2 = await fetch(HTTP + '/reject', { headers: { Upgrade: 'websocket' } });
console.log('r2', r2.status, r2.webSocket, JSON.stringify(await r2.text()));
console.log('r3', await fetch(WS + '/echo', { headers: { Upgrade: 'websocket' } }).then((r) => r.status, (e) => e.message.replace(/127\.0\.0\.1:\d+/, 'HOST')));
const r4 = await fetch(HTTP + '/echo', { headers: { upgrade: 'websocket', 'Sec-WebSocket-Protocol': 'superchat' } });
console.log('r4', r4.status, r4.headers.get('sec-websocket-protocol'), JSON.stringify(r4.webSocket.protocol));
r4.webSocket.accept(); r4.webSocket.close(1000);
await next(r4.webSocket, 'close');
console.log('seen', await (await fetch(HTTP + '/seen')).text());
