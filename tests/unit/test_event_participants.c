/* Who takes part in an event, on short articles written for these
 * tests: names after a plural's possessive, a list of names after a
 * colon, two bodies whose joined modifiers share one head, descriptions
 * that stand for someone named before. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <string.h>

#include "articlefs/extract.h"
#include "event_checks.h"

/* "behind Ivo Jonas’ 6-4 win over Per Anker": the apostrophe of a
 * plural's possessive is no quote mark; the clause goes on past it. */
static void test_plural_possessive_keeps_the_clause(void **state)
{
    (void)state;
    afs_article *a = load("Cup tie\n"
                          "Velmar beat Ostland behind Ivo Jonas’ 6-4, 6-4 win "
                          "over Per Anker on Friday.\n");
    const afs_event *beat = event_with(a, "beat");
    assert_non_null(beat);
    assert_true(takes_part(beat, "Ivo Jonas"));
    assert_true(takes_part(beat, "Per Anker"));
    /* the win is the beating told again, not a second event */
    assert_null(event_with(a, "win"));
    afs_article_free(a);
}

/* "selected seven suppliers in May: A, B, ... and G.": the names listed
 * after the colon are the ones selected, all of them. */
static void test_names_listed_after_a_colon(void **state)
{
    (void)state;
    afs_article *a =
        load("Rail suppliers\n"
             "Ostrand Rail said on Monday that Kestrel Steel Inc. and Brann "
             "Metals Ltd. had bid. Ostrand Rail selected seven suppliers in "
             "May: Kestrel Steel Inc., Brann Metals Ltd., Halvard Works Ltd., "
             "Norrland Tools Inc., Vesta Cables Ltd., Orrin Group Inc. and "
             "Tamsin Electric Inc.\n");
    const afs_event *selected = event_with(a, "selected");
    assert_non_null(selected);
    assert_true(takes_part(selected, "Ostrand Rail"));
    assert_true(takes_part(selected, "Brann Metals Ltd."));
    assert_true(takes_part(selected, "Vesta Cables Ltd."));
    assert_true(takes_part(selected, "Tamsin Electric Inc."));
    assert_true(selected->participant_count >= 7);
    afs_article_free(a);
}

/* "the Danish and Swedish defense ministries accused": two bodies that
 * share one head, each named on its own later, both take part. */
static void test_joined_modifiers_of_one_head(void **state)
{
    (void)state;
    afs_article *a =
        load("Border claims\n"
             "In a joint statement published on Monday, the Danish and "
             "Swedish defense ministries accused Kestrel forces of blocking "
             "aid. The Danish Defense Ministry said the camp was closed. The "
             "Swedish defense ministry said it had sent trucks.\n");
    const afs_event *statement = event_with(a, "joint statement");
    assert_non_null(statement);
    assert_true(takes_part(statement, "Danish Defense Ministry"));
    assert_true(takes_part(statement, "Swedish defense ministry"));
    afs_article_free(a);
}

/* "The Danish coach had been ... sacked", "The company unveiled": a
 * description in the subject's place stands for the person or body told
 * of last; "the envoy is to face questions about X's call" takes no part
 * in the call. */
static void test_descriptions_as_subjects(void **state)
{
    (void)state;
    afs_article *a =
        load("Coach moves\n"
             "Coach Ivo Marr joined Kestrel United on Monday. The Danish coach "
             "had been out of work since being sacked by Brann City in May. "
             "On Tuesday, Ostrand Rail posted record sales. The company "
             "unveiled a new plant in Oslo on Friday.\n");
    const afs_event *sacked = event_with(a, "sacked");
    assert_non_null(sacked);
    assert_true(takes_part(sacked, "Ivo Marr"));
    const afs_event *unveiled = event_with(a, "unveiled");
    assert_non_null(unveiled);
    assert_true(takes_part(unveiled, "Ostrand Rail"));
    afs_article_free(a);
    a = load("Inquiry\n"
             "Envoy Mira Tolle met Premier Tomas Herrera on Monday. The envoy "
             "is likely to face questions about Herrera's July 25 call with "
             "Governor Ivo Marr.\n");
    const afs_event *call = event_with(a, "call");
    assert_non_null(call);
    assert_true(takes_part(call, "Ivo Marr"));
    assert_false(takes_part(call, "Mira Tolle"));
    afs_article_free(a);
}

/* "Kestrel Steel will offer Ostrand Rail its furnace that the company
 * unveiled": the company is the body the sentence opens with, not the
 * one named later in it; "a film from Crown, which opens": a short name
 * the entity pass left unmarked is the relative clause's subject. */
static void test_bodies_behind_descriptions_and_short_names(void **state)
{
    (void)state;
    afs_article *a =
        load("Furnace deal\n"
             "Ostrand Rail wants a bigger furnace, said Ivo Marr, chief "
             "engineer at Kestrel Steel. Kestrel Steel will offer Ostrand "
             "Rail its Blue Star furnace that the company unveiled in May, "
             "capable of melting ten tons an hour.\n");
    const afs_event *unveiled = event_with(a, "unveiled");
    assert_non_null(unveiled);
    assert_true(takes_part(unveiled, "Kestrel Steel"));
    afs_article_free(a);
    a = load("Weekend films\n"
             "The comedy Blue Lake, from Crown Pictures, leads the box "
             "office. It will be challenged by the thriller Night Road, also "
             "from Crown, which opens in wide release Friday.\n");
    const afs_event *opens = event_with(a, "opens");
    assert_non_null(opens);
    assert_true(takes_part(opens, "Crown Pictures"));
    afs_article_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plural_possessive_keeps_the_clause),
        cmocka_unit_test(test_names_listed_after_a_colon),
        cmocka_unit_test(test_joined_modifiers_of_one_head),
        cmocka_unit_test(test_descriptions_as_subjects),
        cmocka_unit_test(test_bodies_behind_descriptions_and_short_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
