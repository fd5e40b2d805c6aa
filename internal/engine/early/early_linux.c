//go:build linux && cgo

// The supervisor of mcrepl's JavaScript engine, in C, run by the dynamic
// loader before the Go runtime starts (see early.go for why and how).

#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "early.h"

// What the constructor decided; Go reads these (early.go).
int mcrepl_early_state;               // EARLY_*
char mcrepl_early_history[4096];      // the session history file, in the engine

// Exit codes, as package command defines them.
enum { exit_failure = 1, exit_timeout = 124 };

// How long the engine may overrun its --timeout before it is killed: it
// stops itself at the deadline and needs a moment to say so; only an engine
// stuck where no interrupt reaches it is killed.
static const int64_t timeout_grace_ns = 1000000000LL;

// How much of a crash dump is kept: the reason is on the first lines.
enum { crash_keep = 256 << 10 };

// Lines are cut at 64 KiB, as the Go supervisor's were.
enum { line_max = 64 << 10 };

static int sigpipe_fds[2] = {-1, -1};

static void say(const char *a, const char *b) {
	char buf[1024];
	int n = snprintf(buf, sizeof buf, "mcrepl: %s%s\n", a, b ? b : "");
	if (n > (int)sizeof buf - 1) n = (int)sizeof buf - 1;
	ssize_t w;
	do w = write(2, buf, (size_t)n); while (w < 0 && errno == EINTR);
}

static int has_prefix(const char *s, const char *p) { return strncmp(s, p, strlen(p)) == 0; }

static int has_suffix(const char *s, const char *p) {
	size_t ls = strlen(s), lp = strlen(p);
	return ls >= lp && strcmp(s + ls - lp, p) == 0;
}

// needed mirrors engine.Needed and supervisor.testBinary: whether the
// command in argv may run JavaScript, in a process that is not a Go test
// binary's own run.
int mcrepl_early_needed(int argc, char **argv) {
	if (argc < 1 || argv == NULL || argv[0] == NULL) return 0;
	if (has_suffix(argv[0], ".test")) return 0;
	for (int i = 1; i < argc; i++)
		if (argv[i] && has_prefix(argv[i], "-test.")) return 0;
	if (argc < 2) return 1;
	static const char *const printing[] = {"flags", "completion", "help", "--help", "-h", "--version", "-v"};
	for (size_t i = 0; i < sizeof printing / sizeof printing[0]; i++)
		if (strcmp(argv[1], printing[i]) == 0) return 0;
	return 1;
}

static void on_signal(int sig) {
	int saved = errno;
	unsigned char b = (unsigned char)sig;
	ssize_t w = write(sigpipe_fds[1], &b, 1);
	(void)w;
	errno = saved;
}

static const int handled[] = {SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGCHLD};

static void set_handlers(void (*h)(int)) {
	for (size_t i = 0; i < sizeof handled / sizeof handled[0]; i++) {
		struct sigaction sa;
		memset(&sa, 0, sizeof sa);
		sa.sa_handler = h;
		sa.sa_flags = SA_RESTART | (handled[i] == SIGCHLD ? SA_NOCLDSTOP : 0);
		sigemptyset(&sa.sa_mask);
		sigaction(handled[i], &sa, NULL);
	}
}

static void restore_defaults(void) {
	set_handlers(SIG_DFL);
	signal(SIGPIPE, SIG_DFL);
}

struct supervisor {
	int tty;                 // a terminal among fds 0-2, or -1
	int have_state;
	struct termios state;    // the mode of the terminal on stdin when mcrepl started
	char history[4096];
};

struct outcome {
	int ws;
	char *dump;              // from the start of a crash dump (malloc'd), or NULL
	size_t dump_len;
	int shell;
	char timed_out[64];      // the --timeout enforced, if the supervisor killed the engine
};

// A line reader over one pipe.
struct reader {
	int fd;
	char *buf;
	size_t len, cap;
	int eof;
};

static int reader_fill(struct reader *r) {
	if (r->cap - r->len < 4096) {
		size_t c = r->cap ? r->cap * 2 : 8192;
		char *b = realloc(r->buf, c);
		if (!b) return -1;
		r->buf = b, r->cap = c;
	}
	ssize_t n = read(r->fd, r->buf + r->len, r->cap - r->len);
	if (n < 0 && (errno == EINTR || errno == EAGAIN)) return 0;
	if (n <= 0) {
		r->eof = 1;
		return 0;
	}
	r->len += (size_t)n;
	return 0;
}

