// config: date=2026-11-23
// Intl across the eight locales (en, en-GB, de, fr, es, ja, zh, tr): numbers, currency, percent,
// compact, units, dates in a time zone, relative times, lists, plural rules, display names,
// collation and case mapping, as V8 in workerd 2026-12-01 gives them. (Word segmentation of
// ideographs, which ICU does by dictionary, is a known difference: docs/differences.md.)
const locs = ['en', 'en-GB', 'de', 'fr', 'es', 'ja', 'zh', 'tr'];
const d = new Date(Date.UTC(2024, 2, 5, 14, 7, 9));
const out = [];
const t = (label, f) => { try { out.push(label + ' ' + JSON.stringify(f())); } catch (e) { out.push(label + ' ' + e.constructor.name + ': ' + e.message); } };
for (const l of locs) {
  t(l + ' num', () => new Intl.NumberFormat(l).format(1234567.891));
  t(l + ' cur', () => new Intl.NumberFormat(l, { style: 'currency', currency: 'EUR' }).format(-1234.5));
  t(l + ' pct', () => new Intl.NumberFormat(l, { style: 'percent', maximumFractionDigits: 1 }).format(0.1234));
  t(l + ' compact', () => new Intl.NumberFormat(l, { notation: 'compact' }).format(1234567));
  t(l + ' unit', () => new Intl.NumberFormat(l, { style: 'unit', unit: 'kilometer-per-hour', unitDisplay: 'long' }).format(88));
  t(l + ' date', () => new Intl.DateTimeFormat(l, { dateStyle: 'full', timeStyle: 'long', timeZone: 'Europe/Berlin' }).format(d));
  t(l + ' date short', () => d.toLocaleDateString(l, { timeZone: 'UTC' }));
  t(l + ' time', () => d.toLocaleTimeString(l, { timeZone: 'America/New_York' }));
  t(l + ' rel', () => new Intl.RelativeTimeFormat(l, { numeric: 'auto' }).format(-1, 'day'));
  t(l + ' list', () => new Intl.ListFormat(l, { type: 'disjunction' }).format(['a', 'b', 'c']));
  t(l + ' plural', () => [0, 1, 2, 5].map((n) => new Intl.PluralRules(l).select(n)).join());
  t(l + ' ordinal', () => [1, 2, 3, 4].map((n) => new Intl.PluralRules(l, { type: 'ordinal' }).select(n)).join());
  t(l + ' names', () => new Intl.DisplayNames(l, { type: 'region' }).of('DE'));
  t(l + ' lang', () => new Intl.DisplayNames(l, { type: 'language' }).of('fr-CA'));
  t(l + ' collate', () => ['ä', 'a', 'z', 'Z', 'ı', 'i'].sort(new Intl.Collator(l).compare).join(''));
  t(l + ' upper', () => 'iııi'.toLocaleUpperCase(l));
}
console.log(out.join('\n'));
