/* Lexicons: real entries and non-entries in every table, keys given as
 * pointer and length, edge keys, and sizes that show the data files were
 * all compiled in. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <string.h>

#include "articlefs/lexicon.h"

static const char *value_of(enum afs_lexicon lex, const char *key)
{
    return afs_lex_value(lex, key, strlen(key));
}

static bool has(enum afs_lexicon lex, const char *key)
{
    return afs_lex_has(lex, key, strlen(key));
}

static void assert_value(enum afs_lexicon lex, const char *key,
                         const char *expected)
{
    const char *v = value_of(lex, key);
    if (!v)
        fail_msg("'%s' is missing from lexicon %d", key, (int)lex);
    assert_string_equal(v, expected);
}

static void test_sizes_are_sane(void **state)
{
    (void)state;
    static const size_t minimum[AFS_LEX_COUNT] = {
        [AFS_LEX_COMMON_WORDS] = 50000, [AFS_LEX_GIVEN_NAMES] = 5000,
        [AFS_LEX_COUNTRIES] = 500,      [AFS_LEX_PLACES] = 5000,
        [AFS_LEX_DEMONYMS] = 500,       [AFS_LEX_ORGANIZATIONS] = 800,
        [AFS_LEX_ORG_KEYWORDS] = 60,    [AFS_LEX_TITLES] = 100,
        [AFS_LEX_REPORTING_VERBS] = 80, [AFS_LEX_EVENT_WORDS] = 200,
        [AFS_LEX_ABBREVIATIONS] = 150,  [AFS_LEX_TIME_WORDS] = 50,
    };
    for (int lex = 0; lex < AFS_LEX_COUNT; lex++) {
        size_t size = afs_lex_size((enum afs_lexicon)lex);
        if (size < minimum[lex])
            fail_msg("lexicon %d has %zu entries, fewer than %zu", lex, size,
                     minimum[lex]);
    }
    assert_int_equal(afs_lex_size(AFS_LEX_COUNT), 0);
}

static void test_common_words_are_lower_case(void **state)
{
    (void)state;
    assert_true(has(AFS_LEX_COMMON_WORDS, "details"));
    assert_true(has(AFS_LEX_COMMON_WORDS, "may"));
    assert_true(has(AFS_LEX_COMMON_WORDS, "reading"));
    assert_false(has(AFS_LEX_COMMON_WORDS, "Details"));
    assert_false(has(AFS_LEX_COMMON_WORDS, "details's"));
    assert_false(has(AFS_LEX_COMMON_WORDS, "tokyo"));
    assert_value(AFS_LEX_COMMON_WORDS, "house", "");
}

static void test_given_names_carry_gender(void **state)
{
    (void)state;
    assert_value(AFS_LEX_GIVEN_NAMES, "John", "m");
    assert_value(AFS_LEX_GIVEN_NAMES, "Margaret", "f");
    assert_value(AFS_LEX_GIVEN_NAMES, "Kim", "b");
    const char *donald = value_of(AFS_LEX_GIVEN_NAMES, "Donald");
    assert_non_null(donald);
    assert_true(strcmp(donald, "m") == 0 || strcmp(donald, "b") == 0);
    assert_false(has(AFS_LEX_GIVEN_NAMES, "john"));
    assert_false(has(AFS_LEX_GIVEN_NAMES, "Ministry"));
}

/* The SSA's birth counts add modern and classic names link-grammar lacks
 * and settle the sex of names it lists as both; names that are places,
 * countries or lower-case words stay out. */
static void test_given_names_from_birth_counts(void **state)
{
    (void)state;
    assert_value(AFS_LEX_GIVEN_NAMES, "Cynthia", "f");
    assert_value(AFS_LEX_GIVEN_NAMES, "Jayden", "m");
    assert_value(AFS_LEX_GIVEN_NAMES, "Harper", "f");
    assert_value(AFS_LEX_GIVEN_NAMES, "Peyton", "b");
    assert_value(AFS_LEX_GIVEN_NAMES, "Michael", "m"); /* link-grammar: b */
    assert_false(has(AFS_LEX_GIVEN_NAMES, "Brooklyn"));
    assert_false(has(AFS_LEX_GIVEN_NAMES, "London"));
    assert_false(has(AFS_LEX_GIVEN_NAMES, "Baby"));
    assert_value(AFS_LEX_PLACES, "Brooklyn", "city");
}

