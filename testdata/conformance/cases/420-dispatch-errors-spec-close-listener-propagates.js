// config: date=2026-09-15
const { port1, port2 } = new MessageChannel();
globalThis.addEventListener('error', (ev) => { console.log('global error (never)'); ev.preventDefault(); });
port2.addEventListener('close', () => { throw new Error('close boom'); });
port1.addEventListener('close', () => console.log('port1 close (never)'));
try { port1.close(); } catch (e) { console.log('escaped close():', e.message); }
