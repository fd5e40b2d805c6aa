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
