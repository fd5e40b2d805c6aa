//go:build !linux

package engine

// Trim does nothing here (see trim_linux.go).
func Trim() {}

// KeepCodeBelow does nothing here either.
func KeepCodeBelow(end uintptr) {}
