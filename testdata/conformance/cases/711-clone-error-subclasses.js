class SubRange extends RangeError {}
class SubError extends Error {}
class Named extends TypeError { constructor(m) { super(m); this.name = 'Named'; } }
class ProtoNamed extends TypeError {}
ProtoNamed.prototype.name = 'ProtoNamed';
for (const e of [new SubRange('a'), new SubError('b'), new Named('c'), new ProtoNamed('d')]) {
  const c = structuredClone(e);
  console.log(e.constructor.name, '->', c.constructor.name, c.name, c.message, Object.prototype.hasOwnProperty.call(c, 'name'));
}
const renamed = new TypeError('renamed'); renamed.name = 'RangeError';
const asSyntax = new Error('plain'); asSyntax.name = 'SyntaxError';
const asError = new RangeError('range'); asError.name = 'Error';
for (const e of [renamed, asSyntax, asError]) {
  const c = structuredClone(e);
  console.log(e.constructor.name, 'named', e.name, '->', c.constructor.name, c.name, c.message);
}
