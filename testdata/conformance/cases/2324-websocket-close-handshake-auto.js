// config: date=2026-11-01
// The WebSocket close handshake at 2026-11-01 (web_socket_auto_reply_to_close: the peer replies at once), with and without allowHalfOpen, and the error event of the end that replied.
const log = (...a) => console.log(...a);
const tick = (ms = 5) => new Promise(r => setTimeout(r, ms));
for (const half of [undefined, true]) {
  log("=== allowHalfOpen", half);
  const [c, s] = new WebSocketPair();
  c.accept(); s.accept(half === undefined ? undefined : { allowHalfOpen: half });
  for (const [n, w] of [["c", c], ["s", s]]) {
    w.addEventListener("close", e => log(n, "close", e.code, JSON.stringify(e.reason), e.wasClean, e.constructor.name, "states", c.readyState, s.readyState));
    w.addEventListener("message", e => log(n, "message", e.data));
  }
  c.close(4001, "bye");
  log("after close", c.readyState, s.readyState);
  try { s.send("from s after peer close"); log("s send ok"); } catch (e) { log("s send", e.message); }
  await tick();
  log("mid", c.readyState, s.readyState);
  try { s.send("late"); log("s late send ok"); } catch (e) { log("s late send", e.message); }
  try { s.close(4002, "reply"); log("s close ok"); } catch (e) { log("s close", e.message); }
  await tick();
  log("end", c.readyState, s.readyState);
}
for (const v of ["c.close(1000)", "c.close()", "c.send('m'); c.close(4000, 'r')", "s.close()"]) {
  log("===", v);
  const [c, s] = new WebSocketPair();
  c.accept(); s.accept();
  for (const [n, w] of [["c", c], ["s", s]]) {
    w.addEventListener("error", e => log(n, "error", e.constructor.name, e.message, String(e.error), "states", c.readyState, s.readyState));
    w.addEventListener("close", e => { log(n, "close", e.code, JSON.stringify(e.reason), "states", c.readyState, s.readyState); if (w.readyState !== 3) w.close(1000, "manual"); });
    w.addEventListener("message", e => log(n, "message", e.data));
  }
  if (v.startsWith("s")) s.close(); else if (v === "c.close()") c.close(); else if (v === "c.close(1000)") c.close(1000); else { c.send("m"); c.close(4000, "r"); }
  await tick(20);
  log("states", c.readyState, s.readyState);
}