static void test_countries_map_to_short_names(void **state)
{
    (void)state;
    assert_value(AFS_LEX_COUNTRIES, "Japan", "Japan");
    assert_value(AFS_LEX_COUNTRIES, "United States", "United States");
    assert_value(AFS_LEX_COUNTRIES, "US", "United States");
    assert_value(AFS_LEX_COUNTRIES, "U.S.", "United States");
    assert_value(AFS_LEX_COUNTRIES, "U.K.", "United Kingdom");
    assert_value(AFS_LEX_COUNTRIES, "Viet Nam", "Vietnam");
    assert_value(AFS_LEX_COUNTRIES, "Russian Federation", "Russia");
    assert_value(AFS_LEX_COUNTRIES, "Korea, Republic of", "South Korea");
    assert_value(AFS_LEX_COUNTRIES, "Syrian Arab Republic", "Syria");
    assert_true(has(AFS_LEX_COUNTRIES, "America"));
    /* news leaves out the article of "of the" */
    assert_value(AFS_LEX_COUNTRIES, "Republic of Gambia", "Gambia");
    assert_true(has(AFS_LEX_COUNTRIES, "Democratic Republic of Congo"));
    assert_false(has(AFS_LEX_COUNTRIES, "Details"));
    assert_false(has(AFS_LEX_COUNTRIES, "Tokyo"));
    assert_false(has(AFS_LEX_COUNTRIES, "japan"));
}

static void test_places_have_classes(void **state)
{
    (void)state;
    assert_value(AFS_LEX_PLACES, "Tokyo", "city");
    assert_value(AFS_LEX_PLACES, "Hanoi", "city");
    assert_value(AFS_LEX_PLACES, "Nairobi", "city");
    assert_value(AFS_LEX_PLACES, "Pittsburgh", "city");
    assert_value(AFS_LEX_PLACES, "Washington", "city");
    assert_value(AFS_LEX_PLACES, "Ottawa", "city");
    assert_value(AFS_LEX_PLACES, "South China Sea", "water");
    assert_value(AFS_LEX_PLACES, "Europe", "continent");
    assert_value(AFS_LEX_PLACES, "Mars", "celestial");
    assert_true(has(AFS_LEX_PLACES, "Indo-Pacific"));
    /* single words that are also English words stay out */
    assert_false(has(AFS_LEX_PLACES, "Orange"));
    assert_false(has(AFS_LEX_PLACES, "Reading"));
    assert_false(has(AFS_LEX_PLACES, "North"));
    /* WordNet's descriptions of a place are no names of it; real names
     * with a possessive or a particle stay */
    assert_false(has(AFS_LEX_PLACES, "United Arab Emirates's capital"));
    assert_false(has(AFS_LEX_PLACES, "Albanian capital"));
    assert_false(has(AFS_LEX_PLACES, "Yunnan province"));
    assert_true(has(AFS_LEX_PLACES, "Hell's Kitchen"));
    assert_true(has(AFS_LEX_PLACES, "Coeur d'Alene"));
    /* countries live in their own lexicon */
    assert_false(has(AFS_LEX_PLACES, "Japan"));
    assert_false(has(AFS_LEX_PLACES, "tokyo"));
}

static void test_demonyms_name_their_place(void **state)
{
    (void)state;
    assert_value(AFS_LEX_DEMONYMS, "Japanese", "Japan");
    assert_value(AFS_LEX_DEMONYMS, "Chinese", "China");
    assert_value(AFS_LEX_DEMONYMS, "Kenyan", "Kenya");
    assert_value(AFS_LEX_DEMONYMS, "Vietnamese", "Vietnam");
    assert_non_null(value_of(AFS_LEX_DEMONYMS, "American"));
    assert_non_null(value_of(AFS_LEX_DEMONYMS, "British"));
    assert_false(has(AFS_LEX_DEMONYMS, "japanese"));
    assert_false(has(AFS_LEX_DEMONYMS, "Japan"));
}

