const P = (...a) => console.log(...a);
const E = (f) => { try { return String(f()) } catch (e) { return e.constructor.name + ': ' + e.message } };
const L = Intl.Locale;
P(L.length, L.name, Object.getOwnPropertyNames(L.prototype).join(), String(L.prototype[Symbol.toStringTag]), Object.getOwnPropertyNames(L).join());
const l = new L('en-Latn-US-u-ca-gregory-hc-h12-nu-latn-co-phonebk-kf-upper-kn-true');
for (const k of Object.getOwnPropertyNames(L.prototype)) { const d = Object.getOwnPropertyDescriptor(L.prototype, k); if (d.get) P(k, JSON.stringify(l[k])); else P(k, typeof d.value, d.value.length) }
for (const t of ['en', 'en-US', 'zh', 'zh-TW', 'zh-Hant', 'ja', 'de-AT', 'sr', 'und', 'und-CN', 'und-Arab', 'tr', 'es-419', 'fr-CA', 'pt', 'ar', 'en-GB', 'zh-Hans-CN', 'iw', 'in', 'en-Latn', 'aaa', 'hy-arevela', 'es-MX', 'ru', 'ko-KP', 'sh', 'no']) P(t, E(() => new L(t)), E(() => new L(t).maximize()), E(() => new L(t).minimize()), E(() => new L(t).baseName))
P(E(() => new L('en', { calendar: 'buddhist', hourCycle: 'h23', numberingSystem: 'arab', region: 'GB', script: 'Latn', language: 'fr', caseFirst: 'lower', numeric: true, collation: 'emoji' })));
P(E(() => new L('en-u-ca-gregory', { calendar: 'japanese' })));
P(E(() => new L()), E(() => new L(5)), E(() => new L('')), E(() => new L('x')), E(() => L('en')), E(() => new L('en', {hourCycle: 'h25'})), E(() => new L('en', {region: 'X'})), E(() => new L('en', {calendar: 'a'})));
P(E(() => new L(new L('de'))), E(() => new L({toString() { return 'ja' }})), E(() => new L(null)), E(() => new L(Symbol())));
P(E(() => L.prototype.toString.call({})), E(() => L.prototype.maximize.call(1)), E(() => Object.getOwnPropertyDescriptor(L.prototype, 'language').get.call({})));
P(JSON.stringify(new L('en')), E(() => new L('en').toJSON && 'toJSON'), String(new L('EN-latn-us')), E(() => new L('en-u-kn').numeric), E(() => new L('en-u-kn-false').numeric), E(() => new L('en').numeric), E(() => new L('en').caseFirst), E(() => new L('en').calendar));
const fns = ['getCalendars','getCollations','getHourCycles','getNumberingSystems','getTimeZones','getTextInfo','getWeekInfo'];
for (const t of ['en','en-GB','de','fr','es','ja','zh','tr','en-US']) P(t, fns.map(f => E(() => JSON.stringify(new L(t)[f] ? new L(t)[f]() : 'none'))).join(' ; '));
P(new L('en-US').maximize() instanceof L, E(() => new L('en', {language: 'en-US'})), E(() => new L('en', {script: 'Latin'})), E(() => new L('en', {numeric: 'false'}).numeric), E(() => new L('en',{firstDayOfWeek:'mon'}).toString()), E(() => new L('en-u-fw-mon').firstDayOfWeek));
P(E(() => new L('en-US-u-ca-buddhist-x-foo').baseName), E(() => new L('EN-us-POSIX')), E(() => new L('de-DE-1996').variants), E(() => new L('en-a-bbb-u-ca-gregory')), E(() => new L('en_US')));
P(Object.getOwnPropertyNames(new L('en')).length, Object.prototype.toString.call(new L('en')));
console.log(['cmn','mo','tl','no','nb','zh-min-nan','hy-arevela','aar','eng','en-UK','de-DD','und-SU','ja-Latn-hepburn-heploc','sgn-DE', 'zh-cmn', 'zh-guoyu','en-Latn','zh-Hans','sr-Cyrl','iw-IL','ji','jw','tw','bh','kw','swc','yue','zh-yue','en-BU','und-ZR','ar-AAA','x-foo','en-u-ca','en-u-ca-gregory-ca-buddhist','en-u-nu-thai-ca-roc','en-u-foo-ca-roc','en-t-de','en-a-x-b','en-1234-1234','en-abcde-ABCDE','de-1996-1901','root','EN-U-CA-JAPANESE','en-u-kn-yes','en-u-ks-level1','en-u-ca-islamicc','en-u-tz-usnyc','en-u-rg-gbzzzz','en-u-ms-imperial'].map(t => t + '=' + E(() => new Intl.Locale(t)) + '/' + E(()=>Intl.getCanonicalLocales(t)[0])).join('\n'));
for (const k of ['calendar','collation','currency','numberingSystem','timeZone','unit']) console.log(k, JSON.stringify(Intl.supportedValuesOf(k)));
try { Intl.supportedValuesOf('x') } catch (e) { console.log(e.constructor.name + ': ' + e.message) }
try { Intl.supportedValuesOf() } catch (e) { console.log(e.constructor.name + ': ' + e.message) }
try { Intl.supportedValuesOf(Symbol()) } catch (e) { console.log(e.constructor.name + ': ' + e.message) }
console.log(Intl.supportedValuesOf('calendar') === Intl.supportedValuesOf('calendar'));
console.log(Intl.supportedValuesOf.length, Intl.supportedValuesOf.name, Object.getOwnPropertyDescriptor(Intl, 'supportedValuesOf').enumerable);
{
const tags = ['en-US-u-ca-gregory-nu-latn', 'de-CH-1996', 'sl-rozaj-biske-1994', 'zh-Hant-HK', 'zh-HK', 'zh-MO', 'zh-SG', 'yue-HK', 'yue', 'pa-PK', 'pa', 'az-IR', 'az-Arab', 'uz-AF', 'ms-Arab', 'mn-CN', 'sr-ME', 'sr-Latn-ME', 'ha-NE', 'ku', 'ky', 'tg', 'en-001', 'en-150', 'es-419', 'pt-PT', 'pt-AO', 'fr-BE', 'nl-BE', 'ca-ES-valencia', 'en-t-ja', 'en-t-ja-jpan', 'ja-t-it-m0-xyz', 'en-x-private', 'en-US-x-twain', 'de-u-co-phonebk-ka-shifted', 'th-u-nu-thai', 'ar-u-nu-arab', 'hi-u-nu-deva', 'fa', 'he', 'ur', 'ps', 'sd', 'ug', 'dv', 'yi', 'ckb', 'ks', 'ar-MA', 'ar-SA', 'fa-AF', 'en-IN', 'en-CA', 'fr-CA', 'en-AU', 'ko', 'ko-KR', 'vi', 'th', 'id', 'hi', 'bn', 'ta', 'te', 'mr', 'gu', 'kn', 'ml', 'si', 'km', 'lo', 'my', 'am', 'ti', 'ka', 'hy', 'el', 'ru', 'uk', 'be', 'bg', 'mk', 'kk', 'und-Latn', 'und-Cyrl', 'und-Hant', 'und-Hans', 'und-Jpan', 'und-Kore', 'und-Deva', 'und-Thai', 'und-TW', 'und-JP', 'und-DE', 'und-419', 'und-150', 'und-AQ', 'en-Cyrl', 'ru-Latn', 'ja-Latn', 'zh-Latn'];
for (const t of tags) {
  const l = E(() => new Intl.Locale(t));
  let o = E(() => { const x = new Intl.Locale(t); return [x.maximize(), x.minimize(), JSON.stringify(x.getCalendars()), JSON.stringify(x.getCollations()), JSON.stringify(x.getHourCycles()), JSON.stringify(x.getNumberingSystems()), JSON.stringify(x.getTimeZones()), JSON.stringify(x.getTextInfo()), JSON.stringify(x.getWeekInfo())].join(' ') });
  console.log(t, l, o);
}
}
{
console.log(E(() => JSON.stringify(new Intl.Locale('en-US-u-rg-thzzzz').getCalendars())), E(() => JSON.stringify(new Intl.Locale('en-u-sd-th10').getCalendars())), E(() => JSON.stringify(new Intl.Locale('en-US-u-rg-dezzzz').getWeekInfo())), E(() => JSON.stringify(new Intl.Locale('en-US-u-rg-gbzzzz').getHourCycles())));
console.log(E(() => new Intl.Locale('en', {variants: ''})), E(() => new Intl.Locale('en', {variants: 'spanglis'})), E(() => new Intl.Locale('en-fonipa', {variants: 'spanglis-1996'})), E(() => new Intl.Locale('en', {variants: 'a'})), E(() => new Intl.Locale('en', {variants: 'spanglis-spanglis'})));
console.log(E(() => new Intl.Locale('de-t-en-emodeng-emodeng')), E(() => new Intl.Locale('en-t-en-latn-latn')), E(() => new Intl.Locale('pt-u-attr2-attr1-ca-gregory')), E(() => Intl.getCanonicalLocales('de-t-en-emodeng-emodeng')));
}
{
for (const C of ['Segmenter', 'DisplayNames', 'NumberFormat', 'Collator']) console.log(C, E(() => Intl[C].supportedLocalesOf('en', {localeMatcher: 'x'})), E(() => Intl[C].supportedLocalesOf('en', null)), E(() => Intl[C].supportedLocalesOf('en', {localeMatcher: 'lookup'})), E(() => Intl[C].supportedLocalesOf('en', 5)));
}
