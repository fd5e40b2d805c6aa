// config: date=2026-11-23 flags=nodejs_compat
// new tls.TLSSocket() and tls.connect(): the options workerd does not implement throw ERR_OPTION_NOT_IMPLEMENTED (checkServerIdentity too, from 2026-06-16: throw_on_not_implemented_tls_options), secureContext must be a SecureContext; an unconnected TLSSocket's state and the methods that are not implemented or return null.
const tls = process.getBuiltinModule('node:tls');
const net = process.getBuiltinModule('node:net');
const show = (n, f) => { try { const r = f(); console.log(n, 'ok', r === null ? 'null' : typeof r === 'object' ? r.constructor.name : String(r)); } catch (e) { console.log(n, e.constructor.name, e.name, e.code, e.message); } };
for (const o of [{ enableTrace: true }, { isServer: true }, { server: {} }, { requestCert: true }, { rejectUnauthorized: false }, { ALPNProtocols: ['h2'] }, { SNICallback() {} }, { requestOCSP: true }, { secureContext: {} }, { pskCallback() {} }, { checkServerIdentity() {} }, { checkServerIdentity: 1 }, { secureContext: tls.createSecureContext() }, { rejectUnauthorized: true }]) {
  show('TLSSocket ' + JSON.stringify(o), () => new tls.TLSSocket(undefined, o));
}
for (const o of [{ minDHSize: 1024 }, { minDHSize: '1' }, { minDHSize: 0 }, { rejectUnauthorized: false }, { pskCallback() {} }, { checkServerIdentity() {} }, { checkServerIdentity: 'x' }, { ALPNProtocols: ['h2'], port: 1 }, {}]) {
  show('connect ' + JSON.stringify(o), () => tls.connect(o));
}
const t = new tls.TLSSocket();
console.log('state', t.encrypted, t.authorized, t.secureConnecting, t.servername, t.readyState, t.pending, t.connecting, t._secureEstablished, t._controlReleased, t.ssl, JSON.stringify(t.address()), t instanceof net.Socket);
console.log('keys', Object.keys(t).filter((k) => !k.startsWith('_')).sort().join());
for (const m of ['getPeerCertificate', 'getCertificate', 'getPeerX509Certificate', 'getX509Certificate', 'setKeyCert', 'getCipher', 'getSharedSigalgs', 'getEphemeralKeyInfo', 'getFinished', 'getPeerFinished', 'getProtocol', 'getSession', 'getTLSTicket', 'isSessionReused', 'enableTrace', 'disableRenegotiation', 'setSession']) show(m, () => t[m]());
show('renegotiate', () => t.renegotiate({}, () => {}));
show('renegotiate bad', () => t.renegotiate(1));
show('renegotiate cb', () => t.renegotiate({}, 1));
show('setMaxSendFragment', () => t.setMaxSendFragment(512));
show('setMaxSendFragment bad', () => t.setMaxSendFragment('1'));
show('exportKeyingMaterial', () => t.exportKeyingMaterial(10, 'label'));
show('exportKeyingMaterial len', () => t.exportKeyingMaterial(0, 'label'));
show('exportKeyingMaterial label', () => t.exportKeyingMaterial(1, 5));
show('exportKeyingMaterial ctx', () => t.exportKeyingMaterial(1, 'l', 'x'));
show('setServername', () => t.setServername('example.com'));
console.log('servername', t.servername);
show('setServername bad', () => t.setServername(1));
