// node:vm: workerd's, where a Worker cannot compile code at run time:
// Script checks its options, createContext makes a context object and
// isContext recognizes it, and running code (runInThisContext and the
// rest), compileFunction and measureMemory throw workerd's
// ERR_METHOD_NOT_IMPLEMENTED after the same checks.
(function (binding, require, module) {
  'use strict';
  const v = require('internal/stubs');
  const { notImplemented } = v;
  const { Buffer } = require('buffer');
  const constants = Object.freeze({
    __proto__: null,
    USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
    DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
  });
  const kContext = Symbol('vm_context_symbol');
  function isContext(object) {
    v.validateObject(object, 'object', v.allowArray);
    return kContext in object && object[kContext] === true;
  }
  function runOptions(options) {
    v.validateObject(options, 'options');
    const { breakOnSigint = false, displayErrors = true, timeout } = options;
    v.validateBoolean(breakOnSigint, 'options.breakOnSigint');
    v.validateBoolean(displayErrors, 'options.displayErrors');
    if (timeout !== undefined) v.validateUint32(timeout, 'options.timeout', true);
  }
  class Script {
    cachedDataRejected = undefined;
    cachedDataProduced = undefined;
    cachedData = undefined;
    sourceMapURL = undefined;
    constructor(code, options = {}) {
      code = `${code}`;
      if (typeof options === 'string') options = { filename: options };
      else v.validateObject(options, 'options');
      const {
        filename = 'evalmachine.<anonymous>', lineOffset = 0, columnOffset = 0, cachedData,
        produceCachedData = false, importModuleDynamically = false,
      } = options;
      v.validateBoolean(importModuleDynamically, 'options.importModuleDynamically');
      v.validateString(filename, 'options.filename');
      v.validateInt32(lineOffset, 'options.lineOffset');
      v.validateInt32(columnOffset, 'options.columnOffset');
      if (cachedData !== undefined) v.validateBuffer(cachedData, 'options.cachedData');
      v.validateBoolean(produceCachedData, 'options.produceCachedData');
    }
    createCachedData() { return Buffer.alloc(0); }
    runInThisContext(options = {}) {
      runOptions(options);
      throw notImplemented('runInThisContext');
    }
    // workerd names runInThisContext in this one's message too.
    runInContext(contextifiedObject, options = {}) {
      validateContext(contextifiedObject);
      runOptions(options);
      throw notImplemented('runInThisContext');
    }
    runInNewContext(contextObject, options = {}) {
      const context = createContext(contextObject, contextOptions(options));
      return this.runInContext(context, options);
    }
  }
  function validateContext(contextifiedObject) {
    if (!isContext(contextifiedObject)) throw v.invalidArgType('contextifiedObject', 'vm.Context', contextifiedObject);
  }
  function contextOptions(options) {
    if (!options) return {};
    const out = { name: options.contextName, origin: options.contextOrigin, codeGeneration: undefined, microtaskMode: options.microtaskMode };
    if (out.name !== undefined) v.validateString(out.name, 'options.contextName');
    if (out.origin !== undefined) v.validateString(out.origin, 'options.contextOrigin');
    if (options.contextCodeGeneration !== undefined) {
      v.validateObject(options.contextCodeGeneration, 'options.contextCodeGeneration');
      const { strings, wasm } = options.contextCodeGeneration;
      if (strings !== undefined) v.validateBoolean(strings, 'options.contextCodeGeneration.strings');
      if (wasm !== undefined) v.validateBoolean(wasm, 'options.contextCodeGeneration.wasm');
      out.codeGeneration = { strings, wasm };
    }
    if (options.microtaskMode !== undefined) v.validateString(options.microtaskMode, 'options.microtaskMode');
    return out;
  }
  function createContext(contextObject = {}, options = {}) {
    if (contextObject !== constants.DONT_CONTEXTIFY && isContext(contextObject)) return contextObject;
    v.validateObject(options, 'options');
    const { name = 'VM Context', origin, codeGeneration, microtaskMode, importModuleDynamically = false } = options;
    v.validateString(name, 'options.name');
    if (origin !== undefined) v.validateString(origin, 'options.origin');
    if (codeGeneration !== undefined) v.validateObject(codeGeneration, 'options.codeGeneration');
    v.validateBoolean(importModuleDynamically, 'options.importModuleDynamically');
    if (codeGeneration !== undefined) {
      const { strings = true, wasm = true } = codeGeneration;
      v.validateBoolean(strings, 'options.codeGeneration.strings');
      v.validateBoolean(wasm, 'options.codeGeneration.wasm');
    }
    v.validateOneOf(microtaskMode, 'options.microtaskMode', ['afterEvaluate', undefined]);
    // A new object, not contextObject: workerd has no second global to
    // give it.
    return Object.create(null, { [kContext]: { value: true } });
  }
  function createScript(code, options = {}) { return new Script(code, options); }
  function runInContext(code, contextifiedObject, options = {}) {
    validateContext(contextifiedObject);
    if (typeof options === 'string') options = { filename: options };
    return createScript(code, options).runInContext(contextifiedObject, options);
  }
  function runInNewContext(code, contextObject, options) {
    if (typeof options === 'string') options = { filename: options };
    else options = { ...options };
    contextObject = createContext(contextObject, contextOptions(options));
    return createScript(code, options).runInNewContext(contextObject, options);
  }
  function runInThisContext(code, options = {}) {
    if (typeof options === 'string') options = { filename: options };
    return createScript(code, options).runInThisContext(options);
  }
  function compileFunction(code, params = [], options = {}) {
    v.validateString(code, 'code');
    v.validateObject(options, 'options');
    if (params !== undefined) v.validateStringArray(params, 'params');
    const {
      filename = '', columnOffset = 0, lineOffset = 0, cachedData, produceCachedData = false,
      parsingContext, contextExtensions = [], importModuleDynamically = false,
    } = options;
    v.validateString(filename, 'options.filename');
    v.validateInt32(columnOffset, 'options.columnOffset');
    v.validateInt32(lineOffset, 'options.lineOffset');
    if (cachedData !== undefined) v.validateBuffer(cachedData, 'options.cachedData');
    v.validateBoolean(produceCachedData, 'options.produceCachedData');
    v.validateBoolean(importModuleDynamically, 'options.importModuleDynamically');
    if (parsingContext !== undefined) {
      if (typeof parsingContext !== 'object' || parsingContext === null || !isContext(parsingContext)) {
        throw v.invalidArgType('options.parsingContext', 'Context', parsingContext);
      }
    }
    v.validateArray(contextExtensions, 'options.contextExtensions');
    contextExtensions.forEach((extension, i) => {
      v.validateObject(extension, 'options.contextExtensions[' + i + ']', v.allowNullable);
    });
    throw notImplemented('compileFunction');
  }
  function measureMemory(options = {}) {
    v.validateObject(options, 'options');
    const { mode = 'summary', execution = 'default' } = options;
    v.validateOneOf(mode, 'options.mode', ['summary', 'detailed']);
    v.validateOneOf(execution, 'options.execution', ['default', 'eager']);
    throw notImplemented('measureMemory');
  }
  module.exports = {
    Script, createContext, createScript, runInContext, runInNewContext, runInThisContext,
    isContext, compileFunction, measureMemory, constants,
  };
})
