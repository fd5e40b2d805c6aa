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
			want := modelRun(ops)
			rs, ctl := streams.NewReadable(env, streams.Source{})
			rd, _ := rs.GetReader()
			var log []string
			results := map[int]string{}
			reads := 0
			canceled := ""
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
						canceled = "rejects"
					} else {
						canceled = "ok"
					}
					log = append(log, "cancel "+canceled)
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
			log = append(log, "state "+rs.State())
			if strings.Join(log, "\n") != strings.Join(want, "\n") {
				failures++
				t.Errorf("sequence %d %v:\ngot:\n%s\nwant:\n%s", s, ops, strings.Join(log, "\n"), strings.Join(want, "\n"))
			}
		}
	})
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
