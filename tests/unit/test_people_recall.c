/* People the extractor used to miss or take for bodies, each rule on a
 * short article written for it: a speaker's given name alone, a surname
 * that is also a word, and a name after a title and a comma. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <string.h>

#include "articlefs/extract.h"
#include "entity_checks.h"

static void test_speakers_given_name_alone_is_his(void **state)
{
    (void)state;
    afs_article *a = load("Startup hires a veteran\n"
                          "\"We are glad,\" said Tomer Valenski, chief "
                          "executive of Zentrix. Later Tomer thanked the "
                          "board.\n");
    const afs_entity *p = find(a, AFS_PERSON, "Tomer Valenski");
    assert_non_null(p);
    assert_true(has_alias(p, "Tomer"));
    assert_null(find(a, AFS_ORGANIZATION, "Tomer"));
    afs_article_free(a);
}

static void test_worded_surname_named_alone_later(void **state)
{
    (void)state;
    afs_article *a = load("Eagles win at home\n"
                          "ORVILLE, Ill. — Mike Glass threw for three "
                          "touchdowns on Saturday. Glass finished with 250 "
                          "yards.\n");
    assert_non_null(find(a, AFS_PERSON, "Mike Glass"));
    afs_article_free(a);
}

static void test_worded_surname_also_in_lower_case_is_no_person(void **state)
{
    (void)state;
    afs_article *a = load("Shop reopens\n"
                          "The new shop sells Rose Glass on Main Street. The "
                          "glass is blown by hand. Glass sells well.\n");
    assert_null(find(a, AFS_PERSON, "Rose Glass"));
    afs_article_free(a);
}

static void test_title_and_comma_before_a_name(void **state)
{
    (void)state;
    afs_article *a = load("Party in the city\n"
                          "She was one of the guests invited to an event by "
                          "media mogul, Tayo Lagos.\n");
    assert_non_null(find(a, AFS_PERSON, "Tayo Lagos"));
    assert_null(find(a, AFS_ORGANIZATION, "Tayo Lagos"));
    afs_article_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_speakers_given_name_alone_is_his),
        cmocka_unit_test(test_worded_surname_named_alone_later),
        cmocka_unit_test(test_worded_surname_also_in_lower_case_is_no_person),
        cmocka_unit_test(test_title_and_comma_before_a_name),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
