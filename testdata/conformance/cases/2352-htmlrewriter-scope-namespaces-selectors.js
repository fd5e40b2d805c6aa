// config: date=2026-11-01 flags=nodejs_compat
// HTMLRewriter: scope-namespaces-selectors (recorded from workerd).
const go = async (body, build) => { const log = []; let out; try { out = await build(new HTMLRewriter(), log).transform(body instanceof Response ? body : new Response(body)).text(); } catch (e) { out = 'ERR ' + e.constructor.name + ': ' + e.message; } console.log(JSON.stringify(out), '::', log.join(' | ')); };
await go('<p>a<p>b</p></p>', (r, log) => r.on('p', { text(t) { log.push(t.text); }, element(e) { log.push('el'); } }));
await go('<div><p>x<!--c--></p></div>', (r, log) => r.on('p', { text(t) { log.push('p ' + t.text); }, comments(c) { log.push('pc'); } }).on('div', { text(t) { log.push('div ' + t.text); }, comments(c) { log.push('dc'); } }).on('p', { element() { log.push('p2'); } }).on('div', { element() { log.push('div2'); } }));
await go('<svg><path/><g><rect/></g></svg><p>x</p>', (r, log) => r.on('svg path', { element(e) { log.push('path ' + e.namespaceURI); } }).on('svg p', { element(e) { log.push('svg p'); } }).on('svg g rect', { element(e) { log.push('rect'); } }).on('p', { element(e) { log.push('p ' + e.namespaceURI); } }));
await go('<svg><p>x</p></svg>', (r, log) => r.on('svg p', { element(e) { log.push('svg p ' + e.namespaceURI); } }).on('p', { element(e) { log.push('p ' + e.namespaceURI); } }));
await go('<math><mi>x</mi></math><svg><foreignObject><div>d</div></foreignObject></svg>', (r, log) => r.on('*', { element(e) { log.push(e.tagName + ' ' + e.namespaceURI.split('/').pop()); } }));
await go('<noscript><b>x</b></noscript><iframe><b>y</b></iframe><xmp><b>z</b></xmp><noembed><b>w</b></noembed><noframes><b>v</b></noframes>', (r, log) => r.on('b', { element(e) { log.push('b'); } }));
await go('<div><p>one</p><p>two</p><span>s</span><p>three</p></div>', (r, log) => r.on('p:nth-child(2)', { element(e) { log.push('nc2'); } }).on('p:nth-of-type(2)', { element(e) { log.push('nt2'); } }).on('div > :nth-child(3)', { element(e) { log.push('c3 ' + e.tagName); } }).on('p:nth-child(-n+2)', { element(e) { log.push('le2'); } }).on(':first-child', { element(e) { log.push('fc ' + e.tagName); } }));
await go('<p class="A b">x</p><p id=X>y</p>', (r, log) => r.on('.a', { element(e) { log.push('.a'); } }).on('.A', { element(e) { log.push('.A'); } }).on('#x', { element(e) { log.push('#x'); } }).on('#X', { element(e) { log.push('#X'); } }).on('[CLASS~=b]', { element(e) { log.push('CLASS'); } }).on('P', { element(e) { log.push('P'); } }));
await go('<p>x</p>', (r, log) => r.on('p', { element(e) { e.setAttribute('a', '1'); log.push(JSON.stringify([...e.attributes])); e.removeAttribute('nope'); log.push(e.hasAttribute('a')); } }));
await go('<p>x</p>', (r, log) => r.on('p', { element(e) { e.onEndTag(async t => { await null; t.after('late'); log.push('end async'); }); } }));
await go('<p>x</p>', (r, log) => r.onDocument({ end: async (e) => { await new Promise(r => setTimeout(r, 3)); e.append('E'); } }));
await go('<title>a&amp;b</title>', (r, log) => r.on('title', { text(t) { log.push(t.text); } }));
await go('<p>x</p>', (r, log) => r.on('p', { element(e) { e.setInnerContent(''); e.after('') } }));
await go('<p>x<p>y', (r, log) => r.on('p', { element(e) { e.append('A'); e.onEndTag(t => log.push('end')); } }).onDocument({ end(d) { log.push('docend'); d.append('Z'); } }));
await go('<html><body><p>x</body></html>', (r, log) => r.on('p', { element(e) { e.after('A'); } }).on('body', { element(e) { e.append('B'); } }));
