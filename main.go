// Command mcrepl is a shell and a script runner that gives Workers developers
// Cloudflare's MessageChannel exactly as workerd implements it. See README.md
// and docs/cli.md; the command line itself lives in package command.
package main

import (
	"os"

	"github.com/mcrepl/mcrepl/command"
)

func main() {
	os.Exit(command.Main(os.Args, os.Stdin, os.Stdout, os.Stderr))
}
