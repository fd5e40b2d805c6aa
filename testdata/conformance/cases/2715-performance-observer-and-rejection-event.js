// config: date=2026-11-23
// PerformanceObserver as workerd has it: constructible with any callback
// value, observing nothing (observe, disconnect and takeRecords do nothing,
// the callback is never called), supportedEntryTypes ['measure', 'mark'];
// PerformanceObserverEntryList's and PerformanceResourceTiming's members,
// which refuse every this. And a PromiseRejectionEvent's reason and promise,
// own properties of each event.
const t = (f) => { try { const r = f(); console.log('ok', typeof r, r === undefined ? '' : String(r)); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } };
const a = (x) => x ? (x.writable ? 'w' : '') + (x.enumerable ? 'e' : '') + (x.configurable ? 'c' : '') + (x.get ? 'G' : '') : 'none';
let calls = 0;
const o = new PerformanceObserver(() => { calls++; });
console.log(o.observe({ type: 'mark' }), o.observe({ entryTypes: ['mark', 'measure'] }), o.observe(), JSON.stringify(o.takeRecords()), o.takeRecords() !== o.takeRecords());
performance.mark('x');
await new Promise((r) => setTimeout(r, 20));
console.log('calls', calls, JSON.stringify(o.takeRecords()), o.disconnect(), String(o), Object.getOwnPropertyNames(o).length);
t(() => PerformanceObserver.supportedEntryTypes.join());
t(() => a(Object.getOwnPropertyDescriptor(PerformanceObserver, 'supportedEntryTypes')));
t(() => Object.isFrozen(PerformanceObserver.supportedEntryTypes));
t(() => new PerformanceObserver());
t(() => new PerformanceObserver(1));
t(() => PerformanceObserver(() => {}));
for (const m of ['observe', 'disconnect', 'takeRecords']) t(() => PerformanceObserver.prototype[m].call({}));
t(() => ['observe', 'disconnect', 'takeRecords'].map((m) => m + '/' + PerformanceObserver.prototype[m].length).join() + ' ' + PerformanceObserver.length);
t(() => new PerformanceObserverEntryList());
for (const m of ['getEntries', 'getEntriesByName', 'getEntriesByType']) t(() => PerformanceObserverEntryList.prototype[m].call({}));
t(() => new PerformanceResourceTiming());
t(() => Object.getOwnPropertyNames(PerformanceResourceTiming.prototype).join());
t(() => Object.getOwnPropertyDescriptor(PerformanceResourceTiming.prototype, 'transferSize').get.call({}));
t(() => Object.getOwnPropertyDescriptor(PerformanceResourceTiming.prototype, 'transferSize').get.call(performance.mark('y')));
t(() => Object.getOwnPropertyNames(PromiseRejectionEvent.prototype).join());
const seen = [];
const h = (e) => {
  seen.push([e.type, Object.getOwnPropertyNames(e).join(), a(Object.getOwnPropertyDescriptor(e, 'reason')), a(Object.getOwnPropertyDescriptor(e, 'promise')), Object.keys(e).join(), String(e.reason), e.promise instanceof Promise].join(' '));
  e.preventDefault();
};
addEventListener('unhandledrejection', h);
addEventListener('rejectionhandled', h);
const p = Promise.reject(7);
await new Promise((r) => setTimeout(r, 20));
p.catch(() => {});
await new Promise((r) => setTimeout(r, 20));
console.log(seen.join('\n'));
try { new PerformanceObserver(undefined); console.log('undefined ok'); } catch (e) { console.log('undefined', e.message); }
try { new PerformanceObserver(null); console.log('null ok'); } catch (e) { console.log('null', e.message); }
