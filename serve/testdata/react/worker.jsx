import React from 'react';
import { renderToReadableStream } from 'react-dom/server.edge';

function App({ path }) {
  const items = ['alpha', 'beta', 'gamma'];
  return (
    <html>
      <head><title>mcrepl SSR</title></head>
      <body>
        <h1>Hello from {path}</h1>
        <ul>{items.map((i) => <li key={i}>{i}</li>)}</ul>
      </body>
    </html>
  );
}

export default {
  async fetch(request) {
    const { pathname } = new URL(request.url);
    const stream = await renderToReadableStream(<App path={pathname} />);
    return new Response(stream, { headers: { 'content-type': 'text/html; charset=utf-8' } });
  },
};
