// config: date=2026-04-21
class MyError extends Error { constructor(m) { super(m); this.name = 'MyError'; this.code = 'E1'; } }
const c = structuredClone(new MyError('mine'));
console.log(c.constructor.name, c.name, c.message, c.code, Object.prototype.hasOwnProperty.call(c, 'name'));
const agg = structuredClone(new AggregateError([1, 'two'], 'agg'));
console.log(agg.constructor.name, JSON.stringify(agg.errors));
const bad = new Error('x');
bad.message = 123;
try { structuredClone(bad); console.log('no throw'); } catch (e) { console.log(e.name, e.message); }
