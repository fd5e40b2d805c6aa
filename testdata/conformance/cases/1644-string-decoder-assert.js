// config: date=2026-11-17
// StringDecoder keeps incomplete characters; assert's passing and failing forms.
const { StringDecoder } = process.getBuiltinModule('node:string_decoder');
const d = new StringDecoder('utf8');
console.log(JSON.stringify(d.write(Buffer.from([0xe2, 0x82]))), JSON.stringify(d.write(Buffer.from([0xac, 0x41]))), JSON.stringify(d.end()));
const h = new StringDecoder('hex');
console.log(h.write(Buffer.from('ab')), h.encoding, new StringDecoder().encoding, new StringDecoder('UCS2').encoding);
const u = new StringDecoder('utf16le');
console.log(JSON.stringify(u.write(Buffer.from([0x61]))), JSON.stringify(u.write(Buffer.from([0x00, 0x62]))), JSON.stringify(u.end(Buffer.from([0x00]))));
try { new StringDecoder('nope'); } catch (e) { console.log(e.name, e.code, e.message); }
const assert = process.getBuiltinModule('node:assert');
assert(true); assert.ok(1); assert.strictEqual(1, 1); assert.deepStrictEqual({ a: [1] }, { a: [1] });
assert.notStrictEqual(1, 2); assert.match('abc', /b/);
assert.throws(() => { throw new TypeError('x'); }, TypeError);
await assert.rejects(Promise.reject(new Error('r')), /r/);
await assert.doesNotReject(Promise.resolve());
for (const f of [() => assert.throws(() => {}), () => assert.fail('boom'), () => assert.strictEqual(1, 2), () => assert.ok(0)]) {
  try { f(); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message), e.operator); }
}
console.log(typeof assert.strict, process.getBuiltinModule('node:assert/strict') === assert.strict, String(new assert.AssertionError({ message: 'm' })));
