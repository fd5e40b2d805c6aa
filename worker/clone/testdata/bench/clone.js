// Clone workload shared by the Go benchmarks (clone_bench_test.go) and peer runtimes:
//   bun clone.js    node clone.js    mcrepl run clone.js
// side.sh runs it in all of them (and workerd) side by side.
// makeGraph builds a 10,000-node graph of objects, arrays, Maps and Dates with shared and
// cyclic references; run as a script, it times 100 clones of it and 1,000 clones of a 1 MiB
// ArrayBuffer with structuredClone.
function makeGraph(n) {
  const nodes = [];
  for (let i = 0; i < n; i++) {
    switch (i % 5) {
      case 0: nodes.push({ id: i, name: "node" + i, ok: i % 2 === 0 }); break;
      case 1: nodes.push([i, "a" + i]); break;
      case 2: nodes.push(new Map([["id", i]])); break;
      case 3: nodes.push(new Date(1700000000000 + i)); break;
      case 4: nodes.push({ id: i, score: i / 7 }); break;
    }
  }
  // Every container points back to an earlier node (shared references) and forward to a
  // later one, which points back again (cycles).
  for (let i = 0; i < n; i++) {
    const node = nodes[i];
    const back = nodes[(i * 7919) % (i + 1)];
    const fwd = nodes[(i + 13) % n];
    if (Array.isArray(node)) node.push(back, fwd);
    else if (node instanceof Map) node.set("back", back).set("fwd", fwd);
    else if (!(node instanceof Date)) { node.back = back; node.fwd = fwd; }
  }
  return { nodes };
}

function makeBuffer() {
  const b = new Uint8Array(1 << 20);
  for (let i = 0; i < b.length; i += 4096) b[i] = i & 255;
  return b.buffer;
}

if (!globalThis.cloneBenchLibraryOnly) {
  const now = typeof performance === "object" && performance && typeof performance.now === "function"
    ? () => performance.now()
    : () => Date.now();
  const time = (label, reps, v) => {
    for (let i = 0; i < 5; i++) structuredClone(v);
    const t0 = now();
    for (let i = 0; i < reps; i++) structuredClone(v);
    console.log(label + ": " + (now() - t0).toFixed(1) + " ms");
  };
  time("100 clones of a 10,000-node graph", 100, makeGraph(10000));
  time("1,000 clones of a 1 MiB ArrayBuffer", 1000, makeBuffer());
  time("100,000 clones of a small object", 100000, { a: 1, b: "two", c: [3, 4], d: { e: null } });
}
