package loader

import (
	"github.com/dop251/goja"
	"github.com/evanw/esbuild/pkg/api"
)

// lowerSupported is what esbuild rewrites in a classic script that goja
// cannot compile: the syntax goja lacks (async generators, for await,
// using declarations, RegExp syntax it cannot parse). The rest of the
// script is left as it was.
var lowerSupported = map[string]bool{
	"async-generator":      false,
	"for-await":            false,
	"using":                false,
	"regexp-match-indices": false,
	"regexp-set-notation":  false,
}

// lowerClassic is compileClassic's second chance. When goja cannot parse or
// compile a classic script, esbuild lowers the syntax goja lacks, still as
// a script (top-level declarations stay global), and goja compiles the
// result with an inline source map, so that positions in errors and stacks
// point at the user's text. It reports false when esbuild cannot help
// (a real syntax error, which goja's message describes better).
//
// esbuild's helpers (__asyncGenerator, __forAwait, __using, ...) become
// globals of the script, as they would in any script esbuild lowered.
func lowerClassic(name, src string) (*goja.Program, bool) {
	return lowerScript(name, src, api.LoaderJS)
}

// LowerEntry is lowerClassic for an entry typed in the shell, which may
// also hold JSX: it becomes React.createElement calls (the shell is no
// bundle, so React's automatic runtime, an import, has no place there).
func LowerEntry(name, src string) (*goja.Program, bool) {
	return lowerScript(name, src, api.LoaderJSX)
}

// LowerText lowers what goja cannot parse in a shell entry that uses
// top-level await (for await, async generators, using, JSX), leaving the
// awaits in place, and returns the text, for the shell's await rewrite to
// take over. ok is false when esbuild finds a syntax error.
func LowerText(src string) (string, bool) {
	supported := map[string]bool{"top-level-await": true}
	for k, v := range lowerSupported {
		supported[k] = v
	}
	res := api.Transform(src, api.TransformOptions{
		Loader:    api.LoaderJSX,
		Target:    api.ES2022,
		Supported: supported,
		Charset:   api.CharsetUTF8,
		LogLevel:  api.LogLevelSilent,
	})
	if len(res.Errors) > 0 {
		return "", false
	}
	return string(res.Code), true
}

func lowerScript(name, src string, loader api.Loader) (*goja.Program, bool) {
	res := api.Transform(src, api.TransformOptions{
		Loader:         loader,
		Target:         api.ES2022,
		Supported:      lowerSupported,
		Sourcefile:     name,
		Sourcemap:      api.SourceMapExternal,
		SourcesContent: api.SourcesContentExclude,
		Charset:        api.CharsetUTF8,
		LogLevel:       api.LogLevelSilent,
	})
	if len(res.Errors) > 0 {
		return nil, false
	}
	m, err := fixSourceMap(res.Map)
	if err != nil {
		return nil, false
	}
	prg, err := goja.Compile(name, string(res.Code)+inlineSourceMap(m)+"\n", false)
	if err != nil {
		return nil, false
	}
	return prg, true
}
