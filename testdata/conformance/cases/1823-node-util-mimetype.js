// config: date=2026-09-15 flags=nodejs_compat
// util.MIMEType and MIMEParams: WHATWG parsing (case, whitespace, quoted values, duplicates, empty values), serialization and quoting, setters' checks and messages, iteration, toJSON, toStringTag, inspection.
const { MIMEType, MIMEParams } = process.getBuiltinModule('node:util');
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : String(v)); } catch (e) { console.log(e.constructor.name + ': ' + e.message, e.code); } };
for (const s of ['text/html; charset=utf-8', 'TEXT/HTML;CHARSET="UTF-8"', 'application/json', ' text/plain ;  a=b ; c="d;e" ;f', 'image/svg+xml;x=1;x=2', 'text/html;charset=', 'a/b;c="\\"q\\""', 'text/html;  ;x=y', 'text/html; Key=Value', 'text/html;a=b c']) {
  show(() => { const m = new MIMEType(s); return [m.type, m.subtype, m.essence, m.toString(), String(m), JSON.stringify(m), [...m.params.entries()].map((e) => e.join('=')).join('&'), m.params.toString()].join(' | '); });
}
for (const s of ['', 'text', 'text/', '/html', 'te xt/html', 'text/ht ml', 'text/html\u00ff']) show(() => new MIMEType(s).toString());
const m = new MIMEType('text/plain');
m.type = 'application'; m.subtype = 'json'; m.params.set('charset', 'utf-8'); m.params.set('q', 'a b');
show(() => m.toString());
show(() => { m.type = ''; });
show(() => { m.type = 'a b'; });
show(() => { m.subtype = '/'; });
show(() => { m.params.set('bad key', 'v'); });
show(() => { m.params.set('k', 'é'); });
show(() => [m.params.has('charset'), m.params.get('CHARSET'), m.params.get('charset'), m.params.get('nope')].join());
m.params.delete('q');
show(() => [...m.params.keys()].join() + '|' + [...m.params.values()].join() + '|' + [...m.params].length);
show(() => new MIMEParams().toString());
show(() => typeof MIMEParams.prototype[Symbol.iterator]);
show(() => new MIMEType(5));
show(() => new MIMEType({ toString() { return 'x/y'; } }).essence);
show(() => Object.prototype.toString.call(m) + ' ' + Object.prototype.toString.call(m.params));
show(() => process.getBuiltinModule('node:util').inspect(new MIMEType('a/b;c=d')));
show(() => process.getBuiltinModule('node:util').inspect(new MIMEType('a/b')));
show(() => process.getBuiltinModule('node:util').inspect(new MIMEType('text/plain;a=1;b=2').params));
show(() => process.getBuiltinModule('node:util').inspect(new MIMEParams()));
