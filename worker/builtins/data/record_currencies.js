// Records data/currencies.json from workerd: run this file as the body of
// a workerd test handler. For every currency of
// Intl.supportedValuesOf('currency'): its fraction digits, and per locale
// its symbol and narrow symbol (where either is not the code), and the
// pattern of currencyDisplay 'name' per plural category of the locale
// (tokens joined by "|": "n" the number, "l:text" a literal, "c:text" the
// currency's name), and what joins a number to a code it has no name for.
const L = ['en-US', 'en-GB', 'de', 'fr', 'es', 'ja', 'zh', 'tr'];
const codes = Intl.supportedValuesOf('currency');
const samples = [1, 0, 2, 3, 5, 11, 21, 1000000, 1.5, 0.5];
const numeric = new Set(['integer', 'group', 'decimal', 'fraction', 'minusSign', 'plusSign']);
const digits = {};
for (const c of codes) {
  const d = new Intl.NumberFormat('en', { style: 'currency', currency: c }).resolvedOptions().maximumFractionDigits;
  if (d !== 2) digits[c] = d;
}
const out = { digits };
for (const l of L) {
  const pr = new Intl.PluralRules(l);
  const cats = pr.resolvedOptions().pluralCategories;
  const pats = [], symbols = {}, names = {};
  const intern = (s) => { let i = pats.indexOf(s); if (i < 0) { i = pats.length; pats.push(s); } return i; };
  for (const c of codes) {
    const sym = (display) => new Intl.NumberFormat(l, { style: 'currency', currency: c, currencyDisplay: display }).formatToParts(1).find((p) => p.type === 'currency').value;
    const s = sym('symbol'), n = sym('narrowSymbol');
    if (s !== c || n !== c) symbols[c] = n === s ? [s] : [s, n];
    names[c] = cats.map((cat) => {
      const x = samples.find((v) => pr.select(v) === cat);
      if (x === undefined) return -1;
      const toks = [];
      for (const p of new Intl.NumberFormat(l, { style: 'currency', currency: c, currencyDisplay: 'name', minimumFractionDigits: 0, maximumFractionDigits: 3 }).formatToParts(x)) {
        if (numeric.has(p.type)) { if (toks[toks.length - 1] !== 'n') toks.push('n'); } else toks.push((p.type === 'currency' ? 'c:' : 'l:') + p.value);
      }
      return intern(toks.join('|'));
    });
  }
  // a code V8 has no name for: the literal between the number and the code
  const unknown = new Intl.NumberFormat(l, { style: 'currency', currency: 'XYZ', currencyDisplay: 'name' }).formatToParts(1).filter((p) => p.type === 'literal').map((p) => p.value).join('');
  out[l] = { cats, pats, symbols, names, unknown };
}
console.log(JSON.stringify(out));
