/* Summaries whose sentence puts its parts out of the usual order: the
 * told words before their teller, a verb whose object is the noun before
 * "that", a verb cut from its phrase. Short articles written for these
 * tests. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "tests/unit/event_checks.h"

static const char *summary_of(const afs_article *a, const char *trigger)
{
    const afs_event *ev = event_with(a, trigger);
    return ev ? ev->summary : "none";
}

static void test_told_words_before_their_teller(void **state)
{
    (void)state;
    afs_article *a =
        load("Harbour news\n"
             "The ferry company raised its fares on the northern routes, the "
             "Velmar Harbour Board announced Monday.\n"
             "\u201cWe will keep the old pier open to the fishing boats all "
             "winter,\u201d Mayor Ines Carvalho said in a speech to the Velmar "
             "Chamber of Commerce.\n");
    assert_non_null(a);
    assert_string_equal(summary_of(a, "announced"),
                        "The ferry company raised its fares on the northern "
                        "routes");
    assert_string_equal(summary_of(a, "speech"),
                        "We will keep the old pier open to the fishing boats "
                        "all winter");
    /* the teller still takes part in the telling */
    assert_true(takes_part(event_with(a, "announced"), "Velmar Harbour Board"));
    afs_article_free(a);
}

static void test_an_opening_clause_is_told_by_nobody(void **state)
{
    (void)state;
    afs_article *a = load("Harbour news\n"
                          "After the storm passed over the town, the Velmar "
                          "Harbour Board announced.\n");
    assert_non_null(a);
    assert_string_not_equal(summary_of(a, "announced"),
                            "After the storm passed over the town");
    afs_article_free(a);
}

static void test_object_before_that(void **state)
{
    (void)state;
    afs_article *a = load(
        "Rail news\n"
        "Ostrand Rail will lend the city its new night train that the company "
        "unveiled in March, able to carry four hundred passengers.\n");
    assert_non_null(a);
    assert_string_equal(summary_of(a, "unveiled"),
                        "Ostrand Rail will lend the city its new night train "
                        "that the company unveiled in March");
    afs_article_free(a);
}

static void test_verb_cut_from_its_phrase(void **state)
{
    (void)state;
    afs_article *a = load(
        "Rail news\n"
        "Night trains have been the subject of long studies within the "
        "planning office of the Ostrand regional transport authority, then "
        "recommended as a cheap \"green option\" for travel by the Velmar "
        "Council, leading to a new timetable.\n");
    assert_non_null(a);
    assert_string_equal(summary_of(a, "recommended"),
                        "Recommended as a cheap \"green option\" for travel by "
                        "the Velmar Council");
    afs_article_free(a);
}

static void test_a_dated_reason_is_its_own_happening(void **state)
{
    (void)state;
    afs_article *a = load("Harbour news\n"
                          "Ivo Marr was arrested in June for a May 4 phone "
                          "call he made to Mayor Ines Carvalho.\n");
    assert_non_null(a);
    assert_string_equal(summary_of(a, "arrested"),
                        "Ivo Marr was arrested in June");
    const afs_event *call = event_with(a, "phone call");
    assert_non_null(call);
    assert_string_equal(call->summary,
                        "A May 4 phone call he made to Mayor Ines Carvalho");
    assert_non_null(call->when);
    assert_string_equal(call->when->text, "May 4");
    afs_article_free(a);
}

/* The aside before "said" starts more than a clause's reach before the
 * trigger: the summary still sees the whole sentence's classes, so it
 * skips the aside rather than starting inside it. */
static void test_a_far_aside_is_read_whole(void **state)
{
    (void)state;
    afs_article *a =
        load("Port talks\n"
             "The ferry company met Mayor Ines Carvalho on Monday.\n"
             "Lina Moreau, a shipping analyst at Dunmore, said the "
             "mayor\u2019s \u201cstubborn manner and habit of overruling his "
             "own planning staff\u201d had complicated the already difficult "
             "task of striking a deal with Mayor Ines Carvalho.\n");
    assert_non_null(a);
    const char *summary = summary_of(a, "deal");
    assert_string_not_equal(summary, "none");
    assert_int_not_equal(strncmp(summary, "Dunmore", 7), 0);
    afs_article_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_told_words_before_their_teller),
        cmocka_unit_test(test_an_opening_clause_is_told_by_nobody),
        cmocka_unit_test(test_object_before_that),
        cmocka_unit_test(test_verb_cut_from_its_phrase),
        cmocka_unit_test(test_a_dated_reason_is_its_own_happening),
        cmocka_unit_test(test_a_far_aside_is_read_whole),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
