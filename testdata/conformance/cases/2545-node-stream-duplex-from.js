// config: date=2026-11-23 flags=nodejs_compat
// stream.Duplex.from (and node:_stream_duplex's from), which mcrepl does not have: a Duplex as itself, a Readable, an async generator function.
const { Duplex, Readable, PassThrough } = await import('node:stream');
console.log(typeof Duplex.from);
const p = new PassThrough();
console.log(Duplex.from(p) === p);
const d = Duplex.from(Readable.from(['a', 'b']));
const got = [];
for await (const c of d) got.push(String(c));
console.log(d instanceof Duplex, got.join());
