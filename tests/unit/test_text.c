/* Segmentation: tokens, offsets, sentences, paragraphs, cleaning. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "articlefs/text.h"
#include "articlefs/utf8.h"

static afs_text *text_of(afs_arena *arena, const char *s)
{
    return afs_text_new(arena, s, strlen(s));
}

static void test_abbreviations_do_not_end_sentences(void **state)
{
    (void)state;
    afs_arena *arena = afs_arena_new();
    afs_text *t = text_of(arena, "Mr. Smith met U.S. officials on Jan. 5 in "
                                 "Washington. They talked. Then he left.");
    assert_int_equal(t->sentence_count, 3);
    assert_true(afs_tok_is(t, 0, "Mr."));
    assert_true(afs_tok_is(t, 3, "U.S."));
    afs_arena_free(arena);
}

static void test_possessive_is_split(void **state)
{
    (void)state;
    afs_arena *arena = afs_arena_new();
    afs_text *t = text_of(arena, "Japan\xE2\x80\x99s ministry and Kim's aide "
                                 "don't agree.");
    assert_true(afs_tok_is(t, 0, "Japan"));
    assert_true(t->tokens[1].flags & AFS_TF_POSSESSIVE);
    assert_true(afs_tok_is(t, 4, "Kim"));
    assert_true(afs_tok_is(t, 7, "don't"));
    afs_arena_free(arena);
}

static void test_quote_marks(void **state)
{
    (void)state;
    afs_arena *arena = afs_arena_new();
    afs_text *t =
        text_of(arena, "\"We won,\" she said. \xE2\x80\x9CYes.\xE2\x80\x9D");
    assert_int_equal(t->tokens[0].kind, AFS_TOK_QUOTE);
    assert_int_equal(t->tokens[0].mark, AFS_MARK_DOUBLE_OPEN);
    assert_int_equal(t->tokens[4].mark, AFS_MARK_DOUBLE_CLOSE);
    assert_int_equal(t->sentence_count, 2);
    afs_arena_free(arena);
}

/* Curly marks typed the wrong way round, and German low-high pairs: the
 * side the word stands on decides. */
static void test_reversed_curly_marks(void **state)
{
    (void)state;
    afs_arena *arena = afs_arena_new();
    /* `said: ”Run.”` and `„Ja“ sagte er` */
    afs_text *t = text_of(arena, "One said: \xE2\x80\x9DRun.\xE2\x80\x9D "
                                 "\xE2\x80\x9EJa\xE2\x80\x9C sagte er.");
    assert_true(afs_tok_is(t, 3, "\xE2\x80\x9D"));
    assert_int_equal(t->tokens[3].mark, AFS_MARK_DOUBLE_OPEN);
    assert_int_equal(t->tokens[6].mark, AFS_MARK_DOUBLE_CLOSE);
    assert_int_equal(t->tokens[7].mark, AFS_MARK_DOUBLE_OPEN);
    assert_true(afs_tok_is(t, 9, "\xE2\x80\x9C"));
    assert_int_equal(t->tokens[9].mark, AFS_MARK_DOUBLE_CLOSE);
    afs_arena_free(arena);
}

static void test_paragraphs_and_offsets(void **state)
{
    (void)state;
    afs_arena *arena = afs_arena_new();
    const char *s = "Headline here\r\nFirst line.\n\nSecond line.";
    afs_text *t = text_of(arena, s);
    assert_int_equal(t->paragraph_count, 3);
    assert_int_equal(t->sentence_count, 3);
    for (size_t i = 0; i < t->token_count; i++)
        assert_memory_equal(t->raw + t->tokens[i].start,
                            t->clean + t->tokens[i].start,
                            t->tokens[i].end - t->tokens[i].start);
    assert_int_equal(t->paragraphs[2].start, (size_t)(strstr(s, "Second") - s));
    afs_arena_free(arena);
}

static void test_clean_keeps_length_and_replaces_bad_bytes(void **state)
{
    (void)state;
    const char in[] = "a\xff\xfe b\x01\x00"
                      "c \xC3\xA9 \xE2\x80\xAE!";
    size_t len = sizeof in - 1;
    char out[sizeof in];
    afs_utf8_clean(in, len, out);
    assert_int_equal(out[1], '?');
    assert_int_equal(out[4], 'b');
    assert_int_equal(out[5], ' ');
    assert_int_equal(out[6], ' ');
    assert_memory_equal(out + 9, "\xC3\xA9", 2); /* é stays */
    assert_memory_equal(out + 12, "   ", 3);     /* bidi override goes */
    assert_int_equal(out[len], '\0');
}

