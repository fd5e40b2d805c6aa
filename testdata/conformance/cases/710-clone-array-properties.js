const a = [1, , 3];
a.name = 'named';
a[-1] = 'neg';
const c = structuredClone(a);
console.log(c.length, 1 in c, c.name, c[-1], JSON.stringify(Object.keys(c)));
const sparse = new Array(3);
console.log(structuredClone(sparse).length, 0 in structuredClone(sparse));
