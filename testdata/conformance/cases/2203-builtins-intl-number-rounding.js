// Intl.NumberFormat's roundingMode, roundingIncrement, trailingZeroDisplay and
// currencySign 'accounting', with their errors and resolvedOptions.
const p = (f) => { try { console.log(String(f())); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } };
for (const l of ['en', 'en-GB', 'de', 'fr', 'es', 'ja', 'zh', 'tr']) p(() => l + ' ' + ['USD', 'EUR', 'JPY'].map((c) => new Intl.NumberFormat(l, { style: 'currency', currency: c, currencySign: 'accounting' }).format(-1234.5) + ' ' + new Intl.NumberFormat(l, { style: 'currency', currency: c, currencySign: 'accounting', signDisplay: 'always' }).format(5) + ' ' + new Intl.NumberFormat(l, { style: 'currency', currency: c, currencySign: 'accounting', currencyDisplay: 'code' }).format(-5)).join(' | ') + ' ' + JSON.stringify(new Intl.NumberFormat(l, { style: 'currency', currency: 'USD', currencySign: 'accounting' }).formatToParts(-1)));
p(() => new Intl.NumberFormat('en', { roundingIncrement: 5 }).format(1.23));
p(() => new Intl.NumberFormat('en', { roundingIncrement: 3, maximumFractionDigits: 2 }).format(1.23));
p(() => new Intl.NumberFormat('en', { roundingIncrement: 5, maximumFractionDigits: 2 }).format(1.23));
p(() => new Intl.NumberFormat('en', { roundingIncrement: 5, maximumSignificantDigits: 2 }).format(1.23));
p(() => new Intl.NumberFormat('en', { roundingIncrement: 25, maximumFractionDigits: 2, minimumFractionDigits: 1 }).format(1.23));
p(() => JSON.stringify(new Intl.NumberFormat('en', { roundingIncrement: 50, maximumFractionDigits: 2 }).resolvedOptions()));
p(() => new Intl.NumberFormat('en', { roundingMode: 'bogus' }).format(1.23));
p(() => new Intl.NumberFormat('en', { trailingZeroDisplay: 'x' }).format(1.23));
p(() => new Intl.NumberFormat('en', { currencySign: 'x' }).format(1.23));
p(() => new Intl.NumberFormat('en', { currencySign: 'accounting' }).format(-1.23));
for (const m of ['ceil', 'floor', 'expand', 'trunc', 'halfCeil', 'halfFloor', 'halfExpand', 'halfTrunc', 'halfEven'])
  p(() => m + ' ' + [1.25, -1.25, 1.35, -1.35, 1.251, -1.249, 0.5, 2.5, -2.5, 1.2].map((x) => new Intl.NumberFormat('en', { roundingMode: m, maximumFractionDigits: 1 }).format(x) + '/' + new Intl.NumberFormat('en', { roundingMode: m, maximumSignificantDigits: 1 }).format(x) + '/' + new Intl.NumberFormat('en', { roundingMode: m, maximumFractionDigits: 0 }).format(x)).join(' ') + ' ' + new Intl.NumberFormat('en', { roundingMode: m }).resolvedOptions().roundingMode);
for (const x of [1, 1.5, 1.504, 100, 0, -2])
  p(() => [new Intl.NumberFormat('de', { trailingZeroDisplay: 'stripIfInteger', minimumFractionDigits: 2 }).format(x), new Intl.NumberFormat('en', { style: 'currency', currency: 'USD', trailingZeroDisplay: 'stripIfInteger' }).format(x), new Intl.NumberFormat('en', { trailingZeroDisplay: 'stripIfInteger', maximumSignificantDigits: 3, minimumSignificantDigits: 3 }).format(x), new Intl.NumberFormat('en', { style: 'percent', trailingZeroDisplay: 'stripIfInteger', minimumFractionDigits: 1 }).format(x)].join(' | '));
p(() => JSON.stringify(new Intl.NumberFormat('en', { style: 'currency', currency: 'USD', currencySign: 'accounting', trailingZeroDisplay: 'stripIfInteger', roundingMode: 'floor' }).resolvedOptions()));
