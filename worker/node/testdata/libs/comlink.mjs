import * as Comlink from 'comlink';
export default {
  async test() {
    const { port1, port2 } = new MessageChannel();
    const api = { counter: 0, inc(n = 1) { this.counter += n; return this.counter; }, async slow(x) { await new Promise((r) => setTimeout(r, 1)); return x * 2; }, boom() { throw new TypeError('bad thing'); }, withCb(cb) { return cb(5); }, nested: { deep: { hi: (s) => 'hi ' + s } } };
    Comlink.expose(api, port1);
    const remote = Comlink.wrap(port2);
    console.log(await remote.inc(), await remote.inc(5), await remote.counter);
    console.log(await remote.slow(21));
    try { await remote.boom(); } catch (e) { console.log('err', e.constructor.name, e.message); }
    console.log(await remote.nested.deep.hi('x'));
    remote.counter = 100; await 0;
    console.log(await remote.counter);
    const buf = new Uint8Array([1, 2, 3]).buffer;
    const api2 = { len(b) { return b.byteLength; } };
    const ch = new MessageChannel(); Comlink.expose(api2, ch.port1); const r2 = Comlink.wrap(ch.port2);
    console.log(await r2.len(buf), buf.byteLength);
    remote[Comlink.releaseProxy](); r2[Comlink.releaseProxy]();
    port1.close(); ch.port1.close();
    console.log('done');
  },
};
