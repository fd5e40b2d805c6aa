// react-render-to-readable-stream.mjs: React's renderToReadableStream
// (react-dom/server.browser) streams a page with a Suspense boundary: the
// shell first, the boundary's content when its data arrives.
//
//   mcrepl --trace off run scripts/react-render-to-readable-stream.mjs
//
// The output is byte for byte what workerd prints for the same module
// (bundled with esbuild, run with workerd test).
//
// React and react-dom come from a node_modules folder beside the script
// (npm install react react-dom). The stream is read twice, once with a
// reader and once with for await; each chunk is decoded with TextDecoder.
import { createElement as h, Suspense, use } from "react";
import { renderToReadableStream } from "react-dom/server.browser";

function delay(ms, value) {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms));
}

function Comments({ data }) {
  const comments = use(data);
  return h("ul", null, comments.map((c) => h("li", { key: c }, c)));
}

function Page({ data }) {
  return h("html", null,
    h("body", null,
      h("h1", null, "Streams in mcrepl"),
      h(Suspense, { fallback: h("p", null, "Loading comments…") },
        h(Comments, { data }))));
}

async function render() {
  const data = delay(20, ["first", "second"]);
  return renderToReadableStream(h(Page, { data }));
}

export default { async test() {
  const decoder = new TextDecoder();

  const stream = await render();
  const reader = stream.getReader();
  let html = "";
  let chunks = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks++;
    html += decoder.decode(value, { stream: true });
  }
  console.log("reader: " + chunks + " chunks, " + html.length + " characters");
  console.log(html.includes("Loading comments") && html.includes("<li>first</li>") ? "shell and boundary" : "missing parts");
  console.log(html);

  let again = "";
  for await (const value of (await render())) again += decoder.decode(value, { stream: true });
  console.log("for await: " + (again === html ? "the same page" : "a different page:\n" + again));
} };
