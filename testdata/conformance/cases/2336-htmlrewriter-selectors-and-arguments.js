// config: date=2026-11-01 flags=nodejs_compat
// HTMLRewriter: selectors-and-arguments (recorded from workerd).
const run = async (html, sel, h) => { try { return await new HTMLRewriter().on(sel, h).transform(new Response(html)).text(); } catch (e) { return 'ERR ' + e.constructor.name + ': ' + e.message; } };
for (const s of ['p + q', 'p ~ q', 'p > q', 'p q', 'p:hover', 'p::before', 'p:nth-child(2n+1)', 'p:first-child', 'p:last-child', 'p:nth-of-type(2)', 'p:first-of-type', 'p:not(.a)', 'p:not(.a .b)', '[a=b]', '[a~=b]', '[a|=b]', '[a^=b]', '[a$=b]', '[a*=b]', '[a=b i]', '[a=b s]', '', '  ', 'p,q', '#', '.', '[', 'p)', '*|p', 'ns|p', 'p:nth-child(odd)', 'p:nth-child(even)', 'p:only-child', 'p:empty', 'P', 'p:is(q)', 'p:has(q)', ':root', 'p >> q', '>p']) {
  try { new HTMLRewriter().on(s, {}); console.log(JSON.stringify(s), 'ok'); } catch (e) { console.log(JSON.stringify(s), e.constructor.name + ': ' + e.message); }
}
const r = new HTMLRewriter();
console.log(r.on('p', {}) === r, r.onDocument({}) === r);
for (const bad of [undefined, null, 1, 'x', () => {}]) { try { new HTMLRewriter().on('p', bad); console.log('handler', typeof bad, 'ok'); } catch (e) { console.log('handler', String(bad), e.constructor.name + ': ' + e.message); } }
try { new HTMLRewriter().on('p', { element: 1 }); console.log('el 1 ok'); } catch (e) { console.log('el 1', e.message); }
try { new HTMLRewriter().on(); } catch (e) { console.log('on()', e.message); }
try { new HTMLRewriter().transform('x'); } catch (e) { console.log('transform str', e.constructor.name + ': ' + e.message); }
try { new HTMLRewriter().transform(); } catch (e) { console.log('transform none', e.constructor.name + ': ' + e.message); }
try { HTMLRewriter(); } catch (e) { console.log('call', e.message); }
console.log(HTMLRewriter.length, Object.getOwnPropertyNames(HTMLRewriter.prototype).join());
const res = new HTMLRewriter().transform(new Response('<p>x</p>', { status: 201, headers: { 'content-type': 'text/html', 'content-length': '8', 'x-a': 'b' } }));
console.log(res.status, [...res.headers].join(' '), res instanceof Response, res.bodyUsed);
console.log(await run('<p>a<p>b</p>', 'p p', { element(e) { console.log('nested p!'); } }));
console.log(await run('<ul><li>a<li>b</ul>', 'li li', { element(e) { console.log('nested li!'); } }));
console.log(await run('<div><span>a</div>b</span>', 'div span', { text(t) { console.log('t', JSON.stringify(t.text)); } }));
