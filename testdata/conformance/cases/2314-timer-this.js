// config: date=2026-09-15 flags=nodejs_compat
// A timer's callback runs with this = globalThis, strict or not, with
// nodejs_compat's Timeout objects too (Node would pass the Timeout).
await new Promise((r) => setTimeout(function () { console.log('timeout', this === globalThis); r(); }, 0));
await new Promise((r) => { const id = setInterval(function () { clearInterval(id); console.log('interval', this === globalThis); r(); }, 0); });
await new Promise((r) => setImmediate(function () { console.log('immediate', this === globalThis); r(); }));
