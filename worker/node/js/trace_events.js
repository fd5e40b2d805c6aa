// node:trace_events: workerd's createTracing, whose Tracing only remembers
// whether it is enabled (a Worker records no trace events), and
// getEnabledCategories, which is undefined.
(function (binding, require, module) {
  'use strict';
  const v = require('internal/stubs');
  const { makeError } = require('internal/errors');
  const util = require('internal/util');
  class Tracing {
    #categories;
    #enabled = false;
    constructor(categories) { this.#categories = categories; }
    enable() { this.#enabled = true; }
    disable() { this.#enabled = false; }
    get enabled() { return this.#enabled; }
    get categories() { return this.#categories.join(','); }
    [util.inspect.custom](depth, options = {}) {
      if (typeof depth === 'number' && depth < 0) return this;
      return 'Tracing ' + util.format({ enabled: this.enabled, categories: this.categories });
    }
  }
  function createTracing(options) {
    v.validateObject(options, 'options');
    v.validateStringArray(options.categories, 'options.categories');
    if (options.categories.length <= 0) throw makeError(TypeError, 'ERR_TRACE_EVENTS_CATEGORY_REQUIRED', 'At least one category is required');
    return new Tracing(options.categories);
  }
  function getEnabledCategories() { return undefined; }
  module.exports = { createTracing, getEnabledCategories };
})
