// config: date=2026-11-01 flags=nodejs_compat
// HTMLRewriter: basics (recorded from workerd).
const run = async (html, sel, h) => { try { return await new HTMLRewriter().on(sel, h).transform(new Response(html)).text(); } catch (e) { return 'ERR ' + e.constructor.name + ': ' + e.message; } };
const log = [];
console.log(await run('<div><p class="a b" id=x data-k="v&amp;w">hi <b>there</b> you</p><br><img src=a.png/></div>', 'p', {
  element(e) { log.push(['el', e.tagName, [...e.attributes].map(a => a.join('=')).join(';'), e.getAttribute('class'), e.hasAttribute('id'), e.getAttribute('nope'), e.removed, e.namespaceURI, e.selfClosing, e.canHaveContent].join('|')); },
  text(t) { log.push(['tx', JSON.stringify(t.text), t.lastInTextNode, t.removed].join('|')); },
}));
console.log(log.join('\n'));
const log2 = [];
console.log(await run('<!DOCTYPE html><html><!-- c1 --><body>a&lt;b</body></html>', '*', {
  element(e) { log2.push('el ' + e.tagName); },
  comments(c) { log2.push('cm ' + JSON.stringify(c.text)); },
  text(t) { log2.push('tx ' + JSON.stringify(t.text) + ' ' + t.lastInTextNode); },
}));
console.log(log2.join('\n'));
console.log(await run('<p>x</p>', 'p', { element(e) { e.setAttribute('title', 'a"b<c&d'); e.before('<b>&</b>'); e.after('<i>', { html: true }); e.prepend('pre'); e.append('app'); } }));
console.log(await run('<p>x</p><q>y</q>', 'p', { element(e) { e.setInnerContent('<z>', { html: true }); } }));
console.log(await run('<p>x</p><q>y</q>', 'p', { element(e) { e.replace('R'); } }));
console.log(await run('<p>x<s>s</s></p>', 'p', { element(e) { e.removeAndKeepContent(); } }));
console.log(await run('<p>x</p>', 'p', { element(e) { e.remove(); log.push(e.removed); } }));
console.log(await run('<p>x</p>', 'p', { element(e) { e.tagName = 'DIV'; e.onEndTag(t => { t.before('!'); t.after('?'); log.push('end ' + t.name); }); } }));
console.log(log.slice(-2).join(' '));
