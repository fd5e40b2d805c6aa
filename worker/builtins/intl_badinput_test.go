package builtins

import "testing"

// TestIntlBadInputNeverPanics calls every function of Intl.Locale,
// Intl.DisplayNames, Intl.Segmenter (with its Segments and iterator),
// Intl.supportedValuesOf and the formatRange methods with receivers and
// arguments of every type: each call returns or throws a JS error, never a
// Go panic.
func TestIntlBadInputNeverPanics(t *testing.T) {
	src := `
	const segs = new Intl.Segmenter('en', { granularity: 'word' }).segment('a b');
	const holders = {
		Intl, 'Intl.Locale': Intl.Locale, 'Intl.Locale.prototype': Intl.Locale.prototype,
		'Intl.DisplayNames': Intl.DisplayNames, 'Intl.DisplayNames.prototype': Intl.DisplayNames.prototype,
		'Intl.Segmenter': Intl.Segmenter, 'Intl.Segmenter.prototype': Intl.Segmenter.prototype,
		'Segments': Object.getPrototypeOf(segs), 'SegmentIterator': Object.getPrototypeOf(segs[Symbol.iterator]()),
		'Intl.NumberFormat.prototype': Intl.NumberFormat.prototype, 'Intl.DateTimeFormat.prototype': Intl.DateTimeFormat.prototype,
	};
	const receivers = [undefined, 'x', new Intl.Locale('en'), new Intl.DisplayNames('en', { type: 'language' }),
		new Intl.DisplayNames('en', { type: 'currency' }), new Intl.Segmenter('ja'), segs, segs[Symbol.iterator](),
		new Intl.NumberFormat('de', { style: 'currency', currency: 'EUR' }), new Intl.DateTimeFormat('fr', { dateStyle: 'medium', timeStyle: 'short' })];
	const hostile = { valueOf() { throw new Error('valueOf') }, toString() { throw new Error('toString') } };
	const values = [undefined, null, true, 0, -1, -0, NaN, Infinity, 2 ** 53, 1e300, 'x', '', '\uD800', '\uD800a\uDC00', 'und', 'en-u-ca', 'x-a',
		'zh-Hant-TW', 'de-1996-1996', 'a'.repeat(9), Symbol('s'), 10n, {}, [], ['en', 5], () => 1, new Date(NaN), hostile,
		{ type: 'language' }, { type: 'region', style: 'narrow', fallback: 'none' }, { granularity: 'sentence' },
		{ calendar: 'x', hourCycle: 'h11', numeric: hostile }, { language: 'iw', region: '419' }, 'calendar', 'timeZone', 'Latn', 'US', 'USD'];
	let calls = 0;
	for (const [hname, h] of Object.entries(holders)) {
		for (const k of Reflect.ownKeys(h)) {
			const d = Object.getOwnPropertyDescriptor(h, k);
			for (const f of [d.value, d.get, d.set].filter((f) => typeof f === 'function')) {
				for (const self of [h, ...receivers]) {
					for (const a of values) {
						for (const args of [[a], [a, a], ['en', a], [a, 5]]) {
							calls++; trace(hname, String(k));
							try { Reflect.apply(f, self, args) } catch (e) {}
							try { if (typeof f.prototype === 'object') Reflect.construct(f, args) } catch (e) {}
						}
					}
				}
			}
		}
	}
	print(calls > 10000);
	`
	runCallsWithoutPanic(t, src)
}
