const esc = (s) => String(s).replace(/[^\x20-\x7e]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
for (const l of ['en', 'en-GB', 'de', 'fr', 'es', 'ja', 'zh', 'tr']) {
  const r = [];
  for (const type of ['conjunction', 'disjunction', 'unit']) for (const style of ['long', 'short', 'narrow']) {
    const f = new Intl.ListFormat(l, { type, style });
    r.push(type[0] + style[0] + ':' + [[], ['a'], ['a', 'b'], ['a', 'b', 'c'], ['a', 'b', 'c', 'd']].map((x) => f.format(x)).join('|'));
  }
  console.log(l, esc(r.join(' ; ')));
}
console.log(JSON.stringify(new Intl.ListFormat('en').formatToParts(['x', 'y'])), JSON.stringify(new Intl.ListFormat('de').resolvedOptions()), Object.getOwnPropertyNames(Intl.ListFormat.prototype).join(), Intl.ListFormat.length);
try { new Intl.ListFormat('en').format([1]) } catch (e) { console.log(e.constructor.name + ': ' + e.message) }
try { Intl.ListFormat() } catch (e) { console.log(e.constructor.name + ': ' + e.message) }
try { new Intl.ListFormat('en', {type: 'x'}) } catch (e) { console.log(e.constructor.name + ': ' + e.message) }
