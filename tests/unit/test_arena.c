/* The arena and its page pools: what an arena hands out stays intact
 * whatever else is made and freed, a pooled model costs only what it
 * holds, and arenas outlive their pool and are freed from other threads. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "articlefs/arena.h"

#define ARENAS 600

/* Fills an arena with bytes that say which arena it is. */
static unsigned char *fill(afs_arena *arena, size_t n, size_t size)
{
    unsigned char *p = afs_arena_array_raw(arena, size, 1);
    memset(p, (int)(n % 251), size);
    return p;
}

static void check(const unsigned char *p, size_t n, size_t size)
{
    for (size_t i = 0; i < size; i++)
        assert_int_equal(p[i], n % 251);
}

static void test_arena_grows_and_resets(void **state)
{
    (void)state;
    afs_arena *arena = afs_arena_new_sized(100, 64);
    unsigned char *first = fill(arena, 1, 80);
    unsigned char *second = fill(arena, 2, 5000); /* past the first block */
    check(first, 1, 80);
    check(second, 2, 5000);
    assert_int_equal(afs_arena_used(arena), 5080);
    char *s = afs_arena_printf(arena, "%s-%d", "kim", 2);
    assert_string_equal(s, "kim-2");
    afs_arena_reset(arena);
    assert_int_equal(afs_arena_used(arena), 0);
    check(fill(arena, 3, 5000), 3, 5000); /* one block now holds it */
    afs_arena_free(arena);
}

/* A pooled arena shrunk to what it holds: the next one starts right
 * after it. */
static void test_pooled_arena_shrinks(void **state)
{
    (void)state;
    afs_page_pool *pool = afs_page_pool_new();
    afs_arena *a = afs_arena_new_pooled(pool, 20000, 1024);
    unsigned char *pa = fill(a, 1, 1000);
    afs_arena_shrink(a);
    afs_arena *b = afs_arena_new_pooled(pool, 20000, 1024);
    unsigned char *pb = fill(b, 2, 10);
    assert_true(pb > pa && (size_t)(pb - pa) < 1100);
    /* grown past its first block, an arena takes malloc'd blocks */
    unsigned char *big = fill(b, 3, 50000);
    check(pa, 1, 1000);
    check(pb, 2, 10);
    check(big, 3, 50000);
    afs_arena_free(a);
    check(pb, 2, 10);
    afs_arena_free(b);
    /* too big for a region: from malloc, and still whole */
    afs_arena *huge = afs_arena_new_pooled(pool, 4 << 20, 1024);
    check(fill(huge, 4, 4 << 20), 4, 4 << 20);
    afs_arena_free(huge);
    afs_page_pool_free(pool);
}

typedef struct batch {
    afs_arena *arenas[ARENAS];
    unsigned char *data[ARENAS];
    size_t first, step;
} batch;

static void *free_every_other(void *arg)
{
    batch *b = arg;
    for (size_t i = b->first; i < ARENAS; i += b->step) {
        check(b->data[i], i, 3000 + i);
        afs_arena_free(b->arenas[i]);
        b->arenas[i] = NULL;
    }
    return NULL;
}

/* Enough arenas to fill several regions, the pool freed first, half the
 * arenas freed by another thread: the rest keep their bytes. */
static void test_pooled_arenas_outlive_the_pool(void **state)
{
    (void)state;
    static batch b;
    afs_page_pool *pool = afs_page_pool_new();
    for (size_t i = 0; i < ARENAS; i++) {
        b.arenas[i] = afs_arena_new_pooled(pool, 6000 + i, 1024);
        b.data[i] = fill(b.arenas[i], i, 3000 + i);
        afs_arena_shrink(b.arenas[i]);
    }
    afs_page_pool_free(pool);
    b.first = 0;
    b.step = 2;
    pthread_t other;
    assert_int_equal(pthread_create(&other, NULL, free_every_other, &b), 0);
    assert_int_equal(pthread_join(other, NULL), 0);
    for (size_t i = 1; i < ARENAS; i += 2) {
        check(b.data[i], i, 3000 + i);
        afs_arena_free(b.arenas[i]);
    }
}

/* An array grown in its own block keeps what it held, whatever the
 * arena hands out meanwhile, starting from arena memory or from NULL; a
 * reset and a free give its blocks back (LeakSanitizer checks). */
static void test_grown_arrays_keep_their_contents(void **state)
{
    (void)state;
    afs_arena *arena = afs_arena_new();
    unsigned *small = afs_arena_array_raw(arena, 4, sizeof *small);
    for (unsigned i = 0; i < 4; i++)
        small[i] = i;
    unsigned *v = afs_arena_grow(arena, small, 4, 16, sizeof *v);
    size_t n = 16;
    for (unsigned i = 4; i < n; i++)
        v[i] = i;
    unsigned *w = afs_arena_grow(arena, NULL, 0, 1, sizeof *w);
    w[0] = 7;
    for (int round = 0; round < 12; round++) {
        char *between = afs_arena_strdup(arena, "between");
        v = afs_arena_grow(arena, v, n, 2 * n, sizeof *v);
        for (size_t i = n; i < 2 * n; i++)
            v[i] = (unsigned)i;
        n *= 2;
        assert_string_equal(between, "between");
    }
    for (size_t i = 0; i < n; i++)
        assert_int_equal(v[i], i);
    assert_int_equal(w[0], 7);
    afs_arena_reset(arena);
    char *after = afs_arena_strdup(arena, "after a reset");
    v = afs_arena_grow(arena, NULL, 0, 1000, sizeof *v);
    v[999] = 9;
    assert_string_equal(after, "after a reset");
    afs_arena_free(arena);
}

/* Every size zeroed and every length copied whole, whichever stores do
 * it: memory a reset hands out again held other bytes. */
static void test_small_records_zeroed_and_strings_copied(void **state)
{
    (void)state;
    static const char text[] = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH";
    afs_arena *arena = afs_arena_new();
    fill(arena, 7, 4000);
    afs_arena_reset(arena);
    for (size_t size = 1; size <= 40; size++) {
        const unsigned char *p = afs_arena_alloc(arena, size);
        check(p, 0, size);
    }
    for (size_t len = 0; len <= 40; len++) {
        const char *copy = afs_arena_strndup(arena, text + 1, len);
        assert_int_equal(strlen(copy), len);
        assert_memory_equal(copy, text + 1, len);
    }
    afs_arena_free(arena);
}

/* Adopted memory goes with the arena, at a reset or a free. */
static void test_adopted_memory_is_freed(void **state)
{
    (void)state;
    afs_arena *arena = afs_arena_new();
    afs_arena_adopt(arena, strdup("one"));
    afs_arena_reset(arena);
    char *two = strdup("two");
    afs_arena_adopt(arena, two);
    assert_string_equal(two, "two");
    afs_arena_free(arena);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_arena_grows_and_resets),
        cmocka_unit_test(test_pooled_arena_shrinks),
        cmocka_unit_test(test_pooled_arenas_outlive_the_pool),
        cmocka_unit_test(test_grown_arrays_keep_their_contents),
        cmocka_unit_test(test_adopted_memory_is_freed),
        cmocka_unit_test(test_small_records_zeroed_and_strings_copied),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
