// config: date=2025-08-15
// A MessageChannel is an ordinary object to the structured clone since workerd 2026-11-23: its ports refuse it, and without them it clones as a plain object.
const t = (label, f) => { try { const r = f(); console.log(label, JSON.stringify(r), Object.prototype.toString.call(r)); } catch (e) { console.log(label, e.name, e.message); } };
t('channel', () => structuredClone(new MessageChannel()));
const a = new MessageChannel(); delete a.port1;
t('port1 deleted', () => structuredClone(a));
delete a.port2;
t('both deleted', () => structuredClone(a));
const b = new MessageChannel(); Object.defineProperty(b, 'port1', { value: 1 }); Object.defineProperty(b, 'port2', { value: 'two' });
t('ports replaced', () => structuredClone(b));
class Sub extends MessageChannel { constructor() { super(); delete this.port1; delete this.port2; this.x = [1]; } }
t('subclass without ports', () => structuredClone(new Sub()));
t('prototype', () => structuredClone(MessageChannel.prototype));
const { port1, port2 } = new MessageChannel();
const got = new Promise((r) => { port2.onmessage = (e) => r(e.data); });
try { port1.postMessage(a); console.log('posted'); } catch (e) { console.log('post', e.name, e.message); }
const d = await got;
console.log('received', JSON.stringify(d), Object.getPrototypeOf(d) === Object.prototype);
try { port1.postMessage({ nested: new MessageChannel() }); } catch (e) { console.log('post nested', e.name, e.message); }
port1.close();
