{
const P = (...a) => console.log(...a);
const E = (f) => { try { return String(f()) } catch (e) { return e.constructor.name + ': ' + e.message } };
const NF = Intl.NumberFormat;
P(NF.prototype.formatRange.length, NF.prototype.formatRangeToParts.length, NF.prototype.formatRange.name);
for (const l of ['en', 'en-GB', 'de', 'fr', 'es', 'ja', 'zh', 'tr']) {
  const r = [];
  for (const [o, a, b] of [[{}, 3, 5], [{}, 1234.5, 5678], [{}, 5, 5], [{}, 5, 3], [{}, -5, 3], [{}, -5, -3], [{maximumFractionDigits: 0}, 2.9, 3.1], [{style: 'currency', currency: 'USD'}, 3, 5], [{style: 'currency', currency: 'EUR'}, 3, 5], [{style: 'currency', currency: 'JPY'}, 300, 300], [{style: 'percent'}, 0.1, 0.25], [{notation: 'compact'}, 1000, 5000], [{notation: 'compact'}, 1200, 1200000], [{signDisplay: 'always'}, 1, 2], [{style: 'currency', currency: 'USD'}, -3, 5], [{}, 0, 0], [{}, 1e21, 2e21], [{style:'currency', currency:'EUR'}, 1, 1]]) r.push(new NF(l, o).formatRange(a, b));
  P(l, JSON.stringify(r));
}
P(JSON.stringify(new NF('en').formatRangeToParts(3, 5)));
P(JSON.stringify(new NF('en', {style: 'currency', currency: 'USD'}).formatRangeToParts(3, 5)));
P(JSON.stringify(new NF('en', {style: 'currency', currency: 'USD'}).formatRangeToParts(3, 3)));
P(JSON.stringify(new NF('de', {style: 'currency', currency: 'EUR'}).formatRangeToParts(-1234.5, 5)));
P(JSON.stringify(new NF('en', {notation: 'compact'}).formatRangeToParts(1000, 5000)));
P(JSON.stringify(new NF('en', {style: 'percent'}).formatRangeToParts(0.1, 0.25)));
P(JSON.stringify(new NF('en').formatRangeToParts(5, 5)));
const f = new NF('en');
P(E(() => f.formatRange()), E(() => f.formatRange(1)), E(() => f.formatRange(NaN, 1)), E(() => f.formatRange(1, NaN)), E(() => f.formatRange(undefined, 1)), E(() => f.formatRange(1, undefined)), E(() => f.formatRange('1', '2')), E(() => f.formatRange(1n, 2n)), E(() => f.formatRange(Infinity, -Infinity)), E(() => f.formatRange(-Infinity, Infinity)), E(() => f.formatRange(Symbol(), 1)), E(() => NF.prototype.formatRange.call({}, 1, 2)), E(() => f.formatRangeToParts(NaN, 1)), E(() => f.formatRange('1e3', '0x10')), E(() => f.formatRange(-0, 0)), E(() => f.formatRange(null, 1)));
}
{
const P = (...a) => console.log(...a);
const NF = Intl.NumberFormat;
const J = (l, o, a, b) => JSON.stringify(new NF(l, o).formatRangeToParts(a, b).map(p => [p.type, p.value, p.source]));
P(J('en-GB', {style: 'currency', currency: 'USD'}, 3, 5));
P(J('de', {style: 'currency', currency: 'EUR'}, 3, 5));
P(J('fr', {notation: 'compact'}, 1000, 5000));
P(J('de', {style: 'percent'}, 0.1, 0.25));
P(J('tr', {style: 'percent'}, 0.1, 0.1));
P(J('de', {style: 'currency', currency: 'EUR'}, -5, -5));
for (const l of ['en', 'de', 'fr', 'es', 'ja', 'zh', 'tr', 'en-GB']) P(l, JSON.stringify([[{}, -5, -5], [{style: 'percent'}, 0.1, 0.1], [{style: 'currency', currency: 'USD'}, -3, -3], [{notation: 'compact'}, 1200, 1230], [{signDisplay: 'always'}, 5, 5], [{signDisplay: 'exceptZero'}, 0, 0], [{style: 'currency', currency: 'USD'}, -5, -3], [{style: 'currency', currency: 'GBP'}, 1, 2], [{style: 'currency', currency: 'USD', currencyDisplay: 'code'}, 1, 2], [{style: 'percent', signDisplay: 'always'}, 0.1, 0.2], [{notation: 'compact'}, 1e6, 2e6], [{}, -0, -0], [{signDisplay: 'never'}, -5, -3], [{signDisplay: 'never'}, -5, 5]].map(([o, a, b]) => new NF(l, o).formatRange(a, b))));
}
{
  let n = 0;
  const v = { valueOf() { n++; return 3; } };
  console.log(new Intl.NumberFormat('en').formatRange(v, 5), n, new Intl.NumberFormat('en').formatRange(2n ** 70n, 2n ** 71n), new Intl.NumberFormat('en').formatRange(-(2n ** 3n), 2n));
}
{
const E = (f) => { try { return String(f()) } catch (e) { return e.constructor.name + ': ' + e.message } };
const nums = [0, 1, 2, 1.5, 5, 1000000, 21, 0.5];
for (const l of ['en', 'en-GB', 'de', 'fr', 'es', 'ja', 'zh', 'tr']) for (const type of ['cardinal', 'ordinal']) {
  const p = new Intl.PluralRules(l, {type});
  const r = [];
  for (const a of nums) for (const b of nums) r.push(p.selectRange(a, b)[0]);
  console.log(l, type, r.join(''), [...new Set(nums.flatMap(a => nums.map(b => p.select(a) + '+' + p.select(b) + '=' + p.selectRange(a, b))))].join(' '));
}
const p = new Intl.PluralRules('en');
console.log(p.selectRange.length, E(() => p.selectRange()), E(() => p.selectRange(1)), E(() => p.selectRange(NaN, 1)), E(() => p.selectRange(1, NaN)), E(() => p.selectRange(5, 1)), E(() => Intl.PluralRules.prototype.selectRange.call({}, 1, 2)), E(() => p.selectRange(1n, 2)), E(() => p.selectRange('1', '2')), Object.getOwnPropertyNames(Intl.PluralRules.prototype).join());
}
{
const nf = new Intl.NumberFormat('en');
console.log(nf.format('987654321987654321'), nf.format(' -123456789012345678901 '), nf.format('12'), nf.formatRange('987654321987654321', '987654321987654322'), nf.formatRange('-0', '0'), new Intl.NumberFormat('de').format('100000000000000000001'));
}
