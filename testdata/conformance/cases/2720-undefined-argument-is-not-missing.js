// config: date=2026-11-23
// An undefined argument is not a missing one: workerd converts it ("undefined"), where a call
// without arguments is refused; FixedLengthStream's length is a uint64 that takes a BigInt.
const t = (name, f) => { try { const r = f(); if (r && r.then) return r.then(() => console.log(name, 'resolves'), (e) => console.log(name, 'rejects', e.constructor.name, e.message)); console.log(name, 'ok', r && r.name); } catch (e) { console.log(name, e.constructor.name, e.message); } };
await t('exportKey(undefined)', () => crypto.subtle.exportKey(undefined));
await t('exportKey(null)', () => crypto.subtle.exportKey(null));
await t('exportKey(1)', () => crypto.subtle.exportKey(1));
await t('importKey(undefined)', () => crypto.subtle.importKey(undefined));
await t('wrapKey(undefined)', () => crypto.subtle.wrapKey(undefined));
await t('unwrapKey()', () => crypto.subtle.unwrapKey());
await t('getEntriesByName(undefined)', () => performance.getEntriesByName(undefined));
await t('getEntriesByName(null)', () => performance.getEntriesByName(null));
await t('getEntriesByType(undefined)', () => performance.getEntriesByType(undefined));
await t('getEntriesByName(1)', () => performance.getEntriesByName(1));
await t('new PerformanceMark(undefined)', () => new PerformanceMark(undefined));
await t('new PerformanceMark(null)', () => new PerformanceMark(null));
await t('performance.mark(undefined)', () => performance.mark(undefined));
await t('new FixedLengthStream(undefined)', () => new FixedLengthStream(undefined));
await t('new FixedLengthStream(null)', () => new FixedLengthStream(null));
await t('new FixedLengthStream("5")', () => new FixedLengthStream('5'));
await t('new FixedLengthStream(-1)', () => new FixedLengthStream(-1));
await t('new FixedLengthStream(1.5)', () => new FixedLengthStream(1.5));
await t('new FixedLengthStream(5n)', () => new FixedLengthStream(5n));
await t('new FixedLengthStream({})', () => new FixedLengthStream({}));
