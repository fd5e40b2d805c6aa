{
const P = (...a) => console.log(...a);
const E = (f) => { try { return String(f()) } catch (e) { return e.constructor.name + ': ' + e.message } };
const S = Intl.Segmenter;
P(S.length, S.name, Object.getOwnPropertyNames(S.prototype).join(), String(S.prototype[Symbol.toStringTag]), Object.getOwnPropertyNames(S).join());
const s = new S('en', {granularity: 'word'});
P(JSON.stringify(s.resolvedOptions()), JSON.stringify(new S().resolvedOptions()), JSON.stringify(new S('ja', {granularity:'sentence', localeMatcher: 'lookup'}).resolvedOptions()));
const segs = s.segment('Hello, world! 123 foo.bar');
const sp = Object.getPrototypeOf(segs);
P(Object.getOwnPropertyNames(sp).join(), String(sp[Symbol.toStringTag]), typeof sp[Symbol.iterator], sp[Symbol.iterator].name, sp.containing.length, Object.getOwnPropertyNames(segs).length, Object.prototype.toString.call(segs));
const it = segs[Symbol.iterator]();
const ip = Object.getPrototypeOf(it);
P(Object.getOwnPropertyNames(ip).join(), String(ip[Symbol.toStringTag]), Object.getPrototypeOf(ip) === Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())), ip.next.length);
P(JSON.stringify([...segs]));
P(JSON.stringify(segs.containing(0)), JSON.stringify(segs.containing(5)), JSON.stringify(segs.containing(-1)), JSON.stringify(segs.containing(100)), JSON.stringify(segs.containing()), JSON.stringify(segs.containing('7')), JSON.stringify(segs.containing(1.9)), JSON.stringify(segs.containing(NaN)));
for (const g of ['grapheme', 'word', 'sentence']) {
  for (const t of ['e\u0301a👨‍👩‍👧🇯🇵a\r\nb', "Don't stop. It's 3.14 now! Mr. Smith went to Washington. OK?  Yes.", 'The quick (\u201cbrown\u201d) fox can\u2019t jump 32.3 feet, right?', 'Ich bin 12 Jahre alt. Das ist gut.', '日本語のテキストです。東京に行きます。', '我们去北京吧。好的！', 'İstanbul’da yaşıyorum. Evet.', 'l\u2019homme. "Oui." a_b a.b a:b 1,000.5 e-mail #tag @x', 'كلمة عربية', 'ภาษาไทยง่าย', '👍🏽 x 🏳️‍🌈']) {
    for (const l of ['en', 'ja']) P(g, l, JSON.stringify([...new S(l, {granularity: g}).segment(t)].map(x => g == 'word' ? [x.segment, x.index, x.isWordLike] : [x.segment, x.index])));
  }
}
P(E(() => S()), E(() => new S('en', {granularity: 'line'})), E(() => new S('en').segment()), E(() => new S('en').segment(Symbol())), E(() => S.prototype.segment.call({}, 'a')), E(() => sp.containing.call({}, 1)), E(() => ip.next.call({})), E(() => new S('en', null)));
P(JSON.stringify(new S('en').segment('ab').containing(0)), Object.keys(new S('en').segment('ab').containing(0)).join(), Object.keys(new S('en',{granularity:'word'}).segment('ab').containing(0)).join());
P(JSON.stringify(S.supportedLocalesOf(['en', 'ja', 'xx'])), E(() => JSON.stringify(new S('xx').resolvedOptions())), E(() => JSON.stringify(new S('de-DE').resolvedOptions())));
const x = new S('en').segment('abc'); const i1 = x[Symbol.iterator](); P(JSON.stringify(i1.next()), JSON.stringify([...i1]), JSON.stringify(i1.next()));
P(JSON.stringify([...new S('en').segment('')]), JSON.stringify(new S('en').segment('').containing(0)));
P(E(() => JSON.stringify([...new S('en').segment(123)])), E(() => JSON.stringify([...new S('en').segment({toString(){return 'ab'}})])));
}
{
const W = (t) => JSON.stringify([...new Intl.Segmenter('en', {granularity: 'word'}).segment(t)].map(x => x.segment + (x.isWordLike ? '*' : '')));
const S = (t) => JSON.stringify([...new Intl.Segmenter('en', {granularity: 'sentence'}).segment(t)].map(x => x.segment));
for (const t of ['1:30', 'a.1', '1.a', 'U.S.A.', 'e.g.', 'www.example.com', '3.14.15', '_', '__init__', '½', 'x²', 'a-b', "foo's", 'l\u2019été', "a'", 'צה"ל', '١٢٣', 'ｱｲｳ', 'カタカナ', '한국어 문장', 'a\u00ADb', 'a\u200Db', '$100', '100%', '3,5', '1 000', 'a\n\nb', 'a\tb', 'ab12cd', 'A1.B2', 'x_1', 'Ⅻ', 'ﬁ', 'a\u0301b', "a'b'c", 'a.b.c', 'a:b:c', 'ab.', 'Hello.World', 'ŉ', 'ǅ', 'ー', 'あー', 'ひらがな', '漢字かな', '１２３', '①', 'a\u3000b', '\u{1F600}\u{1F600}', '#1', 'v1.2.3', '12:34:56', 'e.g', 'a.b', 'a\uFF0Eb', 'a\uFE55b', 'a\uFF1Ab', 'a\u00B7b', 'a\u0387b', 'a\u05F4b', 'a\u2027b', 'a\uFE13b']) console.log(JSON.stringify(t), W(t));
for (const t of ['Hello.World', 'a.\"B', 'He said "Hi." Then he left.', '1. Item', 'e.g. this', 'U.S. Army', 'What...?! No.', 'Hi!\n\nNext', '日本。English.', '¿Qué? ¡Sí! Bien.', 'a.b. C', 'x (y.) Z', 'end.\u2029Next', 'one;two', 'A\rB', 'Wait… okay.', 'a?B', 'Ok.\tNext', 'ok. next', '3.5 is. Yes']) console.log(JSON.stringify(t), S(t));
}
{
const G = (t) => JSON.stringify([...new Intl.Segmenter('en').segment(t)].map(x => [x.segment, x.index]));
for (const t of ['नमस्ते', 'क्षि', 'ক্ষ', '🇺🇸🇬🇧🇫', '1️⃣#️⃣', '🏴󠁧󠁢󠁳󠁣󠁴󠁿x', '각각', '\uD800a\uDC00', 'a\u0308\u0301b', '🧑🏿‍🤝‍🧑🏻', 'e\u200d', '\u0600a', 'கு', 'ஸ்ரீ', 'ä\u200cb', '\r\r\n\n']) console.log(JSON.stringify(t), G(t));
const w = new Intl.Segmenter('en', {granularity: 'word'}).segment('\uD800ab cd');
console.log(JSON.stringify([...w]), JSON.stringify(w.containing(-0.5)), JSON.stringify(w.containing(Infinity)));
}
