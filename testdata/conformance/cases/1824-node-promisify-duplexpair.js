// config: date=2026-09-15 flags=nodejs_compat
// util.promisify over Node APIs (randomBytes, stream.finished; no promisify.custom on the timers in workerd), and stream.duplexPair: each side's writes the other's reads, end across.
const util = process.getBuiltinModule('node:util');
const timers = process.getBuiltinModule('node:timers');
const stream = process.getBuiltinModule('node:stream');
const crypto = process.getBuiltinModule('node:crypto');
console.log(typeof setTimeout[util.promisify.custom], typeof setImmediate[util.promisify.custom], typeof timers.setTimeout[util.promisify.custom], typeof stream.finished[util.promisify.custom], typeof stream.pipeline[util.promisify.custom]);
const rb = util.promisify(crypto.randomBytes);
console.log((await rb(4)).length);
const fin = util.promisify(stream.finished);
const r = stream.Readable.from(['a']); r.resume();
console.log(await fin(r));
const { duplexPair } = stream;
if (duplexPair) {
  const [a, b] = duplexPair();
  a.write('ping'); b.on('data', (c) => console.log('b got', String(c)));
  b.write('pong'); a.on('data', (c) => console.log('a got', String(c)));
  await new Promise((res) => setTimeout(res, 5));
  a.end(); await new Promise((res) => b.on('end', res)); console.log('b ended', a.constructor.name);
}
