const src = { n: 1, s: 'x', arr: [1, , 3], d: new Date(0), re: /a/gi, m: new Map([[1, 'one']]), set: new Set(['a']), u: undefined, big: 10n };
src.self = src;
const c = structuredClone(src);
console.log(c !== src, c.self === c, JSON.stringify(Object.keys(c)));
console.log(c.arr.length, 1 in c.arr, c.d instanceof Date, c.d.getTime(), c.re.source, c.re.flags);
console.log(c.m instanceof Map, c.m.get(1), c.set.has('a'), 'u' in c, typeof c.big, c.big === 10n);
console.log(structuredClone(undefined), structuredClone(null), Object.is(structuredClone(-0), -0), Number.isNaN(structuredClone(NaN)));
console.log(structuredClone.length, structuredClone.name);
