// dateStyle and timeStyle in every combination (timeStyle long and full name
// the zone), with hour12 and hourCycle, resolvedOptions and formatToParts.
const t = Date.UTC(2024, 2, 5, 0, 7, 9), t2 = Date.UTC(2024, 6, 15, 17, 30);
const S = [undefined, 'full', 'long', 'medium', 'short'];
for (const l of ['en', 'en-GB', 'de', 'fr', 'es', 'ja', 'zh', 'tr']) {
  for (const dateStyle of S) for (const timeStyle of S) {
    if (!dateStyle && !timeStyle) continue;
    const f = new Intl.DateTimeFormat(l, { dateStyle, timeStyle, timeZone: 'America/New_York' });
    console.log(l, dateStyle, timeStyle, '|', f.format(t), '|', f.format(t2), '|', JSON.stringify(f.resolvedOptions()));
  }
  for (const o of [{ hour12: true }, { hour12: false }, { hourCycle: 'h11' }, { hourCycle: 'h24' }])
    console.log(l, JSON.stringify(o), new Intl.DateTimeFormat(l, { timeStyle: 'full', ...o }).format(t), '|', new Date(t).toLocaleString(l, { dateStyle: 'long', timeStyle: 'long', timeZone: 'Asia/Tokyo', ...o }));
  console.log(l, JSON.stringify(new Intl.DateTimeFormat(l, { dateStyle: 'full', timeStyle: 'full', timeZone: 'Europe/Berlin' }).formatToParts(t2)));
}
