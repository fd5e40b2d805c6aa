// (e) 100 structuredClone calls on a graph of 10,000 nodes with Maps, Dates, arrays, shared and
// cyclic references.
// Every reference from a node points at the root or at an earlier node, so a depth-first
// serializer (V8's, and workerd's) meets each node once and stays shallow; the links still
// make a dense web of shared and cyclic references.
// Runs unchanged in mcrepl, node, deno, bun and (wrapped by bench/run.mjs) workerd.
// Convention for every workload: the top-level `done` promise settles when the work is over.
const now = typeof performance === "object" && performance && typeof performance.now === "function"
  ? () => performance.now()
  : () => Date.now();

function makeGraph(n) {
  let seed = 12345;
  const rand = (k) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % k;
  };
  const sharedTags = [["red", "round"], ["green"], ["blue", "square", "large"], []];
  const epoch = new Date(Date.UTC(2025, 7, 15));
  const root = { name: "graph", created: epoch, nodes: [], byId: new Map(), groups: new Map() };
  for (let i = 0; i < n; i++) {
    const node = {
      id: i,
      label: "node-" + i,
      weight: (i % 97) / 7,
      created: new Date(Date.UTC(2025, 0, 1) + i * 60000),
      epoch: epoch,                 // one Date shared by every node
      tags: sharedTags[i % 4],      // shared arrays
      graph: root,                  // cycle back to the root
      self: null,
      parent: i > 0 ? root.nodes[(i - 1) >> 1] : null,
      links: [],
      attrs: new Map([["depth", Math.floor(Math.log2(i + 1))], ["odd", i % 2 === 1]]),
    };
    node.self = node;               // one-node cycle
    for (let k = 0; k < 3 && i > 0; k++) node.links.push(root.nodes[rand(i)]);
    root.nodes.push(node);
    root.byId.set(i, node);
    const g = "g" + (i % 16);
    if (!root.groups.has(g)) root.groups.set(g, []);
    root.groups.get(g).push(node);
  }
  return root;
}

function check(c, n) {
  const a = c.nodes[n - 1];
  const b = c.nodes[n >> 1];
  return c !== null && c.nodes.length === n && c.byId.size === n && c.groups.size === 16 &&
    a.self === a && a.graph === c && c.byId.get(n - 1) === a &&
    a.parent === c.nodes[(n - 2) >> 1] && a.links.length === 3 &&
    a.links[0] === c.nodes[a.links[0].id] && a.epoch === c.created && b.epoch === c.created &&
    a.created instanceof Date && a.created.getTime() === Date.UTC(2025, 0, 1) + (n - 1) * 60000 &&
    a.tags === c.nodes[(n - 1) % 4].tags && a.tags !== c.nodes[0].tags.concat() &&
    a.attrs instanceof Map && a.attrs.get("odd") === ((n - 1) % 2 === 1) &&
    c.groups.get("g3")[2] === c.nodes[35];
}

const done = new Promise((resolve, reject) => {
  const N = 10000;
  const ROUNDS = 100;
  const graph = makeGraph(N);
  const t0 = now();
  let copy = null;
  for (let r = 0; r < ROUNDS; r++) copy = structuredClone(graph);
  const ms = now() - t0;
  if (copy === graph || !check(copy, N) || !check(graph, N)) {
    reject(new Error("clonegraph: the clone does not have the shape of the original"));
    return;
  }
  console.log("RESULT name=clonegraph ms=" + ms.toFixed(1) + " n=" + ROUNDS + " nodes=" + N);
  resolve();
});
