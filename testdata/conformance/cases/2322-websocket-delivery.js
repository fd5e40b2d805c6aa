// config: date=2026-11-01
// WebSocketPair delivery: after the sender's microtasks and before timers, queued until accept(), lost without a listener, the two ends taking turns, a microtask checkpoint after each message.
const log = (...a) => console.log(...a);
const tick = (ms = 5) => new Promise(r => setTimeout(r, ms));
{
  const [c, s] = new WebSocketPair();
  c.accept(); s.accept();
  s.addEventListener("message", e => log("msg", e.data, e.isTrusted, e.target === s, e.origin, JSON.stringify(e.lastEventId), e.source, e.ports));
  c.send("a"); log("sent a");
  Promise.resolve().then(() => log("microtask"));
  setTimeout(() => log("timeout0"), 0);
  await tick();
  c.close(); await tick();
}
{
  log("--- queued before accept");
  const [c, s] = new WebSocketPair();
  c.accept();
  c.send("early1"); c.send("early2");
  await tick();
  s.addEventListener("message", e => log("late-accepted got", e.data));
  s.accept();
  await tick();
  c.send("x");
  await tick();
  c.close(); await tick();
}
{
  log("--- no listener when it arrives");
  const [c, s] = new WebSocketPair();
  c.accept(); s.accept();
  c.send("before-listener");
  await tick();
  s.addEventListener("message", e => log("after", e.data));
  c.send("second");
  await tick();
  s.onmessage = e => log("onmessage", e.data);
  c.send("third");
  await tick();
  c.close(); await tick();
}
{
  log("--- order");
  const [c, s] = new WebSocketPair();
  c.accept(); s.accept();
  setTimeout(() => log("timeout0 set before"), 0);
  s.addEventListener("message", e => { log("msg", e.data); Promise.resolve().then(() => log("micro after", e.data)); });
  c.send("1"); c.send("2"); c.send("3");
  s.send("back");
  c.addEventListener("message", e => log("c got", e.data));
  await tick();
  c.close(); await tick();
  log("states", c.readyState, s.readyState);
}
