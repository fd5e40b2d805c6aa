const E = (e) => e.constructor.name + ': ' + e.message;
const { port2 } = new MessageChannel();
const f = () => {};
try { port2.addEventListener('message', f, true); console.log('no throw'); } catch (e) { console.log('true:', E(e)); }
try { port2.addEventListener('message', f, { capture: true }); console.log('no throw'); } catch (e) { console.log('capture:', E(e)); }
try { port2.addEventListener('message', f, { capture: false }); console.log('capture false ok'); } catch (e) { console.log(E(e)); }
try { port2.addEventListener('message', f, false); console.log('false ok'); } catch (e) { console.log(E(e)); }
try { port2.removeEventListener('message', f, true); console.log('remove with true: no throw'); } catch (e) { console.log('remove true:', E(e)); }
try { port2.removeEventListener('message', f, { capture: true }); console.log('remove capture: no throw'); } catch (e) { console.log('remove capture:', E(e)); }
