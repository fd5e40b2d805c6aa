// node:tls: workerd's TLSSocket, a node:net Socket whose cloudflare:sockets
// Socket is TLS from the start (tls.connect) or upgraded with startTls()
// (new tls.TLSSocket(netSocket), tls.connect({ socket })); the options and
// methods workerd does not implement throw its errors; checkServerIdentity,
// SecureContext, convertALPNProtocols and the constants (cases 2590-2599).
(function (binding, require, module) {
  'use strict';
  const net = require('net');
  const { Buffer } = require('buffer');
  const errors = require('internal/errors');
  const { makeError, invalidArgType, outOfRange, validateFunction, validateObject, validateString, validateInteger } = errors;
  const internal = binding.netInternal;
  const { Socket, isIP, _normalizeArgs } = net;

  const notImplemented = (name) => makeError(Error, 'ERR_OPTION_NOT_IMPLEMENTED', 'The ' + name + ' option is not implemented');
  const throwsNotImplemented = binding.tlsThrowsNotImplemented;

  function validateInt32(v, name) {
    if (typeof v !== 'number') throw invalidArgType(name, 'number', v);
    if (!Number.isInteger(v)) throw outOfRange(name, 'an integer', v);
    if (v < -2147483648 || v > 2147483647) throw outOfRange(name, '>= -2147483648 && <= 2147483647', v);
  }
  function validateUint32(v, name, positive) {
    if (typeof v !== 'number') throw invalidArgType(name, 'number', v);
    if (!Number.isInteger(v)) throw outOfRange(name, 'an integer', v);
    const min = positive ? 1 : 0;
    if (v < min || v > 4294967295) throw outOfRange(name, '>= ' + min + ' && < 4294967296', v);
  }

  // SecureContext: workerd keeps nothing in it (context is undefined).
  function SecureContext(secureProtocol, secureOptions, minVersion, maxVersion) {
    if (!(this instanceof SecureContext)) return new SecureContext(secureProtocol, secureOptions, minVersion, maxVersion);
    if (secureOptions !== undefined) validateInteger(secureOptions, 'secureOptions');
    this.context = undefined;
    return this;
  }
  function createSecureContext(options = {}) {
    return new SecureContext(options.secureProtocol, options.secureOptions, options.minVersion, options.maxVersion);
  }

  const kConnectOptions = Symbol('connect-options');
  const kErrorEmitted = Symbol('error-emitted');
  const kRes = Symbol('res');
  const kPendingSession = Symbol('pendingSession');
  const kIsVerified = Symbol('verified');

  function onnewsessionclient(_id, session) {
    if (this[kIsVerified]) this.emit('session', session);
    else this[kPendingSession] = session;
  }
  function onerror(err) {
    if (this._hadError) return;
    this._hadError = true;
    if (!this._secureEstablished) this.destroy(err);
    else this._emitTLSError(err);
  }
  function onSocketCloseDestroySSL() { this._destroySSL(); }

  function TLSSocket(socket, opts) {
    const o = { ...opts };
    if (o.enableTrace) throw notImplemented('options.enableTrace');
    if (o.isServer) throw notImplemented('options.isServer');
    if (o.server) throw notImplemented('options.server');
    if (o.requestCert) throw notImplemented('options.requestCert');
    if (o.rejectUnauthorized === false) throw notImplemented('options.rejectUnauthorized');
    if (o.ALPNProtocols !== undefined) throw notImplemented('options.ALPNProtocols');
    if (o.SNICallback !== undefined) throw notImplemented('options.SNICallback');
    if (o.requestOCSP) throw notImplemented('options.requestOCSP');
    if (o.secureContext !== undefined && !(o.secureContext instanceof SecureContext)) {
      throw makeError(TypeError, 'ERR_TLS_INVALID_CONTEXT', 'context must be a SecureContext');
    }
    if (o.pskCallback !== undefined) throw notImplemented('options.pskCallback');
    if (o.checkServerIdentity !== undefined) {
      validateFunction(o.checkServerIdentity, 'options.checkServerIdentity');
      if (throwsNotImplemented) throw notImplemented('options.checkServerIdentity');
    }
    this._tlsOptions = o;
    this._secureEstablished = false;
    this._securePending = false;
    this._newSessionPending = false;
    this._controlReleased = false;
    this.secureConnecting = true;
    this.servername = o.servername ?? null;
    this.authorized = false;
    this[kRes] = null;
    this[kIsVerified] = false;
    this[kPendingSession] = null;
    this[kErrorEmitted] = false;
    let wrap = null;
    let handle = null;
    if (socket) {
      if (!(socket instanceof Socket)) {
        // workerd wraps any other Duplex without encrypting it; mcrepl
        // does not pretend to (docs/nodejs.md).
        throw new TypeError('mcrepl: new tls.TLSSocket() wraps a net.Socket only, not another stream');
      }
      wrap = socket;
      handle = wrap._handle;
    }
    this.encrypted = true;
    Reflect.apply(Socket, this, [{
      handle: this._wrapHandle(wrap, handle, false),
      allowHalfOpen: socket ? socket.allowHalfOpen : o.allowHalfOpen,
      highWaterMark: o.highWaterMark,
      onread: !socket ? o.onread : null,
      signal: o.signal,
      lookup: o.lookup,
    }]);
    this._parent = handle;
    this._parentWrap = wrap;
    this.ssl = this._handle;
    this.on('error', this._tlsError.bind(this));
    this._init();
  }
  Object.setPrototypeOf(TLSSocket.prototype, Socket.prototype);
  Object.setPrototypeOf(TLSSocket, Socket);
  const T = TLSSocket.prototype;
  T.disableRenegotiation = function disableRenegotiation() {};
  T._wrapHandle = function _wrapHandle(wrap, handle, _active) {
    if (!handle) return null;
    this[kRes] = handle;
    if (this.listenerCount('close', onSocketCloseDestroySSL) === 0) this.once('close', onSocketCloseDestroySSL);
    wrap?.once('close', () => this.destroy());
    return handle;
  };
  T._destroySSL = function _destroySSL() {
    this.ssl = null;
    this[kPendingSession] = null;
    this[kIsVerified] = false;
  };
  T._init = function _init() {
    this.on('error', onerror.bind(this));
    this.on('connectionAttempt', onnewsessionclient.bind(this));
    const t = this._tlsOptions.handshakeTimeout;
    if (t && t > 0) this.setTimeout(t, this._handleTimeout.bind(this));
    this.on('connect', () => { this._finishInit(); });
  };
  T.renegotiate = function (options, callback) {
    validateObject(options, 'options');
    if (callback !== undefined) validateFunction(callback, 'callback');
    return false;
  };
  T.exportKeyingMaterial = function exportKeyingMaterial(length, label, context) {
    validateUint32(length, 'length', true);
    validateString(label, 'label');
    if (context !== undefined && !ArrayBuffer.isView(context)) {
      throw invalidArgType('context', ['Buffer', 'TypedArray', 'DataView'], context);
    }
    throw new Error('exportKeyingMaterial is not implemented');
  };
  T.setMaxSendFragment = function setMaxSendFragment(size) {
    validateInt32(size, 'size');
    return false;
  };
  T._handleTimeout = function _handleTimeout() {
    this._emitTLSError(makeError(Error, 'ERR_TLS_HANDSHAKE_TIMEOUT', 'TLS handshake timeout'));
  };
  T._emitTLSError = function _emitTLSError(err) {
    const e = this._tlsError(err);
    if (e) this.emit('error', e);
  };
  T._tlsError = function _tlsError(err) {
    this.emit('_tlsError', err);
    return this._controlReleased ? err : null;
  };
  T._releaseControl = function _releaseControl() {
    if (this._controlReleased) return false;
    this._controlReleased = true;
    this.removeListener('error', this._tlsError.bind(this));
    return true;
  };
  T._finishInit = function _finishInit() {
    if (!this._handle) return;
    this._secureEstablished = true;
    const t = this._tlsOptions.handshakeTimeout;
    if (t && t > 0) this.setTimeout(0, this._handleTimeout.bind(this));
    this.emit('secure');
  };
  // _start upgrades the wrapped socket's connection (startTls) once it is
  // connected; a socket that tls.connect() made is TLS already.
  T._start = function _start() {
    if (this.connecting) {
      this.once('connect', this._start.bind(this));
      return;
    }
    if (this._parentWrap != null && this._parentWrap._handle == null) {
      this._parentWrap.once('connect', () => {
        if (this._parentWrap?._handle != null) this._handle = this._parentWrap._handle;
        this._start();
      });
      return;
    }
    if (this._handle?.socket.secureTransport !== 'starttls') return;
    const old = this._handle;
    old.reading = false;
    old.writer.releaseLock();
    old.reader.releaseLock();
    try {
      const { host, port, addressType } = old.options;
      const sock = old.socket.startTls(this.servername != null ? { expectedServerHostname: this.servername } : undefined);
      this._handle = {
        socket: sock,
        writer: sock.writable.getWriter(),
        reader: sock.readable.getReader({ mode: 'byob' }),
        bytesRead: 0,
        bytesWritten: 0,
        reading: true,
        options: old.options,
      };
      this.encrypted = true;
      sock.opened.then(internal.onConnectionOpened.bind(this), (err) => {
        this.emit('connectionAttemptFailed', host, port, addressType, err);
        this.destroy(err);
      });
      sock.closed.then(internal.onConnectionClosed.bind(this), (error) => { this.destroy(error); });
    } catch (error) {
      this.destroy(error);
    }
  };
  T.setServername = function setServername(name) {
    validateString(name, 'name');
    this.servername = name;
  };
  T.setSession = function (_session) {};
  T.getPeerCertificate = function (_detailed) { throw new Error('getPeerCertificate is not implemented'); };
  T.getCertificate = function () { throw new Error('TLSSocket.getCertificate is not implemented'); };
  T.getPeerX509Certificate = function (_detailed) { throw new Error('TLSSocket.getPeerX509Certificate is not implemented'); };
  T.getX509Certificate = function () { throw new Error('TLSSocket.getX509Certificate is not implemented'); };
  T.setKeyCert = function (_context) { throw new Error('TLSSocket.setKeyCert is not implemented'); };
  // What connect() cannot tell: null, as in workerd.
  for (const name of ['getCipher', 'getSharedSigalgs', 'getEphemeralKeyInfo', 'getFinished', 'getPeerFinished',
    'getProtocol', 'getSession', 'getTLSTicket', 'isSessionReused', 'enableTrace']) {
    T[name] = function () { return null; };
  }

  function normalizeConnectArgs(list) {
    const args = _normalizeArgs(list);
    const options = args[0];
    const cb = args[1];
    if (list[1] !== null && typeof list[1] === 'object') Object.assign(options, list[1]);
    else if (list[2] !== null && typeof list[2] === 'object') Object.assign(options, list[2]);
    return cb ? [options, cb] : [options];
  }
  function onConnectSecure() {
    this.authorized = true;
    this.secureConnecting = false;
    this.emit('secureConnect');
    this[kIsVerified] = true;
    const session = this[kPendingSession];
    this[kPendingSession] = null;
    if (session) this.emit('session', session);
    this.removeListener('end', onConnectEnd);
  }
  function onConnectEnd() {
    if (this._hadError) return;
    const options = this[kConnectOptions];
    this._hadError = true;
    const error = makeError(Error, 'ECONNRESET', 'Client network socket disconnected before secure TLS connection was established', 'ConnResetException');
    error.path = options?.path;
    error.host = options?.host;
    error.port = options?.port;
    error.localAddress = options?.localAddress;
    this.destroy(error);
  }

  function connect(...args) {
    args = normalizeConnectArgs(args);
    const options = args[0];
    const cb = args[1];
    if (options.minDHSize !== undefined) {
      validateNumber1(options.minDHSize, 'options.minDHSize');
      throw notImplemented('options.minDHSize');
    }
    if (options.rejectUnauthorized === false) throw notImplemented('options.rejectUnauthorized');
    if (options.pskCallback !== undefined) throw notImplemented('options.pskCallback');
    if (options.checkServerIdentity !== undefined) {
      validateFunction(options.checkServerIdentity, 'options.checkServerIdentity');
      if (throwsNotImplemented) throw notImplemented('options.checkServerIdentity');
    }
    const sock = new TLSSocket(options.socket, {
      allowHalfOpen: options.allowHalfOpen,
      pipe: !!options.path,
      ALPNProtocols: options.ALPNProtocols,
      enableTrace: options.enableTrace,
      highWaterMark: options.highWaterMark,
      secureContext: options.secureContext,
      onread: options.onread,
      signal: options.signal,
      lookup: options.lookup,
      rejectUnauthorized: options.rejectUnauthorized !== undefined ? Boolean(options.rejectUnauthorized) : true,
    });
    sock[kConnectOptions] = options;
    if (options.servername !== undefined) sock.servername = options.servername;
    if (cb) sock.once('secureConnect', cb);
    if (!options.socket) {
      if (options.timeout) sock.setTimeout(options.timeout);
      sock.connect(options, sock._start.bind(sock));
    }
    sock._releaseControl();
    if (options.session) sock.setSession(options.session);
    if (options.socket) sock._start();
    sock.on('secure', onConnectSecure);
    sock.prependListener('end', onConnectEnd);
    return sock;
  }
  function validateNumber1(v, name) {
    if (typeof v !== 'number') throw invalidArgType(name, 'number', v);
    if (v < 1 || Number.isNaN(v)) throw outOfRange(name, '>= 1', v);
  }

  // checkServerIdentity, as Node's.
  const lower = (c) => String.fromCharCode(32 + c.charCodeAt(0));
  const unfqdn = (host) => host.replace(/[.]$/, '');
  const splitHost = (host) => unfqdn(host).replace(/[A-Z]/g, lower).split('.');
  function check(hostParts, pattern, wildcards) {
    if (!pattern) return false;
    const parts = splitHost(pattern);
    if (hostParts.length !== parts.length) return false;
    if (parts.includes('')) return false;
    if (parts.some((s) => /[^\u0021-\u007F]/u.test(s))) return false;
    for (let i = hostParts.length - 1; i > 0; i -= 1) {
      if (hostParts[i] !== parts[i]) return false;
    }
    const hostSub = hostParts[0];
    const patternSub = parts[0];
    const pieces = patternSub.split('*', 3);
    if (pieces.length === 1 || patternSub.includes('xn--')) return hostSub === patternSub;
    if (!wildcards || pieces.length > 2 || parts.length <= 2) return false;
    const [prefix, suffix] = pieces;
    if (prefix.length + suffix.length > hostSub.length) return false;
    return hostSub.startsWith(prefix) && hostSub.endsWith(suffix);
  }
  const jsonString = /^"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/;
  function splitEscapedAltNames(altNames) {
    const out = [];
    let token = '';
    let offset = 0;
    while (offset !== altNames.length) {
      const sep = altNames.indexOf(',', offset);
      const quote = altNames.indexOf('"', offset);
      if (quote !== -1 && (sep === -1 || quote < sep)) {
        token += altNames.substring(offset, quote);
        const m = jsonString.exec(altNames.substring(quote));
        if (!m) throw makeError(SyntaxError, 'ERR_TLS_CERT_ALTNAME_FORMAT', 'Invalid subject alternative name string');
        token += JSON.parse(m[0]);
        offset = quote + m[0].length;
      } else if (sep !== -1) {
        token += altNames.substring(offset, sep);
        out.push(token);
        token = '';
        offset = sep + 2;
      } else {
        token += altNames.substring(offset);
        offset = altNames.length;
      }
    }
    out.push(token);
    return out;
  }
  // canonicalizeIp is the address as a URL's host gives it.
  function canonicalizeIp(ip) {
    const type = isIP(ip);
    if (type === 0) return '';
    try {
      const h = new URL(type === 6 ? 'http://[' + ip + ']' : 'http://' + ip).hostname;
      return type === 6 ? h.slice(1, -1) : h;
    } catch {
      return '';
    }
  }
  function checkServerIdentity(hostname, cert) {
    const subject = cert.subject;
    const altNames = cert.subjectaltname;
    const dnsNames = [];
    const ips = [];
    hostname = '' + hostname;
    if (altNames) {
      const names = altNames.includes('"') ? splitEscapedAltNames(altNames) : altNames.split(', ');
      for (const name of names) {
        if (name.startsWith('DNS:')) dnsNames.push(name.slice(4));
        else if (name.startsWith('IP Address:')) ips.push(canonicalizeIp(name.slice(11)));
      }
    }
    let valid = false;
    let reason = 'Unknown reason';
    hostname = unfqdn(hostname);
    if (isIP(hostname)) {
      valid = ips.includes(canonicalizeIp(hostname));
      if (!valid) reason = `IP: ${hostname} is not in the cert's list: ` + ips.join(', ');
    } else if (dnsNames.length > 0 || subject?.CN) {
      const hostParts = splitHost(hostname);
      const wildcard = (pattern) => check(hostParts, pattern, true);
      if (dnsNames.length > 0) {
        valid = dnsNames.some(wildcard);
        if (!valid) reason = `Host: ${hostname}. is not in the cert's altnames: ${altNames}`;
      } else {
        const cn = subject?.CN;
        if (Array.isArray(cn)) valid = cn.some(wildcard);
        else if (cn) valid = wildcard(cn);
        if (!valid) reason = `Host: ${hostname}. is not cert's CN: ${cn}`;
      }
    } else {
      reason = 'Cert does not contain a DNS name';
    }
    if (valid) return undefined;
    const e = makeError(Error, 'ERR_TLS_CERT_ALTNAME_INVALID', reason);
    e.reason = reason;
    e.host = hostname;
    e.cert = cert;
    return e;
  }

  function convertProtocols(protocols) {
    const lens = protocols.map(() => 0);
    const size = protocols.reduce((p, c, i) => {
      const len = Buffer.byteLength(c);
      if (len > 255) {
        throw errors.outOfRangeMessage('The byte length of the protocol at index ' + i +
          ' exceeds the maximum length. It must be <= 255. Received ' + len);
      }
      lens[i] = len;
      return p + 1 + len;
    }, 0);
    const buf = Buffer.allocUnsafe(size);
    let offset = 0;
    for (let i = 0; i < protocols.length; i++) {
      buf[offset++] = lens[i];
      buf.write(protocols[i], offset);
      offset += lens[i];
    }
    return buf;
  }
  function convertALPNProtocols(protocols, out) {
    if (Array.isArray(protocols)) out.ALPNProtocols = convertProtocols(protocols);
    else if (protocols instanceof Uint8Array) out.ALPNProtocols = Buffer.from(protocols);
    else if (ArrayBuffer.isView(protocols)) {
      out.ALPNProtocols = Buffer.from(protocols.buffer.slice(protocols.byteOffset, protocols.byteOffset + protocols.byteLength));
    }
  }
  function createServer() { throw new Error('Not implemented'); }
  function Server() { throw new Error('Not implemented'); }
  function getCiphers() { throw new Error('Not implemented'); }
  // workerd drops it with remove_nodejs_compat_eol_v24, which no date
  // mcrepl knows implies.
  function createSecurePair() { throw errors.notImplemented('createSecurePair'); }

  module.exports = {
    SecureContext, Server, TLSSocket, connect, createSecureContext, createServer, checkServerIdentity,
    convertALPNProtocols, getCiphers, createSecurePair,
    CLIENT_RENEG_LIMIT: 3, CLIENT_RENEG_WINDOW: 600, DEFAULT_CIPHERS: '', DEFAULT_ECDH_CURVE: 'auto',
    DEFAULT_MAX_VERSION: 'TLSv1.3', DEFAULT_MIN_VERSION: 'TLSv1.2', rootCertificates: [],
  };
})
