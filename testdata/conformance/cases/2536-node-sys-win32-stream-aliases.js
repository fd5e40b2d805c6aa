// config: date=2026-11-23 flags=nodejs_compat
// node:sys is node:util; node:path/win32 is path.win32; node:_stream_duplex, _stream_passthrough, _stream_readable, _stream_transform, _stream_writable default-export node:stream's classes and name their statics.
const spec = (n) => ['node', n].join(':');
const util = await import(spec('util'));
const sys = await import(spec('sys'));
console.log(sys.default === util.default, Object.keys(sys).join() === Object.keys(util).join());
const path = await import(spec('path'));
const w = await import(spec('path/win32'));
console.log(w.default === path.default.win32, w.join('a', 'b'), w.sep, w.resolve('C:\\x', '..\\y'), Object.keys(w).join());
const stream = await import(spec('stream'));
for (const n of ['Duplex', 'PassThrough', 'Readable', 'Transform', 'Writable']) {
  const m = await import(spec('_stream_' + n.toLowerCase()));
  console.log(n, m.default === stream[n], m[n] === stream[n], Object.keys(m).join());
}
const r = await import(spec('_stream_readable'));
console.log(typeof r.ReadableState, new stream.Readable()._readableState instanceof r.ReadableState, r.from === stream.Readable.from, r.from.length, r.from(stream.Readable, ['q']) instanceof stream.Readable);
const wr = await import(spec('_stream_writable'));
console.log(new stream.Writable()._writableState instanceof wr.WritableState);
const { EventEmitter } = await import('node:events');
const old = new EventEmitter();
const wrapped = r.wrap(old);
const got = [];
wrapped.on('data', (c) => got.push(String(c)));
wrapped.on('end', () => console.log('wrapped', got.join('')));
old.emit('data', 'a'); old.emit('data', 'b'); old.emit('end');
await new Promise((resolve) => setTimeout(resolve, 5));
