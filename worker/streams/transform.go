package streams

import (
	"github.com/dop251/goja"
)

// transformStream is a TransformStream's internal slots (§6.2).
type transformStream struct {
	r                         *realm
	obj                       *goja.Object
	backpressure              bool
	backpressureSet           bool
	backpressureChangePromise *promise
	ctrl                      *transformController
	readable                  *readableStream
	writable                  *writableStream
	// readableGone and writableGone: workerd's controller lets go of a side
	// once it errored, terminated or was canceled.
	readableGone, writableGone bool
	// enqueueBackpressure: enqueue raises backpressure as the standard says
	// (transforms made in Go: workerd's TextEncoderStream and
	// TextDecoderStream wait for reads; a script's from 2024-12-16 on).
	enqueueBackpressure bool
}

// transformController is TransformStreamDefaultController (§6.3).
type transformController struct {
	r             *realm
	obj           *goja.Object
	stream        *transformStream
	finishPromise *promise
	transformAlgo func(c chunk) *promise
	flushAlgo     func() *promise
	cancelAlgo    func(reason goja.Value) *promise
	// transformFailed is the reaction to a rejected transform, made once.
	transformFailed func(e goja.Value) *promise
	// noCancel: a script's transformer without cancel(); workerd then
	// errors the writable side at once when the readable is canceled.
	noCancel bool
}

func (r *realm) initTransform() {
	_, proto := r.class("TransformStream", nil, r.constructTransformStream)
	this := func(call goja.FunctionCall) *transformStream {
		t := slot[transformStream](r, call.This)
		if t == nil {
			r.illegal()
		}
		return t
	}
	r.getter(proto, "readable", func(call goja.FunctionCall) goja.Value { return this(call).readable.obj })
	r.getter(proto, "writable", func(call goja.FunctionCall) goja.Value { return this(call).writable.obj })

	_, cproto := r.class("TransformStreamDefaultController", nil, nil)
	thisC := func(call goja.FunctionCall) *transformController {
		c := slot[transformController](r, call.This)
		if c == nil {
			r.illegal()
		}
		return c
	}
	r.getter(cproto, "desiredSize", func(call goja.FunctionCall) goja.Value {
		c := thisC(call)
		if c.stream.readableGone {
			return goja.Null()
		}
		return r.desired(readableStreamDefaultControllerGetDesiredSize(c.stream.readable.ctrl.(*defaultController)))
	})
	r.method(cproto, "enqueue", 0, func(call goja.FunctionCall) goja.Value {
		transformStreamDefaultControllerEnqueue(thisC(call), valueChunk(call.Argument(0)))
		return goja.Undefined()
	})
	r.method(cproto, "error", 0, func(call goja.FunctionCall) goja.Value {
		transformStreamDefaultControllerError(thisC(call), call.Argument(0))
		return goja.Undefined()
	})
	r.method(cproto, "terminate", 0, func(call goja.FunctionCall) goja.Value {
		transformStreamDefaultControllerTerminate(thisC(call))
		return goja.Undefined()
	})
}

