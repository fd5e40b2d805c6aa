//go:build linux && cgo

package early

// OneP is oneP, for the tests.
var OneP = oneP
