// config: date=2026-11-17 flags=nodejs_als,nodejs_compat_v2
// nodejs_compat_v2 is redundant at this date (a warning); nodejs_als has no default date (silent).
console.log(typeof process, typeof setImmediate);
