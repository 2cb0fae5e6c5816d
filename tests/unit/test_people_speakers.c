/* People and speakers that unseen articles showed (session 14), each rule
 * on a short article written for it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <string.h>

#include "articlefs/extract.h"
#include "entity_checks.h"

/* The speaker's name of the quote whose text starts with prefix, or NULL. */
static const char *speaker_of(const afs_article *a, const char *prefix)
{
    for (size_t i = 0; i < a->quote_count; i++)
        if (strncmp(a->quotes[i].text, prefix, strlen(prefix)) == 0)
            return a->quotes[i].speaker ? a->quotes[i].speaker->name : NULL;
    return NULL;
}

/* "He Jianxiong, the former director, said": "He" opens a Chinese name. */
static void test_surname_he_opens_a_name(void **state)
{
    (void)state;
    afs_article *a =
        load("Trade talks stall\n\n"
             "Talks on trade stalled on Friday, said Mary Olsen, a trader.\n\n"
             "\"Without a rollback there is no reason to sign,\" He "
             "Jianxiong, the former director at the fund, said in "
             "Washington.\n");
    assert_non_null(find(a, AFS_PERSON, "He Jianxiong"));
    const char *s = speaker_of(a, "Without a rollback");
    assert_non_null(s);
    assert_string_equal(s, "He Jianxiong");
    afs_article_free(a);
}

/* "Reed, who will be the company's chairman, told investors": the
 * relative clause describes the subject, a surname alone. */
static void test_relative_clause_before_the_verb(void **state)
{
    (void)state;
    afs_article *a =
        load("Paper chains merge\n\n"
             "The merger closed on Tuesday, said Michael Reed, the chief "
             "executive of Acme Holdings.\n\n"
             "A survey by Jane Abernathy found that newsrooms shrank. \"They "
             "are half the size within months,\" Abernathy wrote.\n\n"
             "Reed, who will be the merged company's chairman, told investors "
             "of Acme Holdings that the merger would allow the company \"to "
             "return capital to shareholders through dividends.\"\n");
    const char *s = speaker_of(a, "to return capital");
    assert_non_null(s);
    assert_string_equal(s, "Michael Reed");
    afs_article_free(a);
}

/* "We all miss Steve": lower-case "miss" is the verb, no title. */
static void test_lower_case_miss_is_no_title(void **state)
{
    (void)state;
    afs_article *a = load("Tech chiefs meet\n\n"
                          "Apple chief Tim Cook spoke where Steve Jobs "
                          "unveiled many products.\n\n"
                          "\"We all miss Steve so much,\" Marc Benioff "
                          "said.\n");
    assert_null(find(a, AFS_PERSON, "Steve"));
    assert_true(has_alias(find(a, AFS_PERSON, "Steve Jobs"), "Steve"));
    afs_article_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_surname_he_opens_a_name),
        cmocka_unit_test(test_relative_clause_before_the_verb),
        cmocka_unit_test(test_lower_case_miss_is_no_title),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
