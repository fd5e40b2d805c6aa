// The compression streams' constructors: without an argument workerd's
// WebIDL message; with undefined, a number or an object, the format's.
const t = (name, f) => { try { const r = f(); console.log(name, 'ok', Object.prototype.toString.call(r)); } catch (e) { console.log(name, e.constructor.name, JSON.stringify(e.message)); } };
for (const C of [CompressionStream, DecompressionStream]) {
  t(C.name + '()', () => new C());
  t(C.name + '(undefined)', () => new C(undefined));
  t(C.name + '(1)', () => new C(1));
  t(C.name + '({})', () => new C({}));
  t(C.name + "('zip')", () => new C('zip'));
  t(C.name + "('GZIP')", () => new C('GZIP'));
  t(C.name + "('gzip', extra)", () => new C('gzip', {}));
  t(C.name + ' call', () => C('gzip'));
  t(C.name + '.length', () => { console.log(C.length); });
}
