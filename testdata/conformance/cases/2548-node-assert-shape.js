// config: date=2026-11-23 flags=nodejs_compat
// node:assert's shape as workerd has it: assert/strict is the same object as assert, ok is assert, names and lengths of its functions, assert.strict's strict comparisons, and the Assert class (own strict equal/deepEqual/... by default, loose ones on its prototype).
const a = process.getBuiltinModule('node:assert');
const s = process.getBuiltinModule('node:assert/strict');
console.log(a.ok === a, a.ok.name, a.name, a.length, s.name, s.length, s.ok === a.ok, a.strict === s, s.equal === s.strictEqual, a.equal === a.strictEqual, a.equal.name, a.equal.length, s.equal.name);
console.log(Object.getOwnPropertyNames(a).sort().map((k) => typeof a[k] === 'function' ? k + '/' + a[k].name + '/' + a[k].length : k).join(' '));
console.log(Object.getOwnPropertyNames(s).sort().map((k) => typeof s[k] === 'function' ? k + '/' + s[k].name + '/' + s[k].length : k).join(' '));
try { new a.Assert(5); } catch (e) { console.log(e.name, e.code, e.message); }
const inst = new a.Assert();
console.log(typeof inst.ok, Object.keys(inst).length);
console.log(s === a, a.strict === a, a.strict.name, a.strict.ok === a, Object.keys(a.strict).length, a.strict.strict === a.strict);
try { a.equal(1, '1'); console.log('loose equal passes'); } catch (e) { console.log('equal strict', e.message.split('\n')[0]); }
try { a.strict(0); } catch (e) { console.log('strict()', e.message.split('\n')[0]); }
try { a(0); } catch (e) { console.log('a()', e.message.split('\n')[0]); }
try { a.ok(); } catch (e) { console.log('ok()', e.message.split('\n')[0]); }
const i2 = new a.Assert();
console.log(Object.keys(i2).join(), typeof i2.equal, Object.getOwnPropertyNames(a.Assert.prototype).join());
const i3 = new a.Assert();
console.log(Object.keys(i3).join(), Object.getOwnPropertyNames(a.Assert.prototype).join(), a.Assert.length);
console.log(i3.equal === i3.strictEqual, i3.AssertionError === a.AssertionError);
try { i3.equal(1, 2); } catch (e) { console.log(e.name, e.code, e.message.split('\n')[0]); }
try { i3.ok(0); } catch (e) { console.log(e.name, e.message); }
try { i3.deepEqual({ a: 1 }, { a: 1 }); console.log('deep ok'); } catch (e) { console.log(e.message); }
const l = new a.Assert({ strict: false });
console.log(Object.keys(l).join());
try { l.equal(1, '1'); console.log('loose passes'); } catch (e) { console.log('loose strict', e.message.split('\n')[0]); }
try { i3.throws(() => { throw new TypeError('x'); }, TypeError); console.log('throws ok'); } catch (e) { console.log(e.message); }
console.log(typeof new a.Assert(5).ok, i3.strictEqual.length, i3.ok.length);
for (const f of [() => l.equal(1, 2), () => l.notEqual(1, '1'), () => l.deepEqual({ a: 1 }, { a: 2 }), () => l.notDeepEqual({ a: 1 }, { a: '1' }), () => l.equal(NaN, NaN), () => l.deepEqual({ a: 1 }, { a: '1' })]) {
  try { f(); console.log('passes'); } catch (e) { console.log(e.name, e.operator, JSON.stringify(e.message)); }
}
