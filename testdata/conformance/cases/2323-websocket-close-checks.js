// config: date=2026-11-01
// WebSocket close(): the code and reason checks in workerd's order, a second close(), close() and send() before accept().
const log = (...a) => console.log(...a);
const tick = (ms = 5) => new Promise(r => setTimeout(r, ms));
for (const args of [[999], [1000], [1005], [1006], [1015], [3000], [4999], [5000], [1004], [1012], [1014], [1016], ["abc"], [undefined, "r"], [1000, "x".repeat(124)], [1000, "é".repeat(62)], [1000, "x".repeat(123)], [-1], [1000.5], [999, "x".repeat(200)]]) {
  const [c, s] = new WebSocketPair(); c.accept(); s.accept();
  try { c.close(...args); log("ok", JSON.stringify(args).slice(0, 30), c.readyState); } catch (e) { log("close", JSON.stringify(args).slice(0, 30), e.name, e.message); c.close(); }
}
await tick();
{
  const [c, s] = new WebSocketPair();
  try { c.close(1000); log("close before accept ok", c.readyState); } catch (e) { log("close before accept", e.name, e.message); }
  try { c.send("x"); } catch (e) { log("send before accept", e.name, e.message); }
  c.accept(); c.accept(); s.accept();
  c.close(); c.close(4000, "again"); log("second close ok", c.readyState);
  try { c.send("y"); } catch (e) { log("send after close", e.name, e.message); }
  await tick();
}
