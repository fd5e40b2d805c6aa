// Records data/units.json from workerd: run this file as the body of a
// workerd test handler. Per locale, per unit (ECMA-402's sanctioned units
// and the common compound ones), per unitDisplay (short, long, narrow) and
// per plural category of the locale, the pattern of Intl.NumberFormat's
// formatToParts for a number of that category: tokens joined by "|", "n"
// for the number's parts, "l:text" a literal, "u:text" the unit.
const L = ['en-US', 'en-GB', 'de', 'fr', 'es', 'ja', 'zh', 'tr'];
const simple = ['acre', 'bit', 'byte', 'celsius', 'centimeter', 'day', 'degree', 'fahrenheit', 'fluid-ounce', 'foot', 'gallon', 'gigabit', 'gigabyte', 'gram', 'hectare', 'hour', 'inch', 'kilobit', 'kilobyte', 'kilogram', 'kilometer', 'liter', 'megabit', 'megabyte', 'meter', 'microsecond', 'mile', 'mile-scandinavian', 'milliliter', 'millimeter', 'millisecond', 'minute', 'month', 'nanosecond', 'ounce', 'percent', 'petabyte', 'pound', 'second', 'stone', 'terabit', 'terabyte', 'week', 'yard', 'year'];
const compound = ['kilometer-per-hour', 'mile-per-hour', 'meter-per-second', 'liter-per-kilometer', 'mile-per-gallon', 'byte-per-second', 'kilobyte-per-second', 'megabyte-per-second', 'gigabyte-per-second', 'kilobit-per-second', 'megabit-per-second', 'gigabit-per-second'];
const samples = [1, 0, 2, 3, 5, 11, 21, 1000000, 1.5, 0.5];
const numeric = new Set(['integer', 'group', 'decimal', 'fraction', 'minusSign', 'plusSign']);
const out = { simple, compound };
for (const l of L) {
  const pr = new Intl.PluralRules(l);
  const cats = pr.resolvedOptions().pluralCategories;
  const sample = cats.map((c) => samples.find((n) => pr.select(n) === c));
  const pats = [], units = {};
  const intern = (s) => { let i = pats.indexOf(s); if (i < 0) { i = pats.length; pats.push(s); } return i; };
  for (const u of simple.concat(compound)) {
    units[u] = ['short', 'long', 'narrow'].map((display) => sample.map((n) => {
      const toks = [];
      for (const p of new Intl.NumberFormat(l, { style: 'unit', unit: u, unitDisplay: display }).formatToParts(n)) {
        if (numeric.has(p.type)) { if (toks[toks.length - 1] !== 'n') toks.push('n'); } else toks.push((p.type === 'unit' ? 'u:' : 'l:') + p.value);
      }
      return intern(toks.join('|'));
    }));
  }
  out[l] = { cats, pats, units };
}
console.log(JSON.stringify(out));
