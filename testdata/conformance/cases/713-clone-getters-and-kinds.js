let calls = 0;
const o = { get g() { calls++; return 'got'; }, set onlySet(v) {} };
Object.defineProperty(o, 'hidden', { value: 1, enumerable: false });
o[Symbol('s')] = 1;
const c = structuredClone(o);
console.log(calls, JSON.stringify(Object.getOwnPropertyDescriptor(c, 'g')), 'onlySet' in c, c.onlySet, 'hidden' in c, Object.getOwnPropertySymbols(c).length);
