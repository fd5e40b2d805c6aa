// config: date=2026-04-21 flags=legacy_error_serialization
class MyError extends Error { constructor(m) { super(m); this.name = 'MyError'; this.code = 'E1'; } }
const c = structuredClone(new MyError('mine'));
console.log(c.constructor.name, c.name, c.message, c.code);
const bad = new Error('x');
bad.message = 123;
const b = structuredClone(bad);
console.log(typeof b.message, b.message);
