const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => console.log('got', e.data);
const log = [];
const arr = [1, 2];
Object.defineProperty(arr, 0, { get() { log.push('get0'); return 1; } });
Object.defineProperty(arr, 1, { get() { log.push('get1'); return 2; } });
try { port1.postMessage('m', arr); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
console.log(log.join(','));
const proxied = new Proxy([], { get(t, k) { log.length = 0; if (typeof k === 'string') console.log('proxy get', k); return Reflect.get(t, k); } });
try { port1.postMessage('via proxy', proxied); console.log('proxy accepted'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
const proxied2 = new Proxy([1], { get(t, k) { if (k === 'transfer') return [1]; return Reflect.get(t, k); } });
try { port1.postMessage('via proxy2', proxied2); console.log('no throw'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