static void test_organizations_and_their_head_words(void **state)
{
    (void)state;
    assert_value(AFS_LEX_ORGANIZATIONS, "Democratic Party", "party");
    assert_value(AFS_LEX_ORGANIZATIONS, "NATO",
                 "international:North Atlantic Treaty Organization");
    assert_value(AFS_LEX_ORGANIZATIONS, "GOP", "party:Republican Party");
    assert_value(AFS_LEX_ORGANIZATIONS, "Reuters", "news");
    assert_true(has(AFS_LEX_ORGANIZATIONS, "United Nations"));
    /* a common word too: marked so */
    assert_value(AFS_LEX_ORGANIZATIONS, "Congress",
                 "common:United States Congress");
    assert_value(AFS_LEX_ORGANIZATIONS, "Pentagon", "common");
    assert_false(has(AFS_LEX_ORGANIZATIONS, "Tokyo"));

    assert_value(AFS_LEX_ORG_KEYWORDS, "Ministry", "head");
    assert_true(has(AFS_LEX_ORG_KEYWORDS, "University"));
    assert_true(has(AFS_LEX_ORG_KEYWORDS, "News"));
    assert_false(has(AFS_LEX_ORG_KEYWORDS, "ministry"));
    assert_false(has(AFS_LEX_ORG_KEYWORDS, "Tokyo"));
    /* from WordNet: a body's kind by its usual sense, not "House" */
    assert_true(has(AFS_LEX_ORG_KEYWORDS, "Orchestra"));
    assert_true(has(AFS_LEX_ORG_KEYWORDS, "Bank"));
    assert_false(has(AFS_LEX_ORG_KEYWORDS, "House"));
    assert_false(has(AFS_LEX_ORG_KEYWORDS, "Troops"));
}

static void test_lower_case_word_lists(void **state)
{
    (void)state;
    assert_value(AFS_LEX_TITLES, "prime minister", "Prime Minister");
    assert_value(AFS_LEX_TITLES, "president", "President");
    assert_true(has(AFS_LEX_TITLES, "sen."));
    assert_false(has(AFS_LEX_TITLES, "Prime Minister"));
    assert_false(has(AFS_LEX_TITLES, "tokyo"));

    assert_true(has(AFS_LEX_REPORTING_VERBS, "said"));
    assert_true(has(AFS_LEX_REPORTING_VERBS, "told"));
    assert_true(has(AFS_LEX_REPORTING_VERBS, "according"));
    assert_false(has(AFS_LEX_REPORTING_VERBS, "Said"));
    assert_false(has(AFS_LEX_REPORTING_VERBS, "table"));

    assert_value(AFS_LEX_EVENT_WORDS, "visit", "visit,visit");
    assert_value(AFS_LEX_EVENT_WORDS, "visited", "visit,visit");
    assert_value(AFS_LEX_EVENT_WORDS, "met", "meet,meet");
    assert_false(has(AFS_LEX_EVENT_WORDS, "table"));
}

static void test_abbreviations_and_time_words(void **state)
{
    (void)state;
    assert_true(has(AFS_LEX_ABBREVIATIONS, "Mr."));
    assert_true(has(AFS_LEX_ABBREVIATIONS, "U.S."));
    assert_true(has(AFS_LEX_ABBREVIATIONS, "Jan."));
    assert_false(has(AFS_LEX_ABBREVIATIONS, "Mr"));
    assert_false(has(AFS_LEX_ABBREVIATIONS, "Tokyo."));

    assert_value(AFS_LEX_TIME_WORDS, "Friday", "day:5");
    assert_value(AFS_LEX_TIME_WORDS, "Monday", "day:1");
    assert_value(AFS_LEX_TIME_WORDS, "Sunday", "day:7");
    assert_value(AFS_LEX_TIME_WORDS, "March", "month:3");
    assert_value(AFS_LEX_TIME_WORDS, "Sept.", "month:9");
    assert_value(AFS_LEX_TIME_WORDS, "yesterday", "rel:-1");
    assert_value(AFS_LEX_TIME_WORDS, "today", "rel:0");
    assert_false(has(AFS_LEX_TIME_WORDS, "friday"));
}

static void test_keys_are_pointer_and_length(void **state)
{
    (void)state;
    const char *text = "Tokyo Tower";
    assert_true(afs_lex_has(AFS_LEX_PLACES, text, 5));
    assert_false(afs_lex_has(AFS_LEX_PLACES, text, 4));  /* "Toky" */
    assert_false(afs_lex_has(AFS_LEX_PLACES, text, 6));  /* "Tokyo " */
    assert_false(afs_lex_has(AFS_LEX_PLACES, text, 11)); /* whole phrase */
    /* a key in the middle of a buffer, not NUL-terminated */
    char buf[] = {'x', 'S', 'a', 'i', 'd', 'y'};
    assert_false(afs_lex_has(AFS_LEX_REPORTING_VERBS, buf + 1, 4));
    buf[1] = 's';
    assert_true(afs_lex_has(AFS_LEX_REPORTING_VERBS, buf + 1, 4));
    assert_string_equal(afs_lex_value(AFS_LEX_COUNTRIES, "U.S. troops", 4),
                        "United States");
}

