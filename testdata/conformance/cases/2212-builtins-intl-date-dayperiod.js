// Intl.DateTimeFormat's dayPeriod option (flexible day periods: noon, in the
// morning, ...) alone, with times, hour cycles and dates.
const hours = [0, 3, 6, 9, 11, 12, 13, 15, 18, 20, 22, 23].map((h) => Date.UTC(2024, 2, 5, h, 7, 9)).concat([Date.UTC(2024, 2, 5, 12, 0, 0), Date.UTC(2024, 2, 5, 0, 0, 0)]);
for (const l of ['en', 'en-GB', 'de', 'fr', 'es', 'ja', 'zh', 'tr']) for (const dayPeriod of ['narrow', 'short', 'long']) {
  for (const o of [{}, { hour: 'numeric' }, { hour: 'numeric', minute: '2-digit' }, { hour: '2-digit', minute: '2-digit', second: '2-digit' }, { hour: 'numeric', hour12: false }, { hour: 'numeric', hourCycle: 'h11' }, { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric' }, { minute: 'numeric' }]) {
    let r;
    try { const f = new Intl.DateTimeFormat(l, { dayPeriod, ...o }); r = hours.map((t) => f.format(t)).join(' ; ') + ' | ' + JSON.stringify(f.resolvedOptions()); } catch (e) { r = e.constructor.name + ': ' + e.message; }
    console.log(l, dayPeriod, JSON.stringify(o), r);
  }
}
