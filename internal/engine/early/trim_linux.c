//go:build linux && cgo

// engine.Trim's fast path (Trim in early.go; internal/engine/trim_linux.go
// says what is dropped and why): the same pages, found and dropped with a
// few system calls instead of reading /proc/self/maps, the executable's
// headers and /proc/self/pagemap from Go. The engine calls it from one
// goroutine at a time (an init function, then the loop), so its state is
// plain statics.

#define _GNU_SOURCE
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <link.h>
#include <stdint.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

#include "early.h"

enum { page = 4096, max_ranges = 64, max_pieces = 256 };

static uintptr_t round_down(uintptr_t a) { return a & ~(uintptr_t)(page - 1); }
static uintptr_t round_up(uintptr_t a) { return (a + page - 1) & ~(uintptr_t)(page - 1); }

// The ranges Trim drops, found once: trim_n is -1 until then, -2 when they
// cannot be found (Go's Trim does the work then).
static uintptr_t trim_a[max_ranges], trim_b[max_ranges];
static int trim_n = -1;

static void add_range(uintptr_t a, uintptr_t b, const uintptr_t *wa, const uintptr_t *wb, int nw, int *failed) {
	// [a, b) less the writable ranges [wa[i], wb[i]).
	uintptr_t pa[max_ranges], pb[max_ranges];
	int np = 0;
	if (a < b) pa[np] = a, pb[np] = b, np++;
	for (int i = 0; i < nw; i++) {
		uintptr_t na[max_ranges], nb[max_ranges];
		int nn = 0;
		for (int j = 0; j < np; j++) {
			if (wb[i] <= pa[j] || pb[j] <= wa[i]) {
				na[nn] = pa[j], nb[nn] = pb[j], nn++;
				continue;
			}
			if (pa[j] < wa[i]) na[nn] = pa[j], nb[nn] = wa[i], nn++;
			if (wb[i] < pb[j]) na[nn] = wb[i], nb[nn] = pb[j], nn++;
			if (nn > max_ranges - 2) {
				*failed = 1;
				return;
			}
		}
		memcpy(pa, na, sizeof(uintptr_t) * (size_t)nn);
		memcpy(pb, nb, sizeof(uintptr_t) * (size_t)nn);
		np = nn;
	}
	for (int j = 0; j < np; j++) {
		if (trim_n >= max_ranges) {
			*failed = 1;
			return;
		}
		trim_a[trim_n] = pa[j], trim_b[trim_n] = pb[j], trim_n++;
	}
}

// section_range finds the address range of the section called name in the
// running executable's file (64-bit ELF), from its section headers.
static int section_range(const char *name, uintptr_t *a, uintptr_t *b) {
	int fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
	if (fd < 0) return 0;
	int ok = 0;
	Elf64_Ehdr eh;
	Elf64_Shdr sh[128];
	char names[4096];
	if (pread(fd, &eh, sizeof eh, 0) != (ssize_t)sizeof eh || memcmp(eh.e_ident, ELFMAG, SELFMAG) != 0 ||
	    eh.e_ident[EI_CLASS] != ELFCLASS64 || eh.e_shentsize != sizeof(Elf64_Shdr) || eh.e_shnum == 0 ||
	    eh.e_shnum > 128 || eh.e_shstrndx >= eh.e_shnum)
		goto out;
	ssize_t want = (ssize_t)(sizeof(Elf64_Shdr) * eh.e_shnum);
	if (pread(fd, sh, (size_t)want, (off_t)eh.e_shoff) != want) goto out;
	const Elf64_Shdr *strs = &sh[eh.e_shstrndx];
	size_t n = strs->sh_size < sizeof names - 1 ? strs->sh_size : sizeof names - 1;
	if (pread(fd, names, n, (off_t)strs->sh_offset) != (ssize_t)n) goto out;
	names[n] = 0;
	for (int i = 0; i < eh.e_shnum; i++) {
		if (sh[i].sh_name >= n || strcmp(names + sh[i].sh_name, name) != 0) continue;
		if (sh[i].sh_addr == 0 || sh[i].sh_size == 0) break;
		*a = (uintptr_t)sh[i].sh_addr, *b = (uintptr_t)(sh[i].sh_addr + sh[i].sh_size);
		ok = 1;
		break;
	}
out:
	close(fd);
	return ok;
}