static void test_edge_keys(void **state)
{
    (void)state;
    for (int lex = 0; lex < AFS_LEX_COUNT; lex++) {
        assert_false(afs_lex_has((enum afs_lexicon)lex, "", 0));
        assert_null(afs_lex_value((enum afs_lexicon)lex, NULL, 0));
        /* an embedded NUL is part of the key, not its end */
        assert_false(afs_lex_has((enum afs_lexicon)lex, "said\0", 5));
        assert_false(afs_lex_has((enum afs_lexicon)lex, "Tokyo\0", 6));
        assert_false(afs_lex_has((enum afs_lexicon)lex, "\xff\xfe", 2));
    }
    assert_null(afs_lex_value(AFS_LEX_COUNT, "Tokyo", 5));
    /* smallest and largest byte values still search cleanly */
    assert_false(afs_lex_has(AFS_LEX_COMMON_WORDS, "\x01", 1));
    assert_false(afs_lex_has(AFS_LEX_COMMON_WORDS, "zzzzzzzzzzzz", 12));
    assert_true(afs_lex_has(AFS_LEX_COMMON_WORDS, "a", 1));
}

/* The bits of the lexicons that hold word[0..len) as a key, asked of
 * each lexicon's own table. */
static uint16_t keys_by_tables(const char *word, size_t len)
{
    uint16_t keys = 0;
    for (int lex = 0; lex < AFS_LEX_COUNT; lex++)
        if (afs_lex_has((enum afs_lexicon)lex, word, len))
            keys |= (uint16_t)(1u << lex);
    return keys;
}

/* The word index agrees with the tables for the word as written and in
 * lower case, whatever its length: up to 8 bytes (one word of a slot),
 * 9 to 11 (the slot's tail) and longer (the pool), with capitals, with
 * bytes above ASCII, and cut from a buffer that goes on after it. */
static void test_word_index_agrees_with_tables(void **state)
{
    (void)state;
    static const char *const words[] = {
        "the",
        "The",
        "THE",
        "a",
        "A",
        "said",
        "Said",
        "SAID",
        "Tokyo",
        "TOKYO",
        "Washington",
        "WASHINGTON",
        "government",
        "Government",
        "governments",
        "governmentx",
        "international",
        "International",
        "INTERNATIONAL",
        "responsibility",
        "Responsibility",
        "Zürich",
        "ZÜRICH",
        "São",
        "Mr.",
        "U.S.",
        "Xqzzyvw",
        "Xqzzyvwxqzzyvw",
        "\xff\xfe",
        "",
    };
    for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
        size_t len = strlen(words[i]);
        char lower[64];
        for (size_t k = 0; k <= len; k++)
            lower[k] = words[i][k] >= 'A' && words[i][k] <= 'Z'
                           ? (char)(words[i][k] - 'A' + 'a')
                           : words[i][k];
        /* the word followed by more letters, as in a text */
        char text[80];
        memcpy(text, words[i], len);
        memcpy(text + len, "zzzzzzzzzzzz", 13);
        afs_lex_cases found =
            afs_lex_word_find(text, len, afs_lex_word_probe(text, len));
        if (found.exact.keys != keys_by_tables(words[i], len) ||
            found.lower.keys != keys_by_tables(lower, len))
            fail_msg("word index and tables disagree on '%s'", words[i]);
        assert_int_equal(afs_lex_word(text, len).keys, found.exact.keys);
    }
    /* the index does know these, so the loop compared something */
    assert_true(afs_lex_word("said", 4).keys >> AFS_LEX_REPORTING_VERBS & 1);
    assert_true(afs_lex_word("international", 13).keys >> AFS_LEX_COMMON_WORDS &
                1);
    afs_lex_cases gov = afs_lex_word_find("Government", 10,
                                          afs_lex_word_probe("Government", 10));
    assert_true(gov.lower.keys >> AFS_LEX_COMMON_WORDS & 1);
}

/* A word longer than a slot's key is compared byte by byte from the
 * pool; the index has several hundred bytes of keys of several words. */
/* The inline look-up of a word of up to eight bytes finds what the
 * index's function finds, as written and in lower case. */
