// config: date=2026-11-01 flags=nodejs_compat
// HTMLRewriter: argument-conversion (recorded from workerd).
const go = async (body, build) => { const log = []; let out; try { out = await build(new HTMLRewriter(), log).transform(body instanceof Response ? body : new Response(body)).text(); } catch (e) { out = 'ERR ' + e.constructor.name + ': ' + e.message; } console.log(JSON.stringify(out), '::', log.join(' | ')); };
const tryit = (log, k, f) => { try { const v = f(); log.push(k + ' ok ' + (typeof v === 'object' && v ? 'obj' : String(v))); } catch (x) { log.push(k + ' ' + x.constructor.name + ': ' + x.message); } };
await go('<p null=n 1=one undefined=u>x</p>', (r, log) => r.on('p', { element(e) {
  tryit(log, 'get1', () => e.getAttribute(1)); tryit(log, 'getnull', () => e.getAttribute(null)); tryit(log, 'getundef', () => e.getAttribute(undefined)); tryit(log, 'getobj', () => e.getAttribute({ toString() { return 'null'; } }));
  tryit(log, 'set1', () => e.setAttribute('a', 1)); tryit(log, 'setnull', () => e.setAttribute('b', null)); tryit(log, 'setsym', () => e.setAttribute('c', Symbol()));
  tryit(log, 'onEndTag1', () => e.onEndTag(1)); tryit(log, 'onEndTag0', () => e.onEndTag());
  tryit(log, 'tag1', () => { e.tagName = 1; }); tryit(log, 'tagnull', () => { e.tagName = null; });
  tryit(log, 'beforeopt', () => e.before('<x>', 'html')); tryit(log, 'beforeopt2', () => e.before('<y>', { html: 'yes' })); tryit(log, 'beforenull', () => e.before('<z>', null));
  tryit(log, 'hasnone', () => e.hasAttribute()); tryit(log, 'remnone', () => e.removeAttribute());
} }));
await go('<!--c--><p>x</p>', (r, log) => r.onDocument({ comments(c) { tryit(log, 'ctext1', () => { c.text = 5; }); log.push(c.text); tryit(log, 'creplace', () => c.replace('<r>', { html: true })); } }));
await go('<p>x</p>', (r, log) => r.on('p', { element(e) { e.onEndTag(t => { tryit(log, 'endname1', () => { t.name = ''; }); tryit(log, 'endname2', () => { t.name = 'B'; }); log.push(t.name); }); } }));
await go('<p>x</p>', (r, log) => r.on('p', { text(t) { tryit(log, 'settext', () => { t.text = 'z'; }); log.push(t.text); } }));