// reader_line takes the next complete line out of r (without its newline;
// at the end, also a last line without one). It returns its length, or -1.
static long reader_line(struct reader *r, char *out, size_t outcap) {
	size_t i = 0;
	while (i < r->len && r->buf[i] != '\n' && i < line_max) i++;
	int complete = i < r->len || i >= line_max;
	if (!complete && !(r->eof && r->len > 0)) return -1;
	size_t n = i < outcap - 1 ? i : outcap - 1;
	memcpy(out, r->buf, n);
	out[n] = 0;
	size_t drop = i < r->len && r->buf[i] == '\n' ? i + 1 : i;
	memmove(r->buf, r->buf + drop, r->len - drop);
	r->len -= drop;
	return (long)n;
}

static int crash_start(const char *line) {
	static const char *const p[] = {"panic: ", "fatal error: ", "runtime: ", "goroutine ", "unexpected ", "SIG"};
	for (size_t i = 0; i < sizeof p / sizeof p[0]; i++)
		if (has_prefix(line, p[i])) return 1;
	return 0;
}

static void write_all(int fd, const char *b, size_t n) {
	while (n > 0) {
		ssize_t w = write(fd, b, n);
		if (w < 0 && errno == EINTR) continue;
		if (w <= 0) return;
		b += w, n -= (size_t)w;
	}
}

