/* Places on news nobody tuned for (issue 15), each rule on a short
 * article written for it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <string.h>

#include "articlefs/extract.h"
#include "entity_checks.h"

static size_t count_kind(const afs_article *a, enum afs_kind kind)
{
    size_t n;
    afs_article_kind(a, kind, &n);
    return n;
}

/* A country's code before a dollar sign and a sum is the currency. */
static void test_dollar_code_is_no_country(void **state)
{
    (void)state;
    afs_article *a = load("Award\n"
                          "The prize carries US$2.5 million and NZ$40,000 "
                          "for the runner-up.\n");
    assert_int_equal(count_kind(a, AFS_PLACE), 0);
    afs_article_free(a);
}

/* A state's two capitals are a place after a town and a comma only. */
static void test_postal_code_needs_a_town(void **state)
{
    (void)state;
    afs_article *a = load("Rescue\n"
                          "The girl was found in Quillby, OK, on Monday. "
                          "\"You are going to be OK,\" an officer said. "
                          "She saw a PR agent and a DC charger.\n");
    assert_non_null(find(a, AFS_PLACE, "Quillby"));
    assert_non_null(find(a, AFS_PLACE, "OK"));
    assert_int_equal(count_kind(a, AFS_PLACE), 2);
    afs_article_free(a);
}

/* "Britain", "UK" and "U.K." are one country; "America" keeps its own
 * name. */
static void test_britain_is_the_united_kingdom(void **state)
{
    (void)state;
    afs_article *a = load("Vote\n"
                          "Voters in Britain go to the polls. The UK vote "
                          "follows a U.K. debate, and America watches.\n");
    const afs_entity *uk = find(a, AFS_PLACE, "United Kingdom");
    assert_non_null(uk);
    assert_null(find(a, AFS_PLACE, "Britain"));
    assert_non_null(find(a, AFS_PLACE, "America"));
    assert_int_equal(count_kind(a, AFS_PLACE), 2);
    afs_article_free(a);
}

/* A town no gazetteer lists is a place before a state's abbreviation,
 * in a title-case dateline too. */
static void test_town_before_a_state(void **state)
{
    (void)state;
    afs_article *a = load("Game\n"
                          "Brannock, Ill. \xE2\x80\x94 The team won on "
                          "Tuesday. It flies to Quorra, Ala., on Monday.\n");
    assert_non_null(find(a, AFS_PLACE, "Brannock"));
    assert_non_null(find(a, AFS_PLACE, "Quorra"));
    assert_int_equal(count_kind(a, AFS_ORGANIZATION), 0);
    afs_article_free(a);
}

/* A place's own adjective is the place after a preposition of place,
 * and stays an adjective elsewhere. */
static void test_adjective_place_after_in(void **state)
{
    (void)state;
    afs_article *a = load("Studios\n"
                          "Hollywood stars met Pacific leaders on Monday. "
                          "The studio opened an office in Hollywood.\n");
    assert_non_null(find(a, AFS_PLACE, "Hollywood"));
    assert_null(find(a, AFS_PLACE, "Pacific"));
    afs_article_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dollar_code_is_no_country),
        cmocka_unit_test(test_postal_code_needs_a_town),
        cmocka_unit_test(test_britain_is_the_united_kingdom),
        cmocka_unit_test(test_town_before_a_state),
        cmocka_unit_test(test_adjective_place_after_in),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
