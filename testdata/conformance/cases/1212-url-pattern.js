function attempt(f) { try { return JSON.stringify(f()); } catch (e) { return e.constructor.name + ' ' + e.name + ' ' + e.code + ': ' + e.message; } }
console.log(attempt(() => (() => { const p = new URLPattern({ pathname: '/books/:id' }); return [p.pathname, p.protocol, p.hasRegExpGroups, p.test('https://x/books/5'), p.exec('https://x/books/5').pathname]; })()));
console.log(attempt(() => (() => { const p = new URLPattern('https://*.example.com/:a/:b?'); return [p.hostname, p.pathname, p.exec('https://w.example.com/x').pathname.groups.a]; })()));
console.log(attempt(() => new URLPattern('/x/:y', 'https://h').exec('https://h/x/1').pathname.groups));
console.log(attempt(() => new URLPattern('(')));
console.log(attempt(() => new URLPattern('/a')));
console.log(attempt(() => new URLPattern({ pathname: '/a' }).exec('https://h/b')));
