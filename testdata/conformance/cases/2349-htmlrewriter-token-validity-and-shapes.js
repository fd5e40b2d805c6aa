// config: date=2026-11-01 flags=nodejs_compat
// HTMLRewriter: token-validity-and-shapes (recorded from workerd).
let saved = {};
const dd = o => Object.getOwnPropertyNames(o).map(k => { const d = Object.getOwnPropertyDescriptor(o, k); return k + ':' + ('value' in d ? 'v' + (d.writable ? 'w' : '') : (d.get ? 'g' : '') + (d.set ? 's' : '')) + (d.enumerable ? 'e' : '') + (d.configurable ? 'c' : ''); }).join(',');
const out = await new HTMLRewriter().on('p', {
  element(e) { saved.e = e; console.log('el', dd(e)); const it = e.attributes; console.log('it', Object.prototype.toString.call(it), typeof it.next, dd(Object.getPrototypeOf(it)), JSON.stringify(it.next()), JSON.stringify([...e.attributes])); e.onEndTag(t => { saved.t = t; console.log('end', dd(t)); }); },
  text(t) { saved.x = t; console.log('tx', dd(t)); },
  comments(c) { saved.c = c; console.log('cm', dd(c)); },
}).onDocument({ doctype(d) { saved.d = d; console.log('dt', dd(d)); }, end(d) { saved.de = d; console.log('de', dd(d)); } }).transform(new Response('<!doctype html><p a=1 B=2>x<!--c--></p>')).text();
console.log(out);
for (const [k, f] of [['e.tagName', () => saved.e.tagName], ['e.before', () => saved.e.before('x')], ['e.getAttribute', () => saved.e.getAttribute('a')], ['t.text', () => saved.x.text], ['t.before', () => saved.x.before('y')], ['c.text', () => saved.c.text], ['d.name', () => saved.d.name], ['de.append', () => saved.de.append('z')], ['end.name', () => saved.t.name]]) {
  try { console.log(k, String(f())); } catch (e) { console.log(k, e.constructor.name + ': ' + e.message); }
}
try { new HTMLRewriter().on('p', { element(e) { e.before(1); e.before({}); e.before(); } }).transform(new Response('<p>')).text().then(t => console.log('ok', t), e => console.log('rej', e.message)); } catch (e) { console.log(e.message); }
await new Promise(r => setTimeout(r, 10));
await new HTMLRewriter().on('p', { element(e) { e.before('x', { html: 1 }); e.setAttribute('z'); } }).transform(new Response('<p>')).text().then(t => console.log('ok', t), e => console.log('rej', e.message));
await new HTMLRewriter().on('p', { element(e) { e.setAttribute(); } }).transform(new Response('<p>')).text().then(t => console.log('ok', t), e => console.log('rej', e.message));
await new HTMLRewriter().on('p', { element(e) { console.log(e.getAttribute('A'), e.hasAttribute('b'), e.getAttribute()); e.tagName = ''; } }).transform(new Response('<p a=1 B=2>')).text().then(t => console.log('ok', t), e => console.log('rej', e.message));
