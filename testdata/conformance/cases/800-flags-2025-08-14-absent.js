// config: date=2025-08-14
const E = (e) => e.constructor.name + ': ' + e.message;
console.log(typeof MessageChannel, typeof MessagePort, 'MessageChannel' in globalThis, 'MessagePort' in globalThis);
try { MessageChannel; } catch (e) { console.log(E(e)); }
try { MessagePort; } catch (e) { console.log(E(e)); }
try { new MessageChannel(); } catch (e) { console.log(E(e)); }
console.log(typeof MessageEvent, typeof EventTarget, typeof Event, typeof structuredClone);
