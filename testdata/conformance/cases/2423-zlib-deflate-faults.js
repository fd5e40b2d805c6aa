// config: date=2026-11-23 flags=nodejs_compat
// zlib's messages for hand-made faults in deflate data (block type, stored lengths, too many symbols, distances, literal codes) and for damaged workerd streams.
const z = await import('node:zlib');
const show = (label, f) => { try { const r = f(); console.log(label, 'ok', r.length); } catch (e) { console.log(label, e.code, e.errno, e.message); } };
const hex = (h) => Buffer.from(h, 'hex');
show('block type 3', () => z.inflateRawSync(hex('07')));
show('block type 3 later', () => z.inflateRawSync(Buffer.concat([hex('0000'), hex('00ffff'), hex('07')])));
show('stored lengths', () => z.inflateRawSync(hex('0105000000')));
show('too many symbols', () => z.inflateRawSync(hex('fdff')));
show('code lengths set', () => z.inflateRawSync(hex('05000000')));
show('bit length repeat', () => z.inflateRawSync(hex('0500fe0f')));
show('too far back fixed', () => z.inflateRawSync(hex('030001')));
show('too far back zlib', () => z.inflateSync(hex('789c030001')));
show('distance code 30', () => z.inflateRawSync(hex('637c00')));
show('literal code 286', () => z.inflateRawSync(hex('63180c00')));
const t = hex('4b4c4a4e494d4bcfc8cc4a1c658d101600');
for (let i = 0; i < 40; i++) {
  const b = Buffer.from(t); b[i % b.length] ^= (i * 37 + 11) & 0xff;
  show('flip ' + i, () => z.inflateRawSync(b));
}
const d2 = hex('78dacb48cdc9c95728cf2fca4951c8c0ce0600ef930d55');
for (let i = 2; i < d2.length - 4; i++) { const b = Buffer.from(d2); b[i] ^= 0x55; show('zflip ' + i, () => z.inflateSync(b)); }
const big = hex('636064e11490543174084ca99cb0f2c8435635cfbca9fb5e4a7b55af7b2c1f31f98248e88cbb9a457bf9e3d6b3c76c16cc39a9dbf731fa90c16cde9ab7a9b7c2cefb9f09b818792feb73b3e812abb3e9cc736c6ed62a1f2b90395aaa7eadc7e5e7d662e30f5baa9c782e2f2c74167f716056598889d8d7db87d7ce6c2fcf8c0df67675b4b77774f50e8ecd2c6f9fb9f6f0edaf62262165b30ebc10772e5c7899c7a96acb07e3e2ad3f5d7aaea9971e952938a65c7bd3660e73fa59ab25a2cd9fb3ee455e0c38e37f3eec56eadb1aded90687a23ff6e99ecc11dc1cc3be3e8e7f6f91e6dd19a122172647c83f5e57ed25fd72dfd43c4f35d68747564ea84c097430549114e064616418f5faa8d747bd3eeaf551af8f7a7dd4eba35e1ff5faa8d7878ad701');
for (let i = 0; i < 60; i++) { const b = Buffer.from(big); b[(i * 131) % b.length] ^= 1 << (i % 8); show('bigflip ' + i, () => z.inflateRawSync(b)); }
