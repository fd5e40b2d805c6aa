package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/mcrepl/mcrepl/command"
)

// update rewrites the files that scripts compare output with (cmp stdout
// FILE), as gofmt's -update does for its golden files: review the diff.
var update = flag.Bool("update", false, "rewrite the expected files in testdata/script")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"mcrepl": func() { os.Exit(command.Main(os.Args, os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScript runs every testdata/script/*.txtar. Besides testscript's own
// commands, scripts may use:
//
//	exits CODE PROGRAM [ARGS...]       run PROGRAM like exec; its exit code must be CODE
//	interrupt CODE PROGRAM [ARGS...]   start PROGRAM, send it SIGINT once it has
//	                                   written a line to stdout; its exit code must be CODE
//
// the condition [root] (running as root, who can read any file), and every
// script starts with MCREPL_TEST_NOW=2026-11-23 (the day the
// workerd outputs in testdata/conformance were recorded), MCREPL_HISTORY
// empty, and REPO set to the repository's root (for scripts/).
func TestScript(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		RequireExplicitExec: true,
		UpdateScripts:       *update,
		Setup: func(e *testscript.Env) error {
			root, err := os.Getwd()
			if err != nil {
				return err
			}
			e.Setenv("REPO", root)
			e.Setenv(command.TestNowEnv, "2026-11-23")
			e.Setenv("MCREPL_HISTORY", "")
			e.Setenv("REACT_MODULES", reactModules())
			return nil
		},
		Condition: func(cond string) (bool, error) {
			if cond == "root" { // root reads files whatever their mode
				return os.Geteuid() == 0, nil
			}
			if cond == "react" { // react and react-dom in $REACT_MODULES, for the examples that render
				_, err := os.Stat(filepath.Join(reactModules(), "react-dom", "server.browser.js"))
				return err == nil, nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"exits":      cmdExits,
			"interrupt":  cmdInterrupt,
			"echoserver": cmdEchoServer,
		},
	})
}

// reactModules is a node_modules folder with react and react-dom:
// $MCREPL_REACT_MODULES, else the reference tools' folder.
func reactModules() string {
	if d := os.Getenv("MCREPL_REACT_MODULES"); d != "" {
		return d
	}
	return "/work/tools/node_modules"
}

func wantCode(ts *testscript.TestScript, neg bool, args []string, usage string) int {
	if neg {
		ts.Fatalf("unsupported: ! %s", usage)
	}
	if len(args) < 2 {
		ts.Fatalf("usage: %s CODE PROGRAM [ARGS...]", usage)
	}
	code, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("%s: bad exit code %q", usage, args[0])
	}
	return code
}

func exitCode(ts *testscript.TestScript, err error) int {
	var ee *exec.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return ee.ExitCode()
	}
	ts.Fatalf("%v", err)
	return -1
}

func cmdExits(ts *testscript.TestScript, neg bool, args []string) {
	want := wantCode(ts, neg, args, "exits")
	if got := exitCode(ts, ts.Exec(args[1], args[2:]...)); got != want {
		ts.Fatalf("%s exited %d, want %d", args[1], got, want)
	}
}

// cmdEchoServer is "echoserver VAR": a TCP server on 127.0.0.1 that answers
// each line with "echo: " and the line, its address in $VAR, closed when the
// script ends (for cloudflare:sockets' examples).
func cmdEchoServer(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: echoserver VAR")
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	ts.Check(err)
	ts.Defer(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
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
			}()
		}
	}()
	ts.Setenv(args[0], ln.Addr().String())
}

func cmdInterrupt(ts *testscript.TestScript, neg bool, args []string) {
	want := wantCode(ts, neg, args, "interrupt")
	path, err := exec.LookPath(args[1])
	ts.Check(err)
	cmd := exec.Command(path, args[2:]...)
	cmd.Dir = ts.MkAbs(".")
	cmd.Env = os.Environ()
	for _, kv := range []string{command.TestNowEnv, "PATH", "HOME"} {
		cmd.Env = append(cmd.Env, kv+"="+ts.Getenv(kv))
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	ts.Check(err)
	ts.Check(cmd.Start())
	r := bufio.NewReader(out)
	first, err := r.ReadString('\n')
	if err != nil {
		_ = cmd.Process.Kill()
		ts.Fatalf("%s wrote no line before ending: %v", args[1], err)
	}
	ts.Check(cmd.Process.Signal(syscall.SIGINT))
	rest, _ := r.ReadString(0)
	got := exitCode(ts, cmd.Wait())
	fmt.Fprint(ts.Stdout(), first+rest)
	fmt.Fprint(ts.Stderr(), stderr.String())
	if got != want {
		ts.Fatalf("%s exited %d after SIGINT, want %d", args[1], got, want)
	}
}
