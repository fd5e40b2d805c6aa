{
const esc = (s) => String(s).replace(/[^\x20-\x7e]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
const d = new Date(Date.UTC(2024, 2, 5, 14, 7, 9, 45));
for (const l of ['en-US', 'en-GB', 'de', 'fr', 'es', 'ja', 'zh', 'tr']) {
  const f = (o) => new Intl.DateTimeFormat(l, { timeZone: 'UTC', ...o }).format(d);
  console.log(l, esc([f({}), f({ dateStyle: 'short' }), f({ dateStyle: 'medium' }), f({ dateStyle: 'long' }), f({ dateStyle: 'full' }), f({ timeStyle: 'short' }), f({ timeStyle: 'medium' }), f({ dateStyle: 'short', timeStyle: 'short' }), d.toLocaleString(l, { timeZone: 'UTC' }), d.toLocaleTimeString(l, { timeZone: 'UTC' }), d.toLocaleDateString(l, { timeZone: 'UTC' })].join(' | ')));
}
}
{
const L = ['en-US', 'en-GB', 'de', 'fr', 'es', 'ja', 'zh', 'tr'];
for (const l of L) {
  const ml = [], ms = [], wl = [];
  for (let m = 0; m < 12; m++) {
    const d = new Date(Date.UTC(2024, m, 5));
    const p = (o) => new Intl.DateTimeFormat(l, { timeZone: 'UTC', ...o }).formatToParts(d).find((x) => x.type === 'month').value;
    ml.push(p({ dateStyle: 'long' })); ms.push(p({ dateStyle: 'medium' }));
  }
  for (let w = 0; w < 7; w++) {
    const d = new Date(Date.UTC(2024, 2, 3 + w));
    wl.push(new Intl.DateTimeFormat(l, { timeZone: 'UTC', dateStyle: 'full' }).formatToParts(d).find((x) => x.type === 'weekday').value);
  }
  console.log(JSON.stringify({ l, ml, ms, wl }));
}
const d = new Date(Date.UTC(2024, 2, 5, 0, 7, 9));
console.log(JSON.stringify(L.map((l) => new Intl.DateTimeFormat(l, { timeZone: 'UTC', timeStyle: 'medium' }).format(d))));
console.log(JSON.stringify(L.map((l) => new Intl.DateTimeFormat(l, { timeZone: 'UTC', timeStyle: 'short' }).format(new Date(Date.UTC(2024, 2, 5, 12, 7))))));
console.log(JSON.stringify(['UTC', 'America/New_York', 'Asia/Tokyo', 'Europe/Berlin', 'Asia/Kolkata'].map((z) => new Date(Date.UTC(2024, 6, 5, 23, 30)).toLocaleString('en-US', { timeZone: z }))));
console.log(JSON.stringify(new Date(Date.UTC(2024, 2, 5, 14, 7, 9)).toLocaleString()));
console.log(JSON.stringify(new Intl.DateTimeFormat().resolvedOptions()));
console.log(JSON.stringify(new Intl.DateTimeFormat('de', {dateStyle: 'long', timeZone: 'Europe/Berlin'}).resolvedOptions()));
try { new Intl.DateTimeFormat('en', { timeZone: 'Mars/Base' }) } catch (e) { console.log(e.constructor.name + ': ' + e.message) }
try { new Intl.DateTimeFormat('en', { dateStyle: 'huge' }) } catch (e) { console.log(e.constructor.name + ': ' + e.message) }
try { new Intl.DateTimeFormat('en').format(NaN) } catch (e) { console.log(e.constructor.name + ': ' + e.message) }
console.log(String(new Date(NaN).toLocaleString()), new Intl.DateTimeFormat('en', {timeZone: 'utc'}).resolvedOptions().timeZone, Object.getOwnPropertyNames(Intl.DateTimeFormat.prototype).join());
console.log(JSON.stringify(new Intl.DateTimeFormat('en-US', {timeZone: 'UTC', hour: 'numeric', minute: '2-digit'}).format(d)));
console.log(JSON.stringify(new Intl.DateTimeFormat('en-US', {timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric'}).format(d)));
console.log(JSON.stringify(new Date(Date.UTC(2024, 2, 5, 14, 7, 9)).toLocaleDateString('en-US', {weekday: 'long', year: 'numeric', month: 'long', day: 'numeric'})));
console.log(JSON.stringify(new Intl.DateTimeFormat('en-US', {timeZone: 'UTC', hour12: false, hour: '2-digit', minute: '2-digit'}).format(d)));
console.log(JSON.stringify(new Intl.DateTimeFormat('en-US', {timeZone: 'UTC'}).formatToParts(d)));
}
{
const d = Date.UTC(2024, 11, 31, 11, 59, 30);
for (const l of ['en-US', 'en-GB', 'de', 'fr', 'es', 'ja', 'zh', 'tr']) console.log(l, JSON.stringify([{dateStyle:'short', timeStyle:'short'}, {dateStyle:'medium', timeStyle:'short'}, {year:'numeric', month:'numeric', day:'numeric', hour:'numeric', minute:'2-digit'}, {year:'numeric', month:'short', day:'numeric', hour:'numeric', minute:'2-digit'}, {year:'numeric', month:'short', day:'numeric'}, {year:'numeric', month:'long', day:'numeric'}].map(o => new Intl.DateTimeFormat(l, {timeZone:'UTC', ...o}).format(d))));
}
