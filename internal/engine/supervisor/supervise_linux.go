package supervisor

import "syscall"

// The ioctls that read and set a terminal's mode.
const (
	ioctlGetTermios = syscall.TCGETS
	ioctlSetTermios = syscall.TCSETS
)

// engineProcAttr is how the engine is started. It dies with the supervisor
// (Pdeathsig), so that a killed supervisor leaves no engine behind. Without
// a terminal it gets a process group of its own, so that a signal sent to
// the supervisor's group reaches it once, through the supervisor; with a
// terminal it stays in the foreground group, where job control (Ctrl-Z)
// stops both processes at once.
func engineProcAttr(ownGroup bool) *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL, Setpgid: ownGroup}
}
