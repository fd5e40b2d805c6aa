// node:v8: workerd's, where a Worker sees no engine internals: the
// statistics are zeros, cachedDataVersionTag is 0, and serialization,
// snapshots, coverage, flags and promise hooks throw workerd's
// ERR_METHOD_NOT_IMPLEMENTED after checking their arguments.
(function (binding, require, module) {
  'use strict';
  const v = require('internal/stubs');
  const { notImplemented } = v;
  function cachedDataVersionTag() { return 0; }
  function heapSnapshotOptions(options = {}) {
    v.validateObject(options, 'options');
    const { exposeInternals = false, exposeNumericValues = false } = options;
    v.validateBoolean(exposeInternals, 'options.exposeInternals');
    v.validateBoolean(exposeNumericValues, 'options.exposeNumericValues');
  }
  function writeHeapSnapshot(filename, options = {}) {
    if (filename !== undefined) v.validateString(filename, 'filename');
    heapSnapshotOptions(options);
    throw notImplemented('writeHeapSnapshot');
  }
  function getHeapSnapshot(options = {}) {
    heapSnapshotOptions(options);
    throw notImplemented('getHeapSnapshot');
  }
  function setFlagsFromString(flags) {
    v.validateString(flags, 'flags');
    throw notImplemented('setFlagsFromString');
  }
  function isStringOneByteRepresentation(content) {
    v.validateString(content, 'content');
    throw notImplemented('isStringOneByteRepresentation');
  }
  function getHeapStatistics() {
    return {
      total_heap_size: 0, total_heap_size_executable: 0, total_physical_size: 0,
      total_available_size: 0, used_heap_size: 0, heap_size_limit: 0, malloced_memory: 0,
      peak_malloced_memory: 0, does_zap_garbage: 0, number_of_native_contexts: 0,
      number_of_detached_contexts: 0, total_global_handles_size: 0, used_global_handles_size: 0,
      external_memory: 0, total_allocated_bytes: 0,
    };
  }
  function getHeapSpaceStatistics() { return []; }
  function getHeapCodeStatistics() {
    return { code_and_metadata_size: 0, bytecode_and_metadata_size: 0, external_script_source_size: 0, cpu_profiler_metadata_size: 0 };
  }
  function setHeapSnapshotNearHeapLimit(limit) {
    v.validateUint32(limit, 'limit', true);
    throw notImplemented('setHeapSnapshotNearHeapLimit');
  }
  function getCppHeapStatistics(type = 'detailed') {
    v.validateOneOf(type, 'type', ['brief', 'detailed']);
    return { committed_size_bytes: 0, resident_size_bytes: 0, used_size_bytes: 0, space_statistics: [], type_names: [], detail_level: type };
  }
  class Serializer {
    constructor() { throw notImplemented('Serializer'); }
    writeHeader() { throw notImplemented('writeHeader'); }
    writeValue(value) { throw notImplemented('writeValue'); }
    releaseBuffer() { throw notImplemented('releaseBuffer'); }
    transferArrayBuffer(id, arrayBuffer) { throw notImplemented('transferArrayBuffer'); }
    writeUint32(value) { throw notImplemented('writeUint32'); }
    writeUint64(hi, lo) { throw notImplemented('writeUint64'); }
    writeDouble(value) { throw notImplemented('writeDouble'); }
    writeRawBytes(buffer) { throw notImplemented('writeRawBytes'); }
    _getDataCloneError(message) { throw notImplemented('_getDataCloneError'); }
    _getSharedArrayBufferId(sharedArrayBuffer) { throw notImplemented('_getSharedArrayBufferId'); }
    _setTreatArrayBufferViewsAsHostObjects(flag) { throw notImplemented('_setTreatArrayBufferViewsAsHostObjects'); }
    _writeHostObject(abView) { throw notImplemented('_writeHostObject'); }
  }
  class Deserializer {
    constructor(buffer) { throw notImplemented('Deserializer'); }
    readHeader() { throw notImplemented('readHeader'); }
    readValue() { throw notImplemented('readValue'); }
    transferArrayBuffer(id, arrayBuffer) { throw notImplemented('transferArrayBuffer'); }
    getWireFormatVersion() { throw notImplemented('getWireFormatVersion'); }
    readUint32() { throw notImplemented('readUint32'); }
    readUint64() { throw notImplemented('readUint64'); }
    readDouble() { throw notImplemented('readDouble'); }
    readRawBytes(length) { throw notImplemented('readRawBytes'); }
    _readHostObject() { throw notImplemented('_readHostObject'); }
  }
  // Their super() throws first: the Serializer's and Deserializer's error.
  class DefaultSerializer extends Serializer {
    constructor() {
      super();
      throw notImplemented('DefaultSerializer');
    }
  }
  class DefaultDeserializer extends Deserializer {
    constructor(buffer) {
      super(buffer);
      throw notImplemented('DefaultDeserializer');
    }
  }
  function serialize(value) { throw notImplemented('serialize'); }
  function deserialize(buffer) { throw notImplemented('deserialize'); }
  class GCProfiler {
    start() { throw notImplemented('GCProfiler.start'); }
    stop() { throw notImplemented('GCProfiler.stop'); }
  }
  const promiseHooks = {
    createHook(callbacks) { throw notImplemented('promiseHooks.createHook'); },
    onInit(init) { throw notImplemented('promiseHooks.onInit'); },
    onBefore(before) { throw notImplemented('promiseHooks.onBefore'); },
    onAfter(after) { throw notImplemented('promiseHooks.onAfter'); },
    onSettled(settled) { throw notImplemented('promiseHooks.onSettled'); },
  };
  function queryObjects(ctor, options = {}) {
    v.validateFunction(ctor, 'constructor');
    v.validateObject(options, 'options');
    const format = options.format || 'count';
    if (format !== 'count' && format !== 'summary') throw v.invalidArgValue('options.format', format);
    throw notImplemented('queryObjects');
  }
  function takeCoverage() { throw notImplemented('takeCoverage'); }
  function stopCoverage() { throw notImplemented('stopCoverage'); }
  const startupSnapshot = {
    addSerializeCallback(callback, data) { throw notImplemented('startupSnapshot.addSerializeCallback'); },
    addDeserializeCallback(callback, data) { throw notImplemented('startupSnapshot.addDeserializeCallback'); },
    setDeserializeMainFunction(callback, data) { throw notImplemented('startupSnapshot.setDeserializeMainFunction'); },
    isBuildingSnapshot() { return false; },
  };
  module.exports = {
    cachedDataVersionTag, getHeapSnapshot, getHeapStatistics, getHeapSpaceStatistics,
    getHeapCodeStatistics, getCppHeapStatistics, setFlagsFromString, Serializer, Deserializer,
    DefaultSerializer, DefaultDeserializer, deserialize, takeCoverage, stopCoverage, serialize,
    writeHeapSnapshot, promiseHooks, queryObjects, startupSnapshot, setHeapSnapshotNearHeapLimit,
    GCProfiler, isStringOneByteRepresentation,
  };
})
