// config: date=2026-11-23 flags=nodejs_compat
// for each of the modules: the default export's members are the named exports (the same values), getBuiltinModule gives the default export, which is a plain, unfrozen object
const names = ['child_process', 'dgram', 'domain', 'http2', 'inspector', 'inspector/promises', 'readline', 'readline/promises', 'repl', 'sqlite', 'test', 'trace_events', 'tty', 'v8', 'vm', 'wasi', 'worker_threads'];
for (const n of names) {
  const spec = 'node:' + n;
  const ns = await import(spec);
  const d = ns.default;
  const same = Object.keys(d).filter((k) => d[k] === ns[k]).length;
  const other = Object.keys(d).filter((k) => d[k] !== ns[k]);
  const onlyNamed = Object.keys(ns).filter((k) => k !== 'default' && !(k in d));
  console.log(n, same, JSON.stringify(other), JSON.stringify(onlyNamed), process.getBuiltinModule(spec) === d, Object.isFrozen(d), Object.getPrototypeOf(d) === Object.prototype);
}
