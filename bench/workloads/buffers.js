// (d) 1,000 messages each carrying a 1 MiB ArrayBuffer, copied (no transfer list).
// One buffer in flight at a time: the receiver checks it and answers with a small ack, so the
// figure is the copying, not how much memory a runtime lets 1 GiB of queued buffers take.
// Runs unchanged in mcrepl, node, deno, bun and (wrapped by bench/run.mjs) workerd.
// Convention for every workload: the top-level `done` promise settles when the work is over.
const now = typeof performance === "object" && performance && typeof performance.now === "function"
  ? () => performance.now()
  : () => Date.now();

const done = new Promise((resolve, reject) => {
  const N = 1000;
  const SIZE = 1 << 20;
  const buf = new ArrayBuffer(SIZE);
  const bytes = new Uint8Array(buf);
  for (let i = 0; i < SIZE; i += 4096) bytes[i] = i >> 12;
  const t0 = now();
  const { port1, port2 } = new MessageChannel();
  let sent = 0;
  const send = () => {
    // Mark the buffer so the receiver can tell this copy from the previous one.
    bytes[0] = sent & 255;
    bytes[SIZE - 1] = (sent * 7) & 255;
    port1.postMessage(buf);
    sent++;
  };
  port2.onmessage = (e) => {
    const got = e.data;
    const b = new Uint8Array(got);
    const want = (sent - 1) & 255;
    if (!(got instanceof ArrayBuffer) || got.byteLength !== SIZE || b[0] !== want ||
        b[SIZE - 1] !== (((sent - 1) * 7) & 255) || b[4096 * 5] !== 5) {
      port2.postMessage(-1);
      return;
    }
    port2.postMessage(sent);
  };
  port1.onmessage = (e) => {
    if (e.data !== sent || buf.byteLength !== SIZE) {
      port1.close();
      reject(new Error("buffers: bad copy at message " + sent + " (ack " + e.data + ")"));
      return;
    }
    if (sent < N) {
      send();
      return;
    }
    const ms = now() - t0;
    port1.close();
    port2.close();
    console.log("RESULT name=buffers ms=" + ms.toFixed(1) + " n=" + sent + " bytes=" + SIZE);
    resolve();
  };
  send();
});
