// The inputs that could crash goja before it had guards, with V8's errors
// (the allocation failures depend on the machine, and JSON.parse nesting is
// a deliberate difference: neither is here).
function t(label, f) {
  try {
    const v = f();
    console.log(label, 'ok', typeof v === 'string' ? JSON.stringify(v.slice(0, 30)) : String(v).slice(0, 30));
  } catch (e) {
    console.log(label, 'throws', e.constructor.name + ': ' + e.message);
  }
}
t('error name is itself', () => { const e = new Error('x'); e.name = e; return String(e); });
t('error message is itself', () => { const e = new Error('x'); e.message = e; return e.toString(); });
t('clone of it', () => { const e = new Error('x'); e.name = e; return structuredClone(e); });
t('ArrayBuffer 2**53', () => new ArrayBuffer(2 ** 53));
t('ArrayBuffer -1', () => new ArrayBuffer(-1));
t('Uint8Array -1', () => new Uint8Array(-1));
t('Uint8Array 2**53', () => new Uint8Array(2 ** 53));
t('view past the buffer', () => new Uint8Array(new ArrayBuffer(8), 0, 2 ** 36));
t('Uint8Array without new', () => Uint8Array(2));
t('ArrayBuffer without new', () => ArrayBuffer(2));
t("'x'.repeat(2**34)", () => 'x'.repeat(2 ** 34));
t("'x'.repeat(2**29)", () => 'x'.repeat(2 ** 29));
t("'x'.repeat(-1)", () => 'x'.repeat(-1));
t("'x'.repeat(Infinity)", () => 'x'.repeat(Infinity));
t('padStart 2**34', () => 'x'.padStart(2 ** 34));
t('padEnd 2**30', () => 'x'.padEnd(2 ** 30, 'ab'));
t('padEnd empty filler', () => 'x'.padEnd(2 ** 34, '').length);
t('flat(Infinity) of a cyclic array', () => { const a = [1]; a.push(a); return a.flat(Infinity); });
t('flat(Infinity)', () => [1, [2, [3, [4]]]].flat(Infinity).join());
t('typed arrays unchanged', () => [new Uint8Array([1, 2]).join(), new Uint8Array(2) instanceof Uint8Array,
  Uint8Array.prototype.constructor === Uint8Array, Uint8Array.name, Uint8Array.length,
  Object.getPrototypeOf(Uint8Array) === Object.getPrototypeOf(Int8Array)].join(' '));
t('toString of a typed array constructor', () => String(Float64Array));
t('names', () => [String.prototype.repeat.name, String.prototype.repeat.length, String.prototype.padStart.length,
  Array.prototype.flat.length, JSON.parse.length, Error.prototype.toString.name].join());
