package node_test

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/flags"
	"github.com/mcrepl/mcrepl/loader"
	"github.com/mcrepl/mcrepl/trace"
	"github.com/mcrepl/mcrepl/worker"
	"github.com/mcrepl/mcrepl/worker/host"
	"github.com/mcrepl/mcrepl/worker/node"
)

// run runs a classic script on a fresh isolate at date with flags and
// returns its output.
func run(t *testing.T, date, flagList, src string, log trace.Mode) (stdout, stderr string) {
	t.Helper()
	var names []string
	if flagList != "" {
		names = strings.Split(flagList, ",")
	}
	var out, errb bytes.Buffer
	w, err := worker.New(worker.Config{Flags: flags.Resolve(date, names), Stdout: &out, Stderr: &errb, EventLog: log})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	_ = w.Run(ctx, "test.js", src)
	return out.String(), errb.String()
}

// TestGlobalsByDateAndFlag: which Node.js globals exist, and which process,
// as workerd has them (conformance cases 1600-1605).
func TestGlobalsByDateAndFlag(t *testing.T) {
	const src = `console.log([typeof setImmediate, typeof clearImmediate, typeof process, typeof Buffer, typeof global,
		typeof process === 'object' ? String(process.version) : '-'].join(' '))`
	for _, tc := range []struct{ date, flags, want string }{
		{"2026-08-03", "", "undefined undefined undefined undefined undefined -"},
		{"2026-08-04", "", "function function object function object v22.23.4"},
		{"2026-11-24", "", "function function object function object v24.22.2"},
		{"2025-08-15", "nodejs_compat", "function function object function object undefined"},
		{"2025-09-15", "nodejs_compat", "function function object function object v22.23.4"},
		{"2024-09-22", "nodejs_compat", "undefined undefined undefined undefined undefined -"},
		{"2026-11-17", "no_nodejs_compat_v2", "undefined undefined undefined undefined undefined -"},
		{"2026-11-17", "no_nodejs_compat", "function function object function object undefined"},
		{"2025-01-01", "nodejs_als", "undefined undefined undefined undefined undefined -"},
	} {
		out, errs := run(t, tc.date, tc.flags, src, trace.Off)
		if strings.TrimSpace(out) != tc.want || errs != "" {
			t.Errorf("%s %q: got %q (stderr %q), want %q", tc.date, tc.flags, out, errs, tc.want)
		}
	}
}

// TestScripts runs small scripts at the newest date; each line of want is
// one line of output.
func TestScripts(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"immediate after microtasks and ports, FIFO with setTimeout 0", `
			const log = [];
			const ch = new MessageChannel();
			ch.port2.onmessage = () => { log.push('msg'); };
			setTimeout(() => log.push('t0'), 0);
			setImmediate(() => log.push('imm'));
			setTimeout(() => log.push('t1'), 1);
			setImmediate(() => { log.push('imm2'); setImmediate(() => log.push('nested')); });
			ch.port1.postMessage(1);
			process.nextTick(() => log.push('tick'));
			setTimeout(() => console.log(log.join(' ')), 5);`,
			"msg tick t0 imm imm2 nested t1"},
		{"timers fire in deadline order as if JS took no time (worker/loop.go)", `
			const log = [];
			setTimeout(() => log.push('t1'), 1);
			const until = Date.now() + 5; while (Date.now() < until) {}
			setImmediate(() => { log.push('imm'); setTimeout(() => log.push('t0 from imm'), 0); });
			setTimeout(() => console.log(log.join(' ')), 10);`,
			"imm t0 from imm t1"},
		{"clearImmediate", `const i = setImmediate(() => console.log('ran')); clearImmediate(i); clearImmediate(null); console.log(typeof i, String(i))`,
			"object [object Immediate]"},
		{"Buffer inspect", `console.log(Buffer.from('hi'), [Buffer.alloc(0)], Buffer.from('aGk=', 'base64').toString())`,
			"<Buffer 68 69> [ <Buffer > ] hi"},
		{"process.stdout", `process.stdout.write('a'); process.stdout.write('b\nc\n')`, "stdout: ab\nstdout: c"},
		{"getBuiltinModule", `console.log(typeof process.getBuiltinModule('node:events'), process.getBuiltinModule('node:_stream_wrap'), process.getBuiltinModule('path').join('/a', 'b'))`,
			"function undefined /a/b"},
		{"AsyncLocalStorage across a port message", `
			const { AsyncLocalStorage } = process.getBuiltinModule('node:async_hooks');
			const als = new AsyncLocalStorage();
			const ch = new MessageChannel();
			ch.port2.onmessage = (e) => console.log(e.data, als.getStore());
			als.run('A', () => ch.port1.postMessage('m'));
			als.run('T', () => setTimeout(() => console.log('timer', als.getStore()), 0));
			console.log('outside', als.getStore());`,
			"outside undefined\nm A\ntimer T"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, errs := run(t, "2026-11-17", "", tc.src, trace.Off)
			if strings.TrimSpace(out) != tc.want || errs != "" {
				t.Errorf("got %q (stderr %q), want %q", out, errs, tc.want)
			}
		})
	}
}

