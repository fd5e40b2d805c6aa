package streams

import (
	"math"

	"github.com/dop251/goja"
)

// queueEntry is a chunk with its size (§8.1, queue-with-sizes).
type queueEntry struct {
	c    chunk
	size float64
}

// defaultController is ReadableStreamDefaultController (§4.6).
type defaultController struct {
	r              *realm
	stream         *readableStream
	obj            *goja.Object
	queue          queue[queueEntry]
	queueTotalSize float64
	started        bool
	closeRequested bool
	pullAgain      bool
	pulling        bool
	hwm            float64
	size           func(chunk) (float64, goja.Value) // nil: every chunk is 1
	pullAlgo       func() *promise
	pulled         func(goja.Value) // the reactions to a pull's promise, made once
	pullFailed     func(goja.Value)
	cancelAlgo     func(reason goja.Value) *promise
	branches       []*branchController // after a tee: the consumers chunks go to
}

func (r *realm) initDefaultController() {
	_, proto := r.class("ReadableStreamDefaultController", nil, nil)
	this := func(call goja.FunctionCall) *defaultController {
		c := slot[defaultController](r, call.This)
		if c == nil {
			r.illegal()
		}
		return c
	}
	r.getter(proto, "desiredSize", func(call goja.FunctionCall) goja.Value {
		return r.desired(readableStreamDefaultControllerGetDesiredSize(this(call)))
	})
	r.method(proto, "close", 0, func(call goja.FunctionCall) goja.Value {
		c := this(call)
		if !readableStreamDefaultControllerCanCloseOrEnqueue(c) {
			r.throwType("This ReadableStream is closed.")
		}
		readableStreamDefaultControllerClose(c)
		return goja.Undefined()
	})
	r.method(proto, "enqueue", 0, func(call goja.FunctionCall) goja.Value {
		c := this(call)
		if !readableStreamDefaultControllerCanCloseOrEnqueue(c) {
			r.throwType("Unable to enqueue")
		}
		readableStreamDefaultControllerEnqueue(c, valueChunk(call.Argument(0)))
		return goja.Undefined()
	})
	r.method(proto, "error", 0, func(call goja.FunctionCall) goja.Value {
		c := this(call)
		if len(call.Arguments) == 0 {
			r.throwType("Failed to execute 'error' on 'ReadableStreamDefaultController': parameter 1 is not of type 'Value'.")
		}
		readableStreamDefaultControllerError(c, call.Argument(0))
		return goja.Undefined()
	})
}

// desiredSizeValue is a desired size as script sees it (null when the
// stream errored).
func (r *realm) desired(v float64, ok bool) goja.Value {
	if !ok {
		return goja.Null()
	}
	return r.rt.ToValue(v)
}

// controllerObject is the controller's JavaScript object, made on first
// use (a stream with a Go source may never show it to script).
func (c *defaultController) controllerObject() *goja.Object {
	if c.obj == nil {
		c.obj = c.r.own(c.r.rt.CreateObject(c.r.protos["ReadableStreamDefaultController"]), c)
	}
	return c.obj
}

// setUpDefaultControllerFromSource is
// SetUpReadableStreamDefaultControllerFromUnderlyingSource.
func (r *realm) setUpDefaultControllerFromSource(s *readableStream, src *goja.Object, start, pull, cancel goja.Callable, hwm float64, size func(chunk) (float64, goja.Value)) {
	c := &defaultController{r: r}
	var startAlgo func() *promise
	startAlgo, c.pullAlgo, c.cancelAlgo = r.sourceAlgorithms(src, start, pull, cancel, c.controllerObject)
	setUpReadableStreamDefaultController(s, c, startAlgo, hwm, size)
}

