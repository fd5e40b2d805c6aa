// config: date=2026-11-23 flags=nodejs_compat
// console.log of what the modules return: a dgram Socket, a vm context and Script, a Tracing (its custom inspect), mock functions (Proxies, the default one named original), v8's statistics, inspector's console, vm.constants, repl's writer.options, a Recoverable
const g = (n) => process.getBuiltinModule('node:' + n);
console.log(g('dgram').createSocket('udp4'));
console.log(g('vm').createContext());
console.log(new (g('vm').Script)('1'));
console.log(g('trace_events').createTracing({ categories: ['a'] }));
console.log([g('trace_events').createTracing({ categories: ['a', 'b'] })]);
console.log(g('test').mock.fn(function named() {}));
console.log(g('test').mock.fn());
console.log(new (g('v8').GCProfiler)());
console.log(g('v8').getHeapStatistics());
console.log(new (g('readline/promises').Readline)());
console.log(g('tty').isatty, new (g('tty').WriteStream)(1).getWindowSize());
console.log(g('http2').getDefaultSettings());
console.log(g('inspector').console);
console.log(g('cluster').settings, g('cluster').workers);
console.log(g('worker_threads').resourceLimits, g('worker_threads').SHARE_ENV);
console.log(g('vm').constants);
console.log(g('repl').REPL_MODE_SLOPPY, g('repl').writer.options);
console.log(String(new (g('repl').Recoverable)(new Error('x'))));
