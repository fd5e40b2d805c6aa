package conformance_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coder/websocket"
)

// The network cases (testdata/conformance/net) need a server: a test()
// body that reaches WS and HTTP (ws:// and http:// of a local server,
// netServer) with new WebSocket() and fetch(). TestNetCases runs each
// through `mcrepl run --allow-net=127.0.0.1` and compares stdout with
// net/NAME.out, which workerd printed for the same body against the same
// server: MCREPL_RECORD_NET=1 go test ./internal/conformance -run
// TestNetCases re-records them with the workerd binary (a config whose
// globalOutbound may reach 127.0.0.1).

const netCorpus = corpus + "/net"

// netServer answers as the cases expect:
//
//	/reject        403 "no"
//	/seen          the last handshake's Sec-WebSocket-Protocol,
//	               Sec-WebSocket-Extensions and User-Agent
//	/welcome       a WebSocket that says "welcome", then echoes
//	/http/...      the node:http cases' routes (httpRoutes)
//	/dns-query     the node:dns cases' DNS-over-HTTPS answers (dohRoute)
//	anything else  a WebSocket (subprotocols chat and superchat,
//	               compression with ?deflate=1) that echoes each message
//	               but "close" (it closes with 4000 "bye") and "drop" (it
//	               drops the connection without a close frame)
func netServer(t *testing.T) (base string) {
	t.Helper()
	var mu sync.Mutex
	seen := ""
	mux := http.NewServeMux()
	mux.HandleFunc("/reject", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "no", http.StatusForbidden) })
	mux.HandleFunc("/seen", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		fmt.Fprint(w, seen)
	})
	httpRoutes(mux)
	mux.HandleFunc("/dns-query", dohRoute)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		seen = fmt.Sprintf("protocol=%q extensions=%q user-agent=%q", r.Header.Get("Sec-WebSocket-Protocol"), r.Header.Get("Sec-WebSocket-Extensions"), r.Header.Get("User-Agent"))
		mu.Unlock()
		mode := websocket.CompressionDisabled
		if r.URL.Query().Get("deflate") != "" {
			mode = websocket.CompressionContextTakeover
		}
		c, err := websocket.Accept(w, r, &websocket.AcceptOptions{Subprotocols: []string{"chat", "superchat"}, CompressionMode: mode})
		if err != nil {
			return
		}
		ctx := context.Background()
		if r.URL.Path == "/welcome" {
			_ = c.Write(ctx, websocket.MessageText, []byte("welcome"))
		}
		for {
			typ, data, err := c.Read(ctx)
			if err != nil {
				return
			}
			switch string(data) {
			case "close":
				_ = c.Close(4000, "bye")
				return
			case "drop":
				_ = c.CloseNow()
				return
			}
			if err := c.Write(ctx, typ, data); err != nil {
				return
			}
		}
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skipf("no local listener: %v", err)
	}
	srv := &http.Server{Handler: mux}
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() { _ = srv.Close() })
	return ln.Addr().String()
}

