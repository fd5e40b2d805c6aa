// config: date=2026-11-01 flags=nodejs_compat
// HTMLRewriter: streaming-and-async (recorded from workerd).
const stream = (chunks) => new ReadableStream({ start(c) { for (const x of chunks) c.enqueue(new TextEncoder().encode(x)); c.close(); } });
const go = async (body, build) => { try { return await build(new HTMLRewriter()).transform(new Response(body)).text(); } catch (e) { return 'ERR ' + e.constructor.name + ': ' + e.message; } };
let log = [];
console.log(await go(stream(['<p>hel', 'lo wo', 'rld</p><q', ' a="1', '">x</q>']), r => r.on('p', { text(t) { log.push(JSON.stringify(t.text) + t.lastInTextNode); } }).on('q', { element(e) { log.push('q ' + e.getAttribute('a')); } })));
console.log(log.join(' ')); log = [];
console.log(await go(stream(['<p>a&am', 'p;b</p>']), r => r.on('p', { text(t) { log.push(JSON.stringify(t.text) + t.lastInTextNode); } })));
console.log(log.join(' ')); log = [];
console.log(await go(stream(['<p>é', 'x</p>'].map(s => s)), r => r.on('p', { text(t) { log.push(JSON.stringify(t.text) + t.lastInTextNode); } })));
console.log(log.join(' ')); log = [];
{ const e = new TextEncoder().encode('<p>é</p>'); const body = new ReadableStream({ start(c) { c.enqueue(e.slice(0, 4)); c.enqueue(e.slice(4)); c.close(); } });
  console.log(await go(body, r => r.on('p', { text(t) { log.push(JSON.stringify(t.text) + t.lastInTextNode); } }))); console.log(log.join(' ')); log = []; }
console.log(await go('<p>x</p><p>y</p>', r => r.on('p', { async element(e) { await new Promise(r => setTimeout(r, 5)); e.setAttribute('k', 'v'); log.push('el'); } })));
console.log(log.join(' ')); log = [];
console.log(await go('<p>x</p>', r => r.on('p', { element(e) { throw new Error('boom'); } })));
console.log(await go('<p>x</p>', r => r.on('p', { element(e) { return Promise.reject(new TypeError('rej')); } })));
console.log(await go('<script>if (a<b) "</p>"</script><style>p>q{}</style><textarea><b>t</b></textarea><title>a<b></title><p>z</p>', r => r.on('*', { element(e) { log.push('el ' + e.tagName); }, text(t) { if (t.text) log.push('tx ' + JSON.stringify(t.text)); } })));
console.log(log.join(' | ')); log = [];
console.log(await go('<div><br><img src=x><input><svg><path/><circle/></svg><div/>in</div>', r => r.on('div *', { element(e) { log.push(e.tagName + ':' + e.selfClosing + ':' + e.canHaveContent); } })));
console.log(log.join(' | ')); log = [];
console.log(await go('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><!--a--><p>x</p>', r => r.onDocument({ doctype(d) { log.push([d.name, d.publicId, d.systemId].join('|')); }, comments(c) { log.push('c ' + c.text); c.text = 'Z'; }, text(t) { log.push('t ' + JSON.stringify(t.text)); }, end(e) { e.append('<!--end-->', { html: true }); e.append('&<>"\''); } })));
console.log(log.join(' | ')); log = [];
console.log(await go('<p>a "q" \'s\' & <b>x</b></p>', r => r.on('b', { element(e) { e.before('a"b\'c&<>'); } }).on('p', { text(t) { if (t.text.startsWith('a')) t.replace('[r]'); } })));
console.log(await go('<p>x</p><!--c-->', r => r.on('p', { text(t) { t.before('B'); t.after('A'); } }).onDocument({ comments(c) { c.replace('C'); } })));
console.log(await go('<p>x</p><p>y</p>', r => r.on('p', { text(t) { if (t.text === 'x') t.remove(); log.push(t.removed); } })));
console.log(log.join(' ')); log = [];
console.log(await go('<p a=1 b="2" c=\'3\' d>x</p>', r => r.on('p', { element(e) { e.removeAttribute('a'); e.setAttribute('b', 'B'); e.setAttribute('e', 'E'); e.setAttribute('d', 'D'); log.push([...e.attributes].map(a => a.join('=')).join(',')); } })));
console.log(log.join(' ')); log = [];
