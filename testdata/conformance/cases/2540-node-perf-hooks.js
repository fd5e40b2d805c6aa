// config: date=2026-11-23 flags=nodejs_compat
// node:perf_hooks: the global performance and its classes, constants (frozen), eventLoopUtilization's zeros, timerify's identity, createHistogram and monitorEventLoopDelay not implemented.
const spec = ['node', 'perf_hooks'].join(':');
const p = await import(spec);
console.log(Object.keys(p).join());
console.log(Object.keys(p.default).join());
console.log(p.performance === performance, ['Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure', 'PerformanceObserver', 'PerformanceObserverEntryList', 'PerformanceResourceTiming'].map((k) => p[k] === globalThis[k]).join());
console.log(JSON.stringify(p.constants), Object.isFrozen(p.constants));
console.log(JSON.stringify(p.eventLoopUtilization()), JSON.stringify(p.eventLoopUtilization({ idle: 1, active: 2, utilization: 0.5 })), p.timerify(Math.max) === Math.max);
for (const f of [p.createHistogram, p.monitorEventLoopDelay]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(p.eventLoopUtilization.length, p.timerify.length, p.timerify.name, p.createHistogram.length);
const m = p.performance.mark('a', { detail: 1 });
console.log(m instanceof p.PerformanceMark, m instanceof p.PerformanceEntry, m.name, m.entryType, m.detail);
