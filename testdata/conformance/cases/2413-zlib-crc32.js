// config: date=2026-11-23 flags=nodejs_compat
// crc32 of strings (as UTF-8), Buffers, typed arrays, DataViews and ArrayBuffers, chained through its second argument; it matches gzip's trailer.
const z = await import('node:zlib');
console.log(z.crc32(''), z.crc32('hello'), z.crc32('héllo ✓'), z.crc32(Buffer.from('hello')), z.crc32(new Uint16Array([1, 2, 3])), z.crc32(new DataView(new ArrayBuffer(4))), z.crc32(new ArrayBuffer(3)));
console.log(z.crc32('world', z.crc32('hello ')) === z.crc32('hello world'), z.crc32('x', 0), z.crc32('x', 4294967295), z.crc32(Buffer.alloc(100000, 7)));
const gz = z.gzipSync('trailer check');
console.log(gz.readUInt32LE(gz.length - 8) === z.crc32('trailer check'), gz.readUInt32LE(gz.length - 4));
console.log(z.crc32.length, z.crc32.name);
