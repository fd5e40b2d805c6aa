// internal/util, node:util's implementation (util.js): format and inspect
// (console.log's formatter), promisify, callbackify, inherits, deprecate,
// types, isDeepStrictEqual, the text codecs, and the legacy is* predicates.
(function (binding, require, module) {
  'use strict';
  const errors = require('internal/errors');
  const types = require('util/types');
  const customInspect = Symbol.for('nodejs.util.inspect.custom');
  const customPromisify = Symbol.for('nodejs.util.promisify.custom');
  const customPromisifyArgs = Symbol.for('nodejs.util.promisify.custom.args');
  const defaultOptions = { showHidden: false, depth: 2, colors: false, customInspect: true, showProxy: false,
    maxArrayLength: 100, maxStringLength: 10000, breakLength: 80, compact: 3, sorted: false, getters: false, numericSeparator: false };

  function inspect(value, opts) {
    let o = {};
    if (opts !== null && typeof opts === 'object') o = opts;
    else if (arguments.length > 1) {
      o = { showHidden: arguments[1] };
      if (arguments.length > 2) o.depth = arguments[2];
      if (arguments.length > 3) o.colors = arguments[3];
    }
    const merged = Object.assign({}, defaultOptions, o);
    return binding.inspect(value, merged, inspect);
  }
  inspect.custom = customInspect;
  Object.defineProperty(inspect, 'defaultOptions', {
    get() { return defaultOptions; },
    set(o) { errors.validateObject(o, 'options'); Object.assign(defaultOptions, o); },
  });
  // Node's SGR styles: the enumerable names, then the aliases as
  // non-enumerable accessors of the same entries.
  inspect.colors = { __proto__: null };
  for (const [name, on, off] of [['reset', 0, 0], ['bold', 1, 22], ['dim', 2, 22], ['italic', 3, 23], ['underline', 4, 24],
    ['blink', 5, 25], ['inverse', 7, 27], ['hidden', 8, 28], ['strikethrough', 9, 29], ['doubleunderline', 21, 24]]) inspect.colors[name] = [on, off];
  const hues = ['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white'];
  hues.forEach((h, i) => { inspect.colors[h] = [30 + i, 39]; });
  hues.forEach((h, i) => { inspect.colors['bg' + h[0].toUpperCase() + h.slice(1)] = [40 + i, 49]; });
  inspect.colors.framed = [51, 54];
  inspect.colors.overlined = [53, 55];
  inspect.colors.gray = [90, 39];
  hues.slice(1).forEach((h, i) => { inspect.colors[h + 'Bright'] = [91 + i, 39]; });
  inspect.colors.bgGray = [100, 49];
  hues.slice(1).forEach((h, i) => { inspect.colors['bg' + h[0].toUpperCase() + h.slice(1) + 'Bright'] = [101 + i, 49]; });
  for (const [alias, target] of [['grey', 'gray'], ['blackBright', 'gray'], ['bgGrey', 'bgGray'], ['bgBlackBright', 'bgGray'],
    ['faint', 'dim'], ['crossedout', 'strikethrough'], ['strikeThrough', 'strikethrough'], ['crossedOut', 'strikethrough'],
    ['conceal', 'hidden'], ['swapColors', 'inverse'], ['swapcolors', 'inverse'], ['doubleUnderline', 'doubleunderline']]) {
    Object.defineProperty(inspect.colors, alias, {
      get() { return this[target]; },
      set(value) { Object.defineProperty(this, alias, { value, writable: true, enumerable: true, configurable: true }); },
      enumerable: false, configurable: true,
    });
  }
  inspect.styles = Object.assign({ __proto__: null }, {
    special: 'cyan', number: 'yellow', bigint: 'yellow', boolean: 'yellow', undefined: 'grey', null: 'bold',
    string: 'green', symbol: 'green', date: 'magenta', regexp: 'red', module: 'underline',
  });
  // 'name' is a style slot with no colour: listed, not enumerable.
  Object.defineProperty(inspect.styles, 'name', { value: undefined, writable: true, enumerable: false, configurable: true });
  const regexp = Object.getOwnPropertyDescriptor(inspect.styles, 'regexp'), module_ = Object.getOwnPropertyDescriptor(inspect.styles, 'module');
  delete inspect.styles.regexp; delete inspect.styles.module;
  Object.defineProperty(inspect.styles, 'regexp', regexp);
  Object.defineProperty(inspect.styles, 'module', module_);

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
  // hasBuiltInToString: %s prints an object with inspect unless its
  // toString is its own or comes from a prototype that is not a built-in
  // class's (Date, Map and URL are inspected; a class with toString is not).
  let builtIns;
  function hasBuiltInToString(v) {
    if (typeof v.toString !== 'function') return true;
    if (Object.prototype.hasOwnProperty.call(v, 'toString')) return false;
    let p = v;
    do { p = Object.getPrototypeOf(p); } while (!Object.prototype.hasOwnProperty.call(p, 'toString'));
    const d = Object.getOwnPropertyDescriptor(p, 'constructor');
    if (builtIns === undefined) {
      builtIns = new Set(Object.getOwnPropertyNames(globalThis).filter((k) => /^[A-Z][a-zA-Z0-9]+$/.test(k) && typeof globalThis[k] === 'function'));
    }
    return d !== undefined && typeof d.value === 'function' && builtIns.has(d.value.name);
  }

  function promisify(original) {
    errors.validateFunction(original, 'original');
    if (original[customPromisify]) {
      const fn = original[customPromisify];
      errors.validateFunction(fn, 'util.promisify.custom');
      return Object.defineProperty(fn, customPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
    }
    // A callback with several results names them (as node:crypto's
    // generateKeyPair does): the promise resolves to an object of them.
    const names = original[customPromisifyArgs];
    function fn(...args) {
      return new Promise((resolve, reject) => {
        Reflect.apply(original, this, [...args, (err, ...values) => {
          if (err) return reject(err);
          if (names === undefined || values.length < 2) return resolve(values[0]);
          const out = {};
          for (let i = 0; i < names.length; i++) out[names[i]] = values[i];
          resolve(out);
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
    const descriptors = Object.getOwnPropertyDescriptors(original);
    if (descriptors.length && typeof descriptors.length.value === 'number') descriptors.length.value++;
    if (descriptors.name && typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
    Object.defineProperties(callbackified, descriptors);
    return callbackified;
  }

  function inherits(ctor, superCtor) {
    if (ctor === undefined || ctor === null) throw errors.invalidArgType('ctor', 'function', ctor);
    if (superCtor === undefined || superCtor === null) throw errors.invalidArgType('superCtor', 'function', superCtor);
    if (superCtor.prototype === undefined) throw errors.invalidArgType('superCtor.prototype', 'object', superCtor.prototype);
    Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
    Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
  }

  // workerd's deprecate returns the function itself: no wrapper, no
  // warning, no checks.
  function deprecate(fn, msg, code, options) { return fn; }

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
  // debuglog: every section is on in workerd (there is no NODE_DEBUG); a
  // line is "SECTION: message" and an empty one, through console.log. The
  // callback gets the logger on the first call.
  const debugImpls = { __proto__: null };
  function debuglog(section, cb) {
    let debug = (...args) => {
      section = String(section).toUpperCase();
      if (debugImpls[section] === undefined) {
        const set = section;
        debugImpls[set] = function debug(...a) { console.log(format('%s: %s\n', set, formatWithOptions({}, ...a))); };
      }
      debug = debugImpls[section];
      if (typeof cb === 'function') cb(debug);
      return debug(...args);
    };
    const logger = (...args) => debug(...args);
    Object.defineProperty(logger, 'enabled', { get() { return true; }, configurable: true, enumerable: true });
    return logger;
  }
  const notImplemented = (name) => function () { throw errors.notImplemented('util.' + name); };
  // unimplemented is workerd's own "not implemented" function, named.
  const unimplemented = (name) => ({ [name]() { throw errors.notImplemented(name); } })[name];
  // getCallSites(frames = 10) is its callers' frames, read from an Error's
  // stack (goja's positions, source-mapped), each script named as workerd
  // names its modules, under file:///bundle/.
  // getCallSite is another function that does the same, and both are
  // named as workerd's bound functions.
  const callSites = () => Object.defineProperty({
    getCallSites(frames = 10) {
      if (typeof frames !== 'number' || !(frames >= 1 && frames <= 200)) {
        throw new Error('Frame count should be between 1 and 200 inclusive.');
      }
      const lines = String(new Error().stack).split('\n').slice(2, 2 + Math.floor(frames));
      const sites = [];
      for (const line of lines) {
        const m = /^\s*at (?:(.*?) \()?(.*):(\d+):(\d+)\)?$/.exec(line);
        if (!m) continue;
        const file = m[2];
        const scriptName = /^[a-z][a-z0-9+.-]*:/i.test(file) ? file : 'file:///bundle/' + file.replace(/^\/+/, '');
        const lineNumber = Number(m[3]), column = Number(m[4]);
        sites.push({ functionName: m[1] || '', scriptName, lineNumber, columnNumber: column, column });
      }
      return sites;
    },
  }.getCallSites, 'name', { value: 'bound getCallSites' });
  // convertProcessSignalToExitCode is 128 plus the signal's number.
  function convertProcessSignalToExitCode(signalCode) {
    const { signals } = require('os').constants;
    if (typeof signalCode !== 'string' || !Object.hasOwn(signals, signalCode)) {
      throw errors.invalidArgValue('signalCode', signalCode,
        'must be one of: ' + Object.keys(signals).map((k) => "'" + k + "'").join(', '));
    }
    return 128 + signals[signalCode];
  }
  // diff is Node's Myers diff of two strings (their characters) or arrays
  // of strings: [0, v] for what both have, [1, v] for what only actual
  // has, [-1, v] for what only expected has, in order.
  function diff(actual, expected) {
    if (actual === expected) return [];
    for (const [name, v] of [['actual', actual], ['expected', expected]]) {
      if (Array.isArray(v)) {
        v.forEach((el, i) => { if (typeof el !== 'string') throw errors.invalidArgType(name + '[' + i + ']', 'string', el); });
      } else if (typeof v !== 'string') {
        throw errors.invalidArgType(name, 'string', v);
      }
    }
    const n = actual.length, m = expected.length, max = n + m;
    const v = new Int32Array(2 * max + 1);
    const trace = [];
    for (let d = 0; d <= max; d++) {
      trace.push(new Int32Array(v));
      for (let k = -d; k <= d; k += 2) {
        const off = k + max;
        let x = k === -d || (k !== d && v[off - 1] < v[off + 1]) ? v[off + 1] : v[off - 1] + 1;
        let y = x - k;
        while (x < n && y < m && actual[x] === expected[y]) { x++; y++; }
        v[off] = x;
        if (x >= n && y >= m) return backtrack(trace, actual, expected);
      }
    }
    return [];
  }
  function backtrack(trace, actual, expected) {
    const max = actual.length + expected.length;
    let x = actual.length, y = expected.length;
    const out = [];
    for (let d = trace.length - 1; d >= 0; d--) {
      const v = trace[d];
      const k = x - y;
      const off = k + max;
      const prevK = k === -d || (k !== d && v[off - 1] < v[off + 1]) ? k + 1 : k - 1;
      const prevX = v[prevK + max], prevY = prevX - prevK;
      while (x > prevX && y > prevY) { out.push([0, actual[x - 1]]); x--; y--; }
      if (d > 0) {
        if (x > prevX) { out.push([1, actual[x - 1]]); x--; }
        else { out.push([-1, expected[y - 1]]); y--; }
      }
    }
    return out.reverse();
  }
  // styleText: workerd's process.stdout is no TTY, so with stream
  // validation on (the default) the text comes back bare; with
  // validateStream: false it is wrapped in the styles' codes.
  function styleText(fmt, text, options = {}) {
    const { validateStream = true, stream } = options;
    errors.validateString(text, 'text');
    if (validateStream !== true && typeof validateStream !== 'boolean') throw errors.invalidArgType('options.validateStream', 'boolean', validateStream);
    let skip = false;
    if (validateStream) {
      if (stream !== undefined && !isStreamLike(stream)) throw errors.invalidArgType('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
      skip = stream !== undefined && stream.isTTY && typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
    }
    let left = '', right = '';
    for (const key of Array.isArray(fmt) ? fmt : [fmt]) {
      if (key === 'none') continue;
      const codes = typeof key === 'string' ? inspect.colors[key] : undefined;
      if (codes == null) {
        throw errors.invalidArgValue('format', key, 'must be one of: ' + Object.keys(inspect.colors).map((v) => "'" + v + "'").join(', '));
      }
      if (skip) continue;
      left += '\u001b[' + codes[0] + 'm';
      right = '\u001b[' + codes[1] + 'm' + right;
    }
    return skip ? text : left + text + right;
  }
  function isStreamLike(s) {
    return s instanceof ReadableStream || s instanceof WritableStream ||
      (s !== null && typeof s === 'object' && typeof s.pipe === 'function' && typeof s.on === 'function');
  }
  // Node's dotenv parsing: KEY=value lines, an optional "export ", quoted
  // values (double quotes expand \n, and may span lines), # comments.
  function parseEnv(content) {
    errors.validateString(content, 'content');
    const out = {};
    const lines = content.replace(/\r\n?/g, '\n');
    let i = 0;
    while (i < lines.length) {
      let end = lines.indexOf('\n', i);
      if (end < 0) end = lines.length;
      let line = lines.slice(i, end).trim();
      i = end + 1;
      if (line === '' || line[0] === '#') continue;
      if (line.startsWith('export ')) line = line.slice(7);
      const eq = line.indexOf('=');
      if (eq < 0) continue;
      const key = line.slice(0, eq).trim();
      let value = line.slice(eq + 1).trim();
      if (key === '') continue;
      const q = value[0];
      if (q === '"' || q === "'" || q === '`') {
        let close = value.indexOf(q, 1);
        if (close < 0) {
          // A quoted value that continues on the next lines.
          const rest = lines.indexOf(q, i);
          if (rest >= 0) {
            const full = value + '\n' + lines.slice(i, rest + 1);
            const lineEnd = lines.indexOf('\n', rest);
            i = lineEnd < 0 ? lines.length : lineEnd + 1;
            value = full.slice(1, -1);
            out[key] = q === '"' ? value.replace(/\\n/g, '\n') : value;
            continue;
          }
        } else {
          value = value.slice(1, close);
          out[key] = q === '"' ? value.replace(/\\n/g, '\n') : value;
          continue;
        }
      }
      const hash = value.indexOf('#');
      if (hash >= 0) value = value.slice(0, hash).trim();
      out[key] = value;
    }
    return out;
  }
  // The libuv errors by number, as Node's getSystemErrorMap lists them.
  const uvErrors = [
    [-7, 'E2BIG', 'argument list too long'], [-13, 'EACCES', 'permission denied'], [-98, 'EADDRINUSE', 'address already in use'],
    [-99, 'EADDRNOTAVAIL', 'address not available'], [-97, 'EAFNOSUPPORT', 'address family not supported'],
    [-11, 'EAGAIN', 'resource temporarily unavailable'], [-3000, 'EAI_ADDRFAMILY', 'address family not supported'],
    [-3001, 'EAI_AGAIN', 'temporary failure'], [-3002, 'EAI_BADFLAGS', 'bad ai_flags value'],
    [-3013, 'EAI_BADHINTS', 'invalid value for hints'], [-3003, 'EAI_CANCELED', 'request canceled'],
    [-3004, 'EAI_FAIL', 'permanent failure'], [-3005, 'EAI_FAMILY', 'ai_family not supported'], [-3006, 'EAI_MEMORY', 'out of memory'],
    [-3007, 'EAI_NODATA', 'no address'], [-3008, 'EAI_NONAME', 'unknown node or service'], [-3009, 'EAI_OVERFLOW', 'argument buffer overflow'],
    [-3014, 'EAI_PROTOCOL', 'resolved protocol is unknown'], [-3010, 'EAI_SERVICE', 'service not available for socket type'],
    [-3011, 'EAI_SOCKTYPE', 'socket type not supported'], [-114, 'EALREADY', 'connection already in progress'],
    [-9, 'EBADF', 'bad file descriptor'], [-16, 'EBUSY', 'resource busy or locked'], [-125, 'ECANCELED', 'operation canceled'],
    [-4080, 'ECHARSET', 'invalid Unicode character'], [-103, 'ECONNABORTED', 'software caused connection abort'],
    [-111, 'ECONNREFUSED', 'connection refused'], [-104, 'ECONNRESET', 'connection reset by peer'],
    [-89, 'EDESTADDRREQ', 'destination address required'], [-17, 'EEXIST', 'file already exists'],
    [-14, 'EFAULT', 'bad address in system call argument'], [-27, 'EFBIG', 'file too large'], [-113, 'EHOSTUNREACH', 'host is unreachable'],
    [-4, 'EINTR', 'interrupted system call'], [-22, 'EINVAL', 'invalid argument'], [-5, 'EIO', 'i/o error'],
    [-106, 'EISCONN', 'socket is already connected'], [-21, 'EISDIR', 'illegal operation on a directory'],
    [-40, 'ELOOP', 'too many symbolic links encountered'], [-24, 'EMFILE', 'too many open files'], [-90, 'EMSGSIZE', 'message too long'],
    [-36, 'ENAMETOOLONG', 'name too long'], [-100, 'ENETDOWN', 'network is down'], [-101, 'ENETUNREACH', 'network is unreachable'],
    [-23, 'ENFILE', 'file table overflow'], [-105, 'ENOBUFS', 'no buffer space available'], [-19, 'ENODEV', 'no such device'],
    [-2, 'ENOENT', 'no such file or directory'], [-12, 'ENOMEM', 'not enough memory'], [-64, 'ENONET', 'machine is not on the network'],
    [-92, 'ENOPROTOOPT', 'protocol not available'], [-28, 'ENOSPC', 'no space left on device'], [-38, 'ENOSYS', 'function not implemented'],
    [-107, 'ENOTCONN', 'socket is not connected'], [-20, 'ENOTDIR', 'not a directory'], [-39, 'ENOTEMPTY', 'directory not empty'],
    [-88, 'ENOTSOCK', 'socket operation on non-socket'], [-95, 'ENOTSUP', 'operation not supported on socket'],
    [-75, 'EOVERFLOW', 'value too large for defined data type'], [-1, 'EPERM', 'operation not permitted'], [-32, 'EPIPE', 'broken pipe'],
    [-71, 'EPROTO', 'protocol error'], [-93, 'EPROTONOSUPPORT', 'protocol not supported'], [-91, 'EPROTOTYPE', 'protocol wrong type for socket'],
    [-34, 'ERANGE', 'result too large'], [-30, 'EROFS', 'read-only file system'],
    [-108, 'ESHUTDOWN', 'cannot send after transport endpoint shutdown'], [-29, 'ESPIPE', 'invalid seek'], [-3, 'ESRCH', 'no such process'],
    [-110, 'ETIMEDOUT', 'connection timed out'], [-26, 'ETXTBSY', 'text file is busy'], [-18, 'EXDEV', 'cross-device link not permitted'],
    [-4094, 'UNKNOWN', 'unknown error'], [-4095, 'EOF', 'end of file'], [-6, 'ENXIO', 'no such device or address'], [-31, 'EMLINK', 'too many links'],
    [-112, 'EHOSTDOWN', 'host is down'], [-121, 'EREMOTEIO', 'remote I/O error'], [-25, 'ENOTTY', 'inappropriate ioctl for device'],
    [-4028, 'EFTYPE', 'inappropriate file type or format'], [-84, 'EILSEQ', 'illegal byte sequence'],
    [-94, 'ESOCKTNOSUPPORT', 'socket type not supported'], [-61, 'ENODATA', 'no data available'], [-49, 'EUNATCH', 'protocol driver not attached'],
    [-8, 'ENOEXEC', 'exec format error'],
  ];
  function getSystemErrorMap() { return new Map(uvErrors.map(([n, name, msg]) => [n, [name, msg]])); }
  function checkErrno(err) {
    errors.validateNumber(err, 'err');
    if (err >= 0 || !Number.isSafeInteger(err)) throw errors.outOfRange('err', 'a negative integer', err);
  }
  function getSystemErrorName(err) {
    checkErrno(err);
    const e = uvErrors.find((x) => x[0] === err);
    return e ? e[1] : 'Unknown system error ' + err;
  }
  function getSystemErrorMessage(err) {
    checkErrno(err);
    const e = uvErrors.find((x) => x[0] === err);
    return e ? e[2] : 'Unknown system error ' + err;
  }
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  function log(...args) {
    const d = new Date();
    const pad = (n) => String(n).padStart(2, '0');
    console.log('%s - %s', d.getDate() + ' ' + months[d.getMonth()] + ' ' + pad(d.getHours()) + ':' + pad(d.getMinutes()) + ':' + pad(d.getSeconds()), format(...args));
  }
  function validateAbortSignal(signal, name) {
    if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) throw errors.invalidArgType(name, 'AbortSignal', signal);
  }
  async function aborted(signal, resource) {
    if (signal === undefined) throw errors.invalidArgType('signal', 'AbortSignal', signal);
    validateAbortSignal(signal, 'signal');
    if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) throw errors.invalidArgType('resource', 'object', resource);
    return new Promise((resolve) => {
      if (signal.aborted) resolve();
      else signal.addEventListener('abort', () => resolve(), { once: true });
    });
  }
  function isError(e) { return types.isNativeError(e); }
  // MIMEType and MIMEParams: the WHATWG MIME type parser and serializer,
  // with workerd's messages.
  const isToken = (str) => /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(str);
  const isQuotable = (str) => /^[\t\u0020-\u007e\u0080-\u00ff]*$/.test(str);
  const trimWs = (str) => str.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
  function quoteValue(v) {
    return v.length > 0 && isToken(v) ? v : '"' + v.replace(/["\\]/g, '\\$&') + '"';
  }
  class MIMEParams {
    #data = new Map();
    delete(name) { this.#data.delete(name); }
    get(name) { const v = this.#data.get(name); return v === undefined ? null : v; }
    has(name) { return this.#data.has(name); }
    set(name, value) {
      name = String(name); value = String(value);
      if (name.length === 0 || !isToken(name)) throw new TypeError('Not a valid MIME parameter');
      if (!isQuotable(value)) throw new TypeError('Not a valid MIME parameter value');
      this.#data.set(name, value);
    }
    *entries() { yield* this.#data.entries(); }
    *keys() { yield* this.#data.keys(); }
    *values() { yield* this.#data.values(); }
    toString() { return [...this.#data].map(([k, v]) => k + '=' + quoteValue(v)).join(';'); }
    toJSON() { return this.toString(); }
    [Symbol.iterator]() { return this.#data.entries(); }
    // parseInto fills the parameters from what follows the subtype.
    static parseInto(params, str, pos) {
      const data = [];
      while (pos < str.length) {
        pos++; // ';'
        while (pos < str.length && /[\t\n\r ]/.test(str[pos])) pos++;
        let name = '';
        while (pos < str.length && str[pos] !== ';' && str[pos] !== '=') name += str[pos++];
        name = name.toLowerCase();
        if (pos < str.length) {
          if (str[pos] === ';') continue;
          pos++; // '='
        }
        if (pos >= str.length) break;
        let value = '';
        if (str[pos] === '"') {
          pos++;
          while (pos < str.length) {
            const c = str[pos++];
            if (c === '\\') { if (pos < str.length) value += str[pos++]; else value += '\\'; }
            else if (c === '"') break;
            else value += c;
          }
          while (pos < str.length && str[pos] !== ';') pos++;
        } else {
          while (pos < str.length && str[pos] !== ';') value += str[pos++];
          value = value.replace(/[\t\n\r ]+$/, '');
          if (value === '') continue;
        }
        if (name.length > 0 && isToken(name) && isQuotable(value) && !data.some((d) => d[0] === name)) data.push([name, value]);
      }
      for (const [k, v] of data) params.set(k, v);
    }
  }
  class MIMEType {
    #type;
    #subtype;
    #params = new MIMEParams();
    constructor(string = undefined) {
      string = String(string);
      const str = trimWs(string);
      const slash = str.indexOf('/');
      const type = slash < 0 ? str : str.slice(0, slash);
      if (slash < 0 || type.length === 0 || !isToken(type)) throw new TypeError('Not a valid MIME type: ' + string);
      let end = str.indexOf(';', slash + 1);
      if (end < 0) end = str.length;
      const subtype = str.slice(slash + 1, end).replace(/[\t\n\r ]+$/, '');
      if (subtype.length === 0 || !isToken(subtype)) throw new TypeError('Not a valid MIME type: ' + string);
      this.#type = type.toLowerCase();
      this.#subtype = subtype.toLowerCase();
      parseParams(this.#params, str, end);
    }
    get type() { return this.#type; }
    set type(v) {
      v = String(v);
      if (v.length === 0 || !isToken(v)) throw new TypeError('Not a valid MIME type');
      this.#type = v.toLowerCase();
    }
    get subtype() { return this.#subtype; }
    set subtype(v) {
      v = String(v);
      if (v.length === 0 || !isToken(v)) throw new TypeError('Not a valid MIME subtype');
      this.#subtype = v.toLowerCase();
    }
    get essence() { return this.#type + '/' + this.#subtype; }
    get params() { return this.#params; }
    toString() {
      const p = this.#params.toString();
      return this.essence + (p ? ';' + p : '');
    }
    toJSON() { return this.toString(); }
  }
  // Their inspection: the parts as an object after the class name, the
  // parameters as a Map's entries.
  Object.defineProperty(MIMEType.prototype, customInspect, {
    value: function (depth, options) {
      const entries = ['type: ' + inspect(this.type), 'subtype: ' + inspect(this.subtype), 'essence: ' + inspect(this.essence),
        'params: ' + this.params[customInspect](depth, options)];
      // One line when it fits inspect's break length, as Node decides it.
      let total = entries.length + entries.length + 11;
      let fits = total + entries.length <= 80;
      for (const e of entries) { total += e.length; if (total > 80) fits = false; }
      return fits ? 'MIMEType { ' + entries.join(', ') + ' }' : 'MIMEType {\n  ' + entries.join(',\n  ') + '\n}';
    }, writable: true, configurable: true,
  });
  Object.defineProperty(MIMEParams.prototype, customInspect, {
    value: function (depth, options) {
      const entries = [...this.entries()];
      return 'MIMEParams(' + entries.length + ') ' + (entries.length ? inspect(new Map(entries), options).replace(/^Map\(\d+\) /, '') : '{}');
    }, writable: true, configurable: true,
  });
  Object.defineProperty(MIMEType.prototype, Symbol.toStringTag, { value: 'MIMEType', configurable: true });
  Object.defineProperty(MIMEParams.prototype, Symbol.toStringTag, { value: 'MIMEParams', configurable: true });
  const parseParams = MIMEParams.parseInto;
  delete MIMEParams.parseInto;
  module.exports = {
    types,
    callbackify, promisify, inspect, format, formatWithOptions, stripVTControlCharacters, inherits,
    _extend(target, source) {
      if (source === null || typeof source !== 'object') return target;
      for (const k of Object.keys(source)) target[k] = source[k];
      return target;
    },
    MIMEParams, MIMEType,
    toUSVString(input) {
      if (input == null || typeof input.toWellFormed !== 'function') throw new TypeError('input.toWellFormed is not a function');
      return input.toWellFormed();
    },
    log,
    aborted, debuglog, debug: debuglog, deprecate,
    getSystemErrorMap, getSystemErrorMessage, getSystemErrorName,
    TextEncoder: globalThis.TextEncoder, TextDecoder: globalThis.TextDecoder,
    parseArgs() { throw new Error('node:util parseArgs is not implemented'); },
    parseEnv,
    styleText,
    transferableAbortController() { return new AbortController(); },
    transferableAbortSignal(s) { validateAbortSignal(s, 'signal'); return s; },
    getCallSite: callSites(), getCallSites: callSites(),
    isDeepStrictEqual,
    convertProcessSignalToExitCode,
    // A Worker has no SIGINT to trace.
    setTraceSigInt(enable) {},
    diff,
    _errnoException: unimplemented('_errnoException'), _exceptionWithHostPort: unimplemented('_exceptionWithHostPort'),
    isArray: Array.isArray,
    isBoolean: (v) => typeof v === 'boolean',
    isBuffer: (v) => binding.isBufferValue(v),
    isDate: function isDate(v) { return types.isDate(v); },
    isError,
    isFunction: (v) => typeof v === 'function',
    isNull: (v) => v === null,
    isNullOrUndefined: (v) => v === null || v === undefined,
    isNumber: (v) => typeof v === 'number',
    isObject: (v) => v !== null && typeof v === 'object',
    isPrimitive: (v) => v === null || (typeof v !== 'object' && typeof v !== 'function'),
    isRegExp: function isRegExp(v) { return types.isRegExp(v); },
    isString: (v) => typeof v === 'string',
    isSymbol: (v) => typeof v === 'symbol',
    isUndefined: (v) => v === undefined,
  };
  // node:assert's comparison, on the binding (which scripts do not see).
  binding.deepEqual = deepEqual;
})
