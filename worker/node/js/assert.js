// node:assert as workerd has it: its own module, not Node's. equal,
// notEqual, deepEqual and notDeepEqual are the strict comparisons;
// strictEqual's message is a line diff ("[Diff] Actual / Expected"),
// deepStrictEqual's is Node's "+ actual - expected" diff; the error checks
// of throws/rejects and their messages follow workerd's. node:assert/strict
// is its own object (assert_strict.js), assert.strict another.
(function (binding, require, module) {
  'use strict';
  const errors = require('internal/errors');
  const util = require('internal/util');
  const isDeepStrictEqual = (a, b) => binding.deepEqual(a, b, true, new Map());
  const inspect = (v) => util.inspect(v);
  // inspectValue is how AssertionError shows values in its diffs.
  const inspectValue = (v) => util.inspect(v, { depth: 1000, customInspect: false, maxArrayLength: Infinity, showHidden: false, showProxy: false });

  const kReadable = {
    deepStrictEqual: 'Expected values to be strictly deep-equal:',
    strictEqual: 'Expected values to be strictly equal:',
    strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
    deepEqual: 'Expected values to be loosely deep-equal:',
    notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
    notStrictEqual: 'Expected "actual" to be strictly unequal to:',
    notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
    notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
    notIdentical: 'Values have same structure but are not reference-equal:',
    notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
  };

  // errDiff is the "+ actual - expected" message: the two inspections line
  // by line, the common tail kept short, a caret under the first difference
  // of two short one-line values.
  function errDiff(actual, expected, operator) {
    let other = '', res = '', end = '', skipped = false, indicator = '';
    const actualInspected = inspectValue(actual);
    const actualLines = actualInspected.split('\n');
    const expectedLines = inspectValue(expected).split('\n');
    let i = 0;
    if (operator === 'strictEqual' && ((typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null) ||
      (typeof actual === 'function' && typeof expected === 'function'))) operator = 'strictEqualObject';
    if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
      const a = actualLines[0], b = expectedLines[0];
      const total = a.length + b.length;
      if (total <= 12) {
        if ((typeof actual !== 'object' || actual === null) && (typeof expected !== 'object' || expected === null) && (actual !== 0 || expected !== 0)) {
          return kReadable[operator] + '\n\n' + a + ' !== ' + b + '\n';
        }
      } else if (operator !== 'strictEqualObject' && total < 80) {
        while (a[i] === b[i]) i++;
        if (i > 2) { indicator = '\n  ' + ' '.repeat(i) + '^'; i = 0; }
      }
    }
    let a = actualLines[actualLines.length - 1], b = expectedLines[expectedLines.length - 1];
    while (a === b) {
      if (i++ < 3) end = '\n  ' + a + end;
      else other = a;
      actualLines.pop(); expectedLines.pop();
      if (actualLines.length === 0 || expectedLines.length === 0) break;
      a = actualLines[actualLines.length - 1]; b = expectedLines[expectedLines.length - 1];
    }
    const maxLines = Math.max(actualLines.length, expectedLines.length);
    if (maxLines === 0) {
      const lines = actualInspected.split('\n');
      if (lines.length > 50) { lines[46] = '...'; lines.length = 47; }
      return kReadable.notIdentical + '\n\n' + lines.join('\n') + '\n';
    }
    if (i >= 5) { end = '\n...' + end; skipped = true; }
    if (other !== '') { end = '\n  ' + other + end; other = ''; }
    let printed = 0, identical = 0;
    const msg = kReadable[operator] + '\n+ actual - expected';
    const skippedMsg = ' ... Lines skipped';
    let lines = actualLines, plusMinus = '+', maxLength = expectedLines.length;
    if (actualLines.length < maxLines) { lines = expectedLines; plusMinus = '-'; maxLength = actualLines.length; }
    const context = (src) => {
      if (identical > 2) {
        if (identical > 3) {
          if (identical > 4) {
            if (identical === 5) { res += '\n  ' + src[i - 3]; printed++; } else { res += '\n...'; skipped = true; }
          }
          res += '\n  ' + src[i - 2]; printed++;
        }
        res += '\n  ' + src[i - 1]; printed++;
      }
      identical = 0;
    };
    for (i = 0; i < maxLines; i++) {
      if (maxLength < i + 1) {
        context(lines);
        if (lines === actualLines) res += '\n' + plusMinus + ' ' + lines[i];
        else other += '\n' + plusMinus + ' ' + lines[i];
        printed++;
      } else {
        const expectedLine = expectedLines[i];
        let actualLine = actualLines[i];
        let diverging = actualLine !== expectedLine && (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
        if (diverging && expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) { diverging = false; actualLine += ','; }
        if (diverging) {
          context(actualLines);
          res += '\n+ ' + actualLine;
          other += '\n- ' + expectedLine;
          printed += 2;
        } else {
          res += other; other = '';
          identical++;
          if (identical <= 2) { res += '\n  ' + actualLine; printed++; }
        }
      }
      if (printed > 50 && i < maxLines - 2) return msg + skippedMsg + '\n' + res + '\n...' + other + '\n...';
    }
    return msg + (skipped ? skippedMsg : '') + '\n' + res + other + end + indicator;
  }

  class AssertionError extends Error {
    constructor(options) {
      errors.validateObject(options, 'options');
      const { message, operator } = options;
      let { actual, expected } = options;
      let text;
      if (message != null) text = String(message);
      else if (operator === 'deepStrictEqual' || operator === 'strictEqual') text = errDiff(actual, expected, operator);
      else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
        let base = kReadable[operator];
        const res = inspectValue(actual).split('\n');
        if (operator === 'notStrictEqual' && ((typeof actual === 'object' && actual !== null) || typeof actual === 'function')) base = kReadable.notStrictEqualObject;
        if (res.length > 50) { res[46] = '...'; res.length = 47; }
        text = res.length === 1 ? base + (res[0].length > 5 ? '\n\n' : ' ') + res[0] : base + '\n\n' + res.join('\n') + '\n';
      } else {
        let res = inspectValue(actual), other = inspectValue(expected);
        const known = kReadable[operator === undefined ? '' : operator];
        if (operator === 'notDeepEqual' && res === other) {
          res = known + '\n\n' + res;
          text = res.length > 1024 ? res.slice(0, 1021) + '...' : res;
        } else {
          if (res.length > 512) res = res.slice(0, 509) + '...';
          if (other.length > 512) other = other.slice(0, 509) + '...';
          if (operator === 'deepEqual') res = known + '\n\n' + res + '\n\nshould loosely deep-equal\n\n';
          else if (kReadable[operator + 'Unequal']) res = kReadable[operator + 'Unequal'] + '\n\n' + res + '\n\nshould not loosely deep-equal\n\n';
          else other = ' ' + operator + ' ' + other;
          text = res + other;
        }
      }
      super(text);
      this.generatedMessage = !message;
      // The code is in the stack's first line through the name the error
      // has while its stack is made.
      Object.defineProperty(this, 'name', { value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true });
      this.code = 'ERR_ASSERTION';
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
      void this.stack;
      this.name = 'AssertionError';
    }
    toString() { return this.name + ' [' + this.code + ']: ' + this.message; }
  }
  function assertionError(options) {
    const e = new AssertionError(options);
    if (options.generatedMessage) e.generatedMessage = true;
    return e;
  }
  const missingArgs = (...names) => errors.makeError(TypeError, 'ERR_MISSING_ARGS',
    'The ' + names.map((n) => '"' + n + '"').join(' and ') + ' arguments must be specified');

  function innerOk(argLen, actual, message) {
    if (argLen === 0) throw new AssertionError({ message: 'No value argument passed to `assert.ok()`' });
    if (!actual) throw new AssertionError({ message, actual, expected: true, operator: '==' });
  }

  // strictEqual's message: a line diff of the two inspections, with two
  // blank lines around the heading, as workerd words it.
  function lineDiff(a, b) {
    const n = a.length, m = b.length;
    const lcs = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(0));
    for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    const out = [];
    let i = 0, j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[i] === b[j]) { out.push('    ' + a[i]); i++; j++; }
      else if (i < n && (j >= m || lcs[i + 1][j] >= lcs[i][j + 1])) { out.push('-   ' + a[i]); i++; }
      else { out.push('+   ' + b[j]); j++; }
    }
    return out;
  }
  function strictEqual(actual, expected, message) {
    if (arguments.length < 2) throw missingArgs('actual', 'expected');
    if (Object.is(actual, expected)) return;
    if (message) message = String(message);
    else {
      const a = inspect(actual), b = inspect(expected);
      if (a === b) {
        message = 'Values have the same structure but are not reference-equal:\n\n' + a.split('\n').map((l) => '    ' + l).join('\n') + '\n';
      } else {
        const strings = typeof actual === 'string' && typeof expected === 'string';
        // A string's lines show their line breaks escaped.
        const split = (str) => str.split('\n').map((l, i, all) => (i < all.length - 1 ? l + '\\n' : l));
        const lines = strings ? lineDiff(split(actual), split(expected)) : lineDiff(a.split('\n'), b.split('\n'));
        message = 'Values are not strictly equal:\n' + ['', '', '[Diff] Actual / Expected', '', '', ...lines, ...(strings ? ['', ''] : [''])].join('\n');
      }
    }
    throw new AssertionError({ message, actual, expected, operator: 'strictEqual' });
  }
  function notStrictEqual(actual, expected, message) {
    if (arguments.length < 2) throw missingArgs('actual', 'expected');
    if (!Object.is(actual, expected)) return;
    throw new AssertionError({ message: message ? String(message) : 'Expected actual to be strictly unequal to expected', actual, expected, operator: 'notStrictEqual' });
  }
  function deepStrictEqual(actual, expected, message) {
    if (arguments.length < 2) throw missingArgs('actual', 'expected');
    if (isDeepStrictEqual(actual, expected)) return;
    throw new AssertionError({ message: message ? String(message) : message, actual, expected, operator: 'deepStrictEqual' });
  }
  function notDeepStrictEqual(actual, expected, message) {
    if (arguments.length < 2) throw missingArgs('actual', 'expected');
    if (!isDeepStrictEqual(actual, expected)) return;
    throw new AssertionError({ message: message ? String(message) : 'Expected actual to not be deeply strictly equal to expected', actual, expected, operator: 'notDeepStrictEqual' });
  }
  function partialDeepStrictEqual(actual, expected, message) {
    if (arguments.length < 2) throw missingArgs('actual', 'expected');
    if (partial(actual, expected)) return;
    throw new AssertionError({ message: message ? String(message) : 'Expected actual to be partially deeply strictly equal to expected', actual, expected, operator: 'partialDeepStrictEqual' });
  }
  function partial(a, e) {
    if (typeof e !== 'object' || e === null) return Object.is(a, e);
    if (typeof a !== 'object' || a === null) return false;
    for (const k of Reflect.ownKeys(e)) if (!partial(a[k], e[k])) return false;
    return true;
  }
  function fail(message) {
    if (typeof message === 'string' || message == null) {
      throw assertionError({ message: message ?? 'Failed', operator: 'fail', generatedMessage: message == null });
    }
    throw message;
  }
  function match(actual, regexp, message) {
    if (arguments.length < 2) throw missingArgs('actual', 'regexp');
    if (!(regexp instanceof RegExp)) throw errors.invalidArgType('regexp', 'RegExp', regexp);
    if (!regexp.test(actual)) {
      throw new AssertionError({ message: message ? String(message) : 'actual: "' + actual + '" expected to match: "' + regexp + '"', actual, expected: regexp, operator: 'match' });
    }
  }
  function doesNotMatch(string, regexp, message) {
    if (arguments.length < 2) throw missingArgs('string', 'regexp');
    if (!(regexp instanceof RegExp)) throw errors.invalidArgType('regexp', 'RegExp', regexp);
    if (typeof string !== 'string') {
      if (message instanceof Error) throw message;
      throw new AssertionError({ message: message || 'The "string" argument must be of type string. Received type ' + typeof string + ' (' + inspect(string) + ')', actual: string, expected: regexp, operator: 'doesNotMatch' });
    }
    if (regexp.test(string)) {
      throw new AssertionError({ message: message ? String(message) : 'actual: "' + string + '" expected to not match: "' + regexp + '"', actual: string, expected: regexp, operator: 'doesNotMatch' });
    }
  }
  // validateThrown: whether e is what error describes; a mismatch throws.
  function validateThrown(e, error, message, operator, fnName) {
    if (typeof error === 'string') {
      if (message != null) throw errors.invalidArgType('error', ['Object', 'Error', 'Function', 'RegExp'], error);
      if (typeof e === 'object' && e !== null) {
        if (e.message === error) throw errors.makeError(TypeError, 'ERR_AMBIGUOUS_ARGUMENT', 'The "error/message" argument is ambiguous. The error message "' + e.message + '" is identical to the message.');
      } else if (e === error) {
        throw errors.makeError(TypeError, 'ERR_AMBIGUOUS_ARGUMENT', 'The "error/message" argument is ambiguous. The error "' + e + '" is identical to the message.');
      }
      message = error;
      error = undefined;
    }
    if (error instanceof Function && error.prototype !== undefined && (error === Error || error.prototype instanceof Error)) {
      if (e instanceof error) return true;
      throw assertionError({ message: 'The error is expected to be an instance of "' + error.name + '". Received "' + (e && e.constructor && e.constructor.name) + '"\n\nError message:\n\n' + (e && e.message),
        actual: e, expected: error, operator, generatedMessage: true });
    }
    if (error instanceof Function) {
      const received = error(e);
      if (received === true) return true;
      throw assertionError({ message: 'The ' + (fnName ? '"' + fnName + '" validation' : 'validation') + ' function is expected to return "true". Received ' + inspect(received) + '\n\nCaught error:\n\n' + e,
        actual: e, expected: error, operator, generatedMessage: true });
    }
    if (error instanceof RegExp) {
      if (error.test(String(e))) return true;
      throw assertionError({ message: 'The input did not match the regular expression ' + error + ". Input:\n\n'" + String(e) + "'\n", actual: e, expected: error, operator, generatedMessage: true });
    }
    if (typeof error === 'object' && error !== null) {
      const keys = Object.keys(error);
      if (error instanceof Error) keys.push('name', 'message');
      for (const k of keys) {
        const problem = e == null ? 'object is expected to thrown, but got null'
          : typeof e === 'string' ? 'object is expected to thrown, but got string: ' + e
            : typeof e === 'number' ? 'object is expected to thrown, but got number: ' + e
              : !(k in e) ? 'A key in the expected object is missing: ' + k : null;
        if (problem !== null) throw assertionError({ message: message || problem, actual: e, expected: error, operator, generatedMessage: message == null });
        if (typeof e[k] === 'string' && error[k] instanceof RegExp) match(e[k], error[k]);
        else deepStrictEqual(e[k], error[k]);
      }
      return true;
    }
    if (error === undefined) return true;
    throw assertionError({ message: 'Invalid expectation: ' + error, operator, generatedMessage: true });
  }
  function throws(fn, error, message) {
    if (typeof fn !== 'function') throw errors.invalidArgType('fn', 'function', fn);
    if (typeof error === 'object' && error !== null && Object.getPrototypeOf(error) === Object.prototype && Object.keys(error).length === 0) {
      throw errors.invalidArgValue('error', error, 'may not be an empty object');
    }
    const kinds = ['Function', 'Error', 'RegExp', 'Object'];
    if (typeof message === 'string') {
      if (!(error instanceof RegExp) && typeof error !== 'function' && !(error instanceof Error) && typeof error !== 'object') throw errors.invalidArgType('error', kinds, error);
    } else if (error !== undefined && typeof error !== 'string' && !(error instanceof RegExp) && typeof error !== 'function' && !(error instanceof Error) && typeof error !== 'object') {
      throw errors.invalidArgType('error', kinds, error);
    }
    try { fn(); } catch (e) {
      if (validateThrown(e, error, message, 'throws')) return;
    }
    let msg;
    if (message) msg = typeof error === 'function' && error.name ? 'Missing expected exception (' + error.name + '): ' + message : 'Missing expected exception: ' + message;
    else if (typeof error === 'string') { msg = 'Missing expected exception: ' + error; error = undefined; }
    else if (typeof error === 'function' && error.prototype !== undefined) msg = 'Missing expected exception (' + error.name + ').';
    else msg = 'Missing expected exception.';
    throw new AssertionError({ message: msg, operator: 'throws', actual: undefined, expected: error });
  }
  function unwanted(e, expected, message, operator) {
    if (typeof expected === 'string') {
      throw new AssertionError({ message: 'Got unwanted exception: ' + expected + '\nActual message: "' + e.message + '"', operator });
    }
    if (typeof expected === 'function' && expected.prototype !== undefined) {
      if (e instanceof expected) {
        throw new AssertionError({ message: 'Got unwanted exception: ' + (e.constructor && e.constructor.name) + (message ? ' ' + String(message) : ''), operator });
      }
      if (expected.prototype instanceof Error) throw e;
      if (expected(e) === true) {
        throw new AssertionError({ message: 'Got unwanted rejection.\nActual message: "' + e.message + '"' + (message ? ' ' + String(message) : ''), operator });
      }
      throw e;
    }
    const actualMessage = '\nActual message: "' + (e ? e.message : String(e)) + '"';
    throw new AssertionError({ message: (message ? 'Got unwanted exception: ' + message : 'Got unwanted exception.') + actualMessage, operator });
  }
  function doesNotThrow(fn, expected, message) {
    if (typeof fn !== 'function') throw errors.invalidArgType('fn', 'function', fn);
    if (!(expected instanceof RegExp) && typeof expected !== 'function' && typeof expected !== 'string' && expected !== undefined) {
      throw errors.invalidArgType('expected', ['Function', 'RegExp'], fn);
    }
    try { fn(); } catch (e) { unwanted(e, expected, message, 'doesNotThrow'); }
  }
  const thenable = (p) => !!p && (p instanceof Promise || typeof p.then === 'function');
  function promiseOf(asyncFn) {
    if (typeof asyncFn === 'function') {
      const p = asyncFn();
      if (!thenable(p)) throw errors.makeError(TypeError, 'ERR_INVALID_RETURN_VALUE', 'Expected instance of Promise to be returned from the "promiseFn" function but got ' + specificType(p) + '.');
      return p;
    }
    if (!thenable(asyncFn)) throw errors.invalidArgType('promiseFn', ['function', 'Promise'], asyncFn);
    return asyncFn;
  }
  function specificType(v) {
    if (v == null) return '' + v;
    if (typeof v === 'function' && v.name) return 'function ' + v.name;
    if (typeof v === 'object') return v.constructor && v.constructor.name ? 'an instance of ' + v.constructor.name : inspect(v);
    let s = inspect(v);
    if (s.length > 28) s = s.slice(0, 25) + '...';
    return 'type ' + typeof v + ' (' + s + ')';
  }
  function rejects(asyncFn, error, message) {
    let promise;
    try { promise = promiseOf(asyncFn); } catch (e) { return Promise.reject(e); }
    return promise.then(() => {
      let msg = 'Missing expected rejection';
      if (typeof error === 'string') msg += ': ' + error;
      else if (typeof error === 'function' && error.prototype !== undefined) msg += ' (' + error.name + ').';
      else msg += '.';
      return Promise.reject(assertionError({ message: msg, operator: 'rejects', generatedMessage: true }));
    }, (e) => { validateThrown(e, error, message, 'rejects', 'validate'); });
  }
  function doesNotReject(asyncFn, error, message) {
    let promise;
    try { promise = promiseOf(asyncFn); } catch (e) { return Promise.reject(e); }
    return promise.then(() => {}, (e) => unwanted(e, error, message, 'doesNotReject'));
  }
  function ifError(err) {
    if (err === null || err === undefined) return;
    let message = 'ifError got unwanted exception: ';
    if (typeof err === 'object' && typeof err.message === 'string') message += err.message.length === 0 && err.constructor ? err.constructor.name : err.message;
    else message += inspect(err);
    throw new AssertionError({ actual: err, expected: null, operator: 'ifError', message });
  }

  // assert(value, message) and strict(value, message): length 2, as
  // workerd's, counting their arguments for innerOk.
  function assert(value, message) { innerOk(arguments.length, value, message); }
  function strict(value, message) { innerOk(arguments.length, value, message); }
  // Assert is Node's assert as an object: its methods are the module's but
  // for equal, notEqual, deepEqual and notDeepEqual, which are loose; with
  // strict (the default) it has own ones that are the strict ones.
  class Assert {
    constructor(options) {
      this.AssertionError = AssertionError;
      if (options == null || options.strict !== false) {
        this.equal = this.strictEqual;
        this.deepEqual = this.deepStrictEqual;
        this.notEqual = this.notStrictEqual;
        this.notDeepEqual = this.notDeepStrictEqual;
      }
    }
  }
  // Assert's loose comparisons: == and Node's loose deep equality.
  const sameNaN = (a, b) => Number.isNaN(a) && Number.isNaN(b);
  function looseEqual(actual, expected, message) {
    if (arguments.length < 2) throw missingArgs('actual', 'expected');
    if (actual != expected && !sameNaN(actual, expected)) throw new AssertionError({ message, actual, expected, operator: '==' });
  }
  function looseNotEqual(actual, expected, message) {
    if (arguments.length < 2) throw missingArgs('actual', 'expected');
    if (actual == expected || sameNaN(actual, expected)) throw new AssertionError({ message, actual, expected, operator: '!=' });
  }
  function looseDeepEqual(actual, expected, message) {
    if (arguments.length < 2) throw missingArgs('actual', 'expected');
    if (!binding.deepEqual(actual, expected, false, new Map())) throw new AssertionError({ message, actual, expected, operator: 'deepEqual' });
  }
  function looseNotDeepEqual(actual, expected, message) {
    if (arguments.length < 2) throw missingArgs('actual', 'expected');
    if (binding.deepEqual(actual, expected, false, new Map())) throw new AssertionError({ message, actual, expected, operator: 'notDeepEqual' });
  }
  // workerd's key order, the same on both objects; on strict the loose
  // names are the strict functions themselves.
  // On assert, equal, notEqual, deepEqual and notDeepEqual are functions
  // of their own (length 3) that compare strictly, as in workerd; on strict
  // they are the strict functions. ok is assert itself on both.
  // They do not count their arguments, as workerd's do not: a missing one is undefined
  // (equal(1) fails, notDeepEqual() passes), where strictEqual(1) is ERR_MISSING_ARGS.
  const named = (name, f) => Object.defineProperty(
    function (actual, expected, message) { return f.call(this, actual, expected, message); }, 'name', { value: name });
  const members = (loose) => ({ fail, deepStrictEqual, notDeepStrictEqual, strictEqual, notStrictEqual, partialDeepStrictEqual, match,
    doesNotMatch, throws, rejects, doesNotThrow, doesNotReject, ifError, Assert, AssertionError, ok: assert, strict,
    equal: loose ? named('equal', strictEqual) : strictEqual, notEqual: loose ? named('notEqual', notStrictEqual) : notStrictEqual,
    deepEqual: loose ? named('deepEqual', deepStrictEqual) : deepStrictEqual, notDeepEqual: loose ? named('notDeepEqual', notDeepStrictEqual) : notDeepStrictEqual });
  {
    const methods = { fail, deepStrictEqual, notDeepStrictEqual, strictEqual, notStrictEqual, partialDeepStrictEqual, match,
      doesNotMatch, throws, rejects, doesNotThrow, doesNotReject, ifError, ok: assert,
      equal: looseEqual, notEqual: looseNotEqual, deepEqual: looseDeepEqual, notDeepEqual: looseNotDeepEqual };
    for (const [k, f] of Object.entries(methods)) {
      const m = { [k]() { return Reflect.apply(f, undefined, arguments); } }[k];
      Object.defineProperty(m, 'length', { value: k === 'ok' ? 0 : f.length });
      Object.defineProperty(Assert.prototype, k, { value: m, writable: true, configurable: true });
    }
  }
  Object.assign(strict, members(false));
  Object.assign(assert, members(true));
  module.exports = assert;
})
