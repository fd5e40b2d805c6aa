// config: date=2026-11-17 flags=
// TextDecoder, TextEncoder and TextDecoderStream argument errors as workerd 2026-12-01 words them: decode's 'BufferSource or ArrayBuffer or ArrayBufferView', the stream's 'TextDecoderStreamInit'.
function t(l, f) { try { console.log(l, JSON.stringify(f())); } catch (e) { console.log(l, e.constructor.name + ': ' + e.message); } }
for (const v of [undefined, null, 5, 'abc', {}, [], new ArrayBuffer(2), new Uint8Array([65]), new DataView(new ArrayBuffer(1)), true, Symbol(), 5n])
  t('decode ' + typeof v, () => new TextDecoder().decode(v));
t('decode 0 args', () => new TextDecoder().decode());
t('td fatal str', () => new TextDecoder('utf-8', 'x'));
t('td label obj', () => new TextDecoder({toString() { return 'latin1'; }}).encoding);
t('td label sym', () => new TextDecoder(Symbol()));
t('td opts fatal getter', () => new TextDecoder('utf-8', {get fatal() { throw new Error('G'); }}));
t('enc encode obj', () => Array.from(new TextEncoder().encode({toString() { return 'a'; }})));
t('enc encode sym', () => new TextEncoder().encode(Symbol()));
t('enc encodeInto bad dest', () => new TextEncoder().encodeInto('a', new Uint16Array(2)));
t('enc encodeInto dest missing', () => new TextEncoder().encodeInto('a'));
t('enc encodeInto ab', () => new TextEncoder().encodeInto('a', new ArrayBuffer(2)));
t('tds bad', () => new TextDecoderStream('foo'));
t('tds opts null', () => new TextDecoderStream('utf-8', null));
t('tds opts 5', () => new TextDecoderStream('utf-8', 5));
t('decode stream 5', () => new TextDecoder().decode(new Uint8Array(1), {stream: 5}));
