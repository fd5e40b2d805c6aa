// (h) React renderToString of a 1,000-row table (react-dom/server.browser, the build a Worker
// bundles). A module: bench/run.mjs bundles it with esbuild into one script (react and
// react-dom installed by the runner), which runs unchanged in every runtime.
// Convention for every workload: the exported `done` promise settles when the work is over.
import { createElement as h } from "react";
import { renderToString } from "react-dom/server.browser";

const now = typeof performance === "object" && performance && typeof performance.now === "function"
  ? () => performance.now()
  : () => Date.now();

function Row({ i }) {
  return h("tr", null, h("td", null, i), h("td", null, "item " + i), h("td", { className: i % 2 ? "odd" : "even" }, (i * 1.5).toFixed(2)));
}

function Table({ rows }) {
  const body = [];
  for (let i = 0; i < rows; i++) body.push(h(Row, { key: i, i }));
  return h("table", null, h("thead", null, h("tr", null, h("th", null, "#"), h("th", null, "name"), h("th", null, "price"))), h("tbody", null, body));
}

export const done = (async () => {
  const t0 = now();
  let html = "";
  const N = 20;
  for (let k = 0; k < N; k++) html = renderToString(h(Table, { rows: 1000 }));
  const ms = now() - t0;
  if (!html.startsWith("<table>") || html.split("<tr>").length !== 1002) throw new Error("reacttable: bad output " + html.slice(0, 80));
  console.log("RESULT name=reacttable ms=" + ms.toFixed(1) + " n=" + N + " bytes=" + html.length);
})();