// httpRoutes are the node:http cases' (net/30-39):
//
//	/http/echo       200 text/plain: the method, the path and query, the
//	                 request's Host, Content-Type, Content-Length,
//	                 Authorization and X-* headers and its body; answered
//	                 with two Set-Cookie and two X-Multi headers
//	/http/status/N   status N, body "status N"
//	/http/redirect   302 to /http/echo
//	/http/slow       headers after 2 s (or when the client goes)
//	/http/stream     three chunks, 50 ms apart (?gap=MS: MS apart)
//	/http/big        200000 bytes of "x"
//	/http/gzip       "hello gzip", gzipped, with Content-Encoding: gzip
func httpRoutes(mux *http.ServeMux) {
	mux.HandleFunc("/http/big", func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write(bytes.Repeat([]byte("x"), 200000))
	})
	mux.HandleFunc("/http/gzip", func(w http.ResponseWriter, r *http.Request) {
		var b bytes.Buffer
		z := gzip.NewWriter(&b)
		_, _ = z.Write([]byte("hello gzip"))
		_ = z.Close()
		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Set("Content-Type", "text/plain")
		_, _ = w.Write(b.Bytes())
	})
	mux.HandleFunc("/http/echo", func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		var names []string
		for k := range r.Header {
			if k == "Content-Type" || k == "Authorization" || strings.HasPrefix(k, "X-") {
				names = append(names, k)
			}
		}
		sort.Strings(names)
		w.Header().Add("Set-Cookie", "a=1")
		w.Header().Add("Set-Cookie", "b=2")
		w.Header().Add("X-Multi", "one")
		w.Header().Add("X-Multi", "two")
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprintf(w, "%s %s host=%s length=%d", r.Method, r.URL.RequestURI(), r.Host, r.ContentLength)
		for _, k := range names {
			fmt.Fprintf(w, " %s=%q", strings.ToLower(k), strings.Join(r.Header[k], ","))
		}
		fmt.Fprintf(w, " body=%q", body)
	})
	mux.HandleFunc("/http/status/", func(w http.ResponseWriter, r *http.Request) {
		code, err := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/http/status/"))
		if err != nil || code < 200 || code > 999 {
			code = 400
		}
		w.WriteHeader(code)
		fmt.Fprintf(w, "status %d", code)
	})
	mux.HandleFunc("/http/redirect", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/http/echo", http.StatusFound)
	})
	mux.HandleFunc("/http/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(2 * time.Second):
		case <-r.Context().Done():
			return
		}
		fmt.Fprint(w, "slow")
	})
	mux.HandleFunc("/http/stream", func(w http.ResponseWriter, r *http.Request) {
		f, _ := w.(http.Flusher)
		for i := 1; i <= 3; i++ {
			fmt.Fprintf(w, "chunk%d;", i)
			if f != nil {
				f.Flush()
			}
			gap := 50 * time.Millisecond
			if ms, err := strconv.Atoi(r.URL.Query().Get("gap")); err == nil {
				gap = time.Duration(ms) * time.Millisecond
			}
			time.Sleep(gap)
		}
	})
}

// dohZone is what dohRoute knows, by name and type: each record's type
// number and data, as Cloudflare's DoH JSON gives them.
var dohZone = map[string]map[string][]struct {
	typ  int
	data string
}{
	"example.test.": {
		"A":    {{1, "192.0.2.10"}, {1, "192.0.2.11"}},
		"AAAA": {{28, "2001:db8::10"}},
		"MX":   {{15, "10 mail.example.test."}},
		"TXT":  {{16, `"v=spf1 -all"`}, {16, `"part one""part two"`}},
		"NS":   {{2, "ns1.example.test."}},
		"CAA":  {{257, `0 issue "ca.test"`}},
	},
	"www.example.test.": {
		"A":     {{5, "example.test."}, {1, "192.0.2.10"}},
		"CNAME": {{5, "example.test."}},
	},
	"v6.example.test.": {"AAAA": {{28, "2001:db8::6"}}},
}

var dohTypes = map[string]int{"A": 1, "AAAA": 28, "CNAME": 5, "MX": 15, "TXT": 16, "NS": 2, "CAA": 257, "PTR": 12, "SOA": 6, "SRV": 33, "NAPTR": 35}

