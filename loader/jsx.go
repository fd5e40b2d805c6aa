package loader

import (
	"os"
	"path/filepath"

	"github.com/evanw/esbuild/pkg/api"
)

// jsxMode is how JSX in .jsx and .tsx files is compiled: React's automatic
// runtime (imports from react/jsx-runtime, no React in scope needed) when
// react is installed in a node_modules folder at or above dir, as wrangler
// and every React template expect; otherwise esbuild's default, calls of
// React.createElement (or the factory a tsconfig.json names).
func jsxMode(dir string) api.JSX {
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "node_modules", "react", "package.json")); err == nil {
			return api.JSXAutomatic
		}
		if filepath.Dir(d) == d {
			return api.JSXTransform
		}
	}
}
