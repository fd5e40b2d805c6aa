function attempt(f) { try { return JSON.stringify(f()); } catch (e) { return e.constructor.name + ' ' + e.name + ' ' + e.code + ': ' + e.message; } }
console.log(attempt(() => new URLSearchParams({ a: 1, b: [2, 3] }).toString()));
console.log(attempt(() => new URLSearchParams([['a', 'b'], ['c', 'd']]).toString()));
console.log(attempt(() => new URLSearchParams([['a']])));
console.log(attempt(() => new URLSearchParams([5])));
console.log(attempt(() => [...new URLSearchParams('?a=%zz&b=%C3%A9+x&&c&=d')]));
console.log(attempt(() => (() => { const p = new URLSearchParams('b=2&a=1&b=3'); p.set('b', 4); p.append('c', 'x'); p.sort(); return [p.toString(), p.get('b'), p.get('zz'), p.getAll('a'), p.has('c', 'x'), p.has('c', 'y'), p.size]; })()));
console.log(attempt(() => (() => { const p = new URLSearchParams('a=1&a=2&a=1'); p.delete('a', '1'); return p.toString(); })()));
console.log(attempt(() => new URLSearchParams({ 'a b': '&=*-._~!' }).toString()));
console.log(attempt(() => (() => { const p = new URLSearchParams('\uFB03=1&\u{1F308}=2'); p.sort(); return [...p.keys()]; })()));
console.log(attempt(() => new URLSearchParams().append('a')));
console.log(attempt(() => new URLSearchParams().get()));
console.log(attempt(() => new URLSearchParams().forEach()));
console.log(attempt(() => (() => { const p = new URLSearchParams('a=1'); const it = p.keys(); p.append('b', 2); return [...it]; })()));
console.log(attempt(() => [String(new URLSearchParams().entries()), String(new URLSearchParams().keys()), String(new URLSearchParams().values())]));
console.log(attempt(() => new URLSearchParams().entries().next.call({})));
