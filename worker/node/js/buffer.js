// node:buffer: Buffer, a Uint8Array with Node's methods, as workerd has it.
(function (binding, require, module) {
  'use strict';
  const errors = require('internal/errors');
  const kMaxLength = 2 ** 31 - 1;
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
    if (Number.isNaN(size)) throw errors.invalidArgValue('size', size, undefined, RangeError);
    if (size >= kMaxLength) throw errors.outOfRange('size', '0 to ' + kMaxLength, size);
    if (size < 0) throw new RangeError('Invalid typed array length: ' + size);
  }

  const statics = {
    poolSize: 0,
    from(value, encodingOrOffset, length) {
      if (typeof value === 'string') return fromString(value, encodingOrOffset);
      if (typeof value === 'object' && value !== null) {
        if (value instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && value instanceof SharedArrayBuffer)) {
          let off = encodingOrOffset === undefined ? 0 : +encodingOrOffset;
          if (Number.isNaN(off)) off = 0;
          // V8's message for a typed array's negative offset.
          if (off < 0) throw new RangeError('Start offset ' + off + ' is outside the bounds of the buffer');
          const maxLength = value.byteLength - off;
          if (maxLength < 0) throw errors.makeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"offset" is outside of buffer bounds');
          let len = maxLength;
          if (length !== undefined) {
            len = +length;
            if (len > 0) {
              if (len > maxLength) throw errors.makeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"length" is outside of buffer bounds');
            } else len = 0;
          }
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
      if (fill !== undefined) {
        if (encoding !== undefined) errors.validateString(encoding, 'encoding');
        return b.fill(fill, encoding);
      }
      return b;
    },
    allocUnsafe(size) { validateSize(size); return new FastBuffer(size); },
    allocUnsafeSlow: undefined, // below
    isBuffer(b) { return b instanceof Buffer; },
    compare(a, b) { return compareBuffers(a, b); },
    isEncoding(enc) { return typeof enc === 'string' && enc.length !== 0 && normEncoding(enc) !== undefined; },
    concat(list, totalLength) {
      if (!Array.isArray(list)) {
        throw errors.invalidArgType('list', '(Buffer|Uint8Array)[]', list);
      }
      if (list.length === 0) return new FastBuffer(0);
      if (totalLength === undefined) {
        totalLength = 0;
        for (let i = 0; i < list.length; i++) {
          if (list[i].length === undefined) {
            throw errors.invalidArgType('list', '(Buffer|Uint8Array)[]', list[i]);
          }
          totalLength += list[i].length;
        }
      }
      validateOffset(totalLength, 'length', 0, Number.MAX_SAFE_INTEGER);
      // workerd's native concat: its own message for an element that is
      // no Uint8Array.
      for (let i = 0; i < list.length; i++) {
        if (!(list[i] instanceof Uint8Array)) throw new TypeError('Incorrect type for array element ' + i + ": the provided value is not of type 'Uint8Array'.");
      }
      const out = Buffer.alloc(totalLength);
      let pos = 0;
      for (let i = 0; i < list.length && pos < totalLength; i++) {
        const b = list[i];
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
      switch (e) {
        case 'ascii': case 'latin1': case 'binary': return string.length;
        case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return string.length * 2;
        case 'hex': return string.length >>> 1;
        case 'base64': case 'base64url': {
          // From the length alone, as Node counts: 3/4 of the characters
          // less up to two trailing '='.
          let len = string.length;
          if (string.charCodeAt(len - 1) === 0x3d) len--;
          if (len > 1 && string.charCodeAt(len - 1) === 0x3d) len--;
          return (len * 3) >>> 2;
        }
      }
      return binding.byteLength(string, e);
    },
  };
  statics.allocUnsafeSlow = statics.allocUnsafe; // one function in workerd, named allocUnsafe
  for (const k of Object.keys(statics)) {
    // Enumerable, as workerd's (assigned): safer-buffer and iconv-lite copy them with for-in.
    // poolSize is read-only and fixed in workerd.
    const fixed = k === 'poolSize';
    Object.defineProperty(Buffer, k, { value: statics[k], writable: !fixed, enumerable: true, configurable: !fixed });
  }

  function fromString(s, enc) {
    const e = checkEncoding(typeof enc === 'string' ? enc : undefined);
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
  // Buffer.compare and buf.equals: workerd names the arguments a and b and
  // shows the type of the wrong one, not the value.
  function compareBuffers(a, b) {
    if (!(a instanceof Uint8Array)) throw errors.invalidArgType('a', ['Buffer', 'Uint8Array'], typeof a);
    if (!(b instanceof Uint8Array)) throw errors.invalidArgType('b', ['Buffer', 'Uint8Array'], typeof b);
    if (a === b) return 0;
    return compareBytes(a, 0, a.length, b, 0, b.length);
  }
  function compareBytes(a, as, ae, b, bs, be) {
    const n = Math.min(ae - as, be - bs);
    for (let i = 0; i < n; i++) {
      if (a[as + i] !== b[bs + i]) return a[as + i] < b[bs + i] ? -1 : 1;
    }
    return (ae - as) < (be - bs) ? -1 : (ae - as) > (be - bs) ? 1 : 0;
  }
  // indexOf and lastIndexOf: Node's coercion of byteOffset (an encoding in
  // its place, int32 clamping, NaN for the whole buffer) and its start
  // position rules (negative from the end, an empty needle found where the
  // search starts).
  function indexOfImpl(buf, val, byteOffset, encoding, dir) {
    if (typeof byteOffset === 'string') { encoding = byteOffset; byteOffset = undefined; }
    else if (byteOffset > 0x7fffffff) byteOffset = 0x7fffffff;
    else if (byteOffset < -0x80000000) byteOffset = -0x80000000;
    byteOffset = +byteOffset;
    const n = buf.length;
    if (Number.isNaN(byteOffset)) byteOffset = dir ? 0 : n;
    if (typeof val === 'number') {
      val = (val >>> 0) & 0xff;
      return dir ? Uint8Array.prototype.indexOf.call(buf, val, byteOffset) : Uint8Array.prototype.lastIndexOf.call(buf, val, byteOffset);
    }
    if (typeof val !== 'string' && !(val instanceof Uint8Array)) throw errors.invalidArgType('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
    const needle = typeof val === 'string' ? fromString(val, checkEncoding(encoding)) : val;
    const m = needle.length;
    let start = Math.trunc(byteOffset);
    if (start < 0) {
      if (start + n >= 0) start += n;
      else if (dir || m === 0) start = 0;
      else return -1;
    } else if (start + m > n) {
      if (m === 0) start = n;
      else if (dir) return -1;
      else start = n - 1;
    }
    if (m === 0) return start;
    if (n === 0 || m > n) return -1;
    if (dir) {
      for (let i = start; i + m <= n; i++) if (matchAt(buf, needle, i)) return i;
    } else {
      for (let i = Math.min(start, n - m); i >= 0; i--) if (matchAt(buf, needle, i)) return i;
    }
    return -1;
  }
  function matchAt(buf, needle, i) {
    for (let j = 0; j < needle.length; j++) if (buf[i + j] !== needle[j]) return false;
    return true;
  }
  function swap(buf, size) {
    if (buf.length % size !== 0) throw errors.makeError(RangeError, 'ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of ' + (size * 8) + '-bits');
    for (let i = 0; i < buf.length; i += size) {
      for (let a = i, b = i + size - 1; a < b; a++, b--) { const t = buf[a]; buf[a] = buf[b]; buf[b] = t; }
    }
    return buf;
  }
  // The encoding-named slices and writes check their bounds as workerd's
  // do; write and toString call the unchecked forms.
  function sliceOf(enc) {
    return function (start, end) {
      validateOffset(start, 'start', 0, this.length);
      validateOffset(end, 'end', 0, this.length);
      return binding.decode(this, enc, start, end);
    };
  }
  function writeOf(enc) {
    const unchecked = rawWrite(enc);
    return function (string, offset, length) {
      offset ??= 0;
      length ??= this.length;
      validateOffset(offset, 'offset', 0, this.length);
      validateOffset(length, 'length', 0, this.length - offset);
      return unchecked.call(this, String(string), offset, length);
    };
  }
  function rawWrite(enc) {
    return function (string, offset, length) {
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
      const len = this.length;
      if (start === undefined || start <= 0) start = 0;
      else if (start >= len) return '';
      else start |= 0;
      if (end === undefined || end > len) end = len;
      else end |= 0;
      if (end <= start) return '';
      if (encoding === null) throw errors.unknownEncoding(encoding);
      return binding.decode(this, checkEncoding(encoding), start, end);
    },
    toLocaleString: null, // toString itself (below)
    equals(other) { return compareBuffers(this, other) === 0; },
    inspect(recurseTimes, ctx) {
      if (this instanceof Uint8Array) return binding.inspectBuffer(this);
      // Anything else gets workerd's own steps: its byteLength read (which
      // throws for undefined and on a typed array's prototype), then the
      // hex of its toString in pairs.
      if (this === undefined || this === null) throw new TypeError(`Cannot read properties of ${this} (reading 'byteLength')`);
      const n = this.byteLength;
      let str = String(this.toString('hex', 0, INSPECT_MAX_BYTES)).replace(/(.{2})/g, '$1 ').trim();
      if (n > INSPECT_MAX_BYTES) str += ` ... ${n - INSPECT_MAX_BYTES} more byte${n - INSPECT_MAX_BYTES > 1 ? 's' : ''}`;
      return `<Buffer ${str}>`;
    },
    compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
      if (!(target instanceof Uint8Array)) throw errors.invalidArgType('target', ['Buffer', 'Uint8Array'], target);
      if (targetStart === undefined) targetStart = 0; else validateOffset(targetStart, 'targetStart', 0, kMaxLength);
      if (targetEnd === undefined) targetEnd = target.length; else validateOffset(targetEnd, 'targetEnd', 0, target.length);
      if (sourceStart === undefined) sourceStart = 0; else validateOffset(sourceStart, 'sourceStart', 0, kMaxLength);
      if (sourceEnd === undefined) sourceEnd = this.length; else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
      if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
      if (targetStart >= targetEnd) return 1;
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
    slice(start, end) {
      const len = this.length;
      start = ~~start;
      end = end === undefined ? len : ~~end;
      if (start < 0) { start += len; if (start < 0) start = 0; } else if (start > len) start = len;
      if (end < 0) { end += len; if (end < 0) end = 0; } else if (end > len) end = len;
      if (end < start) end = start;
      return this.subarray(start, end);
    },
  };
  proto.write = function write(string, offset, length, encoding) {
    string = String(string);
    if (offset === undefined) return rawWrite('utf8').call(this, string, 0, this.length);
    if (length === undefined && typeof offset === 'string') {
      encoding = offset;
      length = this.length;
      offset = 0;
    } else {
      validateOffset(offset, 'offset', 0, this.length);
      const remaining = this.length - offset;
      if (length === undefined) length = remaining;
      else if (typeof length === 'string') { encoding = length; length = remaining; }
      else {
        validateOffset(length, 'length', 0, this.length);
        if (length > remaining) length = remaining;
      }
    }
    return rawWrite(encoding ? checkEncoding(encoding) : 'utf8').call(this, string, offset, length);
  };

  // Readers and writers, with Node's checks in Node's order: the offset's
  // type, integer-ness and range (0 to the length, "&&" in the message),
  // then, for a writer, the value's range, then whether the bytes fit
  // ("and <=" the last offset that fits, or ERR_BUFFER_OUT_OF_BOUNDS).
  function validateOffset(value, name, min, max) {
    if (typeof value !== 'number') throw errors.invalidArgType(name, 'number', value);
    if (!Number.isInteger(value)) throw errors.outOfRange(name, 'an integer', value);
    if (value < min || value > max) throw errors.outOfRange(name, '>= ' + min + ' && <= ' + max, value);
  }
  function boundsError(value, last, type) {
    if (Math.floor(value) !== value) throw errors.outOfRange(type || 'offset', 'an integer', value);
    if (last < 0) throw errors.makeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', 'Attempt to access memory outside buffer bounds');
    throw errors.outOfRange(type || 'offset', '>= ' + (type ? 1 : 0) + ' and <= ' + last, value);
  }
  function checkBounds(buf, offset, size) {
    validateOffset(offset, 'offset', 0, buf.length);
    if (buf[offset] === undefined || buf[offset + size - 1] === undefined) boundsError(offset, buf.length - size);
  }
  function checkValue(value, min, max, size) {
    if (value > max || value < min) {
      const n = typeof min === 'bigint' ? 'n' : '';
      let range;
      if (size <= 4) range = '>= ' + min + n + ' and <= ' + max + n;
      else if (min == 0) range = '>= 0' + n + ' and < 2' + n + ' ** ' + size * 8 + n;
      // workerd's BigInt wording has no "n" after the second 2.
      else range = '>= -(2' + n + ' ** ' + (size * 8 - 1) + n + ') and < 2 ** ' + (size * 8 - 1) + n;
      throw errors.outOfRange('value', range, value);
    }
  }
  const view = (b) => new DataView(b.buffer, b.byteOffset, b.byteLength);
  // Bytes of an integer-valued number as Node's shifts store them: the low
  // 32 bits as ToUint32 gives them, the rest from the value / 2 ** 32.
  function storeInt(buf, value, offset, size, le) {
    let lo = value >>> 0, hi = size > 4 ? Math.floor(value * 2 ** -32) >>> 0 : 0;
    for (let i = 0; i < size; i++) {
      const byte = i < 4 ? (lo >>> (8 * i)) & 255 : (hi >>> (8 * (i - 4))) & 255;
      buf[offset + (le ? i : size - 1 - i)] = byte;
    }
    return offset + size;
  }
  function loadInt(buf, offset, size, le, signed) {
    let v = 0;
    for (let i = 0; i < size; i++) v += buf[offset + (le ? i : size - 1 - i)] * 2 ** (8 * i);
    if (signed && v >= 2 ** (8 * size - 1)) v -= 2 ** (8 * size);
    return v;
  }
  function intRange(size, signed) {
    return signed ? [-(2 ** (8 * size - 1)), 2 ** (8 * size - 1) - 1] : [0, 2 ** (8 * size) - 1];
  }
  function readInt(buf, offset, size, le, signed) {
    checkBounds(buf, offset, size);
    return loadInt(buf, offset, size, le, signed);
  }
  function writeInt(buf, value, offset, size, le, signed) {
    value = +value;
    validateOffset(offset, 'offset', 0, buf.length);
    const [min, max] = intRange(size, signed);
    checkValue(value, min, max, size);
    checkBounds(buf, offset, size);
    return storeInt(buf, value, offset, size, le);
  }
  const reads = {}, writes = {};
  for (const [name, size, signed] of [['UInt8', 1, false], ['UInt16', 2, false], ['UInt32', 4, false], ['Int8', 1, true], ['Int16', 2, true], ['Int32', 4, true]]) {
    for (const le of size === 1 ? [true] : [true, false]) {
      const suffix = size === 1 ? '' : (le ? 'LE' : 'BE');
      reads['read' + name + suffix] = { ['read' + name + suffix](offset = 0) { return readInt(this, offset, size, le, signed); } }['read' + name + suffix];
      writes['write' + name + suffix] = { ['write' + name + suffix](value, offset = 0) { return writeInt(this, value, offset, size, le, signed); } }['write' + name + suffix];
    }
  }
  for (const [name, size, dv] of [['Float', 4, 'Float32'], ['Double', 8, 'Float64']]) {
    for (const le of [true, false]) {
      const suffix = le ? 'LE' : 'BE';
      reads['read' + name + suffix] = { ['read' + name + suffix](offset = 0) { checkBounds(this, offset, size); return view(this)['get' + dv](offset, le); } }['read' + name + suffix];
      // (value, offset): length 2, as workerd's.
      writes['write' + name + suffix] = { ['write' + name + suffix](value, offset) {
        if (offset === undefined) offset = 0;
        value = +value;
        checkBounds(this, offset, size);
        view(this)['set' + dv](offset, value, le);
        return offset + size;
      } }['write' + name + suffix];
    }
  }
  const u32 = 0xffffffffn;
  for (const [name, signed] of [['BigUInt64', false], ['BigInt64', true]]) {
    for (const le of [true, false]) {
      const suffix = le ? 'LE' : 'BE';
      reads['read' + name + suffix] = { ['read' + name + suffix](offset = 0) {
        offset = offset >>> 0;
        checkBounds(this, offset, 8);
        return view(this)[signed ? 'getBigInt64' : 'getBigUint64'](offset, le);
      } }['read' + name + suffix];
      writes['write' + name + suffix] = { ['write' + name + suffix](value, offset = 0) {
        checkValue(value, signed ? -(2n ** 63n) : 0n, signed ? 2n ** 63n - 1n : 2n ** 64n - 1n, 8);
        checkBounds(this, offset, 8);
        // As in Node, a Number is refused by the BigInt arithmetic.
        const lo = Number(value & u32), hi = Number((value >> 32n) & u32);
        storeInt(this, lo, le ? offset : offset + 4, 4, le);
        storeInt(this, hi, le ? offset + 4 : offset, 4, le);
        return offset + 8;
      } }['write' + name + suffix];
    }
  }
  for (const k of Object.keys(reads)) if (k.includes('UInt')) reads[k.replace('UInt', 'Uint')] = reads[k];
  for (const k of Object.keys(writes)) if (k.includes('UInt')) writes[k.replace('UInt', 'Uint')] = writes[k];
  function varSize(byteLength) {
    if (!(byteLength >= 1 && byteLength <= 6) || !Number.isInteger(byteLength)) boundsError(byteLength, 6, 'byteLength');
  }
  function readVar(le, signed, name) {
    return { [name](offset, byteLength) {
      if (offset === undefined) throw errors.invalidArgType('offset', 'number', offset);
      varSize(byteLength);
      return readInt(this, offset, byteLength, le, signed);
    } }[name];
  }
  function writeVar(le, signed, name) {
    return { [name](value, offset, byteLength) {
      varSize(byteLength);
      return writeInt(this, value, offset, byteLength, le, signed);
    } }[name];
  }
  // workerd's key order.
  const order = ['readUIntLE', 'readUintLE', 'readUIntBE', 'readUintBE', 'readUInt8', 'readUint8', 'readUInt16BE', 'readUint16BE',
    'readUInt16LE', 'readUint16LE', 'readUInt32LE', 'readUint32LE', 'readUInt32BE', 'readUint32BE', 'readBigUInt64LE',
    'readBigUint64LE', 'readBigUInt64BE', 'readBigUint64BE', 'readIntLE', 'readIntBE', 'readInt8', 'readInt16LE',
    'readInt16BE', 'readInt32LE', 'readInt32BE', 'readBigInt64LE', 'readBigInt64BE', 'readFloatLE', 'readFloatBE',
    'readDoubleLE', 'readDoubleBE'];
  reads.readUIntLE = reads.readUintLE = readVar(true, false, 'readUIntLE');
  reads.readUIntBE = reads.readUintBE = readVar(false, false, 'readUIntBE');
  reads.readIntLE = readVar(true, true, 'readIntLE');
  reads.readIntBE = readVar(false, true, 'readIntBE');
  writes.writeUIntLE = writes.writeUintLE = writeVar(true, false, 'writeUIntLE');
  writes.writeUIntBE = writes.writeUintBE = writeVar(false, false, 'writeUIntBE');
  writes.writeIntLE = writeVar(true, true, 'writeIntLE');
  writes.writeIntBE = writeVar(false, true, 'writeIntBE');
  for (const k of order) proto[k] = reads[k];
  // The writers' order differs from the readers' for 16-bit values.
  const wOrder = order.map((k) => 'write' + k.slice(4));
  const i16 = wOrder.indexOf('writeUInt16BE');
  wOrder.splice(i16, 4, 'writeUInt16LE', 'writeUint16LE', 'writeUInt16BE', 'writeUint16BE');
  for (const w of wOrder) proto[w] = writes[w];
  const MAX_UINT32 = 2 ** 32;
  function toInteger(n, dflt) {
    n = +(n === undefined ? 0 : n);
    if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) return n % 1 === 0 ? n : Math.floor(n);
    return dflt;
  }
  proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
    if (!(target instanceof Uint8Array)) throw errors.invalidArgType('target', ['Buffer', 'Uint8Array'], target);
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw errors.outOfRange('targetStart', '>= 0', targetStart);
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0) throw errors.outOfRange('sourceStart', '>= 0', sourceStart);
    if (sourceStart >= MAX_UINT32) throw errors.outOfRange('sourceStart', '< ' + MAX_UINT32, sourceStart);
    sourceEnd = toInteger(sourceEnd ?? this.length, 0);
    if (sourceEnd < 0) throw errors.outOfRange('sourceEnd', '>= 0', sourceEnd);
    if (sourceEnd >= MAX_UINT32) throw errors.outOfRange('sourceEnd', '< ' + MAX_UINT32, sourceEnd);
    if (targetStart >= target.length) return 0;
    if (sourceEnd > 0 && sourceEnd < sourceStart) sourceEnd = sourceStart;
    if (sourceEnd === sourceStart || target.length === 0 || this.length === 0) return 0;
    if (sourceEnd > this.length) sourceEnd = this.length;
    if (target.length - targetStart < sourceEnd - sourceStart) sourceEnd = target.length - targetStart + sourceStart;
    const len = sourceEnd - sourceStart;
    if (len <= 0) return 0;
    if (this === target) this.copyWithin(targetStart, sourceStart, sourceEnd);
    else target.set(this.subarray(sourceStart, sourceEnd), targetStart);
    return len;
  };
  proto.fill = function fill(value, start, end, encoding) {
    let enc;
    if (typeof value === 'string') {
      if (typeof start === 'string') { encoding = start; start = 0; end = this.length; }
      else if (typeof end === 'string') { encoding = end; end = this.length; }
      enc = checkEncoding(encoding);
    }
    if (start !== undefined) errors.validateNumber(start, 'start');
    if (end !== undefined) errors.validateNumber(end, 'end');
    if (end < 0 || end > this.length) throw errors.outOfRange('end', '0 to ' + this.length, end);
    if (start < 0 || this.length < start || this.length < end) throw errors.outOfRange('start', '0 to end', start);
    if (end <= start) return this;
    start = start >>> 0;
    end = end === undefined ? this.length : end >>> 0;
    let bytes;
    if (typeof value === 'string') {
      bytes = new Uint8Array(binding.encode(value, enc));
      // workerd's native fill: an empty string fills with zeros, a hex
      // string with no whole byte is refused.
      if (bytes.length === 0) {
        if (enc === 'hex' && value.length !== 0) throw new TypeError('The text is not valid hex');
        Uint8Array.prototype.fill.call(this, 0, start, end);
        return this;
      }
    } else if (ArrayBuffer.isView(value)) {
      if (value.byteLength === 0) throw errors.invalidArgValue('value', 'zero-length');
      bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    } else {
      if (typeof value === 'number') value = value & 255;
      else if (typeof value === 'boolean') value = Number(value);
      Uint8Array.prototype.fill.call(this, value ?? 0, start, end);
      return this;
    }
    for (let i = start, j = 0; i < end; i++, j = (j + 1) % bytes.length) this[i] = bytes[j];
    return this;
  };
  for (const k of Object.keys(proto)) {
    const d = Object.getOwnPropertyDescriptor(proto, k);
    if (d.get) {
      // parent and offset: workerd's getters are named get, and are not configurable.
      Object.defineProperty(d.get, 'name', { value: 'get' });
      Object.defineProperty(Buffer.prototype, k, { get: d.get, enumerable: true, configurable: false });
      continue;
    }
    // The encodings' slices and writes are named as their methods (sliceOf and writeOf make them).
    if (typeof d.value === 'function' && d.value.name === '') Object.defineProperty(d.value, 'name', { value: k });
    // toLocaleString is toString itself, as in workerd.
    const value = k === 'toLocaleString' ? proto.toString : d.value;
    Object.defineProperty(Buffer.prototype, k, { value, writable: true, enumerable: true, configurable: true });
  }
  Object.defineProperty(Buffer.prototype, Symbol.for('nodejs.util.inspect.custom'), { value: Buffer.prototype.inspect, writable: true, configurable: true });
  binding.registerBuffer(Buffer.prototype, INSPECT_MAX_BYTES);

  function boundNoArgs(f) {
    const b = f.bind(globalThis);
    Object.defineProperty(b, 'length', { value: 0 });
    return b;
  }
  function SlowBuffer(size) { return Buffer.allocUnsafeSlow(size); }
  SlowBuffer.prototype = Buffer.prototype;
  const exp = {
    // Bound functions of no declared argument, as workerd's (bound atob, length 0).
    atob: boundNoArgs(globalThis.atob), btoa: boundNoArgs(globalThis.btoa),
    constants: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength },
    kMaxLength, kStringMaxLength,
    Blob: globalThis.Blob, Buffer, File: globalThis.File, SlowBuffer,
    isAscii(input) { for (const c of viewOf(input, 'isAscii')) if (c > 127) return false; return true; },
    isUtf8(input) { return binding.isUtf8(viewOf(input, 'isUtf8')); },
    transcode(source, from, to) {
      if (!(source instanceof Uint8Array)) throw errors.invalidArgType('source', ['Buffer', 'Uint8Array'], source);
      if (source.length === 0) return Buffer.alloc(0);
      const f = transcodeEncoding(from), t = transcodeEncoding(to);
      const r = f === undefined || t === undefined ? 'U_ILLEGAL_ARGUMENT_ERROR' : binding.transcode(source, f, t);
      if (typeof r === 'string') throw new TranscodeException('Unable to transcode Buffer [' + r + ']', r, icuErrno[r]);
      return new FastBuffer(r[0], 0, r[1]);
    },
    INSPECT_MAX_BYTES,
    resolveObjectURL(id) { throw new Error('resolveObjectURL is not implemented'); },
  };
  // transcodeEncoding is transcode's reading of an encoding: Node's names
  // in any case, undefined, null and '' as utf8, another value by its
  // string (a Symbol throws, as workerd's conversion does).
  function transcodeEncoding(enc) {
    if (enc === undefined || enc === null || enc === '') return 'utf8';
    switch (`${enc}`.toLowerCase()) {
      case 'utf8': case 'utf-8': return 'utf8';
      case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'ucs2';
      case 'latin1': case 'binary': return 'latin1';
      case 'ascii': return 'ascii';
    }
    return undefined;
  }
  // TranscodeException is the Error transcode throws, with ICU's error
  // name as its code and number as its errno.
  const icuErrno = { U_ILLEGAL_ARGUMENT_ERROR: 1, U_INVALID_CHAR_FOUND: 10 };
  class TranscodeException extends Error {
    code;
    errno;
    constructor(message, code = 'U_ILLEGAL_ARGUMENT_ERROR', errno = icuErrno[code]) {
      super(message);
      this.code = code;
      this.errno = errno;
    }
  }
  // viewOf: isAscii and isUtf8 are workerd's native BufferUtil's, which
  // take a view of bytes only.
  function viewOf(input, name) {
    if (!ArrayBuffer.isView(input)) throw new TypeError("Failed to execute '" + name + "' on 'BufferUtil': parameter 1 is not of type 'Uint8Array'.");
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  }
  module.exports = exp;
})
