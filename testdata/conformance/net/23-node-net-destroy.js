// date=2026-11-23
// node:net: destroy() while connecting (close(false), no connect), destroy(err) once connected (error then close(true)), a write after destroy (ERR_STREAM_DESTROYED), destroySoon() and resetAndDestroy().
const net = await import('node:net');
const [host, port] = TCP.split(':');
const log = (...a) => console.log(...a);
const watch = (name, s) => {
  for (const ev of ['connect', 'ready', 'end', 'finish', 'close']) s.on(ev, (...a) => log(name, ev, a.join(' '), s.readyState, s.destroyed));
  s.on('error', (e) => log(name, 'error', e.name, e.code, e.message));
  return new Promise((r) => s.on('close', r));
};
const a = net.connect(Number(port), host);
let done = watch('a', a);
log('a destroy', a.destroy() === a, a.destroyed, a.readyState, a.connecting);
await done;
const b = net.connect(Number(port), host);
done = watch('b', b);
await new Promise((r) => b.on('connect', r));
b.destroy(new Error('mine'));
log('b destroyed', b.destroyed);
await done;
log('b write', b.write('x', (e) => log('b write cb', e.name, e.code, e.message)));
await new Promise((r) => setTimeout(r, 10));
const c = net.connect(Number(port), host);
done = watch('c', c);
await new Promise((r) => c.on('connect', r));
c.destroySoon();
log('c destroySoon', c.writableEnded, c.destroyed);
await done;
const d = net.connect(Number(port), host);
done = watch('d', d);
log('d reset', d.resetAndDestroy() === d, d.destroyed);
await done;
