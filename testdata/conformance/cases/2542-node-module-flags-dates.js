// config: date=2025-09-01 flags=nodejs_compat
// Before each module's date (2025-09-15 for os, 2025-09-21 console, 2025-12-04 punycode, 2026-03-17 perf_hooks) the module is not there, and an explicit flag turns it on.
for (const n of ['node:os', 'os', 'node:console', 'node:punycode', 'node:perf_hooks']) {
  try { await import(n); console.log(n, 'ok'); } catch (e) { console.log(n, e.name, e.message); }
}
