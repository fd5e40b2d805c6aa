// internal/stubs: what the modules a Worker cannot use (child_process,
// cluster, vm, v8, ...) share: workerd's validators for the arguments they
// check before they throw ERR_METHOD_NOT_IMPLEMENTED, and that error.
(function (binding, require, module) {
  'use strict';
  const errors = require('internal/errors');
  const { invalidArgType, invalidArgValue, outOfRange } = errors;
  // The option bits of validateObject (workerd's kValidateObjectAllowArray
  // and kValidateObjectAllowNullable).
  const allowArray = 1, allowNullable = 2;
  function validateObject(v, name, options = 0) {
    if (v === null) {
      if ((options & allowNullable) === 0) throw invalidArgType(name, 'Object', v);
    } else if (Array.isArray(v)) {
      if ((options & allowArray) === 0) throw invalidArgType(name, 'Object', v);
    } else if (typeof v !== 'object') {
      throw invalidArgType(name, 'Object', v);
    }
  }
  function validateArray(v, name) {
    if (!Array.isArray(v)) throw invalidArgType(name, 'Array', v);
  }
  function validateStringArray(v, name) {
    validateArray(v, name);
    for (let i = 0; i < v.length; i++) {
      if (typeof v[i] !== 'string') throw invalidArgType(name + '[' + i + ']', 'string', v[i]);
    }
  }
  function validateBoolean(v, name) {
    if (typeof v !== 'boolean') throw invalidArgType(name, 'boolean', v);
  }
  function validateInt32(v, name, min = -2147483648, max = 2147483647) {
    if (typeof v !== 'number') throw invalidArgType(name, 'number', v);
    if (!Number.isInteger(v)) throw outOfRange(name, 'an integer', v);
    if (v < min || v > max || v !== (v | 0)) throw outOfRange(name, '>= ' + min + ' && <= ' + max, v);
  }
  function validateUint32(v, name, positive) {
    if (typeof v !== 'number') throw invalidArgType(name, 'number', v);
    if (!Number.isInteger(v)) throw outOfRange(name, 'an integer', v);
    if (v < 0 || v > 4294967295) throw outOfRange(name, '>= ' + (positive ? 1 : 0) + ' && < 4294967296', v);
    if (positive && v === 0) throw outOfRange(name, '>= 1 && < 4294967296', v);
  }
  function validateOneOf(v, name, oneOf) {
    if (!oneOf.includes(v)) {
      const allowed = oneOf.map((o) => typeof o === 'string' ? "'" + o + "'" : String(o)).join(', ');
      throw invalidArgValue(name, v, 'must be one of: ' + allowed);
    }
  }
  function validateBuffer(v, name) {
    if (!ArrayBuffer.isView(v)) throw invalidArgType(name, ['Buffer', 'TypedArray', 'DataView'], v);
  }
  // emptyLines is what iterating a readline Interface gives in workerd
  // (whose async generator yields one '' and ends): an async iterator, as
  // goja has no async generators.
  function emptyLines() {
    let done = false;
    return {
      next() {
        if (done) return Promise.resolve({ value: undefined, done: true });
        done = true;
        return Promise.resolve({ value: '', done: false });
      },
      return(value) {
        done = true;
        return Promise.resolve({ value, done: true });
      },
      throw(e) {
        done = true;
        return Promise.reject(e);
      },
      [Symbol.asyncIterator]() { return this; },
    };
  }
  module.exports = {
    emptyLines,
    allowArray, allowNullable,
    validateObject, validateArray, validateStringArray, validateBoolean, validateInt32, validateUint32,
    validateOneOf, validateBuffer,
    validateString: errors.validateString, validateFunction: errors.validateFunction,
    invalidArgType, invalidArgValue,
    // notImplemented(what): workerd's ERR_METHOD_NOT_IMPLEMENTED, "The
    // <what> method is not implemented".
    notImplemented: errors.notImplemented,
  };
})