static int64_t now_ns(void) {
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

// from_keyboard reports whether a SIGINT or SIGQUIT just received came from
// the terminal's keys: a key reaches the terminal's whole foreground process
// group, the engine included, and only while the terminal's ISIG is on.
static int from_keyboard(const struct supervisor *s) {
	if (s->tty < 0) return 0;
	pid_t pg = tcgetpgrp(s->tty);
	if (pg < 0 || pg != getpgrp()) return 0;
	struct termios t;
	return tcgetattr(s->tty, &t) == 0 && (t.c_lflag & ISIG) != 0;
}

static int dup_high(int fd) { return fcntl(fd, F_DUPFD_CLOEXEC, 10); }

// engine_fds arranges the engine's descriptors: 0 and 1 as they are, fd 2
// the crash pipe, fd 3 the user's standard error, fd 4 the control pipe.
static int engine_fds(int crash_w, int ctl_w) {
	int e = dup_high(2), c = dup_high(crash_w), k = dup_high(ctl_w);
	if (e < 0 || c < 0 || k < 0) return -1;
	if (dup2(c, 2) < 0 || dup2(e, 3) < 0 || dup2(k, 4) < 0) return -1;
	close(e), close(c), close(k);
	return 0;
}

// once starts an engine and waits for it. It returns 0 in the parent when
// the engine ended, 1 in the engine (the caller returns into Go), and -1
// when no engine could be started.
static int once(struct supervisor *s, struct outcome *out, int restart) {
	memset(out, 0, sizeof *out);
	int crash[2], ctl[2];
	if (pipe2(crash, O_CLOEXEC) < 0) return -1;
	if (pipe2(ctl, O_CLOEXEC) < 0) {
		close(crash[0]), close(crash[1]);
		return -1;
	}
	sigset_t all, old;
	sigfillset(&all);
	sigprocmask(SIG_BLOCK, &all, &old);
	pid_t parent = getpid();
	pid_t pid = fork();
	if (pid == 0) {
		restore_defaults();
		sigprocmask(SIG_SETMASK, &old, NULL);
		// It dies with the supervisor, so that a killed supervisor leaves
		// no engine behind. Without a terminal it gets a process group of
		// its own, so that a signal sent to the supervisor's group reaches
		// it once, through the supervisor; with a terminal it stays in the
		// foreground group, where job control stops both at once.
		prctl(PR_SET_PDEATHSIG, SIGKILL);
		if (getppid() != parent) _exit(exit_failure);
		if (s->tty < 0) setpgid(0, 0);
		close(crash[0]), close(ctl[0]);
		close(sigpipe_fds[0]), close(sigpipe_fds[1]);
		if (engine_fds(crash[1], ctl[1]) < 0) _exit(exit_failure);
		if (crash[1] > 4) close(crash[1]);
		if (ctl[1] > 4) close(ctl[1]);
		mcrepl_early_state = restart ? EARLY_RESTARTED : EARLY_CHILD;
		memcpy(mcrepl_early_history, s->history, sizeof mcrepl_early_history);
		return 1;
	}
	int forkerr = errno;
	sigprocmask(SIG_SETMASK, &old, NULL);
	close(crash[1]), close(ctl[1]);
	if (pid < 0) {
		close(crash[0]), close(ctl[0]);
		errno = forkerr;
		return -1;
	}

	struct reader cr = {.fd = crash[0]}, kr = {.fd = ctl[0]};
	int capturing = 0, reaped = 0;
	int64_t deadline = 0;
	char timeout_text[64] = "";
	static char line[line_max + 1]; // one line at a time, of either pipe
	while (!(reaped && cr.eof && kr.eof)) {
		struct pollfd pf[3] = {
			{.fd = cr.eof ? -1 : cr.fd, .events = POLLIN},
			{.fd = kr.eof ? -1 : kr.fd, .events = POLLIN},
			{.fd = sigpipe_fds[0], .events = POLLIN},
		};
		int wait_ms = -1;
		if (deadline && !out->timed_out[0]) {
			int64_t left = deadline - now_ns();
			wait_ms = left <= 0 ? 0 : (int)(left / 1000000 + 1);
		}
		int n = poll(pf, 3, wait_ms);
		if (n < 0 && errno != EINTR) break;
		if (deadline && !out->timed_out[0] && now_ns() >= deadline) {
			snprintf(out->timed_out, sizeof out->timed_out, "%s", timeout_text);
			kill(pid, SIGKILL);
		}
		if (n <= 0) continue;
		if (pf[0].revents) {
			reader_fill(&cr);
			long l;
			while ((l = reader_line(&cr, line, sizeof line)) >= 0) {
				if (!capturing && crash_start(line)) capturing = 1;
				if (!capturing) {
					line[l] = '\n';
					write_all(2, line, (size_t)l + 1);
				} else if (out->dump_len < crash_keep) {
					size_t take = (size_t)l < crash_keep - out->dump_len ? (size_t)l : crash_keep - out->dump_len;
					char *d = realloc(out->dump, out->dump_len + take + 2);
					if (d) {
						out->dump = d;
						memcpy(d + out->dump_len, line, take);
						out->dump_len += take;
						d[out->dump_len++] = '\n';
						d[out->dump_len] = 0;
					}
				}
			}
		}
		if (pf[1].revents) {
			reader_fill(&kr);
			while (reader_line(&kr, line, sizeof line) >= 0) {
				if (strcmp(line, "shell") == 0) {
					out->shell = 1;
				} else if (has_prefix(line, "timeout ")) {
					char *end;
					long long ns = strtoll(line + 8, &end, 10);
					if (end == line + 8 || *end != ' ') continue;
					int64_t d = ns + timeout_grace_ns;
					if (!deadline || d < deadline) {
						deadline = d;
						snprintf(timeout_text, sizeof timeout_text, "%s", end + 1);
					}
				}
			}
		}
		if (pf[2].revents) {
			unsigned char sigs[64];
			ssize_t got = read(sigpipe_fds[0], sigs, sizeof sigs);
			for (ssize_t i = 0; i < got; i++) {
				int sig = sigs[i];
				if (sig == SIGCHLD) {
					if (!reaped && waitpid(pid, &out->ws, WNOHANG) == pid) reaped = 1;
				} else if (!((sig == SIGINT || sig == SIGQUIT) && from_keyboard(s))) {
					kill(pid, sig);
				}
			}
		}
		if (!reaped && waitpid(pid, &out->ws, WNOHANG) == pid) reaped = 1;
	}
	if (!reaped) {
		while (waitpid(pid, &out->ws, 0) < 0 && errno == EINTR) {
		}
	}
	free(cr.buf), free(kr.buf);
	close(crash[0]), close(ctl[0]);
	return 0;
}

enum { crash_fatal, crash_panic, crash_quit };

static const char *trim_space(char *s) {
	while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\v' || *s == '\f') s++;
	size_t n = strlen(s);
	while (n > 0 && strchr(" \t\n\r\v\f", s[n - 1])) s[--n] = 0;
	return s;
}

// crash_reason reads the reason out of a Go crash dump (as the Go
// supervisor's crashReason, which its tests check). It writes into dump.
int mcrepl_early_crash_reason(char *dump, const char **reason) {
	for (char *l = dump; l && *l;) {
		char *nl = strchr(l, '\n');
		if (has_prefix(l, "fatal error: ")) {
			if (nl) *nl = 0;
			const char *r = l + strlen("fatal error: ");
			if (has_prefix(r, "runtime: ")) r += strlen("runtime: ");
			*reason = r;
			return crash_fatal;
		}
		l = nl ? nl + 1 : NULL;
	}
	char *nl = strchr(dump, '\n');
	if (nl) *nl = 0;
	const char *first = trim_space(dump);
	if (has_prefix(first, "panic: ")) {
		*reason = first + strlen("panic: ");
		return crash_panic;
	}
	if (has_prefix(first, "SIGQUIT")) {
		*reason = "quit";
		return crash_quit;
	}
	*reason = *first ? first : "unknown reason";
	return crash_fatal;
}

// report says how the engine ended and returns the exit code; *crashed
// tells whether it was a crash, which a shell survives.
static int report(struct supervisor *s, struct outcome *out, int *crashed) {
	int ws = out->ws;
	*crashed = 0;
	int dumped = out->dump_len > 0;
	if (s->have_state && (WIFSIGNALED(ws) || (WIFEXITED(ws) && WEXITSTATUS(ws) == 2 && dumped)))
		tcsetattr(0, TCSANOW, &s->state); // the engine may have died in raw mode
	if (out->timed_out[0]) {
		say("timed out after ", out->timed_out);
		return exit_timeout;
	}
	if (WIFEXITED(ws)) {
		if (WEXITSTATUS(ws) != 2 || !dumped) {
			// Not a crash: what looked like the start of one was a
			// diagnostic (runtime warnings, GODEBUG traces).
			if (dumped) write_all(2, out->dump, out->dump_len);
			return WEXITSTATUS(ws);
		}
		const char *p = getenv("MCREPL_CRASH_DUMP");
		if (p && *p) {
			int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
			if (fd >= 0) {
				write_all(fd, out->dump, out->dump_len);
				close(fd);
			}
		}
		const char *reason;
		switch (mcrepl_early_crash_reason(out->dump, &reason)) {
		case crash_panic:
			say("internal error: ", reason);
			say("this is a bug in mcrepl; please report it with the command you ran.", NULL);
			break;
		case crash_quit:
			say("quit (SIGQUIT)", NULL);
			return 128 + SIGQUIT;
		default:
			say("the JavaScript engine crashed: ", reason);
		}
		*crashed = 1;
		return exit_failure;
	}
	if (!WIFSIGNALED(ws)) return exit_failure;
	int sig = WTERMSIG(ws);
	switch (sig) {
	case SIGKILL:
		say("the JavaScript engine was killed (SIGKILL); the system may be out of memory", NULL);
		*crashed = 1;
		return exit_failure;
	case SIGINT:
	case SIGTERM:
	case SIGHUP: {
		// Die the same way, so that the caller (a shell) sees what happened.
		signal(sig, SIG_DFL);
		sigset_t one;
		sigemptyset(&one);
		sigaddset(&one, sig);
		sigprocmask(SIG_UNBLOCK, &one, NULL);
		kill(getpid(), sig);
		struct timespec ts = {0, 100000000};
		nanosleep(&ts, NULL);
	}
	}
	return 128 + sig;
}

// supervise returns only in the engine (or when none could be started);
// otherwise it ends the process with the engine's exit code.
static void supervise(void) {
	// A closed standard descriptor is /dev/null from now on, as the Go
	// runtime makes it at its start (runtime.checkfds): otherwise the pipes
	// below would take its number, and the engine's fds would be crossed.
	for (int fd = 0; fd < 3; fd++)
		if (fcntl(fd, F_GETFD) < 0 && errno == EBADF && open("/dev/null", O_RDWR) != fd) {
			mcrepl_early_state = EARLY_DECLINED;
			return;
		}
	struct supervisor s = {.tty = -1};
	struct termios t;
	for (int fd = 0; fd < 3; fd++)
		if (tcgetattr(fd, &t) == 0) {
			s.tty = fd;
			break;
		}
	if (tcgetattr(0, &s.state) == 0) s.have_state = 1;
	const char *tmp = getenv("TMPDIR");
	if (!tmp || !*tmp) tmp = "/tmp";
	snprintf(s.history, sizeof s.history, "%s/mcrepl-history-%d", tmp, (int)getpid());

	if (pipe2(sigpipe_fds, O_CLOEXEC | O_NONBLOCK) < 0) {
		mcrepl_early_state = EARLY_DECLINED;
		return;
	}
	set_handlers(on_signal);
	signal(SIGPIPE, SIG_IGN);
	int shell = 0;
	for (int restart = 0;; restart = 1) {
		struct outcome out;
		int r = once(&s, &out, restart);
		if (r == 1) return; // the engine
		if (r < 0) {
			if (restart) {
				say("cannot restart the JavaScript engine: ", strerror(errno));
				_exit(exit_failure);
			}
			// Run the command in this process, as if unsupervised.
			restore_defaults();
			close(sigpipe_fds[0]), close(sigpipe_fds[1]);
			mcrepl_early_state = EARLY_DECLINED;
			return;
		}
		shell = shell || out.shell;
		int crashed;
		int code = report(&s, &out, &crashed);
		free(out.dump);
		if (!crashed || !out.shell) {
			if (shell) unlink(s.history);
			_exit(code);
		}
		say("starting a fresh isolate: earlier definitions are gone, the history is kept", NULL);
	}
}

__attribute__((constructor)) static void mcrepl_early(int argc, char **argv, char **envp) {
	(void)envp;
	const char *e = getenv("MCREPL_ENGINE");
	if (e && *e) {
		mcrepl_early_state = EARLY_DECLINED;
		return;
	}
	if (argv == NULL) return; // a libc that passes no arguments: the Go supervisor decides
	if (!mcrepl_early_needed(argc, argv)) {
		mcrepl_early_state = EARLY_DECLINED;
		return;
	}
	supervise();
}
