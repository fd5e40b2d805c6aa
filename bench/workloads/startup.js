// (g) start-up: one channel, one message, exit. Compare the runtimes' wall time and peak RSS.
// Runs unchanged in mcrepl, node, deno, bun and (wrapped by bench/run.mjs) workerd.
// Convention for every workload: the top-level `done` promise settles when the work is over.
const now = typeof performance === "object" && performance && typeof performance.now === "function"
  ? () => performance.now()
  : () => Date.now();

const done = new Promise((resolve) => {
  const t0 = now();
  const { port1, port2 } = new MessageChannel();
  port2.onmessage = (e) => {
    const ms = now() - t0;
    port1.close();
    port2.close();
    console.log("RESULT name=startup ms=" + ms.toFixed(1) + " n=1 data=" + e.data);
    resolve();
  };
  port1.postMessage("hello");
});
