/* harness.h - what the in-process benchmarks share: reading an input
 * file whole and a monotonic clock. */
#ifndef ARTICLEFS_BENCH_HARNESS_H
#define ARTICLEFS_BENCH_HARNESS_H

#include <stddef.h>

/* The bytes of the file at path, malloc'ed, in *bytes and *len: 0, or -1
 * after a message on stderr. */
int bench_read_file(const char *path, char **bytes, size_t *len);
/* Seconds on the monotonic clock. */
double bench_now(void);

#endif
