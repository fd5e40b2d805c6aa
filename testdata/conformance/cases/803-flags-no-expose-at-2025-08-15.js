// config: date=2025-08-15 flags=no_expose_global_message_channel
const E = (e) => e.constructor.name + ': ' + e.message;
console.log(typeof MessageChannel, typeof MessagePort, 'MessageChannel' in globalThis, 'MessagePort' in globalThis);
try { new MessageChannel(); } catch (e) { console.log(E(e)); }
try { MessagePort.prototype; } catch (e) { console.log(E(e)); }
console.log(typeof MessageEvent, typeof structuredClone);
