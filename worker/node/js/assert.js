// node:assert: assert and its methods, AssertionError (node:assert/strict
// is the same object here; its strict member is the strict variant).
(function (binding, require, module) {
  'use strict';
  const errors = require('internal/errors');
  const util = require('util');
  const deepEqual = util.__deepEqual;
  const inspect = (v) => util.inspect(v, { depth: 1000, customInspect: false });

  class AssertionError extends Error {
    constructor(options) {
      errors.validateObject(options, 'options');
      const { message, actual, expected, operator } = options;
      super(message !== undefined ? String(message) : defaultMessage(actual, expected, operator));
      this.generatedMessage = message === undefined;
      // As in Node: the code is in the stack's first line, through the name
      // it has while the stack is made.
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
  const kReadable = {
    deepStrictEqual: 'Expected values to be strictly deep-equal:',
    strictEqual: 'Expected values to be strictly equal:',
    deepEqual: 'Expected values to be loosely deep-equal:',
    notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
    notStrictEqual: 'Expected "actual" to be strictly unequal to:',
    notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  };
  function defaultMessage(actual, expected, operator) {
    if (operator === '==' || operator === '!=') return inspect(actual) + ' ' + operator + ' ' + inspect(expected);
    if (operator === 'fail') return 'Failed';
    const head = kReadable[operator];
    if (head === undefined) return inspect(actual) + ' ' + operator + ' ' + inspect(expected);
    if (operator.startsWith('not')) return head + '\n\n' + inspect(actual) + '\n';
    const a = inspect(actual), e = inspect(expected);
    if (operator === 'strictEqual' && !a.includes('\n') && !e.includes('\n')) {
      // workerd's wording for two values that print on one line.
      return 'Values are not strictly equal:\n\n\n[Diff] Actual / Expected\n\n\n-   ' + a + '\n+   ' + e + '\n';
    }
    return head + '\n+ actual - expected\n\n' + a.split('\n').map((l) => '+ ' + l).join('\n') + '\n' + e.split('\n').map((l) => '- ' + l).join('\n') + '\n';
  }
  function fail(actual, expected, message, operator) {
    if (message instanceof Error) throw message;
    throw new AssertionError({ actual, expected, operator, message });
  }
  function ok(...args) { innerOk(ok, args.length, ...args); }
  function innerOk(fn, argLen, value, message) {
    if (!value) {
      let generated = false;
      if (argLen === 0) { message = 'No value argument passed to `assert.ok()`'; generated = true; }
      else if (message === undefined) { message = inspect(value) + ' == true'; generated = true; }
      else if (message instanceof Error) throw message;
      const err = new AssertionError({ actual: value, expected: true, message, operator: '==' });
      err.generatedMessage = generated;
      throw err;
    }
  }
  function assert(...args) { innerOk(assert, args.length, ...args); }
  const methods = {
    fail(actual, expected, message, operator) {
      if (arguments.length === 0) message = 'Failed';
      else if (arguments.length === 1) { message = actual; actual = undefined; }
      if (message instanceof Error) throw message;
      const e = new AssertionError({ actual, expected, operator: operator === undefined ? 'fail' : operator, message });
      throw e;
    },
    deepStrictEqual(actual, expected, message) { if (!deepEqual(actual, expected, true, new Map())) fail(actual, expected, message, 'deepStrictEqual'); },
    notDeepStrictEqual(actual, expected, message) { if (deepEqual(actual, expected, true, new Map())) fail(actual, expected, message, 'notDeepStrictEqual'); },
    strictEqual(actual, expected, message) { if (!Object.is(actual, expected)) fail(actual, expected, message, 'strictEqual'); },
    notStrictEqual(actual, expected, message) { if (Object.is(actual, expected)) fail(actual, expected, message, 'notStrictEqual'); },
    partialDeepStrictEqual(actual, expected, message) { if (!partial(actual, expected)) fail(actual, expected, message, 'partialDeepStrictEqual'); },
    match(string, regexp, message) { matchImpl(string, regexp, message, true); },
    doesNotMatch(string, regexp, message) { matchImpl(string, regexp, message, false); },
    throws(fn, error, message) {
      errors.validateFunction(fn, 'fn');
      let threw = false, e;
      try { fn(); } catch (x) { threw = true; e = x; }
      if (!threw) {
        if (typeof error === 'string') { message = error; error = undefined; }
        fail(undefined, error, 'Missing expected exception' + (message ? ': ' + message : '.'), 'throws');
      }
      checkError(e, error, message);
    },
    async rejects(promiseFn, error, message) {
      let threw = false, e;
      try { await (typeof promiseFn === 'function' ? promiseFn() : promiseFn); } catch (x) { threw = true; e = x; }
      if (!threw) {
        if (typeof error === 'string') { message = error; error = undefined; }
        fail(undefined, error, 'Missing expected rejection' + (message ? ': ' + message : '.'), 'rejects');
      }
      checkError(e, error, message);
    },
    doesNotThrow(fn, error, message) {
      try { fn(); } catch (e) {
        if (typeof error === 'string') message = error;
        fail(e, undefined, 'Got unwanted exception' + (message ? ': ' + message : '.') + '\nActual message: "' + (e && e.message) + '"', 'doesNotThrow');
      }
    },
    async doesNotReject(fn, error, message) {
      try { await (typeof fn === 'function' ? fn() : fn); } catch (e) {
        if (typeof error === 'string') message = error;
        fail(e, undefined, 'Got unwanted rejection' + (message ? ': ' + message : '.') + '\nActual message: "' + (e && e.message) + '"', 'doesNotReject');
      }
    },
    ifError(err) {
      if (err !== null && err !== undefined) {
        let m = 'ifError got unwanted exception: ';
        m += typeof err === 'object' && typeof err.message === 'string' ? (err.message.length === 0 && err.constructor ? err.constructor.name : err.message) : inspect(err);
        const e = new AssertionError({ actual: err, expected: null, operator: 'ifError', message: m });
        e.generatedMessage = false;
        throw e;
      }
    },
    Assert: class Assert {},
    AssertionError,
    ok,
    strict: null,
    equal(actual, expected, message) { if (!(actual == expected || (actual !== actual && expected !== expected))) fail(actual, expected, message, '=='); },
    notEqual(actual, expected, message) { if (actual == expected || (actual !== actual && expected !== expected)) fail(actual, expected, message, '!='); },
    deepEqual(actual, expected, message) { if (!deepEqual(actual, expected, false, new Map())) fail(actual, expected, message, 'deepEqual'); },
    notDeepEqual(actual, expected, message) { if (deepEqual(actual, expected, false, new Map())) fail(actual, expected, message, 'notDeepEqual'); },
  };
  function partial(a, e) {
    if (typeof e !== 'object' || e === null) return Object.is(a, e);
    if (typeof a !== 'object' || a === null) return false;
    for (const k of Object.keys(e)) if (!partial(a[k], e[k])) return false;
    return true;
  }
  function matchImpl(string, regexp, message, want) {
    if (!(regexp instanceof RegExp)) throw errors.invalidArgType('regexp', 'RegExp', regexp);
    if (typeof string !== 'string' || regexp.test(string) !== want) {
      if (message instanceof Error) throw message;
      const generated = !message;
      message = message || (typeof string !== 'string'
        ? 'The "string" argument must be of type string. Received type ' + typeof string + ' (' + inspect(string) + ')'
        : (want ? 'The input did not match the regular expression ' : 'The input was expected to not match the regular expression ') + inspect(regexp) + '. Input:\n\n' + inspect(string) + '\n');
      const err = new AssertionError({ actual: string, expected: regexp, message, operator: want ? 'match' : 'doesNotMatch' });
      err.generatedMessage = generated;
      throw err;
    }
  }
  function checkError(actual, expected, message) {
    if (expected === undefined || typeof expected === 'string') return;
    if (typeof expected === 'function') {
      if (expected.prototype !== undefined && actual instanceof expected) return;
      if (Error.isPrototypeOf(expected) || expected === Error) throw actual;
      if (expected.call({}, actual) === true) return;
      fail(actual, expected, message || 'The validation function is expected to return "true". Received false', 'throws');
    }
    if (expected instanceof RegExp) {
      if (expected.test(String(actual))) return;
      fail(actual, expected, message || 'The input did not match the regular expression ' + inspect(expected) + '. Input:\n\n' + inspect(String(actual)) + '\n', 'throws');
    }
    if (typeof expected === 'object' && expected !== null) {
      for (const k of Object.keys(expected)) {
        const want = expected[k], got = actual == null ? undefined : actual[k];
        const okk = want instanceof RegExp && typeof got === 'string' ? want.test(got) : deepEqual(got, want, true, new Map());
        if (!okk) fail(actual, expected, message || 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n+   ' + k + ': ' + inspect(got) + '\n-   ' + k + ': ' + inspect(want) + '\n  }\n', 'throws');
      }
    }
  }
  for (const k of Object.keys(methods)) assert[k] = methods[k];
  function strict(...args) { innerOk(strict, args.length, ...args); }
  for (const k of Object.keys(methods)) strict[k] = methods[k];
  Object.assign(strict, { equal: methods.strictEqual, notEqual: methods.notStrictEqual, deepEqual: methods.deepStrictEqual, notDeepEqual: methods.notDeepStrictEqual });
  assert.strict = strict;
  strict.strict = strict;
  module.exports = assert;
})
