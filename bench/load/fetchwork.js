// The "fetch work" Worker of the load benchmark (go run ./bench/load -worker
// fetchwork): what a real handler does per request, the same file under
// `mcrepl serve` and `workerd serve`. A URL and its search params, an
// AbortController whose timeout is cleared, the request's headers as JSON, a
// stream body cloned and read in ctx.waitUntil, a MessageChannel round trip,
// SHA-256 of the path, and the response piped through a TransformStream.
// Every response is "ok <base64 digest>" for the path "/".
export default {
  async fetch(request, env, ctx) {
    const url = new URL(request.url);
    const ac = new AbortController();
    const timer = setTimeout(() => ac.abort(), 10000);
    clearTimeout(timer);
    const headers = JSON.stringify(Object.fromEntries(request.headers));
    const res = new Response(new ReadableStream({
      start(c) { c.enqueue(new TextEncoder().encode(headers)); c.close(); },
    }));
    ctx.waitUntil(res.clone().text());
    const { port1, port2 } = new MessageChannel();
    const echoed = new Promise((resolve) => { port2.onmessage = (e) => { port2.close(); resolve(e.data); }; });
    port1.postMessage({ path: url.pathname, q: url.searchParams.get('q') });
    const { path } = await echoed;
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(path));
    await res.text();
    const body = new Response('ok ' + btoa(String.fromCharCode(...new Uint8Array(digest)))).body;
    return new Response(body.pipeThrough(new TransformStream()), { headers: { 'content-type': 'text/plain' } });
  },
};
