package node_test

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

// node:net over TCP is recorded from workerd (testdata/conformance/net,
// cases 20-26). node:tls is mcrepl's own: a local workerd has no TLS
// configuration, so these tests check what Cloudflare's network does, with
// a server whose self-signed certificate the process trusts (SSL_CERT_FILE,
// which Go's crypto/x509 reads when it first loads the system roots: no
// other test of this package makes a TLS connection before these).

var serverCert tls.Certificate

// trustTestCert makes the process trust the test certificate
// (internal/testcert) and keeps it for the servers.
func trustTestCert(t *testing.T) {
	c, err := testcert.Trust()
	if err != nil {
		t.Fatal(err)
	}
	serverCert = c
}

// listen accepts connections on 127.0.0.1 and hands each to handle.
func listen(t *testing.T, handle func(net.Conn)) (host, port string) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skipf("no local listener: %v", err)
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
	host, port, _ = net.SplitHostPort(ln.Addr().String())
	return host, port
}

// echoLines answers each line with "echo: " and the line; "bye" ends the
// connection.
func echoLines(c net.Conn) {
	r := bufio.NewReader(c)
	for {
		line, err := r.ReadString('\n')
		if err != nil || line == "bye\n" {
			return
		}
		if _, err := io.WriteString(c, "echo: "+line); err != nil {
			return
		}
	}
}

