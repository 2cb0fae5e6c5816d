#include "articlefs/arena.h"

#include <stdalign.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Blocks grow from small to large: a corpus holds thousands of small
 * models, a single huge article wants few big blocks. */
#define BLOCK_FIRST ((size_t)4 * 1024)
#define BLOCK_LARGEST ((size_t)1024 * 1024)

typedef struct block {
    struct block *next;
    size_t size, used;
    alignas(max_align_t) unsigned char data[];
} block;

struct afs_arena {
    block *head;
    size_t total;
    size_t next_block;
    size_t growth; /* size of the blocks after the first; 0: doubling */
};

static void out_of_memory(size_t size)
{
    fprintf(stderr, "articlefs: out of memory (asked for %zu bytes)\n", size);
    abort();
}

afs_arena *afs_arena_new(void)
{
    afs_arena *arena = calloc(1, sizeof *arena);
    if (!arena)
        out_of_memory(sizeof *arena);
    return arena;
}

afs_arena *afs_arena_new_sized(size_t expected, size_t growth)
{
    afs_arena *arena = afs_arena_new();
    arena->next_block = expected;
    arena->growth = growth;
    return arena;
}

void afs_arena_free(afs_arena *arena)
{
    if (!arena)
        return;
    for (block *b = arena->head, *next; b; b = next) {
        next = b->next;
        free(b);
    }
    free(arena);
}

void afs_arena_reset(afs_arena *arena)
{
    block *b = arena->head;
    arena->total = 0;
    if (b && !b->next) {
        b->used = 0;
        return;
    }
    size_t held = 0;
    for (block *next; b; b = next) {
        next = b->next;
        held += b->size;
        free(b);
    }
    arena->head = NULL;
    if (held > arena->next_block)
        arena->next_block = held;
}

static block *new_block(afs_arena *arena, size_t need)
{
    if (arena->next_block < BLOCK_FIRST)
        arena->next_block = BLOCK_FIRST;
    size_t size = need > arena->next_block ? need : arena->next_block;
    if (arena->growth)
        arena->next_block = arena->growth;
    else if (arena->next_block < BLOCK_LARGEST)
        arena->next_block *= 2;
    block *b = malloc(sizeof *b + size);
    if (!b)
        out_of_memory(size);
    b->size = size;
    b->used = 0;
    b->next = arena->head;
    arena->head = b;
    return b;
}

/* Strings take align 1: rounding each to 16 bytes cost a tenth of a
 * model. */
static void *bump_aligned(afs_arena *arena, size_t size, size_t align)
{
    if (size > SIZE_MAX / 2)
        out_of_memory(size);
    block *b = arena->head;
    size_t start = b ? (b->used + align - 1) & ~(align - 1) : 0;
    if (!b || start > b->size || b->size - start < size) {
        b = new_block(arena, size);
        start = 0;
    }
    b->used = start + size;
    arena->total += size;
    return b->data + start;
}

static void *bump(afs_arena *arena, size_t size)
{
    return bump_aligned(arena, size, alignof(max_align_t));
}

void *afs_arena_alloc(afs_arena *arena, size_t size)
{
    void *p = bump(arena, size);
    memset(p, 0, size);
    return p;
}

void *afs_arena_array(afs_arena *arena, size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size)
        out_of_memory(SIZE_MAX);
    return afs_arena_alloc(arena, count * size);
}

void *afs_arena_array_raw(afs_arena *arena, size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size)
        out_of_memory(SIZE_MAX);
    return bump(arena, count * size);
}

char *afs_arena_strndup(afs_arena *arena, const char *s, size_t len)
{
    char *copy = bump_aligned(arena, len + 1, 1);
    if (len)
        memcpy(copy, s, len);
    copy[len] = '\0';
    return copy;
}

char *afs_arena_strdup(afs_arena *arena, const char *s)
{
    return afs_arena_strndup(arena, s, strlen(s));
}

char *afs_arena_printf(afs_arena *arena, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return afs_arena_strdup(arena, "");
    if ((size_t)n < sizeof small)
        return afs_arena_strndup(arena, small, (size_t)n);
    char *s = afs_arena_alloc(arena, (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return s;
}

size_t afs_arena_used(const afs_arena *arena)
{
    return arena->total;
}
