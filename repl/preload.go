package repl

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/loader"
)

// moduleExt reports whether ext (lower case) is an extension that makes a
// preloaded file a module without looking at it, as for `mcrepl run`.
func moduleExt(ext string) bool {
	switch ext {
	case ".mjs", ".ts", ".mts", ".cts", ".tsx", ".jsx":
		return true
	}
	return false
}

// preload runs the file of `mcrepl shell FILE` (or `mcrepl -i FILE`) in the
// fresh isolate before the first prompt. A classic script runs as one
// script in the global scope, so its top-level declarations are the
// session's. A module is imported: its named exports become globals of the
// same names and its default export (the Worker's handlers) is `worker`.
// What it brought in is said in one line. It reports false when the file
// could not be run (the error is printed).
func (s *session) preload(path string) bool {
	if why := loader.CheckFile(path); why != "" {
		s.println(s.errw, "mcrepl: cannot read "+why)
		return false
	}
	src, err := os.ReadFile(path)
	if err != nil {
		s.println(s.errw, fmt.Sprintf("mcrepl: cannot read %s: %v", path, errors.Unwrap(err)))
		return false
	}
	if err := loader.BinarySourceError(path, string(src)); err != nil {
		// Neither goja's script parser nor the import below should see it:
		// they would record an error for nearly every byte (loader/binary.go).
		s.println(s.errw, "mcrepl: "+err.Error())
		return false
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	if !moduleExt(strings.ToLower(filepath.Ext(path))) {
		if prg, err := compile(path, string(src)); err == nil {
			ok := true
			s.w.Do(func(rt *goja.Runtime) {
				defer s.recoverInternal()
				if _, err := rt.RunProgram(prg); err != nil {
					s.reportError(rt, err)
					ok = false
				}
			})
			if ok {
				s.println(s.out, "[shell] ran "+path+" as a script: its top-level declarations are yours")
			}
			return ok
		}
	}
	settled := make(chan string, 1)
	s.w.Do(func(rt *goja.Runtime) {
		defer s.recoverInternal()
		imp, _ := goja.AssertFunction(rt.GlobalObject().Get(importFunc))
		if imp == nil {
			settled <- "mcrepl: the shell's loader is missing"
			return
		}
		loader.NameEntry(abs) // its project is readable (loader/boundary.go)
		p, err := imp(goja.Undefined(), rt.ToValue(abs))
		if err != nil {
			s.reportError(rt, err)
			settled <- ""
			return
		}
		onLoad := rt.ToValue(func(c goja.FunctionCall) goja.Value {
			settled <- s.bindModule(rt, path, c.Argument(0))
			return goja.Undefined()
		})
		onFail := rt.ToValue(func(c goja.FunctionCall) goja.Value {
			s.println(s.errw, "Uncaught "+s.w.FormatValueError(c.Argument(0)))
			settled <- ""
			return goja.Undefined()
		})
		if _, err := s.intro.then(p, onLoad, onFail); err != nil {
			s.reportError(rt, err)
			settled <- ""
		}
	})
	select {
	case msg := <-settled:
		if msg == "" {
			return false
		}
		s.println(s.out, msg)
		return true
	case <-s.ctx.Done():
		return false
	}
}

// bindModule defines the module's exports as globals and says which.
// Loop goroutine.
func (s *session) bindModule(rt *goja.Runtime, path string, ns goja.Value) string {
	o, ok := ns.(*goja.Object)
	if !ok {
		return "[shell] imported " + path
	}
	g := rt.GlobalObject()
	var names []string
	hasDefault := false
	for _, k := range o.Keys() {
		v := o.Get(k)
		if k == "default" {
			hasDefault = true
			_ = g.Set("worker", v)
			continue
		}
		_ = g.Set(k, v)
		names = append(names, k)
	}
	sort.Strings(names)
	msg := "[shell] imported " + path + ":"
	if hasDefault {
		msg += " its default export is worker"
		if len(names) > 0 {
			msg += ";"
		}
	}
	if len(names) > 0 {
		msg += " exports " + strings.Join(names, ", ")
	}
	if !hasDefault && len(names) == 0 {
		msg += " it exports nothing"
	}
	return msg
}
