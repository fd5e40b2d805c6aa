package worker

import (
	"container/heap"
	"context"
	"runtime/debug"
	"sync"
	"time"

	"github.com/mcrepl/mcrepl/worker/stack"
)

// loop is the isolate's event loop: one goroutine runs every macrotask (a job
// submitted with submit, or a due timer), one at a time, in order. Microtasks
// are goja's job queue, which goja drains when control returns from JS to Go
// at the end of each macrotask, so the loop never sees them.
//
// Contract:
//   - submit may be called from any goroutine; the job runs on the loop
//     goroutine, exactly once, unless the loop is closed first (then never).
//   - timers are only added and removed on the loop goroutine (from host
//     functions called by JS), so the timer heap needs no lock.
//   - the loop is quiescent when no submitted job is waiting, no timer is
//     armed and no hold (pending host work, see hold) is outstanding. waitIdle returns at the first quiescent moment after it was
//     called; open ports never keep the loop busy (workerd's behaviour).
type loop struct {
	mu   sync.Mutex
	jobs []func()
	// io are the I/O tasks queued by the loop's own jobs (ioTask): they run
	// after the job that queued them and before the timers due, as workerd
	// runs every ready I/O event (a WebSocket message) before its timers.
	io     []func()
	wake   chan struct{} // capacity 1: "something was submitted"
	closed bool
	holds  int             // pending host work outside the loop (Hold)
	idle   []chan struct{} // waiters for quiescence
	done   chan struct{}   // closed when the loop goroutine has exited

	// onPanic receives a Go panic that escaped a job (a bug in a host
	// function: goja turns only JS exceptions into *goja.Exception). The loop
	// survives it. Set by newLoop, never changed; nil re-panics.
	onPanic func(x any, stack []byte)

	timers  timerHeap // loop goroutine only
	byID    map[int]*timer
	nextID  int
	nextSeq uint64
	// now is the loop's clock, from which a timer counts its delay. As
	// workerd's, it stands still while JS runs: it is the real time when a
	// submitted job (an event from outside) starts, and a timer's deadline
	// while the timer fires. Timers therefore fire in the order of their
	// deadlines as if JS took no time: setTimeout(f, 1) then setImmediate(g)
	// runs g first, and so does a setTimeout(h, 0) armed by g before f
	// (cases 1631, 1645), however long the code in between takes, up to
	// maxLag: the clock never falls further behind the real time than that.
	// Without the bound, a chain of 0 ms timers or a setInterval(f, 0) would
	// hold the clock at one instant and no later timer would ever come due.
	// In workerd, whose clock is the real one, such an interval fires about
	// 14,000 times in 100 ms and a setTimeout(r, 100) beside it fires on
	// time; in mcrepl it fires up to maxLag late (TestZeroIntervalDoesNotStarve).
	now time.Time
}

type timer struct {
	id       int
	when     time.Time
	seq      uint64 // FIFO order among equal deadlines
	interval time.Duration
	repeat   bool
	fire     func()
	index    int
}

type timerHeap []*timer

func (h timerHeap) Len() int { return len(h) }
func (h timerHeap) Less(i, j int) bool {
	if h[i].when.Equal(h[j].when) {
		return h[i].seq < h[j].seq
	}
	return h[i].when.Before(h[j].when)
}
func (h timerHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index = i
	h[j].index = j
}
func (h *timerHeap) Push(x any) {
	t := x.(*timer)
	t.index = len(*h)
	*h = append(*h, t)
}
func (h *timerHeap) Pop() any {
	old := *h
	t := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	t.index = -1
	return t
}

// newLoop starts a loop; onPanic (may be nil) receives Go panics escaping a
// job.
func newLoop(onPanic func(x any, stack []byte)) *loop {
	l := &loop{wake: make(chan struct{}, 1), done: make(chan struct{}), byID: map[int]*timer{}, onPanic: onPanic}
	stack.Go(l.run) // it compiles and runs all of the isolate's JavaScript
	return l
}

// submit queues job to run on the loop goroutine. It reports false if the
// loop is closed, in which case job never runs.
func (l *loop) submit(job func()) bool {
	l.mu.Lock()
	if l.closed {
		l.mu.Unlock()
		return false
	}
	l.jobs = append(l.jobs, job)
	l.mu.Unlock()
	l.nudge()
	return true
}

// do runs job on the loop goroutine and waits for it to finish. It must not
// be called from the loop goroutine. It reports false if the loop is closed.
func (l *loop) do(job func()) bool {
	finished := make(chan struct{})
	if !l.submit(func() { defer close(finished); job() }) {
		return false
	}
	select {
	case <-finished:
		return true
	case <-l.done:
		return false
	}
}

