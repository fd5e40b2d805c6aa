// mutate.mjs: valid calls of the Worker's APIs with one argument, or one
// member of an argument (to depth 3), replaced at a time by a bad value
// (TestMutatedArgumentsNeverCrash). Every error, thrown or as a rejection, is
// the point; one whose message looks like Go (a nil dereference, a Go name)
// is printed as CRASH and fails the test. Nothing reaches the network: no
// --allow-net, so a fetch is refused before it leaves. The throwing proxy
// answers `constructor`: goja reads it of every awaited object and breaks
// when that read throws (docs/differences.md, "Limits of goja").
const bad = [undefined, null, -1, 2 ** 53, NaN, '', 'x'.repeat(300), {}, [], [,], [, 1], [[,]], () => {}, Symbol('s'), 10n,
  new Uint8Array(3), new Proxy({}, { get(t, k) { if (k === 'constructor') return Object; throw new Error('trap'); } }), Object.create(null),
  { length: 3 }, { valueOf() { throw new Error('valueOf'); } },
  // callbacks (a stream's source, a handler, a mapper) that throw or return what the host does not expect
  () => { throw new Error('cb'); }, () => Object.create(null), function () { return this; }, async () => { throw new Error('async cb'); },
  { [Symbol.toPrimitive]() { throw new Error('prim'); } }, { [Symbol.iterator]() { let n = 0; return { next() { return ++n < 3 ? 1 : { done: true }; } }; } }];
