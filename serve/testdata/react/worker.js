// A server-rendering Worker: React's renderToReadableStream into
// new Response(stream). Plain createElement calls, so that it needs no JSX
// transform.
import { createElement as h } from 'react';
import { renderToReadableStream } from 'react-dom/server.edge';

function App({ path }) {
  const items = ['alpha', 'beta', 'gamma'];
  return h('html', null,
    h('head', null, h('title', null, 'mcrepl SSR')),
    h('body', null,
      h('h1', null, 'Hello from ', path),
      h('ul', null, items.map((i) => h('li', { key: i }, i)))));
}

export default {
  async fetch(request) {
    const { pathname } = new URL(request.url);
    const stream = await renderToReadableStream(h(App, { path: pathname }));
    return new Response(stream, { headers: { 'content-type': 'text/html; charset=utf-8' } });
  },
};
