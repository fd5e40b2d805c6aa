// config: date=2026-11-17
function attempt(f) { try { return JSON.stringify(f()); } catch (e) { return e.constructor.name + ' ' + e.name + ' ' + e.code + ': ' + e.message; } }
console.log(attempt(() => ['performance', 'navigator', 'scheduler', 'origin'].map((n) => Object.hasOwn(globalThis, n) + ' ' + Object.getOwnPropertyDescriptor(globalThis, n).enumerable)));
console.log(attempt(() => [Object.hasOwn(globalThis, 'reportError'), 'reportError' in globalThis, reportError.length, reportError.name]));
console.log(attempt(() => [String(performance), Object.keys(performance).length, typeof performance.now(), performance.timeOrigin, Number.isInteger(performance.now()), Math.abs(Date.now() - performance.now()) < 50]));
console.log(attempt(() => Reflect.ownKeys(Performance.prototype).map(String)));
console.log(attempt(() => [performance instanceof EventTarget, typeof Performance]));
console.log(attempt(() => new Performance()));
console.log(attempt(() => [String(navigator), navigator.userAgent, navigator.hardwareConcurrency, navigator.language, navigator.languages, navigator.platform, Object.keys(navigator)]));
console.log(attempt(() => Object.getOwnPropertyDescriptor(navigator, 'userAgent')));
console.log(attempt(() => Reflect.ownKeys(Navigator.prototype).map(String)));
console.log(attempt(() => [String(scheduler), Reflect.ownKeys(Object.getPrototypeOf(scheduler)).map(String), typeof scheduler.wait(0).then]));
console.log(attempt(() => (() => { const a = performance.mark('a', { detail: { x: 1 } }); const m = performance.measure('m', { start: 10, end: 15 }); return [a.constructor.name, a.entryType, a.detail, m.name, m.startTime, m.duration, performance.getEntriesByType('mark').length, performance.getEntriesByName('m').map((e) => e.entryType)]; })()));
console.log(attempt(() => JSON.stringify(performance.mark('b', { startTime: 5 }))));
console.log(attempt(() => performance.mark()));
console.log(attempt(() => [PerformanceMark.prototype instanceof PerformanceEntry, Reflect.ownKeys(PerformanceEntry.prototype).map(String)]));
console.log(attempt(() => (() => { const m = new PerformanceMark('x', { startTime: 3 }); return [m.name, m.startTime, m.duration, m.detail]; })()));
console.log(attempt(() => performance.toJSON()));
console.log(attempt(() => origin));
console.log(attempt(() => reportError()));
