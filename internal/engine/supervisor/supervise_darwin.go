package supervisor

import "syscall"

// The ioctls that read and set a terminal's mode.
const (
	ioctlGetTermios = syscall.TIOCGETA
	ioctlSetTermios = syscall.TIOCSETA
)

// engineProcAttr is how the engine is started: in the supervisor's process
// group (macOS has no Pdeathsig, and an engine in a group of its own could
// outlive a killed supervisor).
func engineProcAttr(bool) *syscall.SysProcAttr { return &syscall.SysProcAttr{} }
