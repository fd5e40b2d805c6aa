// config: date=2026-11-01 flags=
// HTMLRewriter: a body chunk that is a string is its UTF-8; another non-bytes chunk errors the output with workerd's TypeError.
const body = new ReadableStream({ start(c) { c.enqueue('<p>x</p>'); c.close(); } });
try { console.log(await new HTMLRewriter().on('p', {}).transform(new Response(body)).text()); } catch (e) { console.log('ERR', e.constructor.name + ': ' + e.message); }
const body2 = new ReadableStream({ start(c) { c.enqueue(42); c.close(); } });
try { console.log(await new HTMLRewriter().on('p', {}).transform(new Response(body2)).text()); } catch (e) { console.log('ERR', e.constructor.name + ': ' + e.message); }
