// (a) ping-pong: 100,000 round trips, one message in flight at a time.
// Runs unchanged in mcrepl, node, deno, bun and (wrapped by bench/run.mjs) workerd.
// Convention for every workload: the top-level `done` promise settles when the work is over.
const now = typeof performance === "object" && performance && typeof performance.now === "function"
  ? () => performance.now()
  : () => Date.now();

const done = new Promise((resolve, reject) => {
  const N = 100000;
  const t0 = now();
  const { port1, port2 } = new MessageChannel();
  let trips = 0;
  port2.onmessage = (e) => { port2.postMessage(e.data + 1); };
  port1.onmessage = (e) => {
    trips++;
    if (e.data !== trips * 2 - 1) {
      port1.close();
      reject(new Error("pingpong: got " + e.data + " on trip " + trips));
      return;
    }
    if (trips < N) {
      port1.postMessage(e.data + 1);
      return;
    }
    const ms = now() - t0;
    port1.close();
    port2.close();
    console.log("RESULT name=pingpong ms=" + ms.toFixed(1) + " n=" + trips);
    resolve();
  };
  port1.postMessage(0);
});
