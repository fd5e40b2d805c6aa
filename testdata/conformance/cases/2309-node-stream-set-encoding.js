// config: date=2026-09-15 flags=nodejs_compat
// Readable.setEncoding decodes through one StringDecoder: a character split between chunks comes out whole, an incomplete one at the end as U+FFFD, and no empty data event.
const { Readable } = process.getBuiltinModule('node:stream');
const { Buffer } = process.getBuiltinModule('node:buffer');
  const r = new Readable({ read() {} });
  r.setEncoding('utf8');
  const got = [];
  r.on('data', (d) => got.push(d));
  r.on('end', () => console.log(JSON.stringify(got)));
  const b = Buffer.from('héllo€');
  r.push(b.subarray(0, 2)); r.push(b.subarray(2, 7)); r.push(b.subarray(7)); r.push(Buffer.from([0xe2, 0x82])); r.push(null);
  await new Promise((res) => r.on('end', res));
  const r2 = Readable.from([Buffer.from([0xf0, 0x9f]), Buffer.from([0x98, 0x80])]).setEncoding('utf8');
  let s = ''; for await (const c of r2) s += c; console.log(s, s.length);
  const r3 = new Readable({ read() {} }); r3.setEncoding('hex'); r3.push(Buffer.from('ab')); r3.push(null); r3.on('data', (d) => console.log('hex', d));
  await new Promise((res) => r3.on('end', res));
