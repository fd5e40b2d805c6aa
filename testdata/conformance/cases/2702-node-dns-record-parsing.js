// config: date=2026-11-23 flags=nodejs_compat
// node:dns's CAA and NAPTR records that do not parse (workerd's parser: an Error with its message, a RangeError for a number that does not parse) reject the call; TXT data without quotes and with odd quoting.
const p = await import('node:dns/promises');
let data;
globalThis.fetch = async (url) => {
  const name = url.searchParams.get('name'), type = url.searchParams.get('type');
  const t = { CAA: 257, NAPTR: 35, TXT: 16 }[type];
  return Response.json({ Status: 0, Question: [{ name, type: t }], Answer: [{ name, type: t, TTL: 1, data }] });
};
const caa = ['\\# 3', '\\# 3 00', '\\# 7 00 05 69 73', '\\# 6 00 03 66 6f 6f 61', '\\# 4 zz 01 69 61', '0 tag "v"', '0 issue', '300 issue "x"', '-1 issue "x"', 'x issue "x"', '0 issue "open', '0 issue "a\\', '0 issue a\\ b', '0 "iss\\117e" "x"', '1 iodef "\\"quoted\\""', '0 issue ""', '\\# 8 01 05 69 73 73 75 65 41', '\\# 6 00 05 69 73 73 75 65', '\t0  issue   "spaced"  '];
for (data of caa) {
  try { console.log('CAA', JSON.stringify(data), JSON.stringify(await p.resolveCaa('x.test'))); }
  catch (e) { console.log('CAA', JSON.stringify(data), e.constructor.name, e.code, JSON.stringify(e.message)); }
}
const naptr = ['\\#', '\\# 3 00 01 00', '\\# 9 00 01 00 02 05 73', '\\# 10 00 01 00 02 01 73 05 61', '\\# 12 00 01 00 02 01 73 01 61 05 62', '\\# 13 00 01 00 02 01 73 01 61 01 62 05 63', '\\# 13 00 01 00 02 01 73 01 61 01 62 00', '\\# 17 00 01 00 02 00 00 00 01 61 01 62 00', '1 2 "a" "b" "c"', '1 2 "a" "b" "c" d e', 'x 2 "a" "b" "c" d.', '1 2 a b c d.', '4294967296 2 "" "" "" .', '\\# 20 ff ff ff ff 00 00 00 00 03 77 77 77 04 74 65 73 74 00'];
for (data of naptr) {
  try { console.log('NAPTR', JSON.stringify(data), JSON.stringify(await p.resolveNaptr('x.test'))); }
  catch (e) { console.log('NAPTR', JSON.stringify(data), e.constructor.name, e.code, JSON.stringify(e.message)); }
}
for (data of ['"a"', '"a" "b"', '"', '""""', 'x"y"', '"a"b"', '"a""b', '"unterminated']) {
  console.log('TXT', JSON.stringify(data), JSON.stringify(await p.resolveTxt('x.test')));
}
