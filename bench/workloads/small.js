// (b) 1,000,000 small messages (numbers and short strings) posted in one loop and counted.
// Runs unchanged in mcrepl, node, deno, bun and (wrapped by bench/run.mjs) workerd.
// Convention for every workload: the top-level `done` promise settles when the work is over.
const now = typeof performance === "object" && performance && typeof performance.now === "function"
  ? () => performance.now()
  : () => Date.now();

const done = new Promise((resolve, reject) => {
  const N = 1000000;
  const words = ["a", "bc", "def", "ghij", "klmno", "pq", "rst", "uvwx"];
  const t0 = now();
  const { port1, port2 } = new MessageChannel();
  let count = 0;
  let sum = 0;
  let chars = 0;
  port2.onmessage = (e) => {
    const d = e.data;
    if (typeof d === "number") sum += d; else chars += d.length;
    if (++count === N) {
      const ms = now() - t0;
      port1.close();
      port2.close();
      // Even indices carry their number, odd ones a word: check nothing was lost or mangled.
      let wantSum = 0;
      let wantChars = 0;
      for (let i = 0; i < N; i++) {
        if (i % 2 === 0) wantSum += i; else wantChars += words[i & 7].length;
      }
      if (sum !== wantSum || chars !== wantChars) {
        reject(new Error("small: sum " + sum + "/" + wantSum + " chars " + chars + "/" + wantChars));
        return;
      }
      console.log("RESULT name=small ms=" + ms.toFixed(1) + " n=" + count);
      resolve();
    }
  };
  for (let i = 0; i < N; i++) {
    port1.postMessage(i % 2 === 0 ? i : words[i & 7]);
  }
});
