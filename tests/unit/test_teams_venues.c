/* Teams, venues and the places news names inside other names, each rule
 * on a short article written for it. */
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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sides_of_versus),
        cmocka_unit_test(test_city_of_a_team_is_the_team),
        cmocka_unit_test(test_city_before_an_event_stays),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