// TestImmediateRecord: --trace all logs setImmediate, --trace events does not.
func TestImmediateRecord(t *testing.T) {
	const src = `setImmediate(function flush() {})`
	out, _ := run(t, "2026-11-17", "", src, trace.All)
	if want := "[immediate] setImmediate #1 flush (a task after the timers due now, not a port message)\n"; out != want {
		t.Errorf("--trace all: got %q, want %q", out, want)
	}
	if out, _ := run(t, "2026-11-17", "", src, trace.Events); out != "" {
		t.Errorf("--trace events: got %q, want nothing", out)
	}
}

// TestModuleImports bundles a module that imports node: modules and bare
// built-in names, and runs it; without nodejs_compat the first import fails
// with workerd's message.
func TestModuleImports(t *testing.T) {
	p, err := loader.Load("testdata/modules.mjs", nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ date, flags, stdout, stderr string }{
		{"2026-11-17", "", "6869 b s\n", ""},
		{"2025-08-15", "", "", `Uncaught Error: No such module "node:buffer": workerd's node: modules need the nodejs_compat flag`},
		{"2024-09-01", "nodejs_compat", "", `Uncaught Error: No such module "events": without nodejs_compat_v2, import it as "node:events"`},
	} {
		var out, errb bytes.Buffer
		w, err := worker.New(worker.Config{Flags: flags.Resolve(tc.date, strings.Fields(strings.ReplaceAll(tc.flags, ",", " "))), Stdout: &out, Stderr: &errb})
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		_ = p.Run(ctx, w)
		cancel()
		w.Close()
		if out.String() != tc.stdout || !strings.HasPrefix(errb.String(), tc.stderr) {
			t.Errorf("%s %q: got %q, %q; want %q, %q...", tc.date, tc.flags, out.String(), errb.String(), tc.stdout, tc.stderr)
		}
	}
}

// TestAvailable: the module table against workerd's gates.
// TestFlaggedModuleImports imports modules with a flag of their own
// (child_process and tty, implied by nodejs_compat from 2026-03-17) and
// node:test: they load at a date that implies them, and fail to load, with
// a message that names the flag, where it is off.
func TestFlaggedModuleImports(t *testing.T) {
	p, err := loader.Load("testdata/flagged.mjs", nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ date, flags, stdout, stderr string }{
		{"2026-11-17", "", "function false function\n", ""},
		{"2026-11-17", "disable_nodejs_tty_module", "", "Uncaught Error: Module not found: node:tty\n    (mcrepl: workerd offers node:tty with the enable_nodejs_tty_module flag, which nodejs_compat implies from 2026-03-17; disable_nodejs_tty_module turned it off)\n"},
		{"2026-03-16", "nodejs_compat", "", "Uncaught Error: No such module \"node:child_process\".\n    (mcrepl: workerd offers node:child_process with the enable_nodejs_child_process_module flag, which nodejs_compat implies from 2026-03-17)\n"},
		{"2026-03-16", "nodejs_compat,enable_nodejs_child_process_module,enable_nodejs_tty_module", "function false function\n", ""},
	} {
		var out, errb bytes.Buffer
		w, err := worker.New(worker.Config{Flags: flags.Resolve(tc.date, strings.Fields(strings.ReplaceAll(tc.flags, ",", " "))), Stdout: &out, Stderr: &errb})
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		_ = p.Run(ctx, w)
		cancel()
		w.Close()
		if out.String() != tc.stdout || !strings.HasPrefix(errb.String(), tc.stderr) {
			t.Errorf("%s %q: got %q, %q; want %q, %q...", tc.date, tc.flags, out.String(), errb.String(), tc.stdout, tc.stderr)
		}
	}
}

