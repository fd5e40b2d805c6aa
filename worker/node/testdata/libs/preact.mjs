import { h, Fragment, createContext } from 'preact';
import { useState, useContext, useMemo } from 'preact/hooks';
import { renderToString, renderToStringAsync } from 'preact-render-to-string';
const Ctx = createContext('default');
function Item({ n }) { const [c] = useState(n * 2); const t = useContext(Ctx); return h('li', { class: 'i', 'data-n': n, style: { color: 'red', fontSize: 12 } }, t, ':', c); }
function App({ items }) { const sum = useMemo(() => items.reduce((a, b) => a + b, 0), [items]); return h(Ctx.Provider, { value: 'T' }, h('div', { id: 'app' }, h('h1', null, 'Sum ', sum), h('ul', null, items.map((n) => h(Item, { key: n, n }))), h(Fragment, null, h('input', { disabled: true, value: '<&">' }), h('p', { dangerouslySetInnerHTML: { __html: '<b>raw</b>' } })), h('svg', { viewBox: '0 0 1 1', strokeWidth: 2 }))); }
export default {
  async fetch() { return new Response('<!doctype html>' + renderToString(h(App, { items: [1, 2, 3] })), { headers: { 'content-type': 'text/html' } }); },
  async test() {
    console.log(renderToString(h(App, { items: [1, 2, 3] })));
    if (renderToStringAsync) console.log(await renderToStringAsync(h('p', null, 'async')));
  },
};
