// Messages of Object.groupBy, Map.groupBy, Math.sumPrecise, Iterator.from and
// Intl.ListFormat for values that are not iterable.
const p = (l, f) => { try { const r = f(); console.log(l, String(r)); } catch (e) { console.log(l, e.constructor.name + ': ' + e.message); } };
class Foo {}
const vals = [{}, [], new Foo(), Object.create(null), () => 1, function named() {}, 5, 'x', true, Symbol('s'), 10n, new Date(0), /x/, new Map(), Math, { [Symbol.iterator]: 1 }, null, undefined];
vals.forEach((v, i) => {
  p(i + " groupBy", () => typeof Object.groupBy(v, x => x));
  p(i + ' mapGroupBy', () => Map.groupBy(v, x => x));
  p(i + ' sumPrecise', () => Math.sumPrecise(v));
  p(i + ' Iterator.from', () => Iterator.from(v));
  p(i + ' ListFormat', () => new Intl.ListFormat('en').format(v));
});
