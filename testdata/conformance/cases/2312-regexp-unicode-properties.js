// Unicode property escapes in u-flag regular expressions, literal and
// constructed (goja reads \p{L} as "p{L}"; mcrepl expands them), the
// RegExp constructor's shape, and V8's messages for bad patterns and flags.
const probes = {
  pL: () => /\p{L}+/u.exec('héllo wörld')[0],
  pNeg: () => 'a1b2é3'.replace(/\P{L}/gu, ''),
  inClass: () => 'a1-b2_'.replace(/[\p{N}_]/gu, ''),
  negInClass: () => 'aB1é'.replace(/[^\P{Lu}]/gu, '#'),
  script: () => [/\p{Script=Greek}/u.test('α'), /\p{sc=Latin}/u.test('α'), /^\p{scx=Han}+$/u.test('漢字')].join(),
  longNames: () => [/^\p{Lowercase_Letter}$/u.test('ß'), /^\p{gc=Decimal_Number}+$/u.test('٣4'), /\p{White_Space}/u.test('\u3000')].join(),
  derived: () => [/^\p{Alphabetic}+$/u.test('Ωmega'), /^\p{ASCII}+$/u.test('abc~'), /\p{Any}/u.test('😀'), /^\p{Uppercase}$/u.test('Ⓐ')].join(),
  astral: () => /^\p{L}$/u.test('𝒜') + ',' + /^\p{So}$/u.test('😀'),
  noU: () => /\p{L}/.test('p{L}'),
  ctor: () => [new RegExp('\\p{Lu}', 'u').test('Ä'), new RegExp('\\p{Lu}+', 'gu').exec('abÄÖc')[0], RegExp('[\\p{N}]', 'u').test('٣')].join(),
  sticky: () => { const r = /\p{L}/uy; r.lastIndex = 1; return r.test('1a'); },
  caseless: () => /^\p{Lu}+$/iu.test('abc'),
};
for (const [k, f] of Object.entries(probes)) { try { console.log(k, String(f())); } catch (e) { console.log(k, 'ERR', e.constructor.name, e.message); } }
console.log(typeof RegExp, RegExp.name, RegExp.length, String(RegExp), JSON.stringify(Object.getOwnPropertyDescriptor(globalThis, 'RegExp')));
console.log(RegExp.prototype.constructor === RegExp, /x/.constructor === RegExp, /x/ instanceof RegExp, RegExp[Symbol.species] === RegExp);
const r = /a/g;
console.log(RegExp(r) === r, RegExp(r, 'i') === r, String(RegExp('a', 'g')), String(new RegExp(r)), String(new RegExp()), String(new RegExp({ toString() { return 'z+'; } }, 'g')));
class R extends RegExp {}
const sub = new R('\\p{Lu}', 'u');
console.log(sub instanceof R, sub.test('Ä'), sub.constructor === R, 'a-b-c'.split(/-/).join('|'));
for (const [p, f] of [['[', 'g'], ['(', 'u'], ['a)', ''], ['a{2,1}', ''], ['\\', ''], ['a**', ''], ['a', 'gg'], ['a', 'x']]) {
  try { new RegExp(p, f); console.log('ok', p); } catch (e) { console.log(e.name, e.message); }
}
try { new RegExp(Symbol()); } catch (e) { console.log(e.name, e.message); }
// The expression shows the pattern as written: source, toString, console.log.
const shown = /\p{L}+[\P{N}_]/u;
console.log(shown, String(shown), shown.source, new RegExp('\\p{Lu}', 'gu').toString(), shown.exec('ab1_')[0]);
console.log(String(/a/g), RegExp.prototype.toString.call({ source: 'x', flags: 'y' }), String(RegExp.prototype), RegExp.prototype.source);
try { RegExp.prototype.toString.call(1); } catch (e) { console.log(e.name, e.message); }
console.log(new RegExp(shown.source, 'u').test('é_'));
