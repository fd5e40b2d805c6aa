// config: date=2026-09-15 flags=nodejs_compat
// buffer.transcode (workerd 2026-12-01): latin1 is ISO-8859-1, so each of these characters, none of them in it, is a question mark; utf8/ucs2 round trips; latin1 0x80-0x9f as U+0080-U+009F.
const B = process.getBuiltinModule('node:buffer');
const s = '\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178\u4e00\ud83d\ude00\u0100';
console.log(B.transcode(B.Buffer.from(s), 'utf8', 'latin1').toString('hex'));
console.log(B.transcode(B.Buffer.from(s), 'utf8', 'ascii').toString('hex'));
console.log(B.transcode(B.Buffer.from('aé'), 'utf8', 'ucs2').toString('hex'), B.transcode(B.Buffer.from('aé', 'ucs2'), 'ucs2', 'utf8').toString('hex'), B.transcode(B.Buffer.from([0xe9]), 'latin1', 'utf8').toString('hex'));
console.log(B.transcode(B.Buffer.from([0x80, 0x9d, 0x41]), 'latin1', 'utf8').toString('hex'), B.transcode(B.Buffer.from('\u0080\u009d'), 'utf8', 'latin1').toString('hex'), B.transcode(B.Buffer.from('\u00e9'), 'utf8', 'ascii').toString('hex'));
