/* Bodies named by a common or lower-case word (issue 15), each rule on a
 * short article written for it: a party by its members, "party" and
 * "police" after a name, councils and commissions after a place, the
 * lower chamber named alone, a state's body, a firm named by its plant
 * ("Works"), a periodical by its name-plate; and who speaks beside such names.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <string.h>

#include "articlefs/extract.h"
#include "entity_checks.h"

static void test_party_by_its_members(void **state)
{
    (void)state;
    afs_article *a = load("Budget vote set for June\n"
                          "Liberals said on Monday that the budget cuts "
                          "too much. Some Conservatives agreed, and "
                          "Americans will watch the vote.\n");
    assert_non_null(find(a, AFS_ORGANIZATION, "Liberals"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Conservatives"));
    /* a nation's people, though an "American Party" once was */
    assert_null(find(a, AFS_ORGANIZATION, "Americans"));
    afs_article_free(a);
}

static void test_lower_party_and_police_after_a_name(void **state)
{
    (void)state;
    afs_article *a = load("Rally ends in arrests\n"
                          "Leaders of the Socialist party met in Lisbon. "
                          "Lisbon police arrested ten people, and a "
                          "Porto police officer was hurt. Mr. Smith went "
                          "to a John Smith party on Friday.\n");
    assert_non_null(find(a, AFS_ORGANIZATION, "Socialist party"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Lisbon police"));
    /* the force only describes its officer */
    assert_null(find(a, AFS_ORGANIZATION, "Porto police"));
    /* a person's party is a feast */
    assert_null(find(a, AFS_ORGANIZATION, "John Smith party"));
    afs_article_free(a);
}

static void test_council_and_commission_after_a_place(void **state)
{
    (void)state;
    afs_article *a = load("Zoning plan approved\n"
                          "A member of Ohio's zoning council said the "
                          "Denver election commission would meet.\n");
    assert_non_null(find(a, AFS_ORGANIZATION, "Ohio's zoning council"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Denver election commission"));
    afs_article_free(a);
}

static void test_lower_chamber_alone(void **state)
{
    (void)state;
    afs_article *a = load("Bill stalls\n"
                          "The bill passed the House in May, but the "
                          "Senate has not voted.\n");
    assert_non_null(find(a, AFS_ORGANIZATION, "House"));
    afs_article_free(a);
    /* no legislature named: a house is a building or a firm */
    a = load("Fair opens\n"
             "Visitors toured the House on Sunday.\n");
    assert_null(find(a, AFS_ORGANIZATION, "House"));
    afs_article_free(a);
}

static const char *speaker_of(const afs_article *a, const char *start)
{
    for (size_t i = 0; i < a->quote_count; i++)
        if (strncmp(a->quotes[i].text, start, strlen(start)) == 0)
            return a->quotes[i].speaker ? a->quotes[i].speaker->name : NULL;
    fail_msg("no quote \"%s\"", start);
    return NULL;
}

static void test_state_body(void **state)
{
    (void)state;
    afs_article *a = load("Election results\n"
                          "Voters chose control of the state Legislature "
                          "on Tuesday.\n");
    /* named by its head, as news lists it */
    assert_non_null(find(a, AFS_ORGANIZATION, "Legislature"));
    assert_null(find(a, AFS_ORGANIZATION, "state Legislature"));
    afs_article_free(a);
}

static void test_firm_named_by_its_plant(void **state)
{
    (void)state;
    afs_article *a = load("Game review\n"
                          "The first title from indie developer Cobalt "
                          "Works arrives in May. Tests by analysts at "
                          "Lantern Foundry show it runs well.\n");
    assert_non_null(find(a, AFS_ORGANIZATION, "Cobalt Works"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Lantern Foundry"));
    assert_null(find(a, AFS_PERSON, "Lantern Foundry"));
    afs_article_free(a);
}

static void test_periodical_by_its_name_plate(void **state)
{
    (void)state;
    afs_article *a = load("Minister quits\n"
                          "\"I will not stay,\" said one former aide, as "
                          "reported by the Sentinel newspaper. A Lisbon "
                          "newspaper said the Albanian Brotherhood met.\n");
    assert_non_null(find(a, AFS_ORGANIZATION, "Sentinel"));
    /* a place's newspaper is the place's */
    assert_null(find(a, AFS_ORGANIZATION, "Lisbon"));
    /* a body's head after a nationality */
    assert_non_null(find(a, AFS_ORGANIZATION, "Albanian Brotherhood"));
    /* the aide speaks, whom the article does not name; the paper reports */
    assert_null(speaker_of(a, "I will not stay"));
    afs_article_free(a);
}

/* A body named inside an appositive describes the subject, which speaks. */
static void test_body_in_an_appositive_is_no_speaker(void **state)
{
    (void)state;
    afs_article *a = load("Paper warns unions\n"
                          "On Monday, the Daily Courier, the voice of the "
                          "Socialist party, warned that \"there is no room "
                          "for a strike\" this winter.\n");
    assert_non_null(find(a, AFS_ORGANIZATION, "Socialist party"));
    const char *s = speaker_of(a, "there is no room");
    assert_non_null(s);
    assert_string_equal(s, "Daily Courier");
    afs_article_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_party_by_its_members),
        cmocka_unit_test(test_lower_party_and_police_after_a_name),
        cmocka_unit_test(test_council_and_commission_after_a_place),
        cmocka_unit_test(test_lower_chamber_alone),
        cmocka_unit_test(test_body_in_an_appositive_is_no_speaker),
        cmocka_unit_test(test_state_body),
        cmocka_unit_test(test_firm_named_by_its_plant),
        cmocka_unit_test(test_periodical_by_its_name_plate),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
