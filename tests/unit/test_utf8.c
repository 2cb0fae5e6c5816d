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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_decodes_every_length),
        cmocka_unit_test(test_refuses_what_is_not_utf8),
        cmocka_unit_test(test_hidden_code_points),
        cmocka_unit_test(test_clean_keeps_offsets),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
