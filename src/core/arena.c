#include "articlefs/arena.h"

#include <stdalign.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* Blocks grow from small to large: a corpus holds thousands of small
 * models, a single huge article wants few big blocks. */
#define BLOCK_FIRST ((size_t)4 * 1024)
#define BLOCK_LARGEST ((size_t)1024 * 1024)

typedef struct region region;

typedef struct block {
    struct block *next;
    size_t size, used;
    region *from; /* NULL: from malloc */
    bool own;     /* one array of afs_arena_grow's */
    alignas(max_align_t) unsigned char data[];
} block;

/* A pool's address space, aligned to a huge page; blocks are cut from it
 * in turn and it goes back to the kernel when the last comes back. */
#define REGION_SIZE ((size_t)2 * 1024 * 1024)
#define REGION_HEADER ((size_t)64)

struct region {
    _Atomic size_t holders; /* blocks out, and the pool while it cuts */
    size_t cut;             /* bytes handed out, the header included */
};

struct afs_page_pool {
    region *current;
};

typedef struct adopted {
    struct adopted *next;
    void *memory;
} adopted;

struct afs_arena {
    block *head;
    adopted *adopted; /* afs_arena_adopt's, freed with the blocks */
    size_t total;
    size_t next_block;
    size_t growth; /* size of the blocks after the first; 0: doubling */
};

__attribute__((cold, noreturn)) static void out_of_memory(size_t size)
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

/* ---- page pools -------------------------------------------------------- */

static void region_drop(region *r)
{
    if (atomic_fetch_sub(&r->holders, 1) == 1)
        munmap(r, REGION_SIZE);
}

