package node_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mcrepl/mcrepl/flags"
	"github.com/mcrepl/mcrepl/loader"
	"github.com/mcrepl/mcrepl/trace"
	"github.com/mcrepl/mcrepl/worker"
	"github.com/mcrepl/mcrepl/worker/node"
)

// TestFlaggedModules: the modules behind a flag of their own are there from
// its date (or with it), not before it or with its negation.
func TestFlaggedModules(t *testing.T) {
	for _, tc := range []struct {
		date, flags, spec string
		want              bool
	}{
		{"2026-11-23", "", "node:os", true},
		{"2025-09-14", "nodejs_compat", "node:os", false},
		{"2025-09-15", "nodejs_compat", "node:os", true},
		{"2025-01-01", "nodejs_compat,enable_nodejs_os_module", "node:os", true},
		{"2025-01-01", "enable_nodejs_os_module", "node:os", false},
		{"2026-11-23", "disable_nodejs_os_module", "node:os", false},
		{"2026-11-23", "disable_nodejs_os_module", "node:querystring", true},
		{"2025-09-20", "nodejs_compat", "node:console", false},
		{"2025-09-21", "nodejs_compat", "node:console", true},
		{"2025-12-03", "nodejs_compat", "node:punycode", false},
		{"2025-12-04", "nodejs_compat", "node:punycode", true},
		{"2026-03-16", "nodejs_compat", "node:perf_hooks", false},
		{"2026-03-17", "nodejs_compat", "node:perf_hooks", true},
		{"2026-11-23", "", "sys", true},
		{"2026-11-23", "", "node:_stream_wrap", false},
	} {
		var names []string
		if tc.flags != "" {
			names = strings.Split(tc.flags, ",")
		}
		if got := node.Available(flags.Resolve(tc.date, names), tc.spec); got != tc.want {
			t.Errorf("%s %q %s: %v, want %v", tc.date, tc.flags, tc.spec, got, tc.want)
		}
	}
}

// TestMissingSaysWhatTurnsItOn: a module off by its flag has workerd's
// message word for word, and its stack says which flag and date turn it on.
func TestMissingSaysWhatTurnsItOn(t *testing.T) {
	for _, tc := range []struct{ date, flags, src, want string }{
		{"2026-11-23", "disable_nodejs_os_module", "process.getBuiltinModule('node:os')",
			"undefined\n"},
		{"2025-09-01", "nodejs_compat", "process.getBuiltinModule('node:querystring') !== undefined",
			"true\n"},
	} {
		if out, errs := run(t, tc.date, tc.flags, "console.log("+tc.src+")", trace.Off); out != tc.want {
			t.Errorf("%s %s: %q %q, want %q", tc.date, tc.src, out, errs, tc.want)
		}
	}
	for _, tc := range []struct{ date, flags, spec, msg, hint string }{
		{"2026-11-23", "disable_nodejs_os_module", "node:os", "Module not found: node:os",
			"(mcrepl: workerd offers node:os with the enable_nodejs_os_module flag, which nodejs_compat implies from 2025-09-15; disable_nodejs_os_module turned it off)"},
		{"2026-11-23", "disable_nodejs_os_module", "os", "Module not found: node:os",
			"(mcrepl: workerd offers node:os with the enable_nodejs_os_module flag, which nodejs_compat implies from 2025-09-15; disable_nodejs_os_module turned it off)"},
		{"2025-09-01", "nodejs_compat", "node:console", `No such module "node:console".`,
			"(mcrepl: workerd offers node:console with the enable_nodejs_console_module flag, which nodejs_compat implies from 2025-09-21)"},
	} {
		src := "import('" + tc.spec + "'.slice(0)).then(() => console.log('loaded'), (e) => console.log(e.message + '\\n' + e.stack.split('\\n')[1].trim()))"
		out, _ := runModuleAt(t, tc.date, tc.flags, src)
		if want := tc.msg + "\n" + tc.hint + "\n"; out != want {
			t.Errorf("%s %s: %q, want %q", tc.date, tc.spec, out, want)
		}
	}
}

// TestModuleRequire: node:module's createRequire requires what
// process.getBuiltinModule gives, and says "Module not found" otherwise;
// isBuiltin takes any node: name and the bare ones but test.
func TestModuleRequire(t *testing.T) {
	src := `const m = process.getBuiltinModule('node:module');
const req = m.createRequire('/bundle/x.js');
console.log(req('events') === process.getBuiltinModule('node:events'), req('node:os') === process.getBuiltinModule('os'));
try { req('left-pad'); } catch (e) { console.log(e.message); }
console.log([m.isBuiltin('fs'), m.isBuiltin('node:anything'), m.isBuiltin('test'), m.isBuiltin('node:test'), m.isBuiltin(1)].join());`
	out, errs := run(t, "2026-11-23", "", src, trace.Off)
	if want := "true true\nModule not found: left-pad\ntrue,true,false,true,false\n"; out != want {
		t.Errorf("got %q %q, want %q", out, errs, want)
	}
}

// TestNamedExports: import() of a computed specifier gives the namespace
// of module.named where a module has it: workerd's node:timers exports
// Timeout, which its default does not have.
func TestNamedExports(t *testing.T) {
	src := `const spec = ['node', 'timers'].join(':');
import(spec).then((ns) => console.log(typeof ns.Timeout, Object.keys(ns.default).includes('Timeout'), Object.keys(ns).includes('Timeout')));`
	out, errs := runModuleAt(t, "2026-11-23", "", src)
	if want := "function false true\n"; out != want {
		t.Errorf("got %q %q, want %q", out, errs, want)
	}
}

// runModule runs src as an ES module at date with flags and returns its
// output.
func runModuleAt(t *testing.T, date, flagList, src string) (stdout, stderr string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "m.mjs")
	if err := os.WriteFile(path, []byte(src+"\nexport default {};\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	p, err := loader.Load(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	if flagList != "" {
		names = strings.Split(flagList, ",")
	}
	var out, errb bytes.Buffer
	w, err := worker.New(worker.Config{Flags: flags.Resolve(date, names), Stdout: &out, Stderr: &errb})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	_ = p.Run(ctx, w)
	return out.String(), errb.String()
}
