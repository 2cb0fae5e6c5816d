/* A body named again by the first words of its name, or by a name the
 * extractor cut short, is the same body; two bodies that start alike, a
 * body's product and a chamber keep their own names. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <string.h>

#include "articlefs/extract.h"
#include "entity_checks.h"

static void test_leading_words_name_the_body_again(void **state)
{
    (void)state;
    afs_article *a = load("Fund buys the Daily Courier\n"
                          "Another bidder, Larkspur Media Investment Group, "
                          "said Larkspur Media would keep looking. In 2014 "
                          "Larkspur Media bought 12 papers.\n");
    const afs_entity *e =
        find(a, AFS_ORGANIZATION, "Larkspur Media Investment Group");
    assert_non_null(e);
    assert_true(has_alias(e, "Larkspur Media"));
    assert_int_equal(e->mention_count, 3);
    assert_null(find(a, AFS_ORGANIZATION, "Larkspur Media"));
    afs_article_free(a);
}

static void test_a_cut_name_is_the_whole_one(void **state)
{
    (void)state;
    afs_article *a = load("Letters about the sale\n"
                          "Readers wrote to Dear Pemberly, the advice column, "
                          "about the sale.\n"
                          "DEAR PEMBERLY: I worry about my paper.\n");
    assert_non_null(find(a, AFS_ORGANIZATION, "Dear Pemberly"));
    assert_null(find(a, AFS_ORGANIZATION, "PEMBERLY"));
    afs_article_free(a);
}

static void test_bodies_that_start_alike_keep_the_short_form(void **state)
{
    (void)state;
    afs_article *a = load("Two bids for the mill\n"
                          "The mill drew bids from Quillon Capital Partners "
                          "and Quillon Energy Group on Monday. Quillon said it "
                          "would not raise its offer.\n");
    assert_false(has_alias(
        find(a, AFS_ORGANIZATION, "Quillon Capital Partners"), "Quillon"));
    assert_false(has_alias(find(a, AFS_ORGANIZATION, "Quillon Energy Group"),
                           "Quillon"));
    afs_article_free(a);
}

static void test_an_acronym_or_an_arm_is_its_own_body(void **state)
{
    (void)state;
    afs_article *a = load("Transit fight\n"
                          "The fight broke out on a TRAX train near the "
                          "station. TRAX Police arrested two men, and the "
                          "NEPA Ridge Research Center said NEPA would help.\n");
    assert_false(has_alias(find(a, AFS_ORGANIZATION, "TRAX Police"), "TRAX"));
    assert_false(has_alias(
        find(a, AFS_ORGANIZATION, "NEPA Ridge Research Center"), "NEPA"));
    afs_article_free(a);
}

static void test_a_chamber_is_not_its_committee(void **state)
{
    (void)state;
    afs_article *a = load("Budget moves ahead\n"
                          "The House Budget Committee approved the bill on "
                          "Monday. Neither the House nor the Senate has passed "
                          "it, and the House votes next week.\n");
    assert_non_null(find(a, AFS_ORGANIZATION, "House Budget Committee"));
    assert_non_null(find(a, AFS_ORGANIZATION, "House"));
    afs_article_free(a);
}

static void test_a_product_keeps_its_maker(void **state)
{
    (void)state;
    afs_article *a = load("Streaming push\n"
                          "Quarrix Music will add podcasts, Quarrix said on "
                          "Monday. Quarrix shares rose 2 percent.\n");
    const afs_entity *maker = find(a, AFS_ORGANIZATION, "Quarrix");
    assert_non_null(maker);
    assert_false(has_alias(maker, "Quarrix Music"));
    afs_article_free(a);
}

static void test_a_place_keeps_its_name(void **state)
{
    (void)state;
    afs_article *a = load("Fund opens an office\n"
                          "Denver Capital Partners opened an office in Denver "
                          "on Monday. The firm moved staff from Boston.\n");
    assert_non_null(find(a, AFS_ORGANIZATION, "Denver Capital Partners"));
    assert_non_null(find(a, AFS_PLACE, "Denver"));
    afs_article_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_leading_words_name_the_body_again),
        cmocka_unit_test(test_a_cut_name_is_the_whole_one),
        cmocka_unit_test(test_bodies_that_start_alike_keep_the_short_form),
        cmocka_unit_test(test_an_acronym_or_an_arm_is_its_own_body),
        cmocka_unit_test(test_a_chamber_is_not_its_committee),
        cmocka_unit_test(test_a_product_keeps_its_maker),
        cmocka_unit_test(test_a_place_keeps_its_name),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
