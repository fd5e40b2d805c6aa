// Intl.DateTimeFormat: offset time zones (+05:30, -08, +00:00 as GMT), V8's
// option errors (a style with a component is 'Invalid option : option').
const p = (f) => { try { console.log(String(f())); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } };
const t = Date.UTC(2024, 2, 5, 14, 7);
p(() => new Intl.DateTimeFormat('en', { timeZone: '+05:30', timeStyle: 'long' }).format(t));
p(() => new Intl.DateTimeFormat('en', { timeZone: '-08' }).resolvedOptions().timeZone);
p(() => new Intl.DateTimeFormat('en', { month: 'bogus' }));
p(() => new Intl.DateTimeFormat('en', { fractionalSecondDigits: 4 }));
p(() => new Intl.DateTimeFormat('en', { fractionalSecondDigits: 0 }));
p(() => new Intl.DateTimeFormat('en', { dateStyle: 'long', month: 'long' }));
p(() => new Intl.DateTimeFormat('en', { timeStyle: 'long', timeZoneName: 'short' }));
p(() => new Intl.DateTimeFormat('en', { hourCycle: 'h25' }));
p(() => new Intl.DateTimeFormat('en').format(NaN));
p(() => new Date(NaN).toLocaleDateString('en', { month: 'long' }));
p(() => new Intl.DateTimeFormat('en', { era: 'long', hour: 'numeric', minute: 'numeric' }).format(t));
p(() => new Intl.DateTimeFormat('en', { year: 'numeric', timeZoneName: 'long', timeZone: 'Asia/Tokyo' }).format(t));
p(() => new Intl.DateTimeFormat('ja', { era: 'long', year: 'numeric', month: 'long' }).format(new Date(Date.UTC(-50, 0, 1))));
for (const z of ['+05:30', '-08', '+0530', '-0800', '+01', '+00:00', '-00:00', '+24:00', '+5:30', '+05:3', '+05:60', '+23:59', '-12:00', '+05:30:00']) p(() => z + ' ' + new Intl.DateTimeFormat('en', { timeZone: z }).resolvedOptions().timeZone + ' ' + new Intl.DateTimeFormat('en', { timeZone: z, hour: 'numeric', minute: 'numeric', timeZoneName: 'short' }).format(t) + ' ' + new Intl.DateTimeFormat('de', { timeZone: z, timeZoneName: 'long' }).format(t));
