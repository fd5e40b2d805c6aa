// config: date=2026-11-01 flags=nodejs_compat
// HTMLRewriter: mutations-and-end-tags (recorded from workerd).
const go = async (body, build) => { const log = []; let out; try { out = await build(new HTMLRewriter(), log).transform(body instanceof Response ? body : new Response(body)).text(); } catch (e) { out = 'ERR ' + e.constructor.name + ': ' + e.message; } console.log(JSON.stringify(out), '::', log.join(' | ')); };
const all = (tag) => ({ element(e) { e.before('[' + tag + 'B]'); e.prepend('[' + tag + 'P]'); e.append('[' + tag + 'A]'); e.after('[' + tag + 'F]'); e.onEndTag(t => { t.before('[' + tag + 'eB]'); t.after('[' + tag + 'eF]'); }); } });
await go('<div><p>a</div>b', r => r.on('div', all('d')).on('p', all('p')));
await go('<div><p>a<i>i</div>b', r => r.on('div', all('d')).on('p', all('p')).on('i', all('i')));
await go('<div><p>a</p></div>b', r => r.on('div', all('d')).on('p', all('p')));
await go('<p>x</p>', r => r.on('p', { element(e) { e.before('B'); e.after('A'); e.prepend('P'); e.append('Q'); e.remove(); } }));
await go('<p>x</p>', r => r.on('p', { element(e) { e.before('B'); e.after('A'); e.prepend('P'); e.append('Q'); e.removeAndKeepContent(); } }));
await go('<p>x</p>', r => r.on('p', { element(e) { e.before('B'); e.after('A'); e.prepend('P'); e.append('Q'); e.replace('R'); } }));
await go('<p>x</p>', r => r.on('p', { element(e) { e.before('B'); e.after('A'); e.prepend('P'); e.append('Q'); e.setInnerContent('S'); } }));
await go('<p>x</p>', r => r.on('p', { element(e) { e.setInnerContent('S'); e.append('Q'); e.prepend('P'); } }));
await go('<p>x</p>', r => r.on('p', { element(e) { e.replace('R1'); e.replace('R2'); e.before('B'); } }));
await go('<a><br></a>', r => r.on('br', { element(e) { e.setInnerContent('S'); } }));
await go('<a><br></a>', r => r.on('br', { element(e) { e.remove(); } }));
await go('<a>x</b>y</a>', r => r.on('a', all('a')));
await go('<p A=1 b=2>x</p>', (r, log) => r.on('p', { element(e) { log.push(e.getAttribute('A'), e.hasAttribute('B'), e.getAttribute('a')); e.setAttribute('B', '3'); e.removeAttribute('A'); } }));
await go('<p>x</p>', (r, log) => r.on('p', { element(e) { for (const n of ['', 'a b', 'a>b', '1', 'DIV', 'x-y']) { try { e.tagName = n; log.push('ok ' + n + ' ' + e.tagName); } catch (x) { log.push(JSON.stringify(n) + ' ' + x.constructor.name + ': ' + x.message); } } } }));
await go('<p>x</p>', (r, log) => r.on('p', { element(e) { for (const n of ['', 'a b', 'a>b', '1', 'A"', 'x=']) { try { e.setAttribute(n, 'v'); log.push('ok ' + n); } catch (x) { log.push(JSON.stringify(n) + ' ' + x.constructor.name + ': ' + x.message); } } } }));
await go('<p>x</p>', (r, log) => r.on('p', { element(e) { e.before(new Response('<b>'), { html: true }); e.after(new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('<i>')); c.close(); } })); } }));
await go('<p>x</p>', (r, log) => r.on('p', { element(e) { e.remove(); log.push(e.removed); } }).on('p', { element(e) { log.push(e.removed); } }));
await go(new Response(null), (r, log) => r.onDocument({ end(e) { log.push('end'); e.append('E'); } }));
await go('', (r, log) => r.onDocument({ end(e) { log.push('end'); e.append('E'); }, text(t) { log.push('t' + JSON.stringify(t.text)); } }));
await go('<p>a<!--c-->b</p>', (r, log) => r.on('p', { text(t) { log.push(JSON.stringify(t.text) + t.lastInTextNode); } }));
await go('<p>x</p>', (r, log) => r.on('p', { element(e) { e.onEndTag(t => { log.push(t.name); t.name = 'Q'; }); e.onEndTag(t => { log.push('second ' + t.name); t.remove(); }); } }));
await go('<ul><li>1<li>2<li>3</ul><p>a</p><p>b</p><div></div><p>c</p>', (r, log) => r.on('li:nth-child(2)', { element(e) { log.push('nth2 ' + e.tagName); } }).on('p:first-of-type', { element(e) { log.push('fot'); } }).on('p:nth-of-type(3)', { element(e) { log.push('not3'); } }).on('p:first-child', { element(e) { log.push('fc'); } }).on('ul > li:not(:first-child)', { element(e) { log.push('notfc'); } }));
{ const res = new Response('<p>x</p>'); const t = new HTMLRewriter().transform(res); console.log(res.bodyUsed, t.bodyUsed); try { new HTMLRewriter().transform(res); console.log('again ok'); } catch (e) { console.log('again', e.constructor.name + ': ' + e.message); } }
{ const res = new Response('<p>x</p>'); await res.text(); try { const t = new HTMLRewriter().transform(res); console.log('used ok', await t.text()); } catch (e) { console.log('used', e.constructor.name + ': ' + e.message); } }
await go('<p>x</p>', (r, log) => r.on('p', { element(e) { return 5; } }));
await go('<p>x</p>', (r, log) => r.on('p', { element: function () { log.push(this === undefined ? 'undef' : typeof this + ' ' + Object.keys(this)); } }));
