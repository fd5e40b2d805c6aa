// config: date=2026-11-17
// Buffer: creation, printing, encodings, comparison.
const b = Buffer.from('hi');
console.log(b);
console.log({ b }, [Buffer.alloc(3)]);
console.log(Buffer.alloc(60));
console.log(JSON.stringify(b), b.toString('hex'), b.toString('base64'), String(b), b + '');
console.log(Buffer.name, Buffer.length, Object.getPrototypeOf(Buffer) === Uint8Array, Buffer.poolSize);
console.log(b instanceof Uint8Array, b.slice() instanceof Buffer, b.subarray(1) instanceof Buffer, Buffer.isBuffer(b), Buffer.isBuffer(new Uint8Array(1)));
console.log(Object.prototype.toString.call(b), b.constructor.name);
console.log(Buffer.compare(Buffer.from('a'), Buffer.from('b')), b.equals(Buffer.from('hi')), b.indexOf('i'), b.includes('h'), Buffer.concat([b, b]).toString());
console.log(Buffer.byteLength('héllo'), Buffer.byteLength('aGk=', 'base64'), Buffer.from('€').length);
console.log(Buffer.from('aGk=', 'base64').toString(), Buffer.from('6869', 'hex'), Buffer.from([256, -1, 3.7]), Buffer.from(new Uint16Array([1, 256]).buffer));
console.log(Buffer.alloc(3, 'ab'), Buffer.alloc(4, 1), b.toJSON(), Buffer.from('héllo', 'latin1'), Buffer.from('hi', 'utf16le'));
console.log(Buffer.from('aGVsbG8gd29ybGQ', 'base64url').toString(), Buffer.from('hello').toString('base64url'), Buffer.from('zz12', 'hex'));
console.log(Buffer.isEncoding('utf8'), Buffer.isEncoding('UTF-8'), Buffer.isEncoding('nope'), Buffer.isEncoding(''));
console.log(Buffer.from('hello').toString('utf8', 1, 3), Buffer.from('hello world').lastIndexOf('o'), Buffer.from('abc').compare(Buffer.from('abd')));
const c = Buffer.alloc(4);
console.log(Buffer.from('xy').copy(c, 1), c, Buffer.from('abc').reverse().toString(), Buffer.from('abcd').swap16().toString());
const w = Buffer.alloc(5);
console.log(w.write('yo'), w.write('€', 3), w);
console.log(Object.getOwnPropertyNames(Buffer).join(','));
console.log(Object.getOwnPropertyNames(Buffer.prototype).join(','));
