package portmodel

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
)

// Generate returns a random sequence of up to maxOps operations. Posts,
// listener changes and await points dominate; close is rare, since nothing
// happens on a channel after it.
func Generate(r *rand.Rand, maxOps int) []Op {
	n := 1 + r.IntN(maxOps)
	ops := make([]Op, 0, n)
	msg, mark := 0, 0
	for range n {
		op := Op{Port: r.IntN(2)}
		switch x := r.IntN(100); {
		case x < 30:
			op.Kind = Post
			msg++
			op.N = msg
		case x < 44:
			op.Kind = Add
			op.Fn = r.IntN(Reply + 1)
			if r.IntN(8) == 0 {
				op.Fn = CloseOwn
			}
			op.Once = r.IntN(3) == 0
		case x < 54:
			op.Kind = Remove
			op.Fn = r.IntN(NListeners)
		case x < 61:
			op.Kind = SetOnmessage
			op.Fn = r.IntN(NHandlers)
		case x < 65:
			op.Kind = ClearOnmessage
		case x < 71:
			op.Kind = Start
		case x < 73:
			op.Kind = Close
		case x < 80:
			op.Kind = Microtask
		case x < 93:
			op.Kind = Await
		default:
			op.Kind = Tick
		}
		if op.Kind == Microtask || op.Kind == Await || op.Kind == Tick {
			mark++
			op.N = mark
		}
		ops = append(ops, op)
	}
	return ops
}

// prelude defines what every sequence uses: setup builds a channel, the
// listeners and handlers of both ports (one function object each, so that
// adding one twice registers it once) and a close listener on each port;
// seq runs a sequence, lets everything it scheduled happen, and prints
// "ID LOG...".
const prelude = `const tick = () => new Promise(r => setTimeout(r, 0));
function setup(log) {
  const { port1, port2 } = new MessageChannel();
  const P = [port1, port2], F = [[], []], H = [[], []];
  for (const i of [0, 1]) {
    const me = P[i], n = 'p' + i;
    for (const j of [0, 1, 2]) F[i][j] = e => { log.push(n + ':L' + j + ':' + e.data); };
    F[i][3] = e => { log.push(n + ':L3:' + e.data); if (typeof e.data === 'number') me.postMessage(e.data + 'r'); };
    F[i][4] = e => { log.push(n + ':L4:' + e.data); me.close(); };
    H[i][0] = e => { log.push(n + ':H0:' + e.data); };
    H[i][1] = e => { log.push(n + ':H1:' + e.data); };
    H[i][2] = { handleEvent(e) { log.push(n + ':H2:' + e.data); } };
    me.addEventListener('close', () => { log.push(n + ':close'); });
  }
  return [P, F, H];
}
async function seq(id, body) {
  const log = [];
  const [P, F, H] = setup(log);
  await body(P, F, H, log);
  await tick();
  console.log(id + ' ' + log.join(' '));
}
`

// Program renders sequences as one script that runs them all concurrently,
// each on its own channel; sequence i prints "first+i LOG...". Channels are
// independent and a FIFO queue keeps the order of each sequence's own
// microtasks, so running them side by side changes no sequence's log.
func Program(first int, seqs [][]Op) string {
	var b strings.Builder
	b.WriteString(prelude)
	for i, ops := range seqs {
		fmt.Fprintf(&b, "seq(%d, async (P, F, H, log) => {\n", first+i)
		for _, op := range ops {
			b.WriteString("  ")
			b.WriteString(statement(op))
			b.WriteByte('\n')
		}
		b.WriteString("});\n")
	}
	return b.String()
}

// statement is op in JavaScript.
func statement(op Op) string {
	p := "P[" + strconv.Itoa(op.Port) + "]"
	fn := "[" + strconv.Itoa(op.Port) + "][" + strconv.Itoa(op.Fn) + "]"
	n := strconv.Itoa(op.N)
	switch op.Kind {
	case Post:
		return p + ".postMessage(" + n + ");"
	case Add:
		if op.Once {
			return p + ".addEventListener('message', F" + fn + ", { once: true });"
		}
		return p + ".addEventListener('message', F" + fn + ");"
	case Remove:
		return p + ".removeEventListener('message', F" + fn + ");"
	case SetOnmessage:
		return p + ".onmessage = H" + fn + ";"
	case ClearOnmessage:
		return p + ".onmessage = null;"
	case Start:
		return p + ".start();"
	case Close:
		return p + ".close();"
	case Microtask:
		return "queueMicrotask(() => { log.push('q" + n + "'); });"
	case Await:
		return "await null; log.push('a" + n + "');"
	case Tick:
		return "await tick(); log.push('t" + n + "');"
	}
	panic("portmodel: unknown op kind " + strconv.Itoa(int(op.Kind)))
}
