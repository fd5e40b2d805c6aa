// config: date=2026-11-01 flags=nodejs_compat
// HTMLRewriter: removed-content-and-order (recorded from workerd).
const go = async (body, build) => { const log = []; let out; try { out = await build(new HTMLRewriter(), log).transform(new Response(body)).text(); } catch (e) { out = 'ERR ' + e.message; } console.log(out, '::', log.join(' | ')); };
await go('<div><p>a<b>x</b></p><!--c--></div><i>z</i>', (r, log) => r.on('div', { element(e) { e.remove(); } }).on('p', { element(e) { log.push('p'); }, text(t) { log.push('pt ' + t.text); } }).on('b', { element(e) { log.push('b'); } }).onDocument({ comments(c) { log.push('dc ' + c.text); }, text(t) { log.push('dt ' + t.text); } }));
await go('<div><p>a</p></div>', (r, log) => r.on('div', { element(e) { e.setInnerContent('S'); } }).on('p', { element(e) { log.push('p'); e.after('AFTER'); }, text(t) { log.push('pt ' + t.text); } }));
await go('<p>a<!x><? y ?><!-- z --></p>', (r, log) => r.on('p', { comments(c) { log.push('c ' + JSON.stringify(c.text)); } }));
await go('<p>a</p>', (r, log) => r.on('p', { text(t) { log.push('el ' + t.text); } }).onDocument({ text(t) { log.push('doc ' + t.text); } }).on('*', { text(t) { log.push('star ' + t.text); } }));
await go('<p>a</p>', (r, log) => r.on('p', { element(e) { e.append('[app]'); e.after('[aft]'); e.onEndTag(t => { t.before('[eb]'); t.after('[ea]'); }); } }));
await go('<div><p>a</div>b', (r, log) => r.on('p', { element(e) { e.append('[app]'); e.after('[aft]'); e.onEndTag(t => log.push('end p')); } }));
await go('<p data-k="a&amp;b" t="x">a</p><p data-k="a&b">b</p>', (r, log) => r.on('[data-k="a&b"]', { element(e) { log.push('match ' + e.getAttribute('data-k')); } }).on('[t=X i]', { element(e) { log.push('ci'); } }).on('[t=X]', { element(e) { log.push('cs'); } }));
await go('<!DOCTYPE html><p>a</p>', (r, log) => r.onDocument({ doctype(d) { log.push(typeof d.remove + ' ' + Object.getOwnPropertyNames(Object.getPrototypeOf(d)).join()); } }));
await go('<p>a</p>', (r, log) => r.on('p', { element(e) { log.push(Object.getOwnPropertyNames(Object.getPrototypeOf(e)).join()); }, text(t) { log.push(Object.getOwnPropertyNames(Object.getPrototypeOf(t)).join()); } }).onDocument({ end(d) { log.push(Object.getOwnPropertyNames(Object.getPrototypeOf(d)).join()); } }));
await go('<p>a<!--c--></p>', (r, log) => r.on('p', { element(e) { e.onEndTag(t => log.push(Object.getOwnPropertyNames(Object.getPrototypeOf(t)).join())); }, comments(c) { log.push(Object.getOwnPropertyNames(Object.getPrototypeOf(c)).join()); } }));
await go('<p>a</p>', (r, log) => r.on('p', { element(e) { log.push(Object.prototype.toString.call(e) + ' ' + e.constructor.name); console.log(e); } }));
