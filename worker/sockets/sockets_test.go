package sockets_test

import (
	"bufio"
	"bytes"
	"context"
	"crypto/tls"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mcrepl/mcrepl/flags"
	"github.com/mcrepl/mcrepl/internal/testcert"
	"github.com/mcrepl/mcrepl/loader"
	"github.com/mcrepl/mcrepl/worker"
	"github.com/mcrepl/mcrepl/worker/host"
)

// The TCP cases (echo, argument checks, close) are recorded from workerd
// in testdata/conformance/net. TLS is mcrepl's own: a local workerd has no
// TLS configuration and fails both secureTransport "on" and startTls(), so
// these tests check what Cloudflare's network does against a server whose
// self-signed certificate the process trusts (SSL_CERT_FILE, read by Go's
// crypto/x509 when it first loads the system roots).

var serverCert tls.Certificate

func TestMain(m *testing.M) {
	c, err := testcert.Trust()
	if err != nil {
		panic(err)
	}
	serverCert = c
	os.Exit(m.Run())
}

// serve accepts connections on 127.0.0.1 and hands each to handle.
func serve(t *testing.T, handle func(net.Conn)) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				handle(c)
			}()
		}
	}()
	return ln.Addr().String()
}

// echoLines answers each line with "echo: " and the line, until EOF.
func echoLines(c net.Conn) {
	r := bufio.NewReader(c)
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		if _, err := io.WriteString(c, "echo: "+line); err != nil {
			return
		}
	}
}

// run loads src as an ES module worker with 127.0.0.1 allowed and returns
// its stdout and stderr.
func run(t *testing.T, net []string, src string) (stdout, stderr string) {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "w.mjs")
	if err := os.WriteFile(path, []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
	p, err := loader.Load(path, strings.NewReader(""))
	if err != nil {
		t.Fatal(err)
	}
	fl, rep := flags.Validate("2026-11-17", nil, time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC))
	if fl == nil {
		t.Fatal(rep)
	}
	var out, errb bytes.Buffer
	w, err := worker.New(worker.Config{Stdout: &out, Stderr: &errb, Flags: fl, Permissions: host.Permissions{Net: net}})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := p.Run(ctx, w); err != nil {
		t.Fatalf("run: %v\nstdout %s\nstderr %s", err, out.String(), errb.String())
	}
	return out.String(), errb.String()
}

// A script that writes a line, reads the answer and closes.
const exchange = `import { connect } from "cloudflare:sockets";
export default { async test() {
  const sock = connect(ADDR, { secureTransport: MODE });
  const info = await sock.opened;
  console.log("opened", typeof info.remoteAddress, sock.secureTransport);
  const w = sock.writable.getWriter();
  await w.write(new TextEncoder().encode("hello\n"));
  const r = sock.readable.getReader();
  const { value } = await r.read();
  console.log(JSON.stringify(new TextDecoder().decode(value)));
  await sock.close();
  console.log("closed");
} };
`

func script(addr, mode string) string {
	return strings.NewReplacer("ADDR", `"`+addr+`"`, "MODE", `"`+mode+`"`).Replace(exchange)
}

// secureTransport "on" talks TLS from the first byte, the host name (here
// the IP address) checked against the server's certificate.
func TestSecureTransportOn(t *testing.T) {
	addr := serve(t, func(c net.Conn) {
		tc := tls.Server(c, &tls.Config{Certificates: []tls.Certificate{serverCert}})
		echoLines(tc)
	})
	out, errs := run(t, []string{"127.0.0.1"}, script(addr, "on"))
	want := "opened string on\n\"echo: hello\\n\"\nclosed\n"
	if out != want || errs != "" {
		t.Errorf("stdout %q, want %q; stderr %q", out, want, errs)
	}
}

