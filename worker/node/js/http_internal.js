// internal/http: what node:http, node:https and the node:_http_* modules
// share, as workerd has it: the header checks, METHODS and STATUS_CODES,
// Agent, OutgoingMessage (a Writable that buffers what is written), the
// client (ClientRequest runs over the isolate's fetch(), with redirect and
// encodeResponseBody 'manual'; IncomingMessage is a Readable over the
// Response's body) and the server (Server.listen registers the server in
// the isolate's port map, where a fetch Request becomes an IncomingMessage
// and the ServerResponse becomes a Response).
(function (binding, require, module) {
  'use strict';
  const errors = require('internal/errors');
  const { makeError, invalidArgType, invalidArgValue, outOfRange, validateString, validateFunction, validateInteger, validateObject } = errors;
  const { Buffer } = require('buffer');
  const EventEmitter = require('events');
  const { Writable, Readable } = require('stream');
  const { urlToHttpOptions } = require('url');
  const tick = (fn) => binding.queueMicrotask(fn);

  // Node's coded errors of the HTTP modules, worded as workerd words them.
  const E = {
    httpToken: (label, name) => makeError(TypeError, 'ERR_INVALID_HTTP_TOKEN', label + ' must be a valid HTTP token ["' + name + '"]'),
    headerValue: (value, name) => makeError(TypeError, 'ERR_HTTP_INVALID_HEADER_VALUE', 'Invalid value "' + value + '" for header "' + name + '"'),
    invalidChar: (name, field) => makeError(TypeError, 'ERR_INVALID_CHAR', 'Invalid character in ' + name + (field ? ' ["' + field + '"]' : '')),
    headersSent: (arg) => makeError(Error, 'ERR_HTTP_HEADERS_SENT', 'Cannot ' + arg + ' headers after they are sent to the client'),
    unescaped: (arg) => makeError(TypeError, 'ERR_UNESCAPED_CHARACTERS', arg + ' contains unescaped characters'),
    protocol: (p, expected) => makeError(TypeError, 'ERR_INVALID_PROTOCOL', 'Protocol "' + p + '" not supported. Expected "' + expected + '"'),
    optionNotImplemented: (name) => makeError(Error, 'ERR_OPTION_NOT_IMPLEMENTED', 'The ' + name + ' option is not implemented'),
    notImplemented: (name) => errors.notImplemented(name),
    alreadyListen: () => makeError(Error, 'ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.'),
    statusCode: (code) => makeError(RangeError, 'ERR_HTTP_INVALID_STATUS_CODE', 'Invalid status code: ' + code),
    cannotPipe: () => makeError(Error, 'ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable'),
    writeAfterEnd: () => makeError(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end'),
    destroyed: (m) => makeError(Error, 'ERR_STREAM_DESTROYED', 'Cannot call ' + m + ' after a stream was destroyed'),
    alreadyFinished: (m) => makeError(Error, 'ERR_STREAM_ALREADY_FINISHED', 'Cannot call ' + m + ' after a stream was finished'),
    nullValues: () => makeError(TypeError, 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream'),
    lengthMismatch: (actual, expected) => makeError(Error, 'ERR_HTTP_CONTENT_LENGTH_MISMATCH',
      "Response body's content-length of " + actual + ' byte(s) does not match the content-length of ' + expected + ' byte(s) set in header'),
    bodyNotAllowed: () => makeError(Error, 'ERR_HTTP_BODY_NOT_ALLOWED', 'Adding content for this request method or response status is not allowed.'),
  };

  function validateBoolean(v, name) {
    if (typeof v !== 'boolean') throw invalidArgType(name, 'boolean', v);
  }
  // validateNumber with a lower bound, Node's wording of the range.
  function validateNumber(v, name, min) {
    if (typeof v !== 'number') throw invalidArgType(name, 'number', v);
    if (min !== undefined && (v < min || Number.isNaN(v))) throw outOfRange(name, '>= ' + min, v);
  }
  function validateOneOf(v, name, list) {
    if (!list.includes(v)) {
      throw invalidArgValue(name, v, 'must be one of: ' + list.map((x) => (typeof x === 'string' ? "'" + x + "'" : String(x))).join(', '));
    }
  }
  // getTimerDuration is node:net's check of a timeout.
  function getTimerDuration(msecs, name) {
    if (typeof msecs !== 'number') throw invalidArgType(name, 'number', msecs);
    if (msecs < 0 || !Number.isFinite(msecs)) throw outOfRange(name, 'a non-negative finite number', msecs);
    return msecs;
  }

  const METHODS = ['ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK', 'M-SEARCH',
    'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS', 'PATCH', 'POST', 'PROPFIND', 'PROPPATCH',
    'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH', 'SOURCE', 'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK', 'UNLOCK',
    'UNSUBSCRIBE'];
  const STATUS_CODES = {
    100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
    200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content',
    205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status', 208: 'Already Reported', 226: 'IM Used',
    300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified',
    305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
    400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found',
    405: 'Method Not Allowed', 406: 'Not Acceptable', 407: 'Proxy Authentication Required', 408: 'Request Timeout',
    409: 'Conflict', 410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed', 413: 'Payload Too Large',
    414: 'URI Too Long', 415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed',
    418: "I'm a Teapot", 421: 'Misdirected Request', 422: 'Unprocessable Entity', 423: 'Locked',
    424: 'Failed Dependency', 425: 'Too Early', 426: 'Upgrade Required', 428: 'Precondition Required',
    429: 'Too Many Requests', 431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
    500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
    504: 'Gateway Timeout', 505: 'HTTP Version Not Supported', 506: 'Variant Also Negotiates',
    507: 'Insufficient Storage', 508: 'Loop Detected', 509: 'Bandwidth Limit Exceeded', 510: 'Not Extended',
    511: 'Network Authentication Required',
  };

  // The header checks (RFC 7230's token and field-vchar).
  const tokenRe = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
  const _checkIsHttpToken = (val) => tokenRe.test(val);
  const headerCharRe = /[^\t\x20-\x7e\x80-\xff]/;
  function _checkInvalidHeaderChar(val) {
    if (Array.isArray(val)) return val.some((v) => headerCharRe.test(v));
    return headerCharRe.test(`${val}`);
  }
  function validateHeaderName(name, label = 'Header name') {
    if (typeof name !== 'string' || !name || !_checkIsHttpToken(name)) throw E.httpToken(label, name);
  }
  function validateHeaderValue(name, value) {
    if (value === undefined) throw E.headerValue(value, name);
    if (_checkInvalidHeaderChar(value)) throw E.invalidChar('header content', name);
  }
  const chunkExpression = /(?:^|\W)chunked(?:$|\W)/i;
  const connCloseRe = /(?:^|\W)close(?:$|\W)/i;

  const kOutHeaders = Symbol('kOutHeaders');
  const kUniqueHeaders = Symbol('kUniqueHeaders');
  const kHighWaterMark = Symbol('kHighWaterMark');
  const kNeedDrain = Symbol('kNeedDrain');
  const kErrored = Symbol('kErrored');
  const kCorked = Symbol('corked');
  const kChunkedBuffer = Symbol('kChunkedBuffer');
  const kChunkedLength = Symbol('kChunkedLength');
  const kBytesWritten = Symbol('kBytesWritten');
  const kRejectNonStandardBodyWrites = Symbol('kRejectNonStandardBodyWrites');
  const kServerResponse = Symbol('ServerResponse');
  const kIncomingMessage = Symbol('IncomingMessage');
  const kConnectionsCheckingInterval = Symbol('http.server.connectionsCheckingInterval');

  function parseUniqueHeadersOption(headers) {
    if (!Array.isArray(headers)) return null;
    const unique = new Set();
    for (const h of headers) {
      if (Array.isArray(h)) for (const x of h) unique.add(x.toLowerCase());
      else unique.add(h.toLowerCase());
    }
    return unique;
  }

  // Agent: workerd's has no sockets (fetch() makes the connections); its
  // pool methods are no-ops and createConnection is not implemented.
  class Agent extends EventEmitter {
    constructor(options) {
      super({});
      this.defaultPort = undefined;
      this.protocol = undefined;
      this.options = { __proto__: null, ...options };
      this.agentKeepAliveTimeoutBuffer = 1000;
      this.keepAliveMsecs = 1000;
      this.keepAlive = false;
      this.maxSockets = undefined;
      this.maxFreeSockets = undefined;
      this.scheduling = 'lifo';
      this.maxTotalSockets = undefined;
      this.totalSocketCount = undefined;
      this.freeSockets = {};
      this.sockets = {};
      this.requests = {};
      const opts = this.options;
      this.defaultPort = opts.defaultPort || 80;
      this.protocol = opts.protocol || 'http:';
      opts.path = null;
      if (!('proxyEnv' in opts)) opts.proxyEnv = undefined;
      if (opts.noDelay === undefined) opts.noDelay = true;
      this.keepAliveMsecs = opts.keepAliveMsecs || 1000;
      this.keepAlive = opts.keepAlive || false;
      this.maxSockets = opts.maxSockets || Agent.defaultMaxSockets;
      this.maxFreeSockets = opts.maxFreeSockets || 256;
      this.scheduling = opts.scheduling || 'lifo';
      this.totalSocketCount = 0;
      validateOneOf(this.scheduling, 'scheduling', ['fifo', 'lifo']);
      if (opts.maxTotalSockets !== undefined) {
        validateNumber(opts.maxTotalSockets, 'maxTotalSockets', 1);
        this.maxTotalSockets = opts.maxTotalSockets;
      } else {
        this.maxTotalSockets = Infinity;
      }
    }
    createConnection(options, callback) { throw E.notImplemented('createConnection'); }
    getName(options = {}) {
      let name = options.host || 'localhost';
      name += ':';
      if (options.port) name += options.port.toString();
      name += ':';
      if (options.localAddress) name += options.localAddress;
      if (options.family === 4 || options.family === 6) name += `:${options.family}`;
      if (options.socketPath) name += `:${options.socketPath}`;
      return name;
    }
    addRequest(req, options) {}
    createSocket(req, options, callback) {}
    removeSocket(socket) {}
    keepSocketAlive(socket) { return false; }
    reuseSocket(socket, req) {}
    destroy(error) {}
  }
  Agent.defaultMaxSockets = Infinity;
  const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

  // MessageBuffer is where an OutgoingMessage's data goes once its header
  // is made: each write is handed to onWrite (as _dataWritten events, which
  // a ServerResponse turns into its body) unless it is corked.
  class MessageBuffer {
    #corked = 0;
    #index = 0;
    #onWrite;
    #buffered = [];
    #hwm;
    constructor(onWrite, hwm) { this.#onWrite = onWrite; this.#hwm = hwm; }
    write(data, encoding, callback) {
      const entry = { data, length: data?.length ?? 0, encoding, callback };
      const index = this.#index++;
      if (this.#corked === 0) {
        this.#onWrite([{ index, entry }]);
        tick(() => { callback?.(); });
      } else {
        this.#buffered.push({ index, entry });
        tick(() => { callback?.(); });
      }
      return true;
    }
    cork() { this.#corked++; }
    uncork() { this.#corked--; this._flush(); }
    _flush() { if (this.#corked <= 0) this.#onWrite(this.#buffered.splice(0)); }
    get writableLength() { return this.#buffered.reduce((t, { entry }) => t + (entry.length || 0), 0); }
    get writableHighWaterMark() { return this.#hwm; }
    get writableCorked() { return this.#corked; }
  }

  const byteLength = (chunk, encoding) => (typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding ?? undefined) : chunk.byteLength);

  class OutgoingMessage extends Writable {
    [kOutHeaders] = null;
    [kErrored] = null;
    [kCorked] = 0;
    [kChunkedBuffer] = [];
    [kChunkedLength] = 0;
    [kNeedDrain] = false;
    [kRejectNonStandardBodyWrites];
    [kHighWaterMark];
    [kBytesWritten] = 0;
    req;
    #buffer;
    outputData = [];
    outputSize = 0;
    writtenHeaderBytes = 0;
    strictContentLength = false;
    chunkedEncoding = false;
    sendDate = false;
    shouldKeepAlive = true;
    writable = true;
    finished = false;
    destroyed = false;
    useChunkedEncodingByDefault = true;
    maxRequestsOnConnectionReached = false;
    _closed = false;
    _headerSent = false;
    _onPendingData = () => {};
    _header = null;
    _contentLength = null;
    _hasBody = true;
    _removedContLen = false;
    _removedConnection = false;
    _removedTE = false;
    _last = false;
    _defaultKeepAlive = true;
    _maxRequestsPerSocket;
    _keepAliveTimeout = 0;

    constructor(req, options) {
      super({ autoDestroy: false });
      this.req = req;
      this[kHighWaterMark] = options?.highWaterMark ?? 65536;
      this[kRejectNonStandardBodyWrites] = options?.rejectNonStandardBodyWrites ?? false;
      this.#buffer = new MessageBuffer((data) => this.emit('_dataWritten', data), this[kHighWaterMark]);
      this.once('end', () => { tick(() => { this._closed = true; this.emit('close'); }); });
    }
    cork() { this[kCorked]++; this.#buffer?.cork(); }
    uncork() {
      this[kCorked]--;
      this.#buffer?.uncork();
      if (this[kCorked] || this[kChunkedBuffer].length === 0) return;
      for (const { data, encoding, callback } of this[kChunkedBuffer]) this._send(data ?? '', encoding, callback);
      this[kChunkedBuffer].length = 0;
      this[kChunkedLength] = 0;
    }
    // _storeHeader renders the header block (firstLine, the headers, and
    // the Connection, Content-Length or Transfer-Encoding it implies) as
    // Node does; it is sent with the first body chunk.
    _storeHeader(firstLine, headers) {
      const state = { connection: false, contLen: false, te: false, date: false, expect: false, trailer: false, header: firstLine };
      if (headers != null) {
        if (headers === this[kOutHeaders]) {
          for (const key in headers) processHeader(this, state, headers[key][0], headers[key][1], false);
        } else if (Array.isArray(headers)) {
          if (headers.length && Array.isArray(headers[0])) {
            for (const entry of headers) processHeader(this, state, entry[0], entry[1], true);
          } else {
            if (headers.length % 2 !== 0) throw invalidArgValue('headers', headers);
            for (let n = 0; n < headers.length; n += 2) processHeader(this, state, headers[n], headers[n + 1], true);
          }
        } else {
          for (const key in headers) {
            if (Object.prototype.hasOwnProperty.call(headers, key)) processHeader(this, state, key, headers[key], true);
          }
        }
      }
      let { header } = state;
      if (this.sendDate && !state.date) header += 'Date: ' + new Date().toUTCString() + '\r\n';
      if (this.chunkedEncoding && (this.statusCode === 204 || this.statusCode === 304)) {
        this.chunkedEncoding = false;
        this.shouldKeepAlive = false;
      }
      if (this._removedConnection) {
        this._last = !this.shouldKeepAlive;
      } else if (!state.connection) {
        const keepAlive = this.shouldKeepAlive && (state.contLen || this.useChunkedEncodingByDefault || this.agent);
        if (keepAlive && this.maxRequestsOnConnectionReached) {
          header += 'Connection: close\r\n';
        } else if (keepAlive) {
          header += 'Connection: keep-alive\r\n';
          if (this._keepAliveTimeout && this._defaultKeepAlive) {
            let max = '';
            if (this._maxRequestsPerSocket != null && ~~this._maxRequestsPerSocket > 0) max = `, max=${this._maxRequestsPerSocket}`;
            header += `Keep-Alive: timeout=${Math.floor(this._keepAliveTimeout / 1000)}${max}\r\n`;
          }
        } else {
          this._last = true;
          header += 'Connection: close\r\n';
        }
      }
      if (!state.contLen && !state.te) {
        if (!this._hasBody) {
          this.chunkedEncoding = false;
        } else if (!this.useChunkedEncodingByDefault) {
          this._last = true;
        } else if (!state.trailer && !this._removedContLen && typeof this._contentLength === 'number') {
          header += 'Content-Length: ' + this._contentLength + '\r\n';
        } else if (!this._removedTE) {
          header += 'Transfer-Encoding: chunked\r\n';
          this.chunkedEncoding = true;
        } else {
          this._last = true;
        }
      }
      this._header = header + '\r\n';
      this._headerSent = false;
      if (state.expect) this._send('');
    }
    _finish() { this.emit('prefinish'); }
    _flushOutput(buffer) {
      const out = this.outputData;
      if (out.length === 0) return undefined;
      buffer.cork();
      for (const { data, encoding, callback } of out) buffer.write(data, encoding, callback);
      buffer.uncork();
      this.outputData = [];
      this._onPendingData(-this.outputSize);
      this.outputSize = 0;
      return true;
    }
    _flush() {
      if (this.#buffer != null) {
        const ret = this._flushOutput(this.#buffer);
        if (this.finished) this._finish();
        else if (ret && this[kNeedDrain]) { this[kNeedDrain] = false; this.emit('drain'); }
      }
    }
    get writableLength() {
      if (this.#buffer != null && (this._header !== null || this._headerSent)) {
        return this.outputSize + this.#buffer.writableLength + this[kChunkedLength];
      }
      return this.outputSize + this[kChunkedLength];
    }
    get writableCorked() { return this[kCorked]; }
    get writableNeedDrain() { return !this.destroyed && !this.finished && this[kNeedDrain]; }
    setHeader(name, value) {
      if (this._header) throw E.headersSent('set');
      validateHeaderName(name);
      validateHeaderValue(name, value);
      if (this[kOutHeaders] === null) this[kOutHeaders] = {};
      this[kOutHeaders][name.toLowerCase()] = [name, value];
      return this;
    }
    setHeaders(headers) {
      if (this.headersSent) throw E.headersSent('set');
      if (Array.isArray(headers) || typeof headers !== 'object' || headers === null || !('keys' in headers) || !('get' in headers) ||
          typeof headers.keys !== 'function' || typeof headers.get !== 'function') {
        throw invalidArgType('headers', ['Headers', 'Map'], headers);
      }
      const cookies = [];
      for (const { 0: key, 1: value } of headers) {
        if (key === 'set-cookie') {
          if (Array.isArray(value)) cookies.push(...value);
          else cookies.push(value);
          continue;
        }
        this.setHeader(key, value);
      }
      if (cookies.length) this.setHeader('set-cookie', cookies);
      return this;
    }
    appendHeader(name, value) {
      if (this._header) throw E.headersSent('append');
      validateHeaderName(name);
      validateHeaderValue(name, value);
      const field = name.toLowerCase();
      const headers = this[kOutHeaders];
      if (headers === null || !headers[field]) return this.setHeader(name, value);
      if (!Array.isArray(headers[field][1])) headers[field][1] = [headers[field][1]];
      const existing = headers[field][1];
      if (Array.isArray(value)) for (const v of value) existing.push(v);
      else existing.push(value);
      return this;
    }
    getHeader(name) {
      validateString(name, 'name');
      const headers = this[kOutHeaders];
      if (headers === null) return;
      return headers[name.toLowerCase()]?.[1];
    }
    hasHeader(name) {
      validateString(name, 'name');
      return Boolean(this[kOutHeaders]?.[name.toLowerCase()]);
    }
    removeHeader(name) {
      validateString(name, 'name');
      if (this._header) throw E.headersSent('remove');
      const key = name.toLowerCase();
      switch (key) {
        case 'connection': this._removedConnection = true; break;
        case 'content-length': this._removedContLen = true; break;
        case 'transfer-encoding': this._removedTE = true; break;
        case 'date': this.sendDate = false; break;
      }
      if (this[kOutHeaders] !== null) delete this[kOutHeaders][key];
    }
    getHeaderNames() { return this[kOutHeaders] !== null ? Object.keys(this[kOutHeaders]) : []; }
    getRawHeaderNames() {
      const map = this[kOutHeaders];
      if (map === null) return [];
      return Object.values(map).map((v) => v[0]);
    }
    flushHeaders() {
      if (!this._header) this._implicitHeader();
      this._send('');
    }
    getHeaders() {
      const headers = this[kOutHeaders];
      const ret = {};
      if (headers) for (const key of Object.keys(headers)) ret[key] = headers[key][1];
      return ret;
    }
    get headersSent() { return !!this._header; }
    pipe(destination) {
      this.emit('error', E.cannotPipe());
      return destination;
    }
    [EventEmitter.captureRejectionSymbol](error) { this.destroy(error); }
    _implicitHeader() { throw E.notImplemented('_implicitHeader()'); }
    _renderHeaders() {
      if (this._header) throw E.headersSent('render');
      const map = this[kOutHeaders];
      const headers = {};
      if (map !== null) for (const key of Object.keys(map)) headers[map[key][0]] = map[key][1];
      return headers;
    }
    _send(data, encoding, callback, byteLen) {
      if (!this._headerSent && this._header !== null) {
        const header = this._header;
        if (typeof data === 'string' && (encoding === 'utf8' || encoding === 'latin1' || !encoding)) {
          data = header + data;
        } else {
          this.outputData.unshift({ data: header, encoding: 'latin1', callback: null });
          this.outputSize += header.length;
          this._onPendingData(header.length);
        }
        this._headerSent = true;
        this.writtenHeaderBytes = header.length;
        // A response's header block (not a request's) is announced to the
        // ServerResponse, which makes the Response of it.
        const [statusLine, ...lines] = header.split('\r\n');
        const m = /^HTTP\/\d+\.\d+ (?<statusCode>\d+) (?<statusMessage>.*)$/.exec(statusLine);
        if (m != null) {
          const headers = new Headers();
          for (const line of lines) {
            if (line !== '') {
              const pos = line.indexOf(': ');
              headers.append(line.slice(0, pos), line.slice(pos + 2));
            }
          }
          this.emit('_headersSent', { statusCode: Number(m.groups.statusCode), statusMessage: m.groups.statusMessage, headers });
        }
      }
      return this._writeRaw(data, encoding, callback, byteLen);
    }
    write(chunk, encoding, callback) {
      if (typeof encoding === 'function') { callback = encoding; encoding = null; }
      const ret = this.#write(chunk, encoding, callback, false);
      if (!ret) this[kNeedDrain] = true;
      return ret;
    }
    end(chunk, encoding, callback) {
      if (typeof chunk === 'function') { callback = chunk; chunk = null; encoding = null; } else if (typeof encoding === 'function') { callback = encoding; encoding = null; }
      if (chunk) {
        if (this.finished) {
          this.#onError(E.writeAfterEnd(), typeof callback !== 'function' ? () => {} : callback);
          return this;
        }
        this.#buffer?.cork();
        this.#write(chunk, encoding, null, true);
      } else if (this.finished) {
        if (typeof callback === 'function') {
          if (!this.writableFinished) this.on('finish', callback);
          else callback(E.alreadyFinished('end'));
        }
        return this;
      } else if (!this._header) {
        this.#buffer?.cork();
        this._contentLength = 0;
        this._implicitHeader();
      }
      if (typeof callback === 'function') this.once('finish', callback);
      if (this.#strictContentLength() && this[kBytesWritten] !== this._contentLength) {
        throw E.lengthMismatch(this[kBytesWritten], this._contentLength ?? 0);
      }
      const finish = () => this.emit('finish');
      if (this._hasBody && this.chunkedEncoding) this._send('', 'latin1', finish);
      else if (!this._headerSent || this.writableLength || chunk) this._send('', 'latin1', finish);
      else tick(finish);
      this.#buffer?.uncork();
      this[kCorked] = 1;
      this.uncork();
      this.finished = true;
      this._writableState.finished = true;
      if (this.outputData.length === 0 && this.#buffer != null) this._finish();
      return this;
    }
    _writeRaw(data, encoding, callback, size) {
      if (this.destroyed) return false;
      if (typeof encoding === 'function') { callback = encoding; encoding = null; }
      if (this.#buffer != null && (this._header !== null || this._headerSent)) {
        if (this.outputData.length) this._flushOutput(this.#buffer);
        this.#buffer.write(data, encoding, callback);
        if (this.#buffer.writableCorked > 0) return true;
        return this.#buffer.writableLength < this.#buffer.writableHighWaterMark;
      }
      this.outputData.push({ data, encoding, callback });
      this.outputSize += data.length;
      this._onPendingData(data.length);
      return this.outputSize < this[kHighWaterMark];
    }
    destroy(err, cb) {
      if (this.destroyed) return this;
      if (err != null) this.emit('error', err);
      this.destroyed = true;
      this[kErrored] = err;
      return this;
    }
    get errored() { return this[kErrored]; }
    get closed() { return this._closed; }
    get writableEnded() { return this.finished; }
    get writableHighWaterMark() { return this.#buffer?.writableHighWaterMark ?? this[kHighWaterMark]; }
    get writableObjectMode() { return false; }
    #strictContentLength() {
      return this.strictContentLength && this._contentLength != null && this._hasBody && !this._removedContLen &&
        !this.chunkedEncoding && !this.hasHeader('transfer-encoding');
    }
    #onError(err, callback) {
      if (this.destroyed) return;
      tick(() => {
        callback(err);
        if (typeof this.emit === 'function' && !this.destroyed) this.emit('error', err);
      });
    }
    #write(chunk, encoding, callback, fromEnd) {
      if (typeof callback !== 'function') callback = () => {};
      if (chunk === null) throw E.nullValues();
      if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) throw invalidArgType('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
      let err;
      if (this.finished) err = E.writeAfterEnd();
      else if (this.destroyed) err = E.destroyed('write');
      if (err) {
        if (!this.destroyed) this.#onError(err, callback);
        else tick(() => callback(err));
        return false;
      }
      let len;
      if (this.strictContentLength) {
        len ??= byteLength(chunk, encoding);
        if (this.#strictContentLength() &&
            (fromEnd ? this[kBytesWritten] + len !== this._contentLength : this[kBytesWritten] + len > (this._contentLength ?? 0))) {
          throw E.lengthMismatch(len + this[kBytesWritten], this._contentLength ?? 0);
        }
        this[kBytesWritten] += len;
      }
      if (!this._header) {
        if (fromEnd) {
          len ??= byteLength(chunk, encoding);
          this._contentLength = len;
        }
        this._implicitHeader();
      }
      if (!this._hasBody) {
        if (this[kRejectNonStandardBodyWrites]) throw E.bodyNotAllowed();
        tick(callback);
        return true;
      }
      if (!fromEnd && this.#buffer != null && !this.#buffer.writableCorked) {
        this.#buffer.cork();
        const buffer = this.#buffer;
        tick(() => buffer.uncork());
      }
      if (this.chunkedEncoding && chunk.length !== 0) {
        len ??= byteLength(chunk, encoding);
        if (this[kCorked] && this._headerSent) {
          this[kChunkedBuffer].push({ data: chunk, encoding, callback });
          this[kChunkedLength] += len;
          return this[kChunkedLength] < this[kHighWaterMark];
        }
      }
      return this._send(chunk, encoding, callback, len);
    }
  }

  const isCookieField = (s) => s.length === 6 && s.toLowerCase() === 'cookie';
  const isContentDispositionField = (s) => s.length === 19 && s.toLowerCase() === 'content-disposition';
  function processHeader(self, state, key, value, validate) {
    if (validate) validateHeaderName(key);
    if (isContentDispositionField(key) && self._contentLength) {
      if (Array.isArray(value)) for (let i = 0; i < value.length; i++) value[i] = String(Buffer.from(String(value[i]), 'latin1'));
      else value = String(Buffer.from(String(value), 'latin1'));
    }
    if (Array.isArray(value)) {
      if ((value.length < 2 || !isCookieField(key)) && (!(kUniqueHeaders in self) || !self[kUniqueHeaders].has(key.toLowerCase()))) {
        for (const v of value) storeHeader(self, state, key, v, validate);
        return;
      }
      value = value.join('; ');
    }
    storeHeader(self, state, key, String(value), validate);
  }
  function storeHeader(self, state, key, value, validate) {
    if (validate) validateHeaderValue(key, value);
    state.header += key + ': ' + value + '\r\n';
    const field = key.length >= 4 && key.length <= 17 ? key.toLowerCase() : '';
    switch (field) {
      case 'connection':
        state.connection = true;
        self._removedConnection = false;
        if (connCloseRe.exec(value) !== null) self._last = true;
        else self.shouldKeepAlive = true;
        break;
      case 'transfer-encoding':
        state.te = true;
        self._removedTE = false;
        if (chunkExpression.exec(value) !== null) self.chunkedEncoding = true;
        break;
      case 'content-length':
        state.contLen = true;
        self._contentLength = +value;
        self._removedContLen = false;
        break;
      case 'date': case 'expect': case 'trailer':
        state[field] = true;
        break;
      case 'keep-alive':
        self._defaultKeepAlive = false;
        break;
    }
  }

  // IncomingMessage: a Readable over a fetch Response's body (client) or a
  // Request's (server). Its headers are the Headers' (lower-case, repeated
  // ones joined with ", ").
  const kHeaders = Symbol('kHeaders');
  const kHeadersDistinct = Symbol('kHeadersDistinct');
  const kHeadersCount = Symbol('kHeadersCount');
  let setFetchResponse, setSocket, setRequestBody;
  class IncomingMessage extends Readable {
    #reader;
    #reading = false;
    #socket;
    #stream = null;
    #idleTimer;
    aborted = false;
    url = '';
    method = null;
    statusCode = null;
    statusMessage = null;
    httpVersionMajor = 1;
    httpVersionMinor = 1;
    httpVersion = '1.1';
    complete = false;
    rawHeaders = [];
    joinDuplicateHeaders = false;
    cloudflare = { cf: undefined, env: undefined, ctx: undefined };
    [kHeaders] = null;
    [kHeadersDistinct] = null;
    [kHeadersCount] = 0;
    _dumped = false;
    _consuming = false;
    _paused = false;

    static {
      setFetchResponse = (incoming, response, idleTimer) => {
        incoming.#idleTimer = idleTimer;
        incoming.#setFetchResponse(response);
      };
      setSocket = (incoming, headers, localPort) => { incoming.#socket = makeSocket(incoming, headers, localPort); };
      setRequestBody = (incoming, stream) => { incoming.#stream = stream; };
    }

    constructor() {
      super({});
      this._readableState.readingMore = true;
    }
    #setFetchResponse(response) {
      this[kHeaders] = {};
      this[kHeadersDistinct] = {};
      for (const name of response.headers.keys()) {
        const value = response.headers.get(name);
        this[kHeaders][name] = value;
        this[kHeadersDistinct][name] = [value];
        this[kHeadersCount]++;
      }
      this._readableState.readingMore = true;
      this.url = response.url;
      this.statusCode = response.status;
      this.statusMessage = response.statusText;
      this.on('timeout', () => { this._consuming = false; });
      this.#stream = response.body;
    }
    async #tryRead() {
      if (this.#stream == null || this.#reading) return;
      this.#reading = true;
      try {
        this.#reader ??= this.#stream.getReader();
        while (!this.destroyed) {
          const data = await this.#reader.read();
          if (this.destroyed) break;
          if (data.done) {
            this.complete = true;
            this.push(null);
            break;
          }
          this.#idleTimer?.touch();
          if (!this.push(data.value)) break;
        }
      } catch (e) {
        this.destroy(e);
      } finally {
        this.#reading = false;
      }
    }
    _read(n) {
      if (!this._consuming) {
        this._readableState.readingMore = false;
        this._consuming = true;
      }
      if (this.#stream == null) {
        this.complete = true;
        this.push(null);
        return;
      }
      this.#tryRead();
    }
    _destroy(error, callback) {
      if (!this.readableEnded || !this.complete) {
        this.aborted = true;
        this.emit('aborted');
      }
      if (!this.complete && this.#stream != null) {
        const cancelled = this.#reader !== undefined ? this.#reader.cancel(error ?? undefined) : this.#stream.cancel(error ?? undefined);
        cancelled.catch(() => {});
      }
      tick(() => {
        if (this.listenerCount('error') === 0) callback();
        else callback(error);
      });
    }
    _addHeaderLine(field, value, dest) {
      field = matchKnownFields(field);
      const flag = field.charCodeAt(0);
      if (flag === 0 || flag === 2) {
        field = field.slice(1);
        if (typeof dest[field] === 'string') dest[field] += (flag === 0 ? ', ' : '; ') + value;
        else dest[field] = value;
      } else if (flag === 1) {
        if (dest['set-cookie'] !== undefined) dest['set-cookie'].push(value);
        else dest['set-cookie'] = [value];
      } else if (this.joinDuplicateHeaders) {
        if (dest[field] === undefined) dest[field] = value;
        else dest[field] += ', ' + value;
      } else if (dest[field] === undefined) {
        dest[field] = value;
      }
    }
    _addHeaderLines(headers, n) {
      if (Array.isArray(headers) && !this.complete) {
        this.rawHeaders = headers;
        this[kHeadersCount] = n;
        if (this[kHeaders]) for (let i = 0; i < n; i += 2) this._addHeaderLine(headers[i], headers[i + 1], this[kHeaders]);
      }
    }
    get headers() {
      if (!this[kHeaders]) {
        this[kHeaders] = {};
        const src = this.rawHeaders;
        for (let n = 0; n < this[kHeadersCount]; n += 2) this._addHeaderLine(src[n], src[n + 1], this[kHeaders]);
      }
      return this[kHeaders];
    }
    set headers(val) { this[kHeaders] = val; }
    get headersDistinct() {
      if (!this[kHeadersDistinct]) {
        this[kHeadersDistinct] = {};
        const src = this.rawHeaders;
        for (let n = 0; n < this[kHeadersCount]; n += 2) this._addHeaderLineDistinct(src[n], src[n + 1], this[kHeadersDistinct]);
      }
      return this[kHeadersDistinct];
    }
    set headersDistinct(val) { this[kHeadersDistinct] = val; }
    get trailers() { return {}; }
    set trailers(val) {}
    get trailersDistinct() { return {}; }
    set trailersDistinct(val) {}
    _addHeaderLineDistinct(field, value, dest) {
      field = field.toLowerCase();
      if (!dest[field]) dest[field] = [value];
      else dest[field].push(value);
    }
    _dump() {
      if (!this._dumped) {
        this._dumped = true;
        this.removeAllListeners('data');
        this.resume();
      }
    }
    setTimeout(msecs, callback) {
      msecs = getTimerDuration(msecs, 'msecs');
      if (callback) this.on('timeout', callback);
      this.#idleTimer?.setTimeout(msecs);
      return this;
    }
    set connection(value) { this.#socket = value; }
    get connection() { return this.#socket; }
    get socket() { return this.#socket; }
  }

  // matchKnownFields is Node's: the lower-case name, flagged \u0000 for a
  // header whose repeats are joined with ", ", \u0002 for Cookie (joined
  // with "; "), and \u0001 for Set-Cookie (an array).
  const single = new Set(['age', 'host', 'from', 'etag', 'server', 'referer', 'expires', 'location', 'user-agent',
    'retry-after', 'content-type', 'max-forwards', 'authorization', 'last-modified', 'content-length',
    'if-modified-since', 'proxy-authorization', 'if-unmodified-since']);
  function matchKnownFields(field) {
    const lower = field.toLowerCase();
    if (lower === 'set-cookie') return '\u0001';
    if (lower === 'cookie') return '\u0002cookie';
    if (single.has(lower)) return lower;
    return '\u0000' + lower;
  }

  // makeSocket is the socket of a server's IncomingMessage: an
  // EventEmitter with the addresses a library reads.
  function makeSocket(incoming, headers, localPort) {
    const connectingIp = headers.get('cf-connecting-ip');
    const ipv4 = connectingIp ? /^(\d{1,3}\.){3}\d{1,3}$/.test(connectingIp) : true;
    const remotePort = (Math.random() * 0x8000) | 0x8000;
    const socket = new EventEmitter();
    Object.defineProperties(socket, {
      encrypted: { value: headers.get('x-forwarded-proto') === 'https', writable: false, configurable: true },
      readable: { get: () => incoming.readable, configurable: true },
      remoteFamily: { get: () => (incoming.destroyed ? undefined : ipv4 ? 'IPv4' : 'IPv6'), configurable: true },
      remoteAddress: { get: () => (incoming.destroyed ? undefined : connectingIp ?? '127.0.0.1'), configurable: true },
      remotePort: { get: () => (incoming.destroyed ? undefined : remotePort), configurable: true },
      localAddress: { value: headers.get('host') ?? '127.0.0.1', writable: false, configurable: true },
      localPort: { value: localPort, writable: false, configurable: true },
      destroy: { value: (err) => incoming.destroy(err), writable: false, configurable: true },
    });
    return socket;
  }

  // ClientRequest: the request is made by fetch() when the message is
  // ended ('finish'), with what was written as a Blob body (none for GET
  // and HEAD), redirect 'manual' and the body not decoded; the Response
  // becomes the 'response' event's IncomingMessage (dumped when nothing
  // listens), and the request closes when the response does.
  const invalidPathRe = /[^\u0021-\u00ff]/;
  const authorityOverrideRe = /^(?:[/\\]{2}|[^/\\]*:)/;
  const invalidHostRe = /[^\u0021-\uffff]|[/\\?#@]/;
  function validatePath(path) {
    if (invalidPathRe.test(path)) throw E.unescaped('Request path');
    if (authorityOverrideRe.test(path)) throw invalidArgValue('options.path', path, 'must be a path-only request target');
  }
  function validateHostSyntax(host, name) {
    if (invalidHostRe.test(host)) throw invalidArgValue(`options.${name}`, host, 'must be a host name or address');
  }
  function validateHost(host, name) {
    if (host != null && typeof host !== 'string') throw invalidArgType(`options.${name}`, ['string', 'undefined', 'null'], host);
    if (host) validateHostSyntax(host, name);
    return host;
  }
  // ConnResetException is workerd's ECONNRESET error: a class of its own.
  class ConnResetException extends Error {
    path;
    host;
    port;
    localAddress;
    constructor(message) {
      super(message);
      this.code = 'ECONNRESET';
      this.name = 'Error';
    }
    toString() { return this.name + ' [' + this.code + ']: ' + this.message; }
  }
  class ClientRequest extends OutgoingMessage {
    #abort = new AbortController();
    #body = [];
    #incoming;
    #timer = null;
    #sent = false;
    _ended = false;
    timeout;
    method = 'GET';
    path = '/';
    host;
    protocol = 'http:';
    port = '80';
    joinDuplicateHeaders;
    agent;
    aborted = false;
    reusedSocket = false;
    maxHeadersCount = Infinity;
    connection = null;
    socket = null;
    [kUniqueHeaders] = null;

    constructor(input, options, cb) {
      super();
      if (typeof input === 'string') {
        input = urlToHttpOptions(new URL(input));
      } else if (input instanceof URL) {
        input = urlToHttpOptions(input);
      } else {
        cb = options;
        options = input;
        input = null;
      }
      if (typeof options === 'function') {
        cb = options;
        options = input ?? {};
      } else {
        options = Object.assign(input ?? {}, options);
      }
      if (options.path) validatePath(options.path);
      let agent = options.agent;
      const defaultAgent = options._defaultAgent || globalAgent;
      if (agent === false) {
        agent = new defaultAgent.constructor();
      } else if (agent == null) {
        if (typeof options.createConnection !== 'function') agent = defaultAgent;
      } else if (typeof agent === 'object' && typeof agent.addRequest !== 'function') {
        throw invalidArgType('options.agent', ['Agent-like Object', 'undefined', 'false'], agent);
      }
      this.agent = agent;
      let expectedProtocol = defaultAgent.protocol;
      const protocol = options.protocol || expectedProtocol;
      if (this.agent?.protocol) expectedProtocol = this.agent.protocol;
      const defaultPort = options.defaultPort || this.agent?.defaultPort || 80;
      if (protocol !== expectedProtocol) throw E.protocol(protocol, expectedProtocol);
      this.protocol = protocol;
      const port = (options.port = options.port || defaultPort || 80);
      this.port = port.toString();
      const host = (options.host = validateHost(options.hostname, 'hostname') || validateHost(options.host, 'host') || 'localhost');
      const setHost = options.setHost !== undefined ? Boolean(options.setHost) : options.setDefaultHeaders !== false;
      if (options.timeout !== undefined) this.timeout = getTimerDuration(options.timeout, 'timeout');
      const signal = options.signal;
      if (signal) require('stream').addAbortSignal(signal, this);
      let method = options.method;
      const methodIsString = typeof method === 'string';
      if (method != null && !methodIsString) throw invalidArgType('options.method', 'string', method);
      if (methodIsString && method) {
        if (!_checkIsHttpToken(method)) throw E.httpToken('Method', method);
        method = this.method = method.toUpperCase();
      } else {
        method = this.method = 'GET';
      }
      if (options.maxHeaderSize !== undefined) {
        validateInteger(options.maxHeaderSize, 'maxHeaderSize', 0);
        throw E.optionNotImplemented('options.maxHeaderSize');
      }
      if (options.insecureHTTPParser !== undefined) validateBoolean(options.insecureHTTPParser, 'options.insecureHTTPParser');
      if (options.createConnection !== undefined) {
        validateFunction(options.createConnection, 'options.createConnection');
        throw E.optionNotImplemented('options.createConnection');
      }
      if (options.lookup !== undefined) {
        validateFunction(options.lookup, 'options.lookup');
        throw E.optionNotImplemented('options.lookup');
      }
      if (options.socketPath !== undefined) {
        validateString(options.socketPath, 'options.socketPath');
        throw E.optionNotImplemented('options.socketPath');
      }
      if (options.joinDuplicateHeaders !== undefined) validateBoolean(options.joinDuplicateHeaders, 'options.joinDuplicateHeaders');
      this.joinDuplicateHeaders = options.joinDuplicateHeaders;
      this.path = options.path || '/';
      if (cb) this.once('response', cb);
      this.host = host;
      const headers = options.headers;
      if (!Array.isArray(headers)) {
        if (headers != null) {
          if ('host' in headers) validateString(headers.host, 'host');
          for (const [key, value] of Object.entries(headers)) this.setHeader(key, value);
        }
        if (host && !this.getHeader('host') && setHost) {
          let hostHeader = host;
          const colon = hostHeader.indexOf(':');
          if (colon !== -1 && hostHeader.includes(':', colon + 1) && hostHeader.charCodeAt(0) !== 91) hostHeader = `[${hostHeader}]`;
          if (port && +port !== defaultPort) hostHeader += ':' + port;
          this.setHeader('Host', hostHeader);
        }
        if (options.auth && !this.getHeader('Authorization')) {
          this.setHeader('Authorization', 'Basic ' + Buffer.from(options.auth).toString('base64'));
        }
      } else {
        if (headers.length % 2 !== 0) throw invalidArgValue('headers', headers);
        for (let n = 0; n < headers.length; n += 2) this.setHeader(headers[n], headers[n + 1]);
      }
      this.on('finish', () => { this.#onFinish(); });
      this[kUniqueHeaders] = parseUniqueHeadersOption(options.uniqueHeaders);
    }
    #onFinish() {
      if (this.destroyed) return;
      try {
        this.#send();
      } catch (err) {
        this.destroy(err);
      }
    }
    #send() {
      let body = null;
      if (this.method !== 'GET' && this.method !== 'HEAD' && this.#body.length > 0) {
        const type = this.getHeader('content-type') ?? '';
        body = new Blob(this.#body, { type: Array.isArray(type) ? type.join(', ') : `${type}` });
      }
      const headers = [];
      for (const [, [name, value]] of Object.entries(this[kOutHeaders] ?? {})) {
        if (Array.isArray(value)) {
          if (this.joinDuplicateHeaders) headers.push([name, value.join(', ')]);
          else for (const item of value) headers.push([name, item]);
        } else {
          headers.push([name, value]);
        }
      }
      this.#sent = true;
      this.#armTimer();
      if (this.host && !this.getHeader('host') && Object.keys(this[kOutHeaders] ?? {}).length === 0) {
        // RFC 7230 5.4: a request without Host gets a 400 Bad Request.
        tick(() => {
          this.#handleResponse(new Response(null, { status: 400, statusText: 'Bad Request', headers: { connection: 'close' } }));
        });
        return;
      }
      const host = this.host;
      validateHostSyntax(host, 'host');
      let url = new URL(`http://${host}`);
      url.protocol = this.protocol;
      url.port = this.port;
      const path = this.path;
      if (path.length > 0 && path !== '/') {
        validatePath(path);
        url = new URL(path, url);
      }
      fetch(url, { method: this.method, headers, body: body ?? null, signal: this.#abort.signal, redirect: 'manual', encodeResponseBody: 'manual' })
        .then((r) => this.#handleResponse(r))
        .catch((e) => this.#handleError(e));
    }
    #handleResponse(response) {
      if (this.destroyed) {
        response.body?.cancel().catch(() => {});
        return;
      }
      this._header = Array.from(response.headers.keys()).map((key) => `${key}=${response.headers.get(key)}}`).join('\r\n');
      const incoming = new IncomingMessage();
      setFetchResponse(incoming, response, {
        setTimeout: (msecs) => { this.#setIdleTimeout(msecs); },
        touch: () => { this.#armTimer(); },
      });
      this.#armTimer();
      incoming.on('error', (error) => { if (!this.destroyed) this.emit('error', error); });
      incoming.once('close', () => { this.#emitClose(); });
      this.#incoming = incoming;
      this.res = incoming;
      if (!this.emit('response', incoming)) incoming._dump();
    }
    #handleError(error) {
      if (this.destroyed) return;
      this.destroy(error);
    }
    #emitClose() {
      if (this._closed) return;
      this._closed = true;
      this.destroyed = true;
      this.#clearTimer();
      this.emit('close');
    }
    // destroy reports err (a bare destroy() before any response is
    // ECONNRESET "socket hang up"), aborts a fetch still waiting or
    // destroys an unfinished response, and closes the request.
    destroy(err, cb) {
      if (this.destroyed) return this;
      this.destroyed = true;
      this[kErrored] = err ?? null;
      this.#clearTimer();
      const incoming = this.#incoming;
      if (incoming === undefined && err == null && !this.aborted) err = new ConnResetException('socket hang up');
      if (err != null) tick(() => { this.emit('error', err); });
      if (incoming === undefined) this.#abort.abort();
      else if (!incoming.complete) incoming.destroy(new ConnResetException('aborted'));
      tick(() => { this.#emitClose(); });
      return this;
    }
    onSocket(socket) {}
    addTrailers(headers) { throw E.notImplemented('addTrailers'); }
    abort() {
      if (this.aborted) return;
      this.aborted = true;
      tick(() => { this.emit('abort'); });
      this.destroy();
    }
    _write(chunk, encoding, callback) {
      this.#body.push(chunk);
      callback();
      return true;
    }
    setNoDelay(noDelay) { validateBoolean(noDelay, 'noDelay'); }
    setSocketKeepAlive(enable, initialDelay) {
      validateBoolean(enable, 'enable');
      validateNumber(initialDelay, 'initialDelay');
    }
    clearTimeout(cb) { this.setTimeout(0, cb); }
    setTimeout(msecs, callback) {
      this.#setIdleTimeout(getTimerDuration(msecs, 'msecs'));
      if (callback) this.once('timeout', callback);
      return this;
    }
    #setIdleTimeout(msecs) {
      this.timeout = msecs;
      this.#armTimer();
    }
    write(chunk, encoding, callback) {
      if (this.method !== 'GET' && this.method !== 'HEAD' && chunk && !this.writableEnded) {
        if (typeof chunk === 'string') this.#body.push(Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8'));
        else if (chunk instanceof Uint8Array && chunk.byteLength > 0) this.#body.push(new Uint8Array(chunk));
      }
      return super.write(chunk, encoding, callback);
    }
    end(data, encoding, callback) {
      if (typeof data === 'function') {
        callback = data;
        data = undefined;
      } else if (typeof encoding === 'function') {
        callback = encoding;
        encoding = undefined;
      }
      if (this.writableEnded) {
        if (data) {
          this.write(data, encoding, callback);
        } else if (typeof callback === 'function') {
          if (!this.writableFinished) this.once('finish', () => { callback(); });
          else callback(E.alreadyFinished('end'));
        }
        return this;
      }
      if (this.destroyed) return this;
      this._ended = true;
      Writable.prototype.end.call(this, data, encoding, callback);
      this.finished = true;
      return this;
    }
    #clearTimer() {
      if (this.#timer !== null) {
        clearTimeout(this.#timer);
        this.#timer = null;
      }
    }
    #armTimer() {
      this.#clearTimer();
      if (!this.timeout || !this.#sent || this.destroyed) return;
      this.#timer = setTimeout(() => {
        this.#timer = null;
        this.emit('timeout');
        this.#incoming?.emit('timeout');
        this.destroy(new errors.AbortError());
      }, this.timeout);
    }
    _implicitHeader() {
      if (this._header) throw E.headersSent('render');
      this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', this[kOutHeaders]);
    }
  }

  // The server side. Server.listen binds a port of the isolate's port
  // table (49152 and up for port 0, as workerd's) and registers a fetch
  // handler there: a Request becomes an IncomingMessage, the ServerResponse
  // becomes the Response (its body a byte stream of what is written).
  // workerd routes to the table through cloudflare:node's
  // httpServerHandler; mcrepl has no cloudflare:node, so nothing reaches it.
  const serverOn = binding.httpServerModules;
  const ephemeralMin = 49152, ephemeralMax = 65535;
  const ports = new Map();
  let nextEphemeral = ephemeralMin;
  function ephemeralPort() {
    for (let i = ephemeralMin; i <= ephemeralMax; i++) {
      const p = nextEphemeral;
      nextEphemeral = p === ephemeralMax ? ephemeralMin : p + 1;
      if (!ports.has(p)) return p;
    }
    return 0;
  }
  class EADDRINUSE extends Error {
    syscall = 'bind';
    address;
    port;
    constructor(address, port) {
      super(`bind EADDRINUSE ${address}:${port}`);
      this.code = 'EADDRINUSE';
      this.name = 'Error';
      this.address = address;
      this.port = port;
    }
    toString() { return this.name + ' [' + this.code + ']: ' + this.message; }
  }
  // validatePort is workerd's: a number or a numeric string in [0, 65536).
  function validatePort(port, name = 'Port') {
    if ((typeof port !== 'number' && typeof port !== 'string') || (typeof port === 'string' && port.trim().length === 0) ||
        +port !== +port >>> 0 || +port > 0xffff) {
      throw makeError(Error, 'ERR_SOCKET_BAD_PORT', `${name} should be >= 0 and < 65536. Received ${typeof port}.`);
    }
    return +port | 0;
  }
  // normalizeArgs is node:net's, for listen(): an options object, a pipe's
  // name or a port (and host), and the callback last.
  function normalizeArgs(args) {
    if (args.length === 0) return [{}, null];
    const arg0 = args[0];
    let options = {};
    if (typeof arg0 === 'object' && arg0 !== null) {
      options = arg0;
    } else if (typeof arg0 === 'string' && !(Number(arg0) >= 0)) {
      options.path = arg0; // a pipe's name
    } else {
      options.port = arg0;
      if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
    }
    const cb = args[args.length - 1];
    return [options, typeof cb === 'function' ? cb : null];
  }
  const multipleForbiddenHeaders = ['host', 'content-type', 'user-agent', 'referer', 'authorization', 'proxy-authorization',
    'if-modified-since', 'if-unmodified-since', 'from', 'location', 'max-forwards'];
  // splitHeaderValue is the value up to its first comma outside quotes
  // (fetch joins repeated headers that Node keeps the first of).
  function splitHeaderValue(value) {
    let quoted = false;
    for (let i = 0; i < value.length; i++) {
      const c = value[i];
      if (c === '"') quoted = !quoted;
      else if (c === '\\' && quoted) i++;
      else if (!quoted && c === ',') return value.slice(0, i);
    }
    return value;
  }
  let fetchResponseOf;
  class Server extends EventEmitter {
    [kIncomingMessage] = IncomingMessage;
    [kServerResponse] = ServerResponse;
    [kConnectionsCheckingInterval];
    [kUniqueHeaders] = null;
    httpAllowHalfOpen = false;
    timeout = 0;
    maxHeadersCount = null;
    maxRequestsPerSocket = 0;
    connectionsCheckingInterval = 30000;
    requestTimeout = 300000;
    headersTimeout = 60000;
    requireHostHeader = false;
    joinDuplicateHeaders = false;
    rejectNonStandardBodyWrites = false;
    keepAliveTimeout = 5000;
    keepAliveTimeoutBuffer = 1000;
    highWaterMark = 65536;
    #port = null;
    constructor(options, requestListener) {
      if (!serverOn) throw E.notImplemented('Server');
      super({ captureRejections: true });
      if (options != null) storeHTTPOptions.call(this, options);
      if (options?.highWaterMark !== undefined) {
        validateNumber(options.highWaterMark, 'options.highWaterMark');
        if (options.highWaterMark > 0) this.highWaterMark = options.highWaterMark;
      }
      if (typeof options === 'function') {
        requestListener = options;
        options = {};
      } else if (options == null) {
        options = {};
      } else {
        validateObject(options, 'options');
      }
      if (requestListener) this.on('request', requestListener);
      this[kUniqueHeaders] = parseUniqueHeadersOption(options.uniqueHeaders);
    }
    close(callback) {
      httpServerPreClose(this);
      if (this.#port != null) {
        ports.delete(this.#port);
        this.#port = null;
      }
      if (typeof callback === 'function') this.once('close', callback);
      tick(() => { this.emit('close'); });
      return this;
    }
    closeAllConnections() {}
    closeIdleConnections() {}
    setTimeout(msecs, callback) {
      if (typeof msecs === 'function') {
        callback = msecs;
        msecs = undefined;
      } else if (typeof msecs === 'number') {
        this.timeout = msecs;
      }
      if (typeof callback === 'function') this.once('timeout', callback);
      return this;
    }
    [EventEmitter.captureRejectionSymbol](err, event, ...args) {
      if (event === 'request') {
        args[1].destroy(err);
        return;
      }
      if (event === 'error') {
        tick(() => { throw err; });
        return;
      }
      this.emit('error', err);
    }
    async #onRequest(request, env, ctx) {
      const { incoming, response } = this.#toReqRes(request, env, ctx);
      try {
        this.emit('connection', this, incoming);
        this.emit('request', incoming, response);
        return await fetchResponseOf(response);
      } catch (error) {
        response.destroy(error);
        throw error;
      }
    }
    #toReqRes(request, env, ctx) {
      const incoming = new this[kIncomingMessage]();
      setSocket(incoming, request.headers, this.#port);
      const url = new URL(request.url);
      incoming.url = url.pathname + url.search;
      const headers = [];
      for (const [key, value] of request.headers) {
        headers.push(key, multipleForbiddenHeaders.includes(key) ? splitHeaderValue(value) : value);
      }
      incoming._addHeaderLines(headers, headers.length);
      incoming.method = request.method;
      setRequestBody(incoming, request.body);
      incoming.cloudflare = { env, ctx };
      if ('cf' in request) incoming.cloudflare.cf = request.cf;
      const response = new this[kServerResponse](incoming, { highWaterMark: this.highWaterMark, rejectNonStandardBodyWrites: this.rejectNonStandardBodyWrites });
      if (request.method === 'HEAD') response._hasBody = false;
      return { incoming, response };
    }
    listen(...args) {
      const [options, callback] = normalizeArgs(args);
      let port;
      if (typeof options.port === 'number' || typeof options.port === 'string') port = validatePort(options.port, 'options.port');
      if (port == null) port = 0;
      if (this.#port != null) throw E.alreadyListen();
      if (callback !== null) this.once('listening', callback);
      const host = typeof options.host === 'string' ? options.host : '127.0.0.1';
      if (port === 0) {
        port = ephemeralPort();
        if (port === 0) throw new EADDRINUSE(host, port);
      }
      if (ports.has(port)) throw new EADDRINUSE(host, port);
      this.#port = port;
      ports.set(port, { fetch: this.#onRequest.bind(this) });
      tick(() => { this.emit('listening'); });
      return this;
    }
    getConnections(callback) {
      if (callback) {
        validateFunction(callback, 'callback');
        tick(() => { callback(null, 0); });
      }
      return this;
    }
    ref() { return this; }
    unref() { return this; }
    get listening() { return this.#port != null; }
    address() {
      if (this.#port == null) return null;
      return { port: this.#port, family: 'IPv4', address: '127.0.0.1' };
    }
    get maxConnections() { return Infinity; }
    get connections() { return 0; }
    async [Symbol.asyncDispose]() {
      const { promise, resolve } = Promise.withResolvers();
      this.close(resolve);
      return promise;
    }
  }
  const prematureClose = () => makeError(Error, 'ERR_STREAM_PREMATURE_CLOSE', 'Premature close');
  class ServerResponse extends OutgoingMessage {
    [kOutHeaders] = null;
    statusCode = 200;
    statusMessage;
    #fetchResponse;
    static {
      fetchResponseOf = (response) => response.#fetchResponse;
    }
    constructor(req, options = {}) {
      if (!serverOn) throw E.notImplemented('ServerResponse');
      super(req, options);
      if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
        this.useChunkedEncodingByDefault = chunkExpression.test(req.headers.te ?? '');
        this.shouldKeepAlive = false;
      }
      const { promise, resolve, reject } = Promise.withResolvers();
      let controller = null;
      const chunks = [];
      let written = 0, contentLength = null;
      this.on('_dataWritten', (events) => {
        if (this.destroyed) return;
        for (const event of events) {
          let chunk = this.#dataOf(event);
          if (contentLength !== null && written + chunk.length > contentLength) {
            const rest = contentLength - written;
            if (rest <= 0) continue;
            chunk = chunk.slice(0, rest);
          }
          written += chunk.length;
          if (chunk.length === 0) continue;
          const copy = new Uint8Array(chunk);
          if (controller) controller.enqueue(copy);
          else chunks[event.index] = copy;
        }
      });
      this.once('error', reject);
      this.once('close', () => { reject(prematureClose()); });
      this.once('_headersSent', ({ statusCode, statusMessage, headers }) => {
        for (const [name, value] of headers) {
          if (name.length === 14 && name.toLowerCase() === 'content-length') {
            contentLength = parseInt(value, 10);
            break;
          }
        }
        resolve(this.#toFetchResponse(statusCode, statusMessage, headers, (c) => {
          controller = c;
          for (const chunk of chunks) if (chunk !== undefined) c.enqueue(chunk);
          chunks.length = 0;
        }));
      });
      this.once('finish', () => { tick(() => { this.#emitClose(); }); });
      this.#fetchResponse = promise;
      promise.catch(() => {});
    }
    #emitClose() {
      if (this._closed) return;
      this.destroyed = true;
      this._closed = true;
      this.emit('close');
    }
    destroy(err) {
      if (this.destroyed) return this;
      if (this.writableEnded) {
        this.destroyed = true;
        this[kErrored] = err;
        return this;
      }
      super.destroy(err);
      tick(() => { this.#emitClose(); });
      return this;
    }
    #toFetchResponse(status, statusText, headers, onStart) {
      let body = null;
      if (this._hasBody) {
        body = new ReadableStream({
          type: 'bytes',
          start: (c) => {
            onStart(c);
            let settled = false;
            this.once('finish', () => { if (!settled) { settled = true; c.close(); } });
            this.on('error', (err) => { if (!settled) { settled = true; c.error(err); } });
            this.once('close', () => { if (!settled) { settled = true; c.error(this.errored ?? prematureClose()); } });
          },
          cancel: (reason) => { this.destroy(reason); },
        });
      }
      return new Response(body, { status, statusText, headers });
    }
    #dataOf({ index, entry: { data, encoding } }) {
      if (typeof data === 'string') {
        if (index === 0) data = data.slice(this.writtenHeaderBytes);
        return Buffer.from(data, encoding ?? undefined);
      }
      return data ?? Buffer.alloc(0);
    }
    assignSocket(socket) { throw E.notImplemented('assignSocket'); }
    detachSocket(socket) { throw E.notImplemented('detachSocket'); }
    writeContinue(cb) { throw E.notImplemented('writeContinue'); }
    writeProcessing(cb) { throw E.notImplemented('writeProcessing'); }
    writeEarlyHints(hints, cb) { throw E.notImplemented('writeEarlyHints'); }
    _implicitHeader() { this.writeHead(this.statusCode); }
    writeHead(statusCode, reason, obj) {
      if (this._header) throw E.headersSent('write');
      const original = statusCode;
      statusCode |= 0;
      if (statusCode < 200 || statusCode > 999) throw E.statusCode(original);
      if (typeof reason === 'string') {
        this.statusMessage = reason;
      } else {
        this.statusMessage ||= STATUS_CODES[`${statusCode}`] || 'unknown';
        obj ??= reason;
      }
      this.statusCode = statusCode;
      let headers;
      if (this[kOutHeaders]) {
        if (Array.isArray(obj)) {
          if (obj.length % 2 !== 0) throw invalidArgValue('headers', obj);
          for (let n = 0; n < obj.length; n += 2) this.removeHeader(`${obj[n]}`);
          for (let n = 0; n < obj.length; n += 2) this.appendHeader(`${obj[n]}`, obj[n + 1]);
        } else if (obj) {
          for (const key of Object.keys(obj)) if (obj[key]) this.setHeader(key, obj[key]);
        }
        headers = this[kOutHeaders];
      } else {
        headers = obj;
      }
      if (_checkInvalidHeaderChar(this.statusMessage)) throw E.invalidChar('statusMessage');
      if (statusCode === 204 || statusCode === 304) this._hasBody = false;
      this._storeHeader(`HTTP/1.1 ${statusCode} ${this.statusMessage}\r\n`, headers ?? null);
      return this;
    }
    writeHeader = this.writeHead.bind(this);
  }
  function setupConnectionsTracking() { throw E.notImplemented('setupConnectionsTracking'); }
  function storeHTTPOptions(options) {
    this[kIncomingMessage] = options.IncomingMessage || IncomingMessage;
    this[kServerResponse] = options.ServerResponse || ServerResponse;
    if (options.maxHeaderSize !== undefined) {
      validateInteger(options.maxHeaderSize, 'maxHeaderSize', 0);
      throw E.optionNotImplemented('maxHeaderSize');
    }
    if (options.insecureHTTPParser !== undefined) validateBoolean(options.insecureHTTPParser, 'options.insecureHTTPParser');
    const { requestTimeout, headersTimeout } = options;
    if (requestTimeout !== undefined) {
      validateInteger(requestTimeout, 'requestTimeout', 0);
      this.requestTimeout = requestTimeout;
    } else {
      this.requestTimeout = 300000;
    }
    if (headersTimeout !== undefined) {
      validateInteger(headersTimeout, 'headersTimeout', 0);
      this.headersTimeout = headersTimeout;
    } else {
      this.headersTimeout = Math.min(60000, this.requestTimeout);
    }
    if (this.requestTimeout > 0 && this.headersTimeout > 0 && this.headersTimeout > this.requestTimeout) {
      throw outOfRange('headersTimeout', '<= requestTimeout', headersTimeout);
    }
    if (options.keepAliveTimeout !== undefined) {
      validateInteger(options.keepAliveTimeout, 'keepAliveTimeout', 0);
      throw E.optionNotImplemented('keepAliveTimeout');
    }
    if (options.keepAliveTimeoutBuffer !== undefined) {
      validateInteger(options.keepAliveTimeoutBuffer, 'keepAliveTimeoutBuffer');
      throw E.optionNotImplemented('keepAliveTimeoutBuffer');
    }
    if (options.connectionsCheckingInterval !== undefined) {
      validateInteger(options.connectionsCheckingInterval, 'connectionsCheckingInterval', 0);
      throw E.optionNotImplemented('connectionsCheckingInterval');
    }
    if (options.requireHostHeader !== undefined) {
      validateBoolean(options.requireHostHeader, 'options.requireHostHeader');
      this.requireHostHeader = options.requireHostHeader;
    } else {
      this.requireHostHeader = true;
    }
    if (options.joinDuplicateHeaders !== undefined) validateBoolean(options.joinDuplicateHeaders, 'options.joinDuplicateHeaders');
    this.joinDuplicateHeaders = options.joinDuplicateHeaders ?? false;
    if (options.rejectNonStandardBodyWrites !== undefined) {
      validateBoolean(options.rejectNonStandardBodyWrites, 'options.rejectNonStandardBodyWrites');
      this.rejectNonStandardBodyWrites = options.rejectNonStandardBodyWrites;
    } else {
      this.rejectNonStandardBodyWrites = false;
    }
  }
  function _connectionListener() { throw E.notImplemented('_connectionListener'); }
  function httpServerPreClose(server) {
    server.closeIdleConnections();
    clearInterval(server[kConnectionsCheckingInterval]);
  }
  function createServer(options, handler) {
    if (!serverOn) throw E.notImplemented('createServer');
    return new Server(options, handler);
  }
  const parsers = { name: 'parsers', max: 1000 };

  function request(url, options, cb) { return new ClientRequest(url, options, cb); }
  function get(url, options, cb) {
    const req = request(url, options, cb);
    req.end();
    return req;
  }

  module.exports = {
    E, METHODS, STATUS_CODES, validateHeaderName, validateHeaderValue, _checkIsHttpToken, _checkInvalidHeaderChar,
    chunkExpression, Agent, globalAgent, OutgoingMessage, IncomingMessage, ClientRequest, request, get,
    kUniqueHeaders, kHighWaterMark, kOutHeaders, kServerResponse, kIncomingMessage, kConnectionsCheckingInterval,
    parseUniqueHeadersOption, Server, ServerResponse, createServer, setupConnectionsTracking, storeHTTPOptions,
    _connectionListener, httpServerPreClose, parsers, serverOn, ports, urlToHttpOptions,
  };
})
