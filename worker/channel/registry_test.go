package channel_test

import (
	"bytes"
	"runtime"
	"strings"
	"testing"
	"time"
	"weak"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/trace"
)

// A program that makes and closes channels without end keeps a bounded port
// listing: every port not closed, and the last ports closed, in creation
// order. A closed port that left the listing still behaves as a port.
func TestPortsForgetOldClosedPorts(t *testing.T) {
	var out bytes.Buffer
	w := newWorker(t, trace.Off, trace.Text, &out)
	run(t, w, `
		const waiting = new MessageChannel();
		waiting.port2.postMessage('hi');
		globalThis.first = new MessageChannel();
		first.port2.onmessage = () => {};
		first.port1.close();
		for (let i = 0; i < 1000; i++) new MessageChannel().port1.close();
		const open = new MessageChannel();
		open.port2.onmessage = () => {};
		first.port1.postMessage('late');
		first.port2.close();
		first.port1.addEventListener('message', () => {});
		console.log(first.port1, String(first.port1));
		let threw = '';
		try { MessagePort.prototype.postMessage.call({}, 1); } catch (e) { threw = e.constructor.name; }
		console.log(threw);
		try { structuredClone(first.port1); } catch (e) { console.log(e.name, e.message); }`)

	ports := w.Ports()
	if n := len(ports); n > 2+128+2 {
		t.Fatalf("%d ports listed after 1,002 closed channels", n)
	}
	want := []trace.PortInfo{
		{Label: "ch1.port1", State: "pending", Queued: 1},
		{Label: "ch1.port2", State: "pending"},
	}
	for i, p := range want {
		if ports[i] != p {
			t.Errorf("port %d: %+v, want %+v", i, ports[i], p)
		}
	}
	last := ports[len(ports)-2:]
	if last[0] != (trace.PortInfo{Label: "ch1003.port1", State: "pending"}) ||
		last[1] != (trace.PortInfo{Label: "ch1003.port2", State: "started", Listeners: 1}) {
		t.Errorf("last ports %+v", last)
	}
	closedPorts := ports[2 : len(ports)-2]
	if len(closedPorts) < 64 {
		t.Errorf("%d closed ports listed, want at least the last 64", len(closedPorts))
	}
	for i, p := range closedPorts {
		// The last closed ones, in order: ch1002.port2 is the last.
		if p.State != "closed" || p.Label != labelFromEnd(len(closedPorts)-1-i) {
			t.Errorf("closed port %d: %+v", i, p)
		}
	}

	var report bytes.Buffer
	if err := w.Report(&report); err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{
		"ch1.port1: 1 message still queued (posted on ch1.port2): 'hi'",
		"ch2.port1 → ch2.port2: 1 message dropped: 'late'",
	} {
		if !strings.Contains(report.String(), line) {
			t.Errorf("the report has no %q:\n%s", line, report.String())
		}
	}
	wantOut := "MessagePort { onmessage: null } [object MessagePort]\nTypeError\n" +
		"DataCloneError Could not serialize object of type \"MessagePort\". This type does not support serialization.\n"
	if got := out.String(); got != wantOut {
		t.Errorf("output %q, want %q", got, wantOut)
	}
}

// labelFromEnd is the label of the i-th port from the last of ch2..ch1002.
func labelFromEnd(i int) string {
	n := 1002 - i/2
	port := "port2"
	if i%2 == 1 {
		port = "port1"
	}
	return "ch" + itoa(n) + "." + port
}

func itoa(n int) string {
	var b strings.Builder
	if n >= 10 {
		b.WriteString(itoa(n / 10))
	}
	b.WriteByte(byte('0' + n%10))
	return b.String()
}

// A MessageChannel object the script no longer reaches is collected: the
// channel keeps no record of it.
func TestChannelObjectCollected(t *testing.T) {
	var out bytes.Buffer
	w := newWorker(t, trace.Off, trace.Text, &out)
	var wp weak.Pointer[goja.Object]
	w.Do(func(rt *goja.Runtime) {
		v, err := rt.RunString(`globalThis.mc = new MessageChannel(); mc`)
		if err != nil {
			t.Fatal(err)
		}
		wp = weak.Make(v.(*goja.Object))
		// Overwrite what the VM's stack may still hold of the last result.
		if _, err := rt.RunString(`delete globalThis.mc; for (let i = 0; i < 10; i++) [i, {i}, String(i)];`); err != nil {
			t.Fatal(err)
		}
	})
	for i := 0; i < 3 && wp.Value() != nil; i++ {
		runtime.GC()
	}
	if wp.Value() != nil {
		t.Fatal("an unreachable MessageChannel was not collected")
	}
}

// A closed port the script no longer reaches is collected, with its Go state:
// nothing of it is left to report.
func TestClosedPortCollected(t *testing.T) {
	var out bytes.Buffer
	w := newWorker(t, trace.Off, trace.Text, &out)
	var wp weak.Pointer[goja.Object]
	w.Do(func(rt *goja.Runtime) {
		v, err := rt.RunString(`
			globalThis.mc = new MessageChannel();
			mc.port1.addEventListener('close', () => {});
			mc.port2.onmessage = () => {};
			mc.port1.close();
			mc.port1`)
		if err != nil {
			t.Fatal(err)
		}
		wp = weak.Make(v.(*goja.Object))
		// Closed ports after it push it out of the listing.
		if _, err := rt.RunString(`delete globalThis.mc; for (let i = 0; i < 200; i++) new MessageChannel().port1.close();`); err != nil {
			t.Fatal(err)
		}
	})
	// The close events' Go state refers to the port until the realm sweeps
	// its slots of dead events, at the first event made after a collection.
	for i := 0; i < 50 && wp.Value() != nil; i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
		w.Do(func(rt *goja.Runtime) { _, _ = rt.RunString(`new Event('x')`) })
	}
	if wp.Value() != nil {
		t.Fatal("an unreachable closed port was not collected")
	}
}
