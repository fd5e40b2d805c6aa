package node_test

import (
	"strings"
	"testing"
)

// TestCryptoHostileArguments calls node:crypto's key, signature, cipher,
// key agreement and certificate functions with arguments of every wrong
// kind: each must throw a JS error or return, never reach a Go panic (an
// internal error).
func TestCryptoHostileArguments(t *testing.T) {
	const src = `
const crypto = process.getBuiltinModule('node:crypto');
const odd = [undefined, null, 0, -1, 1.5, NaN, '', 'x', {}, [], () => {}, Symbol('s'), 10n, new Uint8Array(0), new ArrayBuffer(3),
  new DataView(new ArrayBuffer(2)), Buffer.alloc(65, 4), { key: {} }, { key: 'x', format: 'der' }, { key: new Uint8Array(5), format: 'der', type: 'pkcs1' },
  { kty: 'RSA', n: 'AA', e: 'AA', d: 'AA', p: 'AA', q: 'AA' }, { key: { kty: 'EC', crv: 'P-256', x: 'AA', y: 'AA', d: 'AA' }, format: 'jwk' },
  { key: { kty: 'OKP', crv: 'X25519', x: 'AA' }, format: 'jwk' }, { key: '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----', passphrase: 'x' }];
const { publicKey, privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
const secret = crypto.createSecretKey(Buffer.alloc(16));
const calls = [
  (a) => crypto.createPrivateKey(a), (a) => crypto.createPublicKey(a), (a) => crypto.createSecretKey(a),
  (a) => privateKey.export(a), (a) => publicKey.export(a), (a) => secret.export(a), (a) => privateKey.equals(a),
  (a) => privateKey.toCryptoKey(a, true, ['sign']), (a) => crypto.KeyObject.from(a),
  (a) => crypto.sign(a, Buffer.alloc(1), privateKey), (a) => crypto.sign('sha256', a, privateKey), (a) => crypto.sign('sha256', Buffer.alloc(1), a),
  (a) => crypto.verify('sha256', Buffer.alloc(1), a, Buffer.alloc(1)), (a) => crypto.verify('sha256', Buffer.alloc(1), publicKey, a),
  (a) => crypto.createSign(a), (a) => crypto.createSign('sha256').update(a), (a) => crypto.createSign('sha256').sign(a),
  (a) => crypto.createVerify('sha256').verify(publicKey, a), (a) => crypto.generateKeyPairSync(a), (a) => crypto.generateKeyPairSync('rsa', a),
  (a) => crypto.generateKeyPairSync('ec', { namedCurve: a }), (a) => crypto.generateKeySync('hmac', a),
  (a) => crypto.createCipheriv(a, Buffer.alloc(16), Buffer.alloc(16)), (a) => crypto.createCipheriv('aes-128-gcm', a, Buffer.alloc(12)),
  (a) => crypto.createCipheriv('aes-128-gcm', Buffer.alloc(16), a), (a) => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16)).update(a),
  (a) => crypto.createDecipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12)).setAuthTag(a), (a) => crypto.createCipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12)).setAAD(a),
  (a) => { const d = crypto.createDecipheriv('chacha20-poly1305', Buffer.alloc(32), Buffer.alloc(12)); d.setAuthTag(Buffer.alloc(16)); d.update(a); },
  (a) => crypto.getCipherInfo(a), (a) => crypto.publicEncrypt(a, Buffer.alloc(1)), (a) => crypto.privateDecrypt(privateKey, a),
  (a) => crypto.publicEncrypt({ key: publicKey, padding: a }, Buffer.alloc(1)), (a) => crypto.scryptSync(a, 'salt', 8, { N: 16 }),
  (a) => crypto.scryptSync('pw', 'salt', 8, a), (a) => crypto.createECDH(a), (a) => crypto.createECDH('prime256v1').computeSecret(a),
  (a) => crypto.createECDH('prime256v1').setPrivateKey(a), (a) => crypto.ECDH.convertKey(a, 'prime256v1'),
  (a) => crypto.diffieHellman(a), (a) => crypto.diffieHellman({ privateKey, publicKey: a }), (a) => crypto.createDiffieHellman(a),
  (a) => crypto.createDiffieHellman(Buffer.from([23]), a), (a) => crypto.createDiffieHellman(Buffer.from([23]), 5).computeSecret(a),
  (a) => crypto.getDiffieHellman(a), (a) => crypto.checkPrimeSync(a), (a) => crypto.generatePrimeSync(8, a),
  (a) => crypto.generatePrimeSync(a), (a) => crypto.Certificate.exportChallenge(a), (a) => crypto.Certificate.exportPublicKey(a),
  (a) => new crypto.X509Certificate(a), (a) => crypto.createHmac('sha256', a),
];
let n = 0;
for (const f of calls) for (const a of odd) { try { f(a); } catch (e) { if (!(e instanceof Error) && !(e instanceof DOMException)) throw e; } n++; }
console.log(n);
`
	out, errs := run(t, "2026-11-23", "nodejs_compat", src, 0)
	if strings.Contains(errs, "internal error") || strings.Contains(errs, "bug in mcrepl") || !strings.HasSuffix(out, "\n") || strings.TrimSpace(out) == "" {
		t.Fatalf("stdout %q\nstderr %s", out, errs)
	}
}
