    // Intl's newer members: shapes, one call each (worker/builtins/intl_*.go).
    console.log(Object.getOwnPropertyNames(Intl).filter((k) => k !== 'v8BreakIterator' && k !== 'DurationFormat').join());
    for (const C of [Intl.Locale, Intl.DisplayNames, Intl.Segmenter]) {
      console.log(C.name, C.length, String(C), Object.prototype.toString.call(C.prototype), Object.getOwnPropertyNames(C).join(), Object.getOwnPropertyNames(C.prototype).join());
    }
    const l = new Intl.Locale('zh-TW', { calendar: 'roc', hourCycle: 'h12' });
    console.log(String(l), l.baseName, String(l.maximize()), String(l.minimize()), JSON.stringify(l.getWeekInfo()), JSON.stringify(l.getCalendars()));
    const dn = new Intl.DisplayNames('en', { type: 'language' });
    console.log(dn.of('en-GB'), dn.of('zh-Hant-TW'), new Intl.DisplayNames('de', { type: 'region' }).of('US'), new Intl.DisplayNames('ja', { type: 'currency' }).of('EUR'));
    const segs = new Intl.Segmenter('en', { granularity: 'word' }).segment("It's 3.14, OK?");
    console.log(JSON.stringify([...segs].map((s) => [s.segment, s.index, s.isWordLike])), JSON.stringify(segs.containing(6)));
    console.log(Intl.supportedValuesOf('calendar').length, Intl.supportedValuesOf('unit').slice(0, 3).join());
    console.log(new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'USD' }).formatRange(3, 5), new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).formatRange(0, 5 * 86400000), new Intl.PluralRules('de').selectRange(0, 1));
    for (const f of [() => new Intl.Locale(''), () => new Intl.DisplayNames('en'), () => new Intl.Segmenter('en', { granularity: 'line' }), () => Intl.supportedValuesOf('x'), () => new Intl.NumberFormat().formatRange(NaN, 1)]) {
      try { f(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
    }
