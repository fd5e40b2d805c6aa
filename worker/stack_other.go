//go:build !amd64

package worker

func reserveStack() {}
