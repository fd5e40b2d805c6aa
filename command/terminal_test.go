package command

import (
	"io"
	"strings"
	"testing"

	"github.com/creack/pty"
)

// TestColorOnTerminal: with standard output on a terminal, colour is on
// unless NO_COLOR, TERM=dumb or --no-color says otherwise.
func TestColorOnTerminal(t *testing.T) {
	tests := []struct {
		name string
		vars map[string]string
		args []string
		want bool
	}{
		{"terminal", nil, nil, true},
		{"NO_COLOR", map[string]string{"NO_COLOR": "1"}, nil, false},
		{"empty NO_COLOR", map[string]string{"NO_COLOR": ""}, nil, true},
		{"TERM=dumb", map[string]string{"TERM": "dumb"}, nil, false},
		{"--no-color", nil, []string{"--no-color"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctrl, tty, err := pty.Open()
			if err != nil {
				t.Skipf("no pty: %v", err)
			}
			defer ctrl.Close()
			e, _, stderr := testEnv("", tt.vars)
			e.stdout = tty
			args := append([]string{"mcrepl", "flags", "--compat-date", "2025-08-15"}, tt.args...)
			// Read while it writes: the table is longer than a pty's buffer,
			// and a write to a full pty blocks until someone reads.
			read := make(chan []byte)
			go func() {
				b, _ := io.ReadAll(ctrl) // ends with EIO once the tty is closed
				read <- b
			}()
			code := e.run(args)
			tty.Close()
			out := <-read
			if code != ExitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			if got := strings.Contains(string(out), green+"on"+reset); got != tt.want {
				t.Errorf("coloured = %v, want %v; output:\n%q", got, tt.want, out)
			}
		})
	}
}
