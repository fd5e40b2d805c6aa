package streams_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/host"
	"github.com/mcrepl/mcrepl/worker/streams"
)

// The model-based tests drive real streams and a reference model with the
// same random sequences of operations and compare every observable result:
// what each read gets, which operations throw, the stream's final state.

// rsModel is the reference model of a ReadableStream with a default
// controller and no pull, as the standard defines it.
type rsModel struct {
	state          string // readable, closed, errored
	queue          []int
	closeRequested bool
	pending        []int // ids of reads waiting for a chunk
	results        map[int]string
	reader         int // reader generation; reads of a released reader fail
	stored         string
}

func newRSModel() *rsModel { return &rsModel{state: "readable", results: map[int]string{}} }

func (m *rsModel) enqueue(v int) string {
	if m.closeRequested || m.state != "readable" {
		return "throws"
	}
	if len(m.pending) > 0 {
		m.results[m.pending[0]] = fmt.Sprint("chunk ", v)
		m.pending = m.pending[1:]
		return "ok"
	}
	m.queue = append(m.queue, v)
	return "ok"
}

func (m *rsModel) close() string {
	if m.closeRequested || m.state != "readable" {
		return "throws"
	}
	m.closeRequested = true
	if len(m.queue) == 0 {
		m.finish()
	}
	return "ok"
}

func (m *rsModel) finish() {
	m.state = "closed"
	for _, id := range m.pending {
		m.results[id] = "done"
	}
	m.pending = nil
}

func (m *rsModel) error(e string) string {
	if m.state != "readable" {
		return "ok"
	}
	m.state, m.queue = "errored", nil
	for _, id := range m.pending {
		m.results[id] = "error " + e
	}
	m.pending = nil
	m.stored = e
	return "ok"
}

func (m *rsModel) read(id int) {
	switch {
	case m.state == "closed":
		m.results[id] = "done"
	case m.state == "errored":
		m.results[id] = "error " + m.stored
	case len(m.queue) > 0:
		m.results[id] = fmt.Sprint("chunk ", m.queue[0])
		m.queue = m.queue[1:]
		if m.closeRequested && len(m.queue) == 0 {
			m.finish()
		}
	default:
		m.pending = append(m.pending, id)
	}
}

func (m *rsModel) cancel() string {
	switch m.state {
	case "closed":
		return "ok"
	case "errored":
		return "rejects"
	}
	m.queue = nil
	m.finish()
	return "ok"
}

func (m *rsModel) release() {
	for _, id := range m.pending {
		m.results[id] = "released"
	}
	m.pending = nil
	m.reader++
}

// op is one operation of a sequence.
type op struct {
	Kind string `json:"k"`
	V    int    `json:"v"`
}

var opKinds = []string{"enqueue", "enqueue", "enqueue", "read", "read", "read", "close", "error", "cancel", "release"}

func randomOps(rng *rand.Rand) []op {
	n := 1 + rng.Intn(14)
	ops := make([]op, n)
	for i := range ops {
		ops[i] = op{Kind: opKinds[rng.Intn(len(opKinds))], V: rng.Intn(100)}
	}
	return ops
}

// modelRun runs ops through the model: the result of every operation, in
// order, and then what every read got.
func modelRun(ops []op) []string {
	m := newRSModel()
	var log []string
	reads := 0
	for _, o := range ops {
		switch o.Kind {
		case "enqueue":
			log = append(log, "enqueue "+m.enqueue(o.V))
		case "close":
			log = append(log, "close "+m.close())
		case "error":
			log = append(log, "error "+m.error(fmt.Sprint("e", o.V)))
		case "read":
			m.read(reads)
			reads++
		case "cancel":
			log = append(log, "cancel "+m.cancel())
		case "release":
			m.release()
		}
	}
	for i := 0; i < reads; i++ {
		r, ok := m.results[i]
		if !ok {
			r = "pending"
		}
		log = append(log, fmt.Sprintf("read %d %s", i, r))
	}
	return append(log, "state "+m.state)
}

