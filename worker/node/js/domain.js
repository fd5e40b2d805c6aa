// node:domain: workerd's Domain, an EventEmitter whose run calls the
// function and whose bind and intercept return it; enter, exit, add and
// remove do nothing. domain.create is a Domain, as in workerd.
(function (binding, require, module) {
  'use strict';
  const { EventEmitter } = require('events');
  EventEmitter.usingDomains = false;
  class Domain extends EventEmitter {
    members = undefined;
    _errorHandler(er) { throw er; }
    enter() {}
    exit() {}
    add(ee) {}
    remove(ee) {}
    run(fn, ...args) {
      this.enter();
      const ret = Reflect.apply(fn, this, args);
      this.exit();
      return ret;
    }
    intercept(cb) { return cb; }
    bind(cb) { return cb; }
  }
  function createDomain() { return new Domain(); }
  module.exports = { Domain, active: null, createDomain, create: createDomain() };
})
