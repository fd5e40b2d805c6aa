// Package second is the second split of the engine's package
// initialisation for engine.Trim (see package midinit): its init function
// comes right after goja's, about the 132nd of ~160, between x/text,
// crypto, net, esbuild and goja and mcrepl's API packages, urfave/cli and
// net/http, and drops the pages of the executable that the part since
// midinit mapped. Package main imports it for that effect only.
package second

import (

	// For the position in the init order only (see above).
	_ "github.com/dop251/goja"
	"github.com/mcrepl/mcrepl/internal/engine"
)

func init() {
	if engine.IsChild() {
		engine.Trim()
	}
}
