// internal/errors: Node.js's coded errors (err.code, "Name [CODE]" stacks),
// with the messages Node and workerd give.
(function (binding, require, module) {
  'use strict';
  // inspectNoDepth is util.inspect(v, { depth: -1 }): an object with
  // enumerable keys is only named ("[EventEmitter]", "[Object: null
  // prototype]"), one without them is shown whole.
  function inspectNoDepth(v) {
    if (v === null || typeof v !== 'object') return binding.inspect(v, {});
    const keys = Reflect.ownKeys(v).filter((k) => Object.prototype.propertyIsEnumerable.call(v, k));
    const size = v instanceof Map || v instanceof Set ? v.size : 0;
    if (keys.length === 0 && size === 0) return binding.inspect(v, {});
    let ctor = null;
    for (let o = v; o !== null; o = Object.getPrototypeOf(o)) {
      const d = Object.getOwnPropertyDescriptor(o, 'constructor');
      if (d !== undefined && typeof d.value === 'function' && d.value.name !== '') { ctor = d.value.name; break; }
    }
    let tag = v[Symbol.toStringTag];
    if (typeof tag !== 'string') tag = '';
    if (ctor === null) return '[' + (tag || 'Object') + ': null prototype]';
    return '[' + ctor + (tag !== '' && tag !== ctor ? ' [' + tag + ']' : '') + ']';
  }
  function describe(v) {
    if (v == null) return ' Received ' + v;
    if (typeof v === 'function' && v.name) return ' Received function ' + v.name;
    if (typeof v === 'object') {
      if (v.constructor && v.constructor.name) return ' Received an instance of ' + v.constructor.name;
      return ' Received ' + inspectNoDepth(v);
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
  // makeError(Base, code, message[, className]): className names the
  // class of an Error code when it is not the code (ERR_EPERM for EPERM).
  function makeError(Base, code, message, className = code) {
    if (Base === Error) {
      let C = classes.get(className);
      if (C === undefined) {
        C = { [className]: class extends NodeError { constructor(m) { super(code, m); } } }[className];
        classes.set(className, C);
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
  const kinds = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];
  const classRe = /^([A-Z][a-z0-9]*)+$/;
  // invalidArgType's message: "The "name" argument must be of type t or an
  // instance of C. Received ...", its lists worded as Node words them.
  function invalidArgType(name, expected, actual) {
    if (!Array.isArray(expected)) expected = [expected];
    let msg = 'The ';
    if (name.endsWith(' argument')) msg += name + ' ';
    else msg += '"' + name + '" ' + (name.includes('.') ? 'property' : 'argument') + ' ';
    msg += 'must be ';
    const types = [], instances = [], other = [];
    for (const e of expected) {
      if (kinds.includes(e)) types.push(e.toLowerCase());
      else if (classRe.test(e)) instances.push(e);
      else other.push(e);
    }
    if (instances.length > 0) {
      const pos = types.indexOf('object');
      if (pos !== -1) { types.splice(pos, 1); instances.push('Object'); }
    }
    if (types.length > 0) {
      if (types.length > 2) msg += 'one of type ' + types.slice(0, -1).join(', ') + ', or ' + types[types.length - 1];
      else if (types.length === 2) msg += 'one of type ' + types[0] + ' or ' + types[1];
      else msg += 'of type ' + types[0];
      if (instances.length > 0 || other.length > 0) msg += ' or ';
    }
    if (instances.length > 0) {
      if (instances.length > 2) msg += 'an instance of ' + instances.slice(0, -1).join(', ') + ', or ' + instances[instances.length - 1];
      else msg += 'an instance of ' + instances[0] + (instances.length === 2 ? ' or ' + instances[1] : '');
      if (other.length > 0) msg += ' or ';
    }
    if (other.length > 0) {
      if (other.length > 2) msg += 'one of ' + other.slice(0, -1).join(', ') + ', or ' + other[other.length - 1];
      else if (other.length === 2) msg += 'one of ' + other[0] + ' or ' + other[1];
      else msg += (other[0].toLowerCase() !== other[0] ? 'an ' : '') + other[0];
    }
    return makeError(TypeError, 'ERR_INVALID_ARG_TYPE', msg + '.' + describe(actual));
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
  // AbortError: an Error subclass of its own with own code and name.
  class AbortError extends Error {
    constructor(message = 'The operation was aborted', options = undefined) {
      if (options !== undefined && typeof options !== 'object') throw invalidArgType('options', 'Object', options);
      super(message, options);
      this.code = 'ABORT_ERR';
      this.name = 'AbortError';
    }
  }
  const illegalInvocation = () => new TypeError('Illegal invocation: function called with incorrect `this` reference. See https://developers.cloudflare.com/workers/observability/errors/#illegal-invocation-errors for details.');
  module.exports = {
    AbortError, inspectNoDepth, illegalInvocation, describe,
    makeError, invalidArgType, invalidArgValue, outOfRange,
    validateFunction, validateString, validateNumber, validateObject, validateInteger,
    // outOfRangeMessage is an ERR_OUT_OF_RANGE with a message of its own.
    outOfRangeMessage(message) { return new ERR_OUT_OF_RANGE(message); },
    unknownEncoding(enc) { return makeError(TypeError, 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: ' + enc); },
    notImplemented(what) { return makeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'The ' + what + ' method is not implemented'); },
  };
})
