package stack

// reserve is stack_amd64.s.
func reserve()
