package command

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"
)

// optMaxMemory is run's memory cap.
const optMaxMemory = "max-memory"

// maxMemoryFlag returns a fresh definition of run's --max-memory.
func maxMemoryFlag() cli.Flag {
	return &cli.StringFlag{
		Name: optMaxMemory,
		Usage: "stop the script when mcrepl's heap grows past `SIZE` (e.g. 512MiB, 2G; " +
			"units are powers of 1024) and exit 3; 0 means no limit (default: no limit)",
	}
}

// maxMemory reads --max-memory: 0 when it is not given.
func maxMemory(c *cli.Context) (uint64, error) {
	if !c.IsSet(optMaxMemory) {
		return 0, nil
	}
	v := c.String(optMaxMemory)
	n, ok := parseSize(v)
	if !ok {
		return 0, usagef("invalid value %q for option --%s (use a size such as 512MiB or 2G)", v, optMaxMemory)
	}
	return n, nil
}

// sizeUnit is the multiplier parseSize knows for a lower-case suffix. Every
// spelling is binary, as in docker's --memory and ulimit: people who write
// 512M mean 512 MiB.
func sizeUnit(unit string) (float64, bool) {
	switch unit {
	case "", "b":
		return 1, true
	case "k", "kb", "kib":
		return 1 << 10, true
	case "m", "mb", "mib":
		return 1 << 20, true
	case "g", "gb", "gib":
		return 1 << 30, true
	case "t", "tb", "tib":
		return 1 << 40, true
	}
	return 0, false
}

// parseSize reads a byte count such as 512MiB, 2G, 1.5gb or 1048576: a
// non-negative number, an optional space and an optional unit.
func parseSize(s string) (uint64, bool) {
	s = strings.TrimSpace(s)
	i := strings.IndexFunc(s, func(r rune) bool { return (r < '0' || r > '9') && r != '.' })
	if i < 0 {
		i = len(s)
	}
	num, unit := s[:i], strings.ToLower(strings.TrimSpace(s[i:]))
	mult, ok := sizeUnit(unit)
	if !ok || num == "" {
		return 0, false
	}
	f, err := strconv.ParseFloat(num, 64)
	if err != nil || f*mult >= math.MaxUint64 {
		return 0, false
	}
	return uint64(f * mult), true
}

// memoryMessage is what run says when the limit stopped the script.
func memoryMessage(err error) string {
	return fmt.Sprintf("%v; raise it with --%s", err, optMaxMemory)
}
