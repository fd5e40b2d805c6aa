const values = [Symbol('desc'), Symbol(), Symbol.iterator, new WeakMap(), new WeakSet(), Promise.resolve(1), new Proxy({}, {}), new Proxy([], {}), Object(Symbol('boxed')), globalThis, (function* () {})()];
for (const v of values) {
  try { structuredClone(v); console.log('no throw'); } catch (e) { console.log(e.name, e.message); }
}
const { proxy, revoke } = Proxy.revocable({}, {});
revoke();
try { structuredClone(proxy); } catch (e) { console.log(e.name, e.message); }
