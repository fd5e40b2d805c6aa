// config: date=2026-11-17
// Buffer's argument errors: Node's codes and messages.
const show = (f) => { try { console.log('ok', f()); } catch (e) { console.log(e.name, e.code, e.message); } };
show(() => Buffer.from());
show(() => Buffer.from(5));
show(() => Buffer.from('x', 'nope'));
show(() => Buffer.from('hi').toString('nope'));
show(() => Buffer.alloc('5'));
show(() => Buffer.alloc(-1));
show(() => Buffer.from('hi').readUInt8(5));
show(() => Buffer.from('hi').readUInt16LE(1));
show(() => Buffer.alloc(1).writeUInt8(256));
show(() => Buffer.alloc(2).writeInt16BE(40000));
show(() => Buffer.concat('x'));
show(() => Buffer.from('abc').swap16());
show(() => Buffer('x'));
show(() => new Buffer(2));
