// Intl.NumberFormat compactDisplay 'long' in the eight locales: plural forms,
// fr's bare 'mille', carries, parts and resolvedOptions.
const nums = [0, 5, 999, 1000, 1500, 2000, 2500, 12345, 100000, 999999, 1e6, 1.5e6, 2e6, 2.5e6, 21e6, 123456789, 1e9, 1.2e9, 1e12, 3.3e12, 1e15, 1e18, -1e6, -1500, 0.5];
for (const l of ['en', 'en-GB', 'de', 'fr', 'es', 'ja', 'zh', 'tr']) {
  console.log(l, nums.map((n) => new Intl.NumberFormat(l, { notation: 'compact', compactDisplay: 'long' }).format(n)).join(' ; '));
  console.log(l, nums.map((n) => new Intl.NumberFormat(l, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 }).format(n)).join(' ; '));
  console.log(l, JSON.stringify(new Intl.NumberFormat(l, { notation: 'compact', compactDisplay: 'long' }).formatToParts(-1.5e6)));
}
console.log(JSON.stringify(new Intl.NumberFormat('en', { notation: 'compact', compactDisplay: 'long' }).resolvedOptions()));
console.log(JSON.stringify(new Intl.NumberFormat('en', { compactDisplay: 'long' }).resolvedOptions().compactDisplay));
