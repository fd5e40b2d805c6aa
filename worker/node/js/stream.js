// node:stream: Readable, Writable, Duplex, Transform and PassThrough with
// Node's buffering, flowing and paused modes, backpressure and event order
// (data, end, finish, close, error, drain), pipe, pipeline, finished and
// Readable.from, Readable's iterator helpers (map, filter, toArray, ...);
// node:stream/promises, compose. A subset of Node's streams, written for
// mcrepl: no cork.
(function (binding, require, module) {
  'use strict';
  const EE = require('events');
  const errors = require('internal/errors');
  const { Buffer } = require('buffer');
  const tick = (fn, ...args) => binding.queueMicrotask(fn, ...args);
  let defaultHWM = 65536, defaultObjectHWM = 16;
  const hwmOf = (o, objectMode, key) => {
    const v = o && (o[key] !== undefined ? o[key] : o.highWaterMark);
    if (v === undefined) return objectMode ? defaultObjectHWM : defaultHWM;
    if (!Number.isInteger(v) || v < 0) throw errors.invalidArgValue('options.highWaterMark', v);
    return v;
  };
  const lengthOf = (chunk, objectMode) => (objectMode ? 1 : chunk.length);
  const toChunk = (chunk, encoding, objectMode) => {
    if (objectMode || chunk instanceof Buffer) return chunk;
    if (typeof chunk === 'string') return Buffer.from(chunk, encoding);
    if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    throw errors.invalidArgType('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
  };

  function Stream(opts) { EE.call(this, opts); }
  Object.setPrototypeOf(Stream.prototype, EE.prototype);
  Object.setPrototypeOf(Stream, EE);
  Stream.prototype.pipe = function pipe(dest, options) {
    const source = this;
    const end = !options || options.end !== false;
    source.on('data', (chunk) => { if (dest.write(chunk) === false && source.pause) source.pause(); });
    dest.on('drain', () => { if (source.resume) source.resume(); });
    if (end) source.on('end', () => dest.end());
    dest.emit('pipe', source);
    if (source.resume) source.resume();
    return dest;
  };

  function destroyImpl(stream, state, err, cb) {
    if (state.destroyed) { if (typeof cb === 'function') cb(err); return stream; }
    state.destroyed = true;
    const done = (e) => {
      for (const st of [stream._readableState, stream._writableState]) if (st) st.closed = true;
      if (e && !state.errored) {
        state.errored = e;
        tick(() => { stream.emit('error', e); if (state.emitClose) stream.emit('close'); });
      } else if (state.emitClose) tick(() => stream.emit('close'));
      // end()'s callbacks that a finish will not call now get the error,
      // after close and a tick more, as in workerd.
      const ws = stream._writableState;
      if (ws && ws.onFinished && ws.onFinished.length > 0) {
        tick(() => tick(() => {
          const err = ws.errored || state.errored || errors.makeError(Error, 'ERR_STREAM_DESTROYED', 'Cannot call end after a stream was destroyed');
          for (const f of ws.onFinished.splice(0)) f(err);
        }));
      }
      if (typeof cb === 'function') cb(e);
    };
    stream._destroy(err || null, done);
    return stream;
  }

  // signalOption is the signal option of a stream's constructor: an
  // AbortSignal whose abort destroys the stream with an AbortError.
  function signalOption(stream, options) {
    const signal = options && options.signal;
    if (!signal) return;
    if (typeof signal !== 'object' || !('aborted' in signal)) throw errors.invalidArgType('signal', 'AbortSignal', signal);
    const onAbort = () => { stream.destroy(new errors.AbortError(undefined, { cause: signal.reason })); };
    if (signal.aborted) onAbort(); else signal.addEventListener('abort', onAbort, { once: true });
  }

  // ReadableState is a Readable's _readableState (stream.Readable.ReadableState).
  function ReadableState(options, stream, isDuplex) {
    const objectMode = !!(options && (options.objectMode || (isDuplex !== false && options.readableObjectMode)));
    Object.assign(this, {
      objectMode, highWaterMark: hwmOf(options, objectMode, 'readableHighWaterMark'),
      buffer: [], length: 0, flowing: null, ended: false, endEmitted: false, reading: false,
      sync: false, needReadable: false, emittedReadable: false, destroyed: false, errored: null,
      emitClose: !options || options.emitClose !== false, autoDestroy: !options || options.autoDestroy !== false,
      encoding: options && options.encoding ? options.encoding : null, dataEmitted: false, closed: false,
      decoder: null,
    });
    if (this.encoding) {
      this.decoder = new (require('string_decoder').StringDecoder)(this.encoding);
    }
  }
  // Readable.
  function Readable(options) {
    if (!(this instanceof Readable)) return new Readable(options);
    Stream.call(this, options);
    this._readableState = new ReadableState(options, this);
    if (options) {
      if (typeof options.read === 'function') this._read = options.read;
      if (typeof options.destroy === 'function') this._destroy = options.destroy;
    }
    if (!(this instanceof Duplex)) signalOption(this, options);
  }
  Object.setPrototypeOf(Readable.prototype, Stream.prototype);
  Object.setPrototypeOf(Readable, Stream);
  const R = Readable.prototype;
  R._read = function () { throw errors.makeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'The _read() method is not implemented'); };
  R._destroy = function (err, cb) { cb(err); };
  R.destroy = function destroy(err, cb) { return destroyImpl(this, this._readableState, err, cb); };
  R.push = function push(chunk, encoding) {
    const st = this._readableState;
    if (chunk === null) {
      st.reading = false;
      if (!st.ended) { st.ended = true; if (st.length === 0) endReadable(this); else emitReadable(this); }
      return false;
    }
    if (st.ended) { this.destroy(errors.makeError(Error, 'ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF')); return false; }
    st.reading = false;
    chunk = toChunk(chunk, encoding, st.objectMode);
    if (st.flowing && st.length === 0 && !st.sync && this.listenerCount('data') > 0) {
      st.dataEmitted = true;
      const v = decodeChunk(st, chunk);
      if (v !== '') this.emit('data', v); // half a character: it waits in the decoder
    } else {
      st.buffer.push(chunk);
      st.length += lengthOf(chunk, st.objectMode);
      if (st.needReadable) emitReadable(this);
    }
    maybeReadMore(this);
    return st.length < st.highWaterMark;
  };
  R.unshift = function unshift(chunk) {
    const st = this._readableState;
    chunk = toChunk(chunk, undefined, st.objectMode);
    st.buffer.unshift(chunk);
    st.length += lengthOf(chunk, st.objectMode);
  };
  // With an encoding set, chunks go through one StringDecoder, as in Node: a
  // character split between two chunks comes out whole.
  function decodeChunk(st, chunk) { return st.decoder && chunk instanceof Uint8Array ? st.decoder.write(chunk) : chunk; }
  function takeFromBuffer(st, n) {
    if (st.length === 0) return null;
    let out;
    if (st.objectMode) out = st.buffer.shift();
    else if (n === undefined || n >= st.length) {
      out = st.buffer.length === 1 ? st.buffer[0] : Buffer.concat(st.buffer);
      st.buffer = [];
    } else {
      const all = Buffer.concat(st.buffer);
      out = all.subarray(0, n);
      st.buffer = [all.subarray(n)];
    }
    st.length -= lengthOf(out, st.objectMode);
    return out;
  }
  R.read = function read(n) {
    const st = this._readableState;
    if (n !== undefined && !st.objectMode && n > st.length) {
      if (!st.ended) { st.needReadable = true; callRead(this); return null; }
    }
    if (n === 0) { callRead(this); return null; }
    const out = takeFromBuffer(st, n);
    if (out === null) {
      st.needReadable = true;
      if (st.ended) endReadable(this); else callRead(this);
      return null;
    }
    if (st.length === 0 && st.ended) endReadable(this);
    else if (!st.ended && st.length < st.highWaterMark) callRead(this);
    st.dataEmitted = true;
    const v = decodeChunk(st, out);
    if (v !== '') this.emit('data', v);
    return v;
  };
  function callRead(stream) {
    const st = stream._readableState;
    if (st.reading || st.ended || st.destroyed) return;
    st.reading = true;
    st.sync = true;
    stream._read(st.highWaterMark);
    st.sync = false;
  }
  function maybeReadMore(stream) {
    const st = stream._readableState;
    if (st.readingMore) return;
    st.readingMore = true;
    tick(() => {
      st.readingMore = false;
      while (!st.reading && !st.ended && !st.destroyed && st.length < st.highWaterMark && (st.flowing || st.length === 0)) {
        const before = st.length;
        callRead(stream);
        if (before === st.length) break;
      }
    });
  }
  function emitReadable(stream) {
    const st = stream._readableState;
    st.needReadable = false;
    if (st.emittedReadable) return;
    st.emittedReadable = true;
    tick(() => {
      st.emittedReadable = false;
      if (!st.destroyed && (st.length || st.ended)) stream.emit('readable');
      flow(stream);
    });
  }
  function flow(stream) {
    const st = stream._readableState;
    while (st.flowing && stream.read() !== null);
  }
  function endReadable(stream) {
    const st = stream._readableState;
    if (st.endEmitted || st.endScheduled) return;
    st.endScheduled = true;
    tick(() => {
      if (st.endEmitted || st.length !== 0 || st.destroyed) return;
      st.endEmitted = true;
      if (st.decoder) {
        const rest = st.decoder.end(); // an incomplete character at the end
        if (rest) stream.emit('data', rest);
      }
      stream.emit('end');
      const ws = stream._writableState;
      // A Duplex without allowHalfOpen ends its writable side a tick after
      // its end listeners, as in Node.
      if (ws && stream.allowHalfOpen === false && stream.writable) tick(() => stream.end());
      else if (st.autoDestroy && (!ws || ws.finished || ws.writable === false)) stream.destroy();
    });
  }
  R.on = function on(ev, fn) {
    const res = Stream.prototype.on.call(this, ev, fn);
    const st = this._readableState;
    if (ev === 'data') {
      if (st.flowing !== false) this.resume();
    } else if (ev === 'readable') {
      if (!st.endEmitted) {
        st.flowing = false;
        st.needReadable = true;
        if (st.length) emitReadable(this);
        else callRead(this);
      }
    }
    return res;
  };
  R.addListener = R.on;
  R.resume = function resume() {
    const st = this._readableState;
    if (!st.flowing) {
      st.flowing = true;
      tick(() => {
        if (!st.reading) callRead(this);
        this.emit('resume');
        flow(this);
        if (st.ended && st.length === 0) endReadable(this);
      });
    }
    return this;
  };
  R.pause = function pause() {
    const st = this._readableState;
    if (st.flowing !== false) { st.flowing = false; this.emit('pause'); }
    return this;
  };
  R.isPaused = function isPaused() { return this._readableState.flowing === false; };
  R.setEncoding = function setEncoding(enc) {
    if (!Buffer.isEncoding(enc === undefined ? 'utf8' : enc)) throw errors.unknownEncoding(enc);
    const st = this._readableState;
    st.encoding = enc;
    st.decoder = new (require('string_decoder').StringDecoder)(enc);
    return this;
  };
  R.pipe = Stream.prototype.pipe;
  R.unpipe = function unpipe() { this.pause(); return this; };
  R[Symbol.asyncIterator] = function () { return readableIterator(this, true); };
  // iterator({ destroyOnReturn }) is the async iterator that, with
  // destroyOnReturn false, leaves the stream as it is when the loop breaks.
  R.iterator = function (options) {
    if (options !== undefined) errors.validateObject(options, 'options');
    return readableIterator(this, !options || options.destroyOnReturn !== false);
  };
  function readableIterator(stream, destroyOnReturn) {
    const st = stream._readableState;
    let error = null, done = false, wake = null;
    const wakeUp = () => { if (wake) { const w = wake; wake = null; w(); } };
    stream.on('readable', wakeUp);
    stream.on('end', () => { done = true; wakeUp(); });
    stream.on('error', (e) => { error = e; wakeUp(); });
    stream.on('close', () => { done = true; wakeUp(); });
    return {
      async next() {
        while (true) {
          if (error) throw error;
          const chunk = st.destroyed && !st.length ? null : stream.read();
          if (chunk !== null) return { value: chunk, done: false };
          if (done || st.endEmitted) {
            // As in Node, an iteration that ran to the end destroys the
            // stream (autoDestroy).
            if (!st.destroyed && st.autoDestroy) stream.destroy();
            return { value: undefined, done: true };
          }
          await new Promise((r) => { wake = r; });
        }
      },
      async return() {
        if (destroyOnReturn) stream.destroy();
        return { value: undefined, done: true };
      },
      [Symbol.asyncIterator]() { return this; },
    };
  }
  // The iterator helpers (map, filter, flatMap, drop, take return streams;
  // forEach, toArray, some, every, find, reduce promises), over the
  // stream's async iterator, as Node's operators. Their functions get
  // (value, { signal }); map's concurrency option changes no result (values
  // keep their order), so they run one at a time.
  const helperFn = (fn) => {
    if (typeof fn !== 'function') throw errors.invalidArgType('fn', ['function', 'AsyncFunction'], fn);
  };
  const helperOpts = (options) => {
    if (options !== undefined && options !== null) errors.validateObject(options, 'options');
    return { signal: (options && options.signal) || new AbortController().signal };
  };
  const helperCount = (n) => {
    n = Number(n);
    n = Number.isNaN(n) ? 0 : Math.trunc(n);
    if (n < 0) throw errors.outOfRange('number', '>= 0', n);
    return n;
  };
  // pulled makes an object-mode Readable whose chunks next() gives, one
  // read at a time; it closes the source iterator when destroyed early.
  function pulled(source, next) {
    let busy = false;
    return new Readable({
      objectMode: true,
      read() {
        if (busy) return;
        busy = true;
        next().then((r) => {
          busy = false;
          if (r.done) this.push(null);
          else this.push(r.value);
        }, (err) => { busy = false; this.destroy(err); });
      },
      destroy(err, cb) {
        const ret = source.return && source.return();
        if (ret && typeof ret.then === 'function') ret.then(() => cb(err), () => cb(err));
        else cb(err);
      },
    });
  }
  R.map = function map(fn, options) {
    helperFn(fn);
    const ctx = helperOpts(options);
    const it = this[Symbol.asyncIterator]();
    return pulled(it, async () => {
      const r = await it.next();
      return r.done ? r : { done: false, value: await fn(r.value, ctx) };
    });
  };
  R.filter = function filter(fn, options) {
    helperFn(fn);
    const ctx = helperOpts(options);
    const it = this[Symbol.asyncIterator]();
    return pulled(it, async () => {
      for (;;) {
        const r = await it.next();
        if (r.done || await fn(r.value, ctx)) return r;
      }
    });
  };
  R.flatMap = function flatMap(fn, options) {
    helperFn(fn);
    const ctx = helperOpts(options);
    const it = this[Symbol.asyncIterator]();
    let inner = null;
    return pulled(it, async () => {
      for (;;) {
        if (inner) {
          const r = await inner.next();
          if (!r.done) return r;
          inner = null;
        }
        const r = await it.next();
        if (r.done) return r;
        const v = await fn(r.value, ctx);
        if (v != null && typeof v[Symbol.asyncIterator] === 'function') inner = v[Symbol.asyncIterator]();
        else if (v != null && typeof v[Symbol.iterator] === 'function') inner = v[Symbol.iterator]();
        else return { done: false, value: v };
      }
    });
  };
  R.drop = function drop(n, options) {
    n = helperCount(n);
    helperOpts(options);
    const it = this[Symbol.asyncIterator]();
    return pulled(it, async () => {
      for (;;) {
        const r = await it.next();
        if (r.done || n <= 0) return r;
        n--;
      }
    });
  };
  R.take = function take(n, options) {
    n = helperCount(n);
    helperOpts(options);
    const it = this[Symbol.asyncIterator]();
    return pulled(it, async () => {
      if (n <= 0) {
        if (it.return) await it.return();
        return { done: true, value: undefined };
      }
      n--;
      return it.next();
    });
  };
  // each runs fn over the stream's values until it returns true (stop).
  async function each(stream, fn) {
    const it = stream[Symbol.asyncIterator]();
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      if (await fn(r.value)) {
        if (it.return) await it.return();
        return;
      }
    }
  }
  R.forEach = async function forEach(fn, options) {
    helperFn(fn);
    const ctx = helperOpts(options);
    await each(this, async (v) => { await fn(v, ctx); return false; });
  };
  R.toArray = async function toArray(options) {
    helperOpts(options);
    const out = [];
    await each(this, (v) => { out.push(v); return false; });
    return out;
  };
  R.some = async function some(fn, options) {
    helperFn(fn);
    const ctx = helperOpts(options);
    let found = false;
    await each(this, async (v) => (found = !!(await fn(v, ctx))));
    return found;
  };
  R.every = async function every(fn, options) {
    helperFn(fn);
    const ctx = helperOpts(options);
    let all = true;
    await each(this, async (v) => !(all = !!(await fn(v, ctx))));
    return all;
  };
  R.find = async function find(fn, options) {
    helperFn(fn);
    const ctx = helperOpts(options);
    let found;
    await each(this, async (v) => { if (await fn(v, ctx)) { found = v; return true; } return false; });
    return found;
  };
  R.reduce = async function reduce(fn, initial, options) {
    helperFn(fn);
    const ctx = helperOpts(options);
    let acc = initial, has = arguments.length > 1;
    await each(this, async (v) => {
      if (has) acc = await fn(acc, v, ctx);
      else { acc = v; has = true; }
      return false;
    });
    if (!has) throw errors.makeError(TypeError, 'ERR_MISSING_ARGS', 'Reduce of an empty stream requires an initial value');
    return acc;
  };
  const rprops = {
    readable: (st, s) => !st.destroyed && !st.endEmitted && !st.errored,
    readableEnded: (st) => st.endEmitted,
    readableFlowing: (st) => st.flowing,
    readableLength: (st) => st.length,
    readableHighWaterMark: (st) => st.highWaterMark,
    readableObjectMode: (st) => st.objectMode,
    readableEncoding: (st) => st.encoding,
    readableAborted: (st) => st.destroyed && !st.endEmitted,
    readableDidRead: (st) => st.dataEmitted,
    closed: (st) => st.closed,
    errored: (st) => st.errored,
    readableBuffer: (st) => st.buffer,
  };
  for (const [k, f] of Object.entries(rprops)) {
    Object.defineProperty(R, k, { get() { return f(this._readableState, this); }, configurable: true, enumerable: false });
  }
  Object.defineProperty(R, 'destroyed', {
    get() { return this._readableState.destroyed; },
    set(v) { this._readableState.destroyed = v; },
    configurable: true,
  });
  // fromIterable is Readable.from with the class to make (Duplex.from's
  // iterables are Duplexes).
  function fromIterable(C, iterable, opts) {
    if (typeof iterable === 'string' || iterable instanceof Uint8Array) {
      return new C(Object.assign({ objectMode: true, read() { this.push(iterable); this.push(null); } }, opts));
    }
    if (iterable == null || (typeof iterable[Symbol.asyncIterator] !== 'function' && typeof iterable[Symbol.iterator] !== 'function')) {
      throw errors.invalidArgType('iterable', ['Iterable'], iterable);
    }
    const it = iterable[Symbol.asyncIterator] ? iterable[Symbol.asyncIterator]() : iterable[Symbol.iterator]();
    let reading = false;
    return new C(Object.assign({
      objectMode: true,
      read() {
        if (reading) return;
        reading = true;
        Promise.resolve(it.next()).then(({ value, done }) => {
          reading = false;
          if (done) this.push(null);
          else Promise.resolve(value).then((v) => this.push(v), (e) => this.destroy(e));
        }, (e) => this.destroy(e));
      },
    }, opts));
  }
  Readable.from = function from(iterable, opts) { return fromIterable(Readable, iterable, opts); };

  // WritableState is a Writable's _writableState (stream.Writable.WritableState).
  function WritableState(options, stream, isDuplex) {
    const objectMode = !!(options && (options.objectMode || (isDuplex !== false && options.writableObjectMode)));
    Object.assign(this, {
      objectMode, highWaterMark: hwmOf(options, objectMode, 'writableHighWaterMark'),
      buffer: [], length: 0, writing: false, ending: false, ended: false, finished: false,
      needDrain: false, destroyed: false, errored: null, pendingcb: 0, onFinished: [],
      emitClose: !options || options.emitClose !== false, autoDestroy: !options || options.autoDestroy !== false,
      decodeStrings: !options || options.decodeStrings !== false, defaultEncoding: (options && options.defaultEncoding) || 'utf8',
    });
  }
  // Writable.
  function Writable(options) {
    if (!(this instanceof Writable) && !(this instanceof Duplex)) return new Writable(options);
    Stream.call(this, options);
    initWritable(this, options);
    signalOption(this, options);
  }
  function initWritable(stream, options) {
    stream._writableState = new WritableState(options, stream);
    if (options) {
      if (typeof options.write === 'function') stream._write = options.write;
      if (typeof options.writev === 'function') stream._writev = options.writev;
      if (typeof options.final === 'function') stream._final = options.final;
      if (typeof options.destroy === 'function') stream._destroy = options.destroy;
    }
  }
  Object.setPrototypeOf(Writable.prototype, Stream.prototype);
  Object.setPrototypeOf(Writable, Stream);
  const W = Writable.prototype;
  W._write = function (chunk, enc, cb) {
    if (this._writev) this._writev([{ chunk, encoding: enc }], cb);
    else throw errors.makeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'The _write() method is not implemented');
  };
  W._destroy = function (err, cb) { cb(err); };
  W.destroy = function destroy(err, cb) {
    const st = this._writableState;
    const rs = this._readableState;
    if (rs && !rs.destroyed) rs.destroyed = true;
    return destroyImpl(this, st, err, cb);
  };
  W.write = function write(chunk, encoding, cb) {
    const st = this._writableState;
    if (typeof encoding === 'function') { cb = encoding; encoding = null; }
    if (chunk === null) throw errors.makeError(TypeError, 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream');
    let err;
    if (st.ending) err = errors.makeError(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end');
    else if (st.destroyed) err = errors.makeError(Error, 'ERR_STREAM_DESTROYED', 'Cannot call write after a stream was destroyed');
    if (err) {
      tick(() => { if (typeof cb === 'function') cb(err); });
      if (!st.destroyed) { this.destroy(err); }
      return false;
    }
    const enc = encoding || st.defaultEncoding;
    if (!st.objectMode) {
      if (typeof chunk === 'string') { if (st.decodeStrings) chunk = Buffer.from(chunk, enc); }
      else chunk = toChunk(chunk, enc, false);
    }
    st.length += st.objectMode ? 1 : chunk.length;
    const ret = st.length < st.highWaterMark;
    if (!ret) st.needDrain = true;
    st.buffer.push({ chunk, encoding: typeof chunk === 'string' ? enc : 'buffer', cb });
    if (!st.writing) writeNext(this);
    return ret;
  };
  function writeNext(stream) {
    const st = stream._writableState;
    if (st.writing || st.destroyed) return;
    const item = st.buffer.shift();
    if (!item) {
      if (st.needDrain && st.length === 0) { st.needDrain = false; tick(() => stream.emit('drain')); }
      if (st.ending) tick(() => finishMaybe(stream));
      return;
    }
    st.writing = true;
    let sync = true;
    stream._write(item.chunk, item.encoding, (er) => {
      // As in Node, the write is over at once (a write() made now goes
      // straight to _write); its callback and what follows wait for a
      // tick when _write called back synchronously.
      st.writing = false;
      st.length -= st.objectMode ? 1 : item.chunk.length;
      if (!er && st.buffer.length) writeNext(stream);
      const after = () => {
        if (er) {
          if (typeof item.cb === 'function') item.cb(er);
          stream.destroy(er);
          return;
        }
        if (typeof item.cb === 'function') item.cb(undefined);
        if (!st.writing) writeNext(stream);
      };
      if (sync) tick(after); else after();
    });
    sync = false;
  }
  // finishMaybe is Node's: _final runs at once (within end(), when nothing
  // is being written: a Transform's flush pushes before end() returns), and
  // finish follows, a tick later when called from end() (sync).
  function finishMaybe(stream, sync) {
    const st = stream._writableState;
    if (st.finished || st.writing || st.buffer.length || st.destroyed || st.finalCalled) return;
    const finish = () => {
      if (st.finished || st.destroyed) return;
      st.finished = true;
      // end()'s callbacks run before the finish listeners, as in Node.
      for (const cb of st.onFinished.splice(0)) cb(null);
      stream.emit('finish');
      const rs = stream._readableState;
      if (st.autoDestroy && (!rs || rs.endEmitted || rs.readable === false)) stream.destroy();
    };
    // prefinish comes before finish, once _final is done, as in Node.
    const prefinish = () => { st.prefinished = true; stream.emit('prefinish'); };
    if (typeof stream._final === 'function') {
      st.finalCalled = true;
      stream._final((er) => { if (er) stream.destroy(er); else { if (!st.prefinished) prefinish(); tick(finish); } });
    } else {
      if (!st.prefinished) prefinish();
      if (sync) tick(finish);
      else finish();
    }
  }
  W.end = function end(chunk, encoding, cb) {
    const st = this._writableState;
    if (typeof chunk === 'function') { cb = chunk; chunk = null; } else if (typeof encoding === 'function') { cb = encoding; encoding = null; }
    if (chunk !== null && chunk !== undefined) this.write(chunk, encoding);
    if (typeof cb === 'function') {
      if (st.finished) tick(cb); else st.onFinished.push(cb);
    }
    if (!st.ending) {
      st.ending = true;
      st.ended = true;
      if (!st.writing && st.buffer.length === 0) finishMaybe(this, true);
    }
    return this;
  };
  W._writev = null;
  // A Writable cannot be piped from: the error destroys it.
  W.pipe = function pipe() { this.destroy(errors.makeError(Error, 'ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable')); };
  W.cork = function cork() {};
  W.uncork = function uncork() {};
  W.setDefaultEncoding = function setDefaultEncoding(enc) { this._writableState.defaultEncoding = enc; return this; };
  const wprops = {
    writable: (st) => !st.destroyed && !st.ending && !st.errored,
    writableEnded: (st) => st.ending,
    writableFinished: (st) => st.finished,
    writableLength: (st) => st.length,
    writableHighWaterMark: (st) => st.highWaterMark,
    writableObjectMode: (st) => st.objectMode,
    writableNeedDrain: (st) => st.needDrain,
    writableCorked: () => 0,
    closed: (st) => !!st.closed,
    errored: (st) => st.errored,
    writableAborted: (st) => !!((st.destroyed || st.errored) && !st.finished),
    writableBuffer: (st) => st.buffer.slice(),
  };
  for (const [k, f] of Object.entries(wprops)) {
    Object.defineProperty(W, k, { get() { return f(this._writableState); }, configurable: true, enumerable: false });
  }
  Object.defineProperty(W, 'destroyed', {
    get() { return this._writableState.destroyed; },
    set(v) { this._writableState.destroyed = v; },
    configurable: true,
  });

  // Duplex: a Readable that is also a Writable.
  function Duplex(options) {
    if (!(this instanceof Duplex)) return new Duplex(options);
    Readable.call(this, options);
    initWritable(this, options);
    this.allowHalfOpen = !options || options.allowHalfOpen !== false;
    signalOption(this, options);
  }
  Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
  Object.setPrototypeOf(Duplex, Readable);
  // A Duplex has Writable's members that Readable lacks.
  for (const k of Object.getOwnPropertyNames(W)) {
    if (k === 'constructor' || k === 'writableAborted' || k in Duplex.prototype) continue;
    Object.defineProperty(Duplex.prototype, k, Object.getOwnPropertyDescriptor(W, k));
  }
  Duplex.prototype.destroy = function destroy(err, cb) {
    this._writableState.destroyed = true;
    return destroyImpl(this, this._readableState, err, cb);
  };
  Object.defineProperty(Duplex.prototype, 'destroyed', {
    get() { return this._readableState.destroyed; },
    set(v) { this._readableState.destroyed = v; this._writableState.destroyed = v; },
    configurable: true,
  });

  // Transform and PassThrough.
  function Transform(options) {
    if (!(this instanceof Transform)) return new Transform(options);
    Duplex.call(this, options);
    if (options) {
      if (typeof options.transform === 'function') this._transform = options.transform;
      if (typeof options.flush === 'function') this._flush = options.flush;
    }
  }
  Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
  Object.setPrototypeOf(Transform, Duplex);
  Transform.prototype._transform = function () { throw errors.makeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'The _transform() method is not implemented'); };
  Transform.prototype._write = function (chunk, encoding, cb) {
    this._transform(chunk, encoding, (err, data) => {
      if (err) { cb(err); return; }
      if (data !== undefined && data !== null) this.push(data);
      cb();
    });
  };
  Transform.prototype._read = function () {};
  Transform.prototype._final = function (cb) {
    const done = (err, data) => {
      if (err) { cb(err); return; }
      if (data !== undefined && data !== null) this.push(data);
      this.push(null);
      cb();
    };
    if (typeof this._flush === 'function') this._flush(done); else done();
  };
  function PassThrough(options) {
    if (!(this instanceof PassThrough)) return new PassThrough(options);
    Transform.call(this, options);
  }
  Object.setPrototypeOf(PassThrough.prototype, Transform.prototype);
  Object.setPrototypeOf(PassThrough, Transform);
  PassThrough.prototype._transform = function (chunk, enc, cb) { cb(null, chunk); };

  // finished and pipeline.
  // finished is Node's end-of-stream, named eos as in workerd.
  function finished(stream, opts, callback) {
    if (typeof opts === 'function') { callback = opts; opts = {}; }
    errors.validateFunction(callback, 'callback');
    let called = false;
    const once = (err) => { if (!called) { called = true; cleanup(); callback.call(stream, err); } };
    const readable = !!stream._readableState && (!opts || opts.readable !== false);
    const writable = !!stream._writableState && (!opts || opts.writable !== false);
    let ended = !readable || stream._readableState.endEmitted, fin = !writable || stream._writableState.finished;
    const onEnd = () => { ended = true; if (fin) once(); };
    const onFinish = () => { fin = true; if (ended) once(); };
    const onError = (err) => once(err);
    const onClose = () => {
      if ((readable && !ended) || (writable && !fin)) once(errors.makeError(TypeError, 'ERR_STREAM_PREMATURE_CLOSE', 'Premature close'));
      else once();
    };
    stream.on('end', onEnd); stream.on('finish', onFinish); stream.on('error', onError); stream.on('close', onClose);
    const cleanup = () => {
      stream.removeListener('end', onEnd); stream.removeListener('finish', onFinish);
      stream.removeListener('error', onError); stream.removeListener('close', onClose);
    };
    if (ended && fin) tick(once);
    return cleanup;
  }
  function pipeline(...streams) {
    const last = streams[streams.length - 1];
    if (typeof last !== 'function') throw errors.invalidArgType('streams[stream.length - 1]', 'Function', last);
    const callback = streams.pop();
    if (Array.isArray(streams[0]) && streams.length === 1) streams = streams[0];
    if (streams.length < 2) throw errors.makeError(TypeError, 'ERR_MISSING_ARGS', 'The "streams" argument must be specified');
    if (!(streams[0] instanceof Stream) && streams[0] != null && (streams[0][Symbol.asyncIterator] || streams[0][Symbol.iterator])) streams[0] = Readable.from(streams[0]);
    let error = null, remaining = streams.length, done = false;
    const finish = (err) => {
      if (done) return;
      if (err) {
        done = true;
        for (const s of streams) if (!s.destroyed && typeof s.destroy === 'function') s.destroy(err);
        if (callback) tick(callback, err);
        return;
      }
      if (--remaining === 0) { done = true; if (callback) tick(callback, error); }
    };
    for (let i = 0; i < streams.length; i++) {
      const s = streams[i];
      finished(s, { readable: i < streams.length - 1 || !s._writableState, writable: i > 0 }, (err) => finish(err));
      if (i > 0) streams[i - 1].pipe(s);
    }
    return streams[streams.length - 1];
  }
  // compose(...streams) is one Duplex over a pipeline of streams: writes
  // go to the first, reads come from the last (Node's compose; a function
  // at either end goes through Duplex.from, and iterables are refused).
  function compose(...streams) {
    if (streams.length === 0) throw errors.makeError(TypeError, 'ERR_MISSING_ARGS', 'The "streams" argument must be specified');
    if (streams.length === 1) return Duplex.from(streams[0]);
    if (typeof streams[0] === 'function') streams[0] = Duplex.from(streams[0]);
    if (typeof streams[streams.length - 1] === 'function') streams[streams.length - 1] = Duplex.from(streams[streams.length - 1]);
    for (const s of streams) {
      if (!(s instanceof Stream)) throw new TypeError('mcrepl: stream.compose() takes Node.js streams and functions only (no iterables)');
    }
    for (let n = 0; n < streams.length; ++n) {
      if (n < streams.length - 1 && !Stream.isReadable(streams[n])) throw errors.invalidArgValue(`streams[${n}]`, streams[n], 'must be readable');
      if (n > 0 && !Stream.isWritable(streams[n])) throw errors.invalidArgValue(`streams[${n}]`, streams[n], 'must be writable');
    }
    let ondrain, onfinish, onreadable, onclose, d;
    const head = streams[0];
    const tail = pipeline(streams, (err) => {
      const cb = onclose;
      onclose = null;
      if (cb) cb(err);
      else if (err) d.destroy(err);
      else if (!readable && !writable) d.destroy();
    });
    const writable = Stream.isWritable(head);
    const readable = Stream.isReadable(tail);
    d = new Duplex({ writableObjectMode: !!head.writableObjectMode, readableObjectMode: !!tail.writableObjectMode });
    if (writable) {
      d._write = function (chunk, encoding, callback) {
        if (head.write(chunk, encoding)) callback();
        else ondrain = callback;
      };
      d._final = function (callback) {
        head.end();
        onfinish = callback;
      };
      head.on('drain', () => { if (ondrain) { const cb = ondrain; ondrain = null; cb(); } });
      tail.on('finish', () => { if (onfinish) { const cb = onfinish; onfinish = null; cb(); } });
    }
    if (readable) {
      tail.on('readable', () => { if (onreadable) { const cb = onreadable; onreadable = null; cb(); } });
      tail.on('end', () => d.push(null));
      d._read = function () {
        for (;;) {
          const buf = tail.read();
          if (buf === null) {
            onreadable = d._read;
            return;
          }
          if (!d.push(buf)) return;
        }
      };
    }
    d._destroy = function (err, callback) {
      if (!err && onclose !== null) err = new errors.AbortError();
      onreadable = ondrain = onfinish = null;
      if (onclose === null) {
        callback(err);
      } else {
        onclose = callback;
        tail.destroy(err);
      }
    };
    return d;
  }
  // wrap makes an old-style stream (one that only emits 'data' and 'end')
  // the source of this Readable.
  R.wrap = function wrap(stream) {
    let paused = false;
    stream.on('data', (chunk) => {
      if (!this.push(chunk) && stream.pause) {
        paused = true;
        stream.pause();
      }
    });
    stream.on('end', () => this.push(null));
    stream.on('error', (err) => this.destroy(err));
    stream.on('close', () => this.destroy());
    stream.on('destroy', () => this.destroy());
    this._read = () => {
      if (paused && stream.resume) {
        paused = false;
        stream.resume();
      }
    };
    const keys = Object.keys(stream);
    for (let j = 1; j < keys.length; j++) {
      const k = keys[j];
      if (this[k] === undefined && typeof stream[k] === 'function') this[k] = stream[k].bind(stream);
    }
    return this;
  };
  Readable.prototype.compose = function (...streams) { return compose(this, ...streams); };
  const promises = {
    pipeline(...streams) { return new Promise((resolve, reject) => pipeline(...streams, (err) => (err ? reject(err) : resolve()))); },
    finished(stream, opts = undefined) { return new Promise((resolve, reject) => finished(stream, opts || {}, (err) => (err ? reject(err) : resolve()))); },
  };
  // util.promisify(finished) and (pipeline) are these: read-only own
  // properties, as in workerd 2026-12-01.
  const customPromisify = Symbol.for('nodejs.util.promisify.custom');
  Object.defineProperty(finished, customPromisify, { value: promises.finished });
  Object.defineProperty(pipeline, customPromisify, { value: promises.pipeline });
  const stateOf = (s) => s && (s._readableState || s._writableState);
  Object.assign(Stream, {
    Stream,
    _isUint8Array: function isUint8Array(v) { return v instanceof Uint8Array; },
    _isArrayBufferView: function isArrayBufferView(v) { return ArrayBuffer.isView(v); },
    _uint8ArrayToBuffer: (u) => Buffer.from(u.buffer, u.byteOffset, u.byteLength),
    addAbortSignal(signal, stream) {
      if (!(signal instanceof AbortSignal)) throw errors.invalidArgType('signal', 'AbortSignal', signal);
      if (!(stream instanceof Stream) && !(stream instanceof ReadableStream) && !(stream instanceof WritableStream)) {
        throw errors.invalidArgType('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
      }
      // A listener that returns a value gets workerd's warning: return none.
      const onAbort = () => { stream.destroy(new errors.AbortError(undefined, { cause: signal.reason })); };
      if (signal.aborted) onAbort(); else signal.addEventListener('abort', onAbort, { once: true });
      return stream;
    },
    compose,
    destroy: function destroyer(stream, err) { if (stream != null) return stream.destroy(err); },
    finished,
    // Node's: null for what is no stream (whose readable or writable is no boolean).
    isReadable: (s) => (s && typeof s.readable === 'boolean' ? !!(s._readableState && s.readable) : null),
    isWritable: (s) => (s && typeof s.writable === 'boolean' ? !!(s._writableState && s.writable) : null),
    isErrored: (s) => !!(stateOf(s) && stateOf(s).errored),
    isDisturbed: (s) => !!(s && s._readableState && (s._readableState.dataEmitted || s._readableState.destroyed)),
    pipeline,
    Writable, Readable, Duplex, Transform, PassThrough,
    promises,
    getDefaultHighWaterMark: (objectMode) => (objectMode ? defaultObjectHWM : defaultHWM),
    setDefaultHighWaterMark(objectMode, value) {
      errors.validateInteger(value, 'value', 0);
      if (objectMode) defaultObjectHWM = value; else defaultHWM = value;
    },
    isDestroyed: (s) => (stateOf(s) ? !!stateOf(s).destroyed : null),
  });
  // The web-stream adapters: a Node stream over a ReadableStream or
  // WritableStream and back, with Node's argument checks.
  Readable.fromWeb = function fromWeb(readableStream, options = {}) {
    if (!(readableStream instanceof ReadableStream)) throw errors.invalidArgType('readableStream', 'ReadableStream', readableStream);
    errors.validateObject(options, 'options');
    const { highWaterMark, encoding, objectMode = false, signal } = options;
    if (encoding !== undefined && !Buffer.isEncoding(encoding)) throw errors.invalidArgValue('options.encoding', encoding);
    const reader = readableStream.getReader();
    let closed = false;
    const readable = new Readable({
      objectMode, highWaterMark, encoding, signal,
      read() {
        reader.read().then(({ value, done }) => {
          if (done) this.push(null);
          else this.push(value);
        }, (err) => this.destroy(err));
      },
      destroy(error, callback) {
        const done = () => callback(error);
        if (!closed) reader.cancel(error).then(done, done);
        else done();
      },
    });
    reader.closed.then(() => { closed = true; }, (err) => { closed = true; readable.destroy(err); });
    return readable;
  };
  Readable.toWeb = function toWeb(streamReadable, options) {
    if (!(streamReadable instanceof Stream) || !streamReadable._readableState) throw errors.invalidArgType('streamReadable', 'stream.Readable', streamReadable);
    const objectMode = streamReadable.readableObjectMode;
    const hwm = streamReadable.readableHighWaterMark;
    const strategy = (options && options.strategy) || (objectMode ? new CountQueuingStrategy({ highWaterMark: hwm }) : { highWaterMark: hwm, size: (chunk) => chunk.byteLength });
    let controller;
    const onData = (chunk) => {
      if (Buffer.isBuffer(chunk) && !objectMode) chunk = new Uint8Array(chunk);
      controller.enqueue(chunk);
      if (controller.desiredSize <= 0) streamReadable.pause();
    };
    return new ReadableStream({
      start(c) {
        controller = c;
        streamReadable.pause();
        finished(streamReadable, { writable: false }, (error) => {
          streamReadable.removeListener('data', onData);
          if (error) {
            if (error.code === 'ERR_STREAM_PREMATURE_CLOSE') error = new errors.AbortError(undefined, { cause: error });
            try { controller.error(error); } catch (e) { /* already closed */ }
            return;
          }
          try { controller.close(); } catch (e) { /* already closed */ }
        });
        streamReadable.on('data', onData);
      },
      pull() { streamReadable.resume(); },
      cancel(reason) { streamReadable.destroy(reason); },
    }, strategy);
  };
  Writable.fromWeb = function fromWeb(writableStream, options = {}) {
    if (!(writableStream instanceof WritableStream)) throw errors.invalidArgType('writableStream', 'WritableStream', writableStream);
    errors.validateObject(options, 'options');
    const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
    const writer = writableStream.getWriter();
    return new Writable({
      highWaterMark, objectMode, decodeStrings, signal,
      write(chunk, encoding, callback) {
        if (typeof chunk === 'string' && decodeStrings && !objectMode) chunk = Buffer.from(chunk, encoding);
        writer.ready.then(() => writer.write(chunk)).then(() => callback(), callback);
      },
      final(callback) { writer.close().then(() => callback(), callback); },
      destroy(error, callback) {
        const done = () => callback(error);
        if (error) writer.abort(error).then(done, done); else done();
      },
    });
  };
  Writable.toWeb = function toWeb(streamWritable) {
    if (!(streamWritable instanceof Stream) || !streamWritable._writableState) throw errors.invalidArgType('streamWritable', 'stream.Writable', streamWritable);
    return new WritableStream({
      write(chunk) { return new Promise((resolve, reject) => { streamWritable.write(chunk, (err) => (err ? reject(err) : resolve())); }); },
      close() { return new Promise((resolve) => { streamWritable.end(() => resolve()); }); },
      abort(reason) { streamWritable.destroy(reason); },
    });
  };
  Duplex.fromWeb = function fromWeb(pair, options = {}) {
    errors.validateObject(pair, 'pair');
    const { readable: readableStream, writable: writableStream } = pair;
    if (!(readableStream instanceof ReadableStream)) throw errors.invalidArgType('pair.readable', 'ReadableStream', readableStream);
    if (!(writableStream instanceof WritableStream)) throw errors.invalidArgType('pair.writable', 'WritableStream', writableStream);
    errors.validateObject(options, 'options');
    const { allowHalfOpen = false, objectMode = false, encoding, decodeStrings = true, highWaterMark, signal } = options;
    const reader = readableStream.getReader(), writer = writableStream.getWriter();
    let readerClosed = false;
    const duplex = new Duplex({
      allowHalfOpen, objectMode, encoding, decodeStrings, highWaterMark, signal,
      write(chunk, enc, callback) {
        if (typeof chunk === 'string' && decodeStrings && !objectMode) chunk = Buffer.from(chunk, enc);
        writer.ready.then(() => writer.write(chunk)).then(() => callback(), callback);
      },
      final(callback) { writer.close().then(() => callback(), callback); },
      read() {
        reader.read().then(({ value, done }) => {
          if (done) this.push(null);
          else this.push(value);
        }, (err) => this.destroy(err));
      },
      destroy(error, callback) {
        const done = () => callback(error);
        const jobs = [error ? writer.abort(error) : Promise.resolve()];
        if (!readerClosed) jobs.push(reader.cancel(error));
        Promise.all(jobs).then(done, done);
      },
    });
    reader.closed.then(() => { readerClosed = true; }, (err) => { readerClosed = true; duplex.destroy(err); });
    return duplex;
  };
  Duplex.toWeb = function toWeb(duplex) {
    if (!(duplex instanceof Stream) || !duplex._readableState || !duplex._writableState) throw errors.invalidArgType('duplex', 'stream.Duplex', duplex);
    return { readable: Readable.toWeb(duplex), writable: Writable.toWeb(duplex) };
  };
  // duplexPair: two Duplexes, each one's writes the other's reads; a write
  // completes when the other side reads it.
  class DuplexSide extends Duplex {
    #other = null;
    #pending = null;
    link(other) { this.#other = other; }
    release() { const cb = this.#pending; this.#pending = null; if (cb) cb(); }
    wait(cb) { this.#pending = cb; }
    _read() { this.release(); }
    _write(chunk, encoding, callback) {
      if (chunk.length === 0) { tick(callback); return; }
      this.#other.push(chunk);
      this.#other.wait(callback);
    }
    _final(callback) {
      this.#other.on('end', callback);
      this.#other.push(null);
    }
  }
  Stream.duplexPair = function duplexPair(options) {
    const a = new DuplexSide(options), b = new DuplexSide(options);
    a.link(b); b.link(a);
    return [a, b];
  };
  // Duplex.from(body) is Node's duplexify: a Duplex as itself, a Node.js
  // or web stream (or a { readable, writable } pair of them) behind a
  // Duplex, an iterable read as one, a promise's value, an async
  // generator function given the written chunks, a Blob's bytes.
  const isNodeStream = (v) => v instanceof Stream;
  class Duplexify extends Duplex {}
  // workerd reads an iterable (and an async generator's result) with its
  // Readable.from's internal signature, from(Duplexify, iterable, options),
  // and fails: its TypeError.
  const iterableFails = () => errors.invalidArgType('iterable', ['Iterable'], Duplexify);
  function duplexify(body, name) {
    if (body instanceof Duplex) return body;
    if (isNodeStream(body)) {
      if (Stream.isReadable(body)) return duplexPairOf({ readable: body });
      if (Stream.isWritable(body)) return duplexPairOf({ writable: body });
      return duplexPairOf({});
    }
    if (body instanceof ReadableStream) return duplexPairOf({ readable: Readable.fromWeb(body) });
    if (body instanceof WritableStream) return duplexPairOf({ writable: Writable.fromWeb(body) });
    if (typeof body === 'function') {
      const { value, write, final, destroy } = fromAsyncGen(body);
      if (value != null && (typeof value[Symbol.asyncIterator] === 'function' || typeof value[Symbol.iterator] === 'function')) {
        throw iterableFails();
      }
      if (value != null && typeof value.then === 'function') {
        let d;
        value.then(() => { if (d) d.push(null); }, (err) => d.destroy(err));
        d = new Duplexify({ objectMode: true, read() {}, write, final(cb) { final(() => { Promise.resolve(value).then(() => cb(), cb); }); }, destroy });
        return d;
      }
      throw errors.makeError(TypeError, 'ERR_INVALID_RETURN_VALUE',
        'Expected Iterable, AsyncIterable or AsyncFunction to be returned from the "' + name + '" function but got ' +
        errors.describe(value).slice(' Received '.length) + '.');
    }
    if (typeof Blob === 'function' && body instanceof Blob) return duplexify(body.arrayBuffer(), name);
    if (body != null && (typeof body[Symbol.asyncIterator] === 'function' || typeof body[Symbol.iterator] === 'function')) {
      throw iterableFails();
    }
    if (body != null && body.readable instanceof ReadableStream && body.writable instanceof WritableStream) return Duplex.fromWeb(body);
    if (body != null && (typeof body.writable === 'object' || typeof body.readable === 'object')) {
      const readable = body.readable ? (isNodeStream(body.readable) ? body.readable : duplexify(body.readable)) : undefined;
      const writable = body.writable ? (isNodeStream(body.writable) ? body.writable : duplexify(body.writable)) : undefined;
      return duplexPairOf({ readable, writable });
    }
    if (body != null && typeof body.then === 'function') {
      const d = new Duplexify({ objectMode: true, read() {} });
      d.end();
      body.then((val) => { if (val != null) d.push(val); d.push(null); }, (err) => d.destroy(err));
      return d;
    }
    throw errors.invalidArgType(name, ['Blob', 'ReadableStream', 'WritableStream', 'Stream', 'Iterable', 'AsyncIterable', 'Function', '{ readable, writable } pair', 'Promise'], body);
  }
  // fromAsyncGen calls fn with an async iterable of the chunks written to
  // the Duplex that will read fn's result.
  function fromAsyncGen(fn) {
    let pending = null, waiting = null;
    const ac = new AbortController();
    const deliver = (entry) => {
      if (waiting) { const w = waiting; waiting = null; w(entry); } else pending = entry;
    };
    const next = () => new Promise((resolve) => {
      if (pending) { const p = pending; pending = null; resolve(p); } else waiting = resolve;
    }).then(({ chunk, done, cb }) => {
      tick(cb);
      if (done) return { value: undefined, done: true };
      if (ac.signal.aborted) throw new errors.AbortError(undefined, { cause: ac.signal.reason });
      return { value: chunk, done: false };
    });
    const source = { [Symbol.asyncIterator]() { return { next }; } };
    const value = fn(source, { signal: ac.signal });
    return {
      value,
      write(chunk, encoding, cb) { deliver({ chunk, done: false, cb }); },
      final(cb) { deliver({ done: true, cb }); },
      destroy(err, cb) { ac.abort(); cb(err); },
    };
  }
  // duplexPairOf is one Duplex that writes to pair.writable and reads from
  // pair.readable.
  function duplexPairOf(pair) {
    const r = pair.readable && typeof pair.readable.read !== 'function' ? Readable.wrap(pair.readable) : pair.readable;
    const w = pair.writable;
    let readable = Stream.isReadable(r), writable = Stream.isWritable(w);
    let ondrain, onfinish, onreadable, onclose, d;
    const onfinished = (err) => {
      const cb = onclose;
      onclose = null;
      if (cb) cb(err);
      else if (err) d.destroy(err);
    };
    d = new Duplexify({ readableObjectMode: !!(r && r.readableObjectMode), writableObjectMode: !!(w && w.writableObjectMode) });
    if (writable) {
      finished(w, { readable: false }, (err) => {
        writable = false;
        if (err && r) r.destroy(err);
        onfinished(err);
      });
      d._write = function (chunk, encoding, callback) {
        if (w.write(chunk, encoding)) callback();
        else ondrain = callback;
      };
      d._final = function (callback) {
        w.end();
        onfinish = callback;
      };
      w.on('drain', () => { if (ondrain) { const cb = ondrain; ondrain = null; cb(); } });
      w.on('finish', () => { if (onfinish) { const cb = onfinish; onfinish = null; cb(); } });
    } else {
      d.end();
    }
    if (readable) {
      finished(r, { writable: false }, (err) => {
        readable = false;
        if (err) r.destroy(err);
        onfinished(err);
      });
      r.on('readable', () => { if (onreadable) { const cb = onreadable; onreadable = null; cb(); } });
      r.on('end', () => d.push(null));
      d._read = function () {
        for (;;) {
          const buf = r.read();
          if (buf === null) {
            onreadable = d._read;
            return;
          }
          if (!d.push(buf)) return;
        }
      };
    } else {
      d.push(null);
    }
    d._destroy = function (err, callback) {
      if (!err && onclose !== null) err = new errors.AbortError();
      onreadable = ondrain = onfinish = null;
      if (onclose === null) {
        callback(err);
      } else {
        onclose = callback;
        if (w) w.destroy(err);
        if (r) r.destroy(err);
      }
    };
    return d;
  }
  Duplex.from = function from(body) { return duplexify(body, 'body'); };
  Object.defineProperty(finished, 'name', { value: 'eos' });
  // The statics in workerd's order.
  const reorder = (C, statics) => {
    for (const [k, v] of Object.entries(statics)) {
      const value = v === undefined ? C[k] : v;
      delete C[k];
      C[k] = value;
    }
  };
  reorder(Readable, {
    ReadableState, toWeb: undefined, fromWeb: undefined,
    wrap: function (src, options) {
      return new Readable({
        objectMode: src.readableObjectMode ?? src.objectMode ?? true,
        ...options,
        destroy(err, callback) {
          if (typeof src.destroy === 'function') src.destroy(err);
          callback(err);
        },
      }).wrap(src);
    },
    from: undefined,
  });
  reorder(Writable, { WritableState, fromWeb: undefined, toWeb: undefined });
  reorder(Duplex, { fromWeb: undefined, toWeb: undefined, from: undefined });
  module.exports = Stream;
})
