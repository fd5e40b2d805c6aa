import { nanoid, customAlphabet } from 'nanoid';
import { v1, v4, v5, v6, v7, validate, version, parse, stringify, NIL } from 'uuid';
export default {
  async test() {
    const a = nanoid(); console.log('nanoid', a.length, /^[A-Za-z0-9_-]+$/.test(a));
    console.log('custom', customAlphabet('abc', 10)().length);
    for (const [n, f] of [['v1', v1], ['v4', v4], ['v6', v6], ['v7', v7]]) { const u = f(); console.log(n, validate(u), version(u), u.length); }
    console.log('v5', v5('hello', v5.URL));
    console.log(stringify(parse('6ba7b810-9dad-11d1-80b4-00c04fd430c8')), NIL);
    console.log('randomUUID', typeof crypto.randomUUID(), validate(crypto.randomUUID()));
  },
};
