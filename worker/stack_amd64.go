package worker

// reserveStack is stack_amd64.s.
func reserveStack()
