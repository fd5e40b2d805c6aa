// config: date=2026-11-23 flags=
// Builtins mcrepl reimplements, called on receivers without the properties they read (they crashed mcrepl: a Go nil where a script sees undefined): Array.prototype.toLocaleString and RegExp.prototype.toString on {} and on a null-prototype object.
for (const self of [{}, Object.create(null), { length: 2, 0: 1.5, 1: null }, { source: 'a', flags: 'g' }]) {
  try { console.log(JSON.stringify(Array.prototype.toLocaleString.call(self))); } catch (e) { console.log('toLocaleString', e.constructor.name, e.message); }
  try { console.log(JSON.stringify(RegExp.prototype.toString.call(self))); } catch (e) { console.log('toString', e.constructor.name, e.message); }
}
