// Every name reachable as a global: own properties of globalThis and of its prototypes.
// internal/conformance's TestGlobals compares the list as a set (see GLOBALS-MISSING).
const names = new Set();
for (let o = globalThis; o && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
  for (const k of Object.getOwnPropertyNames(o)) names.add(k);
}
console.log([...names].sort().join('\n'));
