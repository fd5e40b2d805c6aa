// node:crypto, the part mcrepl has: Hash and Hmac (createHash, createHmac,
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
  class Hash {
    #state;
    #done = false;
    constructor(algorithm, options, key) {
      errors.validateString(algorithm, 'algorithm');
      this.#state = binding.hashNew(algorithm, key);
      if (this.#state === null) throw new Error(key === undefined ? 'Digest method not supported' : 'Invalid digest: ' + algorithm);
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
  }
  class Hmac extends Hash {
    constructor(hmac, key, options) {
      super(hmac, options, toBytes(key, 'utf8', 'key'));
    }
  }
  function createHash(algorithm, options) { return new Hash(algorithm, options); }
  function createHmac(hmac, key, options) { return new Hmac(hmac, key, options); }
  function hash(algorithm, input, outputEncoding = 'hex') { return createHash(algorithm).update(input).digest(outputEncoding); }
  function randomBytes(size, callback) {
    if (typeof size !== 'number') throw errors.invalidArgType('size', 'number', size);
    if (!(size >= 0 && size <= 2 ** 31 - 1)) throw errors.outOfRange('size', '>= 0 && <= 2147483647', size);
    const b = Buffer.from(binding.randomBytes(size));
    if (typeof callback === 'function') { binding.queueMicrotask(callback, null, b); return undefined; }
    return b;
  }
  function randomFillSync(buf, offset = 0, size) {
    const view = new Uint8Array(buf.buffer || buf, buf.byteOffset || 0, buf.byteLength);
    const n = size === undefined ? view.length - offset : size;
    view.set(new Uint8Array(binding.randomBytes(n)), offset);
    return view;
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
    if (!ArrayBuffer.isView(a) && !(a instanceof ArrayBuffer)) throw errors.invalidArgType('buf1', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], a);
    if (!ArrayBuffer.isView(b) && !(b instanceof ArrayBuffer)) throw errors.invalidArgType('buf2', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], b);
    const x = Buffer.from(a.buffer || a, a.byteOffset || 0, a.byteLength), y = Buffer.from(b.buffer || b, b.byteOffset || 0, b.byteLength);
    if (x.length !== y.length) throw new TypeError('Input buffers must have the same byte length.');
    let d = 0;
    for (let i = 0; i < x.length; i++) d |= x[i] ^ y[i];
    return d === 0;
  }
  function pbkdf2Sync(password, salt, iterations, keylen, digest) {
    const r = binding.pbkdf2(toBytes(password, 'utf8', 'password'), toBytes(salt, 'utf8', 'salt'), iterations, keylen, digest);
    if (r === null) throw errors.makeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: ' + digest);
    return Buffer.from(r);
  }
  function pbkdf2(password, salt, iterations, keylen, digest, callback) {
    errors.validateFunction(callback, 'callback');
    let r;
    try { r = pbkdf2Sync(password, salt, iterations, keylen, digest); } catch (e) { binding.queueMicrotask(callback, e); return; }
    binding.queueMicrotask(callback, null, r);
  }
  function hkdfSync(digest, ikm, salt, info, keylen) {
    const r = binding.hkdf(digest, toBytes(ikm, 'utf8', 'ikm'), toBytes(salt, 'utf8', 'salt'), toBytes(info, 'utf8', 'info'), keylen);
    if (r === null) throw errors.makeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: ' + digest);
    return r;
  }
  function hkdf(digest, ikm, salt, info, keylen, callback) {
    errors.validateFunction(callback, 'callback');
    let r;
    try { r = hkdfSync(digest, ikm, salt, info, keylen); } catch (e) { binding.queueMicrotask(callback, e); return; }
    binding.queueMicrotask(callback, null, r);
  }
  const webcrypto = globalThis.crypto;
  module.exports = {
    getRandomValues(array) { return webcrypto.getRandomValues(array); },
    pseudoRandomBytes: randomBytes,
    randomBytes, randomFillSync,
    randomFill(buf, offset, size, callback) {
      if (typeof offset === 'function') { callback = offset; offset = 0; size = undefined; }
      else if (typeof size === 'function') { callback = size; size = undefined; }
      randomFillSync(buf, offset, size);
      binding.queueMicrotask(callback, null, buf);
    },
    randomInt,
    randomUUID(options) { return webcrypto.randomUUID(); },
    Hash, Hmac, createHash, createHmac,
    getHashes() { return binding.hashNames(); },
    hash, hkdf, hkdfSync, pbkdf2, pbkdf2Sync,
    timingSafeEqual,
    subtle: webcrypto && webcrypto.subtle,
    webcrypto,
    CryptoKey: globalThis.CryptoKey,
  };
})
