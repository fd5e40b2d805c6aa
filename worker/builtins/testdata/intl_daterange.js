{
const esc = (s) => String(s).replace(/[^\x20-\x7e]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
const L = ['en-US', 'en-GB', 'de', 'fr', 'es', 'ja', 'zh', 'tr'];
const opts = [{}, { dateStyle: 'short' }, { dateStyle: 'medium' }, { dateStyle: 'long' }, { dateStyle: 'full' }, { timeStyle: 'short' }, { timeStyle: 'medium' },
  { timeStyle: 'short', hour12: false }, { dateStyle: 'short', timeStyle: 'short' }, { dateStyle: 'medium', timeStyle: 'short' }, { dateStyle: 'short', timeStyle: 'medium' }, { dateStyle: 'medium', timeStyle: 'medium', hour12: false },
  { year: 'numeric', month: 'short', day: 'numeric' }, { year: 'numeric', month: 'long', day: 'numeric' }, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' },
  { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: '2-digit' }, { hour: 'numeric', minute: '2-digit' }, { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: '2-digit', second: '2-digit', hour12: false }];
const s = Date.UTC(2024, 11, 31, 11, 59, 30);
const pairs = [[s, s], [s, s + 500], [s, s + 1000], [s, s + 60000], [s, s + 30 * 60000], [s, s + 3600000], [s, s + 12 * 3600000], [s, s + 86400000], [s, s + 40 * 86400000], [s, s + 400 * 86400000], [s + 86400000, s], [Date.UTC(2024, 2, 5, 0, 0), Date.UTC(2024, 2, 5, 12, 0)], [Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 1, 23, 59, 59)]];
for (const l of L) for (const [i, o] of opts.entries()) {
  const f = new Intl.DateTimeFormat(l, { timeZone: 'UTC', ...o });
  console.log(l, i, esc(pairs.map(([a, b]) => f.formatRange(a, b)).join(' | ')));
}
for (const z of ['America/New_York', 'Asia/Tokyo', 'Asia/Kolkata']) {
  const f = new Intl.DateTimeFormat('en-US', { timeZone: z, dateStyle: 'medium', timeStyle: 'short' });
  console.log(z, esc(pairs.map(([a, b]) => f.formatRange(a, b)).join(' | ')));
}
for (const l of L) {
  const f = new Intl.DateTimeFormat(l, { timeZone: 'UTC', dateStyle: 'medium', timeStyle: 'short' });
  console.log(l, esc(JSON.stringify(f.formatRangeToParts(s, s + 3600000))), esc(JSON.stringify(new Intl.DateTimeFormat(l, { timeZone: 'UTC', dateStyle: 'long' }).formatRangeToParts(s, s + 2 * 86400000))));
}
console.log(Object.getOwnPropertyNames(Intl.DateTimeFormat.prototype).join());
}
const E = (f) => { try { return String(f()) } catch (e) { return e.constructor.name + ': ' + e.message } };
const f = new Intl.DateTimeFormat('en', {timeZone: 'UTC'});
console.log(E(() => f.formatRange()), E(() => f.formatRange(0)), E(() => f.formatRange(undefined, 0)), E(() => f.formatRange(NaN, 0)), E(() => f.formatRange(0, NaN)), E(() => f.formatRange(new Date(0), new Date(86400000))), E(() => f.formatRange(86400000, 0)), E(() => f.formatRange('0', '1')), E(() => f.formatRange(null, 0)), E(() => f.formatRange(0n, 1)), E(() => Intl.DateTimeFormat.prototype.formatRange.call({}, 0, 1)), E(() => f.formatRange(8.64e15 + 1, 0)), E(() => f.formatRangeToParts(0)), f.formatRange.length, f.formatRangeToParts.length, E(() => f.formatRange(Symbol(), 1)));
console.log(JSON.stringify(f.formatRangeToParts(0, 0)), JSON.stringify(f.formatRangeToParts(0, 1000)));
console.log(JSON.stringify(new Intl.DateTimeFormat('en', {timeZone: 'UTC', timeStyle: 'short'}).formatRangeToParts(0, 86400000 * 400 + 3600000)));
