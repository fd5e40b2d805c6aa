// node:net: workerd's Socket, a node:stream Duplex over a cloudflare:sockets
// Socket (connect, write, end, destroy, setTimeout, the events in workerd's
// order, Node's ECONNREFUSED and ENOTFOUND errors), Server and BoundSocket
// on workerd's virtual ports (listen, address, close; no connection reaches
// them under mcrepl, as none does under a local workerd), isIP, SocketAddress
// and BlockList, with workerd's errors (cases 2580-2589, net cases 20-29).
(function (binding, require, module) {
  'use strict';
  const EE = require('events');
  const { Duplex } = require('stream');
  const { Buffer } = require('buffer');
  const errors = require('internal/errors');
  const { makeError, invalidArgType, invalidArgValue, outOfRange, validateFunction, validateNumber, validateObject, validateString } = errors;

  // Errors, as workerd words them.
  const E = {
    missingArgs: () => makeError(TypeError, 'ERR_MISSING_ARGS', 'The "options" or "port" or "path" argument must be specified'),
    socketClosed: () => makeError(Error, 'ERR_SOCKET_CLOSED', 'Socket is closed'),
    closedBeforeConnection: () => makeError(Error, 'ERR_SOCKET_CLOSED_BEFORE_CONNECTION', 'Socket closed before connection established'),
    connecting: () => makeError(Error, 'ERR_SOCKET_CONNECTING', 'Socket is already connecting'),
    optionNotImplemented: (name) => makeError(Error, 'ERR_OPTION_NOT_IMPLEMENTED', 'The ' + name + ' option is not implemented'),
    invalidIP: (a) => makeError(TypeError, 'ERR_INVALID_IP_ADDRESS', 'Invalid IP address: ' + a),
    invalidAddress: () => makeError(TypeError, 'ERR_INVALID_ADDRESS', 'Invalid socket address'),
    badPort: (name, port) => makeError(Error, 'ERR_SOCKET_BAD_PORT', name + ' should be >= 0 and < 65536. Received ' + typeof port + '.'),
    epipe: () => makeError(Error, 'EPIPE', 'This socket has been ended by the other party'),
    alreadyListen: () => makeError(Error, 'ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.'),
    notRunning: () => makeError(Error, 'ERR_SERVER_NOT_RUNNING', 'Server is not running.'),
    adopted: () => makeError(Error, 'ERR_SOCKET_HANDLE_ADOPTED', 'The bound socket has already been adopted by a server or socket'),
  };
  // bindError is EADDRINUSE and its kin: an Error class named after the
  // code, with own code, name, syscall, address and port.
  function bindError(code, address, port) {
    const e = makeError(Error, code, 'bind ' + code + ' ' + address + ':' + port);
    e.name = 'Error';
    e.syscall = 'bind';
    e.address = address;
    e.port = port;
    return e;
  }
  // Node's exceptions for a connection that failed: ConnectException and
  // GetAddrInfoException, Errors with own code, errno, syscall and the
  // address.
  class ConnectException extends Error {
    constructor(code, errno, address, port) {
      super('connect ' + code + ' ' + address + ':' + port);
      this.code = code;
      this.errno = errno;
      this.syscall = 'connect';
      this.address = address;
      this.port = port;
    }
  }
  Object.defineProperty(ConnectException.prototype, 'name', { value: 'Error', writable: true, configurable: true });
  class GetAddrInfoException extends Error {
    constructor(code, errno, hostname) {
      super('getaddrinfo ' + code + ' ' + hostname);
      this.code = code;
      this.errno = errno;
      this.syscall = 'getaddrinfo';
      this.hostname = hostname;
    }
  }
  Object.defineProperty(GetAddrInfoException.prototype, 'name', { value: 'Error', writable: true, configurable: true });
  // SocketErrnoException: a read or a write that the connection's loss
  // failed.
  class SocketErrnoException extends Error {
    constructor(syscall, code, errno) {
      super(syscall + ' ' + code);
      this.code = code;
      this.errno = errno;
      this.syscall = syscall;
    }
  }
  Object.defineProperty(SocketErrnoException.prototype, 'name', { value: 'Error', writable: true, configurable: true });
  // connectError is what a Socket that could not connect fails with.
  function connectError(sock, err) {
    const why = binding.socketFailure(sock);
    if (why === undefined) return err;
    const { host, port } = sockOpts(sock);
    if (why.dns) return new GetAddrInfoException(why.code, why.errno, host);
    return new ConnectException(why.code, why.errno, host, port);
  }
  // streamError is what a read or a write (syscall) fails with.
  function streamError(sock, syscall, err) {
    const why = binding.socketFailure(sock);
    return why === undefined ? err : new SocketErrnoException(syscall, why.code, why.errno);
  }
  const handleOpts = new WeakMap();
  const writerClosed = new WeakSet(); // the writers whose writable closed
  // The handles whose read loop runs, and what runs when it ends (the
  // end of a connection whose closed resolved while a read was pending).
  const looping = new WeakSet();
  const afterLoop = new WeakMap();
  const sockOpts = (sock) => handleOpts.get(sock) || {};

  function validateInt32(v, name, min = -2147483648, max = 2147483647) {
    if (typeof v !== 'number') throw invalidArgType(name, 'number', v);
    if (!Number.isInteger(v)) throw outOfRange(name, 'an integer', v);
    if (v < min || v > max) throw outOfRange(name, '>= ' + min + ' && <= ' + max, v);
  }
  function validateUint32(v, name, positive) {
    if (typeof v !== 'number') throw invalidArgType(name, 'number', v);
    if (!Number.isInteger(v)) throw outOfRange(name, 'an integer', v);
    const min = positive ? 1 : 0;
    if (v < min || v > 4294967295) throw outOfRange(name, '>= ' + min + ' && < 4294967296', v);
  }
  function validateBoolean(v, name) {
    if (typeof v !== 'boolean') throw invalidArgType(name, 'boolean', v);
  }
  function validateOneOf(v, name, list) {
    if (!list.includes(v)) {
      throw invalidArgValue(name, v, 'must be one of: ' + list.map((x) => (typeof x === 'string' ? "'" + x + "'" : String(x))).join(', '));
    }
  }
  function validatePort(port, name = 'Port', allowZero = true) {
    if ((typeof port !== 'number' && typeof port !== 'string') ||
        (typeof port === 'string' && port.trim().length === 0) ||
        +port !== (+port >>> 0) || port > 0xFFFF || (port === 0 && !allowZero)) {
      throw E.badPort(name, port);
    }
    return port | 0;
  }

  // isIP and its kin: workerd's regular expressions.
  const v4Seg = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
  const v4Str = '(?:' + v4Seg + '\\.){3}' + v4Seg;
  const IPv4Reg = new RegExp('^' + v4Str + '$');
  const v6Seg = '(?:[0-9a-fA-F]{1,4})';
  const IPv6Reg = new RegExp('^(?:' +
    '(?:' + v6Seg + ':){7}(?:' + v6Seg + '|:)|' +
    '(?:' + v6Seg + ':){6}(?:' + v4Str + '|:' + v6Seg + '|:)|' +
    '(?:' + v6Seg + ':){5}(?::' + v4Str + '|(?::' + v6Seg + '){1,2}|:)|' +
    '(?:' + v6Seg + ':){4}(?:(?::' + v6Seg + '){0,1}:' + v4Str + '|(?::' + v6Seg + '){1,3}|:)|' +
    '(?:' + v6Seg + ':){3}(?:(?::' + v6Seg + '){0,2}:' + v4Str + '|(?::' + v6Seg + '){1,4}|:)|' +
    '(?:' + v6Seg + ':){2}(?:(?::' + v6Seg + '){0,3}:' + v4Str + '|(?::' + v6Seg + '){1,5}|:)|' +
    '(?:' + v6Seg + ':){1}(?:(?::' + v6Seg + '){0,4}:' + v4Str + '|(?::' + v6Seg + '){1,6}|:)|' +
    '(?::(?:(?::' + v6Seg + '){0,5}:' + v4Str + '|(?::' + v6Seg + '){1,7}|:))' +
    ')(?:%[0-9a-zA-Z-.:]{1,})?$');
  function isIPv4(input) { return IPv4Reg.test(typeof input !== 'string' ? `${input}` : input); }
  function isIPv6(input) { return IPv6Reg.test(typeof input !== 'string' ? `${input}` : input); }
  function isIP(input) {
    if (isIPv4(input)) return 4;
    if (isIPv6(input)) return 6;
    return 0;
  }

  // The virtual ports of workerd's node:net: a server's listen(), a
  // BoundSocket and the local end of each connection take one (ephemeral
  // ones count up from 49152 and are not given twice); the local address
  // of a connection is the gateway's.
  const GATEWAY = '240.1.0.1';
  const ports = { next: 49152, taken: new Map() };
  function ephemeralPort() {
    while (ports.taken.has(ports.next)) ports.next++;
    return ports.next++;
  }
  function bindPort(host, port, reusePort) {
    if (port === 0) port = ephemeralPort();
    else if (ports.taken.has(port) && !(reusePort && ports.taken.get(port).reuse)) {
      throw bindError('EADDRINUSE', host, port);
    }
    ports.taken.set(port, { reuse: reusePort });
    return port;
  }
  const releasePort = (port) => { ports.taken.delete(port); };
  const familyOf = (host) => { const t = isIP(host); return t === 4 ? 'IPv4' : t === 6 ? 'IPv6' : undefined; };

  const kTimeout = Symbol('kTimeout');
  const kBuffer = Symbol('kBuffer');
  const kBufferCb = Symbol('kBufferCb');
  const kBufferGen = Symbol('kBufferGen');
  const kBufferContinuations = Symbol('kBufferContinuations');
  const kSocketInfo = Symbol('kSocketInfo');
  const kBytesRead = Symbol('kBytesRead');
  const kBytesWritten = Symbol('kBytesWritten');
  const kLastWriteQueueSize = Symbol('kLastWriteQueueSize');
  const kBoundSource = Symbol('kBoundSource');
  const kBoundConsume = Symbol('kBoundConsume');
  const normalizedArgs = Symbol('normalizedArgs');
  const TIMEOUT_MAX = 2 ** 31 - 1;

  // undestroy makes a destroyed socket usable again (a reconnect).
  function undestroy(sock) {
    const r = sock._readableState, w = sock._writableState;
    if (r) Object.assign(r, { destroyed: false, errored: null, ended: false, endEmitted: false, endScheduled: false, reading: false });
    if (w) Object.assign(w, { destroyed: false, errored: null, ending: false, ended: false, finished: false, finalCalled: false });
  }

  function Socket(options) {
    if (!(this instanceof Socket)) return new Socket(options);
    if (options?.objectMode) {
      throw invalidArgValue('options.objectMode', options.objectMode, 'is not supported');
    } else if (options?.readableObjectMode || options?.writableObjectMode) {
      throw invalidArgValue('options.' + (options.readableObjectMode ? 'readableObjectMode' : 'writableObjectMode'),
        options.readableObjectMode || options.writableObjectMode, 'is not supported');
    }
    if (options?.keepAliveInitialDelay !== undefined) {
      validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
      if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
    }
    options = typeof options === 'number' ? { fd: options } : { ...options };
    if (options.fd !== undefined) throw E.optionNotImplemented('options.fd');
    // noDelay and keepAlive are accepted and ignored, as in workerd.
    options.allowHalfOpen = Boolean(options.allowHalfOpen);
    options.emitClose = false;
    options.autoDestroy = true;
    options.decodeStrings = false;
    options.readable = true;
    options.writable = true;
    this._handle = null;
    this.connecting = false;
    this._hadError = false;
    this._parent = null;
    this._parentWrap = null;
    this._host = null;
    this[kLastWriteQueueSize] = 0;
    this[kTimeout] = null;
    this[kSocketInfo] = null;
    this[kBoundSource] = null;
    this.server = null;
    this._server = null;
    this._closeAfterHandlingError = false;
    this.autoSelectFamilyAttemptedAddresses = [];
    this._pendingData = null;
    this._pendingEncoding = '';
    Duplex.call(this, options);
    this.allowHalfOpen = options.allowHalfOpen;
    if (options.handle) {
      validateObject(options.handle, 'options.handle');
      if (BoundSocket.isBoundSocket(options.handle)) {
        this[kBoundSource] = options.handle[kBoundConsume]().address;
      } else {
        this._handle = options.handle;
      }
    }
    this.on('end', onReadableStreamEnd);
    const onread = options.onread;
    if (onread != null && typeof onread === 'object' &&
        (onread.buffer instanceof Uint8Array || typeof onread.buffer === 'function') &&
        typeof onread.callback === 'function') {
      const { buffer } = onread;
      this[kBufferGen] = typeof buffer === 'function' ? buffer : () => buffer;
      this[kBuffer] = true;
      this[kBufferContinuations] = new WeakMap();
      this[kBufferCb] = onread.callback;
    } else {
      this[kBuffer] = true;
      this[kBufferGen] = () => new Uint8Array(4096);
      this[kBufferContinuations] = null;
      this[kBufferCb] = undefined;
    }
    if (options.signal) addAbortSignal(this, options.signal);
    this[kBytesRead] = 0;
    this[kBytesWritten] = 0;
    return this;
  }
  Object.setPrototypeOf(Socket.prototype, Duplex.prototype);
  Object.setPrototypeOf(Socket, Duplex);
  const P = Socket.prototype;

  function clearTimers(sock) {
    for (let s = sock; s != null; s = s._parentWrap) {
      clearTimeout(s[kTimeout]);
    }
  }
  function releaseBound(sock) {
    const b = sock[kBoundSource];
    if (b != null) {
      releasePort(b.port);
      sock[kBoundSource] = null;
    }
  }

  P._unrefTimer = function _unrefTimer() {
    for (let s = this; s != null; s = s._parentWrap) {
      if (s[kTimeout] != null) {
        clearTimeout(s[kTimeout]);
        s[kTimeout] = setTimeout(() => { s._onTimeout(); }, s.timeout);
      }
    }
  };
  P.setTimeout = function (msecs, callback) {
    if (this.destroyed) return this;
    this.timeout = msecs;
    msecs = timerDuration(msecs, 'msecs');
    clearTimeout(this[kTimeout]);
    this[kTimeout] = null;
    if (msecs === 0) {
      if (callback !== undefined) {
        validateFunction(callback, 'callback');
        this.removeListener('timeout', callback);
      }
    } else {
      this[kTimeout] = setTimeout(() => { this._onTimeout(); }, msecs);
      if (callback !== undefined) {
        validateFunction(callback, 'callback');
        this.once('timeout', callback);
      }
    }
    return this;
  };
  P._onTimeout = function () {
    this.emit('timeout');
  };
  P._getpeername = function () {
    if (this._handle == null || this[kSocketInfo] == null) return {};
    return { ...this[kSocketInfo].remoteAddress };
  };
  P._getsockname = function () {
    if (this[kBoundSource] != null) return this[kBoundSource];
    if (this._parentWrap != null) return this._parentWrap._getsockname();
    return {};
  };
  P.address = function () { return this._getsockname(); };

  // The writable side.
  P._writeGeneric = function (writev, data, encoding, cb) {
    try {
      if (this.connecting) {
        this._pendingData = data;
        this._pendingEncoding = encoding;
        const onClose = () => { cb(E.closedBeforeConnection()); };
        this.once('connect', () => {
          this.off('close', onClose);
          this._writeGeneric(writev, data, encoding, cb);
        });
        this.once('close', onClose);
        return;
      }
      this._pendingData = null;
      this._pendingEncoding = '';
      if (this._handle?.writer === undefined) {
        cb(E.socketClosed());
        return false;
      }
      const handle = this._handle;
      this._unrefTimer();
      let bytes;
      if (writev) {
        const parts = [];
        for (const d of data) {
          if (typeof d.chunk === 'string') parts.push(Buffer.from(d.chunk, d.encoding));
          else if (ArrayBuffer.isView(d.chunk)) parts.push(new Uint8Array(d.chunk.buffer, d.chunk.byteOffset, d.chunk.byteLength));
          else throw invalidArgType('chunk', ['string', 'ArrayBufferView'], d.chunk);
        }
        bytes = Buffer.concat(parts);
      } else {
        bytes = typeof data === 'string' ? Buffer.from(data, encoding) : data;
      }
      handle.writer.write(bytes).then(() => {
        if (this._handle != null) this._handle.bytesWritten += this[kLastWriteQueueSize] ?? 0;
        else this[kBytesWritten] += this[kLastWriteQueueSize] ?? 0;
        this[kLastWriteQueueSize] = 0;
        this._unrefTimer();
        cb();
      }, (err) => {
        this[kLastWriteQueueSize] = 0;
        this._unrefTimer();
        // A write after the server ended the connection is dropped, not
        // an error (a Node socket's write() would not throw then).
        if (err?.message === 'This WritableStream has been closed.') cb();
        else cb(streamError(handle.socket, 'write', err));
      });
      this[kLastWriteQueueSize] = bytes.byteLength;
    } catch (err) {
      this.destroy(err);
    }
  };
  P._writev = function (chunks, cb) { this._writeGeneric(true, chunks, '', cb); };
  P._write = function (data, encoding, cb) { this._writeGeneric(false, data, encoding, cb); };
  P._final = function (cb) {
    if (this.connecting) {
      this.once('connect', () => { this._final(cb); });
      return;
    }
    if (this._handle == null) {
      cb();
      return;
    }
    const { writer } = this._handle;
    // A writable that the server's end closed already is done (workerd
    // closes it a little later, after this call).
    if (this._handle.socket.writable.locked && writerClosed.has(writer)) {
      cb();
      return;
    }
    writer.close().then(() => { cb(); }, (err) => { cb(err); });
  };
  P.end = function (data, encoding, cb) {
    Duplex.prototype.end.call(this, data, encoding, cb);
    return this;
  };

  // The readable side.
  P.pause = function () {
    if (this[kBuffer] && !this.connecting && this._handle?.reading && !this.destroyed) {
      this._handle.reading = false;
    }
    return Duplex.prototype.pause.call(this);
  };
  P.resume = function () {
    if (this[kBuffer] && !this.connecting && this._handle && !this._handle.reading) tryReadStart(this);
    return Duplex.prototype.resume.call(this);
  };
  P.read = function (n) {
    if (this[kBuffer] && !this.connecting && this._handle && !this._handle.reading) tryReadStart(this);
    return Duplex.prototype.read.call(this, n);
  };
  P._read = function (n) {
    if (this.connecting || !this._handle) {
      this.once('connect', () => { this._read(n); });
    } else if (!this._handle.reading) {
      tryReadStart(this);
    }
  };

  // Destroy and reset.
  P._reset = function () {
    this.resetAndClosing = true;
    return this.destroy();
  };
  P.resetAndDestroy = function () {
    if (this._handle) {
      if (this.connecting) this.once('connect', () => { this._reset(); });
      else this._reset();
    } else {
      this.destroy(E.socketClosed());
    }
    return this;
  };
  P.destroySoon = function () {
    if (this.writable) this.end();
    if (this.writableFinished) this.destroy();
    else this.once('finish', () => { this.destroy(); });
  };
  P._destroy = function (exception, cb) {
    this.connecting = false;
    clearTimers(this);
    releaseBound(this);
    const handle = this._handle;
    if (handle != null) {
      this[kBytesRead] = handle.bytesRead;
      this[kBytesWritten] = handle.bytesWritten;
      this.resetAndClosing = false;
      this._handle = null;
      handle.socket.close().then(() => {
        cleanupAfterDestroy(this, cb, exception);
      }, (err) => {
        cleanupAfterDestroy(this, cb, err || exception);
      });
    } else {
      // A microtask later, as in workerd: destroy(err) returns before the
      // error is emitted.
      queueMicrotask(() => { cleanupAfterDestroy(this, cb, exception); });
    }
  };
  // cleanupAfterDestroy emits error (if any), then close. The stream's own
  // error event is not fired again: the error is already recorded.
  function cleanupAfterDestroy(sock, cb, error) {
    sock[kLastWriteQueueSize] = 0;
    sock[kSocketInfo] = null;
    if (error != null) {
      const rs = sock._readableState, ws = sock._writableState;
      if (rs && !rs.errored) rs.errored = error;
      if (ws && !ws.errored) ws.errored = error;
      sock.emit('error', error);
    }
    if (cb) cb(error);
    sock.emit('close', error != null);
  }

  // Connection.
  P.connect = function (...args) {
    const normalized = Array.isArray(args[0]) && args[0][normalizedArgs] ? args[0] : _normalizeArgs(args);
    const options = normalized[0];
    const cb = normalized[1];
    if (this.connecting) throw E.connecting();
    if (this._aborted) {
      if (cb) cb(new errors.AbortError());
      else throw new errors.AbortError();
      return undefined;
    }
    if (cb !== null) this.once('connect', cb);
    if (this._parentWrap?.connecting) return this;
    if (options.port === undefined && options.path == null) throw E.missingArgs();
    if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
    if (options.path != null) throw invalidArgValue('path', options.path, 'is not supported');
    this[kBytesRead] = 0;
    this[kBytesWritten] = 0;
    if (this._handle) {
      releaseBound(this);
      const old = this._handle;
      this._handle = null;
      old.reading = false;
      this.connecting = true;
      old.socket.close().then(() => { initializeConnection(this, options); }, () => { initializeConnection(this, options); });
    } else {
      initializeConnection(this, options);
    }
    return this;
  };
  P.setNoDelay = function (_enable) { return this; };
  P.setKeepAlive = function (_enable, _initialDelay) { return this; };
  P.ref = function () {};
  P.unref = function () {};

  const get = (f, enumerable, configurable) => ({ __proto__: null, get: f, enumerable, configurable });
  Object.defineProperties(P, {
    _connecting: get(function () { return this.connecting; }, false, false),
    pending: get(function () { return !this._handle || this.connecting; }, false, true),
    readyState: get(function () {
      if (this.connecting) return 'opening';
      if (this.readable && this.writable) return 'open';
      if (this.readable && !this.writable) return 'readOnly';
      if (!this.readable && this.writable) return 'writeOnly';
      return 'closed';
    }, false, false),
    bufferSize: get(function () { return this._handle ? this.writableLength : undefined; }, false, false),
    bytesRead: get(function () { return this._handle ? this._handle.bytesRead : this[kBytesRead]; }, true, false),
    _bytesDispatched: get(function () { return this._handle ? this._handle.bytesWritten : this[kBytesWritten]; }, true, false),
    bytesWritten: get(function () {
      let bytes = this._bytesDispatched;
      const data = this._pendingData;
      const ws = this._writableState;
      if (!ws) return undefined;
      if (!data) return this.writableLength + bytes;
      if (Array.isArray(data)) {
        for (const c of data) {
          if (c == null) continue;
          bytes += c instanceof Buffer ? c.length : Buffer.byteLength(c.chunk, c.encoding);
        }
      } else if (typeof data !== 'string') bytes += data.length;
      else bytes += Buffer.byteLength(data, this._pendingEncoding);
      for (const el of ws.buffer) {
        bytes += el.chunk instanceof Buffer ? el.chunk.length : Buffer.byteLength(el.chunk, el.encoding);
      }
      return bytes;
    }, true, false),
    remoteAddress: get(function () { return this._getpeername().address; }, true, false),
    remoteFamily: get(function () { return this._getpeername().family; }, true, false),
    remotePort: get(function () { return this._getpeername().port; }, true, false),
    localAddress: get(function () { return this._getsockname().address; }, true, false),
    localPort: get(function () { return this._getsockname().port; }, true, false),
    localFamily: get(function () { return this._getsockname().family; }, true, false),
  });

  function initializeConnection(sock, options) {
    const { host = 'localhost', family, hints, autoSelectFamily, autoSelectFamilyAttemptTimeout, lookup, localAddress, localPort } = options;
    let { port } = options;
    if (localAddress && !isIP(localAddress)) throw E.invalidIP(localAddress);
    if (localPort) validateNumber(localPort, 'options.localPort');
    if (typeof port !== 'number' && typeof port !== 'string') throw invalidArgType('options.port', ['number', 'string'], port);
    port = validatePort(port);
    // autoSelectFamily is checked and ignored, as in workerd.
    if (autoSelectFamily != null) validateBoolean(autoSelectFamily, 'options.autoSelectFamily');
    if (autoSelectFamilyAttemptTimeout != null) validateInt32(autoSelectFamilyAttemptTimeout, 'options.autoSelectFamilyAttemptTimeout', 1);
    sock._unrefTimer();
    sock.connecting = true;
    const addressType = isIP(host);
    const go = (host, port, family) => {
      sock[kSocketInfo] = {
        remoteAddress: { address: host, port, family: family === 4 ? 'IPv4' : family === 6 ? 'IPv6' : undefined },
      };
      if (family === 6) host = '[' + host + ']';
      sock.autoSelectFamilyAttemptedAddresses = [host + ':' + port];
      sock.emit('connectionAttempt', host, port, addressType);
      sock._host = '' + host;
      if (sock[kBoundSource] == null) {
        const v6 = family === 6;
        sock[kBoundSource] = { address: v6 ? '::ffff:' + GATEWAY : GATEWAY, family: v6 ? 'IPv6' : 'IPv4', port: bindPort(GATEWAY, 0, false) };
      }
      try {
        const handle = binding.socketsConnect(host + ':' + port, {
          allowHalfOpen: sock.allowHalfOpen,
          // A Node.js socket can always be upgraded to TLS.
          secureTransport: sock.encrypted ? 'on' : 'starttls',
        });
        handleOpts.set(handle, { host: options.host === undefined ? host : String(options.host).replace(/^\[|\]$/g, ''), port });
        const writer = handle.writable.getWriter();
        writer.closed.then(() => { writerClosed.add(writer); }, () => {});
        sock._handle = {
          socket: handle,
          writer,
          reader: handle.readable.getReader({ mode: 'byob' }),
          bytesRead: 0,
          bytesWritten: 0,
          reading: false,
          options: { host: sock._host, port, addressType },
        };
        undestroy(sock);
        handle.opened.then(onConnectionOpened.bind(sock), (err) => {
          const e = connectError(handle, err);
          sock.emit('connectionAttemptFailed', host, port, addressType, e);
          sock.destroy(e);
        });
        // After opened's rejection (connectionAttemptFailed first, as in
        // workerd, whose closed rejects later).
        handle.closed.then(onConnectionClosed.bind(sock), (err) => {
          const fail = () => { sock.destroy(connectError(handle, err)); };
          handle.opened.then(fail, fail);
        });
      } catch (err) {
        sock.destroy(err);
      }
    };
    if (lookup != null) validateFunction(lookup, 'options.lookup');
    if (addressType === 0 && lookup != null) {
      lookup(host, { family: family || addressType, hints }, (err, address, family) => {
        sock.emit('lookup', err, address, family, host);
        if (err) {
          sock.destroy(err);
          return;
        }
        if (isIP(address) === 0) throw E.invalidIP(address);
        if (family !== 4 && family !== 6 && family !== 'IPv4' && family !== 'IPv6') {
          throw invalidArgValue('family', family, 'must be 4 or 6');
        }
        go(address, port, family);
      });
    } else {
      go(host, port, addressType);
    }
  }

  function onConnectionOpened() {
    if (this.destroyed) return;
    this.connecting = false;
    this._unrefTimer();
    this.emit('connect');
    this.emit('ready');
    if (!this.isPaused()) tryReadStart(this);
  }
  function onConnectionClosed() {
    if (this._handle?.socket.upgraded) return; // moving to TLS
    clearTimers(this);
    // workerd's closed resolves after the read loop's end has been seen
    // and the socket destroyed; mcrepl's can resolve first: the read
    // loop's end is on its way then.
    const h = this._handle;
    const end = () => { if (!this.destroyed && !this._readableState.ended) this.emit('end'); };
    if (h != null && h.reading) afterLoop.set(h, end);
    else end();
  }

  async function startRead(sock) {
    if (!sock._handle) return;
    const handle = sock._handle;
    const reader = handle.reader;
    looping.add(handle);
    try {
      while (handle.reading === true) {
        const given = sock[kBufferGen]?.();
        // A BYOB read takes the buffer it fills: onread's own buffer,
        // given again, is read into as that read gave it back.
        const buf = given != null && given.byteLength === 0 && sock[kBufferContinuations]?.has(given)
          ? sock[kBufferContinuations].get(given) : given;
        if (buf == null || buf.length === 0) break;
        const { value, done } = await reader.read(buf);
        if (value != null && sock[kBufferContinuations] && given != null) {
          sock[kBufferContinuations].set(given, new Uint8Array(value.buffer));
        }
        if (sock.destroyed || sock._handle !== handle) break;
        sock._unrefTimer();
        if (done) {
          sock.push(null);
          break;
        }
        if (value.byteLength === 0) continue;
        handle.bytesRead += value.byteLength;
        const chunk = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
        if (typeof sock[kBufferCb] === 'function') {
          if (sock[kBufferCb](chunk.byteLength, chunk) === false) break;
          continue;
        }
        if (!sock.push(Buffer.from(chunk))) break;
      }
    } catch (err) {
      // A read that the connection's loss fails destroys the socket with
      // Node's error; one that its closing fails ends the loop.
      const e = streamError(handle.socket, 'read', null);
      if (e !== null && !sock.destroyed) sock.destroy(e);
    } finally {
      looping.delete(handle);
      handle.reading = false;
      const after = afterLoop.get(handle);
      afterLoop.delete(handle);
      if (after) after();
    }
  }
  // tryReadStart starts the read loop, or keeps the running one going: a
  // second loop would read into onread's buffer while the first holds it.
  function tryReadStart(sock) {
    if (sock._handle != null) {
      sock._handle.reading = true;
      if (looping.has(sock._handle)) return;
    }
    startRead(sock).catch((err) => sock.destroy(err));
  }

  function writeAfterFIN(chunk, encoding, cb) {
    if (!this.writableEnded) return Duplex.prototype.write.call(this, chunk, encoding, cb);
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = null;
    }
    const er = E.epipe();
    if (typeof cb === 'function') queueMicrotask(() => { cb(er); });
    this.destroy(er);
    return false;
  }
  function onReadableStreamEnd() {
    if (!this.allowHalfOpen) this.write = writeAfterFIN;
  }

  function timerDuration(msecs, name) {
    validateNumber(msecs, name);
    if (msecs < 0 || !Number.isFinite(msecs)) throw outOfRange(name, 'a non-negative finite number', msecs);
    return msecs > TIMEOUT_MAX ? TIMEOUT_MAX : msecs;
  }
  const isPipeName = (s) => typeof s === 'string' && !(Number(s) >= 0);

  function _normalizeArgs(args) {
    let arr;
    if (args.length === 0) {
      arr = [{}, null];
      arr[normalizedArgs] = true;
      return arr;
    }
    const arg0 = args[0];
    let options = {};
    if (typeof arg0 === 'object' && arg0 !== null) {
      options = arg0;
    } else if (isPipeName(arg0)) {
      options.path = arg0;
    } else {
      options.port = arg0;
      if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
    }
    const cb = args[args.length - 1];
    arr = typeof cb !== 'function' ? [options, null] : [options, cb];
    arr[normalizedArgs] = true;
    return arr;
  }

  function addAbortSignal(sock, signal) {
    if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
      throw invalidArgType('options.signal', 'AbortSignal', signal);
    }
    const onAbort = () => { sock._aborted = true; };
    if (signal.aborted) queueMicrotask(onAbort);
    else queueMicrotask(() => { signal.addEventListener('abort', onAbort, { once: true }); });
  }

  function connect(...args) {
    const normalized = _normalizeArgs(args);
    const options = normalized[0];
    const socket = new Socket(options);
    if (options.timeout) socket.setTimeout(options.timeout);
    if (socket.destroyed) return socket;
    return socket.connect(normalized);
  }

  // BoundSocket: a port reserved before a server or a socket adopts it.
  class BoundSocket {
    #address;
    #ephemeral;
    static isBoundSocket(value) {
      return typeof value === 'object' && value !== null && #address in value;
    }
    constructor(options = {}) {
      validateObject(options, 'options');
      if (options.path !== undefined) throw invalidArgValue('options.path', options.path, 'is not supported');
      const port = validatePort(options.port ?? 0, 'options.port');
      this.#ephemeral = port === 0;
      const ipv6Only = options.ipv6Only ?? false;
      validateBoolean(ipv6Only, 'options.ipv6Only');
      const reusePort = options.reusePort ?? false;
      validateBoolean(reusePort, 'options.reusePort');
      let { host } = options;
      let type;
      if (host === undefined || host === null) {
        host = ipv6Only ? '::' : '0.0.0.0';
        type = ipv6Only ? 6 : 4;
      } else {
        validateString(host, 'options.host');
        type = isIP(host);
        if (type === 0) throw invalidArgValue('options.host', host, 'must be a numeric IP address; net.BoundSocket does not perform DNS resolution');
      }
      this.#address = { address: host, family: type === 6 ? 'IPv6' : 'IPv4', port: bindPort(host, port, reusePort) };
    }
    address() {
      if (this.#address === null) throw E.adopted();
      return this.#address;
    }
    fd() {
      if (this.#address === null) throw E.adopted();
      return -1;
    }
    close() {
      if (this.#address === null) throw E.adopted();
      releasePort(this.#address.port);
      this.#address = null;
    }
    [Symbol.dispose]() {
      if (this.#address !== null) this.close();
    }
    [kBoundConsume]() {
      if (this.#address === null) throw E.adopted();
      const address = this.#address;
      this.#address = null;
      return { address, ephemeral: this.#ephemeral };
    }
  }

  // Server: listen() takes a virtual port and says 'listening'; workerd
  // hands it the connections its platform routes to that port, and mcrepl
  // has none to route (nor has a local workerd).
  class Server extends EE {
    #address = null;
    #closing = false;
    allowHalfOpen;
    pauseOnConnect;
    noDelay;
    keepAlive;
    keepAliveInitialDelay;
    highWaterMark;
    maxConnections = undefined;
    constructor(options, connectionListener) {
      super();
      if (typeof options === 'function') {
        connectionListener = options;
        options = {};
      } else if (options == null) {
        options = {};
      } else {
        validateObject(options, 'options');
      }
      if (connectionListener !== undefined) {
        validateFunction(connectionListener, 'connectionListener');
        this.on('connection', connectionListener);
      }
      let delay = options.keepAliveInitialDelay;
      if (delay !== undefined) {
        validateNumber(delay, 'options.keepAliveInitialDelay');
        if (delay < 0) delay = 0;
      }
      this.allowHalfOpen = options.allowHalfOpen ?? false;
      this.pauseOnConnect = Boolean(options.pauseOnConnect);
      this.noDelay = Boolean(options.noDelay);
      this.keepAlive = Boolean(options.keepAlive);
      this.keepAliveInitialDelay = ~~((delay ?? 0) / 1000);
      this.highWaterMark = options.highWaterMark;
    }
    listen(...args) {
      const [options, cb] = _normalizeArgs(args);
      if (this.#address !== null) throw E.alreadyListen();
      if (cb !== null) this.once('listening', cb);
      let bound = null;
      if (BoundSocket.isBoundSocket(options)) bound = options;
      else if (BoundSocket.isBoundSocket(options.handle)) bound = options.handle;
      let address;
      if (bound !== null) {
        address = bound[kBoundConsume]().address;
      } else {
        if (options.path != null) throw invalidArgValue('options.path', options.path, 'is not supported');
        if (options.handle != null || options.fd != null) throw invalidArgValue('options', options, 'only a net.BoundSocket handle is supported');
        const port = options.port == null ? 0 : validatePort(options.port, 'options.port');
        const reusePort = options.reusePort ?? false;
        validateBoolean(reusePort, 'options.reusePort');
        let host = options.host;
        if (host === undefined) {
          host = options.ipv6Only ? '::' : '0.0.0.0';
        } else {
          validateString(host, 'options.host');
          if (host === 'localhost') host = '127.0.0.1';
        }
        let boundPort;
        try {
          boundPort = bindPort(host, port, reusePort);
        } catch (err) {
          queueMicrotask(() => { this.emit('error', err); });
          return this;
        }
        address = { address: host, port: boundPort };
        const family = familyOf(host);
        if (family !== undefined) address.family = family;
      }
      this.#address = address;
      this.#closing = false;
      queueMicrotask(() => { this.emit('listening'); });
      return this;
    }
    address() {
      return this.#address === null ? null : { ...this.#address };
    }
    get listening() {
      return this.#address !== null;
    }
    close(cb) {
      if (typeof cb === 'function') {
        if (this.#address === null) this.once('close', () => { cb(E.notRunning()); });
        else this.once('close', cb);
      }
      if (this.#address !== null) {
        releasePort(this.#address.port);
        this.#address = null;
      }
      this.#closing = true;
      if (this.#address === null) {
        this.#closing = false;
        queueMicrotask(() => { this.emit('close'); });
      }
      return this;
    }
    getConnections(cb) {
      validateFunction(cb, 'cb');
      queueMicrotask(() => { cb(null, 0); });
      return this;
    }
    ref() { return this; }
    unref() { return this; }
    async [Symbol.asyncDispose]() {
      if (this.#address === null) return;
      await new Promise((resolve) => { this.close(() => { resolve(); }); });
    }
  }
  function createServer(options, connectionListener) {
    return new Server(options, connectionListener);
  }

  let attemptTimeout = 10;
  function getDefaultAutoSelectFamily() { return false; }
  function setDefaultAutoSelectFamily(val) {
    if (!val) return;
    throw invalidArgValue('val', val);
  }
  function getDefaultAutoSelectFamilyAttemptTimeout() { return attemptTimeout; }
  function setDefaultAutoSelectFamilyAttemptTimeout(val) {
    validateInt32(val, 'val', 1);
    if (val < 10) val = 10;
    attemptTimeout = val;
  }

  // SocketAddress.
  class SocketAddress {
    #address;
    #port;
    #family;
    #flowlabel;
    static isSocketAddress(value) { return value instanceof SocketAddress; }
    constructor(options = {}) {
      validateObject(options, 'options');
      let family = options.family || 'ipv4';
      if (typeof family?.toLowerCase === 'function') family = family.toLowerCase();
      validateOneOf(family, 'options.family', ['ipv4', 'ipv6']);
      const { address = family === 'ipv4' ? '127.0.0.1' : '::', port = 0, flowlabel = 0 } = options;
      validateString(address, 'options.address');
      const p = validatePort(port, 'options.port');
      validateUint32(flowlabel, 'options.flowlabel', false);
      if (family === 'ipv4' ? !isIPv4(address) : !isIPv6(address)) throw E.invalidAddress();
      this.#family = family;
      this.#address = address;
      this.#port = p;
      this.#flowlabel = flowlabel;
    }
    get address() { return this.#address; }
    get port() { return this.#port; }
    get family() { return this.#family; }
    get flowlabel() { return this.#flowlabel; }
    [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
      if (depth < 0) return this;
      return 'SocketAddress ' + inspect(this.toJSON(), { ...options, depth: options.depth == null ? null : options.depth - 1 });
    }
    toJSON() {
      return { address: this.address, port: this.port, family: this.family, flowlabel: this.flowlabel };
    }
    static parse(input) {
      validateString(input, 'input');
      try {
        const parsed = URL.parse('http://' + input);
        if (parsed == null) return undefined;
        const { hostname: address, port } = parsed;
        if (address.startsWith('[') && address.endsWith(']')) {
          return new SocketAddress({ address: address.slice(1, -1), port: port | 0, family: 'ipv6' });
        }
        return new SocketAddress({ address, port: port | 0 });
      } catch {
        // Not a socket address.
      }
      return undefined;
    }
  }

  // BlockList: rules of addresses, ranges and subnets, IPv4 and IPv6.
  function parseIPv4(ip) {
    const parts = ip.split('.');
    if (parts.length !== 4) return undefined;
    const nums = [];
    for (const part of parts) {
      const n = parseInt(part, 10);
      if (isNaN(n) || n < 0 || n > 255) return undefined;
      nums.push(n);
    }
    return nums;
  }
  function parseIPv6(ip) {
    if (ip.includes('.')) {
      const m = ip.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i);
      const v4 = m && parseIPv4(m[1]);
      if (v4) return [0, 0, 0, 0, 0, 0xffff, (v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]];
    }
    let expanded = ip;
    if (ip.includes('::')) {
      const halves = ip.split('::');
      if (halves.length === 2) {
        const left = halves[0].split(':'), right = halves[1].split(':');
        expanded = [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right].join(':');
      }
    }
    const parts = expanded.split(':');
    if (parts.length !== 8) return undefined;
    const nums = parts.map((p) => { const n = parseInt(p || '0', 16); return n >= 0 && n <= 0xffff ? n : -1; });
    return nums.includes(-1) ? undefined : nums;
  }
  function v4Number(ip) {
    const p = parseIPv4(ip);
    if (p === undefined) throw E.invalidIP('Invalid IPv4 address');
    return (p[0] << 24) | (p[1] << 16) | (p[2] << 8) | p[3];
  }
  function v6Number(ip) {
    const p = parseIPv6(ip);
    if (p === undefined) throw E.invalidIP('Invalid IPv6 address');
    let r = 0n;
    for (const x of p) r = (r << 16n) | BigInt(x);
    return r;
  }
  function inSubnet(ip, net, prefix, family) {
    if (prefix === 0) return true;
    if (family === 'ipv4') {
      const mask = (0xffffffff << (32 - prefix)) >>> 0;
      return (v4Number(ip) & mask) === (v4Number(net) & mask);
    }
    const all = (1n << 128n) - 1n;
    const mask = (all << BigInt(128 - prefix)) & all;
    return (v6Number(ip) & mask) === (v6Number(net) & mask);
  }
  function compare(a, b, family) {
    if (family === 'ipv4') return v4Number(a) - v4Number(b);
    const x = v6Number(a), y = v6Number(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const familyName = (f) => (f === 'ipv4' ? 'IPv4' : 'IPv6');
  // A rule's check: the address in its own family, or an IPv4-mapped IPv6
  // address against an IPv4 rule.
  function ruleCheck(rule, address, family, test) {
    if (rule.family !== family) {
      if (rule.family === 'ipv4' && family === 'ipv6' && address.startsWith('::ffff:')) return test(address.substring(7), 'ipv4');
      return false;
    }
    return test(address, family);
  }
  class BlockList {
    #rules = [];
    static isBlockList(value) { return value instanceof BlockList; }
    addAddress(address, family = 'ipv4') {
      if (SocketAddress.isSocketAddress(address)) {
        family = address.family;
        address = address.address;
      } else {
        validateString(address, 'address');
        validateOneOf(family, 'family', ['ipv4', 'ipv6']);
        if (family === 'ipv4' && !isIPv4(address)) throw E.invalidIP('Invalid IPv4 address');
        if (family === 'ipv6' && !isIPv6(address)) throw E.invalidIP('Invalid IPv6 address');
      }
      this.#rules.push({
        family, text: 'Address: ' + familyName(family) + ' ' + address,
        check: (a, f) => ruleCheck({ family }, a, f, (x) => x === address),
      });
    }
    addRange(start, end, family = 'ipv4') {
      let s, e, f;
      if (SocketAddress.isSocketAddress(start)) {
        s = start.address;
        f = start.family;
      } else {
        validateString(start, 'start');
        validateOneOf(family, 'family', ['ipv4', 'ipv6']);
        s = start;
        f = family;
      }
      if (SocketAddress.isSocketAddress(end)) {
        e = end.address;
        if (SocketAddress.isSocketAddress(start) && end.family !== f) throw invalidArgValue('end', end, 'must be same family as start');
      } else {
        validateString(end, 'end');
        e = end;
      }
      const ok = f === 'ipv4' ? isIPv4 : isIPv6;
      if (!ok(s) || !ok(e)) throw E.invalidIP(f === 'ipv4' ? 'Invalid IPv4 address' : 'Invalid IPv6 address');
      if (compare(s, e, f) > 0) throw invalidArgValue('start', s, 'must come before end');
      this.#rules.push({
        family: f, text: 'Range: ' + familyName(f) + ' ' + s + '-' + e,
        check: (a, fa) => ruleCheck({ family: f }, a, fa, (x, fx) => compare(x, s, fx) >= 0 && compare(x, e, fx) <= 0),
      });
    }
    addSubnet(network, prefix, family = 'ipv4') {
      let n, f;
      if (SocketAddress.isSocketAddress(network)) {
        n = network.address;
        f = network.family;
      } else {
        validateString(network, 'network');
        validateOneOf(family, 'family', ['ipv4', 'ipv6']);
        n = network;
        f = family;
      }
      validateInt32(prefix, 'prefix');
      if (f === 'ipv4') {
        if (prefix < 0 || prefix > 32) throw outOfRange('prefix', 'between 0 and 32', prefix);
        if (!isIPv4(n)) throw E.invalidIP('Invalid IPv4 address');
      } else {
        if (prefix < 0 || prefix > 128) throw outOfRange('prefix', 'between 0 and 128', prefix);
        if (!isIPv6(n)) throw E.invalidIP('Invalid IPv6 address');
      }
      this.#rules.push({
        family: f, text: 'Subnet: ' + familyName(f) + ' ' + n + '/' + prefix,
        check: (a, fa) => ruleCheck({ family: f }, a, fa, (x, fx) => inSubnet(x, n, prefix, fx)),
      });
    }
    check(address, family = 'ipv4') {
      let a, f;
      if (SocketAddress.isSocketAddress(address)) {
        a = address.address;
        f = address.family;
      } else {
        validateString(address, 'address');
        validateOneOf(family, 'family', ['ipv4', 'ipv6']);
        a = address;
        f = family.toLowerCase();
      }
      if (f === 'ipv4' ? !isIPv4(a) : !isIPv6(a)) return false;
      for (const rule of this.#rules) {
        if (rule.check(a, f)) return true;
      }
      return false;
    }
    get rules() { return this.#rules.map((r) => r.text); }
    [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
      if (depth < 0) return '[BlockList]';
      return 'BlockList {\n  rules: ' + inspect(this.rules, { ...options, depth: options.depth == null ? null : options.depth - 1 }) + '\n}';
    }
    toJSON() { return this.rules; }
    fromJSON(data) {
      let rules;
      if (typeof data === 'string') {
        try {
          rules = JSON.parse(data);
        } catch {
          throw invalidArgValue('data', data, 'must be valid JSON');
        }
      } else {
        rules = data;
      }
      if (!Array.isArray(rules)) throw invalidArgType('data', 'Array', rules);
      // workerd walks data, not the parsed rules: a JSON string adds none.
      for (const item of data) {
        let m;
        if (item.includes('IPv4')) {
          if ((m = item.match(/Subnet: IPv4 (\d{1,3}(?:\.\d{1,3}){3})\/(\d{1,2})/))) { this.addSubnet(m[1], parseInt(m[2], 10)); continue; }
          if ((m = item.match(/Address: IPv4 (\d{1,3}(?:\.\d{1,3}){3})/))) { this.addAddress(m[1]); continue; }
          if ((m = item.match(/Range: IPv4 (\d{1,3}(?:\.\d{1,3}){3})-(\d{1,3}(?:\.\d{1,3}){3})/))) { this.addRange(m[1], m[2]); continue; }
        }
        if (item.includes('IPv6')) {
          if ((m = item.match(/Subnet: IPv6 ([0-9a-fA-F:]{1,39})\/(\d{1,3})/i))) { this.addSubnet(m[1], parseInt(m[2], 10), 'ipv6'); continue; }
          if ((m = item.match(/Address: IPv6 ([0-9a-fA-F:]{1,39})/i))) { this.addAddress(m[1], 'ipv6'); continue; }
          if ((m = item.match(/Range: IPv6 ([0-9a-fA-F:]{1,39})-([0-9a-fA-F:]{1,39})/i))) { this.addRange(m[1], m[2], 'ipv6'); continue; }
        }
      }
    }
  }

  module.exports = {
    BlockList, BoundSocket, SocketAddress, Stream: Socket, Server, Socket, connect, createConnection: connect, createServer,
    getDefaultAutoSelectFamily, setDefaultAutoSelectFamily,
    getDefaultAutoSelectFamilyAttemptTimeout, setDefaultAutoSelectFamilyAttemptTimeout,
    isIP, isIPv4, isIPv6, _normalizeArgs,
  };
  // For node:tls, through the binding the modules share.
  binding.netInternal = { tryReadStart, onConnectionOpened, onConnectionClosed, connectError, normalizedArgs };
})
