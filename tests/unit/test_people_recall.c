/* People the extractor used to miss or take for bodies, each rule on a
 * short article written for it: a speaker's given name alone, a surname
 * that is also a word or a city, a name after a title and a comma,
 * authors in a reference list, a lone given name speaking; and no person
 * in a company's branch or in two given names joined. */
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

static void test_city_as_surname(void **state)
{
    (void)state;
    afs_article *a = load("Gala night\n"
                          "The guests were invited by Tunde Lagos to the "
                          "party. Many flew in from Lagos.\n");
    assert_non_null(find(a, AFS_PERSON, "Tunde Lagos"));
    assert_null(find(a, AFS_ORGANIZATION, "Tunde Lagos"));
    afs_article_free(a);
}

static void test_company_branch_after_a_title(void **state)
{
    (void)state;
    afs_article *a = load("Phone maker signs deal\n"
                          "Rob Vantell, President Zentrix North America, says "
                          "the deal helps hospitals. Zentrix sells phones.\n");
    assert_non_null(find(a, AFS_PERSON, "Rob Vantell"));
    assert_null(find(a, AFS_PERSON, "Zentrix North America"));
    afs_article_free(a);
}

static void test_cited_authors_are_people(void **state)
{
    (void)state;
    afs_article *a = load("Alarms in the ward\n"
                          "Nurses hear hundreds of alarms a day.\n"
                          "[1] Alarm fatigue, Orwell KJ, Lindqvist-Brandt D. "
                          "Curr Opin Nurs. 2015; 28: 685-690.\n");
    assert_non_null(find(a, AFS_PERSON, "Orwell KJ"));
    assert_non_null(find(a, AFS_PERSON, "Lindqvist-Brandt D"));
    afs_article_free(a);
}

static void test_two_given_names_joined_are_no_firm(void **state)
{
    (void)state;
    afs_article *a = load("An actress looks back\n"
                          "The star of \"Melvin and Howard\" wrote a song.\n");
    assert_null(find(a, AFS_ORGANIZATION, "Howard"));
    afs_article_free(a);
}

static void test_given_name_speaking_of_himself(void **state)
{
    (void)state;
    afs_article *a = load("A brother remembers\n"
                          "\"We visited him often,\" Dale wrote, and he "
                          "thanked the nurses.\n");
    assert_non_null(find(a, AFS_PERSON, "Dale"));
    assert_null(find(a, AFS_ORGANIZATION, "Dale"));
    afs_article_free(a);
}

/* "Peyton Marsh": a given name of the birth counts, not link-grammar's,
 * before a surname that is also a word names a person, not a body; a
 * borough named like a girl stays a place. */
static void test_modern_given_name_before_a_worded_surname(void **state)
{
    (void)state;
    afs_article *a = load("Pupils win robot prize\n"
                          "The prize went to Peyton Marsh, whose class in "
                          "Brooklyn built a robot. Marsh thanked the staff.\n");
    assert_non_null(find(a, AFS_PERSON, "Peyton Marsh"));
    assert_null(find(a, AFS_ORGANIZATION, "Peyton Marsh"));
    assert_non_null(find(a, AFS_PLACE, "Brooklyn"));
    afs_article_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_speakers_given_name_alone_is_his),
        cmocka_unit_test(test_worded_surname_named_alone_later),
        cmocka_unit_test(test_worded_surname_also_in_lower_case_is_no_person),
        cmocka_unit_test(test_title_and_comma_before_a_name),
        cmocka_unit_test(test_city_as_surname),
        cmocka_unit_test(test_company_branch_after_a_title),
        cmocka_unit_test(test_cited_authors_are_people),
        cmocka_unit_test(test_two_given_names_joined_are_no_firm),
        cmocka_unit_test(test_given_name_speaking_of_himself),
        cmocka_unit_test(test_modern_given_name_before_a_worded_surname),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
