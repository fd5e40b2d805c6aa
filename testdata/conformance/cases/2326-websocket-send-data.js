// config: date=2026-11-01
// WebSocket send(): what it takes (a string, an ArrayBuffer, a view's bytes; anything else but a missing argument as a string), Blob or ArrayBuffer by binaryType, a 2 MiB message.
const log = (...a) => console.log(...a);
const tick = (ms = 5) => new Promise(r => setTimeout(r, ms));
const [c, s] = new WebSocketPair();
c.accept(); s.accept();
log("binaryType", s.binaryType);
s.addEventListener("message", e => { const d = e.data; log("got", typeof d, Object.prototype.toString.call(d), d instanceof Blob ? `blob size=${d.size} type=${JSON.stringify(d.type)}` : d instanceof ArrayBuffer ? `ab ${d.byteLength} [${new Uint8Array(d)}]` : JSON.stringify(d).slice(0, 40) + " length " + d.length); });
for (const v of [[], [undefined], [1], [null], [true], [Symbol("x")], [new Blob(["ab"])], [new Uint8Array([1, 2, 3, 4]).subarray(1, 3)], [new DataView(new ArrayBuffer(3), 1)], [{ toString() { return "ts"; } }], ["a", "b"], ["\ud800x"]]) {
  try { c.send(...v); } catch (e) { log("send", String(v[0]), e.name, e.message); }
}
await tick();
s.binaryType = "nonsense"; log("binaryType after nonsense", s.binaryType);
s.binaryType = "arraybuffer"; log("binaryType", s.binaryType);
c.send(new Uint16Array([258]));
await tick();
c.send("x".repeat(2 * 1024 * 1024));
await tick(20);
const blobMsg = await new Promise(r => { s.binaryType = "blob"; s.addEventListener("message", e => r(e.data), { once: true }); c.send(new Uint8Array([104, 105])); });
log("blob text", await blobMsg.text());
c.close(); await tick();
log("states", c.readyState, s.readyState);
