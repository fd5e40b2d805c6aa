// node:tty: workerd's, where nothing is a terminal: isatty is false, and
// ReadStream and WriteStream are functions that set the fields workerd's
// set, with cursor methods that only call their callbacks. workerd's
// derive from node:net's Socket, which mcrepl does not have: here they
// derive from stream.Duplex, the class Socket derives from.
(function (binding, require, module) {
  'use strict';
  const { Duplex } = require('stream');
  function isatty(fd) { return false; }
  function ReadStream(fd, options = {}) {
    this.fd = fd;
    this.isRaw = false;
    this.isTTY = false;
    return this;
  }
  Object.setPrototypeOf(ReadStream.prototype, Duplex.prototype);
  Object.setPrototypeOf(ReadStream, Duplex);
  ReadStream.prototype.setRawMode = function (mode) {
    this.isRaw = mode;
    return this;
  };
  function WriteStream(fd, options = {}) {
    this.fd = fd;
    this.columns = 0;
    this.rows = 0;
    return this;
  }
  Object.setPrototypeOf(WriteStream.prototype, Duplex.prototype);
  Object.setPrototypeOf(WriteStream, Duplex);
  const W = WriteStream.prototype;
  W.isTTY = true;
  // 8 bits: what workerd answers, though it has no colors at all.
  W.getColorDepth = function () { return 8; };
  W.hasColors = function () { return false; };
  W._refreshSize = function () {};
  W.cursorTo = function (x, y, callback) {
    if (typeof y === 'function') y();
    else if (typeof callback === 'function') callback();
    return false;
  };
  W.moveCursor = function (dx, dy, callback) {
    if (typeof callback === 'function') callback();
    return false;
  };
  W.clearLine = function (dir, callback) {
    if (typeof callback === 'function') callback();
    return false;
  };
  W.clearScreenDown = function (callback) {
    if (typeof callback === 'function') callback();
    return false;
  };
  W.getWindowSize = function () { return [this.columns ?? 0, this.rows ?? 0]; };
  module.exports = { isatty, ReadStream, WriteStream };
})
