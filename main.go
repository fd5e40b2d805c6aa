// Command mcrepl is a shell and a script runner that gives Workers developers
// Cloudflare's MessageChannel exactly as workerd implements it. See README.md
// and docs/cli.md; the command line itself lives in package command.
package main

import (
	"os"

	"github.com/mcrepl/mcrepl/command"
	// The engine's process boundary: from here on, this process may only
	// supervise the one that runs the command (see the package).
	_ "github.com/mcrepl/mcrepl/internal/engine/supervisor"
	// The libraries' code dropped among the engine's init functions (see the package).
	_ "github.com/mcrepl/mcrepl/internal/engine/midinit"
)

func main() {
	os.Exit(command.Main(os.Args, os.Stdin, os.Stdout, os.Stderr))
}