static void test_short_word_agrees_with_word_find(void **state)
{
    (void)state;
    static const char *const words[] = {"the",  "The",    "THE",    "said",
                                        "Said", "Japan",  "JAPAN",  "japan",
                                        "Mr.",  "U.S.",   "TV",     "Xqzzyvw",
                                        "a",    "Donald", "DONALD", "Ministry"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
        size_t len = strlen(words[i]);
        uint64_t head = 0, lower = 0;
        memcpy(&head, words[i], len);
        for (size_t k = 0; k < len; k++) {
            char c = words[i][k];
            ((char *)&lower)[k] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
        }
        afs_lex_cases inline_found = afs_lex_short_word(head, lower, len);
        afs_lex_cases found =
            afs_lex_word_find(words[i], len, afs_lex_word_probe(words[i], len));
        assert_int_equal(inline_found.exact.keys, found.exact.keys);
        assert_int_equal(inline_found.exact.heads, found.exact.heads);
        assert_int_equal(inline_found.lower.keys, found.lower.keys);
        assert_int_equal(inline_found.lower.heads, found.lower.heads);
    }
    uint64_t said = 0;
    memcpy(&said, "said", 4);
    assert_true(afs_lex_short_word(said, said, 4).exact.keys >>
                    AFS_LEX_REPORTING_VERBS &
                1);
}

static void test_word_index_long_words(void **state)
{
    (void)state;
    char word[300];
    memset(word, 'e', sizeof word);
    for (size_t len = 1; len < sizeof word; len += 7) {
        afs_lex_cases found =
            afs_lex_word_find(word, len, afs_lex_word_probe(word, len));
        assert_int_equal(found.exact.keys, keys_by_tables(word, len));
    }
}

/* A look-up compares keys eight bytes a step: every cut of a key, the
 * key with one more byte, and the key with a NUL after it are no keys. */
static void test_values_match_whole_keys_only(void **state)
{
    (void)state;
    static const char *const keys[] = {"Mr.", "United Kingdom"};
    static const enum afs_lexicon lexicons[] = {AFS_LEX_ABBREVIATIONS,
                                                AFS_LEX_COUNTRIES};
    for (size_t k = 0; k < 2; k++) {
        char text[32];
        size_t len = strlen(keys[k]);
        memcpy(text, keys[k], len);
        memcpy(text + len, "s\0", 3);
        assert_true(afs_lex_has(lexicons[k], text, len));
        for (size_t cut = 0; cut < len; cut++)
            assert_false(afs_lex_has(lexicons[k], text, cut));
        assert_false(afs_lex_has(lexicons[k], text, len + 1));
        text[len] = '\0';
        assert_false(afs_lex_has(lexicons[k], text, len + 1));
    }
}

/* WordNet's things are strong (empty value), the computing dictionary's
 * technical terms weak ("t"); bodies' letters are in neither. */
static void test_acronym_senses(void **state)
{
    (void)state;
    assert_string_equal(value_of(AFS_LEX_COMMON_ACRONYMS, "DNA"), "");
    assert_string_equal(value_of(AFS_LEX_COMMON_ACRONYMS, "HDMI"), "t");
    assert_string_equal(value_of(AFS_LEX_COMMON_ACRONYMS, "VPN"), "t");
    assert_null(value_of(AFS_LEX_COMMON_ACRONYMS, "IBM"));
    assert_null(value_of(AFS_LEX_COMMON_ACRONYMS, "FBI"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sizes_are_sane),
        cmocka_unit_test(test_values_match_whole_keys_only),
        cmocka_unit_test(test_common_words_are_lower_case),
        cmocka_unit_test(test_given_names_carry_gender),
        cmocka_unit_test(test_given_names_from_birth_counts),
        cmocka_unit_test(test_acronym_senses),
        cmocka_unit_test(test_countries_map_to_short_names),
        cmocka_unit_test(test_places_have_classes),
        cmocka_unit_test(test_demonyms_name_their_place),
        cmocka_unit_test(test_organizations_and_their_head_words),
        cmocka_unit_test(test_lower_case_word_lists),
        cmocka_unit_test(test_abbreviations_and_time_words),
        cmocka_unit_test(test_keys_are_pointer_and_length),
        cmocka_unit_test(test_edge_keys),
        cmocka_unit_test(test_word_index_agrees_with_tables),
        cmocka_unit_test(test_word_index_long_words),
        cmocka_unit_test(test_short_word_agrees_with_word_find),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
