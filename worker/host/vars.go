package host

import (
	"encoding/json"
	"strings"
)

// Var is one of a Worker's plain bindings: a `--var` or a wrangler `vars`
// entry, a string or any JSON value. A Worker's Vars are in the order they
// were declared, which is the order of env's keys in workerd (after the
// integer-like names, which a JavaScript object puts first).
type Var struct {
	Name  string
	Value any
}

// Set gives name the value v: in place when vars has it (a --var
// overriding a wrangler var keeps the var's position), else at the end.
func Set(vars []Var, name string, v any) []Var {
	for i := range vars {
		if vars[i].Name == name {
			vars[i].Value = v
			return vars
		}
	}
	return append(vars, Var{name, v})
}

// ObjectJSON is vars as one JSON object, in their order (what JSON.parse
// then turns into env). A value json cannot encode is left out.
func ObjectJSON(vars []Var) string {
	var b strings.Builder
	b.WriteByte('{')
	n := 0
	for _, v := range vars {
		val, err := json.Marshal(v.Value)
		if err != nil {
			continue
		}
		name, _ := json.Marshal(v.Name)
		if n > 0 {
			b.WriteByte(',')
		}
		b.Write(name)
		b.WriteByte(':')
		b.Write(val)
		n++
	}
	b.WriteByte('}')
	return b.String()
}
