// 10,000 small chunks (16-byte Uint8Arrays) through a ReadableStream, read with a default
// reader, 10 times. Runs unchanged in mcrepl, node and workerd (bench/streams/run.sh).
const now = typeof performance === "object" && performance && typeof performance.now === "function"
  ? () => performance.now()
  : () => Date.now();

const done = (async () => {
  const N = 10000;
  const ROUNDS = 10;
  const chunk = new Uint8Array(16);
  const t0 = now();
  let n = 0;
  for (let r = 0; r < ROUNDS; r++) {
    let i = 0;
    const reader = new ReadableStream({
      pull(c) {
        if (i++ < N) c.enqueue(chunk);
        else c.close();
      },
    }).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      n += value.byteLength;
    }
  }
  const ms = now() - t0;
  if (n !== ROUNDS * N * 16) throw new Error("reader: read " + n + " bytes");
  console.log("RESULT name=reader ms=" + ms.toFixed(1) + " n=" + ROUNDS * N);
})();
