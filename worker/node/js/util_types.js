// node:util/types: brand checks of the built-in types.
(function (binding, require, module) {
  'use strict';
  const tag = (v) => Object.prototype.toString.call(v).slice(8, -1);
  const brand = (proto, method) => (v) => {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return false;
    try { method.call(v); return true; } catch (e) { return false; }
  };
  const TypedArray = Object.getPrototypeOf(Uint8Array);
  const taTag = Object.getOwnPropertyDescriptor(TypedArray.prototype, Symbol.toStringTag).get;
  const typed = (name) => (v) => ArrayBuffer.isView(v) && taTag.call(v) === name;
  const box = (proto) => (v) => { if (v === null || typeof v !== 'object') return false; try { proto.valueOf.call(v); return true; } catch (e) { return false; } };
  const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;
  const GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor;
  const Generator = Object.getPrototypeOf(function* () {}).prototype;
  const mapIter = Object.getPrototypeOf(new Map().entries());
  const setIter = Object.getPrototypeOf(new Set().values());
  const types = {
    isExternal: () => false,
    isDate: brand(Date.prototype, Date.prototype.getTime),
    isArgumentsObject: (v) => tag(v) === 'Arguments' && !(Symbol.toStringTag in Object(v)),
    isBigIntObject: box(BigInt.prototype),
    isBooleanObject: box(Boolean.prototype),
    isNumberObject: box(Number.prototype),
    isStringObject: box(String.prototype),
    isSymbolObject: box(Symbol.prototype),
    isBoxedPrimitive: (v) => types.isBigIntObject(v) || types.isBooleanObject(v) || types.isNumberObject(v) || types.isStringObject(v) || types.isSymbolObject(v),
    isNativeError: (v) => binding.typeOf(v) === 'error',
    isRegExp: (v) => binding.typeOf(v) === 'regexp',
    isAsyncFunction: (v) => typeof v === 'function' && v instanceof AsyncFunction,
    isGeneratorFunction: (v) => typeof v === 'function' && v instanceof GeneratorFunction,
    isGeneratorObject: (v) => v !== null && typeof v === 'object' && Generator.isPrototypeOf(v),
    isPromise: (v) => binding.typeOf(v) === 'promise',
    isMap: brand(Map.prototype, Object.getOwnPropertyDescriptor(Map.prototype, 'size').get),
    isSet: brand(Set.prototype, Object.getOwnPropertyDescriptor(Set.prototype, 'size').get),
    isMapIterator: (v) => v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === mapIter,
    isSetIterator: (v) => v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === setIter,
    isWeakMap: (v) => { try { WeakMap.prototype.has.call(v, {}); return true; } catch (e) { return false; } },
    isWeakSet: (v) => { try { WeakSet.prototype.has.call(v, {}); return true; } catch (e) { return false; } },
    isArrayBuffer: (v) => binding.typeOf(v) === 'arraybuffer',
    isDataView: (v) => ArrayBuffer.isView(v) && taTag.call(v) === undefined,
    isSharedArrayBuffer: () => false,
    isProxy: (v) => binding.typeOf(v) === 'proxy',
    isModuleNamespaceObject: (v) => v !== null && typeof v === 'object' && v[Symbol.toStringTag] === 'Module' && Object.getPrototypeOf(v) === null,
    isAnyArrayBuffer: (v) => binding.typeOf(v) === 'arraybuffer',
    isCryptoKey: (v) => typeof CryptoKey === 'function' && v instanceof CryptoKey,
    isKeyObject: () => false,
    isArrayBufferView: (v) => ArrayBuffer.isView(v),
    isTypedArray: (v) => ArrayBuffer.isView(v) && taTag.call(v) !== undefined,
    isUint8Array: typed('Uint8Array'),
    isUint8ClampedArray: typed('Uint8ClampedArray'),
    isUint16Array: typed('Uint16Array'),
    isUint32Array: typed('Uint32Array'),
    isInt8Array: typed('Int8Array'),
    isInt16Array: typed('Int16Array'),
    isInt32Array: typed('Int32Array'),
    isFloat16Array: typed('Float16Array'),
    isFloat32Array: typed('Float32Array'),
    isFloat64Array: typed('Float64Array'),
    isBigInt64Array: typed('BigInt64Array'),
    isBigUint64Array: typed('BigUint64Array'),
  };
  // workerd's shapes: its brand checks are bound native functions ("bound isDate", length 0),
  // isCryptoKey and isKeyObject plain functions of one argument.
  const plain = (k, f) => {
    Object.defineProperty(f, 'name', { value: k });
    Object.defineProperty(f, 'length', { value: 1 });
    return f;
  };
  const bound = (k, f) => {
    // A native function of one Value: called without one, refused.
    const checked = function (v) {
      if (arguments.length === 0) throw new TypeError(`Failed to execute '${k}' on 'UtilModule': parameter 1 is not of type 'Value'.`);
      return f(v);
    };
    const b = plain(k, checked).bind(undefined);
    Object.defineProperty(b, 'length', { value: 0 });
    return b;
  };
  // workerd's key order.
  const ordered = {};
  for (const k of 'isCryptoKey,isKeyObject,isAsyncFunction,isGeneratorFunction,isGeneratorObject,isAnyArrayBuffer,isArrayBuffer,isArgumentsObject,isBoxedPrimitive,isDataView,isMap,isMapIterator,isModuleNamespaceObject,isNativeError,isPromise,isProxy,isSet,isSetIterator,isSharedArrayBuffer,isWeakMap,isWeakSet,isRegExp,isDate,isStringObject,isSymbolObject,isNumberObject,isBooleanObject,isBigIntObject,isArrayBufferView,isBigInt64Array,isBigUint64Array,isFloat16Array,isFloat32Array,isFloat64Array,isInt8Array,isInt16Array,isInt32Array,isTypedArray,isUint8Array,isUint8ClampedArray,isUint16Array,isUint32Array,isExternal'.split(',')) {
    ordered[k] = k === 'isCryptoKey' || k === 'isKeyObject' ? plain(k, types[k]) : bound(k, types[k]);
  }
  module.exports = ordered;
})
