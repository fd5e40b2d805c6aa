// config: date=2026-11-23 flags=nodejs_compat
// Time zone names of workerd 2026-12-01's ICU data around the zero offset: Europe/Dublin's and the Channel Islands' winter names are offsets, America/Punta_Arenas has its own zone, the GMT zones (Abidjan, Reykjavik) keep Greenwich Mean Time; short, long and offset names, January and July.
const winter = Date.UTC(2024, 0, 15, 9, 30), summer = Date.UTC(2024, 6, 15, 9, 30);
for (const l of ['en', 'en-GB', 'de', 'ja'])
  for (const z of ['Europe/Dublin', 'Europe/Guernsey', 'Europe/Jersey', 'Europe/Isle_of_Man', 'America/Punta_Arenas', 'Africa/Abidjan', 'Atlantic/Reykjavik', 'Etc/GMT', 'GMT', 'Europe/Lisbon', 'Africa/Casablanca']) {
    const row = [];
    for (const n of ['short', 'long', 'shortOffset', 'longOffset']) for (const t of [winter, summer]) row.push(new Intl.DateTimeFormat(l, { timeZone: z, timeZoneName: n }).formatToParts(t).find((p) => p.type === 'timeZoneName').value);
    console.log(l, z, new Intl.DateTimeFormat(l, { timeZone: z }).resolvedOptions().timeZone, row.join(' | '));
  }
