/* The one UTF-8 decoder and list of hidden code points every layer uses. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <string.h>

#include "articlefs/utf8.h"

static size_t decode(const char *s, size_t avail, unsigned *cp)
{
    return afs_utf8_decode((const unsigned char *)s, avail, cp);
}

static void test_decodes_every_length(void **state)
{
    (void)state;
    unsigned cp = 0;
    assert_int_equal(decode("A", 1, &cp), 1);
    assert_int_equal(cp, 'A');
    assert_int_equal(decode("\xC3\xA9", 2, &cp), 2);
    assert_int_equal(cp, 0xE9);
    assert_int_equal(decode("\xE2\x80\x9C", 3, &cp), 3);
    assert_int_equal(cp, 0x201C);
    assert_int_equal(decode("\xF0\x9F\x98\x80", 4, &cp), 4);
    assert_int_equal(cp, 0x1F600);
}

static void test_refuses_what_is_not_utf8(void **state)
{
    (void)state;
    unsigned cp = 7;
    assert_int_equal(decode("\xC0\x80", 2, &cp), 0);         /* overlong */
    assert_int_equal(decode("\xE0\x80\x80", 3, &cp), 0);     /* overlong */
    assert_int_equal(decode("\xED\xA0\x80", 3, &cp), 0);     /* surrogate */
    assert_int_equal(decode("\xF4\x90\x80\x80", 4, &cp), 0); /* > U+10FFFF */
    assert_int_equal(decode("\xC3", 1, &cp), 0);             /* cut short */
    assert_int_equal(decode("\xC3(", 2, &cp), 0); /* no continuation */
    assert_int_equal(decode("\x80", 1, &cp), 0);  /* stray continuation */
    assert_int_equal(decode("", 0, &cp), 0);
    assert_int_equal(cp, 7); /* untouched */
}

static void test_hidden_code_points(void **state)
{
    (void)state;
    const unsigned hidden[] = {0x00,   0x1B,   0x7F,   0x85,   0x200B,
                               0x200E, 0x2028, 0x202E, 0x2066, 0xFEFF};
    for (size_t i = 0; i < sizeof hidden / sizeof *hidden; i++)
        assert_true(afs_utf8_is_hidden(hidden[i]));
    const unsigned shown[] = {' ', 'a', 0xA0, 0xE9, 0x200C, 0x200D, 0x201C};
    for (size_t i = 0; i < sizeof shown / sizeof *shown; i++)
        assert_false(afs_utf8_is_hidden(shown[i]));
}

/* The clean copy keeps offsets: a hidden code point becomes as many
 * spaces as it had bytes, a joiner stays, a CR before a newline goes. */
static void test_clean_keeps_offsets(void **state)
{
    (void)state;
    const char in[] = "a\xE2\x80\x8B"
                      "b\xE2\x80\x8D"
                      "c\r\nd\re\xFF";
    char out[sizeof in];
    afs_utf8_clean(in, sizeof in - 1, out);
    assert_string_equal(out, "a   b\xE2\x80\x8D"
                             "c \nd\ne?");
}

/* afs_utf8_is_clean(s) says whether afs_utf8_clean leaves s as it is,
 * for every special piece at every offset around the steps of eight,
 * sixteen and sixty-four bytes:
 * line ends (clean), tabs, CR, DEL, hidden and visible code points, bad
 * bytes, and a sequence cut by the end. */
static void test_is_clean_agrees_with_clean(void **state)
{
    (void)state;
    static const char *const pieces[] = {
        "\n",
        "\t",
        "\r",
        "\r\n",
        "\x7f",
        "\x01",
        "\xc3\xa9",
        "\xe2\x80\x9c",
        "\xe2\x80\x8b",
        "\xef\xbb\xbf",
        "\xf0\x9f\x98\x80",
        "\xc2\x85",
        "\xff",
        "\xc3",
        "\xe2\x80",
        "~",
        " ",
    };
    char text[160], cleaned[160];
    size_t checked = 0, clean = 0;
    for (size_t p = 0; p < sizeof pieces / sizeof *pieces; p++) {
        size_t n = strlen(pieces[p]);
        for (size_t at = 0; at <= 140; at++) {
            for (size_t after = 0; after <= 10; after += 5) {
                size_t len = at + n + after;
                memset(text, 'a', len);
                memcpy(text + at, pieces[p], n);
                text[len] = '\0';
                afs_utf8_clean(text, len, cleaned);
                bool same = memcmp(text, cleaned, len) == 0;
                if (afs_utf8_is_clean(text, len) != same)
                    fail_msg("piece %zu at %zu of %zu: is_clean %d", p, at, len,
                             !same);
                checked++;
                clean += same;
            }
        }
    }
    /* both answers came up */
    assert_true(clean > 0 && clean < checked);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_decodes_every_length),
        cmocka_unit_test(test_refuses_what_is_not_utf8),
        cmocka_unit_test(test_hidden_code_points),
        cmocka_unit_test(test_clean_keeps_offsets),
        cmocka_unit_test(test_is_clean_agrees_with_clean),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