// runModule runs an ES module worker's test() with 127.0.0.1 allowed.
func runModule(t *testing.T, src string) (stdout, stderr string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "w.mjs")
	if err := os.WriteFile(path, []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
	p, err := loader.Load(path, strings.NewReader(""))
	if err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	w, err := worker.New(worker.Config{Stdout: &out, Stderr: &errb, Flags: flags.Resolve("2026-11-23", nil),
		Permissions: host.Permissions{Net: []string{"127.0.0.1"}}})
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

func module(port, body string) string {
	return "import net from 'node:net';\nimport tls from 'node:tls';\nconst PORT = " + port +
		";\nconst log = (...a) => console.log(...a);\nexport default { async test() {\n" + body + "\n} };\n"
}

// tls.connect is TLS from the first byte: connect, then secureConnect (its
// callback), the data over TLS, the server's end, close.
func TestTLSConnect(t *testing.T) {
	trustTestCert(t)
	_, port := listen(t, func(c net.Conn) {
		echoLines(tls.Server(c, &tls.Config{Certificates: []tls.Certificate{serverCert}}))
	})
	out, errs := runModule(t, module(port, `
const s = tls.connect(PORT, '127.0.0.1', () => log('secureConnect cb', s.authorized, s.encrypted, s.secureConnecting));
log('sync', s instanceof tls.TLSSocket, s instanceof net.Socket, s.encrypted, s.authorized, s.connecting, s.readyState);
for (const ev of ['connect', 'secure', 'secureConnect', 'end', 'finish', 'close']) s.on(ev, (...a) => log('ev', ev, a.join(' '), s.readyState));
s.on('error', (e) => log('error', e.message));
s.setEncoding('utf8');
s.on('data', (d) => { log('data', JSON.stringify(d)); s.write('bye\n'); });
s.write('hello\n');
await new Promise((r) => s.on('close', r));
log('after', s.bytesRead, s.bytesWritten, s.destroyed);
`))
	want := strings.Join([]string{
		"sync true true true false true opening",
		// The TLSSocket's own connect listener (secure, then
		// secureConnect and its callback) comes before the script's.
		"secureConnect cb true true false",
		"ev secureConnect  open",
		"ev secure  open",
		"ev connect  open",
		`data "echo: hello\n"`,
		"ev end  writeOnly",
		"ev finish  closed",
		"ev close false closed",
		"after 12 10 true",
	}, "\n") + "\n"
	if out != want || errs != "" {
		t.Errorf("stdout:\n%s\nwant:\n%s\nstderr %q", out, want, errs)
	}
}

// A plain connection upgraded: net.connect, a STARTTLS exchange in clear
// text, then tls.connect({ socket }) upgrades the same connection with
// startTls(). As in workerd, the TLSSocket has the connection's local
// address but not its peer's, and the plain socket stays open;
// new tls.TLSSocket(socket) alone starts nothing (workerd's _start runs
// from tls.connect only).
func TestTLSUpgrade(t *testing.T) {
	trustTestCert(t)
	_, port := listen(t, func(c net.Conn) {
		r := bufio.NewReader(c)
		if line, err := r.ReadString('\n'); err != nil || line != "STARTTLS\n" {
			return
		}
		if _, err := io.WriteString(c, "OK\n"); err != nil {
			return
		}
		echoLines(tls.Server(c, &tls.Config{Certificates: []tls.Certificate{serverCert}}))
	})
	out, errs := runModule(t, module(port, `
const plain = net.connect(PORT, '127.0.0.1');
plain.write('STARTTLS\n');
const ok = await new Promise((r) => plain.once('data', r));
log('plain', JSON.stringify(String(ok)), plain.encrypted);
const idle = new tls.TLSSocket(plain);
idle.on('secure', () => log('idle secure'));
await new Promise((r) => setTimeout(r, 50));
log('idle', idle.encrypted, idle._handle === plain._handle, idle._handle.socket.secureTransport, idle.readyState);
const s = tls.connect({ socket: plain, servername: 'localhost' });
log('upgrading', s.encrypted, s.remoteAddress, JSON.stringify(s.address()));
s.on('secureConnect', () => log('secureConnect', s.authorized));
s.on('secure', () => log('secure'));
await new Promise((r) => s.once('connect', r));
log('connected', s._handle.socket.secureTransport, s.readyState);
s.write('over tls\n');
const d = await new Promise((r) => s.once('data', r));
log('data', JSON.stringify(String(d)));
s.on('close', () => log('tls close'));
s.end('bye\n');
await new Promise((r) => s.on('close', r));
log('done', s.destroyed, plain.destroyed, plain.readyState);
plain.destroy();
`))
	want := strings.Join([]string{
		`plain "OK\n" undefined`,
		"idle true true starttls open",
		`upgrading true undefined {"address":"240.1.0.1","family":"IPv4","port":49152}`,
		"secureConnect true",
		"secure",
		"connected on open",
		`data "echo: over tls\n"`,
		"tls close",
		"done true false open",
	}, "\n") + "\n"
	if out != want || errs != "" {
		t.Errorf("stdout:\n%s\nwant:\n%s\nstderr %q", out, want, errs)
	}
}

// A TLS connection to a plain server: the handshake fails and the socket
// ends with an error (the reason on stderr), never secureConnect.
func TestTLSPlainServer(t *testing.T) {
	trustTestCert(t)
	_, port := listen(t, func(c net.Conn) { _, _ = io.WriteString(c, "not tls\n") })
	out, errs := runModule(t, module(port, `
const s = tls.connect({ port: PORT, host: '127.0.0.1' }, () => log('secureConnect'));
s.on('error', (e) => log('error', e.name, e.message));
s.on('close', (e) => log('close', e));
await new Promise((r) => s.on('close', r));
`))
	want := "error Error proxy request failed, cannot connect to the specified address\nclose true\n"
	if out != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", out, want)
	}
	if !strings.Contains(strings.ToLower(errs), "tls") {
		t.Errorf("stderr %q: want the handshake's failure", errs)
	}
}

// tls.connect({ socket, servername }) checks the certificate against the
// servername (startTls's expectedServerHostname), not the host.
func TestTLSServername(t *testing.T) {
	trustTestCert(t)
	_, port := listen(t, func(c net.Conn) {
		echoLines(tls.Server(c, &tls.Config{Certificates: []tls.Certificate{serverCert}}))
	})
	out, errs := runModule(t, module(port, `
const plain = net.connect(PORT, '127.0.0.1');
await new Promise((r) => plain.once('connect', r));
const s = tls.connect({ socket: plain, servername: 'other.example' }, () => log('secureConnect'));
s.on('error', (e) => log('error', e.message));
s.on('close', (e) => log('close', e));
await new Promise((r) => s.on('close', r));
plain.destroy();
`))
	want := "error proxy request failed, cannot connect to the specified address\nclose true\n"
	if out != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", out, want)
	}
	if !strings.Contains(errs, "other.example") {
		t.Errorf("stderr %q: want the certificate's failure for other.example", errs)
	}
}
