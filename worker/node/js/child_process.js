// node:child_process: workerd's, where a Worker starts no process: the
// functions check their arguments as workerd does and throw its
// ERR_METHOD_NOT_IMPLEMENTED; ChildProcess cannot be constructed.
(function (binding, require, module) {
  'use strict';
  const { EventEmitter } = require('events');
  const v = require('internal/stubs');
  const { notImplemented } = v;
  class ChildProcess extends EventEmitter {
    stdin = null;
    stdout = null;
    stderr = null;
    killed = false;
    stdio = [null, null, null, null, null];
    connected = false;
    exitCode = null;
    signalCode = null;
    spawnargs = [];
    spawnfile;
    constructor() {
      super();
      throw notImplemented('child_process.ChildProcess');
    }
    kill(signal) { return false; }
    send(message, sendHandle, options, callback) { return false; }
    disconnect() {}
    unref() {}
    ref() {}
    [Symbol.dispose]() { this.kill(); }
  }
  function _forkChild(fd, serializationMode) { throw notImplemented('child_process._forkChild'); }
  function exec(command, options, callback) {
    v.validateString(command, 'command');
    if (options != null) v.validateObject(options, 'options');
    if (callback != null) v.validateFunction(callback, 'callback');
    throw notImplemented('child_process.exec');
  }
  function execFile(file, args, options, callback) { throw notImplemented('child_process.execFile'); }
  function execFileSync(file, args, options) { throw notImplemented('child_process.execFileSync'); }
  function execSync(command, options) { throw notImplemented('child_process.execSync'); }
  function fork(modulePath, args, options) {
    if (args == null) args = [];
    else if (typeof args === 'object' && !Array.isArray(args)) { options = args; args = []; }
    else v.validateArray(args, 'args');
    if (options != null) v.validateObject(options, 'options');
    throw notImplemented('child_process.fork');
  }
  function spawn() { throw notImplemented('child_process.spawn'); }
  function spawnSync(command, args, options) {
    v.validateString(command, 'command');
    throw notImplemented('child_process.spawnSync');
  }
  module.exports = { ChildProcess, _forkChild, exec, execFile, execFileSync, execSync, fork, spawn, spawnSync };
})
