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

// readableStreamTee is ReadableStreamTee. A stream with a default
// controller is teed as workerd tees it (consumerTee); a byte stream with
// the standard's ReadableStreamDefaultTee.
func readableStreamTee(s *readableStream) (*readableStream, *readableStream) {
	known := s.hasLength && !s.disturbed
	a, b := teeBranches(s)
	// Both branches deliver what s would have (workerd keeps the length).
	if known {
		a.length, a.hasLength = s.length, true
		b.length, b.hasLength = s.length, true
	}
	return a, b
}

func teeBranches(s *readableStream) (*readableStream, *readableStream) {
	if c, ok := s.ctrl.(*defaultController); ok {
		return consumerTee(s, c)
	}
	if c, ok := s.ctrl.(*byteController); ok {
		return byteConsumerTee(s, c)
	}
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

// consumerTee tees a stream the way workerd does: the two branches become
// consumers of the source's queue (its ValueQueue in queue.h), each with a
// buffer of its own. Every chunk the source enqueues goes to both; the
// source pulls while a branch waits for a read or its fullest buffer is
// under the high-water mark; canceling one branch only detaches it, and
// canceling the last one cancels the source with that branch's reason. The
// source stays locked for good.
func consumerTee(s *readableStream, c *defaultController) (*readableStream, *readableStream) {
	r := s.r
	r.acquireDefaultReader(s, nil)
	s.disturbed = true
	b1, b2 := r.newReadableObject(nil), r.newReadableObject(nil)
	switch s.state {
	case stateClosed:
		b1.state, b2.state = stateClosed, stateClosed
		return b1, b2
	case stateErrored:
		b1.state, b1.storedError = stateErrored, s.storedError
		b2.state, b2.storedError = stateErrored, s.storedError
		return b1, b2
	}
	for _, b := range []*readableStream{b1, b2} {
		bc := &branchController{src: c, stream: b, closeRequested: c.closeRequested}
		for i := 0; i < c.queue.len(); i++ {
			e := c.queue.items[c.queue.head+i]
			bc.queue.push(e)
			bc.total += e.size
		}
		b.ctrl = bc
		c.branches = append(c.branches, bc)
	}
	c.queue.reset()
	c.queueTotalSize = 0
	return b1, b2
}

// branchController is a branch of a consumerTee: a consumer of the source
// controller's queue.
type branchController struct {
	src            *defaultController
	stream         *readableStream
	queue          queue[queueEntry]
	total          float64
	closeRequested bool
}

func (b *branchController) cancelSteps(reason goja.Value) *promise {
	c := b.src
	b.queue.reset()
	b.total = 0
	for i, o := range c.branches {
		if o == b {
			c.branches = append(c.branches[:i:i], c.branches[i+1:]...)
			break
		}
	}
	if len(c.branches) > 0 || c.stream.state != stateReadable {
		return c.r.resolvedPromise(goja.Undefined())
	}
	p := c.cancelSteps(reason)
	readableStreamClose(c.stream)
	return p
}

func (b *branchController) pullSteps(req readRequest) {
	if b.queue.len() > 0 {
		e := b.queue.shift()
		b.total -= e.size
		if b.closeRequested && b.queue.len() == 0 {
			readableStreamClose(b.stream)
		}
		req.chunkSteps(e.c)
		return
	}
	readableStreamAddReadRequest(b.stream, req)
	readableStreamDefaultControllerCallPullIfNeeded(b.src)
}

func (b *branchController) releaseSteps() {}

// push hands the branch a chunk the source enqueued.
func (b *branchController) push(ch chunk, size float64) {
	s := b.stream
	if s.state != stateReadable {
		return
	}
	if isReadableStreamLocked(s) && readableStreamGetNumReadRequests(s) > 0 {
		readableStreamFulfillReadRequest(s, ch, false)
		return
	}
	b.queue.push(queueEntry{ch, size})
	b.total += size
}

// close closes the branch once its buffer drains.
func (b *branchController) close() {
	b.closeRequested = true
	if b.queue.len() == 0 && b.stream.state == stateReadable {
		readableStreamClose(b.stream)
	}
}

func (b *branchController) wantsRead() bool {
	return b.stream.state == stateReadable && isReadableStreamLocked(b.stream) && readableStreamGetNumReadRequests(b.stream) > 0
}

// byteConsumerTee tees a byte stream as workerd does (its ByteQueue): two
// byte streams (BYOB readers work on them) that each get every chunk the
// source enqueues, pulling the source when one of them waits.
func byteConsumerTee(s *readableStream, c *byteController) (*readableStream, *readableStream) {
	r := s.r
	r.acquireDefaultReader(s, nil)
	s.disturbed = true
	b1, b2 := r.newReadableObject(nil), r.newReadableObject(nil)
	switch s.state {
	case stateClosed, stateErrored:
		// Branches of a closed or errored byte stream are byte streams
		// too: BYOB readers work on them.
		for _, b := range []*readableStream{b1, b2} {
			bc := &byteController{r: r, stream: b}
			bc.pullAlgo = r.syncResolved
			bc.cancelAlgo = func(goja.Value) *promise { return r.resolvedPromise(goja.Undefined()) }
			b.ctrl = bc
			b.state, b.storedError = s.state, s.storedError
		}
		return b1, b2
	}
	for _, b := range []*readableStream{b1, b2} {
		bc := &byteController{r: r}
		bc.pullAlgo = func() *promise {
			readableByteStreamControllerCallPullIfNeeded(c)
			return r.syncResolved()
		}
		bc.cancelAlgo = func(reason goja.Value) *promise {
			for i, o := range c.branches {
				if o == bc {
					c.branches = append(c.branches[:i:i], c.branches[i+1:]...)
					break
				}
			}
			if len(c.branches) > 0 || s.state != stateReadable {
				return r.resolvedPromise(goja.Undefined())
			}
			p := c.cancelSteps(reason)
			readableStreamClose(s)
			return p
		}
		setUpReadableByteStreamController(b, bc, r.syncResolved, 0, 0)
		for i := 0; i < c.queue.len(); i++ {
			e := c.queue.items[c.queue.head+i]
			readableByteStreamControllerEnqueueChunkToQueue(bc, byteEntry{b: e.b})
		}
		if c.closeRequested {
			bc.closeRequested = true
		}
		c.branches = append(c.branches, bc)
	}
	c.queue.reset()
	c.queueTotalSize = 0
	return b1, b2
}