// The executable's code below keep_end is kept (mcrepl_early_keep_below).
static uintptr_t keep_end;

void mcrepl_early_keep_below(uintptr_t end) { keep_end = end; }

struct walk {
	int index;
	int failed;
	uintptr_t pcln_a, pcln_b; // .gopclntab, rounded in to whole pages
};

// text_relocated reports whether an object's code is relocated in place
// (DT_TEXTREL): its code pages are then private copies, never dropped.
static int text_relocated(const struct dl_phdr_info *info) {
	for (int i = 0; i < info->dlpi_phnum; i++) {
		const ElfW(Phdr) *p = &info->dlpi_phdr[i];
		if (p->p_type != PT_DYNAMIC) continue;
		for (const ElfW(Dyn) *d = (const ElfW(Dyn) *)(info->dlpi_addr + p->p_vaddr); d->d_tag != DT_NULL; d++)
			if (d->d_tag == DT_TEXTREL || (d->d_tag == DT_FLAGS && (d->d_un.d_val & DF_TEXTREL))) return 1;
	}
	return 0;
}

// each_object adds an object's ranges: the executable's code and the part
// of its read-only data that is .gopclntab, a shared library's code; never
// what a program header marks writable or RELRO (written by the dynamic
// loader before it was made read-only).
static int each_object(struct dl_phdr_info *info, size_t size, void *data) {
	(void)size;
	struct walk *w = data;
	int exe = w->index++ == 0;
	if (!exe && (info->dlpi_name == NULL || info->dlpi_name[0] != '/')) return 0; // the vDSO
	if (!exe && text_relocated(info)) return 0;
	uintptr_t wa[17], wb[17];
	int nw = 0;
	if (exe && keep_end) wa[nw] = 0, wb[nw] = round_up(keep_end), nw++;
	for (int i = 0; i < info->dlpi_phnum; i++) {
		const ElfW(Phdr) *p = &info->dlpi_phdr[i];
		if (p->p_type != PT_GNU_RELRO && !(p->p_type == PT_LOAD && (p->p_flags & PF_W))) continue;
		if (nw == 17) {
			w->failed = 1;
			return 1;
		}
		uintptr_t a = info->dlpi_addr + p->p_vaddr;
		wa[nw] = round_down(a), wb[nw] = round_up(a + p->p_memsz), nw++;
	}
	for (int i = 0; i < info->dlpi_phnum; i++) {
		const ElfW(Phdr) *p = &info->dlpi_phdr[i];
		if (p->p_type != PT_LOAD || (p->p_flags & PF_W)) continue;
		uintptr_t a = round_down(info->dlpi_addr + p->p_vaddr), b = round_up(info->dlpi_addr + p->p_vaddr + p->p_memsz);
		if (!(p->p_flags & PF_X)) {
			if (!exe) continue;
			a = a > w->pcln_a ? a : w->pcln_a;
			b = b < w->pcln_b ? b : w->pcln_b;
		}
		if (a < b) add_range(a, b, wa, wb, nw, &w->failed);
	}
	return w->failed;
}

static void find_ranges(void) {
	trim_n = 0;
	struct walk w = {0};
	uintptr_t a, b;
	if (section_range(".gopclntab", &a, &b)) w.pcln_a = round_up(a), w.pcln_b = round_down(b);
	dl_iterate_phdr(each_object, &w);
	if (w.failed || w.index == 0 || trim_n == 0) trim_n = -2;
}

int mcrepl_early_trim_ranges(uintptr_t *out, int cap) {
	if (trim_n == -1) find_ranges();
	if (trim_n < 0) return -1;
	int n = trim_n < cap ? trim_n : cap;
	for (int i = 0; i < n; i++) out[2 * i] = trim_a[i], out[2 * i + 1] = trim_b[i];
	return trim_n;
}

