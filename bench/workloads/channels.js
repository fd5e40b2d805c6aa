// (f) 1,000 channels, one after the other: created, used for one message, closed, and their close
// events counted where the runtime has them. workerd (and so mcrepl) fires `close` on both ports
// synchronously inside close(); Node and Bun fire it later; Deno fires none. The workload never
// waits for events that cannot come: if no close event arrived by the end, it gives the runtime a
// few macrotask turns, and if none came then, it reports closes=0.
// Runs unchanged in mcrepl, node, deno, bun and (wrapped by bench/run.mjs) workerd.
// Convention for every workload: the top-level `done` promise settles when the work is over.
const now = typeof performance === "object" && performance && typeof performance.now === "function"
  ? () => performance.now()
  : () => Date.now();

const done = new Promise((resolve, reject) => {
  const N = 1000;
  const t0 = now();
  let closes = 0;
  let received = 0;
  const onClose = () => { closes++; };

  const finish = () => {
    const ms = now() - t0;
    if (received !== N || (closes !== 0 && closes !== 2 * N)) {
      reject(new Error("channels: received " + received + " closes " + closes));
      return;
    }
    console.log("RESULT name=channels ms=" + ms.toFixed(1) + " n=" + received + " closes=" + closes);
    resolve();
  };
  // Waits for close events that are still to come, without ever waiting forever.
  const settle = (turnsLeft, deadline) => {
    if (closes === 2 * N || (closes === 0 && turnsLeft === 0) || now() > deadline) {
      finish();
      return;
    }
    setTimeout(() => settle(turnsLeft > 0 ? turnsLeft - 1 : 0, deadline), 0);
  };

  const next = (i) => {
    if (i === N) {
      settle(5, now() + 5000);
      return;
    }
    const { port1, port2 } = new MessageChannel();
    port1.addEventListener("close", onClose);
    port2.addEventListener("close", onClose);
    port2.onmessage = (e) => {
      if (e.data !== i) {
        reject(new Error("channels: channel " + i + " got " + e.data));
        return;
      }
      received++;
      port1.close();
      // Node closes the peer asynchronously; closing both ends keeps it from holding the
      // process open and costs nothing where the first close() already closed both.
      port2.close();
      next(i + 1);
    };
    port1.postMessage(i);
  };
  next(0);
});
