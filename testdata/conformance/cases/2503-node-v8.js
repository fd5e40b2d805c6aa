// config: date=2026-11-23 flags=nodejs_compat
// node:v8: its exports, the statistics (zeros), cachedDataVersionTag, startupSnapshot.isBuildingSnapshot, and the argument checks before each ERR_METHOD_NOT_IMPLEMENTED (serializers, snapshots, flags, coverage, promiseHooks, queryObjects, GCProfiler)
const fnDesc = (f) => {
  let s = JSON.stringify(f.name) + '/' + f.length;
  if (f.prototype && typeof f.prototype === 'object') {
    const p = f.prototype;
    s += ' proto{' + Reflect.ownKeys(p).filter((k) => k !== 'constructor').map((k) => {
      const d = Object.getOwnPropertyDescriptor(p, k);
      const n = typeof k === 'symbol' ? k.description : k;
      if (d.get || d.set) return n + ':get' + (d.set ? 'set' : '');
      if (typeof d.value === 'function') return n + '/' + d.value.length + (d.value.name === '' ? '(anonymous)' : '');
      return n + '=' + (typeof d.value === 'object' ? typeof d.value : String(d.value));
    }).join(' ') + '}';
  }
  return s;
};
const desc = (v, deep = true) => {
  if (typeof v === 'function') return 'function ' + fnDesc(v);
  if (typeof v === 'symbol') return v.toString();
  if (v === null || typeof v !== 'object') return typeof v === 'string' ? JSON.stringify(v) : String(v);
  const proto = Object.getPrototypeOf(v);
  const tag = proto === null ? '[null prototype] ' : proto === Object.prototype ? '' : proto === Array.prototype ? 'Array ' : (proto.constructor?.name ?? '?') + ' ';
  if (!deep) return tag + 'object';
  return tag + '{' + Reflect.ownKeys(v).map((k) => String(typeof k === 'symbol' ? k.toString() : k) + ': ' + desc(v[k], false)).join(', ') + '}';
};
const shape = (ns) => {
  console.log('named:', Object.keys(ns).join(','));
  console.log('default keys:', Object.keys(ns.default).join(','));
  for (const k of Object.keys(ns)) if (k !== 'default') console.log(' ', k, desc(ns[k]));
};
const err = (e) => e !== null && typeof e === 'object' ? e.constructor.name + ' ' + e.name + ' ' + e.code + ': ' + e.message : 'thrown ' + String(e);
const show = async (label, f) => {
  try {
    const r = f();
    if (r instanceof Promise) {
      try { console.log(label, '-> resolves', desc(await r)); } catch (e) { console.log(label, '-> rejects', err(e)); }
    } else console.log(label, '->', desc(r));
  } catch (e) { console.log(label, '-> throws', err(e)); }
};
const spec = 'node:v8';
const v8 = await import(spec);
shape(v8);
console.log(Object.getPrototypeOf(v8.DefaultSerializer) === v8.Serializer, Object.getPrototypeOf(v8.DefaultDeserializer) === v8.Deserializer);
await show('cachedDataVersionTag', () => v8.cachedDataVersionTag());
await show('getHeapStatistics', () => JSON.stringify(v8.getHeapStatistics()));
await show('getHeapSpaceStatistics', () => v8.getHeapSpaceStatistics());
await show('getHeapCodeStatistics', () => JSON.stringify(v8.getHeapCodeStatistics()));
await show('getCppHeapStatistics', () => JSON.stringify(v8.getCppHeapStatistics()));
await show('getCppHeapStatistics brief', () => v8.getCppHeapStatistics('brief').detail_level);
await show('getCppHeapStatistics x', () => v8.getCppHeapStatistics('x'));
await show('writeHeapSnapshot', () => v8.writeHeapSnapshot());
await show('writeHeapSnapshot 1', () => v8.writeHeapSnapshot(1));
await show('writeHeapSnapshot opts', () => v8.writeHeapSnapshot('f', { exposeInternals: 1 }));
await show('getHeapSnapshot', () => v8.getHeapSnapshot());
await show('getHeapSnapshot null', () => v8.getHeapSnapshot(null));
await show('getHeapSnapshot opts', () => v8.getHeapSnapshot({ exposeNumericValues: 'no' }));
await show('setFlagsFromString', () => v8.setFlagsFromString('--x'));
await show('setFlagsFromString 1', () => v8.setFlagsFromString(1));
await show('isStringOneByteRepresentation', () => v8.isStringOneByteRepresentation('abc'));
await show('setHeapSnapshotNearHeapLimit 0', () => v8.setHeapSnapshotNearHeapLimit(0));
await show('setHeapSnapshotNearHeapLimit 1.5', () => v8.setHeapSnapshotNearHeapLimit(1.5));
await show('setHeapSnapshotNearHeapLimit -1', () => v8.setHeapSnapshotNearHeapLimit(-1));
await show('setHeapSnapshotNearHeapLimit 2', () => v8.setHeapSnapshotNearHeapLimit(2));
await show('serialize', () => v8.serialize({}));
await show('deserialize', () => v8.deserialize(new Uint8Array(1)));
await show('new Serializer', () => new v8.Serializer());
await show('new DefaultSerializer', () => new v8.DefaultSerializer());
await show('new Deserializer', () => new v8.Deserializer(new Uint8Array(1)));
await show('new DefaultDeserializer', () => new v8.DefaultDeserializer(new Uint8Array(1)));
await show('queryObjects', () => v8.queryObjects());
await show('queryObjects opts', () => v8.queryObjects(Object, 1));
await show('queryObjects format', () => v8.queryObjects(Object, { format: 'x' }));
await show('queryObjects ok', () => v8.queryObjects(Object, { format: 'summary' }));
await show('takeCoverage', () => v8.takeCoverage());
await show('stopCoverage', () => v8.stopCoverage());
const g = new v8.GCProfiler();
await show('GCProfiler#start', () => g.start());
await show('GCProfiler#stop', () => g.stop());
for (const k of Object.keys(v8.promiseHooks)) await show('promiseHooks.' + k, () => v8.promiseHooks[k](() => {}));
for (const k of Object.keys(v8.startupSnapshot)) await show('startupSnapshot.' + k, () => v8.startupSnapshot[k](() => {}));
