// config: date=2026-11-23 flags=nodejs_compat
// The order of checks of the info forms: the input's type first (thrown), then the engine's options (thrown), then the data's errors (to the callback).
const z = await import('node:zlib');
try { z.deflate('x', { info: true, level: 99 }, (e) => console.log('cb', e && e.message)); console.log('returned'); } catch (e) { console.log('threw', e.code, e.message); }
try { z.inflate(5, { info: true }, (e) => console.log('cb2', e && e.code, e && e.message)); console.log('returned2'); } catch (e) { console.log('threw2', e.code, e.message); }
try { z.inflate(Buffer.from('bad'), { info: true }, (e) => console.log('cb3', e && e.code, e && e.message)); console.log('returned3'); } catch (e) { console.log('threw3', e.code, e.message); }
await new Promise((r) => setTimeout(r, 5));
try { z.inflate(5, { info: true, level: 99 }, (e) => console.log('cb', e && e.message)); } catch (e) { console.log('threw', e.code); }
try { z.inflateSync(5, { info: true, level: 99 }); } catch (e) { console.log('threw sync', e.code); }
