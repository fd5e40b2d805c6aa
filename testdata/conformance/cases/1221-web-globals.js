function attempt(f) { try { return JSON.stringify(f()); } catch (e) { return e.constructor.name + ' ' + e.name + ' ' + e.code + ': ' + e.message; } }
console.log(attempt(() => ['performance', 'navigator', 'scheduler', 'origin'].map((n) => Object.hasOwn(globalThis, n) + ' ' + Object.getOwnPropertyDescriptor(globalThis, n).enumerable)));
console.log(attempt(() => [Object.hasOwn(globalThis, 'reportError'), 'reportError' in globalThis, reportError.length, reportError.name]));
console.log(attempt(() => [String(navigator), navigator.userAgent, navigator.hardwareConcurrency, navigator.language, navigator.languages, navigator.platform, Object.keys(navigator)]));
console.log(attempt(() => Object.getOwnPropertyDescriptor(navigator, 'userAgent')));
console.log(attempt(() => Reflect.ownKeys(Navigator.prototype).map(String)));
console.log(attempt(() => [String(scheduler), Reflect.ownKeys(Object.getPrototypeOf(scheduler)).map(String), typeof scheduler.wait(0).then]));
console.log(attempt(() => origin));
console.log(attempt(() => reportError()));
console.log(attempt(() => [Reflect.ownKeys(Object.getPrototypeOf(performance)).map(String), typeof Performance, performance instanceof EventTarget, performance.timeOrigin]));
