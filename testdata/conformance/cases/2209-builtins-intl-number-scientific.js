// Intl.NumberFormat notation scientific and engineering (mantissa rounding and
// carries, exponent parts, styles), and significant digits of zero.
const nums = [1234567, 0, -0, 0.00012, -98765.4321, 1, 9.9996, 99999, 999999.9, 1e21, 1.5e-10, 123, 12345, 0.5, 100, 1000, 5e-324, 1.7976931348623157e308, NaN, -Infinity];
for (const l of ['en', 'de', 'fr', 'ja', 'tr']) for (const notation of ['scientific', 'engineering']) {
  for (const o of [{}, { maximumFractionDigits: 1 }, { maximumSignificantDigits: 2 }, { minimumFractionDigits: 2 }, { style: 'percent' }, { style: 'currency', currency: 'EUR' }, { signDisplay: 'always' }, { useGrouping: true, minimumIntegerDigits: 3 }])
    console.log(l, notation, JSON.stringify(o), nums.map((n) => new Intl.NumberFormat(l, { notation, ...o }).format(n)).join(' ; '));
}
console.log(JSON.stringify(new Intl.NumberFormat('en', { notation: 'scientific' }).formatToParts(-0.00012)));
console.log(JSON.stringify(new Intl.NumberFormat('de', { notation: 'engineering' }).resolvedOptions()));
console.log(new Intl.NumberFormat('en', { notation: 'scientific' }).format(12345678901234567890n));
{
for (const o of [{ maximumSignificantDigits: 2 }, { minimumSignificantDigits: 3 }, { minimumSignificantDigits: 1, maximumSignificantDigits: 3 }, { minimumSignificantDigits: 2 }]) console.log(JSON.stringify(o), [0, -0, 0.001, 5, 0.5].map((n) => new Intl.NumberFormat('en', o).format(n)).join(' ; '));
}
