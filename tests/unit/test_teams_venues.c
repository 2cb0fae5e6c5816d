/* Teams, venues, places put in places, and an employer named by its
 * officer's title, each rule on a short article written for it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <string.h>

#include "articlefs/extract.h"
#include "entity_checks.h"

/* "Tarnby Gulls vs. Odessa Larks": both sides of a "vs." are teams, the
 * one after it too, though "vs." ends with a stop. */
static void test_sides_of_versus(void **state)
{
    (void)state;
    afs_article *a = load("Memories\n"
                          "Her favorite night was Gulls vs. Larks at the old "
                          "ground, she said.\n");
    assert_non_null(find(a, AFS_ORGANIZATION, "Gulls"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Larks"));
    afs_article_free(a);
    /* a side opening the answer is a name all the same */
    a = load("Q&A\n"
             "Q: Best night?\n"
             "A: Gulls vs. Larks at the old ground.\n");
    assert_non_null(find(a, AFS_ORGANIZATION, "Gulls"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Larks"));
    afs_article_free(a);
}

/* "the Denver Badgers ... against Denver": in a game's report a city
 * that opens a team's name is the team when it stands alone; a city put
 * in ("in Boston") stays a place. */
static void test_city_of_a_team_is_the_team(void **state)
{
    (void)state;
    afs_article *a = load("Defense report\n"
                          "The Denver Badgers lost to the Boston Otters on "
                          "Sunday. The problem is that Denver does not have "
                          "a quarterback. The next game is in Boston.\n");
    const afs_entity *badgers = find(a, AFS_ORGANIZATION, "Denver Badgers");
    assert_non_null(badgers);
    assert_true(has_alias(badgers, "Denver"));
    assert_null(find(a, AFS_PLACE, "Denver"));
    assert_null(find(a, AFS_ORGANIZATION, "Denver"));
    assert_non_null(find(a, AFS_PLACE, "Boston"));
    afs_article_free(a);
}

/* "the Boston Olympics": an event's word after a city makes no team of
 * it. */
static void test_city_before_an_event_stays(void **state)
{
    (void)state;
    afs_article *a = load("Games\n"
                          "Before the 2030 Boston Olympics, Boston cut "
                          "traffic, the coach said.\n");
    assert_non_null(find(a, AFS_PLACE, "Boston"));
    afs_article_free(a);
}

/* "St. Ovar in Portugal": a short name put in a known place is
 * a place inside it; a body's ("Varn Policy Forum in Israel") or a
 * business's plural ("Ear Books in Germany") is not. */
static void test_put_in_a_known_place(void **state)
{
    (void)state;
    afs_article *a = load("Q&A\n"
                          "A: St. Ovar in Portugal, where I grew "
                          "up. Later I worked for Quell Policy Forum in "
                          "Israel and read Ear Books in Germany.\n");
    assert_non_null(find(a, AFS_PLACE, "St. Ovar"));
    assert_null(find(a, AFS_ORGANIZATION, "St. Ovar"));
    assert_null(find(a, AFS_PLACE, "Quell Policy Forum"));
    assert_null(find(a, AFS_PLACE, "Ear Books"));
    afs_article_free(a);
}

/* "a trip to Holt World": where one travels is a place. */
static void test_trip_to_a_place(void **state)
{
    (void)state;
    afs_article *a = load("Q&A\n"
                          "Q: Best gift? A: A trip to Holt World with my "
                          "kids.\n");
    assert_non_null(find(a, AFS_PLACE, "Holt World"));
    assert_null(find(a, AFS_ORGANIZATION, "Holt World"));
    afs_article_free(a);
}

/* "Force Headquarters": a headquarters is a building, a place. */
static void test_headquarters_is_a_place(void **state)
{
    (void)state;
    afs_article *a = load("March\n"
                          "Protesters walked to the Marine Headquarters on "
                          "Friday.\n");
    assert_non_null(find(a, AFS_PLACE, "Marine Headquarters"));
    afs_article_free(a);
}

/* "Momentum's new President and CEO": a title after a tenure's word
 * ("new", "former"), in capitals too, makes the owner an employer, even
 * a common word's name. */
static void test_new_title_names_an_employer(void **state)
{
    (void)state;
    afs_article *a = load("Growth\n"
                          "The board met on Monday. Under Momentum's new "
                          "President and CEO, the firm would grow. Fans love "
                          "Momentum and its staff.\n");
    assert_non_null(find(a, AFS_ORGANIZATION, "Momentum"));
    afs_article_free(a);
}

/* "the Ombrea area": a name before "area" is a place's, without it. */
static void test_name_before_area(void **state)
{
    (void)state;
    afs_article *a = load("Solar\n"
                          "Solar arrays are planned in the Ombrea area, "
                          "officials said.\n");
    assert_non_null(find(a, AFS_PLACE, "Ombrea"));
    afs_article_free(a);
}

/* "a Dunvale police sergeant", "Dunvale residents": a town's police and
 * people name the town. */
static void test_town_of_police_and_residents(void **state)
{
    (void)state;
    afs_article *a = load("Crime\n"
                          "A Dunvale police sergeant searched the room, and "
                          "Dunvale residents were told to stay home.\n");
    assert_non_null(find(a, AFS_PLACE, "Dunvale"));
    assert_null(find(a, AFS_ORGANIZATION, "Dunvale"));
    afs_article_free(a);
}

/* "the entire Momentum team": a body's staff after a name "the" opens
 * makes it a body, even a common word's name. */
static void test_team_of_a_body(void **state)
{
    (void)state;
    afs_article *a = load("Tickets\n"
                          "We love working here, and I share this award "
                          "with the entire Momentum team.\n");
    assert_non_null(find(a, AFS_ORGANIZATION, "Momentum"));
    afs_article_free(a);
}

/* "FC Porto ... left Porto": a club's mark makes the city alone the
 * club, in a text of no other game's words. */
static void test_city_of_a_club(void **state)
{
    (void)state;
    afs_article *a = load("Transfer\n"
                          "Silva signed for FC Porto in May. He left Porto a "
                          "year later and now lives in Lisbon.\n");
    const afs_entity *club = find(a, AFS_ORGANIZATION, "FC Porto");
    assert_non_null(club);
    assert_true(has_alias(club, "Porto"));
    assert_null(find(a, AFS_PLACE, "Porto"));
    assert_non_null(find(a, AFS_PLACE, "Lisbon"));
    afs_article_free(a);
}

/* "A: Trip to Holt World": an interview's answer is prose, no heading,
 * however short, and its opening "Trip" a trip's word. */
static void test_interview_answer_is_prose(void **state)
{
    (void)state;
    afs_article *a = load("Q&A with a founder\n"
                          "We asked our founder a few questions.\n"
                          "Q: Best gift ever?\n"
                          "A: Trip to Holt World\n"
                          "Q: What next?\n"
                          "A: More work, as always.\n");
    assert_non_null(find(a, AFS_PLACE, "Holt World"));
    afs_article_free(a);
}

/* "Vella United host Porto on Sunday": a lower-case title before one
 * word a place's lexicon holds is a verb, no office of a person named
 * Porto; "coach Tom Reyes" keeps his. */
static void test_title_verb_before_a_place(void **state)
{
    (void)state;
    afs_article *a = load("Derby on Sunday\n"
                          "Vella United host Porto on Sunday, and coach Tom "
                          "Reyes expects a full stadium this season.\n");
    assert_null(find(a, AFS_PERSON, "Porto"));
    assert_non_null(find(a, AFS_PERSON, "Tom Reyes"));
    afs_article_free(a);
}

/* "Tarvik and Lisbon also won, while Vella lost to Braga": in a game's
 * report a city beside a result's verb, or joined by "and" to such a
 * city, is its team. */
static void test_cities_beside_results_are_teams(void **state)
{
    (void)state;
    afs_article *a =
        load("Weekend round-up\n"
             "Tarvik United beat Vella 2-1 on Saturday, and the coach praised "
             "the striker. Porto and Lisbon also won, while Vella lost to "
             "Braga last season.\n");
    assert_non_null(find(a, AFS_ORGANIZATION, "Porto"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Lisbon"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Braga"));
    assert_null(find(a, AFS_PLACE, "Porto"));
    afs_article_free(a);
    /* outside a game's report a city that won is the city */
    a = load("Bid decided\n"
             "Lisbon won the vote to hold the summit, officials said.\n");
    assert_null(find(a, AFS_ORGANIZATION, "Lisbon"));
    afs_article_free(a);
}

/* "Cedar Bay 58, Titusville 51": both sides of a result's pair are teams,
 * common words or not; "Tre Holloway 18, Andre Pike 11" are players'
 * points, neither a team nor an edition of a work. */
static void test_result_pairs_and_stat_lines(void **state)
{
    (void)state;
    afs_article *a =
        load("Roundup\n\n"
             "Cedar Bay 58, Titusville 51: Jalen Brooks had 21 points for "
             "the Minutemen (10-4). Titusville: Tre Holloway 18, Andre Pike "
             "11.\n");
    assert_non_null(find(a, AFS_ORGANIZATION, "Cedar Bay"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Titusville"));
    assert_non_null(find(a, AFS_PERSON, "Tre Holloway"));
    assert_non_null(find(a, AFS_PERSON, "Andre Pike"));
    assert_false(any_named(a, "Tre"));
    afs_article_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sides_of_versus),
        cmocka_unit_test(test_city_of_a_team_is_the_team),
        cmocka_unit_test(test_city_before_an_event_stays),
        cmocka_unit_test(test_put_in_a_known_place),
        cmocka_unit_test(test_trip_to_a_place),
        cmocka_unit_test(test_headquarters_is_a_place),
        cmocka_unit_test(test_new_title_names_an_employer),
        cmocka_unit_test(test_name_before_area),
        cmocka_unit_test(test_town_of_police_and_residents),
        cmocka_unit_test(test_team_of_a_body),
        cmocka_unit_test(test_city_of_a_club),
        cmocka_unit_test(test_interview_answer_is_prose),
        cmocka_unit_test(test_title_verb_before_a_place),
        cmocka_unit_test(test_cities_beside_results_are_teams),
        cmocka_unit_test(test_result_pairs_and_stat_lines),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
