// config: date=2026-11-17 flags=nodejs_compat
// nodejs_compat became the default on 2026-08-04: naming it is a warning, and the Worker runs.
console.log(typeof process, typeof Buffer);
