// URLPattern's v-flag classes with Unicode properties: \p{..} and \P{..} inside set operations.
const p = new URLPattern({ pathname: '/:name([\\p{Lu}--[A-C]]+)' });
console.log(p.test('http://x/DEF'), p.test('http://x/ABC'), p.pathname);
const q = new URLPattern({ pathname: '/:n([\\p{Lu}\\d]+)' });
console.log(q.test('http://x/Z1'), q.test('http://x/z'), q.exec('http://x/Q9').pathname.groups.n);
const r = new URLPattern({ pathname: '/:n([\\P{Ll}]+)' });
console.log(r.test('http://x/AB1'), r.test('http://x/ab'));
