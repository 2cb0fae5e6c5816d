/* The core helpers every layer leans on: the string map, slugs cut to a
 * length, dates written out, ASCII lowered eight bytes at a time. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "articlefs/arena.h"
#include "articlefs/date.h"
#include "articlefs/fold.h"
#include "articlefs/slug.h"
#include "articlefs/strmap.h"

/* Keys of every length from 0 to 40 bytes, many sharing a start or an
 * end, so that hashing eight bytes at a time and its tail both count. */
static const char *key_of(afs_arena *arena, int i)
{
    static const char filler[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNO";
    return afs_arena_printf(arena, "%.*s%d", i % 40, filler, i / 40);
}

static void test_strmap_holds_many_keys(void **state)
{
    (void)state;
    afs_arena *arena = afs_arena_new();
    strmap *map = strmap_new(arena);
    assert_int_equal(strmap_get(map, ""), STRMAP_NONE);
    strmap_put(map, "", 7);
    for (int i = 0; i < 5000; i++)
        strmap_put(map, key_of(arena, i), (size_t)i);
    assert_int_equal(strmap_get(map, ""), 7);
    for (int i = 0; i < 5000; i++)
        assert_int_equal(strmap_get(map, key_of(arena, i)), (size_t)i);
    /* a key not put is not found, even one a byte away from one put */
    assert_int_equal(strmap_get(map, "abc"), STRMAP_NONE);
    assert_int_equal(strmap_get(map, "abcdefgh12345"), STRMAP_NONE);
    strmap_put(map, key_of(arena, 123), 9);
    assert_int_equal(strmap_get(map, key_of(arena, 123)), 9);
    afs_arena_free(arena);
}

static void test_slug_lead_starts_the_slug(void **state)
{
    (void)state;
    afs_arena *arena = afs_arena_new();
    const char *texts[] = {
        "We will not accept it, and we will say so to anyone who asks us "
        "again and again",
        "Stra\xc3\x9f"
        "e und Stra\xc3\x9f"
        "e und Stra\xc3\x9f"
        "e und Stra\xc3\x9f"
        "e und Stra\xc3\x9f"
        "e",
        "a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u",
        "short",
        "!!!",
        ""};
    for (size_t t = 0; t < sizeof texts / sizeof *texts; t++) {
        const char *whole = afs_slug(arena, texts[t], strlen(texts[t]), "x");
        for (size_t want = 1; want <= 50; want++) {
            const char *lead =
                afs_slug_lead(arena, texts[t], strlen(texts[t]), want, "x");
            size_t n = strlen(whole) < want ? strlen(whole) : want;
            assert_int_equal(strlen(lead), n);
            assert_memory_equal(lead, whole, n);
            char into[AFS_SLUG_MAX + 1];
            assert_int_equal(
                afs_slug_lead_into(into, texts[t], strlen(texts[t]), want, "x"),
                n);
            assert_string_equal(into, lead);
        }
    }
    afs_arena_free(arena);
}

/* Slugs read runs of ASCII letters apart from the rest; where a run, a
 * dash before it or a folded letter meets the length limit is where
 * they differ. */
static void test_slug_runs_and_limit(void **state)
{
    (void)state;
    afs_arena *arena = afs_arena_new();
    char text[AFS_SLUG_MAX + 8];
    const char *cafe = "\xc3\x89mile Zola's  caf\xc3\xa9, 2024 Stra\xc3\x9f"
                       "e!";
    assert_string_equal(afs_slug(arena, cafe, strlen(cafe), "x"),
                        "emile-zola-s-cafe-2024-strasse");
    for (size_t run = AFS_SLUG_MAX - 3; run <= AFS_SLUG_MAX + 2; run++) {
        memset(text, 'A', run);
        memcpy(text + run, " b", 3);
        const char *slug = afs_slug(arena, text, run + 2, "x");
        /* the dash and its letter fit only together */
        size_t want = run + 2 <= AFS_SLUG_MAX ? run + 2
                      : run < AFS_SLUG_MAX    ? run
                                              : AFS_SLUG_MAX;
        assert_int_equal(strlen(slug), want);
        assert_int_equal(slug[0], 'a');
        assert_int_equal(slug[want - 1], run + 2 <= AFS_SLUG_MAX ? 'b' : 'a');
    }
    memset(text, 'a', AFS_SLUG_MAX - 1);
    memcpy(text + AFS_SLUG_MAX - 1, "\xc3\x9f", 3); /* "ss" cannot fit */
    assert_int_equal(strlen(afs_slug(arena, text, AFS_SLUG_MAX + 1, "x")),
                     AFS_SLUG_MAX - 1);
    assert_string_equal(afs_slug(arena, "-- !", 4, "none"), "none");
    afs_arena_free(arena);
}

static void test_date_format(void **state)
{
    (void)state;
    char out[11];
    assert_true(afs_date_format((afs_date){2025, 3, 9}, out));
    assert_string_equal(out, "2025-03-09");
    assert_true(afs_date_format((afs_date){1, 12, 31}, out));
    assert_string_equal(out, "0001-12-31");
    assert_true(afs_date_format((afs_date){9999, 10, 1}, out));
    assert_string_equal(out, "9999-10-01");
    assert_false(afs_date_format((afs_date){0, 1, 1}, out));
    assert_false(afs_date_format((afs_date){10000, 1, 1}, out));
    /* every day from 1900 to 2100 reads back as the day it was */
    for (long d = afs_date_to_days((afs_date){1900, 1, 1});
         d <= afs_date_to_days((afs_date){2100, 12, 31}); d++) {
        afs_date date = afs_date_from_days(d), back;
        assert_true(afs_date_format(date, out));
        assert_true(afs_date_parse(out, 10, &back));
        assert_int_equal(afs_date_to_days(back), d);
    }
}

/* Every byte value, at each of the eight places, among other bytes. */
static void test_ascii_lower8(void **state)
{
    (void)state;
    for (unsigned b = 0; b < 256; b++)
        for (unsigned at = 0; at < 8; at++) {
            unsigned char in[8] = {'Q', 0xC3, 'z', '@', '[', 'A', 0x80, 'Z'};
            in[at] = (unsigned char)b;
            uint64_t x, capitals;
            memcpy(&x, in, 8);
            x = afs_ascii_lower8(x, &capitals);
            unsigned char out[8], caps[8];
            memcpy(out, &x, 8);
            memcpy(caps, &capitals, 8);
            for (unsigned k = 0; k < 8; k++) {
                bool capital = in[k] >= 'A' && in[k] <= 'Z';
                assert_int_equal(out[k], capital ? in[k] + 32 : in[k]);
                assert_int_equal(caps[k], capital ? 0x80 : 0);
            }
        }
}

/* Each length from 0 to 12, read from the end of a buffer: the first
 * min(n, 8) bytes in their places, the rest zero, and no byte past the
 * end read (address sanitizer and valgrind would tell). */
static void test_load_head8(void **state)
{
    (void)state;
    for (size_t n = 0; n <= 12; n++) {
        char *buf = malloc(n ? n : 1);
        for (size_t k = 0; k < n; k++)
            buf[k] = (char)(0xA1 + 7 * k);
        uint64_t w = afs_load_head8(buf, n);
        for (size_t k = 0; k < 8; k++) {
            unsigned want = k < n ? (unsigned char)buf[k] : 0;
            assert_int_equal((w >> (8 * k)) & 0xFF, want);
        }
        free(buf);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_strmap_holds_many_keys),
        cmocka_unit_test(test_slug_lead_starts_the_slug),
        cmocka_unit_test(test_slug_runs_and_limit),
        cmocka_unit_test(test_date_format),
        cmocka_unit_test(test_ascii_lower8),
        cmocka_unit_test(test_load_head8),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
