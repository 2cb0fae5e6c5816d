/* source.h - reads an article file (plain text or a web page, see page.h)
 * into a model.
 *
 * The file is opened once and checked through that descriptor (no race
 * between check and use). Errors come back as one line naming the file
 * and the reason, for the command line to print.
 *
 * Layer: load (docs/ARCHITECTURE.md). */
#ifndef ARTICLEFS_SOURCE_H
#define ARTICLEFS_SOURCE_H

#include <stddef.h>
#include <time.h>

#include "articlefs/corpus.h"
#include "articlefs/model.h"

typedef struct afs_source_options {
    const char *date; /* YYYY-MM-DD or NULL */
    size_t max_size;  /* 0 for no limit */
} afs_source_options;

/* NULL on failure, with "cannot read 'x.txt': reason" in err. */
afs_article *afs_source_load(const char *path,
                             const afs_source_options *options,
                             struct timespec *mtime, char *err,
                             size_t err_size);

/* Every article (.txt, .md, .text, .html, .htm, .xhtml, each possibly .gz;
 * see page.h) in a folder and its subfolders, in
 * path order, as a corpus; ids are slugs of the paths without extension
 * ("000", "2024-sub-story"). An article that fails to load is skipped with a
 * line on stderr; other files are skipped silently unless verbose. NULL
 * when the folder itself cannot be read. */
afs_corpus *afs_source_load_folder(const char *path,
                                   const afs_source_options *options,
                                   struct timespec *mtime, int verbose,
                                   char *err, size_t err_size);

/* Every article of a folder (as afs_source_load_folder finds them) on
 * every core, for a job that wants each once and keeps none, in memory
 * that does not grow with the folder: work runs on a worker thread with
 * each article (freed when it returns) and makes a result; emit gets the
 * results on the calling thread, one at a time, in path order. A few
 * dozen articles are in hand at once. An article that fails to load is
 * skipped with a line on stderr. -1 with err when the folder itself
 * cannot be read. */
typedef void *(*afs_source_work_fn)(void *context, const afs_article *article);
typedef void (*afs_source_emit_fn)(void *context, void *result);
int afs_source_stream_folder(const char *path,
                             const afs_source_options *options, int verbose,
                             afs_source_work_fn work, afs_source_emit_fn emit,
                             void *context, char *err, size_t err_size);

/* Articles already extracted, by path and by the file as it was read
 * (size, inode and times of the descriptor read, not a later stat): a
 * reload re-extracts only the files that changed, including one saved
 * while it was being extracted. */
typedef struct afs_source_cache afs_source_cache;
afs_source_cache *afs_source_cache_new(void);
void afs_source_cache_free(afs_source_cache *cache);
/* Like afs_source_load_folder, reusing and refreshing the cache. */
afs_corpus *afs_source_load_folder_cached(const char *path,
                                          const afs_source_options *options,
                                          afs_source_cache *cache,
                                          struct timespec *mtime, int verbose,
                                          char *err, size_t err_size);

/* 1 when path is a folder, 0 when not, -1 when it cannot be looked at. */
int afs_source_is_folder(const char *path);

/* True for a real calendar date written YYYY-MM-DD. */
int afs_valid_date(const char *s);

#endif
