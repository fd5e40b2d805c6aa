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
  { length: 3 }, { valueOf() { throw new Error('valueOf'); } }];
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
