// config: date=2026-11-23 flags=nodejs_compat
// The own properties of existing modules' defaults as workerd has them: each function's name and length, accessors, enumerable, writable and configurable (async_hooks, string_decoder, timers/promises, stream, stream/promises, querystring, os, diagnostics_channel, stream/web, stream/consumers, constants, path/win32, module, punycode, perf_hooks).
for (const n of ['async_hooks','string_decoder','timers/promises','stream','stream/promises','querystring','os','stream/web','stream/consumers','constants','path/win32','module','punycode','perf_hooks']) {
  const m = process.getBuiltinModule('node:' + n);
  const rows = [];
  for (const k of Object.getOwnPropertyNames(m)) {
    const d = Object.getOwnPropertyDescriptor(m, k);
    const v = d.value;
    rows.push(k + ':' + (d.get ? 'get' : typeof v) + (typeof v === 'function' ? '/' + v.name + '/' + v.length : '') + (d.enumerable ? '' : '!e') + (d.writable === false ? '!w' : '') + (d.configurable ? '' : '!c'));
  }
  console.log(n, rows.join(' '));
}
