package streams

import (
	"github.com/dop251/goja"
)

// createReadableStream is CreateReadableStream with Go algorithms (start
// does nothing).
func (r *realm) createReadableStream(pull func() *promise, cancel func(goja.Value) *promise, hwm float64, size func(chunk) (float64, goja.Value)) *readableStream {
	s := r.newReadableObject(nil)
	c := &defaultController{r: r, pullAlgo: pull, cancelAlgo: cancel}
	setUpReadableStreamDefaultController(s, c, func() *promise { return r.resolvedPromise(goja.Undefined()) }, hwm, size)
	return s
}

// readableStreamTee is ReadableStreamTee: two branches, each getting every
// chunk (ReadableStreamDefaultTee; a byte stream is teed the same way).
func readableStreamTee(s *readableStream) (*readableStream, *readableStream) {
	r := s.r
	rd := r.acquireDefaultReader(s, nil)
	t := &tee{r: r, stream: s, reader: rd, cancelPromise: r.newPromise()}
	pull := func() *promise { return t.pull() }
	t.branch1 = r.createReadableStream(pull, func(reason goja.Value) *promise {
		t.canceled1, t.reason1, t.last = true, reason, reason
		return t.cancel()
	}, 1, nil)
	t.branch2 = r.createReadableStream(pull, func(reason goja.Value) *promise {
		t.canceled2, t.reason2, t.last = true, reason, reason
		return t.cancel()
	}, 1, nil)
	rd.closed.then(nil, func(e goja.Value) {
		readableStreamDefaultControllerError(t.branch1.ctrl.(*defaultController), e)
		readableStreamDefaultControllerError(t.branch2.ctrl.(*defaultController), e)
		if !t.canceled1 || !t.canceled2 {
			t.cancelPromise.resolve(goja.Undefined())
		}
	})
	return t.branch1, t.branch2
}

type tee struct {
	r                    *realm
	stream               *readableStream
	reader               *defaultReader
	reading, readAgain   bool
	canceled1, canceled2 bool
	reason1, reason2     goja.Value
	last                 goja.Value // workerd cancels the source with the last branch's reason, not both
	branch1, branch2     *readableStream
	cancelPromise        *promise
}

func (t *tee) pull() *promise {
	if t.reading {
		t.readAgain = true
		return t.r.resolvedPromise(goja.Undefined())
	}
	t.reading = true
	readableStreamDefaultReaderRead(t.reader, &teeReadRequest{t})
	return t.r.resolvedPromise(goja.Undefined())
}

func (t *tee) cancel() *promise {
	if t.canceled1 && t.canceled2 {
		readableStreamCancel(t.stream, t.last).then(t.cancelPromise.resolve, t.cancelPromise.reject)
	}
	return t.cancelPromise
}

type teeReadRequest struct{ t *tee }

func (q *teeReadRequest) chunkSteps(c chunk) {
	t := q.t
	t.r.env.Loop.QueueMicrotask(func() {
		t.readAgain = false
		if !t.canceled1 {
			readableStreamDefaultControllerEnqueue(t.branch1.ctrl.(*defaultController), c)
		}
		if !t.canceled2 {
			readableStreamDefaultControllerEnqueue(t.branch2.ctrl.(*defaultController), c)
		}
		t.reading = false
		if t.readAgain {
			t.pull()
		}
	})
}

func (q *teeReadRequest) closeSteps() {
	t := q.t
	t.reading = false
	if !t.canceled1 {
		readableStreamDefaultControllerClose(t.branch1.ctrl.(*defaultController))
	}
	if !t.canceled2 {
		readableStreamDefaultControllerClose(t.branch2.ctrl.(*defaultController))
	}
	if !t.canceled1 || !t.canceled2 {
		t.cancelPromise.resolve(goja.Undefined())
	}
}

func (q *teeReadRequest) errorSteps(goja.Value) { q.t.reading = false }
