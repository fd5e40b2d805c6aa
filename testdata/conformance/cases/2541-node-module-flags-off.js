// config: date=2026-11-23 flags=nodejs_compat,disable_nodejs_os_module,disable_nodejs_punycode_module,disable_nodejs_console_module,disable_nodejs_perf_hooks_module
// The modules behind their own flags, each turned off: import() (with and without the prefix) fails with workerd's "Module not found: node:X", word for word, process.getBuiltinModule gives undefined, and the others are still there.
for (const n of ['node:os', 'os', 'node:punycode', 'node:console', 'node:perf_hooks', 'perf_hooks', 'node:querystring', 'node:diagnostics_channel']) {
  try { const m = await import(n); console.log(n, 'ok', typeof m.default); } catch (e) { console.log(n, e.name, e.message); }
  console.log(n, 'getBuiltinModule', typeof process.getBuiltinModule(n));
}
