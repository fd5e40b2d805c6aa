// config: date=2025-08-15
// Known-answer vectors (RFC and NIST values inline: "kat ok" when they match) and deterministic
// outputs of every algorithm; non-deterministic ones (ECDSA, RSA-PSS, RSA-OAEP) round-trip and
// verify signatures made by node.
const s = crypto.subtle;
const te = new TextEncoder();
const hex = (b) => [...new Uint8Array(b)].map((x) => x.toString(16).padStart(2, '0')).join('');
const unhex = (h) => new Uint8Array(h.match(/../g).map((x) => parseInt(x, 16)));
const kat = (label, got, want) => console.log(label, got === want ? 'kat ok' : 'MISMATCH ' + got);
const show = (label, b) => console.log(label, hex(b));
const fail = async (label, p) => { try { await p; console.log(label, 'no error'); } catch (e) { console.log(label, e.name + ': ' + e.message); } };

// digest: FIPS 180-4 and RFC 1321 examples
const abc = te.encode('abc');
kat('SHA-1', hex(await s.digest('SHA-1', abc)), 'a9993e364706816aba3e25717850c26c9cd0d89d');
kat('SHA-256', hex(await s.digest('SHA-256', abc)), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
kat('SHA-384', hex(await s.digest('SHA-384', abc)), 'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7');
kat('SHA-512', hex(await s.digest('SHA-512', abc)), 'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f');
kat('MD5', hex(await s.digest('MD5', abc)), '900150983cd24fb0d6963f7d28e17f72');
kat('SHA-256 empty', hex(await s.digest({ name: 'sha-256' }, new Uint8Array(0))), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');

// HMAC: RFC 4231 test case 2, RFC 2202 test case 2
const jefe = await s.importKey('raw', te.encode('Jefe'), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign', 'verify']);
const what = te.encode('what do ya want for nothing?');
kat('HMAC SHA-256', hex(await s.sign('HMAC', jefe, what)), '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
console.log('HMAC verify', await s.verify('HMAC', jefe, unhex('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843'), what), await s.verify('HMAC', jefe, new Uint8Array(32), what));
const jefe1 = await s.importKey('raw', te.encode('Jefe'), { name: 'HMAC', hash: 'SHA-1' }, true, ['sign']);
kat('HMAC SHA-1', hex(await s.sign('HMAC', jefe1, what)), 'effcdf6ae5eb2fa2d27416d5f184df9c259a7c79');
const jefe512 = await s.importKey('raw', te.encode('Jefe'), { name: 'HMAC', hash: 'SHA-512' }, true, ['sign']);
kat('HMAC SHA-512', hex(await s.sign('HMAC', jefe512, what)), '164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737');
console.log('HMAC jwk', JSON.stringify(await s.exportKey('jwk', jefe)), JSON.stringify(jefe.algorithm));

// AES-GCM: the NIST GCM spec's test case 3 (128-bit key, 96-bit IV, no AAD)
const gk = await s.importKey('raw', unhex('feffe9928665731c6d6a8f9467308308'), 'AES-GCM', true, ['encrypt', 'decrypt']);
const gpt = unhex('d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255');
const giv = unhex('cafebabefacedbaddecaf888');
const gct = await s.encrypt({ name: 'AES-GCM', iv: giv }, gk, gpt);
kat('AES-GCM', hex(gct), '42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091473f5985' + '4d5c2af327cd64a62cf35abd2ba6fab4');
console.log('AES-GCM decrypt', hex(await s.decrypt({ name: 'AES-GCM', iv: giv }, gk, gct)) === hex(gpt));
const gaad = await s.encrypt({ name: 'AES-GCM', iv: giv, additionalData: te.encode('aad'), tagLength: 96 }, gk, te.encode('hello'));
show('AES-GCM aad tag96', gaad);
console.log('AES-GCM tag96 decrypt', new TextDecoder().decode(await s.decrypt({ name: 'AES-GCM', iv: giv, additionalData: te.encode('aad'), tagLength: 96 }, gk, gaad)));
await fail('AES-GCM tampered', s.decrypt({ name: 'AES-GCM', iv: giv, additionalData: te.encode('aae'), tagLength: 96 }, gk, gaad));
show('AES-GCM iv16', await s.encrypt({ name: 'AES-GCM', iv: new Uint8Array(16) }, gk, te.encode('hello')));

// AES-CBC: NIST SP 800-38A F.2.1 (first block), then PKCS#7 padding
const ck = await s.importKey('raw', unhex('2b7e151628aed2a6abf7158809cf4f3c'), 'AES-CBC', true, ['encrypt', 'decrypt']);
const civ = unhex('000102030405060708090a0b0c0d0e0f');
const cct = await s.encrypt({ name: 'AES-CBC', iv: civ }, ck, unhex('6bc1bee22e409f96e93d7e117393172a'));
kat('AES-CBC', hex(cct).slice(0, 32), '7649abac8119b246cee98e9b12e9197d');
show('AES-CBC padded', cct);
console.log('AES-CBC decrypt', hex(await s.decrypt({ name: 'AES-CBC', iv: civ }, ck, cct)));

// AES-CTR: NIST SP 800-38A F.5.1 (first block), and a counter that wraps in its low 8 bits
const tk = await s.importKey('raw', unhex('2b7e151628aed2a6abf7158809cf4f3c'), 'AES-CTR', true, ['encrypt', 'decrypt']);
const tcount = unhex('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff');
kat('AES-CTR', hex(await s.encrypt({ name: 'AES-CTR', counter: tcount, length: 64 }, tk, unhex('6bc1bee22e409f96e93d7e117393172a'))), '874d6191b620e3261bef6864990db6ce');
show('AES-CTR wrap', await s.encrypt({ name: 'AES-CTR', counter: tcount, length: 8 }, tk, new Uint8Array(40)));

// AES-KW: RFC 3394 4.1
const kw = await s.importKey('raw', unhex('000102030405060708090a0b0c0d0e0f'), 'AES-KW', true, ['wrapKey', 'unwrapKey']);
const kwData = await s.importKey('raw', unhex('00112233445566778899aabbccddeeff'), 'AES-GCM', true, ['encrypt']);
const wrapped = await s.wrapKey('raw', kwData, kw, 'AES-KW');
kat('AES-KW', hex(wrapped), '1fa68b0a8112b447aef34bd8fb5a7b829d3e862371d2cfe5');
const unwrapped = await s.unwrapKey('raw', wrapped, kw, 'AES-KW', 'AES-GCM', true, ['encrypt']);
console.log('AES-KW unwrap', hex(await s.exportKey('raw', unwrapped)), JSON.stringify(unwrapped.algorithm));
await fail('AES-KW bad', s.unwrapKey('raw', new Uint8Array(24), kw, 'AES-KW', 'AES-GCM', true, ['encrypt']));
const gwk = await s.importKey('raw', unhex('feffe9928665731c6d6a8f9467308308'), 'AES-GCM', true, ['wrapKey', 'unwrapKey']);
const gw = await s.wrapKey('jwk', jefe, gwk, { name: 'AES-GCM', iv: giv });
const gu = await s.unwrapKey('jwk', gw, gwk, { name: 'AES-GCM', iv: giv }, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
console.log('AES-GCM wrap jwk', gw.byteLength, hex(await s.exportKey('raw', gu)));

// PBKDF2: RFC 6070 test case 2 (SHA-1), and SHA-256
const pk = await s.importKey('raw', te.encode('password'), 'PBKDF2', false, ['deriveBits', 'deriveKey']);
kat('PBKDF2 SHA-1', hex(await s.deriveBits({ name: 'PBKDF2', salt: te.encode('salt'), iterations: 2, hash: 'SHA-1' }, pk, 160)), 'ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957');
show('PBKDF2 SHA-256', await s.deriveBits({ name: 'PBKDF2', salt: te.encode('salt'), iterations: 1000, hash: 'SHA-256' }, pk, 256));
const dk = await s.deriveKey({ name: 'PBKDF2', salt: te.encode('salt'), iterations: 2, hash: 'SHA-256' }, pk, { name: 'AES-CBC', length: 256 }, true, ['encrypt']);
console.log('PBKDF2 deriveKey', hex(await s.exportKey('raw', dk)), JSON.stringify(dk.algorithm));
const dh = await s.deriveKey({ name: 'PBKDF2', salt: te.encode('salt'), iterations: 2, hash: 'SHA-256' }, pk, { name: 'HMAC', hash: 'SHA-384' }, true, ['sign']);
console.log('PBKDF2 deriveKey HMAC', (await s.exportKey('raw', dh)).byteLength, JSON.stringify(dh.algorithm));

// HKDF: RFC 5869 test case 1
const hk = await s.importKey('raw', unhex('0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b'), 'HKDF', false, ['deriveBits']);
kat('HKDF', hex(await s.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: unhex('000102030405060708090a0b0c'), info: unhex('f0f1f2f3f4f5f6f7f8f9') }, hk, 336)), '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865');

// Ed25519: RFC 8032 7.1 test 2
const edPriv = await s.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', d: b64u('4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb'), x: b64u('3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c') }, 'Ed25519', true, ['sign']);
const edPub = await s.importKey('raw', unhex('3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c'), { name: 'Ed25519' }, true, ['verify']);
const edSig = await s.sign('Ed25519', edPriv, unhex('72'));
kat('Ed25519', hex(edSig), '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00');
console.log('Ed25519 verify', await s.verify('Ed25519', edPub, edSig, unhex('72')), await s.verify('Ed25519', edPub, edSig, unhex('73')));
console.log('Ed25519 spki', hex(await s.exportKey('spki', edPub)));
console.log('Ed25519 pkcs8', hex(await s.exportKey('pkcs8', edPriv)));
console.log('Ed25519 jwk', JSON.stringify(await s.exportKey('jwk', edPriv)));

// X25519: RFC 7748 6.1
const xa = await s.importKey('pkcs8', unhex('302e020100300506032b656e04220420' + '77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a'), 'X25519', true, ['deriveBits']);
const xb = await s.importKey('raw', unhex('de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f'), 'X25519', true, []);
kat('X25519', hex(await s.deriveBits({ name: 'X25519', public: xb }, xa, 256)), '4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742');
console.log('X25519 jwk', JSON.stringify(await s.exportKey('jwk', xa)));

// ECDSA and ECDH with keys made by node
const NODE = {"ecdsa":"ee7f841ac7f4d6770c9eeac8bb36f5cd836114f80cacb1052c2a9605d382609a79baebf90f9c91446f4e2730dcd49e92e227ad299a38eb097c816a3037977f67","pkcs1":"b0d10ad6467a0026874d360b5e53b819549f313b0a1df2435f4ac357aacea04fc7275599010f51ffb56539102fc31b0eaf15d581ac429b635a13e61891ba40b4ef7ef5377fdfad4a7cb9eef7d061002529566d2cc68e512b59dd7f0861cdd380f861278dea91810fcb38fb1eb5eed5841d6c1cf89d2a88d1a88235af3357c7ed","pss":"a523f313859049e9ca9e669f48b8add0dd44fdc119bac0f022a55b281e7915dcad5db3abb96cefa6593af6e61c66ae8fd26918d55364c172e33fc43346fb09fc00f38c4a14d51f9b57b9a416c17ad0ca15d4e6ebcf380e294957411d0ddf7a0ced8f6892a46c22264ccaa3db3421661747fdd687fbd19ab46d3fa12dbeed4260","oaep":"3c1351cb007cde86b160a708792acdbc347c1c32e6ab2d559bcacbc6995c6d4056db18ccf75eed59575e69d1aa70f90290ba6ae7483234c2372a9880c47405170d74282c328b29801d7ecf07a98de38ab0917e20dcb23f82e2675888c53385365349b2efe0afa1fcf4181f322305a35669680aca3eb45f822699289c10076662"};
const KEYS = {"rsa": {"key_ops": ["sign"], "ext": true, "kty": "RSA", "n": "3LIUgT8K0DwWhX2VwTdaUT7w6DaSSGkvbcqiKQL39zuwnBu7MYseZ-kbj-NOWVJA-SsvohaOU74I8iquPqjmtblM2a_qS1kXqtyKXiDZUsJPux6OvG6szNF2M_B9Zvzjeh1wI7nOsGCRUFi5YuQm2JGJpDVDRX-RmWIiPco2oOc", "e": "AQAB", "d": "BXVuJmg9xzrFP9YEXzwUQtAwuz2mTp4zax7I9gS5x2a1jpbtAWO0g9NzOBLiPDlZnBAiZHr0WEPqCrtdhfU9h5Nja0KXRfrORc_VSCt5vPZ9G_DejngzgKbUCno3ORusexh5ICxgYG8s_wABm7tdXBZgrFU5HW2OA4SG1q10hZk", "p": "9GmtPRULShVFx7QV_r8DSWjQKF0JyRJbeT3afxh95jruzV0CWDoBHGfqMzeyDvNyc6q5JantwpCow6enYty8sw", "q": "5yiPJskoW2gAn3t5IQMGocs2dEymXeij1D3UHKJzcvPpcdYRglfBLsYI-BXeKYT50fISt5AUg3LLQ0xwxUlM_Q", "dp": "Iv015barhRGCidJIC84AhHPSyNR44CYWnkayjttMurbZFOEpwsObARwHNQnWHbnQOqrIEpI_DUl0P34ywj5jbQ", "dq": "a7G8x-AuGi_hImw_Kb8kJtrrOtG_LL9HHInVuaWBzguPNkb6j1RdH3KKGTLu9z8JuONkDvtkYz1nL6p8W53j7Q", "qi": "ouwWGmh32Wa3PB7HkumGUNMFhh-yqEv9psVVA-M4Nv1j3Dz3hHvp2tKvkPTD8is-SvqZacWDMUNm75cVqt2j6g", "alg": "RS256"}, "ec": {"key_ops": ["sign"], "ext": true, "kty": "EC", "x": "k0ZSQ1dYt-cSYAVQW7K3lzREaM5IEDBC_gvFX0Uh_P4", "y": "L35Y0ysB6wL0vS2qS3rzJFuUD8jafEif2wsDuyPBqFQ", "crv": "P-256", "d": "IXMFTOsZhNa1uPd5U8Yb0jA7Ck4JysI8tCxq1yTzvEU"}, "ecdh": {"key_ops": ["deriveBits"], "ext": true, "kty": "EC", "x": "aqSF8mI5wmYpMWeUmeXKX5ECMCDiHNhE2H1ehulbCVxekTlxp16MgMLF4WSnKRi1", "y": "dkl8r1KtGw_t2KWNE82cus7Bc3bobBlOocgmXE7rU9TZOPUijQ8MZvTlYkqbRJWf", "crv": "P-384", "d": "EnrQMP25eknmrt7n3ujhsCydSVk17xQwFHl3s92k1i3hVFNo2D9g-Y89WVA9gqM3"}};
const ecPriv = await s.importKey('jwk', KEYS.ec, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']);
const { d, ...ecPubJwk } = KEYS.ec;
const ecPub = await s.importKey('jwk', { ...ecPubJwk, key_ops: ['verify'] }, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']);
const ecSig = await s.sign({ name: 'ECDSA', hash: 'SHA-256' }, ecPriv, abc);
console.log('ECDSA', ecSig.byteLength, await s.verify({ name: 'ECDSA', hash: 'SHA-256' }, ecPub, ecSig, abc), await s.verify({ name: 'ECDSA', hash: 'SHA-384' }, ecPub, ecSig, abc));
console.log('ECDSA node signature', await s.verify({ name: 'ECDSA', hash: 'SHA-256' }, ecPub, unhex(NODE.ecdsa), abc));
const ecRaw = await s.exportKey('raw', ecPub);
console.log('ECDSA raw', hex(ecRaw) === '04' + hex(b64d(KEYS.ec.x)) + hex(b64d(KEYS.ec.y)));
const ecSpki = await s.exportKey('spki', ecPub);
const ecPub2 = await s.importKey('spki', ecSpki, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']);
console.log('ECDSA spki', hex(ecSpki).slice(0, 54), JSON.stringify(await s.exportKey('jwk', ecPub2)) === JSON.stringify(await s.exportKey('jwk', ecPub)));
const ecP8 = await s.exportKey('pkcs8', ecPriv);
const ecPriv2 = await s.importKey('pkcs8', ecP8, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']);
console.log('ECDSA pkcs8', (await s.exportKey('jwk', ecPriv2)).d === KEYS.ec.d);
const dhA = await s.importKey('jwk', { ...KEYS.ecdh, key_ops: undefined }, { name: 'ECDH', namedCurve: 'P-384' }, true, ['deriveBits', 'deriveKey']);
const { d: _d, ...dhPubJwk } = KEYS.ecdh;
const dhB = await s.importKey('jwk', { ...dhPubJwk, key_ops: [] }, { name: 'ECDH', namedCurve: 'P-384' }, true, []);
show('ECDH', await s.deriveBits({ name: 'ECDH', public: dhB }, dhA, 384));
show('ECDH 100 bits', await s.deriveBits({ name: 'ECDH', public: dhB }, dhA, 100));
const dhK = await s.deriveKey({ name: 'ECDH', public: dhB }, dhA, { name: 'AES-GCM', length: 256 }, true, ['encrypt']);
show('ECDH deriveKey', await s.exportKey('raw', dhK));

// RSA with a key made by node
const rsaPriv = await s.importKey('jwk', KEYS.rsa, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, true, ['sign']);
const { d: _rd, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...rsaPubJwk } = KEYS.rsa;
const rsaPub = await s.importKey('jwk', { ...rsaPubJwk, key_ops: ['verify'] }, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, true, ['verify']);
const rsaSig = await s.sign('RSASSA-PKCS1-v1_5', rsaPriv, abc);
kat('RSASSA-PKCS1-v1_5 (node)', hex(rsaSig), NODE.pkcs1);
console.log('RSASSA-PKCS1-v1_5 verify', await s.verify('RSASSA-PKCS1-v1_5', rsaPub, rsaSig, abc), await s.verify('RSASSA-PKCS1-v1_5', rsaPub, rsaSig, what));
console.log('RSA algorithm', JSON.stringify(rsaPub.algorithm));
const rsaSpki = await s.exportKey('spki', rsaPub);
const rsaP8 = await s.exportKey('pkcs8', rsaPriv);
console.log('RSA spki pkcs8', rsaSpki.byteLength, rsaP8.byteLength, hex(rsaSpki).slice(0, 40));
const pssPriv = await s.importKey('pkcs8', rsaP8, { name: 'RSA-PSS', hash: 'SHA-256' }, true, ['sign']);
const pssPub = await s.importKey('spki', rsaSpki, { name: 'RSA-PSS', hash: 'SHA-256' }, true, ['verify']);
const pssSig = await s.sign({ name: 'RSA-PSS', saltLength: 32 }, pssPriv, abc);
console.log('RSA-PSS', pssSig.byteLength, await s.verify({ name: 'RSA-PSS', saltLength: 32 }, pssPub, pssSig, abc), await s.verify({ name: 'RSA-PSS', saltLength: 32 }, pssPub, unhex(NODE.pss), abc));
const oaepPub = await s.importKey('spki', rsaSpki, { name: 'RSA-OAEP', hash: 'SHA-256' }, true, ['encrypt', 'wrapKey']);
const oaepPriv = await s.importKey('pkcs8', rsaP8, { name: 'RSA-OAEP', hash: 'SHA-256' }, true, ['decrypt', 'unwrapKey']);
const oct = await s.encrypt({ name: 'RSA-OAEP', label: te.encode('l') }, oaepPub, abc);
console.log('RSA-OAEP', oct.byteLength, new TextDecoder().decode(await s.decrypt({ name: 'RSA-OAEP', label: te.encode('l') }, oaepPriv, oct)));
console.log('RSA-OAEP node ciphertext', new TextDecoder().decode(await s.decrypt({ name: 'RSA-OAEP' }, oaepPriv, unhex(NODE.oaep))));
console.log('RSA-OAEP jwk', JSON.stringify(await s.exportKey('jwk', oaepPub)).replace(/"n":"[^"]*"/, '"n":"..."'));

function b64u(h) { return btoa(String.fromCharCode(...unhex(h))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''); }
function b64d(s) { const b = atob(s.replace(/-/g, '+').replace(/_/g, '/')); const u = new Uint8Array(b.length); for (let i = 0; i < b.length; i++) u[i] = b.charCodeAt(i); return u; }