// dohRoute answers /dns-query?name=N&type=T as cloudflare-dns.com does
// (application/dns-json) from dohZone: NXDOMAIN (Status 3, no Answer) for
// a name it does not know, 500 for servfail.test, an error object for
// bad.test, 415 without Accept: application/dns-json.
func dohRoute(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	name, typ := strings.TrimSuffix(q.Get("name"), ".")+".", q.Get("type")
	switch {
	case r.Header.Get("Accept") != "application/dns-json":
		http.Error(w, "unsupported media type", http.StatusUnsupportedMediaType)
		return
	case name == "servfail.test.":
		http.Error(w, "server failure", http.StatusInternalServerError)
		return
	case name == "bad.test.":
		w.Header().Set("Content-Type", "application/dns-json")
		fmt.Fprint(w, `{"error":"Invalid query name"}`)
		return
	}
	status, answers := 3, ""
	if recs, ok := dohZone[name]; ok {
		status = 0
		for i, rec := range recs[typ] {
			if i > 0 {
				answers += ","
			}
			owner := name
			if rec.typ != 5 && typ == "A" && name == "www.example.test." {
				owner = "example.test."
			}
			answers += fmt.Sprintf(`{"name":%q,"type":%d,"TTL":300,"data":%q}`, owner, rec.typ, rec.data)
		}
	}
	w.Header().Set("Content-Type", "application/dns-json")
	fmt.Fprintf(w, `{"Status":%d,"TC":false,"RD":true,"RA":true,"AD":false,"CD":false,"Question":[{"name":%q,"type":%d}]`, status, name, dohTypes[typ])
	if answers != "" {
		fmt.Fprintf(w, `,"Answer":[%s]`, answers)
	}
	fmt.Fprint(w, "}")
}

// tcpServer is the TCP server of the connect() cases (TCP), which echoes
// what it reads but for a read that starts with "bye" (it answers "bye!"
// and closes), "half" (it answers "half!" and ends its side, reading on)
// or "rst" (it resets the connection); refused is an address where nothing
// listens (REFUSED).
func tcpServer(t *testing.T) (addr, refused string) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skipf("no local listener: %v", err)
	}
	t.Cleanup(func() { _ = ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func(c *net.TCPConn) {
				defer c.Close()
				buf := make([]byte, 64<<10)
				for {
					n, err := c.Read(buf)
					b := buf[:n]
					switch {
					case bytes.HasPrefix(b, []byte("bye")):
						_, _ = c.Write([]byte("bye!"))
						return
					case bytes.HasPrefix(b, []byte("half")):
						_, _ = c.Write([]byte("half!"))
						_ = c.CloseWrite()
						continue
					case bytes.HasPrefix(b, []byte("rst")):
						_ = c.SetLinger(0)
						return
					}
					if n > 0 {
						if _, err := c.Write(b); err != nil {
							return
						}
					}
					if err != nil {
						return
					}
				}
			}(c.(*net.TCPConn))
		}
	}()
	free, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skipf("no local listener: %v", err)
	}
	refused = free.Addr().String()
	_ = free.Close()
	return ln.Addr().String(), refused
}

// netBody is a case's test() body with WS, HTTP, TCP and REFUSED
// defined, its date and its flags: the first line is "// date=YYYY-MM-DD",
// optionally followed by " flags=a,b".
func netBody(t *testing.T, file, addr, tcp, refused string) (body, date string, flags []string) {
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	first, _, _ := strings.Cut(string(src), "\n")
	date = strings.TrimPrefix(first, "// date=")
	if date == first {
		t.Fatalf("%s: the first line must be // date=YYYY-MM-DD", file)
	}
	if d, f, ok := strings.Cut(date, " flags="); ok {
		date, flags = d, strings.Split(f, ",")
	}
	return fmt.Sprintf("const WS = 'ws://%s', HTTP = 'http://%s', TCP = '%s', REFUSED = '%s';\n%s", addr, addr, tcp, refused, src), date, flags
}

func netModule(body string) string {
	return "export default {\n  async test() {\n" + body + "\n  },\n};\n"
}

