// date=2026-11-23
// new WebSocket(): CONNECTING, accept() refused, open, echo (text and binary,
// blob then arraybuffer), bufferedAmount, the server's close and the
// automatic reply, then "Network connection lost.", send() after close().
const next = (ws, type) => new Promise((r) => ws.addEventListener(type, r, { once: true }));
const ws = new WebSocket(WS + '/echo', ['chat']);
console.log('state0', ws.readyState, ws.url === WS + '/echo', JSON.stringify(ws.protocol), JSON.stringify(ws.extensions), ws.binaryType, ws.bufferedAmount);
console.log(Object.prototype.toString.call(ws), ws.onopen);
try { ws.send('early'); } catch (e) { console.log('send early', e.name, e.message); }
try { ws.accept(); } catch (e) { console.log('accept early', e.name, e.message); }
ws.addEventListener('message', (e) => console.log('message', typeof e.data, e.data instanceof ArrayBuffer ? [...new Uint8Array(e.data)] : e.data instanceof Blob ? 'blob ' + e.data.size : e.data, e.origin, JSON.stringify(e.lastEventId), e.source, e.ports));
ws.addEventListener('error', (e) => console.log('error', e.message, ws.readyState));
const ev = await next(ws, 'open');
console.log('open', ev.constructor.name, ev.type, ev.isTrusted, ev.cancelable, ws.readyState, JSON.stringify(ws.protocol), JSON.stringify(ws.extensions));
try { ws.accept(); console.log('accept after open ok'); } catch (e) { console.log('accept after', e.name, e.message); }
ws.send('hi'); ws.send(new Uint8Array([1, 2, 3]));
console.log('bufferedAmount', ws.bufferedAmount);
await next(ws, 'message'); await next(ws, 'message');
ws.binaryType = 'arraybuffer';
ws.send(new Uint8Array([4]).buffer);
await next(ws, 'message');
console.log('seen', await (await fetch(HTTP + '/seen')).text());
ws.send('close');
const c = await next(ws, 'close');
console.log('close', c.code, c.reason, c.wasClean, ws.readyState);
await next(ws, 'error');
console.log('end', ws.readyState);
try { ws.send('x'); console.log('send after close ok'); } catch (e) { console.log('send after', e.name, e.message); }