static void test_hyphen_initialism_and_numbers(void **state)
{
    (void)state;
    afs_arena *arena = afs_arena_new();
    afs_text *t = text_of(arena, "The Japan-U.S. pact cost $1,250.5 in "
                                 "2022/23 for PG&E.");
    assert_true(afs_tok_is(t, 1, "Japan-U.S."));
    assert_true(afs_tok_is(t, 5, "1,250.5"));
    assert_int_equal(t->tokens[5].kind, AFS_TOK_NUMBER);
    assert_true(afs_tok_is(t, 7, "2022/23"));
    assert_true(afs_tok_is(t, 9, "PG&E"));
    afs_arena_free(arena);
}

static void test_empty_and_binary(void **state)
{
    (void)state;
    afs_arena *arena = afs_arena_new();
    afs_text *t = afs_text_new(arena, "", 0);
    assert_int_equal(t->token_count, 0);
    assert_int_equal(t->sentence_count, 0);
    const char bin[] = {0, 1, 2, (char)0xff, (char)0x80, '\n', 0};
    t = afs_text_new(arena, bin, sizeof bin);
    assert_true(t->token_count <= sizeof bin);
    afs_arena_free(arena);
}

/* Regression: a non-ASCII code point passed to isdigit() once made an
 * empty token, and the tokenizer looped for ever on binary input. */
static void test_random_bytes_always_progress(void **state)
{
    (void)state;
    afs_arena *arena = afs_arena_new();
    size_t len = 1 << 16;
    char *bytes = afs_arena_alloc(arena, len + 1); /* NUL-terminated */
    unsigned seed = 12345;
    for (size_t i = 0; i < len; i++) {
        seed = seed * 1103515245u + 12345u;
        bytes[i] = (char)(seed >> 16);
    }
    afs_text *t = afs_text_new(arena, bytes, len);
    assert_true(t->token_count <= len);
    for (size_t i = 0; i < t->token_count; i++) {
        assert_true(t->tokens[i].end > t->tokens[i].start);
        if (i)
            assert_true(t->tokens[i].start >= t->tokens[i - 1].end);
    }
    afs_arena_free(arena);
}

static uint16_t case_flags(const afs_text *t, size_t i)
{
    return t->tokens[i].flags & (AFS_TF_CAPITAL | AFS_TF_ALL_CAPS);
}

/* Case flags read eight bytes a step: words shorter and longer than
 * eight, letters past the first eight, bytes above ASCII, and a word that
 * ends the text (no eight bytes left to load). */
static void test_case_flags(void **state)
{
    (void)state;
    afs_arena *arena = afs_arena_new();
    afs_text *t = text_of(arena, "NATO Nato nato A AB INTERNATIONALLY "
                                 "INTERNATIONALLy U.S. \xC3\x89TAT "
                                 "CAF\xC3\xA9 CAF\xC3\x89 X-RAY OK");
    const uint16_t both = AFS_TF_CAPITAL | AFS_TF_ALL_CAPS;
    const uint16_t expected[] = {
        both, AFS_TF_CAPITAL, 0,    AFS_TF_CAPITAL, both, both, AFS_TF_CAPITAL,
        both, both,           both, both,           both, both};
    assert_int_equal(t->token_count, sizeof expected / sizeof *expected);
    for (size_t i = 0; i < t->token_count; i++)
        if (case_flags(t, i) != expected[i])
            fail_msg("token %zu '%.*s': case flags %u, not %u", i,
                     (int)afs_tok_len(t, i), afs_tok_str(t, i),
                     case_flags(t, i), expected[i]);
    /* one capital and bytes above ASCII is not all capitals */
    afs_text *u = text_of(arena, "\xC3\x89t\xC3\xA9 A\xC3\xA9");
    assert_int_equal(case_flags(u, 0), AFS_TF_CAPITAL);
    assert_int_equal(case_flags(u, 1), AFS_TF_CAPITAL);
    afs_arena_free(arena);
}

/* Where words end, byte by byte: before a space, inside and after
 * apostrophes, hyphens, ampersands and dots, and across bytes above ASCII,
 * the last word at the very end of the text. */
