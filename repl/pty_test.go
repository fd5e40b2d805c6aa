//go:build linux

package repl

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"
	"golang.org/x/sys/unix"
)

// The key-level tests run the shell in a child process on a pseudo-terminal:
// the test binary re-executes itself with childEnv set, and TestMain turns
// that child into `mcrepl` in interactive mode. The pty makes the child's
// terminal its controlling terminal, so Ctrl-C reaches it as a key at the
// prompt and as SIGINT while JS runs, exactly as for a user.
const childEnv = "MCREPL_REPL_TEST_CHILD"

func TestMain(m *testing.M) {
	if os.Getenv(childEnv) == "1" {
		os.Exit(Run(context.Background(), Config{
			Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr,
			Interactive: true,
			HistoryPath: os.Getenv("MCREPL_HISTORY"),
		}))
	}
	os.Exit(m.Run())
}

// term is a shell running on a pty.
type term struct {
	t    testing.TB
	cmd  *exec.Cmd
	tty  *os.File // the master side
	pts  *os.File // the terminal side, as the child has it
	mu   sync.Mutex
	buf  bytes.Buffer
	mark int // expect searches after this offset
	done chan struct{}
}

// failAfter is how long expect waits before failing the test: a bound on a
// hung shell, not an assertion about speed.
const failAfter = 20 * time.Second

func startTerm(t testing.TB, env ...string) *term {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"=1", "TERM=xterm")
	cmd.Env = append(cmd.Env, env...)
	tty, pts, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	if err := pty.Setsize(tty, &pty.Winsize{Rows: 40, Cols: 120}); err != nil {
		t.Fatal(err)
	}
	cmd.Stdin, cmd.Stdout, cmd.Stderr = pts, pts, pts
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	tm := &term{t: t, cmd: cmd, tty: tty, pts: pts, done: make(chan struct{})}
	go func() {
		defer close(tm.done)
		b := make([]byte, 4096)
		for {
			n, err := tty.Read(b)
			tm.mu.Lock()
			tm.buf.Write(b[:n])
			tm.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		tty.Close()
		pts.Close()
	})
	tm.expect("> ")
	return tm
}

func (tm *term) send(s string) {
	tm.t.Helper()
	if _, err := tm.tty.WriteString(s); err != nil {
		tm.t.Fatalf("write to pty: %v", err)
	}
}

