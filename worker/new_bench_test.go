package worker

import "testing"

// BenchmarkNew is what every isolate's start-up costs once the process is
// warm: goja.New, the builtins, the guards, the realm, the channel, clone and
// the host's lazy globals. A cold start-up (bench/startup) pays this plus the
// page faults of the code it runs for the first time.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		w, err := New(Config{})
		if err != nil {
			b.Fatal(err)
		}
		w.Close()
	}
}
