const P = (...a) => console.log(...a);
const E = (f) => { try { return String(f()) } catch (e) { return e.constructor.name + ': ' + e.message } };
const D = Intl.DisplayNames;
P(D.length, D.name, Object.getOwnPropertyNames(D.prototype).join(), String(D.prototype[Symbol.toStringTag]), Object.getOwnPropertyNames(D).join(), D.prototype.of.length);
P(JSON.stringify(new D('en', {type: 'language'}).resolvedOptions()), JSON.stringify(new D('de', {type: 'region', style: 'short', fallback: 'none'}).resolvedOptions()), JSON.stringify(new D(['ja'], {type: 'language', languageDisplay: 'standard'}).resolvedOptions()),JSON.stringify(new D(['ja'], {type: 'currency'}).resolvedOptions()));
P(E(() => new D('en')), E(() => new D('en', {})), E(() => new D('en', null)), E(() => new D('en', 5)), E(() => new D('en', {type: 'x'})), E(() => D('en', {type: 'region'})), E(() => new D('en', {type: 'region', style: 'x'})), E(() => new D('en', {type: 'region', fallback: 'x'})), E(() => new D('en', {type: 'language', languageDisplay: 'x'})), E(() => new D('en', 'x')));
const r = new D('en', {type: 'region'});
P(E(() => r.of()), E(() => r.of('x')), E(() => r.of('ZZ')), E(() => r.of('zz')), E(() => r.of('us')), E(() => r.of('XA')), E(() => r.of('QO')), E(() => r.of('419')), E(() => r.of('999')), E(() => r.of('AAA')), E(() => r.of(Symbol())), E(() => r.of({toString(){return 'DE'}})), E(() => D.prototype.of.call({}, 'US')));
const rn = new D('en', {type: 'region', fallback: 'none'});
P(E(() => rn.of('XA')), E(() => rn.of('AA')), E(() => rn.of('ZZ')), E(() => rn.of('999')), E(() => rn.of('us')));
const lg = new D('en', {type: 'language'});
for (const t of ['en', 'en-US', 'en-GB', 'zh-Hans', 'zh-Hant-TW', 'zh-TW', 'de-AT', 'de-CH', 'fr-CA', 'es-419', 'es-MX', 'pt-BR', 'sr-Latn', 'sr-Latn-RS', 'en-Latn-US', 'und', 'xyz', 'EN-us', 'en-u-ca-gregory', 'en-US-posix', 'de-1996', 'en_US', 'root', 'x', 'nds-NL', 'ro-MD', 'ar-001', 'zh', 'ja-JP', 'tr-TR', 'qaa', 'iw', 'sh', 'zh-Hans-CN', 'en-Zzzz', 'en-ZZ', 'en-Qaaa', 'cmn', 'yue', 'tlh', 'i-klingon', 'en-x-foo', 'art-lojban']) P(t, '|', E(() => lg.of(t)), '|', E(() => new D('en', {type:'language', languageDisplay:'standard'}).of(t)), '|', E(() => new D('en', {type:'language', fallback:'none'}).of(t)), '|', E(() => new D('en', {type:'language', style:'short'}).of(t)), '|', E(() => new D('ja', {type:'language'}).of(t)), '|', E(() => new D('zh', {type:'language'}).of(t)), '|', E(() => new D('de', {type:'language', languageDisplay:'standard'}).of(t)));
const sc = new D('en', {type: 'script'});
P(E(() => sc.of('Latn')), E(() => sc.of('latn')), E(() => sc.of('LATN')), E(() => sc.of('Zzzz')), E(() => sc.of('Abcd')), E(() => sc.of('Lat')), E(() => sc.of('Hans')), E(() => new D('en', {type:'script', style:'short'}).of('Hans')), E(() => new D('en', {type:'script', fallback:'none'}).of('Abcd')));
const cu = new D('en', {type: 'currency'});
for (const st of ['long', 'short', 'narrow']) P(st, ['USD', 'usd', 'EUR', 'JPY', 'XYZ', 'XXX', 'GBP', 'CNY', 'TRY', 'US', 'USDD', 'BTC', 'XAU'].map(c => E(() => new D('en', {type:'currency', style: st}).of(c))).join('|'), ['USD','EUR','JPY','CNY'].map(c => E(() => new D('ja', {type:'currency', style: st}).of(c))).join('|'));
P(E(() => new D('en', {type:'currency', fallback:'none'}).of('XYZ')), E(() => new D('en', {type:'currency', fallback:'none'}).of('usd')));
const ca = new D('en', {type: 'calendar'});
P(['gregory','buddhist','japanese','islamic-civil','iso8601','roc','chinese','ethioaa','xyz','gregorian', 'Gregory', 'ab', 'islamicc'].map(c => E(() => ca.of(c))).join('|'));
const df = new D('en', {type: 'dateTimeField'});
P(['era','year','quarter','month','weekOfYear','weekday','day','dayPeriod','hour','minute','second','timeZoneName','x', 'Year'].map(c => E(() => df.of(c))).join('|'));
P(['era','year','quarter','month','weekOfYear','weekday','day','dayPeriod','hour','minute','second','timeZoneName'].map(c => E(() => new D('de', {type:'dateTimeField', style:'short'}).of(c))).join('|'));
P(['era','year','quarter','month','weekOfYear','weekday','day','dayPeriod','hour','minute','second','timeZoneName'].map(c => E(() => new D('ja', {type:'dateTimeField', style:'narrow'}).of(c))).join('|'));
P(E(() => JSON.stringify(new D('en', {type:'dateTimeField'}).resolvedOptions())), E(() => JSON.stringify(new D('en', {type:'calendar', languageDisplay:'standard'}).resolvedOptions())), E(() => JSON.stringify(new D('xx', {type:'region'}).resolvedOptions())), E(() => JSON.stringify(new D('de-AT', {type:'region'}).resolvedOptions())));
P(JSON.stringify(D.supportedLocalesOf(['en', 'ja', 'xx', 'de-AT'])));
{
  // Every two-letter region and language code, every three-letter currency
  // code (long: V8's short and narrow currency names are the long ones),
  // in the eight locales and three styles: a hash of the names.
  const A = 'abcdefghijklmnopqrstuvwxyz';
  const two = [], three = [];
  for (const a of A) for (const b of A) { two.push(a + b); for (const c of A) three.push(a + b + c); }
  const hash = (s) => { let h = 5381; for (let i = 0; i < s.length; i++) h = (h * 33 + s.charCodeAt(i)) >>> 0; return h; };
  for (const l of ['en', 'en-GB', 'de', 'fr', 'es', 'ja', 'zh', 'tr']) {
    const r = [];
    for (const style of ['long', 'short', 'narrow']) {
      const of = (type, c, extra) => String(new Intl.DisplayNames(l, { type, style, fallback: 'none', ...extra }).of(c));
      const reg = new Intl.DisplayNames(l, { type: 'region', style, fallback: 'none' });
      const lang = new Intl.DisplayNames(l, { type: 'language', style, fallback: 'none' });
      const std = new Intl.DisplayNames(l, { type: 'language', style, languageDisplay: 'standard' });
      const cur = new Intl.DisplayNames(l, { type: 'currency', style, fallback: 'none' });
      r.push(hash(two.map((c) => String(reg.of(c.toUpperCase()))).join('|')));
      r.push(hash(two.map((c) => String(lang.of(c))).join('|')));
      r.push(hash(['en-US', 'en-GB', 'zh-Hans', 'zh-Hant', 'pt-BR', 'es-419', 'de-CH', 'fr-CA', 'nl-BE', 'ar-001', 'ro-MD', 'sr-ME', 'my-MM', 'zh-Hant-HK', 'ja-Jpan-JP', 'ko-KR', 'ru-UA'].map((c) => lang.of(c) + '/' + std.of(c)).join('|')));
      if (style === 'long') r.push(hash(three.map((c) => String(cur.of(c))).join('|')));
      r.push(['Latn', 'Cyrl', 'Arab', 'Hans', 'Hant', 'Jpan', 'Kore', 'Deva', 'Grek', 'Hebr', 'Thai', 'Zzzz', 'Cans', 'Xsux'].map((c) => of('script', c)).join('/'));
      r.push(Intl.supportedValuesOf('calendar').map((c) => of('calendar', c)).join('/'));
      r.push(['era', 'year', 'quarter', 'month', 'weekOfYear', 'weekday', 'day', 'dayPeriod', 'hour', 'minute', 'second', 'timeZoneName'].map((c) => of('dateTimeField', c)).join('/'));
    }
    console.log(l, r.join(' ; '));
  }
  console.log(new Intl.DisplayNames('en', { type: 'currency' }).of('xyz'), new Intl.DisplayNames('en', { type: 'calendar' }).of('ISLAMIC-civil'), new Intl.DisplayNames('en', { type: 'language' }).of('und-US'), new Intl.DisplayNames('en', { type: 'language', fallback: 'none' }).of('und-US'));
}
