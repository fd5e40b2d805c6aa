// node:crypto, the part mcrepl has: Hash and Hmac (createHash, createHmac,
// Transform streams as in Node;
// hash, getHashes), random bytes and UUIDs, timingSafeEqual, pbkdf2 and hkdf,
// and the Web Crypto global as webcrypto and subtle (docs/nodejs.md).
(function (binding, require, module) {
  'use strict';
  const errors = require('internal/errors');
  const { Buffer } = require('buffer');
  const toBytes = (data, encoding, name) => {
    if (typeof data === 'string') return Buffer.from(data, encoding);
    if (ArrayBuffer.isView(data) || data instanceof ArrayBuffer) return data;
    throw errors.invalidArgType(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  };
  const output = (ab, encoding) => {
    const b = Buffer.from(ab);
    return encoding === undefined || encoding === 'buffer' ? b : b.toString(encoding);
  };
  const kCopy = Symbol('copy');
  // Hash and Hmac are Transform streams, as in Node and workerd (whose
  // hashes are streams from construction, not Node's LazyTransform): what
  // is written is hashed, and the digest is the one chunk read at the end.
  const { Transform } = require('stream');
  class Hash extends Transform {
    #state;
    #done = false;
    constructor(algorithm, options, key) {
      super(algorithm === kCopy ? undefined : options);
      if (algorithm === kCopy) { this.#state = options; return; }
      errors.validateString(algorithm, 'algorithm');
      this.#state = binding.hashNew(algorithm, key);
      if (this.#state === null) throw new Error('Digest method not supported');
    }
    copy(options) {
      if (this.#done) throw errors.makeError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
      const st = binding.hashCopy(this.#state);
      if (st === null) throw new Error('Digest method not supported');
      return new Hash(kCopy, st);
    }
    update(data, inputEncoding) {
      if (this.#done) throw errors.makeError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
      binding.hashUpdate(this.#state, toBytes(data, inputEncoding, 'data'));
      return this;
    }
    digest(outputEncoding) {
      if (this.#done) throw errors.makeError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
      this.#done = true;
      return output(binding.hashDigest(this.#state), outputEncoding);
    }
    _transform(chunk, encoding, callback) {
      this.update(chunk, encoding === 'buffer' ? undefined : encoding);
      callback();
    }
    _flush(callback) {
      this.push(this.digest());
      callback();
    }
  }
  class Hmac extends Hash {
    constructor(hmac, key, options) {
      errors.validateString(hmac, 'hmac');
      if (typeof key !== 'string' && !ArrayBuffer.isView(key) && !(key instanceof ArrayBuffer)) {
        throw errors.invalidArgType('key', ['string', 'ArrayBuffer', 'Buffer', 'ArrayBufferView', 'KeyObject', 'CryptoKey'], key);
      }
      super(hmac, options, toBytes(key, 'utf8', 'key'));
    }
  }
  // Hmac has no copy.
  Object.defineProperty(Hmac.prototype, 'copy', { value: undefined, writable: true, configurable: true });
  // callable(C) is C as Node exports it: a function that may be called
  // without new, sharing C's prototype.
  function callable(C) {
    const f = { [C.name](...args) { return new C(...args); } }[C.name];
    f.prototype = C.prototype;
    return f;
  }
  function createHash(algorithm, options) { return new Hash(algorithm, options); }
  function createHmac(hmac, key, options) { return new Hmac(hmac, key, options); }
  function hash(algorithm, input, outputEncoding = 'hex') { return createHash(algorithm).update(input).digest(outputEncoding); }
  const kMaxLength = 2 ** 31 - 1;
  function randomBytes(size, callback) {
    errors.validateInteger(size, 'size', 0, kMaxLength);
    const b = Buffer.from(binding.randomBytes(size));
    if (callback !== undefined) {
      errors.validateFunction(callback, 'callback');
      Promise.resolve().then(() => callback(null, b));
      return undefined;
    }
    return b;
  }
  function checkFillBuffer(buf) {
    if (!(buf instanceof ArrayBuffer) && !ArrayBuffer.isView(buf) && !(typeof SharedArrayBuffer !== 'undefined' && buf instanceof SharedArrayBuffer)) {
      throw errors.invalidArgType('buffer', ['TypedArray', 'DataView', 'ArrayBuffer', 'SharedArrayBuffer'], buf);
    }
  }
  // randomFillSync returns the filled bytes as workerd does: the view of
  // offset..offset+size, not the whole buffer.
  function randomFillSync(buf, offset, size) {
    checkFillBuffer(buf);
    const max = buf.byteLength;
    if (offset !== undefined) errors.validateInteger(offset, 'offset', 0, kMaxLength); else offset = 0;
    if (size !== undefined) errors.validateInteger(size, 'size', 0, max - offset); else size = max - offset;
    let view = ArrayBuffer.isView(buf) && !(buf instanceof DataView) ? buf : new Uint8Array(buf.buffer || buf, buf.byteOffset || 0, buf.byteLength);
    if (view instanceof ArrayBuffer) view = Buffer.from(view);
    view = view.subarray(offset, offset + size);
    return webcrypto.getRandomValues(view);
  }
  const RAND_MAX = 0xffffffffffff;
  // randomInt([min, ]max[, callback]): workerd's argument forms and checks;
  // a callback gets its number in a promise reaction.
  function randomInt(minOrMax, maxOrCallback, callback) {
    let min, max;
    if (typeof callback === 'function') {
      errors.validateInteger(minOrMax, 'min');
      errors.validateInteger(maxOrCallback, 'max');
      min = minOrMax; max = maxOrCallback;
    } else if (typeof maxOrCallback === 'function') {
      errors.validateInteger(minOrMax, 'max');
      min = 0; max = minOrMax; callback = maxOrCallback;
    } else if (arguments.length === 2) {
      errors.validateInteger(minOrMax, 'min');
      errors.validateInteger(maxOrCallback, 'max');
      min = minOrMax; max = maxOrCallback;
    } else {
      errors.validateInteger(minOrMax, 'max');
      min = 0; max = minOrMax;
    }
    if (min >= max) throw errors.outOfRange('min', 'min < max', min);
    const pick = () => {
      const range = max - min;
      if (!(range <= RAND_MAX)) throw errors.outOfRange('max' + (max ? '' : ' - min'), '<= ' + RAND_MAX, range);
      const limit = RAND_MAX - (RAND_MAX % range);
      for (;;) {
        const bytes = new Uint8Array(binding.randomBytes(6));
        let x = 0;
        for (const c of bytes) x = x * 256 + c;
        if (x < limit) return min + (x % range);
      }
    };
    if (callback != null) {
      new Promise((res) => res(pick())).then((n) => callback(null, n), (err) => callback(err));
      return undefined;
    }
    return pick();
  }
  function timingSafeEqual(a, b) {
    // workerd's timingSafeEqual is its native SubtleCrypto one.
    if (!ArrayBuffer.isView(a) && !(a instanceof ArrayBuffer)) throw new TypeError("Failed to execute 'timingSafeEqual' on 'SubtleCrypto': parameter 1 is not of type 'BufferSource'.");
    if (!ArrayBuffer.isView(b) && !(b instanceof ArrayBuffer)) throw new TypeError("Failed to execute 'timingSafeEqual' on 'SubtleCrypto': parameter 2 is not of type 'BufferSource'.");
    const x = Buffer.from(a.buffer || a, a.byteOffset || 0, a.byteLength), y = Buffer.from(b.buffer || b, b.byteOffset || 0, b.byteLength);
    if (x.length !== y.length) throw new TypeError('Input buffers must have the same byte length.');
    let d = 0;
    for (let i = 0; i < x.length; i++) d |= x[i] ^ y[i];
    return d === 0;
  }
  // The key derivations check their arguments as workerd does; the native
  // side's own messages for an unknown digest or a length it refuses.
  const byteSource = (v, name, types) => {
    if (typeof v === 'string') return Buffer.from(v, 'utf8');
    if (v instanceof ArrayBuffer || ArrayBuffer.isView(v)) return v;
    throw errors.invalidArgType(name, types, v);
  };
  function validateInt32(v, name, min) {
    if (typeof v !== 'number') throw errors.invalidArgType(name, 'number', v);
    if (!Number.isInteger(v)) throw errors.outOfRange(name, 'an integer', v);
    if (v < min || v > 2147483647) throw errors.outOfRange(name, '>= ' + min + ' && <= 2147483647', v);
  }
  function pbkdf2Check(password, salt, iterations, keylen, digest) {
    errors.validateString(digest, 'digest');
    const types = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];
    password = byteSource(password, 'password', types);
    salt = byteSource(salt, 'salt', types);
    validateInt32(iterations, 'iterations', 1);
    validateInt32(keylen, 'keylen', 0);
    return [password, salt];
  }
  function pbkdf2Derive(password, salt, iterations, keylen, digest) {
    const r = binding.pbkdf2(password, salt, iterations, keylen, digest);
    if (r === null) throw new TypeError('Invalid Pbkdf2 digest: ' + digest + '.');
    return Buffer.from(r);
  }
  function pbkdf2Sync(password, salt, iterations, keylen, digest) {
    [password, salt] = pbkdf2Check(password, salt, iterations, keylen, digest);
    return pbkdf2Derive(password, salt, iterations, keylen, digest);
  }
  function pbkdf2(password, salt, iterations, keylen, digest, callback) {
    if (typeof digest === 'function') errors.validateString(undefined, 'digest');
    errors.validateFunction(callback, 'callback');
    [password, salt] = pbkdf2Check(password, salt, iterations, keylen, digest);
    new Promise((res) => res(pbkdf2Derive(password, salt, iterations, keylen, digest))).then((k) => callback(null, k), (err) => callback(err));
  }
  function hkdfCheck(digest, ikm, salt, info, keylen) {
    errors.validateString(digest, 'digest');
    if (typeof ikm === 'string') ikm = Buffer.from(ikm, 'utf8');
    if (!(ikm instanceof ArrayBuffer) && !ArrayBuffer.isView(ikm)) {
      throw errors.invalidArgType('ikm', ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], ikm);
    }
    const types = ['string', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'];
    salt = byteSource(salt, 'salt', types);
    info = byteSource(info, 'info', types);
    errors.validateInteger(keylen, 'length', 0, kMaxLength);
    if (info.byteLength > 1024) throw errors.outOfRange('info', 'must not contain more than 1024 bytes', info.byteLength);
    return [ikm, salt, info];
  }
  function hkdfDerive(digest, ikm, salt, info, keylen) {
    const f = binding.hashNew(digest);
    if (f === null) throw new TypeError('Invalid Hkdf digest: ' + digest);
    const size = binding.hashDigest(f).byteLength;
    if (keylen > 255 * size) throw new RangeError('Invalid Hkdf key length');
    return binding.hkdf(digest, ikm, salt, info, keylen);
  }
  function hkdfSync(digest, ikm, salt, info, keylen) {
    [ikm, salt, info] = hkdfCheck(digest, ikm, salt, info, keylen);
    return hkdfDerive(digest, ikm, salt, info, keylen);
  }
  function hkdf(digest, ikm, salt, info, keylen, callback) {
    [ikm, salt, info] = hkdfCheck(digest, ikm, salt, info, keylen);
    errors.validateFunction(callback, 'callback');
    new Promise((res) => res(hkdfDerive(digest, ikm, salt, info, keylen))).then((k) => callback(null, k), (err) => callback(err));
  }
  const webcrypto = globalThis.crypto;
  module.exports = {
    getRandomValues(array) { return webcrypto.getRandomValues(array); },
    pseudoRandomBytes: randomBytes,
    randomBytes, randomFillSync,
    randomFill(buf, offsetOrCallback, sizeOrCallback, callback) {
      checkFillBuffer(buf);
      const max = buf.byteLength;
      let offset = 0, size = 0;
      if (typeof callback === 'function') {
        errors.validateInteger(offsetOrCallback, 'offset', 0, max);
        offset = offsetOrCallback;
        errors.validateInteger(sizeOrCallback, 'size', 0, max - offset);
        size = sizeOrCallback;
      } else if (typeof sizeOrCallback === 'function') {
        errors.validateInteger(offsetOrCallback, 'offset', 0, max);
        offset = offsetOrCallback; size = max - offset; callback = sizeOrCallback;
      } else if (typeof offsetOrCallback === 'function') {
        size = max; callback = offsetOrCallback;
      }
      errors.validateFunction(callback, 'callback');
      new Promise((res) => { randomFillSync(buf, offset, size); res(); }).then(() => callback(null, buf), (err) => callback(err));
    },
    randomInt,
    randomUUID(options) {
      if (options !== undefined) {
        errors.validateObject(options, 'options');
        if (options.disableEntropyCache !== undefined && typeof options.disableEntropyCache !== 'boolean') {
          throw errors.invalidArgType('options.disableEntropyCache', 'boolean', options.disableEntropyCache);
        }
      }
      return webcrypto.randomUUID();
    },
    Hash: callable(Hash), Hmac: callable(Hmac), createHash, createHmac,
    getHashes() { return binding.hashNames(); },
    hash, hkdf, hkdfSync, pbkdf2, pbkdf2Sync,
    timingSafeEqual,
    subtle: webcrypto && webcrypto.subtle,
    webcrypto,
    CryptoKey: globalThis.CryptoKey,
  };
})
