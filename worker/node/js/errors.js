// internal/errors: Node.js's coded errors (err.code, "Name [CODE]" stacks),
// with the messages Node and workerd give.
(function (binding, require, module) {
  'use strict';
  function describe(v) {
    if (v == null) return ' Received ' + v;
    if (typeof v === 'function') return ' Received function ' + (v.name || '<anonymous>');
    if (typeof v === 'object') {
      if (v.constructor && v.constructor.name) return ' Received an instance of ' + v.constructor.name;
      return ' Received ' + binding.inspect(v, { depth: -1 });
    }
    let s = binding.inspect(v, { colors: false });
    if (s.length > 28) s = s.slice(0, 25) + '...';
    if (typeof v === 'string') return ' Received type string (' + s + ')';
    return ' Received type ' + typeof v + ' (' + s + ')';
  }
  // As in workerd, a coded error's constructor is named after its code
  // (e.constructor.name === 'ERR_INVALID_ARG_TYPE'); its name stays Base's.
  const classes = new Map();
  function makeError(Base, code, message) {
    const key = Base.name + ' ' + code;
    let C = classes.get(key);
    if (C === undefined) {
      C = { [code]: class extends Base {} }[code];
      Object.defineProperty(C.prototype, 'name', { value: Base.name, writable: true, configurable: true });
      classes.set(key, C);
    }
    const e = new C(message);
    Object.defineProperty(e, 'code', { value: code, writable: true, enumerable: true, configurable: true });
    return e;
  }
  const kinds = ['string', 'number', 'bigint', 'boolean', 'symbol', 'undefined', 'object', 'function'];
  function invalidArgType(name, expected, actual) {
    if (!Array.isArray(expected)) expected = [expected];
    const types = [], instances = [], other = [];
    for (const e of expected) {
      if (kinds.includes(e)) types.push(e);
      else if (/^[A-Z][A-Za-z0-9]*$/.test(e)) instances.push(e);
      else other.push(e);
    }
    let msg = 'The ';
    msg += name.endsWith(' argument') ? name : (name.includes('.') ? '"' + name + '" property' : '"' + name + '" argument');
    msg += ' must be ';
    const parts = [];
    if (types.length) parts.push((types.length > 1 ? 'one of type ' : 'of type ') + list(types));
    if (instances.length) parts.push('an instance of ' + list(instances));
    if (other.length) parts.push((other[0].toLowerCase() !== other[0] ? 'an ' : '') + list(other));
    msg += parts.join(' or ') + '.' + describe(actual);
    return makeError(TypeError, 'ERR_INVALID_ARG_TYPE', msg);
  }
  function list(a) {
    if (a.length <= 2) return a.join(' or ');
    return a.slice(0, -1).join(', ') + ', or ' + a[a.length - 1];
  }
  function invalidArgValue(name, value, reason) {
    const kind = name.includes('.') ? 'property' : 'argument';
    return makeError(TypeError, 'ERR_INVALID_ARG_VALUE',
      "The " + kind + " '" + name + "' " + (reason || 'is invalid') + '. Received ' + binding.inspect(value, {}));
  }
  function outOfRange(name, range, value) {
    let received = typeof value === 'number' && Number.isInteger(value) && Math.abs(value) > 2 ** 32
      ? addSep(String(value)) : binding.inspect(value, {});
    return makeError(RangeError, 'ERR_OUT_OF_RANGE',
      'The value of "' + name + '" is out of range. It must be ' + range + '. Received ' + received);
  }
  function addSep(s) {
    let out = '', i = s.length;
    const start = s[0] === '-' ? 1 : 0;
    for (; i >= start + 4; i -= 3) out = '_' + s.slice(i - 3, i) + out;
    return s.slice(0, i) + out;
  }
  function validateFunction(v, name) {
    if (typeof v !== 'function') throw invalidArgType(name, 'function', v);
  }
  function validateString(v, name) {
    if (typeof v !== 'string') throw invalidArgType(name, 'string', v);
  }
  function validateNumber(v, name) {
    if (typeof v !== 'number') throw invalidArgType(name, 'number', v);
  }
  function validateObject(v, name) {
    if (v === null || typeof v !== 'object') throw invalidArgType(name, 'object', v);
  }
  module.exports = {
    makeError, invalidArgType, invalidArgValue, outOfRange,
    validateFunction, validateString, validateNumber, validateObject,
    unknownEncoding(enc) { return makeError(TypeError, 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: ' + enc); },
    notImplemented(what) { return makeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'The ' + what + ' method is not implemented'); },
  };
})
