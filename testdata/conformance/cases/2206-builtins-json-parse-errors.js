// V8's JSON.parse messages (positions, lines and columns, the text around an
// unexpected token) for hand-picked and mutated texts, and JSON.rawJSON's.
{
const p = (s) => { try { JSON.parse(s); console.log(JSON.stringify(s), 'ok'); } catch (e) { console.log(JSON.stringify(s), e.constructor.name + ': ' + e.message); } };
['[1', '[1,', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a" x', '1.', '1.e5', '1e+', '-x', '-', '"\\u12', '"\\u12x4"', '"\\uZZZZ"', '"\\', '"abc', '[1,]', '[,1]', '{,}', '{"a":1,}', '{"a":1 "b":2}', '["a" "b"]', '"a" "b"', '1 2', 'trux', 'fals', 'nulx', '{"a":tru}', '[1\n,2\n,x]', '\n\n  x', '{\n"a":\n}', 'abcdefghijklmnopqrstuvwxyz', '[1,2,3,4,5,6,7,8,9,10,11,x]', '[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,x,1,2,3,4,5,6,7,8,9,10,11,12,13,14]', '{"key": "value", "other": undefined}', 'Infinity', '[object Object]', '-Infinity', 'undefinedx', '\u00e9', '"a\tb"', '0x10', '.5', '+1', '1e5x', '[1]]', '{"a":1}}', '\r\n x', 'x\r\ny', '[\r\n1\r\n,x]', '"\u2028"x', 'NaN ', ' NaN', 'nullnull', '12345678901234567890x', '{"a":[1,{"b":x}]}', "'a'", '{a}', '[1 2]', '{"a"1}', '"\\x41"', '"\\"'].forEach(p);
}
{
for (const s of ['[\r\n1\r\n,2 3]', '[\n\r1 3]', '[\u2028 1 3]', '[\r\r1 3]', '[1,\r\n\r\n2 x]']) { try { JSON.parse(s); } catch (e) { console.log(JSON.stringify(s), e.message); } }
}
{
let seed = 7;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return Math.floor(seed / 2147483648 * n); };
const bases = ['{"a": [1, 2.5, -3e10, true, false, null], "b": {"c": "d\\n\\u0041"}}', '[\n  {"id": 1,\n   "name": "x"},\n  {"id": 2}\r\n]', '"hello world this is long"', '{"key":"value","list":[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15],"nested":{"deep":{"deeper":[{}]}}}', '-0.5e-7', '[[[[]]]]'];
const chars = '{}[],:"\\ \n\t.-+e0123456789aetfnulxE/\r';
const seen = new Set();
for (let i = 0; i < 400; i++) {
  let s = bases[rnd(bases.length)];
  const k = 1 + rnd(3);
  for (let j = 0; j < k; j++) {
    const pos = rnd(s.length + 1), op = rnd(3);
    if (op === 0) s = s.slice(0, pos) + s.slice(pos + 1);
    else if (op === 1) s = s.slice(0, pos) + chars[rnd(chars.length)] + s.slice(pos);
    else s = s.slice(0, pos);
  }
  if (seen.has(s)) continue;
  seen.add(s);
  try { JSON.parse(s); console.log(JSON.stringify(s), 'ok'); } catch (e) { console.log(JSON.stringify(s), e.constructor.name + ': ' + e.message.replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')); }
}
}
{
const p = (f) => { try { const r = f(); console.log(typeof r === 'string' ? JSON.stringify(r) : String(r)); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } };
for (const s of ['{}', '[1]', ' 1', '1 ', '', 'abc', '"x', '1e1000', 'null', 'true', '"\\u0041"', '01', '-', '{"a":1}', '\t1']) p(() => JSON.stringify(JSON.rawJSON(s)));
p(() => JSON.rawJSON(Symbol()));
p(() => JSON.rawJSON({ toString() { return '5'; } }).rawJSON);
p(() => Object.getOwnPropertyNames(JSON.rawJSON('1')).join() + Object.isFrozen(JSON.rawJSON('1')) + Object.getPrototypeOf(JSON.rawJSON('1')));
p(() => JSON.isRawJSON({}) + ' ' + JSON.isRawJSON() + ' ' + JSON.rawJSON.length + JSON.isRawJSON.length);
}
