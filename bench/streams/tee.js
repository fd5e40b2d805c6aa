// A tee of 10,000 chunks, both branches read to the end with readers, 10 times.
const now = typeof performance === "object" && performance && typeof performance.now === "function"
  ? () => performance.now()
  : () => Date.now();

const done = (async () => {
  const N = 10000;
  const ROUNDS = 10;
  const chunk = new Uint8Array(16);
  const drain = async (rs) => {
    const reader = rs.getReader();
    let n = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return n;
      n += value.byteLength;
    }
  };
  const t0 = now();
  let n = 0;
  for (let r = 0; r < ROUNDS; r++) {
    let i = 0;
    const [a, b] = new ReadableStream({
      pull(c) {
        if (i++ < N) c.enqueue(chunk);
        else c.close();
      },
    }).tee();
    const [x, y] = await Promise.all([drain(a), drain(b)]);
    n += x + y;
  }
  const ms = now() - t0;
  if (n !== ROUNDS * 2 * N * 16) throw new Error("tee: read " + n + " bytes");
  console.log("RESULT name=tee ms=" + ms.toFixed(1) + " n=" + ROUNDS * N);
})();