// sourceAlgorithms are the start, pull and cancel algorithms that both
// SetUp...ControllerFromUnderlyingSource steps make of an underlying
// source's methods: each calls its method with the source as this (a
// missing one resolves at once), and a throwing start errors the stream
// instead of rethrowing, as workerd does. controller is the controller
// object that start and pull receive.
func (r *realm) sourceAlgorithms(src *goja.Object, start, pull, cancel goja.Callable, controller func() *goja.Object) (startAlgo, pullAlgo func() *promise, cancelAlgo func(goja.Value) *promise) {
	var srcV goja.Value = goja.Undefined()
	if src != nil {
		srcV = src
	}
	startAlgo = func() *promise {
		if start == nil {
			return r.syncResolved()
		}
		v, thrown := r.call(start, srcV, controller())
		if thrown != nil {
			return r.rejectedPromise(thrown)
		}
		return r.promiseOf(v)
	}
	pullAlgo = func() *promise {
		if pull == nil {
			return r.syncResolved()
		}
		return r.callPromise(pull, srcV, controller())
	}
	cancelAlgo = func(reason goja.Value) *promise {
		if cancel == nil {
			return r.syncResolved()
		}
		return r.callPromise(cancel, srcV, reason)
	}
	return startAlgo, pullAlgo, cancelAlgo
}

// setUpReadableStreamDefaultController is
// SetUpReadableStreamDefaultController; startAlgo returns start's result
// or what it threw (rethrown).
func setUpReadableStreamDefaultController(s *readableStream, c *defaultController, startAlgo func() *promise, hwm float64, size func(chunk) (float64, goja.Value)) {
	c.stream = s
	c.hwm = hwm
	c.size = size
	s.ctrl = c
	startAlgo().then(func(goja.Value) {
		c.started = true
		readableStreamDefaultControllerCallPullIfNeeded(c)
	}, func(e goja.Value) {
		readableStreamDefaultControllerError(c, e)
	})
}

func (c *defaultController) cancelSteps(reason goja.Value) *promise {
	c.queue.reset()
	c.queueTotalSize = 0
	result := c.cancelAlgo(reason)
	readableStreamDefaultControllerClearAlgorithms(c)
	return result
}

func (c *defaultController) pullSteps(req readRequest) {
	s := c.stream
	if c.queue.len() > 0 {
		e := c.queue.shift()
		c.queueTotalSize -= e.size
		if c.queueTotalSize < 0 {
			c.queueTotalSize = 0
		}
		// workerd pulls again only for a read that finds the queue empty,
		// not after a read that took a queued chunk (the standard does).
		if c.closeRequested && c.queue.len() == 0 {
			readableStreamDefaultControllerClearAlgorithms(c)
			readableStreamClose(s)
		}
		req.chunkSteps(e.c)
		return
	}
	readableStreamAddReadRequest(s, req)
	readableStreamDefaultControllerCallPullIfNeeded(c)
}

func (c *defaultController) releaseSteps() {}

// readableStreamDefaultControllerCallPullIfNeeded is
// ReadableStreamDefaultControllerCallPullIfNeeded.
func readableStreamDefaultControllerCallPullIfNeeded(c *defaultController) {
	if !readableStreamDefaultControllerShouldCallPull(c) {
		return
	}
	if c.pulling {
		c.pullAgain = true
		return
	}
	c.pulling = true
	if c.pulled == nil {
		c.pulled = func(goja.Value) {
			c.pulling = false
			if c.pullAgain {
				c.pullAgain = false
				readableStreamDefaultControllerCallPullIfNeeded(c)
			}
		}
		c.pullFailed = func(e goja.Value) {
			readableStreamDefaultControllerError(c, e)
		}
	}
	c.pullAlgo().then(c.pulled, c.pullFailed)
}

// readableStreamDefaultControllerShouldCallPull is
// ReadableStreamDefaultControllerShouldCallPull.
func readableStreamDefaultControllerShouldCallPull(c *defaultController) bool {
	s := c.stream
	// workerd does not wait for start() to finish before pulling
	// (ReadableImpl::shouldCallPull in its standard.c++).
	if !readableStreamDefaultControllerCanCloseOrEnqueue(c) {
		return false
	}
	if c.branches != nil {
		for _, b := range c.branches {
			if b.wantsRead() {
				return true
			}
		}
	} else if isReadableStreamLocked(s) && readableStreamGetNumReadRequests(s) > 0 {
		return true
	}
	d, _ := readableStreamDefaultControllerGetDesiredSize(c)
	return d > 0
}

// readableStreamDefaultControllerClearAlgorithms is
// ReadableStreamDefaultControllerClearAlgorithms.
func readableStreamDefaultControllerClearAlgorithms(c *defaultController) {
	r := c.r
	c.pullAlgo = func() *promise { return r.resolvedPromise(goja.Undefined()) }
	c.cancelAlgo = func(goja.Value) *promise { return r.resolvedPromise(goja.Undefined()) }
	c.size = nil
}

