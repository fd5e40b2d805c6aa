// internal/errors: Node.js's coded errors (err.code, "Name [CODE]" stacks),
// with the messages Node and workerd give.
(function (binding, require, module) {
  'use strict';
  function describe(v) {
    if (v == null) return ' Received ' + v;
    if (typeof v === 'function' && v.name) return ' Received function ' + v.name;
    if (typeof v === 'object') {
      if (v.constructor && v.constructor.name) return ' Received an instance of ' + v.constructor.name;
      return ' Received ' + binding.inspect(v, { depth: -1 });
    }
    let s = binding.inspect(v, { colors: false });
    if (s.length > 25) s = s.slice(0, 25) + '...';
    return ' Received type ' + typeof v + ' (' + s + ')';
  }
  // workerd's two families of coded errors. One (NodeError) is a class named
  // after its code, below a shared base whose toString reads
  // "Error [CODE]: message": e.constructor.name === 'ERR_UNHANDLED_ERROR'.
  // The other (NodeTypeError, NodeRangeError, NodeSyntaxError) is built by
  // that base and then given the plain TypeError/RangeError/SyntaxError
  // prototype, and its own toString: e.constructor === TypeError. Both have
  // own code and name properties, in that order.
  class NodeErrorAbstraction extends Error {
    constructor(name, code, message) {
      super(message);
      this.code = code;
      this.name = name;
    }
    toString() { return this.name + ' [' + this.code + ']: ' + this.message; }
  }
  class NodeError extends NodeErrorAbstraction {
    constructor(code, message) { super('Error', code, message); }
  }
  const classes = new Map();
  function ownToString() { return this.name + ' [' + this.code + ']: ' + this.message; }
  function makeError(Base, code, message) {
    if (Base === Error) {
      let C = classes.get(code);
      if (C === undefined) {
        C = { [code]: class extends NodeError { constructor(m) { super(code, m); } } }[code];
        classes.set(code, C);
      }
      return new C(message);
    }
    const e = new NodeErrorAbstraction(Base.prototype.name, code, message);
    Object.setPrototypeOf(e, Base.prototype);
    e.toString = ownToString;
    return e;
  }
  // ERR_OUT_OF_RANGE is a RangeError subclass of its own, its code in the
  // stack's first line ("RangeError [ERR_OUT_OF_RANGE]: ...") but not in
  // String(e).
  class ERR_OUT_OF_RANGE extends RangeError {
    constructor(message) {
      super(message);
      this.code = 'ERR_OUT_OF_RANGE';
      const { name } = this;
      this.name = name + ' [' + this.code + ']';
      void this.stack;
      this.name = name;
    }
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
  function invalidArgValue(name, value, reason, Base) {
    const kind = name.includes('.') ? 'property' : 'argument';
    return makeError(Base || TypeError, 'ERR_INVALID_ARG_VALUE',
      "The " + kind + " '" + name + "' " + (reason || 'is invalid') + '. Received ' + binding.inspect(value, {}));
  }
  function outOfRange(name, range, value) {
    let received;
    if (Number.isInteger(value) && Math.abs(value) > 2 ** 32) received = addSep(String(value));
    else if (typeof value === 'bigint') {
      received = String(value);
      if (value > 2n ** 32n || value < -(2n ** 32n)) received = addSep(received);
      received += 'n';
    } else received = binding.inspect(value, {});
    return new ERR_OUT_OF_RANGE('The value of "' + name + '" is out of range. It must be ' + range + '. Received ' + received);
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
  function validateInteger(v, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
    if (typeof v !== 'number') throw invalidArgType(name, 'number', v);
    if (!Number.isInteger(v)) throw outOfRange(name, 'an integer', v);
    if (v < min || v > max) throw outOfRange(name, '>= ' + min + ' && <= ' + max, v);
  }
  function validateObject(v, name) {
    if (v === null || typeof v !== 'object') throw invalidArgType(name, 'object', v);
  }
  module.exports = {
    makeError, invalidArgType, invalidArgValue, outOfRange,
    validateFunction, validateString, validateNumber, validateObject, validateInteger,
    unknownEncoding(enc) { return makeError(TypeError, 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: ' + enc); },
    notImplemented(what) { return makeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'The ' + what + ' method is not implemented'); },
  };
})
