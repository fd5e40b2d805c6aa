// Records data/datepatterns.json from workerd: run this file as the body of
// a workerd test handler. Per locale, the pattern V8 resolves for each set
// of Intl.DateTimeFormat component options (date fields alone, time fields
// alone, time fields with a time zone name, and how a date joins a time),
// as tokens: literal text, or {field} where field is y yy M MM d dd h hh H
// HH K KK k kk m mm s ss S1 S2 S3 z, or {month#N} {weekday#N} {era#N}
// {dayPeriod#N} naming the Nth list of names (the values of the part for
// every month, weekday, era or hour; a day period's list has the 24 hours
// at :07 then noon), after the width resolvedOptions reports for it. d, t,
// tz (per time zone name style) and the glues list pattern indices in the
// order of the loops below.
// Also the time zone names (short and long, January and July 2024) where
// they are not an offset, and offset samples.
const L = ['en-US', 'en-GB', 'de', 'fr', 'es', 'ja', 'zh', 'tr'];
const base = Date.UTC(2024, 2, 5, 14, 7, 9, 45);
const months = Array.from({ length: 12 }, (_, m) => Date.UTC(2024, m, 5, 14, 7, 9, 45));
const days = Array.from({ length: 7 }, (_, i) => Date.UTC(2024, 2, 3 + i, 14, 7, 9, 45));
const bc = new Date(base); bc.setUTCFullYear(-100);
const hours = Array.from({ length: 24 }, (_, h) => Date.UTC(2024, 2, 5, h, 7, 9, 45)).concat([Date.UTC(2024, 2, 5, 12, 0, 0, 0)]);
const W = { '-': undefined, n: 'narrow', s: 'short', l: 'long' };
const Y = { '-': undefined, 2: '2-digit', n: 'numeric' };
const M = { '-': undefined, n: 'numeric', 2: '2-digit', N: 'narrow', s: 'short', l: 'long' };
const HC = { d: {}, T: { hour12: true }, F: { hour12: false }, 1: { hourCycle: 'h11' }, 2: { hourCycle: 'h12' }, 3: { hourCycle: 'h23' }, 4: { hourCycle: 'h24' } };
const out = {};
for (const l of L) {
  const names = [], pats = [], zn = [];
  const intern = (list, v) => { const k = JSON.stringify(v); let i = list.findIndex((x) => JSON.stringify(x) === k); if (i < 0) { i = list.length; list.push(v); } return i; };
  const pattern = (o) => {
    const f = new Intl.DateTimeFormat(l, { timeZone: 'UTC', ...o });
    const p0 = f.formatToParts(base), ro = f.resolvedOptions();
    const at = (ts) => f.formatToParts(ts);
    const pm = months.map(at), pd = days.map(at), ph = hours.map(at), pb = at(bc);
    let s = '';
    p0.forEach((p, i) => {
      const v = p.value;
      switch (p.type) {
        case 'literal': s += v; return;
        case 'year': s += v === '24' ? '{yy}' : '{y}'; return;
        case 'day': s += v === '05' ? '{dd}' : '{d}'; return;
        case 'minute': s += v === '07' ? '{mm}' : '{m}'; return;
        case 'second': s += v === '09' ? '{ss}' : '{s}'; return;
        case 'fractionalSecond': s += '{S' + v.length + '}'; return;
        case 'timeZoneName': s += '{z}'; return;
        case 'month': {
          const vs = pm.map((q) => q[i].value);
          if (vs.join() === '1,2,3,4,5,6,7,8,9,10,11,12') s += '{M}';
          else if (vs.join() === '01,02,03,04,05,06,07,08,09,10,11,12') s += '{MM}';
          else s += '{month#' + intern(names, [ro.month].concat(vs)) + '}';
          return;
        }
        case 'weekday': s += '{weekday#' + intern(names, [ro.weekday].concat(pd.map((q) => q[i].value))) + '}'; return;
        case 'era': s += '{era#' + intern(names, [ro.era, v, pb[i].value]) + '}'; return;
        case 'dayPeriod': s += '{dayPeriod#' + intern(names, [ro.dayPeriod || ''].concat(ph.map((q) => q[i].value))) + '}'; return;
        case 'hour': {
          // the hour at 0:07, 1:07 and 14:07 tells the letters
          const h0 = ph[0][i].value, pad = ph[1][i].value === '01';
          const c = { 12: 'h', 0: v === '14' ? 'H' : 'K', '00': v === '14' ? 'H' : 'K', 24: 'k' }[h0] || '?';
          s += '{' + c + (pad || h0 === '00' ? c : '') + '}';
          return;
        }
      }
      s += '{?' + p.type + '}';
    });
    return s;
  };
  const record = (o) => intern(pats, pattern(o));
  const TZ = ['short', 'long', 'shortOffset', 'longOffset', 'shortGeneric', 'longGeneric'];
  const d = [], t = [], tz = {}, glue = [], glueOne = [], glueOneTZ = [], tkeys = [];
  for (const n of TZ) tz[n] = [];
  let tp;
  for (const w of '-nsl') for (const e of '-nsl') for (const y of '-2n') for (const m of '-n2Nsl') for (const dd of '-n2') {
    const k = w + e + y + m + dd;
    if (k === '-----') continue;
    d.push(record({ weekday: W[w], era: W[e], year: Y[y], month: M[m], day: Y[dd] }));
  }
  for (const hc of 'dTF1234') for (const h of '-n2') for (const mi of '-n2') for (const s of '-n2') for (const fs of '0123') {
    if (h === '-' && hc !== 'd') continue;
    if (h + mi + s === '---' && fs === '0') continue;
    const k = hc + h + mi + s + fs;
    const o = { ...HC[hc], hour: Y[h], minute: Y[mi], second: Y[s], fractionalSecondDigits: fs === '0' ? undefined : +fs };
    t.push(record(o));
    tkeys.push([k, o]);
    for (const n of TZ) tz[n].push(record({ ...o, timeZoneName: n }));
    if (k === 'dnn-0') tp = pats[t[t.length - 1]];
  }
  // how a date joins a time: the pattern for the date fields with hour and
  // minute, the date's pattern as {1} and the time's as {0}
  for (const w of '-nsl') for (const e of '-nsl') for (const y of '-2n') for (const m of '-n2Nsl') for (const dd of '-n2') {
    const k = w + e + y + m + dd;
    if (k === '-----') continue;
    const full = pattern({ weekday: W[w], era: W[e], year: Y[y], month: M[m], day: Y[dd], hour: 'numeric', minute: 'numeric' });
    const dp = pats[d[glue.length]];
    let g = full.includes(tp) ? full.replace(tp, '{0}') : null;
    if (g !== null && g.includes(dp)) g = g.replace(dp, '{1}'); else g = '!' + full;
    glue.push(intern(pats, g));
  }
  // a weekday alone joins each time in its own way: per date key n---- s----
  // l----, per time key
  for (const [w, e] of [['n', '-'], ['s', '-'], ['l', '-']]) {
    const dp = pats[d[('-nsl'.indexOf(w) * 4 + '-nsl'.indexOf(e)) * 54 - 1]];
    for (const [list, zone] of [[glueOne, undefined], [glueOneTZ, 'short']]) tkeys.forEach(([, o], i) => {
      const full = pattern({ weekday: W[w], era: W[e], ...o, timeZoneName: zone }), tp = pats[(zone ? tz.short : t)[i]];
      let g = full.includes(tp) ? full.replace(tp, '{0}') : null;
      if (g !== null && g.includes(dp)) g = g.replace(dp, '{1}'); else g = '!' + full;
      list.push(intern(pats, g));
    });
  }
  // the dayPeriod option (narrow, short, long): alone, then per time key
  const dayPeriods = [];
  for (const w of ['narrow', 'short', 'long']) {
    dayPeriods.push(record({ dayPeriod: w }));
    for (const [, o] of tkeys) dayPeriods.push(record({ ...o, dayPeriod: w }));
  }
  // dateStyle and timeStyle: per date style ('' none, full, long, medium,
  // short), time style (the same), hour cycle (with a time style)
  const styles = [];
  for (const ds of ['', 'full', 'long', 'medium', 'short']) for (const ts of ['', 'full', 'long', 'medium', 'short']) for (const hc of 'dTF1234') {
    if (!ds && !ts) continue;
    if (!ts && hc !== 'd') continue;
    styles.push(record({ ...HC[hc], dateStyle: ds || undefined, timeStyle: ts || undefined }));
  }
  // time zone names that are no offset
  const zones = {};
  for (const z of Intl.supportedValuesOf('timeZone').concat(['UTC'])) {
    const row = [];
    for (const tzn of ['short', 'long']) for (const ts of [Date.UTC(2024, 0, 15, 12), Date.UTC(2024, 6, 15, 12)]) {
      const f = new Intl.DateTimeFormat(l, { timeZone: z, timeZoneName: tzn });
      row.push(f.formatToParts(ts).find((p) => p.type === 'timeZoneName').value);
    }
    if (row.some((v) => !/^(GMT|UTC)([+−-]|$)/.test(v))) zones[z] = row.map((v) => intern(zn, v));
  }
  const offsets = {};
  for (const z of ['UTC', 'America/New_York', 'Asia/Kolkata', 'Europe/Berlin', 'America/St_Johns'])
    for (const tzn of ['short', 'long', 'shortOffset', 'longOffset', 'shortGeneric', 'longGeneric'])
      offsets[z + ' ' + tzn] = new Intl.DateTimeFormat(l, { timeZone: z, timeZoneName: tzn }).formatToParts(base).find((p) => p.type === 'timeZoneName').value;
  out[l] = { names, pats, d, t, tz, glue, glueOne, glueOneTZ, styles, dayPeriods, zn, zones, offsets };
}
console.log(JSON.stringify(out));
