// config: date=2026-11-23
// addEventListener and removeEventListener: a callback that is missing (not null or undefined) is
// refused, as is a primitive one for removeEventListener, and a Symbol type; on a target, the
// global scope and a port.
const t = (name, f) => { try { f(); console.log(name, 'ok'); } catch (e) { console.log(name, e.constructor.name, e.message); } };
const et = new EventTarget();
t('add 1', () => et.addEventListener('x'));
t('add undefined', () => et.addEventListener('x', undefined));
t('add null', () => et.addEventListener('x', null));
t('remove 1', () => et.removeEventListener('x'));
t('remove undefined', () => et.removeEventListener('x', undefined));
t('remove null', () => et.removeEventListener('x', null));
t('remove 1 num', () => et.removeEventListener('x', 1));
t('add sym', () => et.addEventListener(Symbol('s'), () => {}));
t('remove sym', () => et.removeEventListener(Symbol('s'), () => {}));
t('global add 1', () => addEventListener('x'));
t('global remove 1', () => removeEventListener('x'));
const { port1 } = new MessageChannel();
t('port add 1', () => port1.addEventListener('message'));
port1.close();
