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
