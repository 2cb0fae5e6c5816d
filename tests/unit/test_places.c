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

/* A building's or a room's head where one is, or after a town's
 * possessive, is a venue; a name after "at" a town's possessive too; a
 * body named after a place stays a body. */
static void test_venues_are_places(void **state)
{
    (void)state;
    afs_article *a = load("Concert\n"
                          "The band played at Denver's Larkmoor Hall and "
                          "later at Portland's Silver Quill Ballpark. The "
                          "guests dined in the Amber Room. Boston "
                          "Dynamics sent a robot.\n");
    assert_non_null(find(a, AFS_PLACE, "Larkmoor Hall"));
    assert_non_null(find(a, AFS_PLACE, "Silver Quill Ballpark"));
    assert_non_null(find(a, AFS_PLACE, "Amber Room"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Boston Dynamics"));
    assert_null(find(a, AFS_PLACE, "Boston Dynamics"));
    afs_article_free(a);
}

/* A theater's noun after a name nothing else classed names the venue;
 * a known town's theater is any of the town's. */
static void test_lower_venue_head(void **state)
{
    (void)state;
    afs_article *a = load("Premiere\n"
                          "The film opened at the Corvallan theater on "
                          "Friday, and a Chicago theater showed it too.\n");
    assert_non_null(find(a, AFS_PLACE, "Corvallan theater"));
    assert_non_null(find(a, AFS_PLACE, "Chicago"));
    assert_null(find(a, AFS_PLACE, "Chicago theater"));
    afs_article_free(a);
}

/* A place with a possessive in its name is one place, with a curly
 * apostrophe too. */
static void test_possessive_inside_a_place(void **state)
{
    (void)state;
    afs_article *a = load("Summer\n"
                          "She spent August on Martha\xE2\x80\x99s Vineyard "
                          "with friends.\n");
    assert_non_null(find(a, AFS_PLACE, "Martha\xE2\x80\x99s Vineyard"));
    assert_int_equal(count_kind(a, AFS_PERSON), 0);
    afs_article_free(a);
}

/* A town's state abbreviation in the story is the state; a dateline's
 * only says where the story was written. */
static void test_state_after_a_town_in_the_story(void **state)
{
    (void)state;
    afs_article *a = load("Rally\n"
                          "BRANDVILLE, N.Y. \xE2\x80\x94 The senator spoke "
                          "at a rally in Quorran, La., on Monday.\n");
    const afs_entity *la = find(a, AFS_PLACE, "Louisiana");
    assert_non_null(la);
    assert_true(has_alias(la, "La."));
    assert_null(find(a, AFS_PLACE, "New York"));
    afs_article_free(a);
}

/* Data as news writes it: "Wales" though "wales" is a word, a nation
 * keeps its sense when its team wins, "Kan" cut from "Kan." is no place,
 * and "NYC" is the city. */
static void test_nations_and_abbreviations(void **state)
{
    (void)state;
    afs_article *a = load("Qualifying\n"
                          "Wales beat Hungary 2-0 on Tuesday. The fans flew "
                          "home from NYC. Kan reported the score.\n");
    assert_non_null(find(a, AFS_PLACE, "Wales"));
    assert_null(find(a, AFS_ORGANIZATION, "Wales"));
    assert_non_null(find(a, AFS_PLACE, "NYC"));
    assert_null(find(a, AFS_PLACE, "Kan"));
    afs_article_free(a);
}

/* A street after a house number is an address, no place; the town
 * after it still is one. */
static void test_street_address_is_no_place(void **state)
{
    (void)state;
    afs_article *a = load("Tips\n"
                          "Send letters to 14 Quarry Street, Suite 2, "
                          "Harlowe, Ala. The march went down Quarry Street "
                          "on Sunday.\n");
    assert_non_null(find(a, AFS_PLACE, "Harlowe"));
    const afs_entity *q = find(a, AFS_PLACE, "Quarry Street");
    assert_non_null(q);
    assert_int_equal(q->mention_count, 1);
    afs_article_free(a);
}

/* A town's name alone between quotation marks is a title; the town
 * named elsewhere stays a place. */
static void test_quoted_town_is_a_title(void **state)
{
    (void)state;
    afs_article *a = load("Casting\n"
                          "The actor phoned from the set of \xE2\x80\x9C"
                          "Tacoma,\xE2\x80\x9D the series. Later she flew "
                          "to Boise for a week.\n");
    assert_null(find(a, AFS_PLACE, "Tacoma"));
    assert_non_null(find(a, AFS_PLACE, "Boise"));
    afs_article_free(a);
}

/* A letter's sign-off in capitals names the place after its "IN". */
static void test_shouted_sign_off(void **state)
{
    (void)state;
    afs_article *a = load("Dear Editor\n"
                          "My neighbor keeps parking on my lawn. What should "
                          "I do? -- FED UP IN NEVADA\n");
    assert_non_null(find(a, AFS_PLACE, "Nevada"));
    assert_false(any_named(a, "FED UP IN NEVADA"));
    afs_article_free(a);
}

/* "Austin, TX –": a state's capitals in a dateline are no place of the
 * story, as "BUFFALO, N.Y. —" are not; "a rally in Dallas, TX, on
 * Monday" keeps Texas's. */
static void test_dateline_state_code(void **state)
{
    (void)state;
    afs_article *a = load("Firm hires a strategist\n"
                          "Austin, TX – Velto Labs named Ana Ruiz its chief "
                          "strategist on Monday.\n");
    assert_non_null(find(a, AFS_PLACE, "Austin"));
    assert_false(any_named(a, "TX"));
    afs_article_free(a);
}

/* "CEDAR HOLLOW, Minn. —", "PINE BLUFF, Pa. (AP) —": a dateline's town
 * in capitals is a place though its words are common ones and no
 * gazetteer has it; "Man charged" opening a headline is no Isle of Man. */
static void test_dateline_town_of_common_words(void **state)
{
    (void)state;
    afs_article *a = load("Man charged after standoff\n"
                          "CEDAR HOLLOW, Minn. — A man was charged Friday "
                          "with assault, police said.\n");
    assert_true(find(a, AFS_PLACE, "Cedar Hollow") ||
                find(a, AFS_PLACE, "CEDAR HOLLOW"));
    assert_false(any_named(a, "Man"));
    afs_article_free(a);
    a = load("Fire destroys barn\n"
             "PINE BLUFF, Pa. (AP) — A fire destroyed a barn on Sunday.\n");
    assert_true(find(a, AFS_PLACE, "Pine Bluff") ||
                find(a, AFS_PLACE, "PINE BLUFF"));
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
        cmocka_unit_test(test_venues_are_places),
        cmocka_unit_test(test_lower_venue_head),
        cmocka_unit_test(test_possessive_inside_a_place),
        cmocka_unit_test(test_state_after_a_town_in_the_story),
        cmocka_unit_test(test_nations_and_abbreviations),
        cmocka_unit_test(test_street_address_is_no_place),
        cmocka_unit_test(test_quoted_town_is_a_title),
        cmocka_unit_test(test_shouted_sign_off),
        cmocka_unit_test(test_dateline_state_code),
        cmocka_unit_test(test_dateline_town_of_common_words),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
