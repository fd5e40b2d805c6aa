package serve

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"

	"github.com/mcrepl/mcrepl/flags"
	"github.com/mcrepl/mcrepl/worker"
)

// A fetch handler's 101 response upgrades the connection: the end it
// accepted talks to the client, both ways, and the close handshake goes
// through (the Worker's end replies at once, from 2026-04-07).
func TestWebSocketUpgrade(t *testing.T) {
	base, log, _, stop := startWith(t, `export default {
		fetch(req) {
			if (req.headers.get('Upgrade') !== 'websocket') return new Response('not a handshake', { status: 426 });
			const [client, server] = Object.values(new WebSocketPair());
			server.accept();
			server.addEventListener('message', (e) => server.send('echo: ' + (typeof e.data === 'string' ? e.data : 'bytes ' + e.data.size)));
			server.addEventListener('close', (e) => console.log('server close', e.code, e.reason, server.readyState));
			server.send('welcome');
			return new Response(null, { status: 101, webSocket: client });
		},
	};`, false, func(cfg *Config, log io.Writer) {
		cfg.Worker = func(func() string) (*worker.Worker, error) {
			return worker.New(worker.Config{Flags: flags.Resolve("2026-11-01", nil), Stdout: log, Stderr: log})
		}
	})
	defer stop()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	c, resp, err := websocket.Dial(ctx, strings.Replace(base, "http://", "ws://", 1)+"/chat", nil)
	if err != nil {
		t.Fatalf("dial: %v (%v)\n%s", err, resp, log.String())
	}
	read := func() string {
		_, data, err := c.Read(ctx)
		if err != nil {
			t.Fatalf("read: %v\n%s", err, log.String())
		}
		return string(data)
	}
	if got := read(); got != "welcome" {
		t.Fatalf("first message %q", got)
	}
	if err := c.Write(ctx, websocket.MessageText, []byte("hi")); err != nil {
		t.Fatal(err)
	}
	if got := read(); got != "echo: hi" {
		t.Fatalf("echo %q", got)
	}
	if err := c.Write(ctx, websocket.MessageBinary, []byte{1, 2, 3}); err != nil {
		t.Fatal(err)
	}
	if got := read(); got != "echo: bytes 3" {
		t.Fatalf("binary echo %q", got)
	}
	if err := c.Close(websocket.StatusNormalClosure, "bye"); err != nil {
		t.Fatalf("close: %v\n%s", err, log.String())
	}
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(log.String(), "server close 1000 bye 3") && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if !strings.Contains(log.String(), "server close 1000 bye 3") {
		t.Fatalf("no close event on the Worker's end:\n%s", log.String())
	}
	// A plain request to the same handler is answered as usual.
	if r, err := httpGet(base + "/"); err != nil || r != "not a handshake" {
		t.Fatalf("plain request: %q, %v", r, err)
	}
}

func httpGet(url string) (string, error) {
	resp, err := http.Get(url)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return string(b), err
}
