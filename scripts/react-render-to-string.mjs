// react-render-to-string.mjs: React's renderToString, from the browser
// build of react-dom's server renderer (react-dom/server.browser), renders
// a small app to HTML in a Worker.
//
//   mcrepl run scripts/react-render-to-string.mjs
//   mcrepl --trace all run scripts/react-render-to-string.mjs
//
// React and react-dom come from a node_modules folder beside the script
// (npm install react react-dom); React's code runs unchanged. The HTML is
// byte for byte what workerd prints for the same module (bundled with
// esbuild as mcrepl bundles it, run with workerd test), at 2025-08-15 and
// at 2026-11-17.
//
// What React needs of the Worker: importing react-dom/server.browser makes
// a TextEncoder and a MessageChannel (its streaming renderer schedules work
// with port2.postMessage(null), port1.onmessage running the next task).
// renderToString renders synchronously and posts nothing, so the event log
// has no message to show: with --trace all it shows the one thing the
// channel does, port1 started by React's onmessage, and the report at the
// end has nothing to say.
import { createElement as h, useId, useState } from "react";
import { renderToString } from "react-dom/server.browser";

function Counter({ start }) {
  const [count] = useState(start);
  const id = useId();
  return h("label", { htmlFor: id }, "count ", h("output", { id }, count));
}

function App({ items }) {
  return h("main", { className: "app" },
    h("h1", null, "Hello from ", h("em", null, "renderToString")),
    h("ul", null, items.map((it) => h("li", { key: it }, it))),
    h(Counter, { start: 3 }),
    h("p", { dangerouslySetInnerHTML: { __html: "&lt;escaped&gt; &amp; raw" } }),
    h("input", { defaultValue: "a \"quoted\" <value>", disabled: true }));
}

export default { async test() {
  console.log(renderToString(h(App, { items: ["one", "two", "three"] })));
  console.log(renderToString(h("div", null, "text & <tags>", null, false, 0)));
} };
