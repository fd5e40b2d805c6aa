// config: date=2026-11-01
// WebSocketPair, WebSocket and CloseEvent: shapes, constants, the pair's ends and iterator, inspect, clone refusal, receiver checks, binaryType, attachments, constructor checks.
const log = (...a) => console.log(...a);
log(Object.getOwnPropertyNames(WebSocket.prototype).join());
log(Object.getOwnPropertyNames(WebSocket).join(), WebSocket.length, WebSocketPair.length, WebSocket.name);
log(Object.getOwnPropertyNames(WebSocketPair.prototype).join(), typeof WebSocketPair.prototype[Symbol.iterator]);
const p = new WebSocketPair();
log(Object.getOwnPropertyNames(p).join(), JSON.stringify(Object.getOwnPropertyDescriptor(p, 0)), Object.getOwnPropertyDescriptor(WebSocketPair.prototype, 0));
log(p[0] === p[0], [...p].length, [...p][0] === p[0]);
const [c, s] = p;
log(Object.getOwnPropertyNames(c).join(), Object.getPrototypeOf(WebSocket.prototype) === EventTarget.prototype);
log(Object.getOwnPropertyNames(CloseEvent.prototype).join(), CloseEvent.length);
const ce = new CloseEvent("close", {code: 4000, reason: "r", wasClean: true});
log(ce.code, ce.reason, ce.wasClean, ce.type, ce.isTrusted);
log(new CloseEvent("x").code, new CloseEvent("x").reason, new CloseEvent("x").wasClean);
try { new CloseEvent(); } catch (e) { log(e.name, e.message); }
log(c); log(p); log(ce);
try { structuredClone(c); } catch (e) { log(e.name, e.message); }
try { WebSocket.prototype.send.call({}, "x"); } catch (e) { log(e.name, e.message); }
try { c.binaryType = "foo"; log("bt", c.binaryType); } catch (e) { log(e.name, e.message); }
c.binaryType = "arraybuffer"; log(c.binaryType);
try { c.serializeAttachment({a:1}); log(JSON.stringify(c.deserializeAttachment())); } catch (e) { log(e.name, e.message); }
log(String(c.deserializeAttachment));
try { WebSocketPair(); } catch (e) { log(e.name, e.message); }
try { new WebSocket(); } catch (e) { log(e.name, e.message); }
try { new WebSocket("http://x"); } catch (e) { log(e.name, e.message); }
const ce2 = new CloseEvent("close", {code: 4000});
console.log(Object.getOwnPropertyNames(ce2), JSON.stringify(Object.getOwnPropertyDescriptor(ce2, "code")));
try { ce2.code = 5; } catch (e) { console.log(e.name); }
console.log(new CloseEvent("close", {code: "12abc", reason: 5, wasClean: 1}).code, new CloseEvent("close", {code: 70000}).code);
console.log(Object.keys(new WebSocketPair()[0]));
