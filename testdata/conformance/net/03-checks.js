// date=2026-11-23
// new WebSocket()'s checks of its arguments, in workerd's order.
const t = (f) => { try { const w = f(); console.log('ok', w.readyState, w.url.replace(/127\.0\.0\.1:\d+/, 'HOST')); w.close(); } catch (e) { console.log(e.name, e.message); } };
t(() => new WebSocket());
t(() => new WebSocket('ws:x'));
t(() => new WebSocket('/rel'));
t(() => new WebSocket(HTTP + '/'));
t(() => new WebSocket(WS + '/#frag'));
t(() => new WebSocket(WS + '/#'));
t(() => new WebSocket(WS + '/', 'a b'));
t(() => new WebSocket(WS + '/', ''));
t(() => new WebSocket(WS + '/', ['a', 'a']));
t(() => new WebSocket(WS + '/', ['a', 'b,']));
t(() => new WebSocket(WS + '/', []));
t(() => new WebSocket(WS + '/', 5));
t(() => new WebSocket(WS + '/', {}));
t(() => new WebSocket(WS.replace('ws://', 'ws://u:p@') + '/a b?q=ü'));
t(() => new WebSocket(WS.replace('ws', 'WS') + '/x/../y'));
t(() => new WebSocket({ toString() { return WS + '/obj'; } }));
t(() => WebSocket(WS + '/'));
