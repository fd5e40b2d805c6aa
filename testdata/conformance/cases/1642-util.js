// config: date=2026-11-17
// util.format, inspect, promisify, callbackify, inherits, types, isDeepStrictEqual.
const util = process.getBuiltinModule('node:util');
console.log(util.format('%s=%d %i %f %j %%', 'a', 42.5, 42.5, '1.5', { x: 1 }), util.format('a', 1, { b: 2 }), util.format('%s', [1, [2]]), util.format('%o', [1]));
console.log(util.format('%s %s', 'only'), util.format(1, 2), util.format('%c%s', 'css', 'x'), util.format('%d', '0x10'), util.format('%s', 5n), util.format('%d', 5n));
console.log(util.inspect({ a: [1, { b: { c: { d: 1 } } }] }), util.inspect({ a: { b: { c: 1 } } }, { depth: 0 }), util.inspect('str'), util.inspect(new Map([[1, 2]])));
console.log(typeof util.inspect.custom, util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
const p = util.promisify((a, cb) => cb(null, a * 2));
console.log(await p(21));
const pe = util.promisify((cb) => cb(new Error('bad')));
try { await pe(); } catch (e) { console.log('rejected', e.message); }
const cbf = util.callbackify(async (x) => x + 1);
await new Promise((r) => cbf(1, (err, v) => { console.log('callbackify', err, v); r(); }));
function A() {} function B() {}
util.inherits(A, B);
console.log(new A() instanceof B, A.super_ === B);
const t = util.types;
console.log(t.isPromise(Promise.resolve()), t.isPromise({ then() {} }), t.isRegExp(/x/), t.isDate(new Date()), t.isMap(new Map()), t.isSet(new Set()), t.isTypedArray(new Uint8Array()), t.isUint8Array(Buffer.alloc(1)), t.isArrayBuffer(new ArrayBuffer(1)), t.isAsyncFunction(async () => {}), t.isGeneratorFunction(function* () {}), t.isNativeError(new TypeError()), t.isBoxedPrimitive(Object(1)));
console.log(util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), util.isDeepStrictEqual([1], ['1']), util.isDeepStrictEqual(new Set([1]), new Set([1])), util.isDeepStrictEqual({ a: 1 }, { a: 1, b: undefined }));
console.log(util.isArray([]), util.isBuffer(Buffer.alloc(0)), util.isBuffer(new Uint8Array(0)), util.types === process.getBuiltinModule('node:util/types'));
console.log(util.stripVTControlCharacters('\u001b[31mred\u001b[39m'), JSON.stringify(util.styleText('red', 'x')));
