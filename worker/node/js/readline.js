// node:readline: workerd's, where a Worker has no terminal: createInterface
// returns an Interface (an EventEmitter) that reads nothing: question
// answers '', iteration yields one '' and ends, the rest does nothing; the
// cursor functions return false. promises is node:readline/promises.
(function (binding, require, module) {
  'use strict';
  const { EventEmitter } = require('events');
  const { emptyLines } = require('internal/stubs');
  class Interface extends EventEmitter {
    terminal = false;
    line = '';
    cursor = 0;
    getPrompt() { return ''; }
    setPrompt(prompt) {}
    prompt(preserveCursor) {}
    question(query, optionsOrCallback, callback) {
      if (typeof optionsOrCallback === 'function') optionsOrCallback('');
      else if (typeof callback === 'function') callback('');
    }
    pause() { return this; }
    resume() { return this; }
    close() {}
    write(data, key) {}
    getCursorPos() { return { rows: 0, cols: 0 }; }
    [Symbol.dispose]() { this.close(); }
    async [Symbol.asyncDispose]() { this.close(); }
    [Symbol.asyncIterator]() { return emptyLines(); }
  }
  function clearLine() { return false; }
  function clearScreenDown() { return false; }
  function createInterface() { return new Interface(); }
  function cursorTo() { return false; }
  function emitKeypressEvents() {}
  function moveCursor() { return false; }
  // promises is the module namespace of node:readline/promises in workerd:
  // a sealed null-prototype object of its named exports, tagged "Module",
  // that refuses writes; its members are read-only where a namespace's say
  // writable (and refuse a write all the same).
  const p = require('readline/promises');
  const promises = Object.create(null);
  for (const k of Object.keys(p).sort()) Object.defineProperty(promises, k, { value: p[k], enumerable: true });
  Object.defineProperty(promises, Symbol.toStringTag, { value: 'Module' });
  Object.preventExtensions(promises);
  module.exports = { clearLine, clearScreenDown, createInterface, cursorTo, emitKeypressEvents, moveCursor, Interface, promises };
})
