// node:crypto as workerd has it: Hash and Hmac (Transform streams), random
// bytes and UUIDs, timingSafeEqual, pbkdf2, hkdf and scrypt; KeyObject and
// its subclasses, Sign and Verify, sign and verify, key generation,
// Cipheriv and Decipheriv, the RSA encryptions, ECDH, DiffieHellman, the
// prime functions, Certificate and X509Certificate; the Web Crypto global as
// webcrypto and subtle (docs/nodejs.md). The arguments are checked here, as
// workerd's TypeScript checks them; the Go side (crypto.go, ncrypto*.go)
// does the cryptography and throws what workerd's C++ throws.
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
  // hmacKeyOf(key) is a KeyObject's or CryptoKey's secret (set below,
  // with the key objects), undefined for any other key.
  let hmacKeyOf;
  class Hmac extends Hash {
    constructor(hmac, key, options) {
      errors.validateString(hmac, 'hmac');
      // A KeyObject or CryptoKey must be a secret key: its bytes are the
      // HMAC key.
      if (hmacKeyOf !== undefined && hmacKeyOf(key) !== undefined) {
        super(hmac, options, hmacKeyOf(key));
        return;
      }
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
  function callable(C, length) {
    const f = { [C.name](...args) { return new C(...args); } }[C.name];
    f.prototype = C.prototype;
    Object.defineProperty(f, 'length', { value: length });
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
    // A key object's bytes are its export (which a public key refuses
    // without a type, as in workerd).
    else if (isKeyObject(ikm)) ikm = ikm.export();
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
  // ---- KeyObject: a secret, public or private key (Go: ncrypto_keys.go).
  // workerd's KeyObject wraps a CryptoKey; mcrepl's wraps its Go key, and
  // KeyObject.from reads a CryptoKey's key.
  const kHandle = Symbol('kHandle');
  const kConstruct = Symbol('construct');
  const CryptoKeyClass = globalThis.CryptoKey;
  const isCryptoKey = (v) => CryptoKeyClass !== undefined && v instanceof CryptoKeyClass;
  const isBufferish = (v) => ArrayBuffer.isView(v) || v instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && v instanceof SharedArrayBuffer);
  function validateOneOf(value, name, list) {
    if (!list.includes(value)) {
      const shown = list.map((v) => (typeof v === 'string' ? "'" + v + "'" : String(v))).join(', ');
      throw errors.invalidArgValue(name, value, 'must be one of: ' + shown);
    }
  }
  function validateUint32(v, name) {
    if (typeof v !== 'number') throw errors.invalidArgType(name, 'number', v);
    if (!Number.isInteger(v)) throw errors.outOfRange(name, 'an integer', v);
    if (v < 0 || v > 4294967295) throw errors.outOfRange(name, '>= 0 && < 4294967296', v);
  }
  function validateExportOptions(options, type, name = 'options') {
    errors.validateObject(options, name);
    if (options.format !== undefined) errors.validateString(options.format, name + '.format');
    else options.format = 'buffer';
    if (options.type !== undefined) errors.validateString(options.type, name + '.type');
    if (type === 'private' && options.cipher !== undefined) {
      errors.validateString(options.cipher, name + '.cipher');
      if (typeof options.passphrase === 'string') options.passphrase = Buffer.from(options.passphrase, options.encoding);
      if (!(options.passphrase instanceof Uint8Array)) throw errors.invalidArgType(name + '.passphrase', ['string', 'Uint8Array'], options.passphrase);
    }
  }
  class KeyObject {
    constructor() {
      if (arguments[0] !== kConstruct) throw new Error('Illegal constructor');
    }
    static from(key) {
      if (!isCryptoKey(key)) throw errors.invalidArgType('key', 'CryptoKey', key);
      const h = binding.keyFromCryptoKey(key);
      if (h === null) throw new TypeError('Unsupported key type');
      return wrapKey(h, key.type);
    }
    export(options = {}) {
      errors.validateObject(options, 'options');
      validateExportOptions(options, this.type);
      let r;
      try {
        r = binding.keyExport(this[kHandle], options.format, options.type, options.cipher, options.passphrase);
      } catch (e) {
        // The native side's Node error codes, as Node's error classes.
        if (e.code !== undefined) throw errors.makeError(Error, e.code, e.message);
        throw e;
      }
      return r instanceof ArrayBuffer ? Buffer.from(r) : r;
    }
    equals(otherKeyObject) {
      if (this === otherKeyObject || this[kHandle] === (otherKeyObject && otherKeyObject[kHandle])) return true;
      if (this.type !== otherKeyObject.type) return false;
      if (!isKeyObject(otherKeyObject)) throw errors.invalidArgType('otherKeyObject', 'KeyObject', otherKeyObject);
      return binding.keyEquals(this[kHandle], otherKeyObject[kHandle]);
    }
    toCryptoKey(algorithm, extractable, keyUsages) {
      if (keyUsages == null || typeof keyUsages[Symbol.iterator] !== 'function') {
        throw errors.makeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "keyUsages" argument must be an instance of Iterable. Received ' + (keyUsages === null ? 'null' : 'undefined'));
      }
      return binding.keyToCryptoKey(this[kHandle], algorithm, !!extractable, Array.from(keyUsages));
    }
    get [Symbol.toStringTag]() { return 'KeyObject'; }
  }
  const info = (k) => binding.keyInfo(k[kHandle]);
  const inspectCustom = Symbol.for('nodejs.util.inspect.custom');
  class AsymmetricKeyObject extends KeyObject {
    get asymmetricKeyDetails() {
      const i = info(this);
      let e = i[3];
      if (e instanceof ArrayBuffer) {
        let n = 0n;
        for (const b of new Uint8Array(e)) n = (n << 8n) | BigInt(b);
        e = n;
      }
      return { modulusLength: i[2], publicExponent: e, divisorLength: undefined, namedCurve: i[4] };
    }
    get asymmetricKeyType() { return info(this)[1]; }
    [inspectCustom](depth, options, inspect) {
      if (depth < 0) return this;
      const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
      return this.constructor.name + ' ' + inspect({ type: this.asymmetricKeyType, details: this.asymmetricKeyDetails }, opts);
    }
  }
  class PublicKeyObject extends AsymmetricKeyObject {
    export(options) { return super.export(options); }
    get type() { return 'public'; }
  }
  class PrivateKeyObject extends AsymmetricKeyObject {
    export(options) { return super.export(options); }
    get type() { return 'private'; }
  }
  class SecretKeyObject extends KeyObject {
    get symmetricKeySize() { return info(this)[5]; }
    export(options) { return super.export(options); }
    get type() { return 'secret'; }
    [inspectCustom](depth, options, inspect) {
      if (depth < 0) return this;
      const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
      return this.constructor.name + ' ' + inspect({ size: this.symmetricKeySize }, opts);
    }
  }
  // The inspect hooks are not own names of the prototypes in workerd's
  // listing; they stay, as symbols do not show in getOwnPropertyNames.
  function wrapKey(h, type) {
    const C = type === 'secret' ? SecretKeyObject : type === 'private' ? PrivateKeyObject : PublicKeyObject;
    const k = new C(kConstruct);
    k[kHandle] = h;
    return k;
  }
  const isKeyObject = (v) => v != null && typeof v === 'object' && kHandle in v;
  function createSecretKey(key, encoding) {
    if (key == null) throw errors.invalidArgType('key', ['string', 'ArrayBuffer', 'TypedArray', 'DataView'], key);
    if (typeof key === 'string') key = Buffer.from(key, encoding);
    else if (!isBufferish(key)) throw new TypeError("Failed to execute 'createSecretKey' on 'CryptoImpl': parameter 1 is not of type 'BufferSource'.");
    return wrapKey(binding.keySecret(key), 'secret');
  }
  const keyTypes = ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'string', 'object'];
  // prepareAsymmetricKey is workerd's: a string or buffer is PEM; an object
  // names key, format, type, passphrase, encoding; a non-buffer key is a JWK.
  function prepareAsymmetricKey(key, ctx) {
    if (key == null) throw errors.invalidArgType('key', keyTypes, key);
    const normalized = typeof key === 'string' || isBufferish(key) ? { key, format: 'pem' } : key;
    const { key: data, encoding = 'utf8', format = 'pem', type, passphrase } = normalized;
    if (data == null || isKeyObject(data) || isCryptoKey(data)) throw errors.invalidArgType('options.key', keyTypes, data);
    if (typeof data === 'string' || isBufferish(data)) {
      validateOneOf(format, 'format', ['pem', 'der']);
      if (type !== undefined) {
        if (ctx === 'private') validateOneOf(type, 'type', ['pkcs1', 'pkcs8', 'sec1']);
        else validateOneOf(type, 'type', ['pkcs1', 'spki']);
      }
      const bytes = typeof data === 'string' ? Buffer.from(data, encoding) : data;
      const pass = passphrase != null ? byteSource(typeof passphrase === 'string' ? Buffer.from(passphrase, encoding) : passphrase, 'passphrase', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView']) : undefined;
      return [bytes, format, type, pass];
    }
    if (typeof data !== 'object') throw errors.invalidArgType('key', keyTypes, key);
    return [data, 'jwk', undefined, undefined];
  }
  function createPrivateKey(key) {
    const [data, format, type, pass] = prepareAsymmetricKey(key, 'private');
    return wrapKey(binding.keyParse('private', data, format, type, pass), 'private');
  }
  function createPublicKey(key) {
    if (isKeyObject(key) || isCryptoKey(key)) {
      if (key.type !== 'private') throw errors.invalidArgType('key', 'PrivateKeyObject', key);
      const h = isKeyObject(key) ? key[kHandle] : KeyObject.from(key)[kHandle];
      return wrapKey(binding.keyPublicOf(h), 'public');
    }
    const [data, format, type, pass] = prepareAsymmetricKey(key, 'public');
    return wrapKey(binding.keyParse('public', data, format, type, pass), 'public');
  }
  const handleOf = (key) => (isKeyObject(key) ? key[kHandle] : KeyObject.from(key)[kHandle]);
  function generateKeySync(type, options) {
    validateOneOf(type, 'type', ['hmac', 'aes']);
    errors.validateObject(options, 'options');
    const { length } = options;
    if (type === 'hmac') {
      errors.validateInteger(length, 'options.length', 8, 65536);
      return createSecretKey(randomBytes(Math.floor(length / 8)));
    }
    validateOneOf(length, 'options.length', [128, 192, 256]);
    return createSecretKey(randomBytes(length / 8));
  }
  // The callback forms run the synchronous one and call back in a
  // microtask, as workerd does.
  function later(callback, ...args) {
    queueMicrotask(() => {
      try {
        // V8's words for workerd's unchecked callback (generateKey's).
        if (typeof callback !== 'function') throw new TypeError('callback is not a function');
        callback(...args);
      } catch (err) { reportError(err); }
    });
  }
  function generateKey(type, options, callback) {
    let result;
    try { result = generateKeySync(type, options); } catch (err) { later(callback, err); return; }
    later(callback, null, result);
  }
  function generateKeyPairSync(type, options = {}) {
    validateOneOf(type, 'type', ['rsa', 'ec', 'ed25519', 'x25519', 'dh']);
    errors.validateObject(options, 'options');
    const { modulusLength, publicExponent = 0x10001, namedCurve, paramEncoding = 'named', publicKeyEncoding, privateKeyEncoding } = options;
    if (publicKeyEncoding !== undefined) validateExportOptions(publicKeyEncoding, 'public', 'options.publicKeyEncoding');
    if (privateKeyEncoding !== undefined) validateExportOptions(privateKeyEncoding, 'private', 'options.privateKeyEncoding');
    let pair;
    switch (type) {
      case 'rsa':
        validateUint32(modulusLength, 'options.modulusLength');
        validateUint32(publicExponent, 'options.publicExponent');
        pair = binding.keyGeneratePair('rsa', modulusLength, publicExponent);
        break;
      case 'ec':
        errors.validateString(namedCurve, 'options.namedCurve');
        validateOneOf(paramEncoding, 'options.paramEncoding', ['named', 'explicit']);
        pair = binding.keyGeneratePair('ec', 0, 0, namedCurve);
        break;
      case 'dh': {
        const { prime, primeLength, generator, group, groupName } = options;
        const pair2 = (a, b) => errors.makeError(Error, 'ERR_INCOMPATIBLE_OPTION_PAIR', 'The options "' + a + '" and "' + b + '" are mutually exclusive.');
        if (generator != null) validateInt32Range(generator, 'options.generator', 0);
        if (group != null || groupName != null) {
          if (prime != null) throw pair2('group', 'prime');
          if (primeLength != null) throw pair2('group', 'primeLength');
          if (generator != null) throw pair2('group', 'generator');
          const g = group || groupName;
          errors.validateString(g, 'options.group');
          pair = binding.keyGenerateDH(g);
          break;
        }
        if (prime != null) {
          if (primeLength != null) throw pair2('prime', 'primeLength');
          if (!isBufferish(prime)) throw errors.invalidArgType('options.prime', ['Buffer', 'TypedArray', 'ArrayBuffer'], prime);
          pair = binding.keyGenerateDH(prime, generator);
          break;
        }
        if (primeLength != null) {
          validateInt32Range(primeLength, 'options.primeLength', 0);
          throw new Error('Generating DH keys from a prime length is not yet implemented');
        }
        throw errors.makeError(Error, 'ERR_MISSING_OPTION', 'At least one of the group, prime, or primeLength options');
      }
      default:
        pair = binding.keyGeneratePair(type);
    }
    let publicKey = wrapKey(pair[0], 'public'), privateKey = wrapKey(pair[1], 'private');
    if (publicKeyEncoding !== undefined) publicKey = publicKey.export(publicKeyEncoding);
    if (privateKeyEncoding !== undefined) privateKey = privateKey.export(privateKeyEncoding);
    return { publicKey, privateKey };
  }
  function generateKeyPair(type, options, callback) {
    errors.validateFunction(callback, 'callback');
    let pair;
    try { pair = generateKeyPairSync(type, options); } catch (err) { later(callback, err); return; }
    later(callback, null, pair.publicKey, pair.privateKey);
  }
  Object.defineProperty(generateKeyPair, Symbol.for('nodejs.util.promisify.custom.args'), { value: ['publicKey', 'privateKey'], enumerable: false });

  // ---- Sign and Verify (Go: ncrypto.go).
  const signKeyRequired = () => errors.makeError(Error, 'ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign');
  const wrongKeyType = (actual, expected) => errors.makeError(Error, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', 'Invalid key object type ' + actual + ', expected ' + expected + '.');
  function getIntOption(name, options) {
    const value = options[name];
    if (value !== undefined) {
      if (value === value >> 0) return value;
      throw errors.invalidArgValue('options.' + name, value);
    }
    return undefined;
  }
  function dsaEncoding(options) {
    if (typeof options === 'object') {
      const { dsaEncoding = 'der' } = options;
      if (dsaEncoding === 'der') return 0;
      if (dsaEncoding === 'ieee-p1363') return 1;
      throw errors.invalidArgValue('options.dsaEncoding', dsaEncoding);
    }
    return 0;
  }
  function signingKey(options) {
    if (isCryptoKey(options)) return handleOf(options);
    if (isKeyObject(options)) {
      if (options.type === 'secret') throw errors.invalidArgType('options', ['PublicKeyObject', 'PrivateKeyObject', 'CryptoKey', 'object'], options.type);
      if (options.type === 'public') throw wrongKeyType('public', 'private');
      return options[kHandle];
    }
    return createPrivateKey(options)[kHandle];
  }
  function verifyingKey(options) {
    if (isCryptoKey(options) || isKeyObject(options)) return handleOf(options);
    return createPublicKey(options)[kHandle];
  }
  const { Writable } = require('stream');
  function Sign(algorithm, options) {
    if (!(this instanceof Sign)) return new Sign(algorithm, options);
    errors.validateString(algorithm, 'algorithm');
    this[kHandle] = binding.signNew(algorithm);
    Writable.call(this, options);
    return this;
  }
  function Verify(algorithm, options) {
    if (!(this instanceof Verify)) return new Verify(algorithm, options);
    errors.validateString(algorithm, 'algorithm');
    this[kHandle] = binding.signNew(algorithm);
    Writable.call(this, options);
    return this;
  }
  for (const C of [Sign, Verify]) {
    Object.setPrototypeOf(C.prototype, Writable.prototype);
    Object.setPrototypeOf(C, Writable);
    C.prototype._write = function _write(chunk, encoding, callback) {
      this.update(chunk, encoding);
      callback();
    };
    C.prototype.update = function (data, encoding) {
      if (typeof data === 'string') data = Buffer.from(data, encoding);
      if (!ArrayBuffer.isView(data)) throw errors.invalidArgType('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
      binding.signUpdate(this[kHandle], data, this instanceof Verify ? 'Verification' : 'Signing');
      return this;
    };
  }
  Sign.prototype.sign = function (options, encoding) {
    if (!options) throw signKeyRequired();
    const key = signingKey(options);
    const padding = getIntOption('padding', options), saltLength = getIntOption('saltLength', options);
    const res = Buffer.from(binding.signFinal(this[kHandle], key, padding, saltLength, dsaEncoding(options)));
    return encoding && encoding !== 'buffer' ? res.toString(encoding) : res;
  };
  Verify.prototype.verify = function (options, signature, encoding = 'utf8') {
    if (!options) throw signKeyRequired();
    const key = verifyingKey(options);
    const padding = getIntOption('padding', options), saltLength = getIntOption('saltLength', options);
    const enc = dsaEncoding(options);
    if (typeof signature === 'string') signature = Buffer.from(signature, encoding);
    return binding.verifyFinal(this[kHandle], key, signature, padding, saltLength, enc);
  };
  function createSign(algorithm, options) { return new Sign(algorithm, options); }
  function createVerify(algorithm, options) { return new Verify(algorithm, options); }
  function sign(algorithm, data, options, callback) {
    if (algorithm != null) errors.validateString(algorithm, 'algorithm'); else algorithm = undefined;
    if (!ArrayBuffer.isView(data)) throw errors.invalidArgType('data', ['Buffer', 'TypedArray', 'DataView'], data);
    if (!options) throw signKeyRequired();
    const key = signingKey(options);
    const padding = getIntOption('padding', options), saltLength = getIntOption('saltLength', options);
    const enc = dsaEncoding(options);
    const run = () => Buffer.from(binding.signOneShot(key, algorithm, data, padding, saltLength, enc));
    if (callback === undefined) return run();
    let signature;
    try { signature = run(); } catch (err) { queueMicrotask(() => callback(err)); return; }
    queueMicrotask(() => callback(null, signature));
  }
  function verify(algorithm, data, options, signature, callback) {
    if (algorithm != null) errors.validateString(algorithm, 'algorithm'); else algorithm = undefined;
    if (!ArrayBuffer.isView(data)) throw errors.invalidArgType('data', ['Buffer', 'TypedArray', 'DataView'], data);
    if (!ArrayBuffer.isView(signature)) throw errors.invalidArgType('signature', ['Buffer', 'TypedArray', 'DataView'], signature);
    if (!options) throw signKeyRequired();
    const key = verifyingKey(options);
    const padding = getIntOption('padding', options), saltLength = getIntOption('saltLength', options);
    const enc = dsaEncoding(options);
    const run = () => binding.verifyOneShot(key, algorithm, data, signature, padding, saltLength, enc);
    if (callback === undefined) return run();
    // workerd calls back synchronously with the result, in a microtask
    // with an error.
    let ok;
    try { ok = run(); } catch (err) { queueMicrotask(() => callback(err)); return undefined; }
    callback(null, ok);
    return undefined;
  }

  // ---- Cipheriv and Decipheriv (Go: ncrypto_cipher.go).
  function secretKeyHandle(key) {
    if (isCryptoKey(key) || isKeyObject(key)) {
      if (key.type !== 'secret') throw wrongKeyType(key.type, 'secret');
      return handleOf(key);
    }
    if (isBufferish(key)) return createSecretKey(key)[kHandle];
    if (typeof key === 'string') return createSecretKey(key, 'utf8')[kHandle];
    throw errors.invalidArgType('key', ['string', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'], key);
  }
  function getIv(iv) {
    if (isBufferish(iv)) return iv;
    if (typeof iv === 'string') return Buffer.from(iv, 'utf8');
    // null is passed on: the cipher says whether it takes none.
    if (iv === null) return null;
    throw errors.invalidArgType('iv', ['string', 'Buffer', 'TypedArray', 'DataView', 'null'], iv);
  }
  function makeCipher(decrypt) {
    const C = function (algorithm, key, iv, options = {}) {
      errors.validateString(algorithm, 'algorithm');
      const h = secretKeyHandle(key);
      const ivBuf = getIv(iv);
      // workerd reads options.authLengthTag (sic) and checks it only.
      if (options.authLengthTag !== undefined) validateUint32(options.authLengthTag, 'options.authLengthTag');
      this[kHandle] = binding.cipherNew(decrypt, algorithm, h, ivBuf, options.authLengthTag);
      Transform.call(this, options);
      // workerd's Decipheriv returns this, its Cipheriv nothing (which
      // shows when either is called without new).
      return decrypt ? this : undefined;
    };
    Object.setPrototypeOf(C.prototype, Transform.prototype);
    Object.setPrototypeOf(C, Transform);
    const P = C.prototype;
    P.update = function (data, inputEncoding, outputEncoding) {
      let ret;
      if (typeof data === 'string') {
        if (inputEncoding === undefined) throw errors.invalidArgValue('inputEncoding', inputEncoding, 'If inputEncoding is not provided then the data must be a Buffer');
        ret = binding.cipherUpdate(this[kHandle], Buffer.from(data, inputEncoding));
      } else if (isBufferish(data)) {
        ret = binding.cipherUpdate(this[kHandle], data);
      } else {
        throw errors.invalidArgType('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
      }
      return outputEncoding === undefined ? Buffer.from(ret) : Buffer.from(ret).toString(outputEncoding);
    };
    P.final = function (outputEncoding) {
      const ret = binding.cipherFinal(this[kHandle]);
      return outputEncoding === undefined ? Buffer.from(ret) : Buffer.from(ret).toString(outputEncoding);
    };
    P.setAAD = function (buffer, options = {}) {
      errors.validateObject(options, 'options');
      const { plaintextLength, encoding } = options;
      if (plaintextLength !== undefined) validateUint32(plaintextLength, 'options.plaintextLength');
      if (encoding !== undefined) errors.validateString(encoding, 'options.encoding');
      if (typeof buffer === 'string') binding.cipherSetAAD(this[kHandle], Buffer.from(buffer, encoding));
      else if (isBufferish(buffer)) binding.cipherSetAAD(this[kHandle], buffer);
      return this;
    };
    P.setAutoPadding = function (autoPadding) {
      binding.cipherSetAutoPadding(this[kHandle], !!autoPadding);
      return this;
    };
    if (decrypt) {
      P.setAuthTag = function (buffer) {
        binding.cipherSetAuthTag(this[kHandle], buffer);
        return this;
      };
    } else {
      P.getAuthTag = function () { return Buffer.from(binding.cipherGetAuthTag(this[kHandle])); };
    }
    P._transform = function (chunk, encoding, callback) {
      if (typeof chunk === 'string') chunk = Buffer.from(chunk, encoding);
      this.push(Buffer.from(binding.cipherUpdate(this[kHandle], chunk)));
      callback();
    };
    P._flush = function (callback) {
      this.push(Buffer.from(binding.cipherFinal(this[kHandle])));
      callback();
    };
    return C;
  }
  const Cipheriv = makeCipher(false), Decipheriv = makeCipher(true);
  Object.defineProperty(Cipheriv, 'name', { value: 'Cipheriv' });
  Object.defineProperty(Decipheriv, 'name', { value: 'Decipheriv' });
  function createCipheriv(algorithm, key, iv, options = {}) { return new Cipheriv(algorithm, key, iv, options); }
  function createDecipheriv(algorithm, key, iv, options = {}) { return new Decipheriv(algorithm, key, iv, options); }
  function getCipherInfo(nameOrId, options = {}) {
    if (typeof nameOrId !== 'string' && typeof nameOrId !== 'number') throw errors.invalidArgType('nameOrId', ['string', 'number'], nameOrId);
    errors.validateObject(options, 'options');
    const i = binding.cipherInfo(nameOrId, options.keyLength, options.ivLength);
    if (i === null) return undefined;
    return { name: i[0], nid: i[1], blockSize: i[2], ivLength: i[3], keyLength: i[4], mode: i[5] };
  }

  // ---- publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt.
  const missingArgs = (name) => errors.makeError(TypeError, 'ERR_MISSING_ARGS', 'The "' + name + '" argument must be specified');
  function paddingAndHash(options) {
    const { padding = 1, oaepHash = 'sha256', oaepLabel, encoding = 'utf8' } = options;
    errors.validateNumber(padding, 'options.padding');
    errors.validateString(oaepHash, 'options.oaepHash');
    let label;
    if (oaepLabel !== undefined) {
      if (typeof oaepLabel === 'string') label = Buffer.from(oaepLabel, encoding);
      else if (isBufferish(oaepLabel)) label = oaepLabel;
      else throw errors.invalidArgType('options.oaepLabel', ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], oaepLabel);
    }
    return [padding, oaepHash, label];
  }
  function rsaOp(op, want, keyName) {
    return {
      [op](key, buffer) {
        if (key === undefined) throw missingArgs(keyName);
        if (buffer === undefined) throw missingArgs('buffer');
        let h;
        // A key object may come as it is or as options.key.
        const inner = key !== null && typeof key === 'object' && (isCryptoKey(key.key) || isKeyObject(key.key)) ? key.key : key;
        if (isCryptoKey(inner) || isKeyObject(inner)) {
          if (inner.type !== want) throw wrongKeyType(inner.type, want);
          h = handleOf(inner);
        } else {
          h = (want === 'private' ? createPrivateKey(key) : createPublicKey(key))[kHandle];
        }
        if (typeof buffer === 'string') {
          const { encoding = 'utf8' } = key;
          buffer = Buffer.from(buffer, encoding);
        }
        const [padding, oaepHash, label] = paddingAndHash(key);
        return Buffer.from(binding.rsaCrypt(op, h, buffer, padding, oaepHash, label));
      },
    }[op];
  }

  // ---- scrypt.
  const scryptDefaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };
  function scryptCheck(password, salt, keylen, options) {
    const types = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];
    password = byteSource(password, 'password', types);
    salt = byteSource(salt, 'salt', types);
    validateInt32(keylen, 'keylen', 0);
    let { N, r, p, maxmem } = scryptDefaults;
    if (options && options !== scryptDefaults) {
      const has = (v) => v !== undefined;
      if (has(options.N)) { validateUint32(options.N, 'N'); N = options.N; }
      if (has(options.cost)) {
        if (has(options.N)) throw errors.invalidArgValue('cost', options.cost);
        validateUint32(options.cost, 'cost'); N = options.cost;
      }
      if (has(options.r)) { validateUint32(options.r, 'r'); r = options.r; }
      if (has(options.blockSize)) {
        if (has(options.r)) throw errors.invalidArgValue('blockSize', options.blockSize);
        validateUint32(options.blockSize, 'blockSize'); r = options.blockSize;
      }
      if (has(options.p)) { validateUint32(options.p, 'p'); p = options.p; }
      if (has(options.parallelization)) {
        if (has(options.p)) throw errors.invalidArgValue('parallelization', options.parallelization);
        validateUint32(options.parallelization, 'parallelization'); p = options.parallelization;
      }
      if (has(options.maxmem)) {
        if (typeof options.maxmem !== 'number') throw errors.invalidArgType('maxmem', 'number', options.maxmem);
        maxmem = options.maxmem;
      }
      if (N === 0) N = scryptDefaults.N;
      if (r === 0) r = scryptDefaults.r;
      if (p === 0) p = scryptDefaults.p;
      if (maxmem === 0) maxmem = scryptDefaults.maxmem;
    }
    return [password, salt, N, r, p, maxmem];
  }
  function scryptSync(password, salt, keylen, options) {
    if (options === undefined) options = scryptDefaults;
    const [pw, s, N, r, p, maxmem] = scryptCheck(password, salt, keylen, options);
    return Buffer.from(binding.scrypt(pw, s, N, r, p, maxmem, keylen));
  }
  function scrypt(password, salt, keylen, options, callback = scryptDefaults) {
    if (callback === scryptDefaults) { callback = options; options = scryptDefaults; }
    const [pw, s, N, r, p, maxmem] = scryptCheck(password, salt, keylen, options);
    errors.validateFunction(callback, 'callback');
    let key;
    try { key = Buffer.from(binding.scrypt(pw, s, N, r, p, maxmem, keylen)); } catch (err) { queueMicrotask(() => callback(err)); return; }
    queueMicrotask(() => callback(null, key));
  }

  // ---- ECDH, DiffieHellman, diffieHellman (Go: ncrypto_dh.go).
  // Their handles are objects of workerd's handle classes (which
  // console.log shows), holding the Go state out of sight.
  const kNative = Symbol('native');
  class ECDHHandle {}
  class DiffieHellmanHandle {}
  function nativeHandle(C, state) {
    const h = new C();
    Object.defineProperty(h, kNative, { value: state });
    return h;
  }
  const ecdhFormats = ['compressed', 'uncompressed', 'hybrid'];
  function ECDH(curveName) {
    if (!(this instanceof ECDH)) return new ECDH(curveName);
    errors.validateString(curveName, 'curveName');
    this[kHandle] = nativeHandle(ECDHHandle, binding.ecdhNew(curveName));
    return this;
  }
  ECDH.prototype.computeSecret = function (otherPublicKey, inputEncoding, outputEncoding) {
    if (typeof otherPublicKey === 'string') otherPublicKey = Buffer.from(otherPublicKey, inputEncoding);
    if (!ArrayBuffer.isView(otherPublicKey)) throw errors.invalidArgType('otherPublicKey', ['string', 'Buffer', 'TypedArray', 'DataView'], otherPublicKey);
    if (inputEncoding != null) errors.validateString(inputEncoding, 'inputEncoding');
    if (outputEncoding != null) errors.validateString(outputEncoding, 'outputEncoding');
    const ret = Buffer.from(binding.ecdhComputeSecret(this[kHandle][kNative], otherPublicKey));
    return typeof outputEncoding === 'string' ? ret.toString(outputEncoding) : ret;
  };
  ECDH.prototype.generateKeys = function (encoding, format) {
    if (encoding != null) errors.validateString(encoding, 'encoding');
    if (format != null) validateOneOf(format, 'format', ecdhFormats);
    binding.ecdhGenerateKeys(this[kHandle][kNative]);
    return this.getPublicKey(encoding, format);
  };
  ECDH.prototype.getPrivateKey = function (encoding) {
    if (encoding != null) errors.validateString(encoding, 'encoding');
    const ret = Buffer.from(binding.ecdhGetPrivateKey(this[kHandle][kNative]));
    return typeof encoding === 'string' ? ret.toString(encoding) : ret;
  };
  ECDH.prototype.getPublicKey = function (encoding, format = 'uncompressed') {
    if (encoding != null) errors.validateString(encoding, 'encoding');
    validateOneOf(format, 'format', ecdhFormats);
    const ret = Buffer.from(binding.ecdhGetPublicKey(this[kHandle][kNative], format));
    return typeof encoding === 'string' ? ret.toString(encoding) : ret;
  };
  ECDH.prototype.setPrivateKey = function (key, encoding) {
    if (encoding != null) errors.validateString(encoding, 'encoding');
    if (typeof key === 'string') key = Buffer.from(key, encoding);
    if (!ArrayBuffer.isView(key)) throw errors.invalidArgType('key', ['string', 'Buffer', 'TypedArray', 'DataView'], key);
    binding.ecdhSetPrivateKey(this[kHandle][kNative], key);
  };
  ECDH.convertKey = function (key, curve, inputEncoding, outputEncoding, format = 'uncompressed') {
    if (typeof key === 'string') key = Buffer.from(key, inputEncoding);
    if (!ArrayBuffer.isView(key)) throw errors.invalidArgType('key', ['string', 'Buffer', 'TypedArray', 'DataView'], key);
    errors.validateString(curve, 'curve');
    if (inputEncoding != null) errors.validateString(inputEncoding, 'inputEncoding');
    if (outputEncoding != null) errors.validateString(outputEncoding, 'outputEncoding');
    validateOneOf(format, 'format', ecdhFormats);
    const ret = Buffer.from(binding.ecdhConvertKey(key, curve, format));
    return typeof outputEncoding === 'string' ? ret.toString(outputEncoding) : ret;
  };
  function createECDH(curveName) { return new ECDH(curveName); }
  function validateInt32Range(v, name, min = -2147483648, max = 2147483647) {
    if (typeof v !== 'number') throw errors.invalidArgType(name, 'number', v);
    if (!Number.isInteger(v)) throw errors.outOfRange(name, 'an integer', v);
    if (v < min || v > max) throw errors.outOfRange(name, '>= ' + min + ' && <= ' + max, v);
  }
  const dhTypes = ['number', 'string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];
  const toBuf = (v, encoding) => (typeof v === 'string' ? Buffer.from(v, encoding) : v);
  const encodeOut = (ab, encoding) => (encoding && encoding !== 'buffer' ? Buffer.from(ab).toString(encoding) : Buffer.from(ab));
  const verifyErrorGetter = { get() { return binding.dhVerifyError(this[kHandle][kNative]); }, configurable: true, enumerable: true };
  function DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
    if (!(this instanceof DiffieHellman)) return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
    if (typeof sizeOrKey !== 'number' && typeof sizeOrKey !== 'string' && !isBufferish(sizeOrKey)) throw errors.invalidArgType('sizeOrKey', dhTypes, sizeOrKey);
    if (typeof sizeOrKey === 'number') validateInt32Range(sizeOrKey, 'sizeOrKey');
    if (keyEncoding && keyEncoding !== 'buffer' && !Buffer.isEncoding(keyEncoding)) {
      genEncoding = generator;
      generator = keyEncoding;
      keyEncoding = 'utf-8';
    }
    keyEncoding ??= 'utf-8';
    genEncoding ??= 'utf-8';
    if (typeof sizeOrKey !== 'number') sizeOrKey = toBuf(sizeOrKey, keyEncoding);
    if (!generator) generator = 2;
    else if (typeof generator === 'number') validateInt32Range(generator, 'generator');
    else if (typeof generator === 'string') generator = toBuf(generator, genEncoding);
    else if (!isBufferish(generator)) throw errors.invalidArgType('generator', dhTypes, generator);
    this[kHandle] = nativeHandle(DiffieHellmanHandle, binding.dhNew(sizeOrKey, generator));
    Object.defineProperty(DiffieHellman.prototype, 'verifyError', verifyErrorGetter);
    return this;
  }
  function DiffieHellmanGroup(name) {
    if (!(this instanceof DiffieHellmanGroup)) return new DiffieHellmanGroup(name);
    this[kHandle] = nativeHandle(DiffieHellmanHandle, binding.dhGroup(name));
    Object.defineProperty(DiffieHellmanGroup.prototype, 'verifyError', verifyErrorGetter);
    return this;
  }
  const dhMethods = {
    generateKeys(encoding) { return encodeOut(binding.dhGenerateKeys(this[kHandle][kNative]), encoding); },
    computeSecret(key, inEnc, outEnc) {
      key = byteSource(typeof key === 'string' ? Buffer.from(key, inEnc) : key, 'key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView']);
      return encodeOut(binding.dhComputeSecret(this[kHandle][kNative], key), outEnc);
    },
    getPrime(encoding) { return encodeOut(binding.dhGet(this[kHandle][kNative], 'prime'), encoding); },
    getGenerator(encoding) { return encodeOut(binding.dhGet(this[kHandle][kNative], 'generator'), encoding); },
    getPublicKey(encoding) { return encodeOut(binding.dhGet(this[kHandle][kNative], 'public'), encoding); },
    getPrivateKey(encoding) { return encodeOut(binding.dhGet(this[kHandle][kNative], 'private'), encoding); },
  };
  for (const [name, f] of Object.entries(dhMethods)) {
    DiffieHellmanGroup.prototype[name] = DiffieHellman.prototype[name] = f;
  }
  DiffieHellman.prototype.setPublicKey = function (key, encoding) {
    key = byteSource(typeof key === 'string' ? Buffer.from(key, encoding) : key, 'key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView']);
    binding.dhSet(this[kHandle][kNative], 'public', key);
    return this;
  };
  DiffieHellman.prototype.setPrivateKey = function (key, encoding) {
    key = byteSource(typeof key === 'string' ? Buffer.from(key, encoding) : key, 'key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView']);
    binding.dhSet(this[kHandle][kNative], 'private', key);
    return this;
  };
  function createDiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) { return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding); }
  function createDiffieHellmanGroup(name) { return new DiffieHellmanGroup(name); }
  function getDiffieHellman(name) { return createDiffieHellmanGroup(name); }
  function diffieHellman(options) {
    errors.validateObject(options, 'options');
    const { publicKey, privateKey } = options;
    if (!isKeyObject(publicKey)) throw errors.invalidArgType('options.publicKey', 'KeyObject', publicKey);
    if (!isKeyObject(privateKey)) throw errors.invalidArgType('options.privateKey', 'KeyObject', privateKey);
    if (publicKey.type !== 'public') throw errors.invalidArgType('options.publicKey', 'public key', publicKey);
    if (privateKey.type !== 'private') throw errors.invalidArgType('options.privateKey', 'private key', privateKey);
    if (publicKey.asymmetricKeyType !== privateKey.asymmetricKeyType) {
      throw errors.invalidArgValue('options.publicKey.asymmetricKeyType', publicKey.asymmetricKeyType, 'must equal privateKey.asymmetricKeyType');
    }
    return Buffer.from(binding.statelessDH(privateKey[kHandle], publicKey[kHandle]));
  }

  // ---- checkPrime and generatePrime.
  function unsignedBigIntToBuffer(n, name) {
    if (n < 0) throw errors.outOfRange(name, '>= 0', n);
    const hex = n.toString(16);
    return Buffer.from(hex.padStart(hex.length + (hex.length % 2), '0'), 'hex');
  }
  const bufferToBigInt = (ab) => {
    let n = 0n;
    for (const b of new Uint8Array(ab)) n = (n << 8n) | BigInt(b);
    return n;
  };
  const primeTypes = ['ArrayBuffer', 'TypedArray', 'Buffer', 'DataView', 'bigint'];
  function validateCandidate(candidate) {
    if (typeof candidate === 'bigint') candidate = unsignedBigIntToBuffer(candidate, 'candidate');
    if (!isBufferish(candidate)) throw errors.invalidArgType('candidate', primeTypes, candidate);
    return candidate;
  }
  function validateChecks(options) {
    const { checks = 0 } = options;
    validateInt32Range(checks, 'options.checks', 0);
    return checks;
  }
  function checkPrimeSync(candidate, options = {}) {
    candidate = validateCandidate(candidate);
    errors.validateObject(options, 'options');
    return binding.checkPrime(candidate, validateChecks(options));
  }
  function checkPrime(candidate, options, callback) {
    candidate = validateCandidate(candidate);
    if (typeof options === 'function') { callback = options; options = {}; }
    errors.validateObject(options, 'options');
    errors.validateFunction(callback, 'callback');
    const checks = validateChecks(options);
    new Promise((res) => res(binding.checkPrime(candidate, checks))).then((v) => callback(null, v), (err) => callback(err));
  }
  function primeOptions(options) {
    errors.validateObject(options, 'options');
    const { safe = false, bigint = false } = options;
    let { add, rem } = options;
    if (typeof safe !== 'boolean') throw errors.invalidArgType('options.safe', 'boolean', safe);
    if (typeof bigint !== 'boolean') throw errors.invalidArgType('options.bigint', 'boolean', bigint);
    if (add !== undefined) {
      if (typeof add === 'bigint') add = unsignedBigIntToBuffer(add, 'options.add');
      else if (!isBufferish(add)) throw errors.invalidArgType('options.add', primeTypes, add);
    }
    if (rem !== undefined) {
      if (typeof rem === 'bigint') rem = unsignedBigIntToBuffer(rem, 'options.rem');
      else if (!isBufferish(rem)) throw errors.invalidArgType('options.rem', primeTypes, rem);
    }
    return { safe, bigint, add, rem };
  }
  function randomPrime(size, { safe, bigint, add, rem }) {
    const ab = binding.generatePrime(size, safe, add, rem === undefined && add !== undefined ? Buffer.from([safe ? 3 : 1]) : rem);
    return bigint ? bufferToBigInt(ab) : ab;
  }
  function generatePrimeSync(size, options = {}) {
    validateInt32Range(size, 'size', 1);
    return randomPrime(size, primeOptions(options));
  }
  function generatePrime(size, options, callback) {
    validateInt32Range(size, 'size', 1);
    if (typeof options === 'function') { callback = options; options = {}; }
    errors.validateFunction(callback, 'callback');
    const opts = primeOptions(options);
    new Promise((res) => res(randomPrime(size, opts))).then((v) => callback(null, v), (err) => callback(err));
  }

  // ---- Certificate: Netscape SPKAC.
  const spkacBytes = (spkac, encoding) => byteSource(typeof spkac === 'string' ? Buffer.from(spkac, encoding) : spkac, 'spkac', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView']);
  const spkacFns = {
    verifySpkac(spkac, encoding) {
      return binding.spkac('verify', spkacBytes(spkac, encoding));
    },
    exportPublicKey(spkac, encoding) {
      const r = binding.spkac('publicKey', spkacBytes(spkac, encoding));
      return r ? Buffer.from(r) : Buffer.alloc(0);
    },
    exportChallenge(spkac, encoding) {
      const r = binding.spkac('challenge', spkacBytes(spkac, encoding));
      return r ? Buffer.from(r) : Buffer.alloc(0);
    },
  };
  function Certificate() {
    if (!(this instanceof Certificate)) return new Certificate();
    return this;
  }
  for (const name of ['verifySpkac', 'exportPublicKey', 'exportChallenge']) Certificate.prototype[name] = spkacFns[name];
  for (const name of ['exportChallenge', 'exportPublicKey', 'verifySpkac']) Certificate[name] = spkacFns[name];

  // ---- X509Certificate (Go: ncrypto_x509.go). Each getter asks Go once
  // and keeps the answer, as workerd's do.
  function translatePeerCertificate(c) {
    if (c.infoAccess != null) {
      const info = c.infoAccess;
      c.infoAccess = {};
      info.replace(/([^\n:]*):([^\n]*)(?:\n|$)/g, (_, key, val) => {
        if (val.charCodeAt(0) === 0x22) val = JSON.parse(val);
        if (key in c.infoAccess) c.infoAccess[key].push(val);
        else c.infoAccess[key] = [val];
      });
    }
    return c;
  }
  function checkOptions(options) {
    if (options == null) return;
    errors.validateObject(options, 'options');
    for (const name of ['multiLabelWildcards', 'partialWildcards', 'singleLabelSubdomains', 'wildcards']) {
      if (options[name] !== undefined && typeof options[name] !== 'boolean') throw errors.invalidArgType('options.' + name, 'boolean', options[name]);
    }
    if (options.subject !== undefined) errors.validateString(options.subject, 'options.subject');
  }
  class X509Certificate {
    #handle;
    #state = new Map();
    constructor(buffer) {
      if (typeof buffer === 'string') buffer = Buffer.from(buffer);
      if (!ArrayBuffer.isView(buffer)) throw errors.invalidArgType('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
      const handle = binding.x509Parse(buffer);
      if (handle == null) throw errors.invalidArgValue('buffer', buffer, 'is not a valid certificate');
      this.#handle = handle;
    }
    #get(name, convert) {
      let value = this.#state.get(name);
      if (value === undefined) {
        value = binding.x509Get(this.#handle, name);
        if (value != null && convert) value = convert(value);
        this.#state.set(name, value);
      }
      return value ?? undefined;
    }
    get subject() { return this.#get('subject'); }
    get subjectAltName() { return this.#get('subjectAltName'); }
    get issuer() { return this.#get('issuer'); }
    // workerd keeps no issuer certificate.
    get issuerCertificate() { return undefined; }
    get infoAccess() { return this.#get('infoAccess'); }
    get validFrom() { return this.#get('validFrom'); }
    get validTo() { return this.#get('validTo'); }
    get fingerprint() { return this.#get('fingerprint'); }
    get fingerprint256() { return this.#get('fingerprint256'); }
    get fingerprint512() { return this.#get('fingerprint512'); }
    get keyUsage() { return this.#get('keyUsage'); }
    get serialNumber() { return this.#get('serialNumber'); }
    get raw() { return this.#get('raw', (ab) => Buffer.from(ab)); }
    get publicKey() { return this.#get('publicKey', (h) => wrapKey(h, 'public')); }
    toString() { return this.#get('pem'); }
    toJSON() { return this.toString(); }
    get ca() { return this.#get('ca') ?? false; }
    checkHost(name, options) {
      errors.validateString(name, 'name');
      checkOptions(options);
      return binding.x509Check(this.#handle, 'host', name, options?.wildcards, options?.partialWildcards, options?.subject);
    }
    checkEmail(email, options) {
      errors.validateString(email, 'email');
      checkOptions(options);
      return binding.x509Check(this.#handle, 'email', email, undefined, undefined, options?.subject);
    }
    checkIP(ip, options) {
      errors.validateString(ip, 'ip');
      checkOptions(options);
      return binding.x509Check(this.#handle, 'ip', ip);
    }
    checkIssued(otherCert) {
      if (!(otherCert instanceof X509Certificate)) throw errors.invalidArgType('otherCert', 'X509Certificate', otherCert);
      return binding.x509CheckIssued(this.#handle, otherCert.#handle);
    }
    checkPrivateKey(pkey) {
      if (!(pkey instanceof PrivateKeyObject)) throw errors.invalidArgType('pkey', 'KeyObject', pkey);
      return binding.x509CheckPrivateKey(this.#handle, pkey[kHandle]);
    }
    verify(pkey) {
      if (!(pkey instanceof PublicKeyObject)) throw errors.invalidArgType('pkey', 'KeyObject', pkey);
      return binding.x509Verify(this.#handle, pkey[kHandle]);
    }
    toLegacyObject() {
      let value = this.#state.get('legacy');
      if (value === undefined) {
        const l = binding.x509Legacy(this.#handle);
        const up = (v) => (v != null ? v.toUpperCase() : v);
        value = translatePeerCertificate({
          subject: l.subject, subjectAltName: l.subjectAltName, infoAccess: l.infoAccess, issuer: l.issuer, ca: l.ca,
          modulus: up(l.modulus), bits: l.bits, exponent: l.exponent, pubkey: l.pubkey != null ? Buffer.from(l.pubkey) : undefined,
          asn1Curve: l.asn1Curve, nistCurve: l.nistCurve, valid_from: l.valid_from, valid_to: l.valid_to,
          fingerprint: l.fingerprint, fingerprint256: l.fingerprint256, fingerprint512: l.fingerprint512,
          serialNumber: l.serialNumber, ext_key_usage: l.ext_key_usage, raw: Buffer.from(l.raw),
        });
        this.#state.set('legacy', value);
      }
      return value;
    }
  }

  // ---- constants: workerd's, own non-enumerable read-only properties of
  // an object with no prototype.
  hmacKeyOf = (key) => {
    if (!isKeyObject(key) && !isCryptoKey(key)) return undefined;
    if (key.type !== 'secret') throw wrongKeyType(key.type, 'secret');
    return binding.keyBytes(handleOf(key));
  };
  const constants = Object.create(null);
  for (const [name, value] of [['DH_CHECK_P_NOT_SAFE_PRIME', 2], ['DH_CHECK_P_NOT_PRIME', 1], ['DH_UNABLE_TO_CHECK_GENERATOR', 4], ['DH_NOT_SUITABLE_GENERATOR', 8],
    ['RSA_PKCS1_PADDING', 1], ['RSA_NO_PADDING', 3], ['RSA_PKCS1_OAEP_PADDING', 4], ['RSA_X931_PADDING', 5], ['RSA_PKCS1_PSS_PADDING', 6],
    ['RSA_PSS_SALTLEN_DIGEST', -1], ['RSA_PSS_SALTLEN_MAX_SIGN', -2], ['RSA_PSS_SALTLEN_AUTO', -2],
    ['POINT_CONVERSION_COMPRESSED', 2], ['POINT_CONVERSION_UNCOMPRESSED', 4], ['POINT_CONVERSION_HYBRID', 6], ['OPENSSL_VERSION_NUMBER', 0],
    ['SSL_OP_ALL', 2147485776], ['SSL_OP_ALLOW_NO_DHE_KEX', 1024], ['SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION', 262144], ['SSL_OP_CIPHER_SERVER_PREFERENCE', 4194304],
    ['SSL_OP_CISCO_ANYCONNECT', 32768], ['SSL_OP_COOKIE_EXCHANGE', 8192], ['SSL_OP_CRYPTOPRO_TLSEXT_BUG', 2147483648], ['SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS', 2048],
    ['SSL_OP_LEGACY_SERVER_CONNECT', 4], ['SSL_OP_NO_COMPRESSION', 131072], ['SSL_OP_NO_ENCRYPT_THEN_MAC', 524288], ['SSL_OP_NO_QUERY_MTU', 4096],
    ['SSL_OP_NO_RENEGOTIATION', 1073741824], ['SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION', 65536], ['SSL_OP_NO_SSLv2', 0], ['SSL_OP_NO_SSLv3', 33554432],
    ['SSL_OP_NO_TICKET', 16384], ['SSL_OP_NO_TLSv1', 67108864], ['SSL_OP_NO_TLSv1_1', 268435456], ['SSL_OP_NO_TLSv1_2', 134217728], ['SSL_OP_NO_TLSv1_3', 536870912],
    ['SSL_OP_PRIORITIZE_CHACHA', 2097152], ['SSL_OP_TLS_ROLLBACK_BUG', 8388608], ['ENGINE_METHOD_RSA', 1], ['ENGINE_METHOD_DSA', 2], ['ENGINE_METHOD_DH', 4],
    ['ENGINE_METHOD_RAND', 8], ['ENGINE_METHOD_EC', 2048], ['ENGINE_METHOD_CIPHERS', 64], ['ENGINE_METHOD_DIGESTS', 128], ['ENGINE_METHOD_PKEY_METHS', 512],
    ['ENGINE_METHOD_PKEY_ASN1_METHS', 1024], ['ENGINE_METHOD_ALL', 65535], ['ENGINE_METHOD_NONE', 0], ['defaultCoreCipherList', ''], ['TLS1_VERSION', 769],
    ['TLS1_1_VERSION', 770], ['TLS1_2_VERSION', 771], ['TLS1_3_VERSION', 772], ['defaultCipherList', '']]) {
    Object.defineProperty(constants, name, { value, writable: false, enumerable: false, configurable: false });
  }
  const webcrypto = globalThis.crypto;
  const all = {
    getRandomValues: webcrypto.getRandomValues.bind(webcrypto),
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
    Hash: callable(Hash, 2), Hmac: callable(Hmac, 3), createHash, createHmac,
    getHashes() { return binding.hashNames(); },
    hash, hkdf, hkdfSync, pbkdf2, pbkdf2Sync,
    timingSafeEqual,
    subtle: webcrypto && webcrypto.subtle,
    webcrypto,
    CryptoKey: globalThis.CryptoKey,
    KeyObject, PublicKeyObject, PrivateKeyObject, SecretKeyObject,
    createSecretKey, createPublicKey, createPrivateKey,
    generateKey, generateKeySync, generateKeyPair, generateKeyPairSync,
    Sign, Verify, createSign, createVerify, sign, verify,
    Cipheriv, Decipheriv, createCipheriv, createDecipheriv, getCipherInfo,
    getCiphers: function getCiphers() { return binding.getCiphers(); }.bind(null),
    createCipher() { throw errors.notImplemented('createCipher'); },
    // Cipher and Decipher are workerd's arrow functions that throw.
    Cipher: () => { throw errors.notImplemented('Cipher'); },
    Decipher: () => { throw errors.notImplemented('Decipher'); },
    ECDH, createECDH, DiffieHellman, DiffieHellmanGroup, createDiffieHellman, createDiffieHellmanGroup, getDiffieHellman, diffieHellman,
    checkPrime, checkPrimeSync, generatePrime, generatePrimeSync, Certificate, X509Certificate,
    createDecipher() { throw errors.notImplemented('createDecipher'); },
    publicEncrypt: rsaOp('publicEncrypt', 'public', 'key'),
    publicDecrypt: rsaOp('publicDecrypt', 'public', 'key'),
    privateEncrypt: rsaOp('privateEncrypt', 'private', 'privateKey'),
    privateDecrypt: rsaOp('privateDecrypt', 'private', 'privateKey'),
    scrypt, scryptSync,
    getCurves() { return ['secp224r1', 'prime256v1', 'secp384r1', 'secp521r1']; },
    secureHeapUsed() { return { total: 0, used: 0, utilization: 0, min: 0 }; },
    getFips() { return true; },
    fips: true,
    setFips(bool) { throw errors.notImplemented('setFips'); },
    setEngine(id, flags) { throw errors.notImplemented('setEngine'); },
    constants,
  };
  // workerd's order of the exports (Object.keys of the default export).
  const order = ['constants', 'DiffieHellman', 'DiffieHellmanGroup', 'createDiffieHellman', 'createDiffieHellmanGroup', 'getDiffieHellman',
    'diffieHellman', 'ECDH', 'createECDH', 'KeyObject', 'PublicKeyObject', 'PrivateKeyObject', 'SecretKeyObject', 'generateKey',
    'generateKeyPair', 'generateKeyPairSync', 'generateKeySync', 'createPrivateKey', 'createPublicKey', 'createSecretKey',
    'getRandomValues', 'pseudoRandomBytes', 'randomBytes', 'randomFillSync', 'randomFill', 'randomInt', 'randomUUID', 'generatePrime',
    'generatePrimeSync', 'checkPrime', 'checkPrimeSync', 'Hash', 'Hmac', 'createHash', 'createHmac', 'getHashes', 'hash', 'hkdf',
    'hkdfSync', 'pbkdf2', 'pbkdf2Sync', 'scrypt', 'scryptSync', 'getCiphers', 'getCurves', 'secureHeapUsed', 'setEngine',
    'timingSafeEqual', 'getFips', 'setFips', 'fips', 'subtle', 'webcrypto', 'Certificate', 'X509Certificate', 'createSign',
    'createVerify', 'sign', 'verify', 'Sign', 'Verify', 'Cipheriv', 'Decipheriv', 'createCipheriv', 'createDecipheriv',
    'publicDecrypt', 'publicEncrypt', 'privateDecrypt', 'privateEncrypt', 'getCipherInfo', 'CryptoKey', 'createCipher',
    'createDecipher', 'Cipher', 'Decipher'];
  module.exports = {};
  for (const name of order) module.exports[name] = all[name];
})
