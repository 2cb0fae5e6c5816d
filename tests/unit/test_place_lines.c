/* Places on lines that are no prose (sub-headings, datelines, lists),
 * and places other names carry, each rule on a short article written
 * for it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <string.h>

#include "articlefs/extract.h"
#include "entity_checks.h"

/* A country the lexicons know is a place on a line that reads as a
 * sub-heading too, though the body never names it. */
static void test_country_on_a_heading_line(void **state)
{
    (void)state;
    afs_article *a = load("The draw\n\n"
                          "Twelve sides went through to the finals.\n\n"
                          "Norway (Pool C): Second Visit\n\n"
                          "Estonia (Pool D): First Visit\n");
    assert_non_null(find(a, AFS_PLACE, "Norway"));
    assert_non_null(find(a, AFS_PLACE, "Estonia"));
    afs_article_free(a);
}

/* A dateline's town before its country is a place, the gazetteers' or
 * not. */
static void test_dateline_town_before_country(void **state)
{
    (void)state;
    afs_article *a = load("WILDEGG, SWITZERLAND\n\n"
                          "Vartel AG said on Monday it would open a new "
                          "plant next year.\n");
    assert_non_null(find(a, AFS_PLACE, "Switzerland"));
    assert_true(find(a, AFS_PLACE, "WILDEGG") || find(a, AFS_PLACE, "Wildegg"));
    afs_article_free(a);
}

/* A place the lexicons know, then the word for its kind, is that place;
 * a name no lexicon knows keeps the word. */
static void test_known_place_and_its_kind(void **state)
{
    (void)state;
    afs_article *a = load("Harvest\n\n"
                          "Wheat growers in the Punjab province sold less "
                          "this year, while rice did well in Qorvath "
                          "province.\n");
    assert_non_null(find(a, AFS_PLACE, "Punjab"));
    assert_null(find(a, AFS_PLACE, "Punjab province"));
    assert_non_null(find(a, AFS_PLACE, "Qorvath province"));
    afs_article_free(a);
}

/* A country before a body's lower-case head names the country too. */
static void test_country_before_its_government(void **state)
{
    (void)state;
    afs_article *a = load("Subsidies\n\n"
                          "The plan follows a U.S. government rule on "
                          "panels, an official said.\n");
    assert_true(find(a, AFS_PLACE, "U.S.") ||
                find(a, AFS_PLACE, "United States"));
    afs_article_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_country_on_a_heading_line),
        cmocka_unit_test(test_dateline_town_before_country),
        cmocka_unit_test(test_known_place_and_its_kind),
        cmocka_unit_test(test_country_before_its_government),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
