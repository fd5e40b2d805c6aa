package builtins_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/mcrepl/mcrepl/worker"
)

// probeDifferences are the lines of testdata/probes.js where mcrepl's output
// differs from workerd's on purpose, by line number (1-based), with
// mcrepl's line and the reason.
var probeDifferences = map[int]struct{ mcrepl, why string }{
	25: {"ok constructor,reduce,toArray,forEach,some,every,find,map,filter,take,drop,flatMap", "Iterator.prototype.join and includes (proposals V8 ships) are not built"},
	26: {"ok length,name,prototype,from,concat", "Iterator.zip and zipKeyed (a proposal V8 ships) are not built"},
}

// TestProbes runs testdata/probes.js, about 150 calls of the builtins with
// good and bad arguments (names, lengths, property attributes, messages),
// and compares its output line by line with workerd's
// (testdata/probes.workerd.out, recorded with the real binary).
func TestProbes(t *testing.T) {
	compareWithWorkerd(t, "testdata/probes.js", "testdata/probes.workerd.out", probeDifferences)
}

// intlDifferences are testdata/intl.js's lines where mcrepl differs.
var intlDifferences = map[int]struct{ mcrepl, why string }{
	17: {`[0,"NumberFormat","[object Intl.NumberFormat]","getCanonicalLocales,DateTimeFormat,NumberFormat,Collator,PluralRules,RelativeTimeFormat,ListFormat"]`, "supportedValuesOf, v8BreakIterator, Locale, DisplayNames, Segmenter and DurationFormat are not built"},
	39: {"es 12345 | 12.345 | 1234,5 | 1,234", "pl is not among the locales with data: en-US's"},
	72: {"de-DE>de-DE>1.234,5 ; fr-FR>fr-FR>1 234,5 ; en-US>en-US>1,234.5 ; EN-gb>en-GB>1,234.5 ; zh-CN>zh-CN>1,234.5 ; zh-Hans-CN>zh-Hans-CN>1,234.5 ; ja-JP>ja-JP>1,234.5 ; tr-TR>tr-TR>1.234,5 ; es-ES>es-ES>1234,5 ; es-MX>es>1234,5 ; pt-BR>en-US>1,234.5 ; und>en-US>1,234.5 ; de-CH>de>1.234,5", "es-MX, pt-BR and de-CH fall back to their language's data or en-US"},
	81: {"constructor,resolvedOptions,formatToParts,format get,set,enumerable,configurable get format", "formatRange and formatRangeToParts are not built"},
	83: {"constructor,resolvedOptions,select 0 [object Intl] en-US,de", "selectRange is not built"},
}

// TestIntl compares testdata/intl.js (Intl.NumberFormat and PluralRules in
// the eight locales with data) with workerd's output.
func TestIntl(t *testing.T) {
	compareWithWorkerd(t, "testdata/intl.js", "testdata/intl.workerd.out", intlDifferences)
}

// dateDifferences are testdata/intl_date.js's lines where mcrepl differs.
var dateDifferences = map[int]struct{ mcrepl, why string }{
	26: {"Invalid Date UTC constructor,resolvedOptions,formatToParts,format", "formatRange and formatRangeToParts are not built"},
}

// TestIntlDate compares testdata/intl_date.js (Intl.DateTimeFormat and
// Date.prototype.toLocale*String in the eight locales, time zones) with
// workerd's output.
func TestIntlDate(t *testing.T) {
	compareWithWorkerd(t, "testdata/intl_date.js", "testdata/intl_date.workerd.out", dateDifferences)
}

// TestIntlCollator compares testdata/intl_collator.js (Intl.Collator,
// localeCompare, toLocaleUpperCase/LowerCase) with workerd's output.
func TestIntlCollator(t *testing.T) {
	compareWithWorkerd(t, "testdata/intl_collator.js", "testdata/intl_collator.workerd.out", nil)
}

// TestIntlList compares testdata/intl_list.js (Intl.ListFormat, every type
// and style in the eight locales) with workerd's output.
func TestIntlList(t *testing.T) {
	compareWithWorkerd(t, "testdata/intl_list.js", "testdata/intl_list.workerd.out", nil)
}

// TestIntlRelative compares testdata/intl_relative.js
// (Intl.RelativeTimeFormat, numeric always and auto) with workerd's output.
func TestIntlRelative(t *testing.T) {
	compareWithWorkerd(t, "testdata/intl_relative.js", "testdata/intl_relative.workerd.out", nil)
}

// compareWithWorkerd runs the script js through an isolate and compares its
// output line by line with workerd's recording, except the lines listed in
// diffs, whose mcrepl output must be exactly as listed.
func compareWithWorkerd(t *testing.T, js, recorded string, diffs map[int]struct{ mcrepl, why string }) {
	t.Helper()
	src, err := os.ReadFile(js)
	if err != nil {
		t.Fatal(err)
	}
	rec, err := os.ReadFile(recorded)
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	w, err := worker.New(worker.Config{Stdout: &out})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	// Some probes leave a promise rejected without a handler, which
	// workerd's test runner does not report and mcrepl does.
	_ = w.Run(context.Background(), js, string(src))
	want := strings.Split(strings.TrimRight(string(rec), "\n"), "\n")
	got := strings.Split(strings.TrimRight(out.String(), "\n"), "\n")
	if len(got) != len(want) {
		t.Fatalf("%d lines, workerd %d:\n%s", len(got), len(want), out.String())
	}
	for i := range want {
		d, listed := diffs[i+1]
		switch {
		case got[i] == want[i] && listed:
			t.Errorf("line %d matches workerd now: remove it from the differences", i+1)
		case got[i] != want[i] && !(listed && got[i] == d.mcrepl):
			t.Errorf("line %d:\n mcrepl  %s\n workerd %s", i+1, got[i], want[i])
		}
	}
}
