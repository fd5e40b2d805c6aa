// config: date=2026-11-23 flags=nodejs_compat
// node:punycode: encode, decode, toASCII, toUnicode (labels, email addresses, RFC 3490 separators), ucs2, version, and its RangeErrors.
const p = await import('node:punycode');
const show = (l, f) => { try { console.log(l, JSON.stringify(f())); } catch (e) { console.log(l, 'threw', e.name, e.message); } };
show('enc', () => p.encode('mañana'));
show('enc2', () => p.encode('☃-⌘'));
show('enc3', () => p.encode('abc'));
show('enc4', () => p.encode(''));
show('dec', () => p.decode('maana-pta'));
show('dec2', () => p.decode('--dqo34k'));
show('dec bad', () => p.decode('ü-x'));
show('dec bad2', () => p.decode('a-!'));
show('dec of', () => p.decode('99999999999999'));
show('ascii', () => p.toASCII('mañana.com'));
show('ascii2', () => p.toASCII('джумла@джpумлатест.bрфa'));
show('ascii3', () => p.toASCII('a。b．c｡d'));
show('uni', () => p.toUnicode('xn--maana-pta.com'));
show('uni2', () => p.toUnicode('XN--MAANA-PTA.com'));
show('ucs2', () => p.ucs2.decode('\ud834\udf06a\ud800'));
show('ucs2e', () => p.ucs2.encode([0x1d306, 97]));
show('ucs2e bad', () => p.ucs2.encode([0x110000]));
show('enc num', () => p.encode(5));
show('lens', () => [p.encode.length, p.decode.length, p.toASCII.length, p.toUnicode.length, p.ucs2.decode.length, p.ucs2.encode.length, p.encode.name, p.toASCII.name, p.ucs2.decode.name, p.ucs2.encode.name, p.version]);