func TestAvailable(t *testing.T) {
	for _, tc := range []struct {
		date, flags, spec string
		want              bool
	}{
		{"2026-11-17", "", "node:buffer", true},
		{"2026-11-17", "", "buffer", true},
		{"2026-11-17", "", "node:dns", true},
		{"2026-11-17", "", "node:_stream_wrap", false},
		{"2026-11-17", "", "node:fs", true},
		{"2026-11-17", "", "fs/promises", true},
		{"2025-09-14", "nodejs_compat", "node:fs", false},
		{"2025-09-15", "nodejs_compat", "node:fs/promises", true},
		{"2026-11-17", "disable_nodejs_fs_module", "node:fs", false},
		{"2025-08-15", "", "node:buffer", false},
		{"2024-09-01", "nodejs_compat", "node:buffer", true},
		{"2024-09-01", "nodejs_compat", "buffer", false},
		{"2025-01-01", "nodejs_als", "node:async_hooks", true},
		{"2025-01-01", "nodejs_als", "async_hooks", false},
		{"2025-01-01", "nodejs_als", "node:events", false},
		{"2026-11-17", "", "node:internal/errors", false},
		{"2026-11-17", "", "node:internal/stubs", false},
		// The modules with a flag of their own, implied by nodejs_compat
		// from a date (child_process and tty from 2026-03-17).
		{"2026-11-17", "", "node:child_process", true},
		{"2026-11-17", "", "child_process", true},
		{"2026-03-16", "nodejs_compat", "node:child_process", false},
		{"2026-03-16", "nodejs_compat", "node:cluster", true},
		{"2024-09-01", "enable_nodejs_tty_module", "node:tty", false},
		{"2026-11-17", "disable_nodejs_tty_module", "node:tty", false},
		{"2026-11-17", "disable_nodejs_inspector_module", "node:inspector/promises", false},
		// node:test, only by its node: name.
		{"2026-11-17", "", "node:test", true},
		{"2026-11-17", "", "test", false},
	} {
		var names []string
		if tc.flags != "" {
			names = []string{tc.flags}
		}
		if got := node.Available(flags.Resolve(tc.date, names), tc.spec); got != tc.want {
			t.Errorf("%s %q %s: %v, want %v", tc.date, tc.flags, tc.spec, got, tc.want)
		}
	}
	if !node.Builtin("fs") || node.Builtin("lodash") || !node.Has("node:util") || node.Has("_stream_wrap") {
		t.Error("Builtin/Has")
	}
}

// TestProcessEnv: the Worker's vars fill process.env as strings (JSON for
// other values), in their declared order (integer-like names first, as in any
// object), unless nodejs_compat_do_not_populate_process_env.
func TestProcessEnv(t *testing.T) {
	for _, tc := range []struct{ flags, want string }{
		{"", `{"7":"seven","C":"text","A":"1","B":"{\"x\":1}"}`},
		{"nodejs_compat_do_not_populate_process_env", `{}`},
	} {
		var out bytes.Buffer
		var names []string
		if tc.flags != "" {
			names = []string{tc.flags}
		}
		w, err := worker.New(worker.Config{Flags: flags.Resolve("2026-11-17", names), Stdout: &out})
		if err != nil {
			t.Fatal(err)
		}
		w.Do(func(*goja.Runtime) {
			node.SetEnv(w.Host(), []host.Var{{Name: "C", Value: "text"}, {Name: "A", Value: 1}, {Name: "B", Value: map[string]any{"x": 1}}, {Name: "7", Value: "seven"}})
		})
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		_ = w.Run(ctx, "env.js", `console.log(JSON.stringify(process.env))`)
		cancel()
		w.Close()
		if got := strings.TrimSpace(out.String()); got != tc.want {
			t.Errorf("%q: got %s, want %s", tc.flags, got, tc.want)
		}
	}
}
