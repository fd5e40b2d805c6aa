// Intl.DateTimeFormat's component options (the skeletons ICU resolves) in
// the eight locales: format, the part types, resolvedOptions' fields.
const d = Date.UTC(2024, 2, 5, 14, 7, 9, 45);
const sets = [
  { month: 'long', day: 'numeric' }, { month: 'short', day: 'numeric', year: 'numeric' }, { weekday: 'long' },
  { weekday: 'short', month: 'short', day: 'numeric' }, { year: 'numeric', month: '2-digit', day: '2-digit' },
  { hour: '2-digit', minute: '2-digit' }, { hour: 'numeric', minute: '2-digit', hour12: false }, { month: 'long' },
  { year: 'numeric', month: 'long' }, { year: '2-digit', month: 'narrow' }, { weekday: 'narrow', day: 'numeric' },
  { era: 'short' }, { era: 'long', year: 'numeric' }, { year: 'numeric', day: 'numeric' }, { minute: '2-digit' },
  { second: 'numeric', fractionalSecondDigits: 3 }, { minute: 'numeric', fractionalSecondDigits: 1 },
  { weekday: 'short', hour: 'numeric', minute: 'numeric' }, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' },
  { month: 'short', day: 'numeric', hour: 'numeric', minute: 'numeric' }, { month: 'long', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' },
  { day: 'numeric', hour: 'numeric' }, { year: 'numeric', month: 'short', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' },
  { weekday: 'short', minute: 'numeric', second: 'numeric' }, { month: '2-digit', day: '2-digit', hour: 'numeric', hour12: true },
];
for (const l of ['en', 'en-GB', 'de', 'fr', 'es', 'ja', 'zh', 'tr']) {
  for (const o of sets) {
    const f = new Intl.DateTimeFormat(l, o);
    const ro = f.resolvedOptions();
    const fields = Object.keys(ro).filter((k) => !['locale', 'calendar', 'numberingSystem', 'timeZone'].includes(k)).map((k) => k + '=' + ro[k]).join(',');
    console.log(l, JSON.stringify(o), '|', f.format(d), '|', f.formatToParts(d).map((p) => p.type).join(' '), '|', fields);
  }
}