// expect waits until want appears in the output after the mark, and moves
// the mark past it.
func (tm *term) expect(want string) {
	tm.t.Helper()
	deadline := time.Now().Add(failAfter)
	for {
		tm.mu.Lock()
		out := tm.buf.String()
		tm.mu.Unlock()
		if i := strings.Index(out[tm.mark:], want); i >= 0 {
			tm.mark += i + len(want)
			return
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("did not see %q; output after mark:\n%q", want, out[tm.mark:])
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// waitCooked waits until the terminal is in cooked mode: readline has
// returned the line and the shell is running it, so that Ctrl-C now arrives
// as SIGINT rather than as a key.
func (tm *term) waitCooked() {
	tm.t.Helper()
	tm.waitMode(true)
}

// waitRaw waits until the shell has put the terminal in raw mode (it reads
// the next entry): a Ctrl-D sent before that is the line discipline's
// end-of-file, not the key readline acts on.
func (tm *term) waitRaw() {
	tm.t.Helper()
	tm.waitMode(false)
}

func (tm *term) waitMode(cooked bool) {
	tm.t.Helper()
	deadline := time.Now().Add(failAfter)
	for {
		st, err := unix.IoctlGetTermios(int(tm.pts.Fd()), unix.TCGETS)
		if err != nil {
			tm.t.Fatalf("termios: %v", err)
		}
		if (st.Lflag&unix.ICANON != 0) == cooked {
			return
		}
		if time.Now().After(deadline) {
			mode := "raw"
			if !cooked {
				mode = "cooked"
			}
			tm.t.Fatalf("the terminal never left %s mode; output:\n%q", mode, tm.output())
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// output is everything the shell printed so far.
func (tm *term) output() string {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	return tm.buf.String()
}

// exitCode waits for the shell to exit.
func (tm *term) exitCode() int {
	tm.t.Helper()
	errc := make(chan error, 1)
	go func() { errc <- tm.cmd.Wait() }()
	select {
	case err := <-errc:
		if err != nil {
			if ee, ok := err.(*exec.ExitError); ok {
				return ee.ExitCode()
			}
			tm.t.Fatalf("wait: %v", err)
		}
		return 0
	case <-time.After(failAfter):
		tm.t.Fatalf("the shell did not exit; output:\n%q", tm.output())
		return -1
	}
}

const ctrlC = "\x03"

func TestTermCtrlCInterruptsRunawayLoop(t *testing.T) {
	tm := startTerm(t)
	tm.send("let kept = 'still here'\r")
	tm.expect("undefined")
	// The expected text is built by the JS so that the echo of the typed
	// line does not match it.
	tm.send("console.log('loop' + 'ing'); while (true) {}\r")
	tm.expect("looping")
	start := time.Now()
	tm.send(ctrlC)
	tm.expect("Script execution was interrupted by SIGINT")
	t.Logf("Ctrl-C latency while(true){}: %v", time.Since(start))
	tm.expect("> ")
	tm.send("kept + '!'\r")
	tm.expect("'still here!'")
}

func TestTermCtrlCInterruptsStuckHandler(t *testing.T) {
	tm := startTerm(t)
	tm.send("setTimeout(() => { console.log('hand' + 'ler'); while (true) {} }, 10)\r")
	tm.expect("handler")
	start := time.Now()
	tm.send(ctrlC)
	tm.expect("Script execution was interrupted by SIGINT")
	t.Logf("Ctrl-C latency, stuck timer handler at the prompt: %v", time.Since(start))
	tm.send("6 * 7\r")
	tm.expect("42")
}

func TestTermCtrlCUnblocksEntryBehindStuckHandler(t *testing.T) {
	tm := startTerm(t)
	tm.send("setTimeout(() => { console.log('hand' + 'ler'); while (true) {} }, 10)\r")
	tm.expect("handler")
	// The entry waits for the loop, which the handler holds.
	tm.send("6 * 7\r")
	tm.waitCooked()
	tm.send(ctrlC)
	tm.expect("42")
	tm.send(".ports\r")
	tm.expect("no ports")
}

// An interrupt inside an async function leaves goja unable to run promise
// jobs; the shell notices and starts a fresh isolate.
func TestTermCtrlCInsideAsyncFunction(t *testing.T) {
	tm := startTerm(t)
	tm.send("await null; console.log('spin' + 'ning'); while (true) {}\r")
	tm.expect("spinning")
	tm.waitCooked()
	tm.send(ctrlC)
	tm.expect("Script execution was interrupted by SIGINT")
	tm.expect("starting a fresh isolate")
	tm.send("await Promise.resolve(6 * 7)\r")
	tm.expect("42")
}

func TestTermCtrlCCancelsAwait(t *testing.T) {
	tm := startTerm(t)
	tm.send("await new Promise(() => console.log('wait' + 'ing'))\r")
	tm.expect("waiting")
	tm.send(ctrlC)
	tm.expect("Script execution was interrupted by SIGINT")
	tm.send("const after = await Promise.resolve(5)\r")
	tm.expect("undefined")
	tm.send("after * 2\r")
	tm.expect("10")
}

func TestTermCtrlCTwiceExits(t *testing.T) {
	tm := startTerm(t)
	tm.send("1 +")
	tm.send(ctrlC) // clears the partial line
	tm.expect("> ")
	tm.send(ctrlC)
	tm.expect("(To exit, press Ctrl+C again or Ctrl+D or type .exit)")
	tm.send(ctrlC)
	if code := tm.exitCode(); code != 0 {
		t.Fatalf("exit code %d, want 0", code)
	}
}

func TestTermCtrlDExits(t *testing.T) {
	tm := startTerm(t)
	tm.waitRaw()
	tm.send("\x04")
	if code := tm.exitCode(); code != 0 {
		t.Fatalf("exit code %d, want 0", code)
	}
}

func TestTermTabCompletion(t *testing.T) {
	tm := startTerm(t)
	tm.send("const mc = new MessageChannel()\r")
	tm.expect("undefined")
	// A chain of plain names completes.
	tm.send("mc.port1.po\t")
	tm.expect("stMessage")
	tm.send(" === mc.port1.postMessage\r")
	tm.expect("true")
	// A chain after a call completes nothing: the Tab is a no-op and the
	// line evaluates as typed.
	tm.send("new MessageChannel().port1.po\t === undefined\r")
	tm.expect("true")
	// Completion never runs a getter.
	tm.send("const o = { get g() { console.log('GETTER' + ' RAN'); return {} } }\r")
	tm.expect("undefined")
	tm.send("o.g.\t\t")
	tm.send(ctrlC)
	tm.send(".fl\t\r")
	tm.expect("compatibility date")
	// An Enter that picks a candidate from the list ends no line: the next
	// entry runs at once.
	tm.send("mc.port1.\t\t\r")
	tm.send(ctrlC)
	tm.send("'picked' + '!'\r")
	tm.expect("'picked!'")
	// mcrepl's entry function is not offered (were it completed, typeof would
	// say 'function'), and goja's GoError is no global.
	tm.send("typeof __mcrepl_en\t + typeof GoErr\t\r")
	tm.expect("'undefinedundefined'")
	if strings.Contains(tm.output(), "GETTER RAN") {
		t.Fatalf("completion ran a getter:\n%q", tm.output())
	}
}

func TestTermAsyncOutputKeepsTypedText(t *testing.T) {
	tm := startTerm(t)
	tm.send("setTimeout(() => console.log('fired'), 300)\r")
	tm.expect("> ")
	tm.send("20 +")
	tm.expect("fired")
	tm.expect("20 +") // the prompt and the typed text are redrawn below it
	tm.send(" 22\r")
	tm.expect("42")
}

func TestTermPastedChain(t *testing.T) {
	tm := startTerm(t)
	tm.send("[1, 2, 3]\r  .map(x => x * 10)\r  .filter(x => x > 10)\r")
	tm.expect("[ 20, 30 ]")
	tm.send("_.length\r")
	tm.expect("2")
}

func TestTermTypedChain(t *testing.T) {
	tm := startTerm(t)
	tm.send("[3, 1, 2]\r")
	tm.expect("[ 3, 1, 2 ]")
	// Typed after the entry ran: the chain continues on its result.
	tm.send("  .sort()\r")
	tm.expect("[ 1, 2, 3 ]")
	tm.send(".map(x => x * 10)\r")
	tm.expect("[ 10, 20, 30 ]")
}

func TestTermMultilineHistory(t *testing.T) {
	hist := filepath.Join(t.TempDir(), "history")
	tm := startTerm(t, "MCREPL_HISTORY="+hist)
	tm.send("[1,\r2].length\r")
	tm.expect("2")
	tm.send("\x1b[A\r") // Up recalls the whole entry
	tm.expect("2")
	tm.send(".exit\r")
	if code := tm.exitCode(); code != 0 {
		t.Fatalf("exit code %d", code)
	}
	data, err := os.ReadFile(hist)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(data), "[1,\\n2].length\n[1,\\n2].length\n.exit\n"; got != want {
		t.Fatalf("history file %q, want %q", got, want)
	}
	fi, err := os.Stat(hist)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Fatalf("history mode %v, want 0600", fi.Mode().Perm())
	}

	// A new session recalls it as one entry.
	tm = startTerm(t, "MCREPL_HISTORY="+hist)
	tm.send("\x1b[A\x1b[A\r")
	tm.expect("2")
}

func TestTermBannerHintAndExitReport(t *testing.T) {
	tm := startTerm(t)
	if out := tm.output(); !strings.Contains(out, "mcrepl devel (workerd ") || !strings.Contains(out, "Type .help for help") {
		t.Fatalf("no banner before the first prompt:\n%q", out)
	}
	// The changelog's own example: the post sits on port1, which nobody
	// listens to. The hint follows the entry at once.
	tm.send("const { port1, port2 } = new MessageChannel(); port2.onmessage = () => {}; port2.postMessage('hi')\r")
	tm.expect("[hint] ch1.port1: 1 message still queued (posted on ch1.port2); fix: post on ch1.port1")
	tm.expect("(.report says why)")
	// An entry that adds nothing to the report gives no hint.
	tm.send("1 + 1\r")
	tm.expect("2")
	tm.expect("> ")
	if strings.Count(tm.output(), "[hint]") != 1 {
		t.Fatalf("a second hint for the same message:\n%q", tm.output())
	}
	tm.waitRaw()
	tm.send("\x04")
	tm.expect("[report] what did not happen:")
	if code := tm.exitCode(); code != 0 {
		t.Fatalf("exit code %d, want 0", code)
	}
}

// An entry typed ahead while a stuck handler holds the isolate survives the
// Ctrl-C that stops the handler, and the user is told what stopped.
func TestTermCtrlCKeepsTypeAhead(t *testing.T) {
	tm := startTerm(t)
	tm.send("setTimeout(() => { console.log('hand' + 'ler'); while (true) {} }, 10)\r")
	tm.expect("handler")
	tm.send("6 * 7\r")
	tm.waitCooked()
	tm.send("'typed' + ' ahead'\r")
	time.Sleep(100 * time.Millisecond)
	tm.send(ctrlC)
	tm.expect("a timer or message handler held the isolate; your entry runs now")
	tm.expect("42")
	tm.expect("'typed ahead'")
}

// Editing a recalled multi-line entry redraws it in place: readline holds it
// as one line (␤ between its lines), so no copy is printed per key.
func TestTermEditRecalledMultilineEntry(t *testing.T) {
	tm := startTerm(t)
	tm.send("[1,\r2].length\r")
	tm.expect("2")
	tm.expect("> ")
	tm.send("\x1b[A")
	tm.expect("[1,\u24242].length")
	tm.send(" + 40")
	tm.expect("[1,\u24242].length + 40")
	tm.send("\r")
	tm.expect("42")
	if n := strings.Count(tm.output(), "[1,\r\n"); n > 1 {
		t.Fatalf("the recalled entry was printed with its line break %d times:\n%q", n, tm.output())
	}
}

// The first Ctrl-C after a completion list clears the typed text, as
// everywhere else: the next entry runs alone.
func TestTermCtrlCAfterCompletionList(t *testing.T) {
	tm := startTerm(t)
	tm.send("const mc = new MessageChannel()\r")
	tm.expect("undefined")
	tm.send("mc.port1.\t\t")
	tm.expect("postMessage")
	tm.send(ctrlC)
	tm.send("6 * 7\r")
	tm.expect("42")
	if strings.Contains(tm.output(), "Uncaught SyntaxError") {
		t.Fatalf("the text before Ctrl-C was kept:\n%q", tm.output())
	}
}

// pastedLine is a string literal of about n bytes as a paste delivers it:
// ASCII, a two-byte letter, and the private-use character that stands for
// pasted text inside the shell (pasteRune), which must come through as
// itself.
func pastedLine(n int) (string, int) {
	body := strings.Repeat("abcdefghij", n/10) + "é\uf8ff"
	return "'" + body + "'", n/10*10 + 2
}

// TestTermPasteLongLine: a long line pasted into the shell reaches it
// whole, wherever the cursor is. readline redraws the line for each rune it
// inserts, which made a paste quadratic (40 KB took 93 s); the shell hands
// readline the runs of plain text that arrive together in one piece.
func TestTermPasteLongLine(t *testing.T) {
	tm := startTerm(t)
	line, n := pastedLine(40_000)
	tm.send(line)
	tm.send(".length\r")
	tm.expect(strconv.Itoa(n) + "\r\n")
	// A paste at the start of a line (Ctrl-A) goes before the text there.
	tm.send(line)
	tm.send("\x01")
	tm.send("(" + strings.Repeat("x", 100) + " => 0, ")
	tm.send("\x05).length\r")
	tm.expect(strconv.Itoa(n) + "\r\n")
	tm.send("\x01") // an empty line, and the entry's value again
	tm.send("'" + strings.Repeat("y", 100) + "' + 1\r")
	tm.expect(strings.Repeat("y", 100) + "1'\r\n")
}

// BenchmarkTermPaste pastes one long line into the shell and waits for its
// value: linear in the line's length.
func BenchmarkTermPaste(b *testing.B) {
	for _, size := range []int{2_500, 5_000, 10_000, 40_000, 160_000} {
		b.Run(strconv.Itoa(size), func(b *testing.B) {
			tm := startTerm(b)
			line, n := pastedLine(size)
			for b.Loop() {
				tm.send(line + ".length\r")
				tm.expect(strconv.Itoa(n) + "\r\n")
			}
		})
	}
}
