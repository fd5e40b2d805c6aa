// node:readline/promises: node:readline's Interface with a question that
// resolves to '', and Readline, whose cursor methods return it and whose
// commit resolves.
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
    question(query, options) { return Promise.resolve(''); }
    pause() { return this; }
    resume() { return this; }
    close() {}
    write(data, key) {}
    getCursorPos() { return { rows: 0, cols: 0 }; }
    [Symbol.dispose]() { this.close(); }
    async [Symbol.asyncDispose]() { this.close(); }
    [Symbol.asyncIterator]() { return emptyLines(); }
  }
  class Readline {
    clearLine(dir) { return this; }
    clearScreenDown() { return this; }
    commit() { return Promise.resolve(); }
    cursorTo(x, y) { return this; }
    moveCursor(dx, dy) { return this; }
    rollback() { return this; }
  }
  function createInterface() { return new Interface(); }
  module.exports = { Interface, Readline, createInterface };
})