// constructTransformStream is new TransformStream(transformer,
// writableStrategy, readableStrategy) (§6.2.4).
func (r *realm) constructTransformStream(call goja.ConstructorCall) *goja.Object {
	tArg := call.Argument(0)
	if r.identityTransform {
		// workerd's TransformStream before 2022-11-30: an
		// IdentityTransformStream under TransformStream's prototype, which
		// ignores its transformer (and says so, once) and its strategies.
		if !isUndef(tArg) && !r.warned {
			r.warned = true
			if r.env.Warn != nil {
				r.env.Warn(transformWarning)
			}
		}
		t := NewTransform(r.env, Transformer{Transform: r.identity})
		t.t.obj = r.own(call.This, t.t)
		t.t.writable.expectsBytes = true
		return t.t.obj
	}
	var tr *goja.Object
	if !isUndef(tArg) && !goja.IsNull(tArg) {
		o, ok := tArg.(*goja.Object)
		if !ok {
			r.throwType("Failed to construct 'TransformStream': constructor parameter 1 is not of type 'Transformer'.")
		}
		tr = o
	}
	// workerd reads the transformer's members in its own order, before
	// the strategies (the standard: strategies first, members sorted).
	readableType := member(tr, "readableType")
	writableType := member(tr, "writableType")
	start := r.fnMember(tr, "start", "Transformer")
	transform := r.fnMember(tr, "transform", "Transformer")
	flush := r.fnMember(tr, "flush", "Transformer")
	cancel := r.fnMember(tr, "cancel", "Transformer")
	wHWMV, wSize := r.queuingStrategy(call.Argument(1), "TransformStream", 2)
	rHWMV, rSize := r.queuingStrategy(call.Argument(2), "TransformStream", 3)
	if !goja.IsUndefined(readableType) {
		r.throwType("transformer.readableType must be undefined.")
	}
	if !goja.IsUndefined(writableType) {
		r.throwType("transformer.writableType must be undefined.")
	}
	rHWM, wHWM := 0.0, 1.0
	var err *goja.Object
	if rHWMV != nil {
		if rHWM, err = r.toUint64(rHWMV); err != nil {
			panic(err)
		}
	}
	if wHWMV != nil {
		if wHWM, err = r.toUint64(wHWMV); err != nil {
			panic(err)
		}
	}
	startPromise := r.newPromise()
	t := &transformStream{r: r, enqueueBackpressure: r.transformBackpressure()}
	t.obj = r.own(call.This, t)
	initializeTransformStream(t, startPromise, wHWM, wSize, rHWM, rSize)
	c := &transformController{r: r}
	var trV goja.Value = goja.Undefined()
	if tr != nil {
		trV = tr
	}
	transformAlgo := func(ch chunk) *promise {
		if transform == nil {
			if ex := r.try(func() { transformStreamDefaultControllerEnqueue(c, ch) }); ex != nil {
				return r.rejectedPromise(ex)
			}
			return r.resolvedPromise(goja.Undefined())
		}
		return r.callPromise(transform, trV, r.js(ch), c.controllerObject())
	}
	flushAlgo := func() *promise {
		if flush == nil {
			return r.resolvedPromise(goja.Undefined())
		}
		return r.callPromise(flush, trV, c.controllerObject())
	}
	cancelAlgo := func(reason goja.Value) *promise {
		if cancel == nil {
			return r.resolvedPromise(goja.Undefined())
		}
		return r.callPromise(cancel, trV, reason)
	}
	setUpTransformStreamDefaultController(t, c, transformAlgo, flushAlgo, cancelAlgo)
	c.noCancel = cancel == nil
	if start != nil {
		v, thrown := r.call(start, trV, c.controllerObject())
		if thrown != nil {
			// workerd errors the stream instead of rethrowing.
			startPromise.reject(thrown)
		} else {
			r.promiseOf(v).then(startPromise.resolve, startPromise.reject)
		}
	} else {
		startPromise.resolve(goja.Undefined())
	}
	return t.obj
}

func (c *transformController) controllerObject() *goja.Object {
	if c.obj == nil {
		c.obj = c.r.own(c.r.rt.CreateObject(c.r.protos["TransformStreamDefaultController"]), c)
	}
	return c.obj
}

// initializeTransformStream is InitializeTransformStream.
func initializeTransformStream(t *transformStream, startPromise *promise, wHWM float64, wSize func(chunk) (float64, goja.Value), rHWM float64, rSize func(chunk) (float64, goja.Value)) {
	r := t.r
	startAlgo := func() *promise { return startPromise }
	t.writable = r.newWritableObject(nil)
	wc := &writableController{r: r}
	wc.writeAlgo = func(ch chunk) *promise { return transformStreamDefaultSinkWriteAlgorithm(t, ch) }
	wc.abortAlgo = func(reason goja.Value) *promise { return transformStreamDefaultSinkAbortAlgorithm(t, reason) }
	wc.closeAlgo = func() *promise { return transformStreamDefaultSinkCloseAlgorithm(t) }
	setUpWritableStreamDefaultController(t.writable, wc, startAlgo, wHWM, wSize)

	t.readable = r.newReadableObject(nil)
	rc := &defaultController{r: r}
	rc.pullAlgo = func() *promise { return transformStreamDefaultSourcePullAlgorithm(t) }
	rc.cancelAlgo = func(reason goja.Value) *promise { return transformStreamDefaultSourceCancelAlgorithm(t, reason) }
	setUpReadableStreamDefaultController(t.readable, rc, startAlgo, rHWM, rSize)

	transformStreamSetBackpressure(t, true)
}

