// Blob and File with random hostile arguments: every call returns or throws
// a JS error, never a Go panic.
(async () => {
  const detached = new ArrayBuffer(8);
  structuredClone(detached, { transfer: [detached] });
  const values = [undefined, null, 0, -1, 2 ** 31, -(2 ** 31) - 1, NaN, Infinity, 1.5, 'x', '\ud800', {}, [], [1, 'a'],
    [detached], [new Uint8Array(8).subarray(8)], [new DataView(new ArrayBuffer(3), 1)], [new Float64Array(2)],
    { type: 'A/B', lastModified: 5 }, { endings: 'native' }, { type: { toString() { throw new Error('t'); } } },
    new Blob(['abc']), new File(['d'], 'f'), [new Blob(['x']), new File(['y'], 'z')], Symbol('s'), 10n,
    { get type() { throw new Error('getter'); } }, function () {}, new Proxy([], {})];
  let seed = 7, n = 0;
  const pick = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return values[seed % values.length]; };
  const blobs = [new Blob(['hello world']), new File(['x'], 'n')];
  for (let i = 0; i < 2000; i++) {
    for (const f of [() => new Blob(pick(), pick()), () => new File(pick(), pick(), pick()),
      () => blobs[i % 2].slice(pick(), pick(), pick()), () => Blob.prototype.slice.call(pick()),
      () => structuredClone(pick())]) {
      try { f(); } catch (e) { if (!(e instanceof Error) && !(e instanceof DOMException)) throw e; }
      n++;
    }
  }
  for (const b of blobs) { await b.text(); await b.arrayBuffer(); await b.bytes(); const r = b.stream().getReader(); while (!(await r.read()).done); }
  console.log('calls ' + n);
})();
