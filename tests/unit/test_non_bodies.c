/* Names that are no body though they look like one (issue 15): offices
 * and honorifics, a state of a federation, codes, products, works. Each
 * rule on a short article written for it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <string.h>

#include "articlefs/extract.h"
#include "entity_checks.h"

/* "Rt. Hon.", "Hon.", "Speaker of", "Inspector-General of", "Senior
 * Advocate of": offices and honorifics name their holder or the body
 * they are held in, never a body of their own. */
static void test_offices_and_honorifics(void **state)
{
    (void)state;
    afs_article *a =
        load("Lawmakers mourn former speaker\n"
             "The chamber paused on Monday for the late former Speaker of the "
             "House of Assembly Rt. Hon. Tunde Bakare and Hon. Kemi Alabi.\n"
             "The Inspector-General of Police, Musa Danladi, was sued by Chidi "
             "Okafor, a Senior Advocate of Nigeria, in the Lagos court.\n");
    assert_non_null(find(a, AFS_ORGANIZATION, "House of Assembly"));
    assert_non_null(find(a, AFS_PERSON, "Tunde Bakare"));
    assert_non_null(find(a, AFS_PERSON, "Kemi Alabi"));
    assert_false(any_named(a, "Hon"));
    assert_false(any_named(a, "Speaker of the House of Assembly Rt"));
    assert_false(any_named(a, "Inspector-General of Police"));
    assert_false(any_named(a, "Senior Advocate of Nigeria"));
    afs_article_free(a);
    /* a lower-case title that is a thing's noun too: no holder */
    a = load("New radio\n"
             "The set comes with a four speaker Audio system and a remote.\n");
    assert_null(find(a, AFS_PERSON, "Audio"));
    afs_article_free(a);
    /* a common word the text gives as a surname keeps its title */
    a = load("US president Bush visits Canada\n"
             "President Henry Bush arrived in Ottawa on Monday.\n");
    const afs_entity *bush = find(a, AFS_PERSON, "Henry Bush");
    assert_non_null(bush);
    bool aliased = false;
    for (size_t i = 0; i < bush->alias_count; i++)
        aliased |= strcmp(bush->aliases[i], "president Bush") == 0;
    assert_true(aliased);
    afs_article_free(a);
}

/* "Osun State", "Kano North": a federation's state or a district of it
 * is a place; "Ohio State" (a US state's university) stays a body. */
