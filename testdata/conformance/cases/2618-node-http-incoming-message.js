// config: date=2026-11-23 flags=nodejs_compat
// An IncomingMessage on its own: its fields, headers made from raw header lines as Node joins them
// (Set-Cookie an array, Cookie joined with "; ", single-valued headers keeping the first, others
// joined with ", "), headersDistinct, joinDuplicateHeaders, trailers, setTimeout, and destroy().
const http = process.getBuiltinModule('node:http');
const m = new http.IncomingMessage();
console.log([m.url, m.method, m.statusCode, m.statusMessage, m.httpVersion, m.httpVersionMajor, m.httpVersionMinor, m.complete, m.aborted, JSON.stringify(m.rawHeaders), m.joinDuplicateHeaders, JSON.stringify(m.cloudflare), m.socket, m.connection, m.readable, m._dumped].join(' '));
const raw = ['Set-Cookie', 'a=1', 'set-cookie', 'b=2', 'Cookie', 'x=1', 'cookie', 'y=2', 'User-Agent', 'first', 'user-agent', 'second',
  'X-Custom', 'one', 'x-custom', 'two', 'Accept', 'a', 'accept', 'b', 'Content-Type', 'text/a', 'Content-Type', 'text/b', 'Host', 'h1', 'host', 'h2', 'Date', 'd1', 'date', 'd2', 'ETag', 'e1', 'etag', 'e2'];
m._addHeaderLines(raw, raw.length);
console.log(JSON.stringify(m.headers));
console.log(JSON.stringify(m.headersDistinct));
console.log(JSON.stringify(m.rawHeaders) === JSON.stringify(raw), JSON.stringify(m.trailers), JSON.stringify(m.trailersDistinct));
const j = new http.IncomingMessage();
j.joinDuplicateHeaders = true;
j._addHeaderLines(raw, raw.length);
console.log(JSON.stringify(j.headers));
m.headers = { replaced: 'yes' };
console.log(JSON.stringify(m.headers));
try { m.setTimeout('x'); } catch (e) { console.log(e.code, e.message); }
console.log(m.setTimeout(10, () => console.log('timeout cb')) === m, m.listenerCount('timeout'));
m.emit('timeout');
const d = new http.IncomingMessage();
const seen = [];
for (const n of ['aborted', 'error', 'close', 'end']) d.on(n, (e) => seen.push(n + (e ? ' ' + e.message : '')));
d.destroy(new Error('gone'));
console.log(d.destroyed, d.aborted);
await new Promise((r) => setTimeout(r, 0));
console.log(seen.join(' | '));
const e = new http.IncomingMessage();
const seen2 = [];
e.on('end', () => seen2.push('end'));
e.on('close', () => seen2.push('close'));
e.on('data', () => seen2.push('data'));
await new Promise((r) => setTimeout(r, 0));
console.log(seen2.join(' | '), e.complete, e.readableEnded);
