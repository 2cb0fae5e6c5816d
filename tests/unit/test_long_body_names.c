/* Long official names of bodies that list fields, divisions or a cause
 * ("Council on A, B and C", "Brand Defense, Space, and Security",
 * "Customs and Border Protection") are one name, while lists of
 * separate companies and bodies stay separate names. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <string.h>

#include "articlefs/extract.h"
#include "entity_checks.h"

static void test_council_on_listed_fields_is_one_body(void **state)
{
    (void)state;
    afs_article *a =
        load("Panel urges faster grid upgrades\n"
             "The Council on Solar, Wind and Storage said the "
             "nation must build more lines. A study by the "
             "Alliance on Rivers, Lakes, and Wetlands (ARLW) found "
             "costs falling.\n");
    assert_non_null(
        find(a, AFS_ORGANIZATION, "Council on Solar, Wind and Storage"));
    assert_non_null(
        find(a, AFS_ORGANIZATION, "Alliance on Rivers, Lakes, and Wetlands"));
    assert_false(any_named(a, "Wind"));
    assert_false(any_named(a, "Storage"));
    assert_false(any_named(a, "Lakes"));
    afs_article_free(a);
}

static void test_council_on_a_day_ends_the_name(void **state)
{
    (void)state;
    afs_article *a = load("Budget talks stall\n"
                          "The Varnholt Council on Monday rejected the plan, "
                          "and the Council on Foreign Trade and Amnesty "
                          "International wrote to the mayor. The Centre for "
                          "Cities and Brindlecorp agreed.\n");
    assert_non_null(find(a, AFS_ORGANIZATION, "Varnholt Council"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Council on Foreign Trade"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Amnesty International"));
    assert_false(any_named(a, "Centre for Cities and Brindlecorp"));
    afs_article_free(a);
}

static void test_company_and_its_divisions_is_one_name(void **state)
{
    (void)state;
    afs_article *a = load("Rocket contract awarded\n"
                          "Zarvik Defense, Orbit, and Security will build the "
                          "rockets, the company said. Shares of Quollo, "
                          "Tarnix, and Brindlecorp rose. Zentrix Mail, "
                          "Calendar and Notes crashed.\n");
    assert_non_null(
        find(a, AFS_ORGANIZATION, "Zarvik Defense, Orbit, and Security"));
    assert_false(any_named(a, "Orbit"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Quollo"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Tarnix"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Brindlecorp"));
    assert_false(any_named(a, "Zentrix Mail, Calendar and Notes"));
    afs_article_free(a);
}

static void test_field_and_agency_is_one_body(void **state)
{
    (void)state;
    afs_article *a = load("Tariffs hit importers\n"
                          "The duty is paid to U.S. Harbors and Frontier "
                          "Protection at the port, officials said. Analysts "
                          "at Zentrix and Quollo Web Services disagreed.\n");
    assert_non_null(
        find(a, AFS_ORGANIZATION, "U.S. Harbors and Frontier Protection"));
    assert_false(any_named(a, "U.S. Harbors"));
    assert_false(any_named(a, "Zentrix and Quollo Web Services"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Quollo Web Services"));
    afs_article_free(a);
    a = load("Seizures rise\n"
             "Here are the latest figures on seizures from Harbors and "
             "Frontier Protection.\n");
    assert_non_null(
        find(a, AFS_ORGANIZATION, "Harbors and Frontier Protection"));
    afs_article_free(a);
}

static void test_cause_to_its_object_ends_the_name(void **state)
{
    (void)state;
    afs_article *a = load("Charity warns on winter\n"
                          "The Royal League for the Relief of Hunger to "
                          "Orphans said donations fell this year.\n");
    assert_non_null(find(a, AFS_ORGANIZATION,
                         "Royal League for the Relief of Hunger to Orphans"));
    assert_false(any_named(a, "Orphans"));
    afs_article_free(a);
}

static void test_exclamation_mark_inside_a_brand(void **state)
{
    (void)state;
    afs_article *a = load("Web firms rebrand\n"
                          "The new bank adds a flourish. Like Yahoo!. She "
                          "worked at Yahoo! for years. Wow! Nobody left.\n");
    assert_true(find(a, AFS_ORGANIZATION, "Yahoo!") ||
                find(a, AFS_ORGANIZATION, "Yahoo"));
    assert_false(any_named(a, "Wow"));
    afs_article_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_council_on_listed_fields_is_one_body),
        cmocka_unit_test(test_council_on_a_day_ends_the_name),
        cmocka_unit_test(test_company_and_its_divisions_is_one_name),
        cmocka_unit_test(test_field_and_agency_is_one_body),
        cmocka_unit_test(test_cause_to_its_object_ends_the_name),
        cmocka_unit_test(test_exclamation_mark_inside_a_brand),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
