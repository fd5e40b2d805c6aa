// 100 MiB (1,600 chunks of 64 KiB of text-like bytes) through
// pipeThrough(new CompressionStream('gzip')), the output read to the end with a reader.
const now = typeof performance === "object" && performance && typeof performance.now === "function"
  ? () => performance.now()
  : () => Date.now();

const done = (async () => {
  const CHUNK = 64 * 1024;
  const COUNT = 1600;
  const chunk = new Uint8Array(CHUNK);
  // Compressible but not trivial: words from a small vocabulary, pseudo-random order.
  const words = ["stream ", "chunk ", "reader ", "writer ", "pipe ", "gzip ", "worker ", "fetch ", "body ", "bytes "];
  let seed = 7, p = 0;
  while (p < CHUNK) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const w = words[seed % words.length];
    for (let k = 0; k < w.length && p < CHUNK; k++) chunk[p++] = w.charCodeAt(k);
  }
  const t0 = now();
  let i = 0;
  const source = new ReadableStream({
    pull(c) {
      if (i++ < COUNT) c.enqueue(chunk.slice());
      else c.close();
    },
  });
  const reader = source.pipeThrough(new CompressionStream("gzip")).getReader();
  let out = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    out += value.byteLength;
  }
  const ms = now() - t0;
  if (out < 1000 || out > CHUNK * COUNT / 2) throw new Error("gzip: " + out + " bytes out");
  console.log("RESULT name=gzip ms=" + ms.toFixed(1) + " n=" + CHUNK * COUNT + " out=" + out);
})();
