// Intl.NumberFormat's currencies: symbols, narrow symbols, codes and names
// (plural forms, signs, unknown codes) for many currencies, V8's fraction digits.
const codes = ['USD', 'EUR', 'JPY', 'GBP', 'CNY', 'TRY', 'CHF', 'INR', 'KRW', 'CAD', 'AUD', 'BRL', 'MXN', 'SEK', 'NOK', 'PLN', 'HUF', 'CZK', 'RUB', 'ZAR', 'HKD', 'SGD', 'TWD', 'THB', 'IDR', 'ILS', 'KWD', 'BHD', 'CLP', 'VND', 'NGN', 'EGP', 'XAF', 'XYZ', 'BTC'];
for (const l of ['en', 'en-GB', 'de', 'fr', 'es', 'ja', 'zh', 'tr']) {
  for (const currencyDisplay of ['symbol', 'narrowSymbol', 'code', 'name']) {
    try { console.log(l, currencyDisplay, codes.map((c) => [1, -2.5, 1234567.891].map((n) => new Intl.NumberFormat(l, { style: 'currency', currency: c, currencyDisplay }).format(n)).join(' / ')).join(' ; ')); } catch (e) { console.log(l, currencyDisplay, e.constructor.name + ': ' + e.message); }
  }
  console.log(l, JSON.stringify(new Intl.NumberFormat(l, { style: 'currency', currency: 'EUR', currencyDisplay: 'name' }).formatToParts(-1)));
  console.log(l, new Intl.NumberFormat(l, { style: 'currency', currency: 'USD', currencyDisplay: 'name', maximumFractionDigits: 0 }).format(1));
}
console.log(JSON.stringify(new Intl.NumberFormat('en', { style: 'currency', currency: 'HUF' }).resolvedOptions()));
