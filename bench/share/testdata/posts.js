// A workload in miniature: 1,000 messages, counted by the listener.
const done = new Promise((resolve) => {
  const t0 = performance.now();
  const { port1, port2 } = new MessageChannel();
  let count = 0;
  port2.onmessage = (e) => {
    if (++count === 1000 && e.data.i === 999) {
      console.log("RESULT name=posts ms=" + (performance.now() - t0).toFixed(1) + " n=" + count);
      port1.close();
      port2.close();
      resolve();
    }
  };
  for (let i = 0; i < 1000; i++) port1.postMessage({ i, word: "w" + i });
});
