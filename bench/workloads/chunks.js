// (j) a ReadableStream of 10,000 small chunks read with a reader, then the same through a
// TransformStream with pipeThrough. Runs unchanged in mcrepl, node, deno, bun and workerd.
// Convention for every workload: the top-level `done` promise settles when the work is over.
const now = typeof performance === "object" && performance && typeof performance.now === "function"
  ? () => performance.now()
  : () => Date.now();

const done = (async () => {
  const N = 10000;
  const chunk = new Uint8Array(16);
  const source = () => {
    let i = 0;
    return new ReadableStream({
      pull(c) {
        if (i++ < N) c.enqueue(chunk);
        else c.close();
      },
    });
  };
  const t0 = now();
  let n = 0;
  const ROUNDS = 10;
  for (let r = 0; r < ROUNDS; r++) {
    const reader = source().getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      n += value.byteLength;
    }
    const piped = source().pipeThrough(new TransformStream({ transform(c, ctl) { ctl.enqueue(c); } })).getReader();
    for (;;) {
      const { done, value } = await piped.read();
      if (done) break;
      n += value.byteLength;
    }
  }
  const ms = now() - t0;
  if (n !== ROUNDS * 2 * N * 16) throw new Error("chunks: read " + n + " bytes");
  console.log("RESULT name=chunks ms=" + ms.toFixed(1) + " n=" + ROUNDS * 2 * N);
})();
