package portmodel

import (
	"fmt"
	"strings"
	"testing"
)

// volumeScript posts perPort messages from each port of 100 channels, in
// rounds that interleave every port, both directions at once. Even channels
// listen all along (one microtask per message); odd ones go back to pending
// before each round and get their listener again after it, so their messages
// queue up and are released as batches. Every receiver checks that each
// message is the next number it expects, and the script prints the totals
// and every port's count.
const volumeScript = `const channels = 100, perPort = %d, perRound = 100;
let received = 0, outOfOrder = 0;
const ports = [];
for (let c = 0; c < channels; c++) {
  const { port1, port2 } = new MessageChannel();
  for (const p of [port1, port2]) {
    const r = { port: p, sent: 0, next: 0, listen: null };
    r.listen = e => {
      if (e.data !== r.next) outOfOrder++;
      r.next++;
      received++;
    };
    r.pending = c %% 2 === 1;
    ports.push(r);
  }
}
// A receiver is the peer of a sender: ports 2k and 2k+1 are a channel.
for (const r of ports) if (!r.pending) r.port.onmessage = r.listen;
function round() {
  for (const r of ports) if (r.pending) r.port.onmessage = null;
  for (let i = 0; i < perRound; i++) {
    for (let k = 0; k < ports.length; k++) {
      const s = ports[k ^ 1];
      if (s.sent < perPort) s.port.postMessage(s.sent++);
    }
  }
  for (const r of ports) if (r.pending) r.port.onmessage = r.listen;
  if (ports.some(r => r.sent < perPort)) setTimeout(round, 0);
  else setTimeout(() => console.log(received, outOfOrder, ports.map(r => r.next).join(',')), 0);
}
round();
`

// TestMillionMessages sends 1,000,000 messages through 100 channels and
// requires every one to arrive, in order, counted rather than sampled.
func TestMillionMessages(t *testing.T) {
	if testing.Short() {
		t.Skip("a million messages take seconds; skipped under -short")
	}
	const perPort = 5000 // 100 channels × 2 ports × 5,000 = 1,000,000
	out := runIsolate(t, fmt.Sprintf(volumeScript, perPort))
	var received, outOfOrder int
	var counts string
	if _, err := fmt.Sscan(out, &received, &outOfOrder, &counts); err != nil {
		t.Fatalf("unexpected output %q: %v", out, err)
	}
	if received != 1_000_000 || outOfOrder != 0 {
		t.Fatalf("received %d messages, %d out of order; want 1000000, 0", received, outOfOrder)
	}
	for i, c := range strings.Split(counts, ",") {
		if c != fmt.Sprint(perPort) {
			t.Fatalf("port %d received %s messages, want %d", i, c, perPort)
		}
	}
}
