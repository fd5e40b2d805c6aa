// ArrayBuffer.prototype.slice of a detached buffer and of other receivers,
// transfer and transferToFixedLength.
const p = (f) => { try { console.log(String(f())); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } };
const b = new ArrayBuffer(8); b.transfer();
p(() => b.slice(0));
p(() => b.slice());
p(() => new ArrayBuffer(8).slice(2, 5).byteLength);
p(() => ArrayBuffer.prototype.slice.length + ArrayBuffer.prototype.slice.name);
p(() => ArrayBuffer.prototype.slice.call(5));
p(() => ArrayBuffer.prototype.slice.call(new Uint8Array(2)));
p(() => b.byteLength + " " + b.detached);
p(() => b.transfer());
p(() => { const c = new ArrayBuffer(4); new Uint8Array(c).set([1, 2, 3, 4]); const d = c.transfer(6); return [c.detached, d.byteLength, [...new Uint8Array(d)].join()].join(' '); });
p(() => { const c = new ArrayBuffer(4); const d = c.transferToFixedLength(2); return [c.detached, d.byteLength].join(' '); });
p(() => new ArrayBuffer(4).transfer(-1));
p(() => new ArrayBuffer(4).transfer('x').byteLength);
