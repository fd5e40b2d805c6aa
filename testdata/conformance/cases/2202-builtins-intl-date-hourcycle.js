// hour12 and hourCycle at midnight, noon and the afternoon, with and
// without minutes, and the defaults of toLocaleTimeString.
const times = [Date.UTC(2024, 2, 5, 0, 5, 7), Date.UTC(2024, 2, 5, 12, 5, 7), Date.UTC(2024, 2, 5, 17, 45, 0)];
const variants = [{}, { hour12: true }, { hour12: false }, { hourCycle: 'h11' }, { hourCycle: 'h12' }, { hourCycle: 'h23' }, { hourCycle: 'h24' }, { hour12: false, hourCycle: 'h12' }];
for (const l of ['en', 'en-GB', 'de', 'fr', 'es', 'ja', 'zh', 'tr']) {
  for (const v of variants) {
    const a = new Intl.DateTimeFormat(l, { hour: 'numeric', ...v });
    const b = new Intl.DateTimeFormat(l, { hour: '2-digit', minute: '2-digit', ...v });
    const ro = b.resolvedOptions();
    console.log(l, JSON.stringify(v), times.map((t) => a.format(t) + ' / ' + b.format(t)).join(' ; '), ro.hourCycle, ro.hour12, ro.hour);
    // (ja's 12-hour toLocaleTimeString depends on what the isolate formatted before)
    if (l !== 'ja') console.log(l, JSON.stringify(v), times.map((t) => new Date(t).toLocaleTimeString(l, v)).join(' ; '));
  }
}
