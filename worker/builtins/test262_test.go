package builtins

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// test262Dirs are the test262 directories of the builtins this package
// defines.
var test262Dirs = []string{
	"built-ins/Iterator", "built-ins/Object/groupBy", "built-ins/Map/groupBy",
	"built-ins/Promise/withResolvers", "built-ins/Promise/try", "built-ins/Math/sumPrecise",
	"built-ins/Math/f16round", "built-ins/RegExp/escape", "built-ins/String/prototype/isWellFormed",
	"built-ins/String/prototype/toWellFormed", "built-ins/WeakRef", "built-ins/FinalizationRegistry",
	"built-ins/DisposableStack", "built-ins/AsyncDisposableStack", "built-ins/SuppressedError",
	"built-ins/ArrayBuffer/prototype/transfer", "built-ins/ArrayBuffer/prototype/transferToFixedLength",
	"built-ins/Array/fromAsync", "built-ins/Error/isError",
}

// test262Unsupported are test262 features that need what goja does not
// have (syntax, shared memory, other realms); their tests are not run.
var test262Unsupported = []string{
	"resizable-arraybuffer", "SharedArrayBuffer", "Atomics", "Float16Array", "cross-realm",
	"async-iteration", "explicit-resource-management-syntax", "tail-call-optimization",
	"iterator-sequencing", "joint-iteration", "Symbol.species", "host-gc-required", "IsHTMLDDA",
	"source-phase-imports", "import-defer", "regexp-v-flag", "regexp-duplicate-named-groups",
	"regexp-modifiers", "decorators", "uint8array-base64", "immutable-arraybuffer",
	// proposals V8 ships that mcrepl has not built
	"iterator-chunking", "iterator-includes", "Iterator.prototype.join",
}

// TestTest262 runs test262's tests of these builtins, when a checkout is
// at $MCREPL_TEST262 (its harness/ and test/ folders; test262 is data,
// fetched from github.com/tc39/test262, never part of this repository).
// The tests that fail are listed in testdata/test262.failures, one path a
// line with the reason after it; the test fails when that set changes,
// either way.
func TestTest262(t *testing.T) {
	root := os.Getenv("MCREPL_TEST262")
	if root == "" {
		t.Skip("MCREPL_TEST262 is not set (a checkout of github.com/tc39/test262)")
	}
	if _, err := os.Stat(filepath.Join(root, "harness", "assert.js")); err != nil {
		t.Skipf("no test262 at %s: %v", root, err)
	}
	var failed []string
	ran := 0
	for _, dir := range test262Dirs {
		_ = filepath.Walk(filepath.Join(root, "test", dir), func(path string, info os.FileInfo, err error) error {
			if err != nil || info.IsDir() || !strings.HasSuffix(path, ".js") || strings.Contains(path, "_FIXTURE") {
				return nil
			}
			rel, _ := filepath.Rel(filepath.Join(root, "test"), path)
			if only := os.Getenv("MCREPL_TEST262_ONLY"); only != "" && !strings.Contains(rel, only) {
				return nil
			}
			ok, skipped := runTest262(t, root, path)
			if skipped {
				return nil
			}
			ran++
			if !ok {
				failed = append(failed, filepath.ToSlash(rel))
			}
			return nil
		})
	}
	if os.Getenv("MCREPL_TEST262_ONLY") != "" {
		t.Logf("failed: %v", failed)
		return
	}
	sort.Strings(failed)
	want := readFailures(t, "testdata/test262.failures")
	for _, f := range failed {
		if !slices.Contains(want, f) {
			t.Errorf("fails, not in testdata/test262.failures: %s", f)
		}
	}
	for _, f := range want {
		if !slices.Contains(failed, f) {
			t.Errorf("passes (or is gone), remove it from testdata/test262.failures: %s", f)
		}
	}
	t.Logf("test262: %d of %d tests pass", ran-len(failed), ran)
}

func readFailures(t *testing.T, path string) []string {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		name, _, _ := strings.Cut(l, " ")
		out = append(out, name)
	}
	return out
}

var (
	frontmatter = regexp.MustCompile(`(?s)/\*---(.*?)---\*/`)
	yamlList    = regexp.MustCompile(`(?m)^(\w+):\s*\[([^\]]*)\]`)
	yamlBlock   = regexp.MustCompile(`(?m)^(\w+):\s*\n((?:\s+-\s*.+\n)+)`)
	negativeRe  = regexp.MustCompile(`(?s)negative:\s*\n\s*phase:\s*(\w+)\s*\n\s*type:\s*(\w+)`)
)

