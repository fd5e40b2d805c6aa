// config: date=2026-11-01 flags=nodejs_compat
// HTMLRewriter: tokenizer-text-chunks (recorded from workerd).
const stream = (chunks) => new ReadableStream({ start(c) { for (const x of chunks) c.enqueue(new TextEncoder().encode(x)); c.close(); } });
const go = async (body, sel = 'p') => { const log = []; let out; try { out = await new HTMLRewriter().on(sel, { text(t) { log.push(JSON.stringify(t.text) + (t.lastInTextNode ? '$' : '')); } }).transform(new Response(body)).text(); } catch (e) { out = 'ERR ' + e.message; } console.log(out, '::', log.join(' ')); };
await go('<p>1 < 2 <3 a<b c</ d x</b> <!x> <? y <!-- z --> w</p>');
await go('<p>a&lt;b &amp; c&#39;d</p>');
await go(stream(['<p>ab<', 'i>c</i>d</p>']));
await go(stream(['<p>ab</', 'p>']));
await go(stream(['<p>ab', '', 'cd</p>']));
await go(stream(['<p>', 'ab', '</p>']));
await go('<p>a\r\nb\rcd</p>');
await go('<p>x</p>y<p>z');
await go('<div>a<p>b</p>c</div>', 'div');
await go('<p><![CDATA[x]]></p>');
await go('<svg><p><![CDATA[x<y]]></p></svg>', 'svg p');
await go('<p>a</P>b');
await go('<P>a</p>b');
await go('<p>a<plaintext>b</p>c', '*');
