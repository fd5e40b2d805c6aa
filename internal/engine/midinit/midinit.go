// Package midinit drops the shared libraries' code in the middle of the
// engine's package initialisation (engine.TrimLibraries): its init
// function runs among mcrepl's ~160 (Go initialises packages in
// import-path order, each as soon as its imports are: this one comes right
// after package flags, about the 79th, after crypto, encoding/json, x/text,
// toml and regexp2, before goja, esbuild, net/http and the API packages),
// once libc and the dynamic loader have started the process and the Go
// runtime's first threads. That keeps the RSS of the whole initialisation
// under the 15 MiB that the engine's one trim of its own code, before it
// builds the isolate, leaves as the peak (bench/startup/README.md, "One
// trim"). Package main imports it for that effect only.
package midinit

import (

	// For the position in the init order only (see above).
	_ "github.com/mcrepl/mcrepl/flags"
	"github.com/mcrepl/mcrepl/internal/engine"
)

func init() {
	if engine.IsChild() {
		engine.TrimLibraries()
	}
}
