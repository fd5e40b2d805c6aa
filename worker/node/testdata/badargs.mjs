// Every function and constructor of every node: and cloudflare: module, called with bad
// arguments (TestBadArgumentsNeverCrash): whatever they throw, nothing may
// look like a Go crash. No network is allowed, so nothing leaves the process.
const names = ['assert','async_hooks','buffer','child_process','cluster','constants','crypto','dgram','diagnostics_channel','domain','events','http','https','http2','inspector','module','net','os','path','perf_hooks','process','punycode','querystring','readline','repl','sqlite','stream','stream/consumers','stream/promises','stream/web','string_decoder','sys','timers','timers/promises','tls','trace_events','tty','url','util','v8','vm','wasi','worker_threads','zlib'];
const bad = [undefined, null, -1, NaN, '', 'x'.repeat(5000), {}, () => {}, Symbol('s'), 10n, new Uint8Array(3), new Proxy({}, { get() { throw new Error('trap'); } }), Object.create(null)];
let calls = 0;
export default { async test() {
  const specs = [...names.map((n) => 'node:' + n), 'cloudflare:workers', 'cloudflare:sockets', 'cloudflare:workflows', 'cloudflare:pipelines', 'cloudflare:vectorize', 'cloudflare:node'];
  for (const n of specs) {
    const m = await import(n);
    for (const [k, v] of Object.entries(m)) {
      if (typeof v !== 'function' || ['exit', 'abort', 'reallyExit', 'kill', 'setInterval', 'abortIsolate'].includes(k)) continue;
      // The prototype's methods, on a wrong receiver.
      const proto = v.prototype;
      if (proto && typeof proto === 'object') {
        for (const pk of Object.getOwnPropertyNames(proto)) {
          const d = Object.getOwnPropertyDescriptor(proto, pk);
          for (const f of [d.value, d.get, d.set]) {
            if (typeof f !== 'function' || pk === 'constructor') continue;
            for (const self of [undefined, {}, proto]) {
              calls++;
              try { const r = f.call(self, bad[calls % bad.length]); if (r && typeof r.then === 'function') r.then(() => {}, () => {}); } catch {}
            }
          }
        }
      }
      for (const a of bad) {
        calls++;
        try { const r = v(a); if (r && typeof r.then === 'function') r.then(() => {}, () => {}); } catch {}
        try { const r = new v(a); if (r && typeof r.then === 'function') r.then(() => {}, () => {}); } catch {}
      }
    }
  }
  await new Promise((r) => setTimeout(r, 100));
  console.log('calls', calls);
} };
