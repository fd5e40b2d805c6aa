package web_test

import (
	"strings"
	"testing"
)

// TestWebAPI's expected lines are what workerd 2026-11-17 prints for the same
// expressions (compatibility date 2026-11-17), recorded with workerd test.
func TestWebAPI(t *testing.T) {
	cases := []struct{ name, expr, want string }{
		{"globals", "['performance', 'navigator', 'scheduler', 'origin'].map((n) => Object.hasOwn(globalThis, n) + ' ' + Object.getOwnPropertyDescriptor(globalThis, n).enumerable)", "[\"true true\",\"true true\",\"true true\",\"true true\"]"},
		{"reportError on the scope", "[Object.hasOwn(globalThis, 'reportError'), 'reportError' in globalThis, reportError.length, reportError.name]", "[false,true,0,\"reportError\"]"},
		{"performance shape", "[String(performance), Object.keys(performance).length, typeof performance.now(), performance.timeOrigin, Number.isInteger(performance.now()), Math.abs(Date.now() - performance.now()) < 50]", "[\"[object Performance]\",0,\"number\",0,true,true]"},
		{"performance prototype", "Reflect.ownKeys(Performance.prototype).map(String)", "[\"timeOrigin\",\"now\",\"eventCounts\",\"clearMarks\",\"clearMeasures\",\"clearResourceTimings\",\"getEntries\",\"getEntriesByName\",\"getEntriesByType\",\"mark\",\"measure\",\"setResourceTimingBufferSize\",\"toJSON\",\"nodeTiming\",\"eventLoopUtilization\",\"markResourceTiming\",\"timerify\",\"constructor\",\"Symbol(Symbol.toStringTag)\",\"Symbol(cloudflare:internal-class)\",\"Symbol(kResourceTypeInspect)\"]"},
		{"Performance is an EventTarget", "[performance instanceof EventTarget, typeof Performance]", "[true,\"function\"]"},
		{"Performance is no constructor", "new Performance()", "TypeError TypeError undefined: Illegal constructor"},
		{"navigator", "[String(navigator), navigator.userAgent, navigator.hardwareConcurrency, navigator.language, navigator.languages, navigator.platform, Object.keys(navigator)]", "[\"[object Navigator]\",\"Cloudflare-Workers\",1,\"en\",[\"en\"],\"\",[\"languages\",\"language\",\"platform\",\"hardwareConcurrency\",\"userAgent\"]]"},
		{"navigator read-only", "Object.getOwnPropertyDescriptor(navigator, 'userAgent')", "{\"value\":\"Cloudflare-Workers\",\"writable\":false,\"enumerable\":true,\"configurable\":true}"},
		{"Navigator prototype", "Reflect.ownKeys(Navigator.prototype).map(String)", "[\"sendBeacon\",\"constructor\",\"Symbol(Symbol.toStringTag)\",\"Symbol(cloudflare:internal-class)\",\"Symbol(kResourceTypeInspect)\"]"},
		{"scheduler", "[String(scheduler), Reflect.ownKeys(Object.getPrototypeOf(scheduler)).map(String), typeof scheduler.wait(0).then]", "[\"[object Scheduler]\",[\"wait\",\"constructor\",\"Symbol(Symbol.toStringTag)\",\"Symbol(cloudflare:internal-class)\",\"Symbol(kResourceTypeInspect)\"],\"function\"]"},
		{"mark and measure", "(() => { const a = performance.mark('a', { detail: { x: 1 } }); const m = performance.measure('m', { start: 10, end: 15 }); return [a.constructor.name, a.entryType, a.detail, m.name, m.startTime, m.duration, performance.getEntriesByType('mark').length, performance.getEntriesByName('m').map((e) => e.entryType)]; })()", "[\"PerformanceMark\",\"mark\",{\"x\":1},\"m\",10,5,1,[\"measure\"]]"},
		{"mark with startTime", "JSON.stringify(performance.mark('b', { startTime: 5 }))", "\"{\\\"name\\\":\\\"b\\\",\\\"entryType\\\":\\\"mark\\\",\\\"startTime\\\":5,\\\"duration\\\":0}\""},
		{"mark without name", "performance.mark()", "TypeError TypeError undefined: Failed to execute 'mark' on 'Performance': parameter 1 is not of type 'string'."},
		{"entry classes", "[PerformanceMark.prototype instanceof PerformanceEntry, Reflect.ownKeys(PerformanceEntry.prototype).map(String)]", "[true,[\"name\",\"entryType\",\"startTime\",\"duration\",\"toJSON\",\"constructor\",\"Symbol(Symbol.toStringTag)\",\"Symbol(cloudflare:internal-class)\",\"Symbol(kResourceTypeInspect)\"]]"},
		{"new PerformanceMark", "(() => { const m = new PerformanceMark('x', { startTime: 3 }); return [m.name, m.startTime, m.duration, m.detail]; })()", "[\"x\",3,0,null]"},
		{"toJSON", "performance.toJSON()", "{\"timeOrigin\":0}"},
		{"origin", "origin", "\"null\""},
		{"reportError no argument", "reportError()", "TypeError TypeError undefined: Failed to execute 'reportError' on 'ServiceWorkerGlobalScope': parameter 1 is not of type 'Value'."},
	}
	var src strings.Builder
	src.WriteString(attempt)
	for _, c := range cases {
		src.WriteString("console.log(attempt(() => " + c.expr + "));\n")
	}
	got := strings.Split(strings.TrimSuffix(run(t, src.String()), "\n"), "\n")
	if len(got) != len(cases) {
		t.Fatalf("got %d lines, want %d:\n%s", len(got), len(cases), strings.Join(got, "\n"))
	}
	for i, c := range cases {
		if got[i] != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, got[i], c.want)
		}
	}
}
