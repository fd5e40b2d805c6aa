// Package midinit splits the engine's package initialisation for
// engine.Trim: its init function, which runs among mcrepl's ~160 (Go
// initialises packages in import-path order, each as soon as its imports
// are: this one comes right after package flags, about the 79th, after
// crypto, encoding/json, x/text, toml and regexp2, before goja, esbuild,
// net/http and the API packages), drops the pages of the executable that
// the ones before mapped. The engine's peak RSS is then the larger part,
// not the whole
// (bench/startup/README.md). Package main imports it for that effect only.
package midinit

import (

	// For the position in the init order only (see above).
	_ "github.com/mcrepl/mcrepl/flags"
	"github.com/mcrepl/mcrepl/internal/engine"
)

func init() {
	if engine.IsChild() {
		engine.Trim()
	}
}
