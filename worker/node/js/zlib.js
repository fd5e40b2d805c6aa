// node:zlib as workerd has it: deflate, inflate, their raw, gzip and unzip
// forms and brotli, one-shot (callback and Sync) and as Transform streams
// (Deflate, createDeflate, ...), crc32, constants and codes. The engines are
// Go's (zlib.go: compress/flate, andybalholm/brotli) behind a handle with
// zlib's push interface, which the streams drive as Node's and workerd's do
// (chunkSize buffers, flush, params, reset, maxOutputLength). Without the
// nodejs_zlib flag every function throws workerd's error. zstd is
// klauspost/compress's (zstd.go).
(function (binding, require, module) {
  'use strict';
  const errors = require('internal/errors');
  const { Buffer } = require('buffer');
  const stream = require('stream');
  const { Transform } = stream;
  const constants = {
    Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
    Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
    Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6, Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1,
    Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1, Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3,
    Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0, ZLIB_VERNUM: 5120, DEFLATE: 1, INFLATE: 2, GZIP: 3,
    GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7, BROTLI_DECODE: 8, BROTLI_ENCODE: 9,
    Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15, Z_MIN_CHUNK: 64,
    Z_MAX_CHUNK: 134217728, Z_DEFAULT_CHUNK: 16384, Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9,
    Z_DEFAULT_MEMLEVEL: 8, Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1,
    BROTLI_OPERATION_PROCESS: 0, BROTLI_OPERATION_FLUSH: 1, BROTLI_OPERATION_FINISH: 2,
    BROTLI_OPERATION_EMIT_METADATA: 3, BROTLI_PARAM_MODE: 0, BROTLI_MODE_GENERIC: 0,
    BROTLI_MODE_TEXT: 1, BROTLI_MODE_FONT: 2, BROTLI_DEFAULT_MODE: 0, BROTLI_PARAM_QUALITY: 1,
    BROTLI_MIN_QUALITY: 0, BROTLI_MAX_QUALITY: 11, BROTLI_DEFAULT_QUALITY: 11,
    BROTLI_PARAM_LGWIN: 2, BROTLI_MIN_WINDOW_BITS: 10, BROTLI_MAX_WINDOW_BITS: 24,
    BROTLI_LARGE_MAX_WINDOW_BITS: 30, BROTLI_DEFAULT_WINDOW: 22, BROTLI_PARAM_LGBLOCK: 3,
    BROTLI_MIN_INPUT_BLOCK_BITS: 16, BROTLI_MAX_INPUT_BLOCK_BITS: 24,
    BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING: 4, BROTLI_PARAM_SIZE_HINT: 5,
    BROTLI_PARAM_LARGE_WINDOW: 6, BROTLI_PARAM_NPOSTFIX: 7, BROTLI_PARAM_NDIRECT: 8,
    BROTLI_DECODER_RESULT_ERROR: 0, BROTLI_DECODER_RESULT_SUCCESS: 1,
    BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: 3,
    BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION: 0, BROTLI_DECODER_PARAM_LARGE_WINDOW: 1,
    BROTLI_DECODER_NO_ERROR: 0, BROTLI_DECODER_SUCCESS: 1, BROTLI_DECODER_NEEDS_MORE_INPUT: 2,
    BROTLI_DECODER_NEEDS_MORE_OUTPUT: 3, BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE: -1,
    BROTLI_DECODER_ERROR_FORMAT_RESERVED: -2,
    BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE: -3,
    BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET: -4,
    BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME: -5, BROTLI_DECODER_ERROR_FORMAT_CL_SPACE: -6,
    BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE: -7,
    BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT: -8,
    BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1: -9,
    BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2: -10, BROTLI_DECODER_ERROR_FORMAT_TRANSFORM: -11,
    BROTLI_DECODER_ERROR_FORMAT_DICTIONARY: -12, BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS: -13,
    BROTLI_DECODER_ERROR_FORMAT_PADDING_1: -14, BROTLI_DECODER_ERROR_FORMAT_PADDING_2: -15,
    BROTLI_DECODER_ERROR_FORMAT_DISTANCE: -16, BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET: -19,
    BROTLI_DECODER_ERROR_INVALID_ARGUMENTS: -20, BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES: -21,
    BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS: -22, BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP: -25,
    BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1: -26, BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2: -27,
    BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES: -30, BROTLI_DECODER_ERROR_UNREACHABLE: -31,
    ZSTD_ENCODE: 10, ZSTD_DECODE: 11, ZSTD_COMPRESS: 10, ZSTD_DECOMPRESS: 11, ZSTD_e_continue: 0,
    ZSTD_e_flush: 1, ZSTD_e_end: 2, ZSTD_c_compressionLevel: 100, ZSTD_c_windowLog: 101,
    ZSTD_c_hashLog: 102, ZSTD_c_chainLog: 103, ZSTD_c_searchLog: 104, ZSTD_c_minMatch: 105,
    ZSTD_c_targetLength: 106, ZSTD_c_strategy: 107, ZSTD_c_enableLongDistanceMatching: 160,
    ZSTD_c_ldmHashLog: 161, ZSTD_c_ldmMinMatch: 162, ZSTD_c_ldmBucketSizeLog: 163,
    ZSTD_c_ldmHashRateLog: 164, ZSTD_c_contentSizeFlag: 200, ZSTD_c_checksumFlag: 201,
    ZSTD_c_dictIDFlag: 202, ZSTD_c_nbWorkers: 400, ZSTD_c_jobSize: 401, ZSTD_c_overlapLog: 402,
    ZSTD_d_windowLogMax: 100, ZSTD_fast: 1, ZSTD_dfast: 2, ZSTD_greedy: 3, ZSTD_lazy: 4,
    ZSTD_lazy2: 5, ZSTD_btlazy2: 6, ZSTD_btopt: 7, ZSTD_btultra: 8, ZSTD_btultra2: 9,
    ZSTD_CLEVEL_DEFAULT: 3, ZSTD_error_no_error: 0, ZSTD_error_GENERIC: 1,
    ZSTD_error_prefix_unknown: 10, ZSTD_error_version_unsupported: 12,
    ZSTD_error_frameParameter_unsupported: 14, ZSTD_error_frameParameter_windowTooLarge: 16,
    ZSTD_error_corruption_detected: 20, ZSTD_error_checksum_wrong: 22,
    ZSTD_error_literals_headerWrong: 24, ZSTD_error_dictionary_corrupted: 30,
    ZSTD_error_dictionary_wrong: 32, ZSTD_error_dictionaryCreation_failed: 34,
    ZSTD_error_parameter_unsupported: 40, ZSTD_error_parameter_combination_unsupported: 41,
    ZSTD_error_parameter_outOfBound: 42, ZSTD_error_tableLog_tooLarge: 44,
    ZSTD_error_maxSymbolValue_tooLarge: 46, ZSTD_error_maxSymbolValue_tooSmall: 48,
    ZSTD_error_stabilityCondition_notRespected: 50, ZSTD_error_stage_wrong: 60,
    ZSTD_error_init_missing: 62, ZSTD_error_memory_allocation: 64,
    ZSTD_error_workSpace_tooSmall: 66, ZSTD_error_dstSize_tooSmall: 70,
    ZSTD_error_srcSize_wrong: 72, ZSTD_error_dstBuffer_null: 74,
    ZSTD_error_noForwardProgress_destFull: 80, ZSTD_error_noForwardProgress_inputEmpty: 82,
  };
  const codes = {
    Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
    Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
  };
  for (const k of Object.keys(codes)) codes[codes[k]] = k;
  Object.freeze(codes);
  const C = constants;
  const kMaxLength = 2 ** 31 - 1;
  const kMaxChunk = C.Z_MAX_CHUNK;
  const isBrotli = (mode) => mode === C.BROTLI_ENCODE || mode === C.BROTLI_DECODE;
  const isZstd = (mode) => mode === C.ZSTD_ENCODE || mode === C.ZSTD_DECODE;

  // Errors as workerd makes them: the one-shot forms' native errors carry
  // errno and code; the streams' are NodeErrors.
  function engineError(e) {
    const err = new Error(e.message);
    err.errno = e.errno;
    err.code = errorCode(e.code);
    return err;
  }
  function streamError(e) {
    const err = errors.makeError(Error, errorCode(e.code), e.message, 'NodeError');
    err.code = errorCode(e.code); // the class NodeError is made once, for the first code
    err.errno = e.errno;
    return err;
  }
  // errorCode is an engine error's code; a brotli decoder's error name
  // becomes workerd's (ERR_ + BrotliDecoderErrorString:
  // ERR__ERROR_FORMAT_PADDING_1).
  function errorCode(code) {
    if (code.startsWith('Z_') || code.startsWith('ERR_')) return code;
    for (const kind of ['ERROR_FORMAT_', 'ERROR_ALLOC_', 'ERROR_']) {
      if (('BROTLI_DECODER_' + kind + code) in C) return 'ERR__' + kind + code;
    }
    return 'ERR__ERROR_FORMAT_' + code;
  }
  const closedError = () => new (require('assert').AssertionError)({ message: 'zlib binding closed' });
  function tooLarge(n) {
    const e = new RangeError('Cannot create a Buffer larger than ' + n + ' bytes');
    e.code = 'ERR_BUFFER_TOO_LARGE';
    return e;
  }
  function nativeRange(name, lo, hi, v, code) {
    const e = new RangeError('The value of "' + name + '" is out of range. It must be >= ' + lo + ' and <= ' + hi + '. Received ' + v);
    if (code) e.code = 'ERR_OUT_OF_RANGE';
    return e;
  }
  const checkInput = (data) => {
    if (typeof data === 'string' || ArrayBuffer.isView(data) || data instanceof ArrayBuffer) return;
    throw errors.invalidArgType('buffer', ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], data);
  };
  const bytes = (data) => (typeof data === 'string' ? Buffer.from(data) : data);

  // The validators of Node's zlib.
  function checkFiniteNumber(number, name) {
    if (number === undefined) return false;
    if (Number.isFinite(number)) return true;
    if (Number.isNaN(number)) return false;
    errors.validateNumber(number, name);
    throw errors.outOfRange(name, 'a finite number', number);
  }
  function checkRangesOrGetDefault(number, name, lower, upper, def) {
    if (!checkFiniteNumber(number, name)) return def;
    if (number < lower || number > upper) throw errors.outOfRange(name, '>= ' + lower + ' and <= ' + upper, number);
    return number;
  }
  function validateUint32(value, name) {
    if (typeof value !== 'number') throw errors.invalidArgType(name, 'number', value);
    if (!Number.isInteger(value)) throw errors.outOfRange(name, 'an integer', value);
    if (value < 0 || value > 4294967295) throw errors.outOfRange(name, '>= 0 && < 4294967296', value);
  }

  function crc32(data, value = 0) {
    validateUint32(value, 'value');
    if (typeof data !== 'string' && !ArrayBuffer.isView(data) && !(data instanceof ArrayBuffer)) {
      throw new TypeError("Failed to execute 'crc32' on 'ZlibUtil': parameter 1 is not of type 'string or ArrayBuffer or ArrayBufferView'.");
    }
    return binding.crc32(data, value);
  }

  // The one-shot path, workerd's native one. convert reads options as workerd's Options struct is read, before
  // anything runs (a callback form throws its errors): the zlib numbers as
  // int32 (NaN is 0), chunkSize and maxOutputLength as uint32, the
  // dictionary as a buffer.
  function toInt32(v) {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (Number.isNaN(n)) return 0;
    if (n > 2147483647 || n < -2147483648) throw new TypeError('Value out of range. Must be between -2147483648 and 2147483647 (inclusive).');
    return Math.trunc(n);
  }
  function toUint32(v) {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (Number.isNaN(n)) throw new TypeError('The value cannot be converted because it is not an integer.');
    if (n <= -1) throw new TypeError('The value cannot be converted because it is negative and this API expects a positive number.');
    if (n > 4294967295) throw new TypeError('Value out of range. Must be less than or equal to 4294967295.');
    return Math.trunc(n) + 0;
  }
  function convert(options, mode) {
    const o = options == null ? {} : options;
    const common = { flush: toInt32(o.flush), finishFlush: toInt32(o.finishFlush), chunkSize: toUint32(o.chunkSize), maxOutputLength: toUint32(o.maxOutputLength) };
    // brotli's and zstd's structs have params and none of zlib's fields.
    if (isBrotli(mode) || isZstd(mode)) return { ...common, params: o.params };
    const dictionary = o.dictionary;
    if (dictionary !== undefined && !ArrayBuffer.isView(dictionary) && !(dictionary instanceof ArrayBuffer)) {
      throw new TypeError("Incorrect type for the 'dictionary' field on 'Options': the provided value is not of type 'ArrayBuffer or ArrayBufferView'.");
    }
    return { ...common, level: toInt32(o.level), windowBits: toUint32(o.windowBits), memLevel: toInt32(o.memLevel), strategy: toInt32(o.strategy), dictionary };
  }
  const int = (v, def) => (v === undefined ? def : v);
  // nativeLimits checks chunkSize and maxOutputLength, first of all.
  function nativeLimits(o) {
    const chunkSize = int(o.chunkSize, C.Z_DEFAULT_CHUNK);
    if (chunkSize < C.Z_MIN_CHUNK || chunkSize > kMaxChunk) throw nativeRange('options.chunkSize', C.Z_MIN_CHUNK, kMaxChunk, chunkSize, true);
    const maxOutputLength = int(o.maxOutputLength, kMaxChunk);
    if (maxOutputLength < 1 || maxOutputLength > kMaxChunk) throw nativeRange('options.maxOutputLength', 1, kMaxChunk, maxOutputLength, true);
    return maxOutputLength;
  }
  function zlibNative(data, o, mode) {
    const maxOutputLength = nativeLimits(o);
    const dictionary = o.dictionary;
    let windowBits = int(o.windowBits, C.Z_DEFAULT_WINDOWBITS);
    const level = int(o.level, C.Z_DEFAULT_LEVEL), memLevel = int(o.memLevel, C.Z_DEFAULT_MEMLEVEL);
    const strategy = int(o.strategy, C.Z_DEFAULT_STRATEGY);
    if (!(windowBits === 0 && (mode === C.INFLATE || mode === C.GUNZIP || mode === C.UNZIP))) {
      if (windowBits < C.Z_MIN_WINDOWBITS || windowBits > C.Z_MAX_WINDOWBITS) throw nativeRange('options.windowBits', C.Z_MIN_WINDOWBITS, C.Z_MAX_WINDOWBITS, windowBits);
    }
    if (level < C.Z_MIN_LEVEL || level > C.Z_MAX_LEVEL) throw nativeRange('options.level', C.Z_MIN_LEVEL, C.Z_MAX_LEVEL, level);
    if (memLevel < C.Z_MIN_MEMLEVEL || memLevel > C.Z_MAX_MEMLEVEL) throw nativeRange('options.memLevel', C.Z_MIN_MEMLEVEL, C.Z_MAX_MEMLEVEL, memLevel);
    if (strategy < 0 || strategy > C.Z_FIXED) throw new Error('invalid strategy');
    const flush = int(o.flush, C.Z_NO_FLUSH);
    if (flush < 0 || flush > 6) throw nativeRange('options.flush', 0, 6, flush, true);
    const finishFlush = int(o.finishFlush, C.Z_FINISH);
    if (finishFlush < 0 || finishFlush > 6) throw nativeRange('options.finishFlush', 0, 6, finishFlush, true);
    // zlib takes windowBits 8 as 9 in a zlib stream and refuses it in the
    // others.
    if (windowBits === 8 && mode === C.DEFLATE) windowBits = 9;
    else if (windowBits === 8 && (mode === C.GZIP || mode === C.DEFLATERAW)) throw engineError({ errno: -2, code: 'Z_STREAM_ERROR', message: 'Zlib error' });
    return run(data, finishFlush, maxOutputLength, [mode, windowBits, level, memLevel, strategy, dictionary]);
  }
  function brotliNative(data, o, mode) {
    const maxOutputLength = nativeLimits(o);
    const params = {};
    if (o.params != null) {
      for (const k of Object.keys(o.params)) {
        const key = Number.parseInt(k, 10);
        if (!(key >= 0 && key <= (mode === C.BROTLI_ENCODE ? C.BROTLI_PARAM_NDIRECT : C.BROTLI_DECODER_PARAM_LARGE_WINDOW))) {
          throw engineError({ errno: -1, code: 'ERR_BROTLI_PARAM_SET_FAILED', message: 'Setting parameter failed' });
        }
        params[key] = Number(o.params[k]) >>> 0;
      }
    }
    const flush = int(o.flush, C.BROTLI_OPERATION_PROCESS);
    if (flush < 0 || flush > 3) throw nativeRange('options.flush', 0, 3, flush, true);
    const finishFlush = int(o.finishFlush, C.BROTLI_OPERATION_FINISH);
    if (finishFlush < 0 || finishFlush > 3) throw nativeRange('options.finishFlush', 0, 3, finishFlush, true);
    return run(data, finishFlush, maxOutputLength, [mode, 0, 0, 0, 0, undefined, params]);
  }
  const zstdCParams = Object.keys(C).filter((k) => k.startsWith('ZSTD_c_')).map((k) => C[k]);
  function zstdNative(data, o, mode) {
    const maxOutputLength = nativeLimits(o);
    const params = {};
    if (o.params != null) {
      for (const k of Object.keys(o.params)) {
        const key = Number.parseInt(k, 10);
        const enc = mode === C.ZSTD_ENCODE;
        if (!(enc ? zstdCParams.includes(key) : key === C.ZSTD_d_windowLogMax)) {
          throw engineError({ errno: -1, code: 'ERR_ZSTD_PARAM_SET_FAILED', message: 'Unsupported Zstd ' + (enc ? 'compression' : 'decompression') + ' parameter: ' + k });
        }
        params[key] = Number(o.params[k]) | 0;
      }
    }
    const flush = int(o.flush, C.ZSTD_e_continue);
    if (flush < 0 || flush > 2) throw nativeRange('options.flush', 0, 2, flush, true);
    const finishFlush = int(o.finishFlush, C.ZSTD_e_end);
    if (finishFlush < 0 || finishFlush > 2) throw nativeRange('options.finishFlush', 0, 2, finishFlush, true);
    return run(data, finishFlush, maxOutputLength, [mode, 0, 0, 0, 0, undefined, params]);
  }
  const native = (data, o, mode) => (isBrotli(mode) ? brotliNative : isZstd(mode) ? zstdNative : zlibNative)(data, o, mode);
  function run(data, finishFlush, maxOutputLength, args) {
    const r = binding.zlibSync(bytes(data), finishFlush, maxOutputLength, ...args);
    if (r === null) throw tooLarge(maxOutputLength);
    if (!(r instanceof ArrayBuffer)) throw engineError(r);
    return Buffer.from(r);
  }

  // processChunk is the info form: the engine's _processChunk.
  function processChunk(engine, data) {
    return { engine, buffer: engine._processChunk(bytes(data), engine._finishFlushFlag) };
  }
  function syncImpl(mode, C_) {
    return (data, options = {}) => {
      checkInput(data);
      if (!options.info) return native(data, convert(options, mode), mode);
      return processChunk(new C_(options), data);
    };
  }
  function normalizeArgs(options, callback) {
    if (typeof options === 'function') return [{}, options];
    if (typeof callback === 'function') return [options, callback];
    throw errors.invalidArgType('callback', 'Function', callback);
  }
  function asyncImpl(mode, C_) {
    return (data, optionsOrCallback, callbackOrUndefined) => {
      const [options, callback] = normalizeArgs(optionsOrCallback, callbackOrUndefined);
      checkInput(data);
      if (!options.info) {
        const o = convert(options, mode);
        let res;
        try {
          res = native(data, o, mode);
        } catch (e) {
          queueMicrotask(() => callback(e));
          return;
        }
        queueMicrotask(() => callback(null, res));
        return;
      }
      // With info the engine is made first: its option errors are thrown.
      const engine = new C_(options);
      let res;
      try {
        res = processChunk(engine, data);
      } catch (e) {
        queueMicrotask(() => callback(e));
        return;
      }
      queueMicrotask(() => callback(null, res));
    };
  }

  // The streams. A Handle is the engine (zlib.go) with workerd's handle
  // interface: write(flush, in, inOff, inLen, out, outOff, outLen) leaves
  // [availOut, availIn] in its state and calls back in a microtask;
  // writeSync does the same at once; an error goes to onError. Its last
  // says that the input ends with this write's (the stream's last chunk).
  const owner = Symbol('owner');
  class Handle {
    constructor(args) {
      this.st = binding.zlibNew(...args);
      this.state = new Uint32Array(2);
      this.buffer = null;
      this.cb = null;
      this.onError = null;
      this.last = false;
      this[owner] = null;
    }
    #run(flush, input, inOff, inLen, out, outOff, outLen) {
      const r = binding.zlibWrite(this.st, flush, input, inOff, inLen, out, outOff, outLen, this.last);
      if (!Array.isArray(r)) { this.onError(r); return false; }
      this.state[0] = r[0];
      this.state[1] = r[1];
      return true;
    }
    write(...args) { if (this.#run(...args)) queueMicrotask(() => processCallback.call(this)); }
    writeSync(...args) { this.#run(...args); }
    params(level, strategy) { binding.zlibParams(this.st, level, strategy); }
    reset() { binding.zlibReset(this.st); }
    close() { binding.zlibClose(this.st); }
  }

  // processCallback is Node's: push what the write produced, and write
  // again while the output room was filled.
  function processCallback() {
    const handle = this;
    const self = this[owner];
    const state = handle.state;
    if (self.destroyed) { this.buffer = null; this.cb(); return; }
    const availOutAfter = state[0], availInAfter = state[1];
    const inDelta = handle.availInBefore - availInAfter;
    self.bytesWritten += inDelta;
    const have = handle.availOutBefore - availOutAfter;
    let full = false;
    if (have > 0) {
      const out = self._outBuffer.slice(self._outOffset, self._outOffset + have);
      self._outOffset += have;
      full = !self.push(out);
    }
    if (self.destroyed) { this.cb(); return; }
    if (availOutAfter === 0 || self._outOffset >= self._chunkSize) {
      handle.availOutBefore = self._chunkSize;
      self._outOffset = 0;
      self._outBuffer = Buffer.allocUnsafe(self._chunkSize);
    }
    if (availOutAfter === 0) {
      handle.inOff += inDelta;
      handle.availInBefore = availInAfter;
      const again = () => handle.write(handle.flushFlag, this.buffer, handle.inOff, handle.availInBefore, self._outBuffer, self._outOffset, self._chunkSize);
      if (!full) again();
      else {
        const oldRead = self._read;
        self._read = (n) => { self._read = oldRead; again(); self._read(n); };
      }
      return;
    }
    // Input left with room to spare: the stream ended before it.
    if (availInAfter > 0) self.push(null);
    this.buffer = null;
    this.cb();
  }

  const flushiness = [];
  const kFlushFlagList = [C.Z_NO_FLUSH, C.Z_BLOCK, C.Z_PARTIAL_FLUSH, C.Z_SYNC_FLUSH, C.Z_FULL_FLUSH, C.Z_FINISH];
  kFlushFlagList.forEach((f, i) => { flushiness[f] = i; });
  const maxFlush = (a, b) => (flushiness[a] > flushiness[b] ? a : b);
  const kFlushFlag = Symbol('kFlushFlag');
  const kError = Symbol('kError');
  const kFlushBuffers = [];
  for (const f of kFlushFlagList) {
    const buf = Buffer.from(new ArrayBuffer(0));
    buf[kFlushFlag] = f;
    kFlushBuffers[f] = buf;
  }

  function processChunkSync(self, chunk, flushFlag) {
    let availInBefore = chunk.byteLength;
    let availOutBefore = self._chunkSize - self._outOffset;
    let inOff = 0, inputRead = 0, nread = 0;
    const buffers = [];
    const state = self._handle.state;
    const handle = self._handle;
    handle.last = true;
    let buffer = self._outBuffer, offset = self._outOffset;
    const chunkSize = self._chunkSize;
    let error;
    self.on('error', (er) => { error = er; });
    for (;;) {
      handle.writeSync(flushFlag, chunk, inOff, availInBefore, buffer, offset, availOutBefore);
      if (error) throw error;
      if (self[kError]) throw self[kError];
      const availOutAfter = state[0], availInAfter = state[1];
      const inDelta = availInBefore - availInAfter;
      inputRead += inDelta;
      const have = availOutBefore - availOutAfter;
      if (have > 0) {
        const out = buffer.slice(offset, offset + have);
        offset += have;
        buffers.push(out);
        nread += out.byteLength;
        if (nread > self._maxOutputLength) {
          close(self);
          throw errors.makeError(RangeError, 'ERR_BUFFER_TOO_LARGE', 'Cannot create a Buffer larger than ' + self._maxOutputLength + ' bytes');
        }
      }
      if (availOutAfter === 0 || offset >= chunkSize) {
        availOutBefore = chunkSize;
        offset = 0;
        buffer = Buffer.allocUnsafe(chunkSize);
      }
      if (availOutAfter === 0) { inOff += inDelta; availInBefore = availInAfter; } else break;
    }
    self.bytesWritten = inputRead;
    close(self);
    if (nread === 0) return Buffer.alloc(0);
    return buffers.length === 1 ? buffers[0] : Buffer.concat(buffers, nread);
  }
  function close(engine) {
    if (engine._handle) engine._handle.close();
    engine._handle = null;
  }

  const FLUSH_BOUND = [[C.Z_NO_FLUSH, C.Z_BLOCK], [C.BROTLI_OPERATION_PROCESS, C.BROTLI_OPERATION_EMIT_METADATA], [C.ZSTD_e_continue, C.ZSTD_e_end]];
  const zlibDefaultOptions = { flush: C.Z_NO_FLUSH, finishFlush: C.Z_FINISH, fullFlush: C.Z_FULL_FLUSH };

  class ZlibBase extends Transform {
    constructor(opts, mode, handle, { flush, finishFlush, fullFlush } = zlibDefaultOptions) {
      let chunkSize = C.Z_DEFAULT_CHUNK;
      let maxOutputLength = kMaxLength;
      const bound = FLUSH_BOUND[isBrotli(mode) ? 1 : isZstd(mode) ? 2 : 0];
      if (opts) {
        if (opts.chunkSize != null) chunkSize = opts.chunkSize;
        if (!checkFiniteNumber(chunkSize, 'options.chunkSize')) chunkSize = C.Z_DEFAULT_CHUNK;
        else if (chunkSize < C.Z_MIN_CHUNK) throw errors.outOfRange('options.chunkSize', '>= ' + C.Z_MIN_CHUNK, chunkSize);
        flush = checkRangesOrGetDefault(opts.flush, 'options.flush', bound[0], bound[1], flush);
        finishFlush = checkRangesOrGetDefault(opts.finishFlush, 'options.finishFlush', bound[0], bound[1], finishFlush);
        maxOutputLength = checkRangesOrGetDefault(opts.maxOutputLength, 'options.maxOutputLength', 1, kMaxLength, kMaxLength);
        if (opts.encoding || opts.objectMode || opts.writableObjectMode) {
          opts = { ...opts, encoding: undefined, objectMode: false, writableObjectMode: false };
        }
      }
      super({ autoDestroy: true, ...opts });
      this.bytesWritten = 0;
      this._maxOutputLength = maxOutputLength;
      this._outBuffer = Buffer.allocUnsafe(chunkSize);
      this._outOffset = 0;
      this._chunkSize = chunkSize;
      this._defaultFlushFlag = flush;
      this._finishFlushFlag = finishFlush;
      this._defaultFullFlushFlag = fullFlush;
      this._info = Boolean(opts && opts.info);
      this._handle = handle;
      this._writeState = handle.state;
      this._writesInProgress = 0;
      this._hadWrites = false;
      handle[owner] = this;
      handle.onError = (e) => {
        // What a stream that stops short decoded comes first (zlib.go).
        if (e.produced > 0 && !this[kError]) this.push(this._outBuffer.slice(this._outOffset, this._outOffset + e.produced));
        const error = streamError(e);
        this.destroy(error);
        this[kError] = error;
      };
    }
    get _closed() { return this._handle == null; }
    get bytesRead() { return this.bytesWritten; }
    set bytesRead(value) { this.bytesWritten = value; }
    reset() {
      if (!this._handle) throw closedError();
      this._handle.reset();
    }
    _flush(callback) {
      if (this._writesInProgress > 0) { queueMicrotask(() => this._flush(callback)); return; }
      const go = () => {
        const chunk = Buffer.alloc(0);
        chunk[kFlushFlag] = this._finishFlushFlag;
        this._transform(chunk, 'utf8', callback);
      };
      if (this._hadWrites) queueMicrotask(go); else go();
    }
    // prefinish and finish come before what the end flushes, as in
    // workerd, whose Transform runs _flush at prefinish when _final is its
    // own.
    _final(callback) {
      this.emit('prefinish');
      callback();
      this._flush((err) => {
        if (err) this.destroy(err);
        else this.push(null);
      });
    }
    flush(kind, callback) {
      if (typeof kind === 'function' || (kind === undefined && !callback)) {
        callback = kind;
        kind = this._defaultFullFlushFlag;
      }
      if (this.writableFinished) { if (callback) queueMicrotask(callback); }
      else if (this.writableEnded) { if (callback) this.once('end', callback); }
      else this.write(kFlushBuffers[kind], 'utf8', callback);
    }
    close(callback) {
      if (callback) stream.finished(this, callback);
      this.destroy();
    }
    _destroy(err, callback) {
      close(this);
      callback(err);
    }
    _transform(chunk, encoding, cb) {
      let flushFlag = this._defaultFlushFlag;
      if (typeof chunk[kFlushFlag] === 'number') flushFlag = chunk[kFlushFlag];
      const last = this.writableEnded && this.writableLength === chunk.byteLength;
      if (last) flushFlag = maxFlush(flushFlag, this._finishFlushFlag);
      if (this._handle) this._handle.last = last;
      this.#processChunk(chunk, flushFlag, cb);
    }
    _processChunk(chunk, flushFlag, cb) {
      if (typeof cb === 'function') { this.#processChunk(chunk, flushFlag, cb); return undefined; }
      return processChunkSync(this, chunk, flushFlag);
    }
    #processChunk(chunk, flushFlag, cb) {
      if (!this._handle) { queueMicrotask(cb); return; }
      if (chunk.byteLength > 0) this._hadWrites = true;
      this._writesInProgress++;
      const h = this._handle;
      h.buffer = chunk;
      h.cb = () => { this._writesInProgress--; cb(); };
      h.availOutBefore = this._chunkSize - this._outOffset;
      h.availInBefore = chunk.byteLength;
      h.inOff = 0;
      h.flushFlag = flushFlag;
      h.write(flushFlag, chunk, 0, h.availInBefore, this._outBuffer, this._outOffset, h.availOutBefore);
    }
  }

  class Zlib extends ZlibBase {
    constructor(options, mode) {
      let windowBits = C.Z_DEFAULT_WINDOWBITS, level = C.Z_DEFAULT_COMPRESSION;
      let memLevel = C.Z_DEFAULT_MEMLEVEL, strategy = C.Z_DEFAULT_STRATEGY, dictionary;
      if (options != null) {
        if ((options.windowBits == null || options.windowBits === 0) && (mode === C.INFLATE || mode === C.GUNZIP || mode === C.UNZIP)) {
          windowBits = 0;
        } else {
          const min = C.Z_MIN_WINDOWBITS + (mode === C.GZIP ? 1 : 0);
          windowBits = checkRangesOrGetDefault(options.windowBits, 'options.windowBits', min, C.Z_MAX_WINDOWBITS, C.Z_DEFAULT_WINDOWBITS);
        }
        level = checkRangesOrGetDefault(options.level, 'options.level', C.Z_MIN_LEVEL, C.Z_MAX_LEVEL, C.Z_DEFAULT_COMPRESSION);
        memLevel = checkRangesOrGetDefault(options.memLevel, 'options.memLevel', C.Z_MIN_MEMLEVEL, C.Z_MAX_MEMLEVEL, C.Z_DEFAULT_MEMLEVEL);
        strategy = checkRangesOrGetDefault(options.strategy, 'options.strategy', C.Z_DEFAULT_STRATEGY, C.Z_FIXED, C.Z_DEFAULT_STRATEGY);
        dictionary = options.dictionary;
        if (dictionary !== undefined && !ArrayBuffer.isView(dictionary)) {
          if (dictionary instanceof ArrayBuffer) dictionary = Buffer.from(dictionary);
          else throw errors.invalidArgType('options.dictionary', ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], dictionary);
        }
      }
      if (windowBits === 8 && mode === C.DEFLATE) windowBits = 9;
      const handle = new Handle([mode, windowBits, level, memLevel, strategy, dictionary]);
      super(options || {}, mode, handle);
      this._level = level;
      this._strategy = strategy;
    }
    params(level, strategy, callback) {
      checkRangesOrGetDefault(level, 'level', C.Z_MIN_LEVEL, C.Z_MAX_LEVEL);
      checkRangesOrGetDefault(strategy, 'strategy', C.Z_DEFAULT_STRATEGY, C.Z_FIXED);
      if (this._level !== level || this._strategy !== strategy) {
        this.flush(C.Z_SYNC_FLUSH, () => {
          if (!this._handle) throw closedError();
          this._handle.params(level, strategy);
          if (!this.destroyed) {
            this._level = level;
            this._strategy = strategy;
            if (callback) callback();
          }
        });
      } else queueMicrotask(callback);
    }
  }

  const kMaxBrotliParam = C.BROTLI_PARAM_NDIRECT;
  const brotliDefaultOptions = { flush: C.BROTLI_OPERATION_PROCESS, finishFlush: C.BROTLI_OPERATION_FINISH, fullFlush: C.BROTLI_OPERATION_FLUSH };
  class Brotli extends ZlibBase {
    constructor(options, mode) {
      const params = {};
      if (options && options.params) {
        for (const [origKey, value] of Object.entries(options.params)) {
          const key = +origKey;
          if (Number.isNaN(key) || key < 0 || key > kMaxBrotliParam || key in params) {
            throw errors.makeError(RangeError, 'ERR_BROTLI_INVALID_PARAM', origKey + ' is not a valid Brotli parameter');
          }
          if (typeof value !== 'number' && typeof value !== 'boolean') throw errors.invalidArgType('options.params[key]', 'number', value);
          params[key] = value >>> 0;
        }
      }
      if (mode === C.BROTLI_DECODE && Object.keys(params).some((k) => k > C.BROTLI_DECODER_PARAM_LARGE_WINDOW)) {
        throw errors.makeError(Error, 'ERR_ZLIB_INITIALIZATION_FAILED', 'Initialization failed');
      }
      const handle = new Handle([mode, 0, 0, 0, 0, undefined, params]);
      super(options || {}, mode, handle, brotliDefaultOptions);
    }
  }

  const zstdDefaultOptions = { flush: C.ZSTD_e_continue, finishFlush: C.ZSTD_e_end, fullFlush: C.ZSTD_e_flush };
  const kMaxZstdCParam = Math.max(...zstdCParams), kMaxZstdDParam = C.ZSTD_d_windowLogMax;
  class Zstd extends ZlibBase {
    constructor(options, mode) {
      const maxParam = mode === C.ZSTD_ENCODE ? kMaxZstdCParam : kMaxZstdDParam;
      const params = {};
      if (options && options.params) {
        for (const [origKey, value] of Object.entries(options.params)) {
          const key = +origKey;
          if (Number.isNaN(key) || key < 0 || key > maxParam || key in params) {
            throw errors.makeError(RangeError, 'ERR_ZSTD_INVALID_PARAM', origKey + ' is not a valid Zstd parameter');
          }
          if (typeof value !== 'number' && typeof value !== 'boolean') throw errors.invalidArgType('options.params[key]', 'number', value);
          params[key] = value | 0;
        }
      }
      const known = mode === C.ZSTD_ENCODE ? (k) => zstdCParams.includes(+k) : (k) => +k === C.ZSTD_d_windowLogMax;
      if (!Object.keys(params).every(known)) throw errors.makeError(Error, 'ERR_ZLIB_INITIALIZATION_FAILED', 'Initialization failed');
      const handle = new Handle([mode, 0, 0, 0, 0, undefined, params]);
      super(options || {}, mode, handle, zstdDefaultOptions);
    }
  }

  const modes = { Gzip: C.GZIP, Gunzip: C.GUNZIP, Deflate: C.DEFLATE, DeflateRaw: C.DEFLATERAW, Inflate: C.INFLATE, InflateRaw: C.INFLATERAW, Unzip: C.UNZIP };
  const classes = {};
  for (const [name, mode] of Object.entries(modes)) {
    if (name === 'DeflateRaw') continue;
    classes[name] = { [name]: class extends Zlib { constructor(options) { super(options, mode); } } }[name];
  }
  // DeflateRaw takes windowBits 8 as 9, as zlib does.
  classes.DeflateRaw = class DeflateRaw extends Zlib {
    constructor(options) {
      if (options && options.windowBits === 8) options.windowBits = 9;
      super(options, C.DEFLATERAW);
    }
  };
  classes.BrotliCompress = class BrotliCompress extends Brotli { constructor(options) { super(options, C.BROTLI_ENCODE); } };
  classes.BrotliDecompress = class BrotliDecompress extends Brotli { constructor(options) { super(options, C.BROTLI_DECODE); } };
  classes.ZstdCompress = class ZstdCompress extends Zstd { constructor(options) { super(options, C.ZSTD_ENCODE); } };
  classes.ZstdDecompress = class ZstdDecompress extends Zstd { constructor(options) { super(options, C.ZSTD_DECODE); } };

  const enabled = binding.zlibEnabled;
  // protect is workerd's protectMethod: without nodejs_zlib, a function
  // that throws.
  function protect(f) {
    if (enabled) return f;
    return function notImplemented() { throw new Error('Compatibility flag "nodejs_zlib" is not enabled'); };
  }
  // named gives an arrow its exported name and length (workerd's are
  // function declarations).
  function named(name, length, f) {
    const g = { [name]: function (...args) { return f(...args); } }[name];
    Object.defineProperty(g, 'length', { value: length });
    return g;
  }
  const fns = {};
  for (const name of ['Gzip', 'Gunzip', 'Deflate', 'DeflateRaw', 'Inflate', 'InflateRaw', 'Unzip', 'BrotliCompress', 'BrotliDecompress', 'ZstdCompress', 'ZstdDecompress']) {
    fns[name] = protect(classes[name]);
    const C_ = classes[name];
    fns['create' + name] = protect(named('create' + name, 1, (options) => new C_(options)));
  }
  const oneShot = [['inflate', 'Inflate'], ['deflate', 'Deflate'], ['inflateRaw', 'InflateRaw'], ['deflateRaw', 'DeflateRaw'],
    ['gzip', 'Gzip'], ['gunzip', 'Gunzip'], ['unzip', 'Unzip'], ['brotliDecompress', 'BrotliDecompress'], ['brotliCompress', 'BrotliCompress'],
    ['zstdCompress', 'ZstdCompress'], ['zstdDecompress', 'ZstdDecompress']];
  const otherModes = { BrotliCompress: C.BROTLI_ENCODE, BrotliDecompress: C.BROTLI_DECODE, ZstdCompress: C.ZSTD_ENCODE, ZstdDecompress: C.ZSTD_DECODE };
  for (const [name, cls] of oneShot) {
    const mode = modes[cls] || otherModes[cls];
    fns[name] = protect(named(name, 3, asyncImpl(mode, classes[cls])));
    fns[name + 'Sync'] = protect(named(name + 'Sync', 1, syncImpl(mode, classes[cls])));
  }

  // workerd's default export has every constant, its named exports leave
  // out the ones zlib.ts does not list. mcrepl's module has one object for
  // both (package node): those constants are on it, not enumerable, so that
  // the named exports are workerd's and zlib.ZSTD_c_windowLog is there.
  const exp = { crc32, codes, constants };
  const unnamed = /^(ZSTD_[cde]_|ZSTD_(fast|dfast|greedy|lazy|lazy2|btlazy2|btopt|btultra|btultra2|CLEVEL_DEFAULT)$|BROTLI_PARAM_SIZE_HINT$)/;
  for (const [k, v] of Object.entries(constants)) {
    if (unnamed.test(k)) Object.defineProperty(exp, k, { value: v, writable: true, configurable: true, enumerable: false });
    else exp[k] = v;
  }
  const order = ['Gzip', 'Gunzip', 'Deflate', 'DeflateRaw', 'Inflate', 'InflateRaw', 'Unzip', 'BrotliCompress', 'BrotliDecompress', 'ZstdCompress', 'ZstdDecompress',
    'createGzip', 'createGunzip', 'createDeflate', 'createDeflateRaw', 'createInflate', 'createInflateRaw', 'createUnzip', 'createBrotliCompress', 'createBrotliDecompress', 'createZstdCompress', 'createZstdDecompress',
    'inflate', 'inflateSync', 'deflate', 'deflateSync', 'inflateRaw', 'inflateRawSync', 'deflateRaw', 'deflateRawSync', 'gzip', 'gzipSync', 'gunzip', 'gunzipSync', 'unzip', 'unzipSync',
    'brotliDecompress', 'brotliDecompressSync', 'brotliCompress', 'brotliCompressSync', 'zstdCompress', 'zstdCompressSync', 'zstdDecompress', 'zstdDecompressSync'];
  for (const k of order) exp[k] = fns[k];
  module.exports = exp;
})