static void test_word_ends(void **state)
{
    (void)state;
    afs_arena *arena = afs_arena_new();
    afs_text *t = text_of(arena, "Z\xC3\xBCrich-based O'Neill's r&d AT&T e.g. "
                                 "na\xC3\xAFve caf\xC3\xA9. end");
    static const char *const expected[] = {"Z\xC3\xBCrich-based",
                                           "O'Neill",
                                           "'s",
                                           "r",
                                           "&",
                                           "d",
                                           "AT&T",
                                           "e.g.",
                                           "na\xC3\xAFve",
                                           "caf\xC3\xA9",
                                           ".",
                                           "end"};
    assert_int_equal(t->token_count, sizeof expected / sizeof *expected);
    for (size_t i = 0; i < t->token_count; i++)
        if (!afs_tok_is(t, i, expected[i]))
            fail_msg("token %zu is '%.*s', not '%s'", i, (int)afs_tok_len(t, i),
                     afs_tok_str(t, i), expected[i]);
    afs_arena_free(arena);
}

/* A word read sixteen bytes at once (most words) and the same word in
 * the text's last bytes, read a byte at a time, give one token: its end,
 * its case flags and its lexicons, whatever its length and case. */
static void test_fast_and_slow_words_agree(void **state)
{
    (void)state;
    static const char *const words[] = {
        "a",
        "I",
        "UN",
        "Un",
        "said",
        "SAID",
        "Said",
        "sAID",
        "B2B",
        "Minister",
        "MINISTERS",
        "Government",
        "GOVERNMENTS",
        "government",
        "Xqzzyvwxqzzyvw",
        "aBCDEFGHI",
        "ABCDEFGHIJK",
        "Abcdefghijklmno",
        "Abcdefghijklmnop",
    };
    afs_arena *arena = afs_arena_new();
    for (size_t w = 0; w < sizeof words / sizeof *words; w++) {
        char text[128];
        snprintf(text, sizeof text, "%s and then some more words here",
                 words[w]);
        afs_text *fast = text_of(arena, text);
        afs_text *slow = text_of(arena, words[w]);
        const afs_token *f = &fast->tokens[0], *k = &slow->tokens[0];
        assert_int_equal(f->end, strlen(words[w]));
        assert_int_equal(k->end, f->end);
        assert_int_equal(k->flags & ~AFS_TF_SPACE_BEFORE,
                         f->flags & ~AFS_TF_SPACE_BEFORE);
        assert_int_equal(k->lex.keys, f->lex.keys);
        assert_int_equal(k->lower.keys, f->lower.keys);
        assert_int_equal(k->lower.heads, f->lower.heads);
    }
    afs_text *t = text_of(arena, "SAID Said said and more words here");
    assert_true(t->tokens[0].flags & AFS_TF_ALL_CAPS);
    assert_false(t->tokens[1].flags & AFS_TF_ALL_CAPS);
    assert_true(t->tokens[1].flags & AFS_TF_CAPITAL);
    assert_true(afs_tok_lower_in(t, 0, AFS_LEX_REPORTING_VERBS));
    assert_false(afs_tok_in(t, 0, AFS_LEX_REPORTING_VERBS));
    assert_true(afs_tok_in(t, 2, AFS_LEX_REPORTING_VERBS));
    afs_arena_free(arena);
}

/* Every token knows its sentence, the words inside one as well as the
 * marks and paragraph ends that close it. */
static void test_tokens_know_their_sentence(void **state)
{
    (void)state;
    afs_arena *arena = afs_arena_new();
    afs_text *t = text_of(arena, "One two three. Four \"five\" six\nSeven "
                                 "eight (nine) ten. Eleven");
    assert_int_equal(t->sentence_count, 4);
    for (size_t s = 0; s < t->sentence_count; s++)
        for (size_t i = t->sentences[s].first; i < t->sentences[s].last; i++)
            assert_int_equal(t->tokens[i].sentence, s);
    assert_true(afs_tok_is(t, t->sentences[1].last - 1, "six"));
    assert_true(afs_tok_is(t, t->sentences[2].first, "Seven"));
    assert_true(t->tokens[t->sentences[3].first].flags & AFS_TF_SENT_START);
    afs_arena_free(arena);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_abbreviations_do_not_end_sentences),
        cmocka_unit_test(test_possessive_is_split),
        cmocka_unit_test(test_quote_marks),
        cmocka_unit_test(test_reversed_curly_marks),
        cmocka_unit_test(test_paragraphs_and_offsets),
        cmocka_unit_test(test_clean_keeps_length_and_replaces_bad_bytes),
        cmocka_unit_test(test_hyphen_initialism_and_numbers),
        cmocka_unit_test(test_empty_and_binary),
        cmocka_unit_test(test_random_bytes_always_progress),
        cmocka_unit_test(test_case_flags),
        cmocka_unit_test(test_word_ends),
        cmocka_unit_test(test_fast_and_slow_words_agree),
        cmocka_unit_test(test_tokens_know_their_sentence),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
