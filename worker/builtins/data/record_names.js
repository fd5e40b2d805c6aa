// Records data/displaynames.json (first line) and data/localeinfo.json
// (second line) from workerd: run this file as the body of a workerd test
// handler. DisplayNames: per locale, type and style, every code V8 (ICU)
// names (short and narrow only where they differ from the style before),
// the pattern V8 composes a language tag's name with, shown on
// qaa-Qaaa-QM-1996 (codes without names), and on my-MM (a region whose
// name has parentheses). Locale info: what Intl.Locale's getWeekInfo,
// getCalendars, getHourCycles and getTimeZones return per region, and
// getCollations, getNumberingSystems and getTextInfo per language.
const LOCALES = ['en', 'en-GB', 'de', 'fr', 'es', 'ja', 'zh', 'tr'];
const A = 'abcdefghijklmnopqrstuvwxyz';
const codes = (n, up) => { let out = ['']; for (let i = 0; i < n; i++) { const next = []; for (const p of out) for (const c of A) next.push(p + c); out = next; } return up ? out.map((s) => s.toUpperCase()) : out; };
const dn = (l, type, style, extra) => new Intl.DisplayNames(l, { type, style, fallback: 'none', ...extra });
const en = (type) => dn('en', type, 'long');
const regionCodes = [...codes(2, true), ...Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'))].filter((c) => LOCALES.some((l) => dn(l, 'region', 'long').of(c) !== undefined));
const scriptCodes = codes(4).map((s) => s[0].toUpperCase() + s.slice(1)).filter((c) => en('script').of(c) !== undefined);
const langCodes = [...codes(2), ...codes(3)].filter((c) => { const n = en('language').of(c); return n !== undefined && Intl.getCanonicalLocales(c)[0] === c; });
const currencyCodes = codes(3, true).filter((c) => en('currency').of(c) !== undefined);
const std = (l, style) => dn(l, 'language', style, { languageDisplay: 'standard' });
// UN M.49 areas, which CLDR names only inside dialect names (ar-001).
const m49 = ['001', '002', '003', '005', '009', '011', '013', '014', '015', '017', '018', '019', '021', '029', '030', '034', '035', '039', '053', '054', '057', '061', '142', '143', '145', '150', '151', '154', '155', '202', '419'];
const dialects = [];
for (const style of ['long', 'short']) {
  const d = dn('en', 'language', style), s = std('en', style);
  for (const lg of langCodes) for (const sub of [...regionCodes, ...scriptCodes, ...m49]) {
    const t = lg + '-' + sub;
    let c; try { c = Intl.getCanonicalLocales(t)[0]; } catch { continue; }
    if (c !== t) continue;
    if (d.of(t) !== s.of(t) && !dialects.includes(t)) dialects.push(t);
  }
}
const cal = Intl.supportedValuesOf('calendar');
const fields = ['era', 'year', 'quarter', 'month', 'weekOfYear', 'weekday', 'day', 'dayPeriod', 'hour', 'minute', 'second', 'timeZoneName'];
const out = { locales: {} };
for (const l of LOCALES) {
  const L = {};
  const table = (type, list, styles, extra) => {
    const t = {};
    let prev;
    for (const st of styles) {
      const f = dn(l, type, st, extra), m = {};
      for (const c of list) { const v = f.of(c); if (v !== undefined && (prev ? v !== prev[c] : true)) m[c] = v; }
      const full = {}; for (const c of list) { const v = f.of(c); if (v !== undefined) full[c] = v; }
      t[st] = m; prev = full;
    }
    return t;
  };
  L.region = table('region', regionCodes, ['long', 'short', 'narrow']);
  L.script = table('script', scriptCodes, ['long', 'short', 'narrow']);
  L.language = table('language', [...langCodes, ...dialects], ['long', 'short', 'narrow']);
  L.currency = table('currency', currencyCodes, ['long']);
  L.calendar = table('calendar', cal, ['long', 'short', 'narrow']);
  L.dateTimeField = table('dateTimeField', fields, ['long', 'short', 'narrow']);
  L.pattern = new Intl.DisplayNames(l, { type: 'language', fallback: 'code' }).of('qaa-Qaaa-QM-1996');
  L.bracket = new Intl.DisplayNames(l, { type: 'language' }).of('my-MM');
  out.locales[l] = L;
}
const info = { regions: {}, languages: {} };
for (const r of regionCodes) {
  if (!/^[A-Z]{2}$/.test(r)) continue;
  const o = new Intl.Locale('und-' + r);
  info.regions[r] = { week: o.getWeekInfo(), calendars: o.getCalendars(), hourCycles: o.getHourCycles(), timeZones: o.getTimeZones() };
}
for (const lg of langCodes) {
  const o = new Intl.Locale(lg);
  info.languages[lg] = { collations: o.getCollations(), numberingSystems: o.getNumberingSystems(), direction: o.getTextInfo().direction };
}
// Where a language in a region has other digits or hour cycles than the
// language's and the region's (pa-PK arabext, fr-CA h23, es-419 h12).
const same0 = (a, b) => JSON.stringify(a) === JSON.stringify(b);
info.pairs = {};
for (const lg of langCodes) for (const r of [...regionCodes.filter((r) => /^[A-Z]{2}$/.test(r)), ...m49]) {
  let o; try { o = new Intl.Locale(lg + '-' + r); } catch { continue; }
  const p = {};
  if (!same0(o.getNumberingSystems(), info.languages[lg].numberingSystems)) p.numberingSystems = o.getNumberingSystems();
  const reg = info.regions[r] || {}; // before the defaults are left out below
  if (!same0(o.getHourCycles(), reg.hourCycles || ['h23'])) p.hourCycles = o.getHourCycles();
  if (Object.keys(p).length) info.pairs[lg + '-' + r] = p;
}
// Leave out what most have: the first week day Monday with a Saturday-Sunday
// weekend, the Gregorian calendar alone, h23, the collations emoji and eor,
// latn digits, left to right.
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
for (const r of Object.values(info.regions)) {
  if (same(r.week, { firstDay: 1, weekend: [6, 7] })) delete r.week;
  if (same(r.calendars, ['gregory'])) delete r.calendars;
  if (same(r.hourCycles, ['h23'])) delete r.hourCycles;
}
for (const [k, v] of Object.entries(info.languages)) {
  if (same(v.collations, ['emoji', 'eor'])) delete v.collations;
  if (same(v.numberingSystems, ['latn'])) delete v.numberingSystems;
  if (v.direction === 'ltr') delete v.direction;
  if (!Object.keys(v).length) delete info.languages[k];
}
console.log(JSON.stringify(out));
console.log(JSON.stringify(info));
