/* arena.h - bump allocator that owns everything one snapshot allocates.
 *
 * An arena hands out memory that lives until afs_arena_free(); the model and
 * tree of one snapshot are freed in one call. Allocation failure aborts with
 * a message: a half-built snapshot is never served.
 *
 * Layer: core (docs/ARCHITECTURE.md). */
#ifndef ARTICLEFS_ARENA_H
#define ARTICLEFS_ARENA_H

#include <stddef.h>

typedef struct afs_arena afs_arena;

afs_arena *afs_arena_new(void);
/* An arena whose first block holds expected bytes and whose later blocks
 * hold growth bytes (or double, for 0): an arena that stays alive (an
 * article's model) then wastes little past what it uses. */
afs_arena *afs_arena_new_sized(size_t expected, size_t growth);
void afs_arena_free(afs_arena *arena);

/* Address space in huge-page regions that many long-lived arenas (a
 * folder's models) take their first block from: loading 10,000 articles
 * then costs a few hundred page faults, not 50,000. One pool per thread;
 * an arena may be freed from any thread, and a region goes back to the
 * kernel with the last arena in it. The pool may be freed before the
 * arenas it served. */
typedef struct afs_page_pool afs_page_pool;
afs_page_pool *afs_page_pool_new(void);
void afs_page_pool_free(afs_page_pool *pool);
/* Like afs_arena_new_sized, the first block from pool (when not NULL). */
afs_arena *afs_arena_new_pooled(afs_page_pool *pool, size_t expected,
                                size_t growth);
/* Gives the unused end of the newest block back to its pool when it was
 * the last cut there (the pool's thread only): a first block sized
 * generously then costs only what the arena holds. */
void afs_arena_shrink(afs_arena *arena);
/* Forgets everything handed out but keeps the memory, as one block as large
 * as all of them: working memory reused article after article stays in
 * one place instead of scattering the heap between the models. */
void afs_arena_reset(afs_arena *arena);

/* Zeroed memory aligned for any type. */
void *afs_arena_alloc(afs_arena *arena, size_t size);
void *afs_arena_array(afs_arena *arena, size_t count, size_t size);
/* Like afs_arena_array, but not zeroed: for arrays about to be filled. */
void *afs_arena_array_raw(afs_arena *arena, size_t count, size_t size);
/* An array that grows: v resized to count elements of size, its first
 * kept elements kept, in a block of its own that realloc resizes in
 * place where it can. v is NULL, memory of this arena, or what this
 * function returned for it before. For the few large arrays of a pass (a
 * huge article's tokens): growing those by copies left every smaller copy
 * behind in the arena. Not zeroed past kept. */
void *afs_arena_grow(afs_arena *arena, void *v, size_t kept, size_t count,
                     size_t size);
/* Memory from malloc that the arena frees with itself (and at a reset):
 * a buffer handed over whole instead of copied. */
void afs_arena_adopt(afs_arena *arena, void *malloced);
/* NUL-terminated copy of len bytes. */
char *afs_arena_strndup(afs_arena *arena, const char *s, size_t len);
char *afs_arena_strdup(afs_arena *arena, const char *s);
/* printf into the arena. */
char *afs_arena_printf(afs_arena *arena, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Bytes handed out so far (for memory figures). */
size_t afs_arena_used(const afs_arena *arena);

#endif