// transformStreamError is TransformStreamDefaultController::error in
// workerd: error the readable side and let go of it, then the writable.
func transformStreamError(t *transformStream, e goja.Value) {
	if !t.readableGone {
		readableStreamDefaultControllerError(t.readable.ctrl.(*defaultController), e)
		t.readableGone = true
	}
	transformStreamErrorWritableAndUnblockWrite(t, e)
}

func transformStreamErrorWritableAndUnblockWrite(t *transformStream, e goja.Value) {
	transformStreamDefaultControllerClearAlgorithms(t.ctrl)
	if !t.writableGone {
		writableStreamDefaultControllerErrorIfNeeded(t.writable.ctrl, e)
		t.writableGone = true
	}
	transformStreamUnblockWrite(t)
}

func transformStreamSetBackpressure(t *transformStream, bp bool) {
	if t.backpressureChangePromise != nil {
		t.backpressureChangePromise.resolve(goja.Undefined())
	}
	t.backpressureChangePromise = t.r.newPromise()
	t.backpressure = bp
	t.backpressureSet = true
}

func transformStreamUnblockWrite(t *transformStream) {
	if t.backpressure {
		transformStreamSetBackpressure(t, false)
	}
}

func setUpTransformStreamDefaultController(t *transformStream, c *transformController, transform func(chunk) *promise, flush func() *promise, cancel func(goja.Value) *promise) {
	c.stream = t
	t.ctrl = c
	c.transformAlgo = transform
	c.flushAlgo = flush
	c.cancelAlgo = cancel
}

func transformStreamDefaultControllerClearAlgorithms(c *transformController) {
	r := c.r
	c.transformAlgo = func(chunk) *promise { return r.resolvedPromise(goja.Undefined()) }
	c.flushAlgo = func() *promise { return r.resolvedPromise(goja.Undefined()) }
	c.cancelAlgo = func(goja.Value) *promise { return r.resolvedPromise(goja.Undefined()) }
}

// transformBackpressure tells whether a script's TransformStream raises
// the backpressure a full readable side calls for: workerd does from the
// compatibility date 2024-12-16 on (found by asking the binary; no flag
// names it), not before.
func (r *realm) transformBackpressure() bool {
	return r.env.Flags != nil && r.env.Flags.Date() >= "2024-12-16"
}

// transformStreamDefaultControllerEnqueue is
// TransformStreamDefaultController::enqueue in workerd; it throws like
// enqueue(), and raises backpressure when t.enqueueBackpressure.
func transformStreamDefaultControllerEnqueue(c *transformController, ch chunk) {
	t := c.stream
	if t.readableGone {
		c.r.throwType(noLongerReadable)
	}
	rc := t.readable.ctrl.(*defaultController)
	if !readableStreamDefaultControllerCanCloseOrEnqueue(rc) {
		c.r.throwType(noLongerReadable)
	}
	if thrown := readableStreamDefaultControllerEnqueue(rc, ch); thrown != nil {
		transformStreamErrorWritableAndUnblockWrite(t, thrown)
		panic(thrown)
	}
	if t.enqueueBackpressure && !readableStreamDefaultControllerShouldCallPull(rc) && !t.backpressure {
		transformStreamSetBackpressure(t, true)
	}
}

const noLongerReadable = "The readable side of this TransformStream is no longer readable."

func transformStreamDefaultControllerError(c *transformController, e goja.Value) {
	transformStreamError(c.stream, e)
}

