// config: date=2026-09-15 flags=nodejs_compat
// The shapes of Node's coded errors: constructor, name, own keys, String(e), the prototype and the stack's first line, per family.
const { Buffer } = process.getBuiltinModule('node:buffer');
const shape = (f) => { try { f(); console.log('no throw'); } catch (e) {
  console.log(e.constructor.name, e.name, e.code, JSON.stringify(Object.getOwnPropertyNames(e)), JSON.stringify(Object.keys(e)), String(e), e instanceof TypeError, e instanceof RangeError, Object.getPrototypeOf(e) === TypeError.prototype, Object.getPrototypeOf(e) === RangeError.prototype, Object.getPrototypeOf(Object.getPrototypeOf(e)) === Error.prototype, e.stack.split('\n')[0]); } };
shape(() => Buffer.from(5));
shape(() => Buffer.from('x', 'bogus'));
shape(() => Buffer.alloc(2).readUInt8(5));
shape(() => Buffer.from('abc').swap16());
shape(() => process.chdir('/'));
shape(() => Buffer.alloc(1).readUInt32LE());
shape(() => new (process.getBuiltinModule('node:events'))().emit('error', 5));
shape(() => process.getBuiltinModule('node:util').promisify(5));
shape(() => process.getBuiltinModule('node:path').join(5));
shape(() => process.getBuiltinModule('node:assert')(false));
shape(() => process.getBuiltinModule('node:assert').strictEqual(1, 2));
shape(() => process.getBuiltinModule('node:crypto').createHash('nope'));
shape(() => process.getBuiltinModule('node:crypto').randomInt(5, 1));