// waitIdle blocks until the loop is quiescent or ctx is done.
func (l *loop) waitIdle(ctx context.Context) error {
	ch := make(chan struct{})
	l.mu.Lock()
	if l.closed {
		l.mu.Unlock()
		return nil
	}
	l.idle = append(l.idle, ch)
	l.mu.Unlock()
	l.nudge() // re-check quiescence for the new waiter
	select {
	case <-ch:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// hold registers pending work outside the loop; the returned function,
// called exactly once from any goroutine, submits job (which may be nil) and
// releases the hold in the same step, so the loop never looks quiescent in
// between. Any goroutine.
func (l *loop) hold() (complete func(job func())) {
	l.mu.Lock()
	l.holds++
	l.mu.Unlock()
	var once sync.Once
	return func(job func()) {
		once.Do(func() {
			l.mu.Lock()
			l.holds--
			if job != nil && !l.closed {
				l.jobs = append(l.jobs, job)
			}
			l.mu.Unlock()
			l.nudge()
		})
	}
}

// nudge wakes the loop if it sleeps; a wake-up already pending suffices.
func (l *loop) nudge() {
	select {
	case l.wake <- struct{}{}:
	default:
	}
}

// close stops the loop after the running job; queued jobs are dropped.
func (l *loop) close() {
	l.mu.Lock()
	if l.closed {
		l.mu.Unlock()
		<-l.done
		return
	}
	l.closed = true
	l.mu.Unlock()
	l.nudge()
	<-l.done
}

func (l *loop) run() {
	defer close(l.done)
	for {
		l.mu.Lock()
		if l.closed {
			for _, ch := range l.idle {
				close(ch)
			}
			l.idle = nil
			l.mu.Unlock()
			return
		}
		jobs := l.jobs
		l.jobs = nil
		l.mu.Unlock()
		if len(jobs) > 0 {
			l.now = time.Now()
		}

		for _, job := range jobs {
			l.guard(job)
		}
		l.runIO()
		l.guard(l.runDueTimers)

		l.mu.Lock()
		quiet := len(l.jobs) == 0 && len(l.io) == 0 && len(l.timers) == 0 && l.holds == 0
		if quiet {
			for _, ch := range l.idle {
				close(ch)
			}
			l.idle = nil
		}
		pending := len(l.jobs) > 0 || len(l.io) > 0 || l.closed
		l.mu.Unlock()
		if pending {
			continue
		}
		if len(l.timers) == 0 {
			<-l.wake
			continue
		}
		d := time.Until(l.timers[0].when)
		if d <= 0 {
			continue
		}
		t := time.NewTimer(d)
		select {
		case <-l.wake:
		case <-t.C:
		}
		t.Stop()
	}
}

// ioTask queues job as an I/O task (loop goroutine only): it runs after
// the current job, before the timers that are due.
func (l *loop) ioTask(job func()) {
	l.mu.Lock()
	l.io = append(l.io, job)
	l.mu.Unlock()
}

// ioRounds bounds the rounds of I/O tasks queuing more of them that run
// before the timers get their turn.
const ioRounds = 64

// runIO runs the queued I/O tasks, and those they queue, up to ioRounds
// rounds; what is left waits for the next turn, after the timers.
func (l *loop) runIO() {
	for range ioRounds {
		l.mu.Lock()
		tasks := l.io
		l.io = nil
		l.mu.Unlock()
		if len(tasks) == 0 {
			return
		}
		for _, t := range tasks {
			l.guard(t)
		}
	}
}

// guard runs f, handing a Go panic to onPanic instead of ending the process.
func (l *loop) guard(f func()) {
	if l.onPanic != nil {
		defer func() {
			if x := recover(); x != nil {
				l.onPanic(x, debug.Stack())
			}
		}()
	}
	f()
}

// runDueTimers fires every timer whose deadline had passed when it started,
// in deadline then registration order, moving the clock (now) to each
// deadline. A timer armed by a callback, even with delay 0, waits for the
// next turn, so an interval cannot starve submitted jobs.
func (l *loop) runDueTimers() {
	real := time.Now()
	last := l.nextSeq // timers armed from here on wait for the next turn
	for len(l.timers) > 0 {
		t := l.timers[0]
		if t.when.After(real) || t.seq > last {
			return
		}
		if t.when.After(l.now) {
			l.now = t.when
		}
		if behind := real.Add(-maxLag); behind.After(l.now) {
			l.now = behind
		}
		heap.Pop(&l.timers)
		if t.repeat {
			t.when = l.now.Add(t.interval)
			l.nextSeq++
			t.seq = l.nextSeq
			heap.Push(&l.timers, t)
		} else {
			delete(l.byID, t.id)
		}
		t.fire()
	}
}

// maxLag is how far the loop's clock may fall behind the real time while
// timers fire: long enough that a slow turn (goja is slower than V8, and a
// loaded machine slower still) does not reorder timers workerd fires in
// deadline order, short enough that a 0 ms chain delays a later timer by
// no more than that.
const maxLag = 50 * time.Millisecond

// minDelay is the shortest timer delay. workerd does not round 0 up to 1 ms
// as Node does: setTimeout(g, 1) then setTimeout(f, 0), or a setImmediate
// (workerd's 0 ms timer), runs f first (cases 1631, 1645).
const minDelay = 0

// addTimer arms a timer on the loop goroutine and returns its id.
func (l *loop) addTimer(d time.Duration, repeat bool, fire func()) int {
	if d < minDelay {
		d = minDelay
	}
	l.nextID++
	l.nextSeq++
	base := l.now
	if base.IsZero() {
		base = time.Now()
	}
	t := &timer{id: l.nextID, when: base.Add(d), seq: l.nextSeq, interval: d, repeat: repeat, fire: fire}
	l.byID[t.id] = t
	heap.Push(&l.timers, t)
	return t.id
}

// clearTimer disarms a timer; unknown ids are ignored, as in browsers.
func (l *loop) clearTimer(id int) {
	t, ok := l.byID[id]
	if !ok {
		return
	}
	delete(l.byID, id)
	if t.index >= 0 {
		heap.Remove(&l.timers, t.index)
	}
}