// readableStreamDefaultControllerClose is ReadableStreamDefaultControllerClose.
func readableStreamDefaultControllerClose(c *defaultController) {
	if !readableStreamDefaultControllerCanCloseOrEnqueue(c) {
		return
	}
	c.closeRequested = true
	if c.branches != nil {
		for _, b := range c.branches {
			b.close()
		}
		readableStreamDefaultControllerClearAlgorithms(c)
		c.stream.state = stateClosed
		return
	}
	if c.queue.len() == 0 {
		readableStreamDefaultControllerClearAlgorithms(c)
		readableStreamClose(c.stream)
	}
}

// readableStreamDefaultControllerEnqueue is
// ReadableStreamDefaultControllerEnqueue. A throwing size algorithm errors
// the stream; workerd does not rethrow it from enqueue().
func readableStreamDefaultControllerEnqueue(c *defaultController, ch chunk) goja.Value {
	if !readableStreamDefaultControllerCanCloseOrEnqueue(c) {
		return nil
	}
	s := c.stream
	if c.branches != nil {
		size := 1.0
		if c.size != nil {
			var thrown goja.Value
			size, thrown = c.size(ch)
			if thrown != nil {
				readableStreamDefaultControllerError(c, thrown)
				return thrown
			}
		}
		for _, b := range c.branches {
			b.push(ch, size)
		}
	} else {
		// workerd calls size() for every chunk, a pending read or not,
		// and looks at the stream after it: a chunk whose size() closed
		// or errored the stream is dropped, one whose size() read is
		// delivered to that read (the standard: a pending read takes the
		// chunk without size(), and the chunk is queued whatever size()
		// did).
		size := 1.0
		if c.size != nil {
			var thrown goja.Value
			size, thrown = c.size(ch)
			if thrown != nil {
				readableStreamDefaultControllerError(c, thrown)
				return thrown
			}
			if !readableStreamDefaultControllerCanCloseOrEnqueue(c) {
				return nil
			}
		}
		switch {
		case c.branches != nil: // size() teed the stream
			for _, b := range c.branches {
				b.push(ch, size)
			}
		case isReadableStreamLocked(s) && readableStreamGetNumReadRequests(s) > 0:
			readableStreamFulfillReadRequest(s, ch, false)
		default:
			c.queue.push(queueEntry{ch, size})
			c.queueTotalSize += size
		}
	}
	readableStreamDefaultControllerCallPullIfNeeded(c)
	return nil
}

// readableStreamDefaultControllerError is ReadableStreamDefaultControllerError.
func readableStreamDefaultControllerError(c *defaultController, e goja.Value) {
	s := c.stream
	if s.state != stateReadable {
		return
	}
	c.queue.reset()
	c.queueTotalSize = 0
	readableStreamDefaultControllerClearAlgorithms(c)
	for _, b := range c.branches {
		if b.stream.state == stateReadable {
			b.queue.reset()
			b.total = 0
			readableStreamError(b.stream, e)
		}
	}
	readableStreamError(s, e)
}

// readableStreamDefaultControllerGetDesiredSize is
// ReadableStreamDefaultControllerGetDesiredSize; ok is false for null.
func readableStreamDefaultControllerGetDesiredSize(c *defaultController) (float64, bool) {
	switch c.stream.state {
	case stateErrored:
		return 0, false
	case stateClosed:
		return 0, true
	}
	if c.branches != nil {
		fullest := 0.0
		for _, b := range c.branches {
			fullest = max(fullest, b.total)
		}
		return c.hwm - fullest, true
	}
	d := c.hwm - c.queueTotalSize
	if c.hwm < 1<<31 && (d < math.MinInt32 || d > math.MaxInt32) {
		// workerd's desiredSize is a 32-bit integer that wraps around.
		d = float64(int32(uint32(int64(d))))
	}
	return d, true
}

// readableStreamDefaultControllerCanCloseOrEnqueue is
// ReadableStreamDefaultControllerCanCloseOrEnqueue.
func readableStreamDefaultControllerCanCloseOrEnqueue(c *defaultController) bool {
	return !c.closeRequested && c.stream.state == stateReadable
}