// TestModelGoAPI: thousands of random sequences through the Go API.
func TestModelGoAPI(t *testing.T) {
	w, _, _ := newWorker(t)
	rng := rand.New(rand.NewSource(1))
	const sequences = 3000
	failures := 0
	w.Do(func(rt *goja.Runtime) {
		env := w.Host()
		for s := 0; s < sequences && failures < 5; s++ {
			ops := randomOps(rng)
			want, got := modelRun(ops), goAPIRun(rt, env, ops)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				failures++
				t.Errorf("sequence %d %v:\ngot:\n%s\nwant:\n%s", s, ops, strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		}
	})
}

// goAPIRun runs ops on a ReadableStream made and read through the Go API
// and logs them as modelRun does. Loop goroutine.
func goAPIRun(rt *goja.Runtime, env *host.Env, ops []op) []string {
	rs, ctl := streams.NewReadable(env, streams.Source{})
	rd, _ := rs.GetReader()
	var log []string
	results := map[int]string{}
	reads := 0
	for _, o := range ops {
		switch o.Kind {
		case "enqueue":
			if err := ctl.Enqueue([]byte{byte(o.V)}); err != nil {
				log = append(log, "enqueue throws")
			} else {
				log = append(log, "enqueue ok")
			}
		case "close":
			if !ctl.CanEnqueue() {
				log = append(log, "close throws")
			} else {
				ctl.Close()
				log = append(log, "close ok")
			}
		case "error":
			ctl.Error(rt.ToValue(fmt.Sprint("e", o.V)))
			log = append(log, "error ok")
		case "read":
			id := reads
			reads++
			rd.Read(func(c streams.Chunk, done bool, err goja.Value) {
				switch {
				case err != nil && strings.Contains(err.String(), "released"):
					results[id] = "released"
				case err != nil:
					results[id] = "error " + err.String()
				case done:
					results[id] = "done"
				default:
					results[id] = fmt.Sprint("chunk ", c.Bytes[0])
				}
			})
		case "cancel":
			state := rs.State()
			rd.Cancel(goja.Undefined())
			if state == "errored" {
				log = append(log, "cancel rejects")
			} else {
				log = append(log, "cancel ok")
			}
		case "release":
			rd.Release()
			rd, _ = rs.GetReader()
		}
	}
	for i := 0; i < reads; i++ {
		r, ok := results[i]
		if !ok {
			r = "pending"
		}
		log = append(log, fmt.Sprintf("read %d %s", i, r))
	}
	return append(log, "state "+rs.State())
}

// modelScript is the JavaScript driver: it runs every sequence with the
// real classes and prints the same log as modelRun, as JSON lines.
const modelScript = `
const sequences = SEQUENCES;
(async () => {
  const out = [];
  for (const ops of sequences) {
    let ctl;
    const rs = new ReadableStream({ start(c) { ctl = c; } });
    let reader = rs.getReader();
    const log = [];
    const results = [];
    const settles = [];
    let reads = 0;
    for (const o of ops) {
      switch (o.k) {
        case 'enqueue': try { ctl.enqueue(o.v); log.push('enqueue ok'); } catch (e) { log.push('enqueue throws'); } break;
        case 'close': try { ctl.close(); log.push('close ok'); } catch (e) { log.push('close throws'); } break;
        case 'error': try { ctl.error('e' + o.v); } catch (e) {} log.push('error ok'); break;
        case 'read': {
          const id = reads++;
          results[id] = 'pending';
          settles.push(reader.read().then(
            (r) => { results[id] = r.done ? 'done' : 'chunk ' + r.value; },
            (e) => { results[id] = e instanceof TypeError && /released/.test(e.message) ? 'released' : 'error ' + e; }));
          break;
        }
        case 'cancel': {
          const p = reader.cancel();
          let outcome = 'ok';
          await p.then(() => {}, () => { outcome = 'rejects'; });
          log.push('cancel ' + outcome);
          break;
        }
        case 'release': reader.releaseLock(); reader = rs.getReader(); break;
      }
    }
    await new Promise((r) => setTimeout(r, 0));
    for (let i = 0; i < reads; i++) log.push('read ' + i + ' ' + results[i]);
    const probe = await Promise.race([reader.closed.then(() => 'closed', () => 'errored'), new Promise((r) => setTimeout(() => r('readable'), 0))]);
    log.push('state ' + probe);
    out.push(JSON.stringify(log));
  }
  console.log(out.join('\n'));
})();
`

// TestModelScript: random sequences through the JavaScript classes.
// A cancel awaits its promise, as a script would, so the sequences are the
// same as the model's only when the model's cancel is synchronous: it is
// (the standard's cancel settles the reads at once).
func TestModelScript(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	const sequences = 1500
	var seqs [][]op
	var wants [][]string
	for i := 0; i < sequences; i++ {
		ops := randomOps(rng)
		seqs = append(seqs, ops)
		wants = append(wants, modelRun(ops))
	}
	js, _ := json.Marshal(seqs)
	w, out, errb := newWorker(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if err := w.Run(ctx, "model.js", strings.Replace(modelScript, "SEQUENCES", string(js), 1)); err != nil {
		t.Fatalf("%v\n%s", err, errb)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != sequences {
		t.Fatalf("%d results for %d sequences\n%s", len(lines), sequences, errb)
	}
	failures := 0
	for i, line := range lines {
		var got []string
		if err := json.Unmarshal([]byte(line), &got); err != nil {
			t.Fatal(err)
		}
		// Script chunks are numbers, the model's are numbers too; errors print as their value.
		if strings.Join(got, "\n") != strings.Join(wants[i], "\n") {
			failures++
			t.Errorf("sequence %d %v:\ngot:\n%s\nwant:\n%s", i, seqs[i], strings.Join(got, "\n"), strings.Join(wants[i], "\n"))
			if failures == 5 {
				return
			}
		}
	}
}

// wsModel is the reference model of a WritableStream with a sink whose
// writes, close and abort succeed, and a writer that runs a sequence of
// operations synchronously (before start() has finished), as the standard
// defines it; flush then runs what follows, to the end.
type wsModel struct {
	state        string // writable, erroring, errored, closed
	stored       string
	started      bool
	queue        []int // operation ids: writes, and the close (closeID)
	inFlight     int   // -1: none
	closeRequest int   // -1: none
	closeID      int
	pendingAbort *wsAbort
	results      map[int]string
	aliases      map[int]int // an abort() while one is pending settles as the pending one
}

type wsAbort struct {
	id                 int
	reason             string
	wasAlreadyErroring bool
}

func newWSModel() *wsModel {
	return &wsModel{state: "writable", inFlight: -1, closeRequest: -1, closeID: -1,
		results: map[int]string{}, aliases: map[int]int{}}
}

func (m *wsModel) closeQueuedOrInFlight() bool {
	return m.closeRequest >= 0 || (m.inFlight >= 0 && m.inFlight == m.closeID)
}

func (m *wsModel) write(id int) {
	switch {
	case m.state == "errored":
		m.results[id] = "rej:" + m.stored
	case m.closeQueuedOrInFlight() || m.state == "closed":
		m.results[id] = "rej:TypeError"
	case m.state == "erroring":
		m.results[id] = "rej:" + m.stored
	default:
		m.queue = append(m.queue, id)
		m.advance()
	}
}

func (m *wsModel) close(id int) {
	if m.state == "closed" || m.state == "errored" || m.closeQueuedOrInFlight() {
		m.results[id] = "rej:TypeError"
		return
	}
	m.closeRequest, m.closeID = id, id
	m.queue = append(m.queue, id)
	m.advance()
}

func (m *wsModel) abort(id int, reason string) {
	if m.state == "closed" || m.state == "errored" {
		m.results[id] = "ok"
		return
	}
	if m.pendingAbort != nil {
		m.aliases[id] = m.pendingAbort.id
		return
	}
	was := m.state == "erroring"
	if was {
		reason = "undefined"
	}
	m.pendingAbort = &wsAbort{id, reason, was}
	if !was {
		m.startErroring(reason)
	}
}

func (m *wsModel) controllerError(e string) {
	if m.state == "writable" {
		m.startErroring(e)
	}
}

func (m *wsModel) startErroring(r string) {
	m.state, m.stored = "erroring", r
	if m.inFlight < 0 && m.started {
		m.finishErroring()
	}
}

func (m *wsModel) finishErroring() {
	m.state = "errored"
	for _, id := range m.queue {
		if id != m.closeID {
			m.results[id] = "rej:" + m.stored
		}
	}
	m.queue = nil
	if pa := m.pendingAbort; pa != nil {
		m.pendingAbort = nil
		if pa.wasAlreadyErroring {
			m.results[pa.id] = "rej:" + m.stored
		} else {
			m.results[pa.id] = "ok"
		}
	}
	if m.closeRequest >= 0 {
		m.results[m.closeRequest] = "rej:" + m.stored
		m.closeRequest = -1
	}
}

func (m *wsModel) advance() {
	if !m.started || m.inFlight >= 0 {
		return
	}
	if m.state == "erroring" {
		m.finishErroring()
		return
	}
	if len(m.queue) == 0 {
		return
	}
	m.inFlight = m.queue[0]
	if m.inFlight == m.closeID {
		m.closeRequest = -1
		m.queue = m.queue[1:]
	}
}

// flush lets start() finish, then every in-flight operation, in order.
func (m *wsModel) flush() {
	m.started = true
	m.advance()
	for m.inFlight >= 0 {
		id := m.inFlight
		m.inFlight = -1
		m.results[id] = "ok"
		if id == m.closeID {
			if m.state == "erroring" {
				m.stored = "undefined"
				if pa := m.pendingAbort; pa != nil {
					m.results[pa.id] = "ok"
					m.pendingAbort = nil
				}
			}
			m.state = "closed"
			return
		}
		m.queue = m.queue[1:]
		m.advance()
	}
}

var wsOpKinds = []string{"write", "write", "write", "close", "abort", "error"}

// wsModelRun is what every operation with a promise gets, and the final
// state.
func wsModelRun(ops []op) []string {
	m := newWSModel()
	for i, o := range ops {
		switch o.Kind {
		case "write":
			m.write(i)
		case "close":
			m.close(i)
		case "abort":
			m.abort(i, fmt.Sprint("a", o.V))
		case "error":
			m.controllerError(fmt.Sprint("e", o.V))
		}
	}
	m.flush()
	var log []string
	for i, o := range ops {
		if o.Kind == "error" {
			continue
		}
		id := i
		if a, ok := m.aliases[i]; ok {
			id = a
		}
		r, ok := m.results[id]
		if !ok {
			r = "pending"
		}
		log = append(log, fmt.Sprintf("%d %s %s", i, o.Kind, r))
	}
	state := m.state
	if state == "erroring" {
		state = "errored"
	}
	return append(log, "state "+state)
}

const wsModelScript = `
const sequences = SEQUENCES;
(async () => {
  const out = [];
  for (const ops of sequences) {
    let ctl;
    const ws = new WritableStream({ start(c) { ctl = c; }, write() {}, close() {}, abort() {} });
    const writer = ws.getWriter();
    const results = [];
    const show = (e) => 'rej:' + (e instanceof TypeError ? 'TypeError' : String(e));
    ops.forEach((o, i) => {
      let p;
      switch (o.k) {
        case 'write': p = writer.write(o.v); break;
        case 'close': p = writer.close(); break;
        case 'abort': p = writer.abort('a' + o.v); break;
        case 'error': ctl.error('e' + o.v); return;
      }
      results[i] = 'pending';
      p.then(() => { results[i] = 'ok'; }, (e) => { results[i] = show(e); });
    });
    for (let k = 0; k < 3; k++) await new Promise((r) => setTimeout(r, 0));
    const log = [];
    ops.forEach((o, i) => { if (o.k !== 'error') log.push(i + ' ' + o.k + ' ' + results[i]); });
    const state = await Promise.race([writer.closed.then(() => 'closed', () => 'errored'), new Promise((r) => setTimeout(() => r('writable'), 0))]);
    log.push('state ' + state);
    out.push(JSON.stringify(log));
  }
  console.log(out.join('\n'));
})();
`

// TestModelWritableScript: random sequences of write/close/abort/error on a
// WritableStream, against wsModel.
func TestModelWritableScript(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	const sequences = 1500
	var seqs [][]op
	var wants [][]string
	for i := 0; i < sequences; i++ {
		n := 1 + rng.Intn(8)
		ops := make([]op, n)
		for k := range ops {
			ops[k] = op{Kind: wsOpKinds[rng.Intn(len(wsOpKinds))], V: rng.Intn(100)}
		}
		seqs = append(seqs, ops)
		wants = append(wants, wsModelRun(ops))
	}
	js, _ := json.Marshal(seqs)
	w, out, errb := newWorker(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if err := w.Run(ctx, "wsmodel.js", strings.Replace(wsModelScript, "SEQUENCES", string(js), 1)); err != nil {
		t.Fatalf("%v\n%s", err, errb)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != sequences {
		t.Fatalf("%d results for %d sequences\n%s", len(lines), sequences, errb)
	}
	failures := 0
	for i, line := range lines {
		var got []string
		if err := json.Unmarshal([]byte(line), &got); err != nil {
			t.Fatal(err)
		}
		if strings.Join(got, "\n") != strings.Join(wants[i], "\n") {
			failures++
			t.Errorf("sequence %d %v:\ngot:\n%s\nwant:\n%s", i, seqs[i], strings.Join(got, "\n"), strings.Join(wants[i], "\n"))
			if failures == 5 {
				return
			}
		}
	}
}
