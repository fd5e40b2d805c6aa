//go:build !linux

package engine

// Trim does nothing here (see trim_linux.go).
func Trim() {}

// TrimLibraries does nothing here either.
func TrimLibraries() {}
