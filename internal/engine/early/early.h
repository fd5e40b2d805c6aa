#include <stdint.h>

// The states of the C supervisor's decision (early_linux.c, early.go).
enum {
	EARLY_UNDECIDED = 0, // the constructor did not run or could not decide: the Go supervisor decides
	EARLY_DECLINED = 1,  // no supervisor: the command runs in this process
	EARLY_CHILD = 2,     // this process is the engine
	EARLY_RESTARTED = 3, // the engine, started again after a crash
};

// For the tests (early.go): the constructor's decision on argv, and the
// reason read out of a crash dump (which it overwrites).
int mcrepl_early_needed(int argc, char **argv);
int mcrepl_early_crash_reason(char *dump, const char **reason);

// engine.Trim's fast path (trim_linux.c): 1 when it dropped the pages, 0
// when this kernel cannot tell which pages are private copies (Go's Trim
// does the work then). The ranges and the parts of one that may be dropped,
// for the tests: pairs in out, the count returned, -1 when they cannot be
// found.
int mcrepl_early_trim(void);
// The address below which the trims keep the executable's code, set before
// the first (engine.KeepCodeBelow).
void mcrepl_early_keep_below(uintptr_t end);
int mcrepl_early_trim_ranges(uintptr_t *out, int cap);
int mcrepl_early_droppable(uintptr_t a, uintptr_t b, uintptr_t *out, int cap);
