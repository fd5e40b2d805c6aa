const E = (e) => e.constructor.name + ': ' + e.message;
const { port1 } = new MessageChannel();
const data = { get x() { console.log('getter ran'); return 1; } };
try { port1.postMessage(data, [1]); } catch (e) { console.log(E(e)); }
try { port1.postMessage(data, 'x'); } catch (e) { console.log(E(e)); }
try { port1.postMessage(() => 1, { transfer: null }); } catch (e) { console.log(E(e)); }
try { port1.postMessage(() => 1, [port1]); } catch (e) { console.log(E(e)); }
try { port1.postMessage(data); console.log('ok'); } catch (e) { console.log(E(e)); }
