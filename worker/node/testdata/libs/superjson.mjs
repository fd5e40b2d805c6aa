import superjson from 'superjson';
export default {
  async test() {
    const o = { d: new Date(0), m: new Map([[1, 'a']]), s: new Set([1, 2]), b: 10n, r: /x+/gi, u: undefined, n: NaN, i: -Infinity, e: new Error('boom'), url: new URL('http://a/b'), nz: -0 };
    const s = superjson.stringify(o);
    console.log(s);
    const back = superjson.parse(s);
    console.log(back.d instanceof Date, back.m.get(1), back.s.has(2), typeof back.b, back.r.flags, 'u' in back, Number.isNaN(back.n), back.e instanceof Error, back.e.message, back.url instanceof URL, Object.is(back.nz, -0));
    class P { constructor(x) { this.x = x; } }
    superjson.registerClass(P, { identifier: 'P' });
    console.log(superjson.parse(superjson.stringify(new P(3))) instanceof P);
    const sc = structuredClone(back.m); console.log(sc.get(1));
  },
};