static region *region_new(void)
{
    /* twice the size, then the unaligned ends cut off */
    size_t span = 2 * REGION_SIZE;
    unsigned char *p = mmap(NULL, span, PROT_READ | PROT_WRITE,
                            MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return NULL;
    uintptr_t aligned = ((uintptr_t)p + REGION_SIZE - 1) & ~(REGION_SIZE - 1);
    unsigned char *start = (unsigned char *)aligned;
    if (start > p)
        munmap(p, (size_t)(start - p));
    munmap(start + REGION_SIZE, (size_t)(p + span - (start + REGION_SIZE)));
    madvise(start, REGION_SIZE, MADV_HUGEPAGE); /* a hint: fine if refused */
    region *r = (region *)start;
    atomic_init(&r->holders, 1);
    r->cut = REGION_HEADER;
    return r;
}

afs_page_pool *afs_page_pool_new(void)
{
    afs_page_pool *pool = calloc(1, sizeof *pool);
    if (!pool)
        out_of_memory(sizeof *pool);
    return pool;
}

/* The pages of the last region past what was cut go back: a huge page
 * touched at all counts whole, and a small load would pay 2 MB a
 * thread. */
static void give_back_tail(region *r)
{
    long page = sysconf(_SC_PAGESIZE);
    size_t from = (r->cut + (size_t)page - 1) & ~((size_t)page - 1);
    if (from < REGION_SIZE)
        madvise((unsigned char *)r + from, REGION_SIZE - from, MADV_DONTNEED);
}

void afs_page_pool_free(afs_page_pool *pool)
{
    if (!pool)
        return;
    if (pool->current) {
        give_back_tail(pool->current);
        region_drop(pool->current);
    }
    free(pool);
}

/* A block cut from the pool, or NULL when it is too big for a region or
 * the kernel has no address space to give. */
static block *pool_block(afs_page_pool *pool, size_t bytes)
{
    bytes = (bytes + alignof(max_align_t) - 1) & ~(alignof(max_align_t) - 1);
    if (bytes > REGION_SIZE / 8)
        return NULL;
    region *r = pool->current;
    if (!r || REGION_SIZE - r->cut < bytes) {
        if (r)
            region_drop(r);
        r = pool->current = region_new();
        if (!r)
            return NULL;
    }
    block *b = (block *)((unsigned char *)r + r->cut);
    r->cut += bytes;
    atomic_fetch_add(&r->holders, 1);
    b->from = r;
    b->own = false;
    b->size = bytes - sizeof *b; /* to where the next block starts */
    return b;
}

afs_arena *afs_arena_new_pooled(afs_page_pool *pool, size_t expected,
                                size_t growth)
{
    afs_arena *arena = afs_arena_new_sized(expected, growth);
    block *b = pool ? pool_block(pool, sizeof *b + expected) : NULL;
    if (b) {
        b->used = 0;
        b->next = NULL;
        arena->head = b;
        arena->next_block = growth;
    }
    return arena;
}

void afs_arena_shrink(afs_arena *arena)
{
    block *b = arena->head;
    region *r = b ? b->from : NULL;
    if (!r || b->data + b->size != (unsigned char *)r + r->cut)
        return;
    size_t keep =
        (b->used + alignof(max_align_t) - 1) & ~(alignof(max_align_t) - 1);
    r->cut -= b->size - keep;
    b->size = keep;
}

/* A pooled block goes back with its region's last. Giving back each
 * block's pages as it goes would split the huge pages and make every
 * thread flush its TLB, 10,000 times at an unmount; what a region keeps
 * for models a reload replaced is bounded by what the first load made. */
static void block_free(block *b)
{
    if (b->from)
        region_drop(b->from);
    else
        free(b);
}

static void free_adopted(afs_arena *arena)
{
    for (adopted *a = arena->adopted, *next; a; a = next) {
        next = a->next;
        free(a->memory);
        free(a);
    }
    arena->adopted = NULL;
}

void afs_arena_adopt(afs_arena *arena, void *malloced)
{
    adopted *a = malloc(sizeof *a);
    if (!a)
        out_of_memory(sizeof *a);
    a->memory = malloced;
    a->next = arena->adopted;
    arena->adopted = a;
}

void afs_arena_free(afs_arena *arena)
{
    if (!arena)
        return;
    free_adopted(arena);
    for (block *b = arena->head, *next; b; b = next) {
        next = b->next;
        block_free(b);
    }
    free(arena);
}

/* afs_arena_grow's arrays go: the next article grows its own. */
static void free_own_blocks(afs_arena *arena)
{
    for (block **link = &arena->head; *link;) {
        block *b = *link;
        if (b->own) {
            *link = b->next;
            block_free(b);
        } else {
            link = &b->next;
        }
    }
}

void afs_arena_reset(afs_arena *arena)
{
    free_adopted(arena);
    free_own_blocks(arena);
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
        block_free(b);
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
    b->from = NULL;
    b->own = false;
    b->size = size;
    b->used = 0;
    b->next = arena->head;
    arena->head = b;
    return b;
}

/* The link to v's block when v is an array of afs_arena_grow's, else
 * NULL. */
static block **own_block_link(afs_arena *arena, const void *v)
{
    for (block **link = v ? &arena->head : NULL; link && *link;
         link = &(*link)->next)
        if ((*link)->own && (*link)->data == v)
            return link;
    return NULL;
}

void *afs_arena_grow(afs_arena *arena, void *v, size_t kept, size_t count,
                     size_t size)
{
    if (size && count > (SIZE_MAX - sizeof(block)) / size)
        out_of_memory(SIZE_MAX);
    size_t bytes = count * size;
    block **link = own_block_link(arena, v);
    block *b = realloc(link ? *link : NULL, sizeof *b + bytes);
    if (!b)
        out_of_memory(bytes);
    if (link) {
        arena->total -= b->size;
        *link = b;
    } else {
        if (kept)
            memcpy(b->data, v, kept * size);
        /* behind the head, which bump allocations go on filling */
        block **at = arena->head ? &arena->head->next : &arena->head;
        b->next = *at;
        *at = b;
    }
    b->from = NULL;
    b->own = true;
    b->size = b->used = bytes; /* full: nothing is bumped into it */
    arena->total += bytes;
    return b->data;
}

/* Strings take align 1: rounding each to 16 bytes cost a tenth of a
 * model. */
/* size bytes at the start of a new block: apart from bump_aligned, so
 * that the common case, a bump in the head block, pays for no
 * registers saved around a call. */
__attribute__((noinline)) static void *bump_new_block(afs_arena *arena,
                                                      size_t size)
{
    block *b = new_block(arena, size);
    b->used = size;
    arena->total += size;
    return b->data;
}

static inline void *bump_aligned(afs_arena *arena, size_t size, size_t align)
{
    if (size > SIZE_MAX / 2)
        out_of_memory(size);
    block *b = arena->head;
    if (b) {
        size_t start = (b->used + align - 1) & ~(align - 1);
        if (start <= b->size && b->size - start >= size) {
            b->used = start + size;
            arena->total += size;
            return b->data + start;
        }
    }
    return bump_new_block(arena, size);
}

static void *bump(afs_arena *arena, size_t size)
{
    return bump_aligned(arena, size, alignof(max_align_t));
}

/* Zeroes [p, p + n) in two stores of eight or sixteen bytes that may
 * overlap: most of an arena's records are small, where a call to memset
 * costs more than the stores. */
static void zero_small(char *p, size_t n)
{
    static const char zeros[16];
    if (n >= 16 && n <= 32) {
        memcpy(p, zeros, 16);
        memcpy(p + n - 16, zeros, 16);
    } else if (n >= 8 && n < 16) {
        memcpy(p, zeros, 8);
        memcpy(p + n - 8, zeros, 8);
    } else {
        memset(p, 0, n);
    }
}

void *afs_arena_alloc(afs_arena *arena, size_t size)
{
    void *p = bump(arena, size);
    zero_small(p, size);
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

/* n bytes from s to to in two moves of eight that may overlap, none
 * outside [s, s + n): most strings an arena copies are names of a few
 * words, where a call to memcpy costs more than the copy. */
static void copy_8_to_16(char *to, const char *s, size_t n)
{
    uint64_t head, tail;
    memcpy(&head, s, 8);
    memcpy(&tail, s + n - 8, 8);
    memcpy(to, &head, 8);
    memcpy(to + n - 8, &tail, 8);
}

static void copy_4_to_8(char *to, const char *s, size_t n)
{
    uint32_t head, tail;
    memcpy(&head, s, 4);
    memcpy(&tail, s + n - 4, 4);
    memcpy(to, &head, 4);
    memcpy(to + n - 4, &tail, 4);
}

static void copy_16_to_32(char *to, const char *s, size_t n)
{
    copy_8_to_16(to, s, 16);
    copy_8_to_16(to + n - 16, s + n - 16, 16);
}

char *afs_arena_strndup(afs_arena *arena, const char *s, size_t len)
{
    char *copy = bump_aligned(arena, len + 1, 1);
    if (len >= 8 && len <= 16)
        copy_8_to_16(copy, s, len);
    else if (len >= 4 && len < 8)
        copy_4_to_8(copy, s, len);
    else if (len > 16 && len <= 32)
        copy_16_to_32(copy, s, len);
    else if (len)
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