// PAGEMAP_SCAN (Linux 6.7), declared here for older headers.
struct scan_arg {
	uint64_t size, flags, start, end, walk_end, vec, vec_len, max_pages;
	uint64_t category_inverted, category_mask, category_anyof_mask, return_mask;
};
struct page_region {
	uint64_t start, end, categories;
};
#define SCAN_IOCTL _IOWR('f', 16, struct scan_arg)
enum { is_file = 1 << 2, is_present = 1 << 3, is_swapped = 1 << 4 };

static int pagemap_fd = -1;

// droppable writes into out the parts of [a, b) that hold no private page
// (present or swapped out, and not the file's: written in this process, as
// a debugger's or a uprobe's breakpoint is), as pairs, and returns how many
// parts, or -1 when the kernel cannot tell (no PAGEMAP_SCAN).
int mcrepl_early_droppable(uintptr_t a, uintptr_t b, uintptr_t *out, int cap) {
	if (pagemap_fd < 0) {
		pagemap_fd = open("/proc/self/pagemap", O_RDONLY | O_CLOEXEC);
		if (pagemap_fd < 0) return -1;
	}
	int n = 0;
	uintptr_t from = a;
	struct page_region vec[32];
	for (uintptr_t at = a; at < b;) {
		struct scan_arg s = {
			.size = sizeof s, .start = at, .end = b,
			.vec = (uint64_t)(uintptr_t)vec, .vec_len = 32,
			.category_inverted = is_file, .category_mask = is_file,
			.category_anyof_mask = is_present | is_swapped, .return_mask = is_present | is_swapped,
		};
		int got = ioctl(pagemap_fd, SCAN_IOCTL, &s);
		if (got < 0) return -1;
		for (int i = 0; i < got; i++) {
			if (vec[i].start > from) {
				if (n == cap) return -1;
				out[2 * n] = from, out[2 * n + 1] = (uintptr_t)vec[i].start, n++;
			}
			from = (uintptr_t)vec[i].end;
		}
		if (s.walk_end <= at) return -1;
		at = (uintptr_t)s.walk_end;
	}
	if (from < b) {
		if (n == cap) return -1;
		out[2 * n] = from, out[2 * n + 1] = b, n++;
	}
	return n;
}

#ifndef SYS_pidfd_open
#define SYS_pidfd_open 434
#endif
#ifndef SYS_process_madvise
#define SYS_process_madvise 440
#endif

// Whether process_madvise takes MADV_DONTNEED here (Linux 6.13).
static int batch_ok = 1;

// The parts of the ranges that Trim drops, found at its first call: the
// walk of the page tables costs as much as the drop, and no page of these
// ranges is written in this process afterwards (only a debugger that
// attaches between two trims could, and it would lose a breakpoint, not
// the code).
static uintptr_t parts[2 * max_pieces];
static int nparts = -1;

int mcrepl_early_trim(void) {
	if (nparts < 0) {
		if (trim_n == -1) find_ranges();
		if (trim_n < 0) return 0;
		int n = 0, ok = 1;
		for (int i = 0; i < trim_n && ok; i++) {
			int got = mcrepl_early_droppable(trim_a[i], trim_b[i], parts + 2 * n, max_pieces - n);
			if (got < 0) ok = 0;
			else n += got;
		}
		close(pagemap_fd);
		pagemap_fd = -1;
		if (!ok) return 0;
		nparts = n;
	}
	static struct iovec iov[max_pieces];
	size_t total = 0;
	int n = 0;
	for (int i = 0; i < nparts; i++) {
		iov[n].iov_base = (void *)parts[2 * i];
		iov[n].iov_len = parts[2 * i + 1] - parts[2 * i];
		total += iov[n].iov_len;
		n++;
	}
	// One process_madvise for all parts, so that the kernel flushes the
	// other CPUs' TLBs once; madvise part by part where it cannot.
	if (batch_ok && n > 0) {
		int fd = (int)syscall(SYS_pidfd_open, getpid(), 0);
		long done = fd < 0 ? -1 : syscall(SYS_process_madvise, fd, iov, (size_t)n, MADV_DONTNEED, 0);
		if (fd >= 0) close(fd);
		if (done == (long)total) return 1;
		if (done < 0) batch_ok = 0;
	}
	for (int i = 0; i < n; i++) madvise(iov[i].iov_base, iov[i].iov_len, MADV_DONTNEED);
	return 1;
}
