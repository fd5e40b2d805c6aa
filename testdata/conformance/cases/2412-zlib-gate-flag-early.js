// config: date=2024-09-01 flags=nodejs_compat,nodejs_zlib
// nodejs_zlib named at a date before its implication turns node:zlib's functions on.
const z = await import('node:zlib');
console.log(z.gunzipSync(z.gzipSync('early')).toString(), z.inflateSync(Buffer.from('789ccb48cdc9c957c8402701680308b1', 'hex')).toString());
