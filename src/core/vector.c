#include "articlefs/vector.h"

#include <stdint.h>
#include <stdio.h>

/* The first array: 256 bytes, or 8 elements of a large type (the
 * passes' names and events), which would otherwise double from one. */
#define FIRST_BYTES ((size_t)256)
/* An array this large grows in a block of its own: copies left behind in
 * the arena would cost a huge article twice its tokens. */
#define OWN_BLOCK_BYTES ((size_t)64 * 1024)

static void out_of_memory(void)
{
    fprintf(stderr, "articlefs: out of memory\n");
    abort();
}

void *afs_vec_grow(void *v, size_t *cap, size_t need, size_t used, size_t size,
                   afs_arena *arena)
{
    size_t grown = *cap                      ? *cap
                   : FIRST_BYTES / size >= 8 ? (FIRST_BYTES + size - 1) / size
                                             : 8;
    while (grown < need) {
        if (grown > SIZE_MAX / 2 / size)
            out_of_memory();
        grown *= 2;
    }
    if (grown > SIZE_MAX / size)
        out_of_memory();
    void *bigger;
    if (arena && grown * size >= OWN_BLOCK_BYTES) {
        bigger = afs_arena_grow(arena, v, used, grown, size);
    } else if (arena) {
        bigger = afs_arena_array_raw(arena, grown, size);
        if (used)
            memcpy(bigger, v, used * size);
    } else if (!(bigger = realloc(v, grown * size))) {
        out_of_memory();
    }
    *cap = grown;
    return bigger;
}
