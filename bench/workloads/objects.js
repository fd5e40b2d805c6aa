// (c) 100,000 messages of a ~1 KB nested object, posted in one loop and counted.
// Runs unchanged in mcrepl, node, deno, bun and (wrapped by bench/run.mjs) workerd.
// Convention for every workload: the top-level `done` promise settles when the work is over.
const now = typeof performance === "object" && performance && typeof performance.now === "function"
  ? () => performance.now()
  : () => Date.now();

function makeRecord(i) {
  // About 1 KB as JSON (checked below): nested objects, arrays, strings, numbers, booleans, null.
  return {
    id: i,
    kind: "order",
    active: i % 3 !== 0,
    note: null,
    customer: {
      name: "Customer " + i,
      email: "customer" + i + "@example.com",
      address: { street: "1 Long Street", city: "Lisbon", zip: "1000-001", country: "PT" },
      tags: ["gold", "newsletter", "eu"],
    },
    lines: [
      { sku: "SKU-0001", title: "Blue widget, large", qty: 2, price: 19.99 },
      { sku: "SKU-0002", title: "Red widget, small", qty: 1, price: 9.5 },
      { sku: "SKU-0003", title: "Green gadget", qty: 5, price: 3.25 },
      { sku: "SKU-0004", title: "Spare parts kit", qty: 1, price: 42 },
    ],
    totals: { net: 102.73, tax: 23.63, gross: 126.36, currency: "EUR" },
    history: [
      { at: 1700000000000 + i, state: "created", by: "web" },
      { at: 1700000360000 + i, state: "paid", by: "card" },
      { at: 1700000720000 + i, state: "shipped", by: "warehouse-3" },
    ],
    flags: { gift: false, express: true, fragile: false, signature: true },
    comment: "Please leave the parcel with the neighbour at number 3 if nobody is at home.",
  };
}

const done = new Promise((resolve, reject) => {
  const N = 100000;
  const size = JSON.stringify(makeRecord(N)).length;
  if (size < 900 || size > 1200) {
    reject(new Error("objects: record is " + size + " bytes as JSON, want about 1 KB"));
    return;
  }
  const t0 = now();
  const { port1, port2 } = new MessageChannel();
  let count = 0;
  let idSum = 0;
  let qty = 0;
  port2.onmessage = (e) => {
    const d = e.data;
    idSum += d.id;
    qty += d.lines[2].qty;
    if (++count === N) {
      const ms = now() - t0;
      port1.close();
      port2.close();
      if (idSum !== (N * (N - 1)) / 2 || qty !== 5 * N) {
        reject(new Error("objects: idSum " + idSum + " qty " + qty));
        return;
      }
      console.log("RESULT name=objects ms=" + ms.toFixed(1) + " n=" + count + " bytes=" + size);
      resolve();
    }
  };
  for (let i = 0; i < N; i++) {
    port1.postMessage(makeRecord(i));
  }
});
