// structuredClone of host objects: streams and others are refused (or cloned) as workerd does.
const objs = {
  ReadableStream: () => new ReadableStream(),
  WritableStream: () => new WritableStream(),
  TransformStream: () => new TransformStream(),
  TextDecoderStream: () => new TextDecoderStream(),
  reader: () => new ReadableStream().getReader(),
  ByteLengthQueuingStrategy: () => new ByteLengthQueuingStrategy({ highWaterMark: 1 }),
  subclass: () => new (class S extends ReadableStream {})(),
  iterator: () => new ReadableStream()[Symbol.asyncIterator](),
  controller: () => { let c; new ReadableStream({ start(x) { c = x; } }); return c; },
  writer: () => new WritableStream().getWriter(),
};
for (const [name, make] of Object.entries(objs)) {
  try {
    const c = structuredClone(make());
    console.log(name, 'cloned', Object.prototype.toString.call(c), JSON.stringify(c));
  } catch (e) {
    console.log(name, e.name, e.message);
  }
}
const S = class extends ReadableStream { constructor() { super(); this.x = 1; } };
const s = new S();
console.log(s instanceof S, s instanceof ReadableStream, s.x, Reflect.ownKeys(s).join(','), s.locked, typeof s.getReader().read);