func transformStreamDefaultControllerPerformTransform(c *transformController, ch chunk) *promise {
	if c.transformFailed == nil {
		c.transformFailed = func(e goja.Value) *promise {
			transformStreamError(c.stream, e)
			return c.r.rejectedPromise(e)
		}
	}
	return c.transformAlgo(ch).chain(nil, c.transformFailed)
}

func transformStreamDefaultControllerTerminate(c *transformController) {
	t := c.stream
	if !t.readableGone {
		readableStreamDefaultControllerClose(t.readable.ctrl.(*defaultController))
		t.readableGone = true
	}
	transformStreamErrorWritableAndUnblockWrite(t, c.r.typeError("The transform stream has been terminated"))
}

func transformStreamDefaultSinkWriteAlgorithm(t *transformStream, ch chunk) *promise {
	c := t.ctrl
	if t.writableGone {
		return t.r.rejectedPromise(t.r.typeError("Writing to the TransformStream failed."))
	}
	if w := t.writable; w.state == stateErrored || w.state == stateErroring {
		return t.r.rejectedPromise(w.storedError)
	}
	if t.backpressure {
		return t.backpressureChangePromise.chain(func(goja.Value) *promise {
			w := t.writable
			if w.state == stateErroring {
				return t.r.rejectedPromise(w.storedError)
			}
			return transformStreamDefaultControllerPerformTransform(c, ch)
		}, nil)
	}
	return transformStreamDefaultControllerPerformTransform(c, ch)
}

// transformStreamDefaultSinkAbortAlgorithm is
// TransformStreamDefaultController::abort in workerd.
func transformStreamDefaultSinkAbortAlgorithm(t *transformStream, reason goja.Value) *promise {
	c := t.ctrl
	if c.finishPromise != nil {
		return c.finishPromise
	}
	r := t.r
	c.finishPromise = c.cancelAlgo(reason).chain(func(goja.Value) *promise {
		// workerd fulfills abort() even when transformer.cancel()
		// errored the stream (the standard rejects with that error).
		transformStreamError(t, reason)
		return r.resolvedPromise(goja.Undefined())
	}, func(e goja.Value) *promise {
		transformStreamError(t, e)
		return r.rejectedPromise(e)
	})
	return c.finishPromise
}

// transformStreamDefaultSinkCloseAlgorithm is
// TransformStreamDefaultController::close in workerd: flush, then close
// the readable side if it still can be.
func transformStreamDefaultSinkCloseAlgorithm(t *transformStream) *promise {
	c := t.ctrl
	r := t.r
	return c.flushAlgo().chain(func(goja.Value) *promise {
		if !t.readableGone {
			if rc := t.readable.ctrl.(*defaultController); readableStreamDefaultControllerCanCloseOrEnqueue(rc) {
				readableStreamDefaultControllerClose(rc)
			}
		}
		return r.resolvedPromise(goja.Undefined())
	}, func(e goja.Value) *promise {
		transformStreamError(t, e)
		return r.rejectedPromise(e)
	})
}

func transformStreamDefaultSourcePullAlgorithm(t *transformStream) *promise {
	transformStreamSetBackpressure(t, false)
	return t.backpressureChangePromise
}

// transformStreamDefaultSourceCancelAlgorithm is
// TransformStreamDefaultController::cancel in workerd.
func transformStreamDefaultSourceCancelAlgorithm(t *transformStream, reason goja.Value) *promise {
	c := t.ctrl
	if c.finishPromise != nil {
		return c.finishPromise
	}
	r := t.r
	if c.noCancel {
		t.readableGone = true
		transformStreamErrorWritableAndUnblockWrite(t, reason)
		c.finishPromise = r.resolvedPromise(goja.Undefined())
		return c.finishPromise
	}
	c.finishPromise = c.cancelAlgo(reason).chain(func(goja.Value) *promise {
		t.readableGone = true
		transformStreamErrorWritableAndUnblockWrite(t, reason)
		return r.resolvedPromise(goja.Undefined())
	}, func(e goja.Value) *promise {
		t.readableGone = true
		transformStreamErrorWritableAndUnblockWrite(t, e)
		return r.rejectedPromise(e)
	})
	return c.finishPromise
}
