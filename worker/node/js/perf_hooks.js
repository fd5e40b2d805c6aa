// node:perf_hooks (enable_nodejs_perf_hooks_module, from 2026-03-17): the
// global performance and its classes, Node's constants, and workerd's
// answers for what a Worker does not measure: eventLoopUtilization() is
// all zeros, timerify(fn) is fn, histograms are not implemented.
(function (binding, require, module) {
  'use strict';
  const errors = require('internal/errors');
  const constants = Object.freeze({
    NODE_PERFORMANCE_GC_MAJOR: 4,
    NODE_PERFORMANCE_GC_MINOR: 1,
    NODE_PERFORMANCE_GC_INCREMENTAL: 8,
    NODE_PERFORMANCE_GC_WEAKCB: 16,
    NODE_PERFORMANCE_GC_FLAGS_NO: 0,
    NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
    NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
    NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
    NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
    NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
    NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
    NODE_PERFORMANCE_ENTRY_TYPE_GC: 0,
    NODE_PERFORMANCE_ENTRY_TYPE_HTTP: 1,
    NODE_PERFORMANCE_ENTRY_TYPE_HTTP2: 2,
    NODE_PERFORMANCE_ENTRY_TYPE_NET: 3,
    NODE_PERFORMANCE_ENTRY_TYPE_DNS: 4,
    NODE_PERFORMANCE_MILESTONE_TIME_ORIGIN_TIMESTAMP: 0,
    NODE_PERFORMANCE_MILESTONE_TIME_ORIGIN: 1,
    NODE_PERFORMANCE_MILESTONE_ENVIRONMENT: 2,
    NODE_PERFORMANCE_MILESTONE_NODE_START: 3,
    NODE_PERFORMANCE_MILESTONE_V8_START: 4,
    NODE_PERFORMANCE_MILESTONE_LOOP_START: 5,
    NODE_PERFORMANCE_MILESTONE_LOOP_EXIT: 6,
    NODE_PERFORMANCE_MILESTONE_BOOTSTRAP_COMPLETE: 7,
  });
  module.exports = {
    Performance: globalThis.Performance,
    PerformanceEntry: globalThis.PerformanceEntry,
    PerformanceMark: globalThis.PerformanceMark,
    PerformanceMeasure: globalThis.PerformanceMeasure,
    PerformanceObserver: globalThis.PerformanceObserver,
    PerformanceObserverEntryList: globalThis.PerformanceObserverEntryList,
    PerformanceResourceTiming: globalThis.PerformanceResourceTiming,
    monitorEventLoopDelay() { throw errors.notImplemented('monitorEventLoopDelay'); },
    createHistogram() { throw errors.notImplemented('createHistogram'); },
    eventLoopUtilization(utilization1, utilization2) { return { idle: 0, active: 0, utilization: 0 }; },
    timerify(fn) { return fn; },
    performance: globalThis.performance,
    constants,
  };
})
