// Time zone names and offsets, DST in both hemispheres, zone aliases and
// case, and toLocale*String with a timeZone.
const summer = Date.UTC(2024, 6, 15, 9, 30), winter = Date.UTC(2024, 0, 15, 9, 30);
const zones = ['UTC', 'America/New_York', 'America/Los_Angeles', 'Europe/Berlin', 'Europe/London', 'Asia/Tokyo', 'Asia/Kolkata', 'Australia/Sydney', 'America/St_Johns', 'Asia/Kathmandu', 'Pacific/Auckland', 'America/Sao_Paulo'];
for (const l of ['en', 'en-GB', 'de', 'fr', 'es', 'ja', 'zh', 'tr']) {
  for (const z of zones) {
    const row = [];
    for (const n of ['short', 'long', 'shortOffset', 'longOffset']) {
      for (const t of [winter, summer]) row.push(new Intl.DateTimeFormat(l, { timeZone: z, hour: 'numeric', minute: '2-digit', timeZoneName: n }).format(t));
    }
    console.log(l, z, row.join(' | '));
  }
  console.log(l, new Date(summer).toLocaleString(l, { timeZone: 'America/New_York', timeZoneName: 'short' }));
  console.log(l, new Date(summer).toLocaleDateString(l, { timeZone: 'Asia/Tokyo', timeZoneName: 'long' }));
  console.log(l, new Date(summer).toLocaleTimeString(l, { timeZone: 'Europe/Berlin', timeZoneName: 'shortOffset' }));
  console.log(l, new Intl.DateTimeFormat(l, { timeZoneName: 'short' }).format(summer));
}
for (const z of ['Asia/Kolkata', 'asia/kolkata', 'Europe/Kyiv', 'US/Eastern', 'Etc/UTC', 'etc/gmt', 'Asia/Ho_Chi_Minh', 'America/Argentina/Buenos_Aires', 'utc']) {
  console.log(z, new Intl.DateTimeFormat('en', { timeZone: z }).resolvedOptions().timeZone);
}
for (const z of ['Mars/Olympus', 'EST5', '']) {
  try { new Intl.DateTimeFormat('en', { timeZone: z }); console.log(z, 'ok'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
