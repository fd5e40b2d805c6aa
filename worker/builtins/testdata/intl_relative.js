const r = [];
for (const l of ['en', 'en-GB', 'de', 'fr', 'es', 'ja', 'zh', 'tr']) {
  for (const style of ['long', 'short']) for (const numeric of ['always', 'auto']) {
    const f = new Intl.RelativeTimeFormat(l, { style, numeric });
    r.push(l + ' ' + style + ' ' + numeric + ': ' + [[-1, 'day'], [1, 'day'], [0, 'day'], [2, 'days'], [-3, 'hours'], [1, 'month'], [-1, 'year'], [10, 'seconds'], [-0, 'minute'], [1.5, 'week'], [1000, 'day'], [-2, 'day'], [1, 'quarter']].map(([n, u]) => f.format(n, u)).join(' | '));
  }
}
r.push(JSON.stringify(new Intl.RelativeTimeFormat('en').formatToParts(-1234.5, 'day')));
r.push(JSON.stringify(new Intl.RelativeTimeFormat('de', { numeric: 'auto' }).resolvedOptions()));
r.push(Object.getOwnPropertyNames(Intl.RelativeTimeFormat.prototype).join() + ' ' + Intl.RelativeTimeFormat.length);
for (const bad of [() => new Intl.RelativeTimeFormat('en').format(1, 'fortnight'), () => new Intl.RelativeTimeFormat('en').format(NaN, 'day'), () => Intl.RelativeTimeFormat(), () => new Intl.RelativeTimeFormat('en', { style: 'x' })]) {
  try { bad() } catch (e) { r.push(e.constructor.name + ': ' + e.message) }
}
console.log(r.join('\n'));
