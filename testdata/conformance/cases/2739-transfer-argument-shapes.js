// config: date=2026-11-23
// postMessage's and structuredClone's transfer argument in every shape (arrays, options, null,
// primitives, iterables, duplicates, detached buffers, ports), and the ports' small misuses.
const out = [];
const t = (label, f) => { try { const r = f(); out.push(label + ' ok ' + (r === undefined ? '' : JSON.stringify(r))); } catch (e) { out.push(label + ' ' + e.constructor.name + ' ' + e.name + ': ' + e.message); } };
const { port1, port2 } = new MessageChannel();
port2.onmessage = () => {};
const ab = () => new ArrayBuffer(4);
t('transfer []', () => port1.postMessage(1, []));
t('transfer {transfer: []}', () => port1.postMessage(1, { transfer: [] }));
t('transfer null', () => port1.postMessage(1, null));
t('transfer undefined', () => port1.postMessage(1, undefined));
t('transfer 1', () => port1.postMessage(1, 1));
t('transfer "x"', () => port1.postMessage(1, 'x'));
t('transfer [1]', () => port1.postMessage(1, [1]));
t('transfer [ab]', () => port1.postMessage(1, [ab()]));
t('transfer {transfer: ab}', () => port1.postMessage(1, { transfer: ab() }));
t('transfer {transfer: null}', () => port1.postMessage(1, { transfer: null }));
t('transfer {transfer: 1}', () => port1.postMessage(1, { transfer: 1 }));
t('transfer port', () => { const c = new MessageChannel(); port1.postMessage(1, [c.port1]); });
t('transfer self', () => port1.postMessage(1, [port1]));
t('transfer dup', () => { const b = ab(); port1.postMessage(b, [b, b]); });
t('transfer detached', () => { const b = ab(); structuredClone(b, { transfer: [b] }); port1.postMessage(1, [b]); });
t('transfer iterable', () => port1.postMessage(1, new Set([ab()])));
t('transfer generator', () => port1.postMessage(1, (function* () { yield ab(); })()));
t('structuredClone transfer 1', () => structuredClone(1, { transfer: 1 }));
t('structuredClone transfer [1]', () => structuredClone(1, { transfer: [1] }));
t('structuredClone opts 1', () => structuredClone(1, 1));
t('structuredClone transfer ab', () => { const b = ab(); const c = structuredClone(b, { transfer: [b] }); return [b.byteLength, c.byteLength]; });
t('postMessage after close', () => { const c = new MessageChannel(); c.port1.close(); c.port1.postMessage(1); });
t('start twice', () => { port2.start(); port2.start(); });
t('close twice', () => { const c = new MessageChannel(); c.port1.close(); c.port1.close(); });
t('onmessage = 1', () => { const c = new MessageChannel(); c.port1.onmessage = 1; return c.port1.onmessage; });
t('onmessage = {}', () => { const c = new MessageChannel(); c.port1.onmessage = {}; return typeof c.port1.onmessage; });
t('new MessagePort', () => new MessagePort());
t('MessageChannel()', () => MessageChannel());
t('new MessageChannel(1)', () => typeof new MessageChannel(1));
port1.close();
console.log(out.join('\n'));
