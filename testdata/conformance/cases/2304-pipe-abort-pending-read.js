// A pipe whose source never enqueues, aborted through its signal while the pipe's read is
// pending: whether its promise settles, and how; then the same with an enqueue after the abort.
const ac = new AbortController();
const rs = new ReadableStream();
const p = rs.pipeTo(new WritableStream(), { signal: ac.signal });
ac.abort();
const out = await Promise.race([p.then(() => 'fulfilled', (e) => 'rejected ' + e.name), new Promise((r) => setTimeout(() => r('still pending'), 50))]);
console.log('pipe:', out, 'locked:', rs.locked);
let ctl;
const rs2 = new ReadableStream({ start(c) { ctl = c; } });
const ac2 = new AbortController();
const seen = [];
const p2 = rs2.pipeTo(new WritableStream({ write(ch) { seen.push(ch); } }), { signal: ac2.signal });
ac2.abort();
const out2 = await Promise.race([p2.then(() => 'fulfilled', (e) => 'rejected ' + e.name), new Promise((r) => setTimeout(() => r('still pending'), 50))]);
console.log('pipe2:', out2, 'locked:', rs2.locked, 'seen:', seen.length);
ctl.enqueue('after the abort');
const out3 = await Promise.race([p2.then(() => 'fulfilled', (e) => 'rejected ' + e.name), new Promise((r) => setTimeout(() => r('still pending'), 50))]);
console.log('pipe2 after an enqueue:', out3, 'locked:', rs2.locked, 'seen:', seen.length);
let ctl3;
const rs3 = new ReadableStream({ start(c) { ctl3 = c; } });
const ac3 = new AbortController();
const p3 = rs3.pipeTo(new WritableStream(), { signal: ac3.signal });
ac3.abort();
await null;
ctl3.close();
const out4 = await Promise.race([p3.then(() => 'fulfilled', (e) => 'rejected ' + e.name), new Promise((r) => setTimeout(() => r('still pending'), 50))]);
console.log('pipe3 after the source closed:', out4);