// meta reads a test's frontmatter lists (includes, flags, features).
func meta(src string) (lists map[string][]string, negPhase, negType string) {
	lists = map[string][]string{}
	m := frontmatter.FindStringSubmatch(src)
	if m == nil {
		return
	}
	for _, l := range yamlList.FindAllStringSubmatch(m[1], -1) {
		for _, v := range strings.Split(l[2], ",") {
			if v = strings.TrimSpace(v); v != "" {
				lists[l[1]] = append(lists[l[1]], v)
			}
		}
	}
	for _, l := range yamlBlock.FindAllStringSubmatch(m[1], -1) {
		for _, v := range strings.Split(l[2], "\n") {
			if v = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(v), "-")); v != "" {
				lists[l[1]] = append(lists[l[1]], v)
			}
		}
	}
	if n := negativeRe.FindStringSubmatch(m[1]); n != nil {
		negPhase, negType = n[1], n[2]
	}
	return
}

// runTest262 runs one test (in strict and sloppy mode as its flags say).
func runTest262(t *testing.T, root, path string) (ok, skipped bool) {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	src := string(b)
	lists, negPhase, negType := meta(src)
	for _, f := range lists["features"] {
		if slices.Contains(test262Unsupported, f) {
			return false, true
		}
	}
	flags := lists["flags"]
	if slices.Contains(flags, "module") || slices.Contains(flags, "CanBlockIsTrue") {
		return false, true
	}
	includes := []string{"assert.js", "sta.js"}
	if slices.Contains(flags, "async") {
		includes = append(includes, "doneprintHandle.js")
	}
	includes = append(includes, lists["includes"]...)
	var prelude strings.Builder
	if !slices.Contains(flags, "raw") {
		for _, inc := range includes {
			h, err := os.ReadFile(filepath.Join(root, "harness", inc))
			if err != nil {
				return false, true
			}
			prelude.Write(h)
			prelude.WriteString("\n")
		}
	}
	modes := []bool{false, true}
	switch {
	case slices.Contains(flags, "onlyStrict"):
		modes = []bool{true}
	case slices.Contains(flags, "noStrict"), slices.Contains(flags, "raw"):
		modes = []bool{false}
	}
	for _, strict := range modes {
		code := prelude.String() + src
		if strict {
			code = "'use strict';\n" + code
		}
		if !runOne(t, code, slices.Contains(flags, "async"), negPhase, negType) {
			return false, false
		}
	}
	return true, false
}

func runOne(t *testing.T, code string, async bool, negPhase, negType string) (ok bool) {
	rt, loop, out := newTestRuntime(t)
	d262 := rt.NewObject()
	_ = d262.Set("detachArrayBuffer", func(call goja.FunctionCall) goja.Value {
		if ab, isAB := call.Argument(0).Export().(goja.ArrayBuffer); isAB {
			ab.Detach()
		}
		return goja.Undefined()
	})
	_ = d262.Set("gc", func(goja.FunctionCall) goja.Value { runtime.GC(); return goja.Undefined() })
	_ = d262.Set("global", rt.GlobalObject())
	_ = rt.Set("$262", d262)
	defer func() {
		if x := recover(); x != nil {
			t.Errorf("Go panic: %v", x)
			ok = false
		}
	}()
	prg, err := goja.Compile("test.js", code, false)
	if err != nil {
		return negPhase == "parse" && negType == "SyntaxError"
	}
	if negPhase == "parse" {
		return false
	}
	_, err = rt.RunProgram(prg)
	loop.turn()
	if os.Getenv("MCREPL_TEST262_DEBUG") != "" && err != nil {
		t.Logf("%v", err)
	}
	if err != nil {
		if negPhase == "runtime" {
			if ex, isEx := err.(*goja.Exception); isEx {
				if o, isObj := ex.Value().(*goja.Object); isObj {
					c, _ := o.Get("constructor").(*goja.Object)
					return c != nil && c.Get("name").String() == negType
				}
			}
		}
		return false
	}
	if negPhase != "" {
		return false
	}
	if async {
		return strings.Contains(out.String(), "Test262:AsyncTestComplete")
	}
	return true
}
