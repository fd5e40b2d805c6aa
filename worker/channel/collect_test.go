package channel_test

import (
	"bytes"
	"runtime"
	"strings"
	"testing"

	"github.com/mcrepl/mcrepl/trace"
)

// Open ports the script can no longer reach are collected, as workerd
// collects them: 5,000 channels left open, each with a listener that got
// its message, leave the listing (and the heap) once collected; ports with
// messages queued, though unreachable, stay for the report, and so do the
// ports the script still holds.
func TestOpenPortsCollected(t *testing.T) {
	var out bytes.Buffer
	w := newWorker(t, trace.Off, trace.Text, &out)
	run(t, w, `
		for (let i = 0; i < 3; i++) new MessageChannel().port2.postMessage('stuck ' + i);
		globalThis.kept = new MessageChannel();
		kept.port1.onmessage = () => {};
		for (let i = 0; i < 5000; i++) {
			const { port1, port2 } = new MessageChannel();
			port2.onmessage = () => {};
			port1.postMessage(i);
		}`)
	runtime.GC()
	runtime.GC()
	// A new channel sweeps the listing once it has doubled: enough of them.
	run(t, w, `for (let i = 0; i < 5000; i++) { const c = new MessageChannel(); c.port1.onmessage = () => {}; }`)
	runtime.GC()
	runtime.GC()
	ports := w.Ports()
	labels := map[string]bool{}
	for _, p := range ports {
		labels[p.Label] = true
	}
	t.Logf("%d of 20,008 ports listed", len(ports))
	if len(ports) > 12000 {
		t.Errorf("%d of 20,008 ports still listed: the open ports nobody can reach are kept", len(ports))
	}
	for _, l := range []string{"ch1.port1", "ch2.port1", "ch3.port1", "ch4.port1", "ch4.port2"} {
		if !labels[l] {
			t.Errorf("%s left the listing; it has queued messages or is held", l)
		}
	}
	var b strings.Builder
	if err := trace.WriteReport(&b, w.Problems()); err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		if want := "'stuck " + string(rune('0'+i)) + "'"; !strings.Contains(b.String(), want) {
			t.Errorf("the report lost %s:\n%s", want, b.String())
		}
	}
}
