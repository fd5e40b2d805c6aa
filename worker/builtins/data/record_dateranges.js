// Records data/daterange.json from workerd: run this file as the body of a
// workerd test handler. Per locale and format (the DateTimeFormat options
// mcrepl implements: date pattern + "+" + time pattern, "24" for
// hour12: false; def and yMMMd are the component options, the others
// dateStyle and timeStyle), per greatest differing field, the parts of
// formatRangeToParts as tokens joined by "|": a source ("s" start, "e"
// end, "=" shared), then ":type:value" for a field (its value for the
// sample dates below, which say which pattern letters the interval uses)
// or "'text" for a literal.
const L = ['en-US', 'en-GB', 'de', 'fr', 'es', 'ja', 'zh', 'tr'];
const dates = { def: { year: 'numeric', month: 'numeric', day: 'numeric' }, short: { dateStyle: 'short' }, medium: { dateStyle: 'medium' }, long: { dateStyle: 'long' }, full: { dateStyle: 'full' }, yMMMd: { year: 'numeric', month: 'short', day: 'numeric' } };
const times = { short: { timeStyle: 'short' }, medium: { timeStyle: 'medium' } };
const comp = { short: { hour: 'numeric', minute: '2-digit' }, medium: { hour: 'numeric', minute: '2-digit', second: '2-digit' } };
const formats = {};
for (const [d, o] of Object.entries(dates)) formats[d + '+'] = o;
for (const [t, o] of Object.entries(times)) { formats['+' + t] = o; formats['+' + t + '24'] = { ...o, hour12: false }; }
for (const d of ['def', 'yMMMd']) for (const t of ['short', 'medium']) { formats[d + '+' + t] = { ...dates[d], ...comp[t] }; formats[d + '+' + t + '24'] = { ...dates[d], ...comp[t], hour12: false }; }
for (const d of ['short', 'medium']) for (const t of ['short', 'medium']) { formats[d + '+' + t] = { dateStyle: d, timeStyle: t }; formats[d + '+' + t + '24'] = { dateStyle: d, timeStyle: t, hour12: false }; }
const start = Date.UTC(2024, 2, 5, 9, 7, 9);
const ends = { year: Date.UTC(2025, 3, 6, 10, 8, 10), month: Date.UTC(2024, 3, 6, 10, 8, 10), day: Date.UTC(2024, 2, 6, 10, 8, 10), ampm: Date.UTC(2024, 2, 5, 15, 8, 10), hour: Date.UTC(2024, 2, 5, 10, 8, 10), minute: Date.UTC(2024, 2, 5, 9, 8, 10), second: Date.UTC(2024, 2, 5, 9, 7, 10) };
const out = {};
for (const l of L) {
  const lo = out[l] = {};
  for (const [k, o] of Object.entries(formats)) {
    const f = new Intl.DateTimeFormat(l, { timeZone: 'UTC', ...o });
    const ko = lo[k] = {};
    for (const [field, end] of Object.entries(ends)) {
      const parts = f.formatRangeToParts(start, end);
      if (parts.every((p) => p.source === 'shared')) continue;
      ko[field] = parts.map((p) => (p.source === 'shared' ? '=' : p.source[0]) + (p.type === 'literal' ? "'" + p.value : ':' + p.type + ':' + p.value)).join('|');
    }
  }
}
console.log(JSON.stringify(out));
