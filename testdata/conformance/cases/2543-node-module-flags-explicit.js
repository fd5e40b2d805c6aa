// config: date=2025-09-01 flags=nodejs_compat,enable_nodejs_os_module,enable_nodejs_punycode_module
// An explicit enable_nodejs_os_module or enable_nodejs_punycode_module before its date turns the module on.
for (const n of ['node:os', 'node:punycode', 'node:console']) {
  try { const m = await import(n); console.log(n, 'ok', typeof m.default); } catch (e) { console.log(n, e.name, e.message); }
}
