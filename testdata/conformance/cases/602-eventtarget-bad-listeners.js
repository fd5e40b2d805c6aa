const E = (e) => e.constructor.name + ': ' + e.message;
const { port1, port2 } = new MessageChannel();
try { console.log('null', port2.addEventListener('message', null)); } catch (e) { console.log('null:', E(e)); }
try { console.log('undefined', port2.addEventListener('message', undefined)); } catch (e) { console.log('undefined:', E(e)); }
try { port2.addEventListener('message', 'str'); console.log('no throw'); } catch (e) { console.log('string:', E(e)); }
try { port2.addEventListener('message', 5); console.log('no throw'); } catch (e) { console.log('number:', E(e)); }
try { port2.addEventListener('message', {}); console.log('plain object accepted'); } catch (e) { console.log('object:', E(e)); }
try { port2.addEventListener(); console.log('no args: no throw'); } catch (e) { console.log('no args:', E(e)); }
port1.postMessage('was the port started?');
await new Promise((r) => setTimeout(r, 5));
port2.addEventListener('message', (e) => console.log('got', e.data));
