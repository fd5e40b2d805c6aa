// config: date=2026-11-01 flags=nodejs_compat
// HTMLRewriter: mutation-order-and-names (recorded from workerd).
const go = async (body, build) => { const log = []; let out; try { out = await build(new HTMLRewriter(), log).transform(body instanceof Response ? body : new Response(body)).text(); } catch (e) { out = 'ERR ' + e.constructor.name + ': ' + e.message; } console.log(JSON.stringify(out), '::', log.join(' | ')); };
await go('<a><br><img src=x></a>', (r, log) => r.on('br', { element(e) { e.prepend('P'); e.append('A'); e.after('F'); e.before('B'); try { e.onEndTag(() => {}); log.push('onEndTag ok'); } catch (x) { log.push(x.constructor.name + ': ' + x.message); } log.push(e.canHaveContent, e.selfClosing); } }));
await go('<a><br/></a>', (r, log) => r.on('br', { element(e) { e.after('F'); e.tagName = 'hr'; } }));
await go('<p>x</p>', (r, log) => r.on('p', { element(e) { e.after('1'); e.after('2'); e.before('3'); e.before('4'); e.prepend('5'); e.prepend('6'); e.append('7'); e.append('8'); } }));
await go('<p>x</p><!--c-->', (r, log) => r.on('p', { text(t) { if (t.text) { t.after('1'); t.after('2'); t.before('3'); t.before('4'); t.replace('<r>', { html: true }); t.replace('R'); } } }).onDocument({ comments(c) { c.after('a'); c.after('b'); c.before('<c>'); c.text = 'x-->y'; } }));
await go('<p>x</p>', (r, log) => r.onDocument({ end(e) { e.append('1'); e.append('2'); } }));
await go('<!doctype html><p>x</p>', (r, log) => r.onDocument({ doctype(d) { log.push(String(d.name), String(d.publicId), String(d.systemId)); } }));
await go('<!DOCTYPE><!doctype html SYSTEM "about:legacy-compat"><p>x</p>', (r, log) => r.onDocument({ doctype(d) { log.push(JSON.stringify([d.name, d.publicId, d.systemId])); } }));
for (const n of ['\t', '\n', '\f', '\r', '/', '<', '"', "'", 'é', '-a', '_a']) {
  await go('<p>x</p>', (r, log) => r.on('p', { element(e) { try { e.setAttribute(n, 'v'); log.push('attr ok'); } catch (x) { log.push('attr ' + x.message); } try { e.tagName = 'a' + n; log.push('tag ok ' + e.tagName); } catch (x) { log.push('tag ' + x.message); } try { e.tagName = n; log.push('tag0 ok'); } catch (x) { log.push('tag0 ' + x.message); } } }));
}
await go('<p>x</p>', (r, log) => r.on('p', { element(e) { e.setAttribute('v', 'a"b\'c<&>'); log.push(e.getAttribute('v')); } }));
await go('<p a="1" a="2" A=3>x</p>', (r, log) => r.on('p', { element(e) { log.push(JSON.stringify([...e.attributes])); e.setAttribute('a', 'z'); } }));
await go('<p>x</p>', (r, log) => r.on('p', { text(t) { throw new RangeError('in text'); } }));
await go('<p>x</p><q>y</q>', (r, log) => r.on('p', { element(e) { log.push('p'); return new Promise(r => setTimeout(r, 5)).then(() => log.push('p done')); }, text(t) { log.push('pt ' + t.text); } }).on('q', { element(e) { log.push('q'); } }));
await go('<p>x</p>', (r, log) => r.on('p', { element(e) { log.push(typeof e.before('a'), e.before('b') === e, e.setAttribute('k', 'v') === e, e.removeAttribute('k') === e, e.onEndTag(() => {}) === undefined); } }));
await go('<p>x</p>', (r, log) => r.on('p', { text(t) { if (t.text) log.push(t.before('a') === t); }, comments(c) {} }));
await go('<p>x</p>', (r, log) => r.on('p', { element(e) { log.push([e.getAttribute, e.before, e.onEndTag].map(f => f.name + f.length).join()); } }));
await go('<p>x</p>', (r, log) => r.on('p', { element(e) { console.log(e.attributes); const it = e.attributes; log.push(it[Symbol.iterator]() === it, Object.prototype.toString.call(Object.getPrototypeOf(Object.getPrototypeOf(it)))); } }));
await go('<p>x<!--c--></p>', (r, log) => r.on('p', { text(t) { if (t.text) console.log(t); }, comments(c) { console.log(c); }, element(e) { e.onEndTag(t => console.log(t)); } }).onDocument({ end(d) { console.log(d); } }));
await go('<!doctype html><p>x</p>', (r, log) => r.onDocument({ doctype(d) { console.log(d); } }));
console.log(String(HTMLRewriter), typeof Element, typeof globalThis.Element, Object.getOwnPropertyNames(globalThis).filter(n => /^(Element|Text|Comment|Doctype|DocumentEnd|EndTag|AttributesIterator)$/.test(n)).join());
await go('<p>x</p>', (r, log) => r.on('p', { element(e) { log.push(e.constructor === undefined, typeof e.constructor, e.constructor.name); try { new e.constructor(); } catch (x) { log.push(x.message); } } }));
