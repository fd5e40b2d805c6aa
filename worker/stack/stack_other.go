//go:build !amd64

package stack

func reserve() {}
