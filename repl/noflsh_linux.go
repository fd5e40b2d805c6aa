package repl

import "golang.org/x/sys/unix"

// keepTypeAhead sets NOFLSH on the terminal fd: without it the kernel
// throws away what the user typed ahead, while JS ran in cooked mode, the
// moment Ctrl-C raises SIGINT, and the typed entry is silently lost. The
// returned function restores the terminal's flags.
func keepTypeAhead(fd int) (restore func()) {
	st, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	if err != nil || st.Lflag&unix.NOFLSH != 0 {
		return func() {}
	}
	orig := *st
	st.Lflag |= unix.NOFLSH
	if unix.IoctlSetTermios(fd, unix.TCSETS, st) != nil {
		return func() {}
	}
	return func() { _ = unix.IoctlSetTermios(fd, unix.TCSETS, &orig) }
}

// pending is how many bytes the terminal fd holds that a read would return
// at once, or 0 when that is unknown.
func pending(fd int) int {
	n, err := unix.IoctlGetInt(fd, unix.TIOCINQ)
	if err != nil || n < 0 {
		return 0
	}
	return n
}