const goish = /goroutine [0-9]+|panic:|fatal error|internal error|runtime error|runtime\.|github\.com\/|GoError|nil pointer|invalid memory|interface conversion|index out of range|slice bounds|\.go:[0-9]/;
let calls = 0;
const crashes = new Set();
function check(where, e) {
  let m;
  try { m = e instanceof Object && 'message' in e ? String(e.message) + ' ' + String(e.stack) : String(e); } catch { return; }
  if (goish.test(m)) crashes.add(where + ': ' + m.split('\n').slice(0, 2).join(' | ').slice(0, 300));
}
const plain = (v) => v !== null && typeof v === 'object' && (Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype);
function paths(v, at, depth, out) {
  out.push(at);
  if (depth < 3 && plain(v)) for (const k of Object.keys(v)) paths(v[k], [...at, k], depth + 1, out);
  return out;
}
function setAt(args, path, value) {
  let o = args;
  for (let i = 0; i < path.length - 1; i++) o = o[path[i]];
  o[path[path.length - 1]] = value;
}
export default { async test() {
const key = (name, usages, alg) => crypto.subtle.generateKey(alg ?? { name }, true, usages);
const hmac = await key(null, ['sign', 'verify'], { name: 'HMAC', hash: 'SHA-256' });
const aes = await key(null, ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'], { name: 'AES-GCM', length: 128 });
const aeskw = await key(null, ['wrapKey', 'unwrapKey'], { name: 'AES-KW', length: 128 });
const ec = await key(null, ['sign', 'verify'], { name: 'ECDSA', namedCurve: 'P-256' });
const ecdh = await key(null, ['deriveBits', 'deriveKey'], { name: 'ECDH', namedCurve: 'P-256' });
const ed = await key(null, ['sign', 'verify'], { name: 'Ed25519' });
const rsa = await key(null, ['sign', 'verify'], { name: 'RSASSA-PKCS1-v1_5', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' });
const pbkdf = await crypto.subtle.importKey('raw', new Uint8Array(8), 'PBKDF2', false, ['deriveBits', 'deriveKey']);
const hkdf = await crypto.subtle.importKey('raw', new Uint8Array(8), 'HKDF', false, ['deriveBits', 'deriveKey']);
const jwk = await crypto.subtle.exportKey('jwk', hmac);
const ecjwk = await crypto.subtle.exportKey('jwk', ec.privateKey);
const u8 = () => new Uint8Array([1, 2, 3, 4]);
const { port1 } = new MessageChannel();
const S = crypto.subtle;
const N = {};
for (const m of ['buffer', 'crypto', 'zlib', 'util', 'path', 'url', 'querystring', 'events', 'stream', 'string_decoder', 'assert', 'async_hooks', 'diagnostics_channel', 'dns', 'net', 'http', 'fs', 'os', 'perf_hooks', 'v8', 'sqlite', 'readline', 'worker_threads', 'punycode', 'module']) N[m] = await import('node:' + m);
N.consumers = await import('node:stream/consumers');
N.timersp = await import('node:timers/promises');
N.cfworkers = await import('cloudflare:workers');
N.cfsockets = await import('cloudflare:sockets');
const ecpem = N.crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' });
const templates = [
  // Web Crypto
  ['generateKey', (...a) => S.generateKey(...a), () => [{ name: 'HMAC', hash: 'SHA-256', length: 256 }, true, ['sign', 'verify']]],
  ['generateKey aes', (...a) => S.generateKey(...a), () => [{ name: 'AES-CBC', length: 128 }, true, ['encrypt']]],
  ['generateKey rsa', (...a) => S.generateKey(...a), () => [{ name: 'RSA-OAEP', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: { name: 'SHA-1' } }, false, ['encrypt', 'decrypt']]],
  ['generateKey ec', (...a) => S.generateKey(...a), () => [{ name: 'ECDH', namedCurve: 'P-384' }, true, ['deriveBits']]],
  ['generateKey ed', (...a) => S.generateKey(...a), () => [{ name: 'Ed25519' }, true, ['sign']]],
  ['generateKey x25519', (...a) => S.generateKey(...a), () => [{ name: 'X25519' }, true, ['deriveBits']]],
  ['importKey raw', (...a) => S.importKey(...a), () => ['raw', u8(), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']]],
  ['importKey jwk', (...a) => S.importKey(...a), () => ['jwk', { ...jwk, key_ops: ['sign', 'verify'] }, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']]],
  ['importKey ec jwk', (...a) => S.importKey(...a), () => ['jwk', { ...ecjwk }, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']]],
  ['importKey rsa jwk', (...a) => S.importKey(...a), () => ['jwk', { kty: 'RSA', n: 'AQAB', e: 'AQAB', alg: 'RS256', ext: true }, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, true, ['verify']]],
  ['importKey oct jwk', (...a) => S.importKey(...a), () => ['jwk', { kty: 'oct', k: 'AAAAAAAAAAAAAAAAAAAAAA', alg: 'A128GCM' }, { name: 'AES-GCM' }, true, ['encrypt']]],
  ['importKey spki', (...a) => S.importKey(...a), () => ['spki', u8(), { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']]],
  ['exportKey', (...a) => S.exportKey(...a), () => ['jwk', hmac]],
  ['sign', (...a) => S.sign(...a), () => ['HMAC', hmac, u8()]],
  ['sign ec', (...a) => S.sign(...a), () => [{ name: 'ECDSA', hash: 'SHA-256' }, ec.privateKey, u8()]],
  ['sign rsa-pss', (...a) => S.sign(...a), () => [{ name: 'RSA-PSS', saltLength: 32 }, rsa.privateKey, u8()]],
  ['sign ed', (...a) => S.sign(...a), () => [{ name: 'Ed25519' }, ed.privateKey, u8()]],
  ['verify', (...a) => S.verify(...a), () => ['HMAC', hmac, u8(), u8()]],
  ['digest', (...a) => S.digest(...a), () => [{ name: 'SHA-256' }, u8()]],
  ['encrypt gcm', (...a) => S.encrypt(...a), () => [{ name: 'AES-GCM', iv: new Uint8Array(12), additionalData: u8(), tagLength: 128 }, aes, u8()]],
  ['encrypt ctr', (...a) => S.encrypt(...a), () => [{ name: 'AES-CTR', counter: new Uint8Array(16), length: 64 }, aes, u8()]],
  ['decrypt cbc', (...a) => S.decrypt(...a), () => [{ name: 'AES-CBC', iv: new Uint8Array(16) }, aes, new Uint8Array(16)]],
  ['deriveBits ecdh', (...a) => S.deriveBits(...a), () => [{ name: 'ECDH', public: ecdh.publicKey }, ecdh.privateKey, 128]],
  ['deriveBits pbkdf2', (...a) => S.deriveBits(...a), () => [{ name: 'PBKDF2', salt: u8(), iterations: 10, hash: 'SHA-256' }, pbkdf, 128]],
  ['deriveBits hkdf', (...a) => S.deriveBits(...a), () => [{ name: 'HKDF', salt: u8(), info: u8(), hash: 'SHA-256' }, hkdf, 128]],
  ['deriveKey', (...a) => S.deriveKey(...a), () => [{ name: 'PBKDF2', salt: u8(), iterations: 10, hash: 'SHA-256' }, pbkdf, { name: 'AES-GCM', length: 128 }, true, ['encrypt']]],
  ['wrapKey', (...a) => S.wrapKey(...a), () => ['raw', hmac, aeskw, 'AES-KW']],
  ['unwrapKey', (...a) => S.unwrapKey(...a), () => ['raw', new Uint8Array(40), aeskw, 'AES-KW', { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']]],
  ['getRandomValues', (...a) => crypto.getRandomValues(...a), () => [new Uint8Array(8)]],
  ['DigestStream', (...a) => new crypto.DigestStream(...a), () => [{ name: 'SHA-256' }]],
  // encoding, url
  ['TextDecoder', (...a) => new TextDecoder(...a).decode(u8(), { stream: true }), () => ['utf-16le', { fatal: true, ignoreBOM: true }]],
  ['TextDecoder.decode', (...a) => new TextDecoder().decode(...a), () => [u8(), { stream: true }]],
  ['TextEncoder.encodeInto', (...a) => new TextEncoder().encodeInto(...a), () => ['abc', new Uint8Array(4)]],
  ['TextDecoderStream', (...a) => new TextDecoderStream(...a), () => ['utf-8', { fatal: true }]],
  ['URL', (...a) => new URL(...a), () => ['/p?q#h', 'https://example.com']],
  ['URL.canParse', (...a) => URL.canParse(...a), () => ['/p', 'https://example.com']],
  ['URLSearchParams rec', (...a) => new URLSearchParams(...a), () => [{ a: '1', b: '2' }]],
  ['URLSearchParams seq', (...a) => new URLSearchParams(...a), () => [[['a', '1'], ['b', '2']]]],
  ['URLPattern', (...a) => new URLPattern(...a), () => [{ pathname: '/a/:id', hostname: 'x.com' }, { ignoreCase: true }]],
  ['URLPattern exec', (...a) => new URLPattern({ pathname: '/a/:id' }).exec(...a), () => [{ pathname: '/a/1' }]],
  ['atob', (...a) => atob(...a), () => ['YWJj']],
  // Blob, File, FormData, Headers, Request, Response
  ['Blob', (...a) => new Blob(...a), () => [['a', u8(), new Blob(['b'])], { type: 'text/plain', endings: 'native' }]],
  ['Blob.slice', (...a) => new Blob(['abcdef']).slice(...a), () => [1, 3, 'text/x']],
  ['File', (...a) => new File(...a), () => [['a'], 'f.txt', { type: 'text/plain', lastModified: 5 }]],
  ['FormData.append', (...a) => new FormData().append(...a), () => ['k', new Blob(['x']), 'name.txt']],
  ['Headers', (...a) => new Headers(...a), () => [[['a', '1'], ['b', '2']]]],
  ['Headers rec', (...a) => new Headers(...a), () => [{ a: '1', 'set-cookie': 'x=1' }]],
  ['Request', (...a) => new Request(...a), () => ['https://example.com/', { method: 'POST', headers: { a: '1' }, body: 'x', redirect: 'manual', cf: { cacheTtl: 5 }, signal: AbortSignal.abort() }]],
  ['Response', (...a) => new Response(...a), () => ['body', { status: 201, statusText: 'OK', headers: [['a', '1']], encodeBody: 'manual', webSocket: null }]],
  ['Response.json', (...a) => Response.json(...a), () => [{ a: 1 }, { status: 200, headers: { x: 'y' } }]],
  ['Response.redirect', (...a) => Response.redirect(...a), () => ['https://example.com/', 302]],
  ['fetch', (...a) => fetch(...a), () => ['data:text/plain,hi', { method: 'GET', headers: { a: '1' } }]],
  ['fetch refused', (...a) => fetch(...a), () => ['https://example.com/', { method: 'POST', body: 'x', redirect: 'follow' }]],
  ['caches.match', (...a) => caches.default.match(...a), () => ['https://example.com/', { ignoreMethod: true }]],
  ['caches.put', (...a) => caches.default.put(...a), () => ['https://example.com/', new Response('x')]],
  // streams
  ['ReadableStream', (...a) => new ReadableStream(...a).getReader().read(), () => [{ start(c) { c.enqueue(1); }, pull() {}, cancel() {}, type: undefined }, { highWaterMark: 2, size() { return 1; } }]],
  ['ReadableStream bytes', (...a) => new ReadableStream(...a).getReader({ mode: 'byob' }).read(new Uint8Array(4)), () => [{ type: 'bytes', autoAllocateChunkSize: 16, pull(c) { c.enqueue(new Uint8Array(2)); } }]],
  ['ReadableStream.from', (...a) => ReadableStream.from(...a), () => [[1, 2, 3]]],
  ['pipeTo', (...a) => new ReadableStream({ start(c) { c.enqueue('a'); c.close(); } }).pipeTo(...a), () => [new WritableStream(), { preventClose: true, preventAbort: false, signal: new AbortController().signal }]],
  ['pipeThrough', (...a) => new ReadableStream().pipeThrough(...a), () => [new TransformStream(), { preventCancel: true }]],
  ['tee read', (...a) => new ReadableStream({ start(c) { c.enqueue(...a); c.close(); } }).tee()[0].getReader().read(), () => [u8()]],
  ['WritableStream', (...a) => new WritableStream(...a).getWriter().write('x'), () => [{ write() {}, close() {}, abort() {} }, { highWaterMark: 1 }]],
  ['TransformStream', (...a) => new TransformStream(...a), () => [{ transform(c, k) { k.enqueue(c); }, flush() {} }, { highWaterMark: 1 }, { highWaterMark: 0 }]],
  ['IdentityTransformStream', (...a) => new IdentityTransformStream(...a), () => [{ highWaterMark: 4 }]],
  ['FixedLengthStream', (...a) => new FixedLengthStream(...a), () => [4]],
  ['CompressionStream', (...a) => new CompressionStream(...a), () => ['gzip']],
  ['ByteLengthQueuingStrategy', (...a) => new ByteLengthQueuingStrategy(...a), () => [{ highWaterMark: 4 }]],
  // events, channel, clone, timers
  ['postMessage', (...a) => port1.postMessage(...a), () => [{ a: [1, 2], m: new Map([[1, 2]]) }, { transfer: [] }]],
  ['structuredClone', (...a) => structuredClone(...a), () => [{ a: [1, { b: 2 }], d: new Date(0), r: /x/g, e: new Error('e') }, { transfer: [] }]],
  ['addEventListener', (...a) => new EventTarget().addEventListener(...a), () => ['x', { handleEvent() {} }, { once: true, passive: true, capture: false, signal: new AbortController().signal }]],
  ['dispatchEvent', (...a) => { const t = new EventTarget(); t.addEventListener('x', () => {}); return t.dispatchEvent(...a); }, () => [new Event('x', { cancelable: true })]],
  ['Event', (...a) => new Event(...a), () => ['x', { bubbles: true, cancelable: true, composed: true }]],
  ['CustomEvent', (...a) => new CustomEvent(...a), () => ['x', { detail: { a: 1 } }]],
  ['MessageEvent', (...a) => new MessageEvent(...a), () => ['message', { data: 1, origin: 'o', lastEventId: 'i', source: null, ports: [] }]],
  ['ErrorEvent', (...a) => new ErrorEvent(...a), () => ['error', { message: 'm', filename: 'f', lineno: 1, colno: 2, error: new Error('e') }]],
  ['CloseEvent', (...a) => new CloseEvent(...a), () => ['close', { code: 1000, reason: 'r', wasClean: true }]],
  ['PromiseRejectionEvent', (...a) => new PromiseRejectionEvent(...a), () => ['unhandledrejection', { promise: Promise.resolve(), reason: 1 }]],
  ['AbortSignal.any', (...a) => AbortSignal.any(...a), () => [[AbortSignal.abort(), new AbortController().signal]]],
  ['AbortSignal.timeout', (...a) => AbortSignal.timeout(...a), () => [10]],
  ['AbortController.abort', (...a) => new AbortController().abort(...a), () => [new Error('r')]],
  ['DOMException', (...a) => new DOMException(...a), () => ['m', { name: 'AbortError', cause: 1 }]],
  ['setTimeout', (...a) => clearTimeout(setTimeout(...a)), () => [() => {}, 5, 'arg']],
  ['scheduler.wait', (...a) => scheduler.wait(...a), () => [1, { signal: new AbortController().signal }]],
  ['performance.mark', (...a) => performance.mark(...a), () => ['m', { startTime: 1, detail: { a: 1 } }]],
  ['performance.measure', (...a) => performance.measure(...a), () => ['m2', { start: 0, end: 1, detail: null }]],
  ['console.table', (...a) => console.table(...a), () => [[{ a: 1 }, { a: 2, b: [1] }], ['a']]],
  ['console.dir', (...a) => console.dir(...a), () => [{ a: { b: { c: 1 } } }, { depth: 1 }]],
  ['reportError', (...a) => { addEventListener('error', (e) => e.preventDefault(), { once: true }); reportError(...a); }, () => [new Error('e')]],
  // HTMLRewriter
  ['HTMLRewriter', (...a) => new HTMLRewriter().on(...a).transform(new Response('<p class="a">x</p>')).text(), () => ['p.a', { element(e) { e.setAttribute('b', '1'); e.append('y', { html: true }); }, text(t) { t.replace('z', { html: false }); } }]],
  ['HTMLRewriter doc', (...a) => new HTMLRewriter().onDocument(...a).transform(new Response('<p>x</p>')).text(), () => [{ end(e) { e.append('!', { html: true }); }, doctype() {}, comments() {} }]],
  // builtins
  ['Intl.NumberFormat', (...a) => new Intl.NumberFormat(...a).format(1234.5), () => ['de', { style: 'currency', currency: 'EUR', maximumFractionDigits: 1, notation: 'compact' }]],
  ['Intl.DateTimeFormat', (...a) => new Intl.DateTimeFormat(...a).formatToParts(0), () => ['en-GB', { timeZone: 'Europe/London', dateStyle: 'full', timeStyle: 'long', hourCycle: 'h23' }]],
  ['Intl.PluralRules', (...a) => new Intl.PluralRules(...a).select(2), () => ['fr', { type: 'ordinal' }]],
  ['Intl.Collator', (...a) => new Intl.Collator(...a).compare('a', 'B'), () => ['de', { sensitivity: 'base', numeric: true }]],
  ['Intl.RelativeTimeFormat', (...a) => new Intl.RelativeTimeFormat(...a).format(-1, 'day'), () => ['es', { numeric: 'auto', style: 'short' }]],
  ['Intl.ListFormat', (...a) => new Intl.ListFormat(...a).format(['a', 'b']), () => ['ja', { type: 'disjunction' }]],
  ['Intl.Segmenter', (...a) => [...new Intl.Segmenter(...a).segment('a b')], () => ['en', { granularity: 'word' }]],
  ['Intl.DisplayNames', (...a) => new Intl.DisplayNames(...a).of('de'), () => [['en'], { type: 'language', fallback: 'code' }]],
  ['Date.toLocaleString', (...a) => new Date(0).toLocaleString(...a), () => ['tr', { weekday: 'long', timeZone: 'UTC' }]],
  ['Number.toLocaleString', (...a) => (5).toLocaleString(...a), () => ['zh', { style: 'unit', unit: 'kilometer-per-hour' }]],
  ['Array.fromAsync', (...a) => Array.fromAsync(...a), () => [[1, Promise.resolve(2)], (x) => x]],
  ['Iterator.from', (...a) => Iterator.from(...a).map((x) => x).toArray(), () => [[1, 2]]],
  ['Object.groupBy', (...a) => Object.groupBy(...a), () => [[1, 2], (x) => x % 2]],
  ['Promise.try', (...a) => Promise.try(...a), () => [(x) => x, 1]],
  ['JSON.parse', (...a) => JSON.parse(...a), () => ['{"a":[1]}', (k, v, ctx) => (ctx && ctx.source, v)]],
  ['DisposableStack', (...a) => { const s = new DisposableStack(); s.adopt(...a); s.dispose(); }, () => [1, () => {}]],
  ['ArrayBuffer.transfer', (...a) => new ArrayBuffer(8).transfer(...a), () => [4]],
  ['WeakRef', (...a) => new WeakRef(...a).deref(), () => [{}]],
  ['FinalizationRegistry', (...a) => new FinalizationRegistry(() => {}).register(...a), () => [{}, 1, {}]],
  // navigator, queueMicrotask
  ['navigator.sendBeacon', (...a) => navigator.sendBeacon?.(...a), () => ['https://example.com/', 'x']],
  ['WebSocket', (...a) => new WebSocket(...a), () => ['wss://example.com/', ['chat']]],
  ['EventSource', (...a) => new EventSource(...a), () => ['https://example.com/', { withCredentials: false }]],

  // node: modules (nodejs_compat is on by default from 2026-08-04)
  ['Buffer.from', (...a) => N.buffer.Buffer.from(...a), () => ['aGk=', 'base64']],
  ['Buffer.alloc', (...a) => N.buffer.Buffer.alloc(...a), () => [4, 'ab', 'utf8']],
  ['Buffer.concat', (...a) => N.buffer.Buffer.concat(...a), () => [[N.buffer.Buffer.from('a'), new Uint8Array(2)], 3]],
  ['buf.write', (...a) => N.buffer.Buffer.alloc(8).write(...a), () => ['hi', 1, 2, 'latin1']],
  ['buf.readUInt32LE', (...a) => N.buffer.Buffer.alloc(8).readUInt32LE(...a), () => [2]],
  ['buf.fill', (...a) => N.buffer.Buffer.alloc(8).fill(...a), () => ['ab', 1, 5, 'hex']],
  ['buf.indexOf', (...a) => N.buffer.Buffer.from('abcabc').indexOf(...a), () => ['c', 3, 'utf8']],
  ['buf.compare', (...a) => N.buffer.Buffer.from('abc').compare(...a), () => [N.buffer.Buffer.from('abd'), 0, 2, 1, 3]],
  ['buffer.transcode', (...a) => N.buffer.transcode(...a), () => [N.buffer.Buffer.from('hé'), 'utf8', 'latin1']],
  ['createHash', (...a) => N.crypto.createHash(...a).update('x').digest('hex'), () => ['sha256', { outputLength: 32 }]],
  ['createHmac', (...a) => N.crypto.createHmac(...a).update('x').digest(), () => ['sha1', 'key']],
  ['createCipheriv', (...a) => N.crypto.createCipheriv(...a).update('x'), () => ['aes-128-cbc', N.buffer.Buffer.alloc(16), N.buffer.Buffer.alloc(16), { authTagLength: 16 }]],
  ['pbkdf2Sync', (...a) => N.crypto.pbkdf2Sync(...a), () => ['pw', 'salt', 2, 16, 'sha256']],
  ['scryptSync', (...a) => N.crypto.scryptSync(...a), () => ['pw', 'salt', 16, { N: 16, r: 1, p: 1 }]],
  ['hkdfSync', (...a) => N.crypto.hkdfSync(...a), () => ['sha256', 'key', 'salt', 'info', 16]],
  ['randomBytes', (...a) => N.crypto.randomBytes(...a), () => [8]],
  ['randomInt', (...a) => N.crypto.randomInt(...a), () => [1, 10]],
  ['createSecretKey', (...a) => N.crypto.createSecretKey(...a).export({ format: 'jwk' }), () => [N.buffer.Buffer.from('abcd'), 'utf8']],
  ['generateKeyPairSync', (...a) => N.crypto.generateKeyPairSync(...a), () => ['ec', { namedCurve: 'P-256', publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'der' } }]],
  ['createPrivateKey', (...a) => N.crypto.createPrivateKey(...a), () => [{ key: ecpem, format: 'pem', type: 'pkcs8', passphrase: undefined }]],
  ['crypto.sign', (...a) => N.crypto.sign(...a), () => ['sha256', N.buffer.Buffer.from('x'), { key: ecpem, dsaEncoding: 'ieee-p1363' }]],
  ['timingSafeEqual', (...a) => N.crypto.timingSafeEqual(...a), () => [N.buffer.Buffer.from('ab'), N.buffer.Buffer.from('ab')]],
  ['X509Certificate', (...a) => new N.crypto.X509Certificate(...a), () => ['-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----']],
  ['zlib.deflateSync', (...a) => N.zlib.deflateSync(...a), () => ['abc', { level: 9, windowBits: 15, memLevel: 8, strategy: 0, dictionary: N.buffer.Buffer.from('ab') }]],
  ['zlib.gunzipSync', (...a) => N.zlib.gunzipSync(...a), () => [N.zlib.gzipSync('abc'), { finishFlush: 2, maxOutputLength: 100 }]],
  ['zlib.brotli', (...a) => N.zlib.brotliCompressSync(...a), () => ['abc', { params: { [N.zlib.constants.BROTLI_PARAM_QUALITY]: 4 } }]],
  ['zlib.zstd', (...a) => N.zlib.zstdCompressSync?.(...a), () => ['abc', { params: { 100: 3 } }]],
  ['zlib.crc32', (...a) => N.zlib.crc32(...a), () => ['abc', 5]],
  ['createGzip', (...a) => N.zlib.createGzip(...a).end('x'), () => [{ chunkSize: 1024, level: 1 }]],
  ['util.inspect', (...a) => N.util.inspect(...a), () => [{ a: [1, { b: new Map([[1, 2]]) }] }, { depth: 1, colors: true, compact: 2, breakLength: 40, sorted: true, maxArrayLength: 1, maxStringLength: 2 }]],
  ['util.format', (...a) => N.util.format(...a), () => ['%s %d %i %f %j %o %O %c %%', 'a', 1, 2, 3.5, { a: 1 }, [1], { b: 2 }, 'css']],
  ['util.parseArgs', (...a) => N.util.parseArgs(...a), () => [{ args: ['-f', 'x', '--no-b', 'p'], options: { f: { type: 'string', short: 'f', multiple: true, default: ['d'] }, b: { type: 'boolean' } }, allowPositionals: true, allowNegative: true, tokens: true, strict: true }]],
  ['util.styleText', (...a) => N.util.styleText(...a), () => [['red', 'bold'], 'x', { validateStream: false }]],
  ['util.deprecate', (...a) => N.util.deprecate(...a)(), () => [() => 1, 'msg', 'DEP0']],
  ['util.isDeepStrictEqual', (...a) => N.util.isDeepStrictEqual(...a), () => [{ a: [1] }, { a: [1] }]],
  ['TextDecoder node', (...a) => new N.util.TextDecoder(...a).decode(new Uint8Array([0x61])), () => ['latin1', { fatal: false }]],
  ['path.format', (...a) => N.path.format(...a), () => [{ root: '/', dir: '/a', base: 'b.txt', name: 'b', ext: '.txt' }]],
  ['path.join', (...a) => N.path.join(...a), () => ['a', 'b', '../c']],
  ['path.matchesGlob', (...a) => N.path.matchesGlob?.(...a), () => ['/a/b.js', '/a/*.js']],
  ['url.format', (...a) => N.url.format(...a), () => [{ protocol: 'https', hostname: 'x.com', pathname: '/p', query: { a: '1' }, hash: 'h' }]],
  ['url.parse', (...a) => N.url.parse(...a), () => ['https://u:p@x.com:8/p?q=1#h', true, true]],
  ['url.fileURLToPath', (...a) => N.url.fileURLToPath(...a), () => ['file:///a/b', { windows: false }]],
  ['querystring', (...a) => N.querystring.stringify(...a), () => [{ a: [1, 2], b: 'x' }, ';', ':', { encodeURIComponent: (s) => s }]],
  ['querystring.parse', (...a) => N.querystring.parse(...a), () => ['a=1&b=2', '&', '=', { maxKeys: 1, decodeURIComponent: (s) => s }]],
  ['events.once', (...a) => N.events.once(...a), () => [new N.events.EventEmitter(), 'x', { signal: new AbortController().signal }]],
  ['EventEmitter.on', (...a) => new N.events.EventEmitter().on(...a).emit('x', 1), () => ['x', () => {}]],
  ['events.on iterator', (...a) => N.events.on(...a).return(), () => [new N.events.EventEmitter(), 'x', { signal: new AbortController().signal, close: ['end'], highWaterMark: 2 }]],
  ['stream.Readable.from', (...a) => N.stream.Readable.from(...a).toArray(), () => [['a', 'b'], { objectMode: true, highWaterMark: 1 }]],
  ['stream.Readable', (...a) => new N.stream.Readable(...a).read(), () => [{ read() { this.push('x'); this.push(null); }, highWaterMark: 4, encoding: 'utf8', objectMode: false }]],
  ['stream.Writable', (...a) => new N.stream.Writable(...a).write('x'), () => [{ write(c, e, cb) { cb(); }, decodeStrings: false, defaultEncoding: 'latin1' }]],
  ['stream.Transform', (...a) => new N.stream.Transform(...a).end('x'), () => [{ transform(c, e, cb) { cb(null, c); }, flush(cb) { cb(); } }]],
  ['stream.pipeline', (...a) => N.stream.promises.pipeline(...a), () => [N.stream.Readable.from(['a']), new N.stream.PassThrough(), { signal: new AbortController().signal, end: true }]],
  ['stream.compose', (...a) => N.stream.compose(...a), () => [new N.stream.PassThrough(), new N.stream.PassThrough()]],
  ['stream.duplexPair', (...a) => N.stream.duplexPair(...a), () => [{ highWaterMark: 1 }]],
  ['Readable.toWeb', (...a) => N.stream.Readable.toWeb(...a), () => [N.stream.Readable.from(['a']), { strategy: { highWaterMark: 1 } }]],
  ['stream/consumers', (...a) => N.consumers.text(...a), () => [N.stream.Readable.from(['a'])]],
  ['StringDecoder', (...a) => new N.string_decoder.StringDecoder(...a).write(N.buffer.Buffer.from([0xc3])), () => ['utf8']],
  ['assert.deepStrictEqual', (...a) => N.assert.deepStrictEqual(...a), () => [{ a: [1] }, { a: [1] }, 'msg']],
  ['assert.throws', (...a) => N.assert.throws(...a), () => [() => { throw new TypeError('x'); }, { name: 'TypeError', message: /x/ }]],
  ['assert.match', (...a) => N.assert.match(...a), () => ['abc', /b/]],
  ['AsyncLocalStorage.run', (...a) => new N.async_hooks.AsyncLocalStorage().run(...a), () => [{ s: 1 }, (x) => x, 1]],
  ['AsyncResource', (...a) => new N.async_hooks.AsyncResource(...a).runInAsyncScope(() => 1), () => ['T', { triggerAsyncId: 1, requireManualDestroy: false }]],
  ['diagnostics_channel', (...a) => N.diagnostics_channel.tracingChannel(...a).traceSync(() => 1, {}), () => [{ start: N.diagnostics_channel.channel('s'), end: N.diagnostics_channel.channel('e'), asyncStart: N.diagnostics_channel.channel('as'), asyncEnd: N.diagnostics_channel.channel('ae'), error: N.diagnostics_channel.channel('er') }]],
  ['timers/promises', (...a) => N.timersp.setTimeout(...a), () => [1, 'v', { signal: new AbortController().signal, ref: false }]],
  ['timers/promises interval', (...a) => N.timersp.setInterval(...a).return(), () => [1, 'v', { signal: new AbortController().signal }]],
  ['dns.lookup', (...a) => N.dns.promises.lookup(...a), () => ['localhost', { family: 4, all: true, hints: 0 }]],
  ['net.createConnection', (...a) => N.net.createConnection(...a).destroy(), () => [{ host: 'example.com', port: 80, timeout: 10, noDelay: true }]],
  ['net.isIP', (...a) => N.net.isIP(...a), () => ['::1']],
  ['net.SocketAddress', (...a) => new N.net.SocketAddress(...a), () => [{ address: '127.0.0.1', port: 80, family: 'ipv4', flowlabel: 0 }]],
  ['net.BlockList', (...a) => { const b = new N.net.BlockList(); b.addSubnet(...a); return b.check('10.0.0.1'); }, () => ['10.0.0.0', 8, 'ipv4']],
  ['http.request', (...a) => N.http.request(...a).destroy(), () => [{ host: 'example.com', path: '/', method: 'POST', headers: { a: '1' }, timeout: 5, agent: false }]],
  ['http.validateHeaderName', (...a) => N.http.validateHeaderName(...a), () => ['x-a']],
  ['http.Agent', (...a) => new N.http.Agent(...a), () => [{ keepAlive: true, maxSockets: 2, timeout: 5 }]],
  ['fs.writeFileSync', (...a) => N.fs.writeFileSync(...a), () => ['/tmp/argfuzz.txt', 'x', { encoding: 'utf8', mode: 0o644, flag: 'w' }]],
  ['fs.readFileSync', (...a) => N.fs.readFileSync(...a), () => ['/tmp/argfuzz.txt', { encoding: 'utf8', flag: 'r' }]],
  ['fs.mkdirSync', (...a) => N.fs.mkdirSync(...a), () => ['/tmp/argfuzz-d/e', { recursive: true, mode: 0o755 }]],
  ['fs.readdirSync', (...a) => N.fs.readdirSync(...a), () => ['/tmp', { withFileTypes: true, recursive: false, encoding: 'utf8' }]],
  ['fs.promises.open', (...a) => N.fs.promises.open(...a).then((h) => h.close()), () => ['/tmp/argfuzz.txt', 'r', 0o644]],
  ['fs.createReadStream', (...a) => N.fs.createReadStream(...a).destroy(), () => ['/tmp/argfuzz.txt', { start: 0, end: 1, highWaterMark: 2, encoding: 'utf8' }]],
  ['fs.cpSync', (...a) => N.fs.cpSync(...a), () => ['/tmp/argfuzz.txt', '/tmp/argfuzz2.txt', { force: true, recursive: false, filter: () => true }]],
  ['fs.statSync', (...a) => N.fs.statSync(...a), () => ['/tmp', { bigint: true, throwIfNoEntry: false }]],
  ['os.userInfo', (...a) => N.os.userInfo(...a), () => [{ encoding: 'buffer' }]],
  ['perf_hooks.histogram', (...a) => N.perf_hooks.createHistogram(...a).record(5), () => [{ lowest: 1, highest: 100, figures: 3 }]],
  ['v8.serialize', (...a) => N.v8.deserialize(N.v8.serialize(...a)), () => [{ a: [1, new Map()], d: new Date(0) }]],
  ['sqlite', (...a) => new N.sqlite.DatabaseSync(...a), () => [':memory:', { open: true, readOnly: false }]],
  ['readline.createInterface', (...a) => N.readline.createInterface(...a).close(), () => [{ input: new N.stream.PassThrough(), terminal: false, crlfDelay: 100, historySize: 1 }]],
  ['worker_threads', (...a) => new N.worker_threads.BroadcastChannel(...a).close(), () => ['ch']],
  ['punycode', (...a) => N.punycode.toASCII(...a), () => ['mañana.com']],
  ['module.createRequire', (...a) => N.module.createRequire(...a)('node:path'), () => ['file:///a.js']],
  ['process.nextTick', (...a) => process.nextTick(...a), () => [(x) => x, 1]],
  ['process.emitWarning', (...a) => process.emitWarning(...a), () => ['w', { type: 'T', code: 'C', detail: 'd' }]],
  ['process.hrtime', (...a) => process.hrtime(...a), () => [[1, 2]]],
  ['env.get', (...a) => N.cfworkers.withEnv?.(...a), () => [{ A: '1' }, () => 1]],
  ['cloudflare:sockets', (...a) => N.cfsockets.connect(...a).close(), () => [{ hostname: 'example.com', port: 80 }, { secureTransport: 'off', allowHalfOpen: false }]],
];
for (const [label, fn, make] of templates) {
  for (const path of paths(make(), [], 0, [])) {
    if (path.length === 0) continue;
    for (const b of bad) {
      const args = make();
      setAt(args, path, b);
      const where = label + ' [' + path.join('.') + ']';
      calls++;
      try {
        const r = fn(...args);
        if (r && typeof r.then === 'function') r.then(() => {}, (e) => check(where, e));
      } catch (e) { check(where, e); }
    }
  }
}
await new Promise((r) => setTimeout(r, 300));
for (const c of [...crashes].sort()) console.log('CRASH', c);
console.log('calls', calls);
} };
