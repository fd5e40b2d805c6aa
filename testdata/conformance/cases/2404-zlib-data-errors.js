// config: date=2026-11-23 flags=nodejs_compat
// Decompressing bad data: zlib's codes, errnos and messages (header, method, window, dictionary, checksums, truncation, block type) from the Sync forms, and brotli's.
const z = await import('node:zlib');
const show = (label, f) => { try { const r = f(); console.log(label, 'ok', r.toString()); } catch (e) { console.log(label, e.constructor.name, e.name, e.code, e.errno, JSON.stringify(e.message), Object.keys(e).join()); } };
const good = Buffer.from('789ccb48cdc9c957c8402701680308b1', 'hex'); // workerd's deflateSync('hello hello hello hello')
const gz = Buffer.from('1f8b0800000000000003cb48cdc9c957c8402701e3513d8d17000000', 'hex');
const flip = (b, i, m = 1) => { const c = Buffer.from(b); c[i < 0 ? c.length + i : i] ^= m; return c; };
show('inflate garbage', () => z.inflateSync(Buffer.from('garbage')));
show('gunzip garbage', () => z.gunzipSync(Buffer.from('garbage')));
show('unzip garbage', () => z.unzipSync(Buffer.from('garbage')));
show('inflate method', () => z.inflateSync(Buffer.from([0x79, 0x9c])));
show('inflate window', () => z.inflateSync(good, { windowBits: 9 }));
show('inflate adler', () => z.inflateSync(flip(good, -1)));
show('gunzip crc', () => z.gunzipSync(flip(gz, -5)));
show('gunzip length', () => z.gunzipSync(flip(gz, -1)));
show('gunzip method', () => z.gunzipSync(flip(gz, 2)));
show('gunzip flags', () => z.gunzipSync(flip(gz, 3, 0x80)));
show('inflate block type', () => z.inflateSync(Buffer.from([0x78, 0x9c, 0x07])));
show('inflateRaw block type', () => z.inflateRawSync(Buffer.from([0xff, 0xff])));
show('inflate truncated', () => z.inflateSync(good.subarray(0, 8)));
show('inflate header only', () => z.inflateSync(good.subarray(0, 2)));
show('inflate one byte', () => z.inflateSync(good.subarray(0, 1)));
show('inflate nothing', () => z.inflateSync(Buffer.alloc(0)));
show('gunzip truncated', () => z.gunzipSync(gz.subarray(0, 12)));
show('gunzip no trailer', () => z.gunzipSync(gz.subarray(0, gz.length - 8)));
show('inflateRaw truncated', () => z.inflateRawSync(good.subarray(2, 6)));
show('inflate trailing', () => z.inflateSync(Buffer.concat([good, Buffer.from('trailing')])));
show('gunzip trailing zeros', () => z.gunzipSync(Buffer.concat([gz, Buffer.alloc(4)])));
show('gunzip trailing garbage', () => z.gunzipSync(Buffer.concat([gz, Buffer.from('xyz')])));
show('unzip gzip trailing garbage', () => z.unzipSync(Buffer.concat([gz, Buffer.from('xyz')])));
show('brotli garbage', () => z.brotliDecompressSync(Buffer.from('garbage')));
show('brotli truncated', () => z.brotliDecompressSync(Buffer.from('1b1600f88d946ede445586966c206f214f1ce038', 'hex').subarray(0, 5)));
show('brotli nothing', () => z.brotliDecompressSync(Buffer.alloc(0)));
const dict = Buffer.from('hello world dictionary');
const dd = Buffer.from('78bb622008b3cb408802001a0b045d', 'hex'); // workerd's deflateSync('hello world', { dictionary })
show('dictionary', () => z.inflateSync(dd, { dictionary: dict }));
show('dictionary missing', () => z.inflateSync(dd));
show('dictionary wrong', () => z.inflateSync(dd, { dictionary: Buffer.from('other') }));
