// Intl.NumberFormat style 'unit': every sanctioned unit and the common
// compound ones, in three displays, with plural forms, signs, compact
// notation, formatToParts, resolvedOptions and the errors.
const units = ['acre', 'bit', 'byte', 'celsius', 'centimeter', 'day', 'degree', 'fahrenheit', 'fluid-ounce', 'foot', 'gallon', 'gigabit', 'gigabyte', 'gram', 'hectare', 'hour', 'inch', 'kilobit', 'kilobyte', 'kilogram', 'kilometer', 'liter', 'megabit', 'megabyte', 'meter', 'microsecond', 'mile', 'mile-scandinavian', 'milliliter', 'millimeter', 'millisecond', 'minute', 'month', 'nanosecond', 'ounce', 'percent', 'petabyte', 'pound', 'second', 'stone', 'terabit', 'terabyte', 'week', 'yard', 'year', 'kilometer-per-hour', 'mile-per-hour', 'meter-per-second', 'liter-per-kilometer', 'mile-per-gallon', 'byte-per-second', 'kilobyte-per-second', 'megabyte-per-second', 'gigabyte-per-second', 'kilobit-per-second', 'megabit-per-second', 'gigabit-per-second'];
const nums = [1, 2, 0, -1, 1.5, 1234.5, 1e6];
for (const l of ['en', 'en-GB', 'de', 'fr', 'es', 'ja', 'zh', 'tr']) {
  for (const u of units) {
    const row = [];
    for (const unitDisplay of ['short', 'long', 'narrow']) {
      const f = new Intl.NumberFormat(l, { style: 'unit', unit: u, unitDisplay });
      row.push(nums.map((n) => f.format(n)).join(' ; '));
    }
    console.log(l, u, row.join(' | '));
  }
  console.log(l, JSON.stringify(new Intl.NumberFormat(l, { style: 'unit', unit: 'kilobyte', unitDisplay: 'long' }).formatToParts(-1234.5)));
  console.log(l, new Intl.NumberFormat(l, { style: 'unit', unit: 'megabyte', notation: 'compact' }).format(1234567), new Intl.NumberFormat(l, { style: 'unit', unit: 'day', unitDisplay: 'long', minimumFractionDigits: 1 }).format(1), new Intl.NumberFormat(l, { style: 'unit', unit: 'hour', signDisplay: 'always', maximumFractionDigits: 0 }).format(2.5));
}
console.log(JSON.stringify(new Intl.NumberFormat('en', { style: 'unit', unit: 'liter' }).resolvedOptions()));
console.log(JSON.stringify(new Intl.NumberFormat('de', { unit: 'kilobyte', unitDisplay: 'long' }).resolvedOptions()));
for (const o of [{ style: 'unit' }, { style: 'unit', unit: 'xyz' }, { style: 'unit', unit: 'KILOBYTE' }, { unit: 'bogus' }, { style: 'unit', unit: 'kilobyte', unitDisplay: 'bogus' }, { style: 'unit', unit: 'kilobyte-per-' }, { style: 'unit', unit: '-per-second' }]) {
  try { new Intl.NumberFormat('en', o); console.log(JSON.stringify(o), 'ok'); } catch (e) { console.log(JSON.stringify(o), e.constructor.name + ': ' + e.message); }
}
console.log((1024).toLocaleString('en', { style: 'unit', unit: 'megabyte', unitDisplay: 'narrow' }), (3).toLocaleString('fr', { style: 'unit', unit: 'second', unitDisplay: 'long' }));
console.log(['es', 'fr', 'de', 'en'].map((l) => [1, 1.0001, 2, 1e6, 1.5].map((n) => new Intl.PluralRules(l, { minimumFractionDigits: 1 }).select(n)).join()).join(' | '));
