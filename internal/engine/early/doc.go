// Package early is the supervisor of mcrepl's JavaScript engine where it
// costs nothing: a C function that the dynamic loader runs as the
// executable's constructor, before the Go runtime starts.
//
// Package engine/supervisor starts the engine as a second process by
// fork+exec of the same binary: a second exec, dynamic loader and Go
// runtime start, about as much CPU as the engine's own start-up. Here the
// supervisor forks before any of that: the engine is the child, which
// returns from the constructor into the Go runtime's start as if nothing
// had happened (one process start in all, plus a fork of a process that
// has mapped almost nothing yet), and the parent never enters Go. It stays
// in C, single-threaded, and does what package engine/supervisor does
// (whose doc comment is the contract, and whose tests check the same
// messages): it relays the engine's runtime output and turns a crash dump
// into one line, forwards signals that did not come from the keyboard,
// restores the terminal, restarts an interactive shell with its history,
// kills an engine that outlives its --timeout, and exits with the
// engine's code. A restarted engine is forked again from the same
// pre-runtime state.
//
// The constructor decides as the Go supervisor does: no supervisor when
// MCREPL_ENGINE is set, for the commands that only print, and in a Go test
// binary's own run. Where it cannot decide (a libc that gives constructors
// no arguments) it leaves the decision to package engine/supervisor, and
// in builds without cgo, or not on Linux, that package is the supervisor.
//
// The package also holds engine.Trim's fast path (trim_linux.c, Trim): the
// same pages found and dropped with a few system calls in C; and its init
// function, among the first to run, starts the engine on one P until its
// first garbage collection (procs.go).
//
// The engine learns that it is one from State, not from the environment:
// the Go runtime reads the environment from the process's initial stack,
// which the constructor cannot extend.
package early