// A plain server on a TLS socket: the handshake fails, opened and closed
// reject with workerd's connect failure.
func TestSecureTransportOnPlainServer(t *testing.T) {
	addr := serve(t, echoLines)
	src := `import { connect } from "cloudflare:sockets";
export default { async test() {
  const sock = connect("` + addr + `", { secureTransport: "on" });
  const [o, c] = await Promise.allSettled([sock.opened, sock.closed]);
  console.log(o.status, o.reason.message);
  console.log(c.status, c.reason.message);
} };
`
	out, errs := run(t, []string{"127.0.0.1"}, src)
	want := "rejected proxy request failed, cannot connect to the specified address\n" +
		"rejected proxy request failed, cannot connect to the specified address\n"
	if out != want {
		t.Errorf("stdout %q, want %q", out, want)
	}
	if !strings.Contains(errs, "tls") && !strings.Contains(errs, "TLS") {
		t.Errorf("stderr %q: want the handshake's failure", errs)
	}
}

// STARTTLS: plain text first, then startTls() upgrades the same
// connection; the old socket is upgraded and closed, the new one is TLS.
func TestStartTLS(t *testing.T) {
	addr := serve(t, func(c net.Conn) {
		r := bufio.NewReader(c)
		line, err := r.ReadString('\n')
		if err != nil || line != "STARTTLS\n" {
			return
		}
		if _, err := io.WriteString(c, "OK\n"); err != nil {
			return
		}
		tc := tls.Server(c, &tls.Config{Certificates: []tls.Certificate{serverCert}})
		echoLines(tc)
	})
	src := `import { connect } from "cloudflare:sockets";
export default { async test() {
  const plain = connect("` + addr + `", { secureTransport: "starttls" });
  const w = plain.writable.getWriter();
  await w.write(new TextEncoder().encode("STARTTLS\n"));
  const r = plain.readable.getReader();
  console.log(JSON.stringify(new TextDecoder().decode((await r.read()).value)));
  r.releaseLock(); w.releaseLock();
  const secure = plain.startTls();
  await plain.closed;
  console.log("plain", plain.upgraded, secure.upgraded, secure.secureTransport);
  try { plain.startTls(); } catch (e) { console.log(e.constructor.name, e.message); }
  try { secure.startTls(); } catch (e) { console.log(e.constructor.name, e.message); }
  await secure.opened;
  const sw = secure.writable.getWriter();
  await sw.write("over tls\n");
  const sr = secure.readable.getReader();
  console.log(JSON.stringify(new TextDecoder().decode((await sr.read()).value)));
  await secure.close();
  console.log("done");
} };
`
	out, errs := run(t, []string{"127.0.0.1"}, src)
	want := strings.Join([]string{
		`"OK\n"`,
		"plain true false on",
		"TypeError startTls has already been called on this socket, or the socket was transferred over RPC.",
		"TypeError Cannot startTls on a TLS socket.",
		`"echo: over tls\n"`,
		"done",
	}, "\n") + "\n"
	if out != want || errs != "" {
		t.Errorf("stdout:\n%s\nwant:\n%s\nstderr %q", out, want, errs)
	}
}

// Without --allow-net naming the host, nothing connects: the socket fails
// as an unreachable address does and stderr says how to allow it.
func TestConnectDenied(t *testing.T) {
	hit := make(chan struct{}, 1)
	addr := serve(t, func(net.Conn) { hit <- struct{}{} })
	src := `import { connect } from "cloudflare:sockets";
export default { async test() {
  const sock = connect("` + addr + `");
  const [o] = await Promise.allSettled([sock.opened, sock.closed]);
  console.log(o.status, o.reason.constructor.name);
} };
`
	out, errs := run(t, nil, src)
	if out != "rejected TypeError\n" {
		t.Errorf("stdout %q", out)
	}
	if !strings.Contains(errs, "--allow-net") {
		t.Errorf("stderr %q: want the --allow-net hint", errs)
	}
	select {
	case <-hit:
		t.Error("the server was reached without --allow-net")
	case <-time.After(50 * time.Millisecond):
	}
}
