// node:buffer: Buffer, a Uint8Array with Node's methods, as workerd has it.
(function (binding, require, module) {
  'use strict';
  const errors = require('internal/errors');
  const kMaxLength = 2 ** 32;
  const kStringMaxLength = 2 ** 29 - 24;
  const INSPECT_MAX_BYTES = 50;
  const encodings = ['utf8', 'utf-8', 'hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le'];

  class FastBuffer extends Uint8Array {}

  function normEncoding(enc) {
    if (enc === undefined || enc === null || enc === '') return 'utf8';
    const e = String(enc).toLowerCase();
    if (!encodings.includes(e)) return undefined;
    return e;
  }
  function checkEncoding(enc) {
    const e = normEncoding(enc);
    if (e === undefined) throw errors.unknownEncoding(enc);
    return e;
  }
  function wrap(ab) { return new FastBuffer(ab); }

  function Buffer(arg, encodingOrOffset, length) {
    if (typeof arg === 'number') {
      if (typeof encodingOrOffset === 'string') throw errors.invalidArgType('string', 'string', arg);
      return Buffer.alloc(arg);
    }
    return Buffer.from(arg, encodingOrOffset, length);
  }
  Object.defineProperty(Buffer, 'name', { value: 'Buffer' });
  FastBuffer.prototype.constructor = Buffer;
  Buffer.prototype = FastBuffer.prototype;
  Object.setPrototypeOf(Buffer, Uint8Array);
  Object.defineProperty(Buffer.prototype, 'constructor', { value: Buffer, writable: true, enumerable: false, configurable: true });

  const fromError = (v) => errors.invalidArgType('first argument', ['string', 'Buffer', 'TypedArray', 'ArrayBuffer', 'SharedArrayBuffer', 'Array', 'Array-like Object'], v);

  function validateSize(size) {
    if (typeof size !== 'number') throw errors.invalidArgType('size', 'number', size);
    if (size < 0) throw new RangeError('Invalid typed array length: ' + size);
    if (!(size >= 0 && size <= kMaxLength)) throw errors.outOfRange('size', '>= 0 && <= ' + kMaxLength, size);
  }

  const statics = {
    poolSize: 0,
    from(value, encodingOrOffset, length) {
      if (typeof value === 'string') return fromString(value, encodingOrOffset);
      if (typeof value === 'object' && value !== null) {
        if (value instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && value instanceof SharedArrayBuffer)) {
          const off = encodingOrOffset === undefined ? 0 : +encodingOrOffset || 0;
          if (off > value.byteLength) throw errors.makeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"offset" is outside of buffer bounds');
          const len = length === undefined ? value.byteLength - off : +length || 0;
          if (off + len > value.byteLength) throw errors.makeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"length" is outside of buffer bounds');
          return new FastBuffer(value, off, len);
        }
        if (ArrayBuffer.isView(value)) {
          if (value instanceof Uint8Array) return fromBytes(value);
          return fromArrayLike(value);
        }
        const prim = value.valueOf && value.valueOf();
        if (prim != null && prim !== value && (typeof prim === 'string' || typeof prim === 'object')) return Buffer.from(prim, encodingOrOffset, length);
        if (typeof value.length === 'number' || Array.isArray(value)) return fromArrayLike(value);
        if (value.type === 'Buffer' && Array.isArray(value.data)) return fromArrayLike(value.data);
        if (typeof value[Symbol.toPrimitive] === 'function') {
          const p = value[Symbol.toPrimitive]('string');
          if (typeof p === 'string') return fromString(p, encodingOrOffset);
        }
      }
      throw fromError(value);
    },
    of(...items) { return fromArrayLike(items); },
    alloc(size, fill, encoding) {
      validateSize(size);
      const b = new FastBuffer(size);
      if (fill !== undefined && fill !== 0 && size > 0) b.fill(fill, encoding);
      return b;
    },
    allocUnsafe(size) { validateSize(size); return new FastBuffer(size); },
    allocUnsafeSlow(size) { validateSize(size); return new FastBuffer(size); },
    isBuffer(b) { return b instanceof Buffer; },
    compare(a, b) {
      if (!(a instanceof Uint8Array)) throw errors.invalidArgType('buf1', ['Buffer', 'Uint8Array'], a);
      if (!(b instanceof Uint8Array)) throw errors.invalidArgType('buf2', ['Buffer', 'Uint8Array'], b);
      return compareBytes(a, 0, a.length, b, 0, b.length);
    },
    isEncoding(enc) { return typeof enc === 'string' && enc.length !== 0 && normEncoding(enc) !== undefined; },
    concat(list, totalLength) {
      if (!Array.isArray(list)) {
        const e = errors.invalidArgType('list', 'Array', list);
        e.message = 'The "list" argument must be an (Buffer|Uint8Array)[].' + e.message.slice(e.message.indexOf(' Received'));
        throw e;
      }
      if (list.length === 0) return new FastBuffer(0);
      if (totalLength === undefined) {
        totalLength = 0;
        for (let i = 0; i < list.length; i++) {
          if (!(list[i] instanceof Uint8Array)) throw errors.invalidArgType('list[' + i + ']', ['Buffer', 'Uint8Array'], list[i]);
          totalLength += list[i].length;
        }
      }
      const out = Buffer.alloc(totalLength);
      let pos = 0;
      for (let i = 0; i < list.length && pos < totalLength; i++) {
        const b = list[i];
        if (!(b instanceof Uint8Array)) throw errors.invalidArgType('list[' + i + ']', ['Buffer', 'Uint8Array'], b);
        const n = Math.min(b.length, totalLength - pos);
        out.set(n === b.length ? b : b.subarray(0, n), pos);
        pos += n;
      }
      return out;
    },
    byteLength(string, encoding) {
      if (typeof string !== 'string') {
        if (ArrayBuffer.isView(string) || string instanceof ArrayBuffer) return string.byteLength;
        throw errors.invalidArgType('string', ['string', 'Buffer', 'ArrayBuffer'], string);
      }
      const e = normEncoding(encoding) || 'utf8';
      if (e === 'base64' || e === 'base64url') return binding.encode(string, e).byteLength;
      return binding.byteLength(string, e);
    },
  };
  for (const k of Object.keys(statics)) {
    Object.defineProperty(Buffer, k, { value: statics[k], writable: true, enumerable: k === 'poolSize', configurable: true });
  }

  function fromString(s, enc) {
    const e = checkEncoding(enc);
    return wrap(binding.encode(s, e));
  }
  function fromBytes(u8) {
    const b = new FastBuffer(u8.length);
    b.set(u8);
    return b;
  }
  function fromArrayLike(a) {
    const n = a.length >>> 0;
    const b = new FastBuffer(n);
    for (let i = 0; i < n; i++) b[i] = a[i];
    return b;
  }
  function compareBytes(a, as, ae, b, bs, be) {
    const n = Math.min(ae - as, be - bs);
    for (let i = 0; i < n; i++) {
      if (a[as + i] !== b[bs + i]) return a[as + i] < b[bs + i] ? -1 : 1;
    }
    return (ae - as) < (be - bs) ? -1 : (ae - as) > (be - bs) ? 1 : 0;
  }
  function checkOffset(buf, offset, byteLength) {
    if (offset === undefined) offset = 0;
    if (typeof offset !== 'number') throw errors.invalidArgType('offset', 'number', offset);
    if (!Number.isInteger(offset)) throw errors.outOfRange('offset', 'an integer', offset);
    const max = buf.length - byteLength;
    if (offset < 0 || offset > max) {
      // workerd's two wordings: single bytes against the length, wider
      // values against the last offset that fits.
      if (byteLength === 1) throw errors.outOfRange('offset', '>= 0 && <= ' + buf.length, offset);
      if (max < 0) throw errors.makeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', 'Attempt to access memory outside buffer bounds');
      throw errors.outOfRange('offset', '>= 0 and <= ' + max, offset);
    }
    return offset;
  }
  const view = (b) => new DataView(b.buffer, b.byteOffset, b.byteLength);
  function indexOfImpl(buf, val, byteOffset, encoding, dir) {
    if (typeof byteOffset === 'string') { encoding = byteOffset; byteOffset = undefined; }
    let needle;
    if (typeof val === 'number') needle = [val & 255];
    else if (typeof val === 'string') needle = fromString(val, encoding);
    else if (val instanceof Uint8Array) needle = val;
    else throw errors.invalidArgType('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
    const n = buf.length, m = needle.length;
    let start = byteOffset === undefined ? (dir ? 0 : n - m) : +byteOffset || 0;
    if (start < 0) start += n;
    if (dir) {
      if (m === 0) return Math.min(Math.max(start, 0), n);
      for (let i = Math.max(start, 0); i + m <= n; i++) {
        let ok = true;
        for (let j = 0; j < m; j++) if (buf[i + j] !== needle[j]) { ok = false; break; }
        if (ok) return i;
      }
    } else {
      for (let i = Math.min(start, n - m); i >= 0; i--) {
        let ok = true;
        for (let j = 0; j < m; j++) if (buf[i + j] !== needle[j]) { ok = false; break; }
        if (ok) return i;
      }
    }
    return -1;
  }
  function swap(buf, size) {
    if (buf.length % size !== 0) throw errors.makeError(RangeError, 'ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of ' + (size * 8) + '-bits');
    for (let i = 0; i < buf.length; i += size) {
      for (let a = i, b = i + size - 1; a < b; a++, b--) { const t = buf[a]; buf[a] = buf[b]; buf[b] = t; }
    }
    return buf;
  }
  function sliceOf(enc) {
    return function (start = 0, end = this.length) { return binding.decode(this, enc, start, end); };
  }
  function writeOf(enc) {
    return function (string, offset = 0, length = this.length - offset) {
      const bytes = new Uint8Array(binding.encode(string, enc));
      let n = Math.min(bytes.length, length, this.length - offset);
      // Only whole characters are written.
      if (n < bytes.length) {
        if (enc === 'utf8' || enc === 'utf-8') while (n > 0 && (bytes[n] & 0xc0) === 0x80) n--;
        else if (enc === 'utf16le' || enc === 'ucs2' || enc === 'ucs-2' || enc === 'utf-16le') n -= n % 2;
      }
      this.set(n === bytes.length ? bytes : bytes.subarray(0, n), offset);
      return n;
    };
  }

  const proto = {
    get parent() { return this instanceof Buffer ? this.buffer : undefined; },
    get offset() { return this instanceof Buffer ? this.byteOffset : undefined; },
    swap16() { return swap(this, 2); },
    swap32() { return swap(this, 4); },
    swap64() { return swap(this, 8); },
    toString(encoding, start, end) {
      if (arguments.length === 0) return binding.decode(this, 'utf8', 0);
      const e = checkEncoding(encoding);
      start = start === undefined ? 0 : Math.max(0, start | 0);
      end = end === undefined || end > this.length ? this.length : end | 0;
      if (end <= start) return '';
      return binding.decode(this, e, start, end);
    },
    toLocaleString(encoding, start, end) { return this.toString(...arguments); },
    equals(other) {
      if (!(other instanceof Uint8Array)) throw errors.invalidArgType('otherBuffer', ['Buffer', 'Uint8Array'], other);
      return compareBytes(this, 0, this.length, other, 0, other.length) === 0;
    },
    inspect(recurseTimes, ctx) { return binding.inspectBuffer(this); },
    compare(target, targetStart = 0, targetEnd = target && target.length, sourceStart = 0, sourceEnd = this.length) {
      if (!(target instanceof Uint8Array)) throw errors.invalidArgType('target', ['Buffer', 'Uint8Array'], target);
      return compareBytes(this, sourceStart, sourceEnd, target, targetStart, targetEnd);
    },
    includes(val, byteOffset, encoding) { return indexOfImpl(this, val, byteOffset, encoding, true) !== -1; },
    indexOf(val, byteOffset, encoding) { return indexOfImpl(this, val, byteOffset, encoding, true); },
    lastIndexOf(val, byteOffset, encoding) { return indexOfImpl(this, val, byteOffset, encoding, false); },
    asciiSlice: sliceOf('ascii'), base64Slice: sliceOf('base64'), base64urlSlice: sliceOf('base64url'),
    hexSlice: sliceOf('hex'), latin1Slice: sliceOf('latin1'), ucs2Slice: sliceOf('utf16le'), utf8Slice: sliceOf('utf8'),
    asciiWrite: writeOf('ascii'), base64Write: writeOf('base64'), base64urlWrite: writeOf('base64url'),
    hexWrite: writeOf('hex'), latin1Write: writeOf('latin1'), ucs2Write: writeOf('utf16le'), utf8Write: writeOf('utf8'),
    write: null, // below
    toJSON() { return { type: 'Buffer', data: Array.from(this) }; },
    slice(start, end) { return this.subarray(start, end); },
  };
  proto.write = function write(string, offset, length, encoding) {
    if (typeof string !== 'string') throw errors.invalidArgType('argument', 'string', string);
    if (typeof offset === 'string') { encoding = offset; offset = 0; length = this.length; }
    else if (typeof length === 'string') { encoding = length; length = this.length - (offset || 0); }
    offset = offset === undefined ? 0 : offset;
    if (offset > this.length) throw errors.outOfRange('offset', '>= 0 && <= ' + this.length, offset);
    length = length === undefined ? this.length - offset : length;
    return writeOf(checkEncoding(encoding)).call(this, string, offset, length);
  };

  const ints = [
    ['UInt8', 1, 'Uint8'], ['UInt16', 2, 'Uint16'], ['UInt32', 4, 'Uint32'], ['BigUInt64', 8, 'BigUint64'],
    ['Int8', 1, 'Int8'], ['Int16', 2, 'Int16'], ['Int32', 4, 'Int32'], ['BigInt64', 8, 'BigInt64'],
    ['Float', 4, 'Float32'], ['Double', 8, 'Float64'],
  ];
  const reads = {}, writes = {};
  function addRW(name, size, dv, le) {
    const suffix = size === 1 ? '' : (le ? 'LE' : 'BE');
    const lower = name.replace('UInt', 'Uint');
    const big = dv.startsWith('Big');
    const unsigned = name.includes('UInt');
    const read = function (offset = 0) {
      offset = checkOffset(this, offset, size);
      return view(this)['get' + dv](offset, le);
    };
    const write = function (value, offset = 0) {
      offset = checkOffset(this, offset, size);
      if (!big && dv !== 'Float32' && dv !== 'Float64') {
        const bits = size * 8;
        const min = unsigned ? 0 : -(2 ** (bits - 1)), max = unsigned ? 2 ** bits - 1 : 2 ** (bits - 1) - 1;
        if (value > max || value < min) {
          const range = unsigned ? '>= 0 and <= ' + (bits > 16 ? '2 ** ' + bits + ' - 1' : max) : '>= ' + (bits > 16 ? '-(2 ** ' + (bits - 1) + ')' : min) + ' and <= ' + (bits > 16 ? '2 ** ' + (bits - 1) + ' - 1' : max);
          throw errors.outOfRange('value', range, value);
        }
      }
      view(this)['set' + dv](offset, big ? BigInt(value) : +value, le);
      return offset + size;
    };
    reads['read' + name + suffix] = read;
    writes['write' + name + suffix] = write;
    if (lower !== name) { reads['read' + lower + suffix] = read; writes['write' + lower + suffix] = write; }
  }
  for (const [name, size, dv] of ints) {
    if (size === 1) addRW(name, size, dv, false);
    else { addRW(name, size, dv, true); addRW(name, size, dv, false); }
  }
  function readVar(le, signed) {
    return function (offset, byteLength) {
      if (!(byteLength >= 1 && byteLength <= 6)) throw errors.outOfRange('byteLength', '>= 1 and <= 6', byteLength);
      offset = checkOffset(this, offset, byteLength);
      let v = 0;
      for (let i = 0; i < byteLength; i++) v += this[offset + (le ? i : byteLength - 1 - i)] * 2 ** (8 * i);
      if (signed && v >= 2 ** (8 * byteLength - 1)) v -= 2 ** (8 * byteLength);
      return v;
    };
  }
  function writeVar(le) {
    return function (value, offset, byteLength) {
      if (!(byteLength >= 1 && byteLength <= 6)) throw errors.outOfRange('byteLength', '>= 1 and <= 6', byteLength);
      offset = checkOffset(this, offset, byteLength);
      let v = value < 0 ? value + 2 ** (8 * byteLength) : value;
      for (let i = 0; i < byteLength; i++) {
        this[offset + (le ? i : byteLength - 1 - i)] = v % 256;
        v = Math.floor(v / 256);
      }
      return offset + byteLength;
    };
  }
  // workerd's key order.
  const order = ['readUIntLE', 'readUintLE', 'readUIntBE', 'readUintBE', 'readUInt8', 'readUint8', 'readUInt16BE', 'readUint16BE',
    'readUInt16LE', 'readUint16LE', 'readUInt32LE', 'readUint32LE', 'readUInt32BE', 'readUint32BE', 'readBigUInt64LE',
    'readBigUint64LE', 'readBigUInt64BE', 'readBigUint64BE', 'readIntLE', 'readIntBE', 'readInt8', 'readInt16LE',
    'readInt16BE', 'readInt32LE', 'readInt32BE', 'readBigInt64LE', 'readBigInt64BE', 'readFloatLE', 'readFloatBE',
    'readDoubleLE', 'readDoubleBE'];
  reads.readUIntLE = reads.readUintLE = readVar(true, false);
  reads.readUIntBE = reads.readUintBE = readVar(false, false);
  reads.readIntLE = readVar(true, true);
  reads.readIntBE = readVar(false, true);
  writes.writeUIntLE = writes.writeUintLE = writes.writeIntLE = writeVar(true);
  writes.writeUIntBE = writes.writeUintBE = writes.writeIntBE = writeVar(false);
  for (const k of order) proto[k] = reads[k];
  // The writers' order differs from the readers' for 16-bit values.
  const wOrder = order.map((k) => 'write' + k.slice(4));
  const i16 = wOrder.indexOf('writeUInt16BE');
  wOrder.splice(i16, 4, 'writeUInt16LE', 'writeUint16LE', 'writeUInt16BE', 'writeUint16BE');
  for (const w of wOrder) proto[w] = writes[w];
  proto.copy = function copy(target, targetStart = 0, sourceStart = 0, sourceEnd = this.length) {
    if (!(target instanceof Uint8Array)) throw errors.invalidArgType('target', ['Buffer', 'Uint8Array'], target);
    sourceEnd = Math.min(sourceEnd, this.length);
    const n = Math.max(0, Math.min(sourceEnd - sourceStart, target.length - targetStart));
    if (n > 0) target.set(this.subarray(sourceStart, sourceStart + n), targetStart);
    return n;
  };
  proto.fill = function fill(value, offset = 0, end = this.length, encoding) {
    if (typeof offset === 'string') { encoding = offset; offset = 0; end = this.length; }
    else if (typeof end === 'string') { encoding = end; end = this.length; }
    if (typeof value === 'number') { Uint8Array.prototype.fill.call(this, value & 255, offset, end); return this; }
    if (typeof value === 'boolean') { Uint8Array.prototype.fill.call(this, +value, offset, end); return this; }
    const bytes = typeof value === 'string' ? new Uint8Array(binding.encode(value, checkEncoding(encoding))) : value;
    if (bytes.length === 0) {
      if (typeof value === 'string') throw errors.invalidArgValue('value', value);
      Uint8Array.prototype.fill.call(this, 0, offset, end);
      return this;
    }
    for (let i = offset, j = 0; i < end; i++, j = (j + 1) % bytes.length) this[i] = bytes[j];
    return this;
  };
  for (const k of Object.keys(proto)) {
    const d = Object.getOwnPropertyDescriptor(proto, k);
    if (d.get) Object.defineProperty(Buffer.prototype, k, { get: d.get, enumerable: true, configurable: true });
    else Object.defineProperty(Buffer.prototype, k, { value: d.value, writable: true, enumerable: true, configurable: true });
  }
  Object.defineProperty(Buffer.prototype, Symbol.for('nodejs.util.inspect.custom'), { value: Buffer.prototype.inspect, writable: true, configurable: true });
  binding.registerBuffer(Buffer.prototype, INSPECT_MAX_BYTES);

  function SlowBuffer(size) { return Buffer.allocUnsafeSlow(size); }
  SlowBuffer.prototype = Buffer.prototype;
  const exp = {
    atob: globalThis.atob, btoa: globalThis.btoa,
    constants: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength },
    kMaxLength, kStringMaxLength,
    Blob: globalThis.Blob, Buffer, File: globalThis.File, SlowBuffer,
    isAscii(input) { for (const c of bytesOf(input)) if (c > 127) return false; return true; },
    isUtf8(input) { return binding.isUtf8(bytesOf(input)); },
    transcode(source, from, to) { return fromString(Buffer.from(source).toString(checkEncoding(from)), to); },
    INSPECT_MAX_BYTES,
    resolveObjectURL(id) { return undefined; },
  };
  function bytesOf(input) {
    if (input instanceof ArrayBuffer) return new Uint8Array(input);
    if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    throw errors.invalidArgType('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
  }
  module.exports = exp;
})
