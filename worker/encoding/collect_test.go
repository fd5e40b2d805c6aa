package encoding_test

import (
	"strings"
	"testing"

	"github.com/mcrepl/mcrepl/internal/leaktest"
)

// TestCodingStreamsCollected: a TextEncoderStream or TextDecoderStream the
// script no longer reaches is collected (its state, kept by the object,
// once pointed back at it and kept it for the life of the isolate).
func TestCodingStreamsCollected(t *testing.T) {
	got := leaktest.Run(t, `globalThis.refs = [];
		for (let i = 0; i < 200; i++) {
			refs.push(new WeakRef(new TextDecoderStream()), new WeakRef(new TextEncoderStream()));
			const d = new TextDecoderStream(); // used, then dropped
			const w = d.writable.getWriter(); w.write(new Uint8Array([104, 105])); w.close();
			refs.push(new WeakRef(d));
		}`, leaktest.AliveCount)
	if !strings.HasPrefix(got, "0 of 600") {
		t.Errorf("%s after collections: the streams are kept", got)
	}
}
