// config: date=2026-11-17 flags=
// Blob and File as workerd 2026-12-01 has them: the endings option (native, transparent, bad values, its place among the options, string parts only), types with DEL or non-ASCII dropped, slice's doubles rounded half to even and clamped.
function t(l, f) { try { console.log(l, f()); } catch (e) { console.log(l, e.constructor.name + ': ' + e.message); } }
const enc = (b) => b.arrayBuffer().then((a) => JSON.stringify(Array.from(new Uint8Array(a))));
for (const e of ['native', 'transparent', 'NATIVE', 'foo', '', undefined, null, 5, {toString() { return 'native'; }}]) {
  let b; t('endings ' + String(e), () => { b = new Blob(['a\nb\r\nc\rd\r\r\n\n', new Uint8Array([13, 10]), new Blob(['\r\n'])], {endings: e}); return b.size; });
  if (b) console.log(await enc(b));
  let f; t('file endings ' + String(e), () => { f = new File(['a\r\nb\r'], 'n', {endings: e}); return f.size; });
  if (f) console.log(await enc(f));
}
t('endings symbol', () => new Blob([], {endings: Symbol()}).size);
t('endings getter order', () => new Blob([], {get endings() { console.log('get endings'); return 'native'; }, get type() { console.log('get type'); return 'x'; }}).type);
t('file opts order', () => new File([], 'n', {get endings() { console.log('get endings'); return 'native'; }, get type() { console.log('get type'); return 'x'; }, get lastModified() { console.log('get lm'); return 5; }}).lastModified);
const bs = new Blob(['\ud800\r\n'], {endings: 'native'}); console.log(await enc(bs));
for (const ty of ['a b', 'a\x20', '~', 'A~/B', 'a\x7e', '\x1f', 'x\u0100', '\u{1F600}', 'TEXT/plain', 'text/plain; charset=UTF-8', ' ', '\x7f'])
  console.log(JSON.stringify(ty), JSON.stringify([new Blob([], {type: ty}).type, new Blob(['x']).slice(0, 1, ty).type, new File([], 'n', {type: ty}).type]));
const b = new Blob(['abcdef']);
for (const [s, e] of [[2 ** 53, undefined], [0, 2 ** 32 + 2], [-(2 ** 53), undefined], [-(2 ** 32) - 2, 3], [2 ** 31, 2], [-(2 ** 31) - 1, undefined], [1e300, 2], [-1e300, -1e300], [-Infinity, Infinity], [Infinity, Infinity], [-0.5, 3.5], [-1.5, -0.5], [undefined, undefined], [null, null], ['x', '3'], [-7, -6]])
  t(String(s) + ' ' + String(e), () => b.slice(s, e).size);
t('slice sym', () => b.slice(Symbol()));
t('slice big', () => b.slice(0, 1n));
t('slice type obj', () => b.slice(0, 1, {toString() { return 'A/B'; }}).type);
t('slice type sym', () => b.slice(0, 1, Symbol()).type);
t('slice type undefined', () => new Blob([], {type: 'a'}).slice(0, 0, undefined).type);
const b10 = new Blob(['abcdefghij']);
for (const [s, e] of [[0, 2.5], [0, 0.5], [0, 1.5], [-2.5, undefined], [-0.5, undefined], [-1.5, undefined], [0, 3.4999], [0, 3.5000001], [0, -2.5], [0, -0.5], [0, 9.5], [0, 10.5], [0.5, 10], [1.5, 10], [2.5, 10], [-9.5, undefined], [-10.5, undefined]])
  console.log(String(s), String(e), b10.slice(s, e).size);
console.log(await enc(new Blob(['\ud800'])), await enc(new Blob(['\ud800x\udc00'], {endings: 'native'})), await enc(new Blob(['\ud800'], {endings: 'transparent'})), await enc(new Blob(['\ud800\n'], {endings: 'native'})), await enc(new Blob(['\ud83d\ude00\r'], {endings: 'native'})));
console.log(await enc(new File(['\ud800'], 'n', {endings: 'native'})));
console.log(new Blob(['\r\n'], {endings: 'native', type: 'a\x00'}).type === '');