func TestNetCases(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(netCorpus, "*.js"))
	if len(files) == 0 {
		t.Fatalf("no cases in %s", netCorpus)
	}
	addr := netServer(t)
	tcp, refused := tcpServer(t)
	record := os.Getenv("MCREPL_RECORD_NET") != ""
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".js")
		t.Run(name, func(t *testing.T) {
			body, date, flags := netBody(t, file, addr, tcp, refused)
			golden := filepath.Join(netCorpus, name+".out")
			if record {
				out := recordNet(t, body, date, flags)
				if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (record it: MCREPL_RECORD_NET=1 go test ./internal/conformance -run TestNetCases)", err)
			}
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "worker"), []byte(netModule(body)), 0o644); err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
			defer cancel()
			args := []string{"run", "--trace", "off", "--no-report", "--compat-date", date, "--allow-net=127.0.0.1"}
			for _, f := range flags {
				args = append(args, "--flag", f)
			}
			cmd := exec.CommandContext(ctx, mcrepl, append(args, "worker")...)
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "MCREPL_TEST_NOW=2026-11-23", "NO_COLOR=1", "MCREPL_HISTORY=", "TZ=UTC")
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			if err := cmd.Run(); err != nil {
				t.Fatalf("mcrepl: %v\nstdout:\n%s\nstderr:\n%s", err, stdout.String(), stderr.String())
			}
			if got := stdout.String(); got != string(want) {
				_ = os.WriteFile(golden+".got", []byte(got), 0o644)
				t.Errorf("stdout differs from workerd's (%s.got written):\n--- workerd\n%s--- mcrepl\n%s", golden, want, got)
			}
		})
	}
}

// recordNet runs body in `workerd test` with a network service that may
// reach local addresses, and returns its stdout.
func recordNet(t *testing.T, body, date string, flags []string) string {
	bin := os.Getenv("WORKERD")
	if bin == "" {
		bin = "/work/tools/node_modules/@cloudflare/workerd-linux-64/bin/workerd"
	}
	if _, err := os.Stat(bin); err != nil {
		t.Skipf("no workerd binary to record with (%s): set WORKERD", bin)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "worker"), []byte(netModule(body)), 0o644); err != nil {
		t.Fatal(err)
	}
	config := `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = ( services = [ (name = "main", worker = .w), (name = "net", network = (allow = ["private", "local", "public"])) ] );
const w :Workerd.Worker = ( modules = [ (name = "worker", esModule = embed "worker") ], compatibilityDate = "` + date + `", compatibilityFlags = [` + capnpList(flags) + `], globalOutbound = "net" );
`
	if err := os.WriteFile(filepath.Join(dir, "config.capnp"), []byte(config), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "test", "config.capnp")
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("workerd: %v\n%s", err, stderr.String())
	}
	return stdout.String()
}

// TestNetDenied: without --allow-net, new WebSocket() connects to nothing:
// the end fails as a refused handshake does (error, then close 1006), its
// error carries the TypeError that says how to allow the host, and stderr
// says it once. A fetch() upgrade is refused as any fetch() is.
func TestNetDenied(t *testing.T) {
	addr := netServer(t)
	body := fmt.Sprintf(`const ws = new WebSocket('ws://%s/echo');
ws.addEventListener('error', (e) => console.log('error', e.error.name, e.message));
await new Promise((r) => ws.addEventListener('close', (e) => { console.log('close', e.code, e.reason, ws.readyState); r(); }));
console.log(await fetch('http://%s/echo', { headers: { Upgrade: 'websocket' } }).then((r) => r.status, (e) => e.message));
`, addr, addr)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "worker"), []byte(netModule(body)), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(mcrepl, "run", "--trace", "off", "--no-report", "worker")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "NO_COLOR=1", "MCREPL_HISTORY=")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("mcrepl: %v\n%s", err, stderr.String())
	}
	how := " is not allowed: mcrepl reaches no network unless you allow it. Run with --allow-net to allow every host, or --allow-net=" + addr + " for this one."
	want := "error TypeError Uncaught TypeError: new WebSocket() of " + addr + how + "\n" +
		"close 1006 Failed to establish websocket connection 3\n" +
		"fetch() of " + addr + how + "\n"
	if got := stdout.String(); got != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", got, want)
	}
	warn := "new WebSocket('ws://" + addr + "/echo'): new WebSocket() of " + addr + how + "\n"
	if got := stderr.String(); got != warn {
		t.Errorf("stderr:\n%q\nwant:\n%q", got, warn)
	}
}

// capnpList is names as the items of a capnp list of strings.
func capnpList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = strconv.Quote(n)
	}
	return strings.Join(q, ", ")
}
