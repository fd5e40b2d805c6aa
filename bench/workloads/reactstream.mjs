// (i) React renderToReadableStream of the 1,000-row table, read to the end with a reader.
// A module, bundled by bench/run.mjs (see reacttable.mjs).
import { createElement as h } from "react";
import { renderToReadableStream } from "react-dom/server.browser";

const now = typeof performance === "object" && performance && typeof performance.now === "function"
  ? () => performance.now()
  : () => Date.now();

function Table({ rows }) {
  const body = [];
  for (let i = 0; i < rows; i++) {
    body.push(h("tr", { key: i }, h("td", null, i), h("td", null, "item " + i), h("td", null, (i * 1.5).toFixed(2))));
  }
  return h("table", null, h("tbody", null, body));
}

export const done = (async () => {
  const t0 = now();
  const N = 20;
  let bytes = 0;
  for (let k = 0; k < N; k++) {
    const stream = await renderToReadableStream(h(Table, { rows: 1000 }));
    const reader = stream.getReader();
    bytes = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
    }
  }
  const ms = now() - t0;
  if (bytes < 40000) throw new Error("reactstream: only " + bytes + " bytes");
  console.log("RESULT name=reactstream ms=" + ms.toFixed(1) + " n=" + N + " bytes=" + bytes);
})();
