{
const L = ['en', 'en-US', 'en-GB', 'de', 'fr', 'es', 'ja', 'zh', 'tr'];
const show = (s) => JSON.stringify(s);
for (const l of L) {
  const r = [];
  r.push(new Intl.NumberFormat(l).format(1234567.891));
  r.push(new Intl.NumberFormat(l).format(1234));
  r.push(new Intl.NumberFormat(l).format(-0.5));
  r.push(new Intl.NumberFormat(l, { style: 'percent' }).format(0.256));
  r.push(new Intl.NumberFormat(l, { style: 'percent', maximumFractionDigits: 1 }).format(-0.2567));
  for (const c of ['USD', 'EUR', 'JPY', 'GBP', 'CNY', 'TRY']) r.push(new Intl.NumberFormat(l, { style: 'currency', currency: c }).format(-1234.5));
  r.push(new Intl.NumberFormat(l, { notation: 'compact' }).format(1234));
  r.push(new Intl.NumberFormat(l, { notation: 'compact' }).format(1234567));
  r.push(new Intl.NumberFormat(l, { notation: 'compact' }).format(1.5e9));
  r.push(new Intl.NumberFormat(l, { notation: 'compact' }).format(15e11));
  r.push((12345.678).toLocaleString(l));
  r.push(new Intl.NumberFormat(l, { minimumFractionDigits: 2 }).format(1));
  r.push(new Intl.NumberFormat(l).format(NaN) + ' ' + new Intl.NumberFormat(l).format(-Infinity));
  r.push(new Intl.PluralRules(l).select(1) + new Intl.PluralRules(l).select(0) + new Intl.PluralRules(l).select(2) + new Intl.PluralRules(l).select(1.5));
  console.log(l, show(r));
}
console.log(show(new Intl.NumberFormat().resolvedOptions()));
console.log(show(new Intl.NumberFormat('de', {style:'currency', currency:'EUR'}).resolvedOptions()));
console.log(show(new Intl.NumberFormat('en', {maximumSignificantDigits: 3}).format(123456)));
console.log(show(new Intl.NumberFormat('en', {currency: 'USD', style: 'currency', currencyDisplay: 'code'}).format(1)));
console.log(show(new Intl.NumberFormat('en', {signDisplay: 'always'}).format(1)));
console.log(show(new Intl.NumberFormat('en', {useGrouping: false}).format(12345)));
console.log(show(new Intl.NumberFormat('en').formatToParts(-1234.5)));
console.log(show([Intl.NumberFormat.length, Intl.NumberFormat.name, Object.prototype.toString.call(new Intl.NumberFormat()), Object.getOwnPropertyNames(Intl).join()]));
try { new Intl.NumberFormat('en', {style: 'currency'}) } catch (e) { console.log(e.constructor.name + ': ' + e.message) }
try { new Intl.NumberFormat('xx-invalid-!!') } catch (e) { console.log(e.constructor.name + ': ' + e.message) }
try { new Intl.NumberFormat('en', {maximumFractionDigits: 200}) } catch (e) { console.log(e.constructor.name + ': ' + e.message) }
console.log(show([(1234.5).toLocaleString(), (1234.5).toLocaleString('de-DE'), (0.000001234).toLocaleString('en'), (1e21).toLocaleString('en'), (123.456).toLocaleString('en', {maximumFractionDigits: 0})]));
console.log(show(Intl.NumberFormat.supportedLocalesOf(['de', 'xx'])));
console.log(show(new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).format(12345678.9)));
console.log(show(new Intl.NumberFormat('en').format(1234567890123456789)));
console.log(show(new Intl.NumberFormat('en').format(0.1 + 0.2)));
console.log(show(new Intl.NumberFormat('en').format(1.0005)));
console.log(show(new Intl.NumberFormat('en').format(2.0005)));
console.log(show(new Intl.NumberFormat('en').format(-0)));
console.log(show(new Intl.NumberFormat('en').format(10n ** 20n)));
console.log(show(new Intl.NumberFormat('en').format('1234.5')));
}
{
const esc = (s) => s.replace(/[^\x20-\x7e]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
for (const l of ['de', 'fr', 'es', 'tr', 'ja', 'zh', 'en-GB']) {
  console.log(l, esc([new Intl.NumberFormat(l).format(1234567.5), new Intl.NumberFormat(l, { style: 'percent' }).format(0.25), new Intl.NumberFormat(l, { style: 'currency', currency: 'EUR' }).format(-1234.5), new Intl.NumberFormat(l, { style: 'currency', currency: 'USD' }).format(1234.5), new Intl.NumberFormat(l, { notation: 'compact' }).format(1234567), new Intl.NumberFormat(l, { notation: 'compact' }).format(12345), new Intl.NumberFormat(l, { notation: 'compact' }).format(123456)].join(' | ')));
}
console.log(esc([new Intl.NumberFormat('en', { notation: 'compact' }).format(999999), new Intl.NumberFormat('en', { notation: 'compact' }).format(12345), new Intl.NumberFormat('en', { notation: 'compact' }).format(123456), new Intl.NumberFormat('en', { notation: 'compact' }).format(999), new Intl.NumberFormat('en', { notation: 'compact' }).format(1000), new Intl.NumberFormat('en', { notation: 'compact' }).format(-1500)].join(' | ')));
console.log(esc(['es 12345', new Intl.NumberFormat('es').format(12345), new Intl.NumberFormat('es').format(1234.5), new Intl.NumberFormat('pl').format(1234)].join(' | ')));
}
{
const esc = (s) => String(s).replace(/[^\x20-\x7e]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
const out = [];
for (const l of ['en', 'en-GB', 'de', 'fr', 'es', 'ja', 'zh', 'tr']) {
  const c = (n) => new Intl.NumberFormat(l, { notation: 'compact' }).format(n);
  out.push(l + ' ' + esc([1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16].map(c).join(' | ')));
  out.push(l + ' cur ' + esc(['USD','EUR','JPY','GBP','CNY','TRY','CHF','INR','KRW','CAD','AUD'].map((cur) => new Intl.NumberFormat(l, { style: 'currency', currency: cur }).format(1)).join(' | ')));
  out.push(l + ' code ' + esc(new Intl.NumberFormat(l, { style: 'currency', currency: 'USD', currencyDisplay: 'code' }).format(-1)));
  out.push(l + ' resolved ' + new Intl.NumberFormat(l).resolvedOptions().locale);
}
console.log(out.join('\n'));
console.log(['de-DE', 'fr-FR', 'en-US', 'EN-gb', 'zh-CN', 'zh-Hans-CN', 'ja-JP', 'tr-TR', 'es-ES', 'es-MX', 'pt-BR', 'und', 'de-CH'].map((t) => t + '>' + new Intl.NumberFormat(t).resolvedOptions().locale + '>' + new Intl.NumberFormat(t).format(1234.5)).join(' ; '));
}
{
console.log(JSON.stringify(new Intl.PluralRules('fr').resolvedOptions()));
console.log(JSON.stringify(new Intl.PluralRules('en', {type: 'ordinal'}).resolvedOptions()));
console.log(JSON.stringify(new Intl.NumberFormat('en', {notation: 'compact'}).resolvedOptions()));
console.log(JSON.stringify(new Intl.NumberFormat('en', {maximumSignificantDigits: 3}).resolvedOptions()));
console.log(JSON.stringify(new Intl.NumberFormat('en', {style: 'percent'}).resolvedOptions()));
console.log([1e6, 2e6, 1000000.5, 0, 1, 1.5, 2].map((n) => new Intl.PluralRules('fr').select(n)).join());
console.log([0, 1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map((n) => new Intl.PluralRules('en', {type: 'ordinal'}).select(n)).join());
console.log([1e6, 1].map((n) => new Intl.PluralRules('es').select(n)).join());
console.log(Object.getOwnPropertyNames(Intl.NumberFormat.prototype).join(), Object.keys(Object.getOwnPropertyDescriptor(Intl.NumberFormat.prototype, 'format')).join(), Object.getOwnPropertyDescriptor(Intl.NumberFormat.prototype, 'format').get.name);
const f = new Intl.NumberFormat('en').format; console.log(f(1234), f.name, f.length);
console.log(Object.getOwnPropertyNames(Intl.PluralRules.prototype).join(), Intl.PluralRules.length, Object.prototype.toString.call(Intl), Intl.getCanonicalLocales(['EN-us', 'de']).join());
try { Intl.PluralRules() } catch (e) { console.log(e.constructor.name + ': ' + e.message) }
try { Intl.NumberFormat.prototype.format } catch (e) { console.log(e.constructor.name + ': ' + e.message) }
try { new Intl.NumberFormat('en', {style: 'bogus'}) } catch (e) { console.log(e.constructor.name + ': ' + e.message) }
try { new Intl.NumberFormat('en', {style: 'currency', currency: 'US'}) } catch (e) { console.log(e.constructor.name + ': ' + e.message) }
try { Intl.getCanonicalLocales('en_US') } catch (e) { console.log(e.constructor.name + ': ' + e.message) }
console.log(Intl.NumberFormat() instanceof Intl.NumberFormat, new Intl.NumberFormat('en', {style:'currency', currency:'usd'}).resolvedOptions().currency);
console.log([(1.005).toFixed(2), new Intl.NumberFormat('en', {maximumFractionDigits: 2}).format(1.005), new Intl.NumberFormat('en', {maximumFractionDigits: 0}).format(2.5), new Intl.NumberFormat('en', {maximumFractionDigits: 0}).format(-2.5), new Intl.NumberFormat('en', {minimumIntegerDigits: 3}).format(5), new Intl.NumberFormat('en', {signDisplay: 'exceptZero'}).format(0), new Intl.NumberFormat('en', {signDisplay: 'never'}).format(-5), new Intl.NumberFormat('en').format(1e-7), new Intl.NumberFormat('en', {maximumSignificantDigits: 2}).format(0.001234)].join(' | '));
}