static void test_state_of_a_federation(void **state)
{
    (void)state;
    afs_article *a = load("Governors meet in the capital\n"
                          "The senator representing Kano North, Bala Yusuf, "
                          "said the Osun State governorship election was "
                          "peaceful. Ohio State beat Michigan on Saturday.\n");
    assert_non_null(find(a, AFS_PLACE, "Osun State"));
    assert_non_null(find(a, AFS_PLACE, "Kano North"));
    assert_null(find(a, AFS_ORGANIZATION, "Osun State"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Ohio State"));
    afs_article_free(a);
}

static size_t count_named(const afs_article *a, const char *name)
{
    size_t count = 0;
    for (int kind = AFS_PERSON; kind <= AFS_PLACE; kind++) {
        size_t n;
        const afs_entity *e = afs_article_kind(a, (enum afs_kind)kind, &n);
        for (size_t i = 0; i < n; i++)
            count += strcmp(e[i].name, name) == 0;
    }
    return count;
}

/* "the Zenbox One X. It": a capital letter's stop that ends a sentence
 * is no part of the name, which is the one named again later. */
static void test_stop_after_closing_letter(void **state)
{
    (void)state;
    afs_article *a = load("Console review\n"
                          "The game runs at 4K on the Zenbox One X. It looks "
                          "worse on the Zenbox One X and older machines.\n");
    assert_false(any_named(a, "Zenbox One X."));
    assert_true(count_named(a, "Zenbox One X") <= 1);
    afs_article_free(a);
}

/* "Number FHC/ABJ/03/095/2018": the letters of a case number are no
 * body. */
static void test_code_with_slashes(void **state)
{
    (void)state;
    afs_article *a = load("Lawmakers sue police\n"
                          "The suit, with Number FHC/ABJ/03/095/2018, was "
                          "filed at the Federal High Court by Ade Bello.\n");
    assert_false(any_named(a, "Number FHC"));
    assert_false(any_named(a, "ABJ"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Federal High Court"));
    afs_article_free(a);
}

/* "Kemi Adaeze Obiora, a senior lawyer,": unknown words described by a
 * title are a person; "Zorvex Halbring, a maker of pumps," stays none. */
static void test_person_described_by_title(void **state)
{
    (void)state;
    afs_article *a = load("Suit filed\n"
                          "The suit was filed by Kemi Adaeze Obiora, a senior "
                          "lawyer, on behalf of the lawmakers.\n");
    assert_non_null(find(a, AFS_PERSON, "Kemi Adaeze Obiora"));
    assert_null(find(a, AFS_ORGANIZATION, "Kemi Adaeze Obiora"));
    afs_article_free(a);
}

/* "the Esc key", "Bubonic plague", "The Chess Podcast": a key, a disease
 * and a show are no bodies. */
static void test_keys_diseases_and_podcasts(void **state)
{
    (void)state;
    afs_article *a = load("Laptop and health news\n"
                          "The new laptop has a physical Esc key. Bubonic "
                          "plague is rare. The Chess Podcast team said the "
                          "Zika virus was spreading.\n");
    assert_false(any_named(a, "Esc"));
    assert_false(any_named(a, "Bubonic"));
    assert_false(any_named(a, "The Chess Podcast"));
    assert_false(any_named(a, "Zika"));
    afs_article_free(a);
    a = load("Laptops\n"
             "The maker said the keyboards used across the Zenbook lineup "
             "in recent years were troublesome.\n");
    assert_false(any_named(a, "Zenbook"));
    afs_article_free(a);
}

/* "the Zorland Human Rights and Democracy Act": a law's name over "and"
 * is a work; no "Zorland Human Rights" body is cut from it. */
static void test_law_name_over_and(void **state)
{
    (void)state;
    afs_article *a = load("Laws\n"
                          "And the Zorland Human Rights and Democracy Act, "
                          "under consideration by the Senate, passed.\n");
    assert_false(any_named(a, "Zorland Human Rights"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Senate"));
    afs_article_free(a);
}

/* "the Democratic Republic of Congo (DRC)": a place's bracketed acronym
 * names the place, no body. */
static void test_place_acronym(void **state)
{
    (void)state;
    afs_article *a = load("Plague\n"
                          "The plague still circulates in the Democratic "
                          "Republic of Congo (DRC), Madagascar and Peru. "
                          "Cases in the DRC rose.\n");
    assert_null(find(a, AFS_ORGANIZATION, "DRC"));
    size_t n;
    const afs_entity *places = afs_article_kind(a, AFS_PLACE, &n);
    bool aliased = false;
    for (size_t i = 0; i < n; i++)
        aliased |= has_alias(&places[i], "DRC");
    assert_true(aliased);
    afs_article_free(a);
}

/* "the U.S. Attorney for the Eastern District of Ohio": what an office
 * is for is its area, no body. */
static void test_office_for_an_area(void **state)
{
    (void)state;
    afs_article *a = load("Case\n"
                          "Dana Whitcombe, the U.S. Attorney for the Eastern "
                          "District of Ohio, said the case was closed.\n");
    assert_false(any_named(a, "Eastern District of Ohio"));
    assert_non_null(find(a, AFS_PERSON, "Dana Whitcombe"));
    afs_article_free(a);
}

/* "Warrior's Path" in a list of games and "the WTA and ATP Finals" name
 * works and events, no body; "Orchard's Pods" after "Orchard is" is
 * the company's product. */
static void test_titles_owned_and_shared_heads(void **state)
{
    (void)state;
    afs_article *a = load("Games\n"
                          "It offers franchises such as Warrior's Path, Tomb "
                          "Raider and Destiny. The show airs during the WTA "
                          "and ATP Finals.\n");
    assert_false(any_named(a, "Warrior"));
    assert_false(any_named(a, "WTA"));
    afs_article_free(a);
    a = load("Earbuds\n"
             "Teens love Orchard's Pods, and they wear them everywhere. "
             "Orchard is holding an event in Boston next week.\n");
    assert_non_null(find(a, AFS_ORGANIZATION, "Orchard"));
    afs_article_free(a);
    /* after "the" the word is a body's short name */
    a = load("Panel\n"
             "The idea was chosen by the Directorate's Advisory Panel last "
             "year.\n");
    assert_true(any_named(a, "Directorate"));
    afs_article_free(a);
}

/* "Kurds", "Shiites", "Many Kazakhs": members of a people or a faith name
 * a group of people, no body and no person; a party's members stay the
 * party, and in a game's report a people's name may be a team's. */
static void test_groups_of_people(void **state)
{
    (void)state;
    afs_article *a =
        load("Displaced families return\n"
             "The fighting displaced thousands of Kurds, officials said. "
             "Many Kazakhs have fled the region, while Shiites held prayers "
             "and Christians marched. Democrats in the capital objected.\n");
    assert_false(any_named(a, "Kurds"));
    assert_false(any_named(a, "Kazakhs"));
    assert_false(any_named(a, "Many Kazakhs"));
    assert_false(any_named(a, "Shiites"));
    assert_false(any_named(a, "Christians"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Democrats"));
    afs_article_free(a);
    a = load("Late field goal wins it\n"
             "The Vikings beat the Packers 24-21 on Sunday, and the coach "
             "praised the defense. The Vikings lead the division this "
             "season.\n");
    assert_non_null(find(a, AFS_ORGANIZATION, "Vikings"));
    afs_article_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_offices_and_honorifics),
        cmocka_unit_test(test_state_of_a_federation),
        cmocka_unit_test(test_stop_after_closing_letter),
        cmocka_unit_test(test_code_with_slashes),
        cmocka_unit_test(test_person_described_by_title),
        cmocka_unit_test(test_keys_diseases_and_podcasts),
        cmocka_unit_test(test_law_name_over_and),
        cmocka_unit_test(test_place_acronym),
        cmocka_unit_test(test_office_for_an_area),
        cmocka_unit_test(test_titles_owned_and_shared_heads),
        cmocka_unit_test(test_groups_of_people),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
