/* seams.h - where a test may step into loading; never called for anything
 * else. A program that defines the function replaces the empty default of
 * source.c at link time (a weak symbol). */
#ifndef ARTICLEFS_LOAD_SEAMS_H
#define ARTICLEFS_LOAD_SEAMS_H

/* Runs after a file's text is read and before it is extracted, from the
 * thread that loads it (tests/unit/test_cache_key.c changes the file
 * there). */
void afs_source_after_read(const char *path);

#endif
