// config: date=2026-11-01
// Response's webSocket field: a 101 response with a WebSocketPair end, the status rules, no body, no clone.
const [c, s] = new WebSocketPair();
s.accept();
const r = new Response(null, { status: 101, webSocket: c });
console.log(r.status, r.webSocket === c, r.ok, r.statusText, JSON.stringify(r.statusText), r.body);
try { c.accept(); } catch (e) { console.log("accept after response", e.name, e.message); }
try { new Response(null, { status: 101 }); console.log("101 without ws ok"); } catch (e) { console.log("101 no ws", e.name, e.message); }
try { new Response(null, { status: 200, webSocket: new WebSocketPair()[0] }); console.log("200 with ws ok"); } catch (e) { console.log("200 ws", e.name, e.message); }
try { new Response("body", { status: 101, webSocket: new WebSocketPair()[0] }); console.log("101 body ok"); } catch (e) { console.log("101 body", e.name, e.message); }
console.log(new Response(null).webSocket);
const r2 = r.clone ? (() => { try { r.clone(); return "clone ok"; } catch (e) { return "clone " + e.message; } })() : "";
console.log(r2);
s.close();
