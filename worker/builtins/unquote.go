package builtins

import "encoding/json"

// unquoteJSON decodes a JSON string literal (an object key).
func unquoteJSON(lit string) (string, bool) {
	var s string
	if err := json.Unmarshal([]byte(lit), &s); err != nil {
		return "", false
	}
	return s, true
}
