// config: date=2026-11-17
// Buffer's numeric readers and writers.
const w = Buffer.alloc(16);
w.writeUInt32BE(0xdeadbeef, 0);
w.writeInt16LE(-2, 4);
w.writeUInt8(255, 6);
w.writeInt8(-1, 7);
w.writeDoubleLE(1.5, 8);
console.log(w);
console.log(w.readUInt32BE(0).toString(16), w.readUInt32LE(0).toString(16), w.readInt16LE(4), w.readUInt8(6), w.readInt8(7), w.readDoubleLE(8));
console.log(Buffer.from('abc').readUIntBE(0, 3), Buffer.from('abc').readUIntLE(0, 3), Buffer.from([0xff, 0xfe]).readIntBE(0, 2));
console.log(Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).readBigUInt64LE(0), Buffer.from([0, 0, 0x80, 0x3f]).readFloatLE(0));
const v = Buffer.alloc(6);
console.log(v.writeUIntBE(0x123456, 0, 3), v.writeIntLE(-5, 3, 3), v);
console.log(Buffer.alloc(8).writeBigInt64BE(-1n), Buffer.from([1, 2]).readUint16BE(), typeof Buffer.prototype.readUint32LE);
