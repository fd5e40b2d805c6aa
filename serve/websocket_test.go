package serve

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"

	"github.com/mcrepl/mcrepl/flags"
	"github.com/mcrepl/mcrepl/trace"
	"github.com/mcrepl/mcrepl/worker"
	"github.com/mcrepl/mcrepl/worker/host"
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

// A fetch handler can proxy a WebSocket: it fetch()es an upstream server
// with Upgrade: websocket and returns the Response's webSocket in its own
// 101. Messages go both ways, the upstream's close frame reaches the
// client, and no event fires at the proxied end.
func TestWebSocketProxy(t *testing.T) {
	up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, err := websocket.Accept(w, r, nil)
		if err != nil {
			return
		}
		ctx := context.Background()
		_ = c.Write(ctx, websocket.MessageText, []byte("upstream says hi"))
		for {
			typ, data, err := c.Read(ctx)
			if err != nil {
				return
			}
			if string(data) == "close" {
				_ = c.Close(4000, "bye")
				return
			}
			_ = c.Write(ctx, typ, append([]byte("upstream: "), data...))
		}
	}))
	defer up.Close()
	base, log, _, stop := startWith(t, `export default {
		async fetch(req) {
			const r = await fetch('`+up.URL+`/ws', { headers: { Upgrade: 'websocket' } });
			return new Response(null, { status: 101, webSocket: r.webSocket });
		},
	};`, false, func(cfg *Config, log io.Writer) {
		cfg.Worker = func(func() string) (*worker.Worker, error) {
			return worker.New(worker.Config{Flags: flags.Resolve("2026-11-01", nil), Stdout: log, Stderr: log, EventLog: trace.Events,
				Permissions: host.Permissions{Net: []string{"127.0.0.1"}}})
		}
	})
	defer stop()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	c, resp, err := websocket.Dial(ctx, strings.Replace(base, "http://", "ws://", 1)+"/", nil)
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
	if got := read(); got != "upstream says hi" {
		t.Fatalf("first message %q", got)
	}
	if err := c.Write(ctx, websocket.MessageText, []byte("ping")); err != nil {
		t.Fatal(err)
	}
	if got := read(); got != "upstream: ping" {
		t.Fatalf("echo %q", got)
	}
	if err := c.Write(ctx, websocket.MessageText, []byte("close")); err != nil {
		t.Fatal(err)
	}
	_, _, err = c.Read(ctx)
	if code := websocket.CloseStatus(err); code != 4000 {
		t.Fatalf("the upstream's close reached the client as %v (%v)\n%s", code, err, log.String())
	}
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(log.String(), "WebSocket closed") && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	// A client that goes without a close frame takes the upstream
	// connection with it.
	c2, _, err := websocket.Dial(ctx, strings.Replace(base, "http://", "ws://", 1)+"/", nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := c2.Read(ctx); err != nil {
		t.Fatal(err)
	}
	_ = c2.CloseNow()
	for strings.Count(log.String(), "WebSocket closed") < 2 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	time.Sleep(50 * time.Millisecond)
	if strings.Contains(log.String(), "[event]") || strings.Contains(log.String(), "internal error") {
		t.Fatalf("the proxied end fired events or failed:\n%s", log.String())
	}
}
