// node:util: format and inspect (console.log's formatter), promisify,
// callbackify, inherits, deprecate, types, isDeepStrictEqual, the text
// codecs, and the legacy is* predicates.
(function (binding, require, module) {
  'use strict';
  const errors = require('internal/errors');
  const types = require('util/types');
  const customInspect = Symbol.for('nodejs.util.inspect.custom');
  const customPromisify = Symbol.for('nodejs.util.promisify.custom');
  const defaultOptions = { showHidden: false, depth: 2, colors: false, customInspect: true, showProxy: false,
    maxArrayLength: 100, maxStringLength: 10000, breakLength: 128, compact: 3, sorted: false, getters: false, numericSeparator: false };

  function inspect(value, opts) {
    let o = {};
    if (opts !== null && typeof opts === 'object') o = opts;
    else if (arguments.length > 1) {
      o = { showHidden: arguments[1] };
      if (arguments.length > 2) o.depth = arguments[2];
      if (arguments.length > 3) o.colors = arguments[3];
    }
    const merged = Object.assign({}, defaultOptions, o);
    if (merged.customInspect && value !== null && typeof value === 'object' && typeof value[customInspect] === 'function' && !binding.isBufferValue(value)) {
      const r = value[customInspect](merged.depth, merged, inspect);
      if (r !== value) return typeof r === 'string' ? r : inspect(r, o);
    }
    return binding.inspect(value, merged);
  }
  inspect.custom = customInspect;
  Object.defineProperty(inspect, 'defaultOptions', {
    get() { return defaultOptions; },
    set(o) { errors.validateObject(o, 'options'); Object.assign(defaultOptions, o); },
  });
  inspect.colors = Object.assign({ __proto__: null }, {
    reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23], underline: [4, 24], blink: [5, 25], inverse: [7, 27],
    hidden: [8, 28], strikethrough: [9, 29], black: [30, 39], red: [31, 39], green: [32, 39], yellow: [33, 39],
    blue: [34, 39], magenta: [35, 39], cyan: [36, 39], white: [37, 39], gray: [90, 39],
  });
  inspect.styles = Object.assign({ __proto__: null }, {
    special: 'cyan', number: 'yellow', bigint: 'yellow', boolean: 'yellow', undefined: 'grey', null: 'bold',
    string: 'green', symbol: 'green', date: 'magenta', regexp: 'red', module: 'underline',
  });

  function formatNumber(n, int) {
    if (typeof n === 'bigint') return n + 'n';
    if (typeof n === 'symbol') return 'NaN';
    const v = int ? parseInt(n) : Number(n);
    return Object.is(v, -0) ? '-0' : String(v);
  }
  function formatWithOptions(inspectOptions, ...args) {
    errors.validateObject(inspectOptions, 'inspectOptions');
    return formatImpl(inspectOptions, args);
  }
  function format(...args) { return formatImpl(undefined, args); }
  function formatImpl(opts, args) {
    const first = args[0];
    let a = 0, str = '', join = '';
    if (typeof first === 'string') {
      if (args.length === 1) return first;
      let lastPos = 0, tempStr;
      for (let i = 0; i < first.length - 1; i++) {
        if (first.charCodeAt(i) !== 37) continue;
        const next = first.charCodeAt(++i);
        if (a + 1 !== args.length) {
          switch (next) {
            case 115: { // s
              const arg = args[++a];
              if (typeof arg === 'number' || typeof arg === 'bigint') tempStr = formatNumber(arg, false);
              else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) tempStr = String(arg);
              else tempStr = inspect(arg, Object.assign({}, opts, { depth: 0, colors: false, compact: 3 }));
              break;
            }
            case 106: // j
              try { tempStr = JSON.stringify(args[++a]); } catch (e) { tempStr = '[Circular]'; }
              break;
            case 100: { // d
              const n = args[++a];
              tempStr = typeof n === 'object' && n !== null ? formatNumber(Number(n), false) : formatNumber(n, false);
              break;
            }
            case 79: tempStr = inspect(args[++a], opts); break; // O
            case 111: tempStr = inspect(args[++a], Object.assign({}, opts, { showHidden: true, showProxy: true, depth: 4 })); break; // o
            case 105: tempStr = formatNumber(args[++a], true); break; // i
            case 102: { const v = args[++a]; tempStr = typeof v === 'symbol' ? 'NaN' : String(parseFloat(v)); break; } // f
            case 99: a += 1; tempStr = ''; break; // c
            case 37: str += first.slice(lastPos, i); lastPos = i + 1; continue;
            default: continue;
          }
          if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
          str += tempStr;
          lastPos = i + 1;
        } else if (next === 37) {
          str += first.slice(lastPos, i);
          lastPos = i + 1;
        }
      }
      if (lastPos !== 0) {
        a++;
        join = ' ';
        if (lastPos < first.length) str += first.slice(lastPos);
      }
    }
    while (a < args.length) {
      const v = args[a];
      str += join;
      str += typeof v !== 'string' ? inspect(v, opts) : v;
      join = ' ';
      a++;
    }
    return str;
  }
  // hasBuiltInToString: %s prints an object with inspect unless it (or a
  // prototype of its own) defines toString.
  function hasBuiltInToString(v) {
    for (let o = v; o !== null; o = Object.getPrototypeOf(o)) {
      if (Object.prototype.hasOwnProperty.call(o, 'toString')) {
        return o === Object.prototype || o === Error.prototype || o === Array.prototype;
      }
    }
    return true;
  }

  function promisify(original) {
    errors.validateFunction(original, 'original');
    if (original[customPromisify]) {
      const fn = original[customPromisify];
      errors.validateFunction(fn, 'util.promisify.custom');
      return Object.defineProperty(fn, customPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
    }
    function fn(...args) {
      return new Promise((resolve, reject) => {
        Reflect.apply(original, this, [...args, (err, ...values) => {
          if (err) return reject(err);
          resolve(values[0]);
        }]);
      });
    }
    Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
    Object.defineProperty(fn, customPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
    return Object.defineProperties(fn, Object.getOwnPropertyDescriptors(original));
  }
  promisify.custom = customPromisify;

  function callbackify(original) {
    errors.validateFunction(original, 'original');
    function callbackified(...args) {
      const cb = args.pop();
      errors.validateFunction(cb, 'last argument');
      Reflect.apply(original, this, args).then(
        (v) => binding.queueMicrotask(cb, null, v),
        (reason) => {
          if (!reason) {
            const e = errors.makeError(Error, 'ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value');
            e.reason = reason;
            reason = e;
          }
          binding.queueMicrotask(cb, reason);
        });
    }
    Object.defineProperties(callbackified, Object.getOwnPropertyDescriptors(original));
    return callbackified;
  }

  function inherits(ctor, superCtor) {
    if (ctor === undefined || ctor === null) throw errors.invalidArgType('ctor', 'function', ctor);
    if (superCtor === undefined || superCtor === null) throw errors.invalidArgType('superCtor', 'function', superCtor);
    if (superCtor.prototype === undefined) throw errors.invalidArgType('superCtor.prototype', 'object', superCtor.prototype);
    Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
    Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
  }

  const warned = new Set();
  function deprecate(fn, msg, code) {
    errors.validateFunction(fn, 'fn');
    let done = false;
    function deprecated(...args) {
      if (!done && !(code && warned.has(code))) {
        done = true;
        if (code) warned.add(code);
        const p = globalThis.process;
        if (p && typeof p.emitWarning === 'function') p.emitWarning(msg, 'DeprecationWarning', code);
      }
      return new.target ? Reflect.construct(fn, args, new.target) : Reflect.apply(fn, this, args);
    }
    Object.setPrototypeOf(deprecated, fn);
    if (fn.prototype) deprecated.prototype = fn.prototype;
    return deprecated;
  }

  function isDeepStrictEqual(a, b) { return deepEqual(a, b, true, new Map()); }
  function deepEqual(a, b, strict, memo) {
    if (strict ? Object.is(a, b) : (a == b || (a !== a && b !== b))) return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
      return false;
    }
    if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
    const ta = Object.prototype.toString.call(a);
    if (ta !== Object.prototype.toString.call(b)) return false;
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    if (types.isDate(a)) { if (a.getTime() !== b.getTime()) return false; }
    else if (types.isRegExp(a)) { if (String(a) !== String(b) || a.lastIndex !== b.lastIndex) return false; }
    else if (types.isBoxedPrimitive(a)) { if (!Object.is(a.valueOf(), b.valueOf())) return false; }
    else if (a instanceof Error || types.isNativeError(a)) { if (a.message !== b.message || a.name !== b.name) return false; }
    if (ArrayBuffer.isView(a)) {
      if (a.byteLength !== b.byteLength) return false;
      const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength), y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
      for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
    }
    const seen = memo.get(a);
    if (seen === b) return true;
    memo.set(a, b);
    if (types.isMap(a)) {
      if (a.size !== b.size) return false;
      for (const [k, v] of a) { if (!b.has(k) || !deepEqual(v, b.get(k), strict, memo)) return false; }
    } else if (types.isSet(a)) {
      if (a.size !== b.size) return false;
      for (const v of a) {
        if (!b.has(v)) {
          if (typeof v !== 'object' || v === null) return false;
          let found = false;
          for (const w of b) if (deepEqual(v, w, strict, new Map(memo))) { found = true; break; }
          if (!found) return false;
        }
      }
    }
    const ka = Object.keys(a), kb = Object.keys(b);
    if (ka.length !== kb.length) return false;
    for (const k of ka) {
      if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
      if (!deepEqual(a[k], b[k], strict, memo)) return false;
    }
    if (strict) {
      const sa = Object.getOwnPropertySymbols(a).filter((s) => Object.prototype.propertyIsEnumerable.call(a, s));
      const sb = Object.getOwnPropertySymbols(b).filter((s) => Object.prototype.propertyIsEnumerable.call(b, s));
      if (sa.length !== sb.length) return false;
      for (const s of sa) if (!deepEqual(a[s], b[s], strict, memo)) return false;
    }
    return true;
  }

  function stripVTControlCharacters(str) {
    errors.validateString(str, 'str');
    return str.replace(/[\u001B\u009B][[\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\d/#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d/#&.:=?%@~_]*)*)?\u0007)|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g, '');
  }
  function debuglog(section, cb) {
    const logger = function debug() {};
    logger.enabled = false;
    return logger;
  }
  const notImplemented = (name) => function () { throw errors.notImplemented('util.' + name); };
  function styleText(format, text) {
    errors.validateString(text, 'text');
    for (const f of Array.isArray(format) ? format : [format]) {
      if (inspect.colors[f] === undefined) throw errors.invalidArgValue('format', f, 'must be one of: ' + Object.keys(inspect.colors).join(', '));
    }
    // validateStream: process.stdout is no TTY, so no colours, as in workerd.
    return text;
  }
  function aborted(signal, resource) {
    return new Promise((resolve) => {
      if (signal.aborted) resolve();
      else signal.addEventListener('abort', () => resolve(), { once: true });
    });
  }
  function isError(e) { return e instanceof Error || types.isNativeError(e); }
  module.exports = {
    types,
    callbackify, promisify, inspect, format, formatWithOptions, stripVTControlCharacters, inherits,
    _extend(target, source) {
      if (source === null || typeof source !== 'object') return target;
      for (const k of Object.keys(source)) target[k] = source[k];
      return target;
    },
    MIMEParams: undefined, MIMEType: undefined,
    toUSVString(s) { return String(s).toWellFormed ? String(s).toWellFormed() : String(s); },
    log(...args) { console.log(format(...args)); },
    aborted, debuglog, debug: debuglog, deprecate,
    getSystemErrorMap() { return new Map(); },
    getSystemErrorMessage(code) { return 'Unknown system error ' + code; },
    getSystemErrorName(code) { return 'Unknown system error ' + code; },
    TextEncoder: globalThis.TextEncoder, TextDecoder: globalThis.TextDecoder,
    parseArgs: notImplemented('parseArgs'),
    parseEnv: notImplemented('parseEnv'),
    styleText,
    transferableAbortController() { return new AbortController(); },
    transferableAbortSignal(s) { return s; },
    getCallSite: notImplemented('getCallSite'), getCallSites: notImplemented('getCallSites'),
    isDeepStrictEqual,
    convertProcessSignalToExitCode: notImplemented('convertProcessSignalToExitCode'),
    setTraceSigInt: notImplemented('setTraceSigInt'),
    diff: notImplemented('diff'),
    _errnoException: notImplemented('_errnoException'), _exceptionWithHostPort: notImplemented('_exceptionWithHostPort'),
    isArray: Array.isArray,
    isBoolean: (v) => typeof v === 'boolean',
    isBuffer: (v) => binding.isBufferValue(v),
    isDate: types.isDate,
    isError,
    isFunction: (v) => typeof v === 'function',
    isNull: (v) => v === null,
    isNullOrUndefined: (v) => v === null || v === undefined,
    isNumber: (v) => typeof v === 'number',
    isObject: (v) => v !== null && typeof v === 'object',
    isPrimitive: (v) => v === null || (typeof v !== 'object' && typeof v !== 'function'),
    isRegExp: types.isRegExp,
    isString: (v) => typeof v === 'string',
    isSymbol: (v) => typeof v === 'symbol',
    isUndefined: (v) => v === undefined,
  };
  module.exports.__deepEqual = deepEqual;
  Object.defineProperty(module.exports, '__deepEqual', { enumerable: false });
})
