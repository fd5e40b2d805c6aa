// config: date=2026-11-23
// performance.measure as workerd 2026-12-01 has it: a start or end mark is the first mark of its
// name and a name no mark has throws a SyntaxError DOMException; the options need start or end,
// may give a duration instead of an end but not with both, and a NaN time makes no duration.
var t = (f) => { try { const r = f(); console.log('ok', JSON.stringify(r)); } catch (e) { console.log(e.constructor.name, e.name, e.code, JSON.stringify(e.message)); } };
performance.mark('a', { startTime: 5 });
performance.mark('a', { startTime: 9 });
performance.mark('b', { startTime: 20 });
t(() => { const m = performance.measure('m1', 'a', 'b'); return [m.startTime, m.duration]; });
t(() => { const m = performance.measure('m2', { start: 2, duration: 3 }); return [m.startTime, m.duration]; });
t(() => { const m = performance.measure('m3', { start: 'a', end: 'b' }); return [m.startTime, m.duration]; });
t(() => { const m = performance.measure('m4', { start: 30, end: 10 }); return [m.startTime, m.duration]; });
t(() => { const m = performance.measure('m5', 'b', 'a'); return [m.startTime, m.duration]; });
t(() => { const m = performance.measure('m6', { end: 4 }); return [m.startTime, m.duration]; });
t(() => { const m = performance.measure('m7', { duration: 4 }); return [m.startTime, m.duration]; });
t(() => { const m = performance.measure('m8', null); return [m.startTime, m.duration > 0]; });
t(() => { const m = performance.measure('m9', 5); return [m.startTime]; });
t(() => { const m = performance.measure('m10', 'a', undefined); return [m.startTime, m.duration > 0]; });
t(() => { const m = performance.measure('m11', { start: 1, end: 2, duration: 3 }); return [m.startTime, m.duration]; });
t(() => { const m = performance.measure('m12', { detail: { x: 1 } }); return [m.startTime, m.detail]; });

t(() => performance.measure('m1', 'nope'));
t(() => performance.measure('m2', 'a', 'nope'));
t(() => performance.measure('m3', 'nope', 'a'));
t(() => { const m = performance.measure('m4', 'a'); return [m.startTime, m.duration > 0]; });
t(() => performance.measure('m5', { start: 'nope' }));
t(() => performance.measure('m6', { start: 'a', end: 'nope' }));
t(() => performance.measure('m7', { start: 1, end: 3 }).duration);
t(() => performance.measure('m8', '').startTime);
t(() => performance.measure('m9', undefined, 'nope'));
t(() => performance.getEntriesByType('measure').map((m) => m.name));
