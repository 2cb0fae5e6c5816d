/* People on short articles written for these tests: namesakes, surnames
 * standing alone, phrases that are no person (issue 15). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <string.h>

#include "articlefs/extract.h"

static afs_article *load(const char *text)
{
    return afs_extract(text, strlen(text), NULL);
}

static bool has_alias(const afs_article *a, const char *name, const char *alias)
{
    size_t n;
    const afs_entity *e = afs_article_kind(a, AFS_PERSON, &n);
    for (size_t i = 0; i < n; i++)
        if (strcmp(e[i].name, name) == 0)
            for (size_t k = 0; k < e[i].alias_count; k++)
                if (strcmp(e[i].aliases[k], alias) == 0)
                    return true;
    return false;
}

static size_t people_named(const afs_article *a, const char *name)
{
    size_t n, count = 0;
    const afs_entity *e = afs_article_kind(a, AFS_PERSON, &n);
    for (size_t i = 0; i < n; i++)
        count += strcmp(e[i].name, name) == 0;
    return count;
}

/* Two people of one surname: the first named again is still one person,
 * not a third. */
static void test_two_people_of_one_surname(void **state)
{
    (void)state;
    afs_article *a =
        load("Court report\n"
             "Police arrested Marta K. Olsen, 41, on Monday. Officers later "
             "stopped a car driven by Henrik J. Olsen, 52.\n"
             "Marta K. Olsen: theft, held on bond.\n"
             "Henrik J. Olsen: dealing, held on bond.\n");
    assert_int_equal(people_named(a, "Marta K. Olsen"), 1);
    assert_int_equal(people_named(a, "Henrik J. Olsen"), 1);
    afs_article_free(a);
}

/* A prize or a match named after someone, and a place after a saint,
 * are no people. */
static void test_prizes_and_saints_are_no_people(void **state)
{
    (void)state;
    afs_article *a =
        load("Prize news\n"
             "The writer won the Edwin R. Halloway Award in 1990, and "
             "Norway beat Chile in the Curtis Cup Final.\n"
             "She grew up in Santa Vitoria do Palmar and later moved to "
             "the capital.\n");
    size_t n;
    afs_article_kind(a, AFS_PERSON, &n);
    assert_int_equal(n, 0);
    afs_article_free(a);
}

/* A title alone is no person; before a name it is the name's title. */
static void test_title_alone_is_nobody(void **state)
{
    (void)state;
    afs_article *a = load("Hearing news\n"
                          "The committee's Ranking Member said the hearing "
                          "was unfair. Ranking Member Tom Avery asked for "
                          "more time.\n");
    assert_int_equal(people_named(a, "Ranking Member"), 0);
    assert_int_equal(people_named(a, "Member Tom Avery"), 0);
    assert_int_equal(people_named(a, "Tom Avery"), 1);
    afs_article_free(a);
}

/* A line listing names without a full stop is no sub-heading: the
 * people in it are listed. */
static void test_listed_line_names_people(void **state)
{
    (void)state;
    afs_article *a = load("Music news\n"
                          "Q: Who do you listen to?\n"
                          "A: Rob Haley, Brent Lars, Drake, The Beagles\n"
                          "The fans agreed.\n");
    assert_int_equal(people_named(a, "Rob Haley"), 1);
    assert_int_equal(people_named(a, "Brent Lars"), 1);
    afs_article_free(a);
}

/* Three name words no lexicon knows, a particle before the last, are a
 * person's. */
static void test_unknown_name_with_particle(void **state)
{
    (void)state;
    afs_article *a = load("Clinic attack\n"
                          "On Tuesday, J\xc3\xb6rg Ulrich von Almsberg was "
                          "stabbed at a clinic in Berlin.\n");
    assert_int_equal(people_named(a, "J\xc3\xb6rg Ulrich von Almsberg"), 1);
    afs_article_free(a);
}

/* An office addressed by its holder's courtesy title and a swimming
 * event are no people; a surname after a courtesy title is one. */
static void test_addressed_offices_and_events(void **state)
{
    (void)state;
    afs_article *a =
        load("Hearing news\n"
             "\"I think, Mr. Ranking Member, that is hard,\" Tom Avery said.\n"
             "\"Thank you, Mr. Speaker,\" said Lena Holt. Mr. Bishop "
             "agreed.\n"
             "Kai Patton won the 200 yard Individual Medley state title.\n");
    assert_int_equal(people_named(a, "Ranking Member"), 0);
    assert_int_equal(people_named(a, "Speaker"), 0);
    assert_int_equal(people_named(a, "Individual Medley"), 0);
    assert_int_equal(people_named(a, "Bishop"), 1);
    assert_int_equal(people_named(a, "Kai Patton"), 1);
    afs_article_free(a);
}

/* An office's name that speaks is a body's, not a person's. */
static void test_speaking_office_is_a_body(void **state)
{
    (void)state;
    afs_article *a = load("Water news\n"
                          "The Regional Commissioner for Coastal Waters said "
                          "the plan broke the law.\n");
    size_t n;
    afs_article_kind(a, AFS_PERSON, &n);
    assert_int_equal(n, 0);
    afs_article_kind(a, AFS_ORGANIZATION, &n);
    assert_int_equal(n, 1);
    afs_article_free(a);
}

/* A class of ships is named after someone, and is no one. */
static void test_ship_class_is_nobody(void **state)
{
    (void)state;
    afs_article *a = load("Navy news\n"
                          "The boat is believed to be a Type 05 Lena Class "
                          "patrol boat built in 1980.\n");
    size_t n;
    afs_article_kind(a, AFS_PERSON, &n);
    assert_int_equal(n, 0);
    afs_article_free(a);
}

/* A title after a given name is a surname; a nationality opening a
 * sentence describes the person after it. */
static void test_title_word_surname_and_nationality(void **state)
{
    (void)state;
    afs_article *a = load("Hostage news\n"
                          "American Kevin Kingsley and Australian Tim Weeks "
                          "were freed. Later, Tim King said he was well.\n");
    assert_int_equal(people_named(a, "Kevin Kingsley"), 1);
    assert_int_equal(people_named(a, "Tim King"), 1);
    afs_article_free(a);
}

/* A surname spelt another way, and a surname two people share, name the
 * person news introduced: no third and fourth person. */
static void test_surname_spellings_and_namesakes(void **state)
{
    (void)state;
    afs_article *a =
        load("Talks news\n"
             "Premier Oleh Marynskiy met rival Joe Darnel and his son Hunter "
             "Darnel, aides said.\n"
             "Later, President Marynsky rejected the theory that Vice "
             "President Darnel would have been swayed.\n");
    size_t n;
    afs_article_kind(a, AFS_PERSON, &n);
    assert_int_equal(n, 3);
    assert_true(has_alias(a, "Oleh Marynskiy", "President Marynsky"));
    assert_true(has_alias(a, "Joe Darnel", "Darnel"));
    afs_article_free(a);
}

/* A full name in the headline is the person the body names by the
 * surname alone. */
static void test_headline_full_name(void **state)
{
    (void)state;
    afs_article *a = load("Marta Kovalenko wins mayoral race in Harbourtown\n"
                          "Kovalenko beat two rivals on Sunday, officials "
                          "said.\n"
                          "\"We did it,\" Kovalenko said.\n");
    assert_int_equal(people_named(a, "Marta Kovalenko"), 1);
    assert_true(has_alias(a, "Marta Kovalenko", "Kovalenko"));
    size_t n;
    afs_article_kind(a, AFS_ORGANIZATION, &n);
    assert_int_equal(n, 0);
    afs_article_free(a);
}

/* A title with a prefix in front of a name stays whole. */
static void test_prefixed_title_stays_whole(void **state)
{
    (void)state;
    afs_article *a = load("Talks news\n"
                          "He rejected the theory that Vice President Joe "
                          "Darnel would have been swayed.\n");
    assert_true(has_alias(a, "Joe Darnel", "Vice President Joe Darnel"));
    afs_article_free(a);
}

/* Arabic names with "bin" and "al-": whole, and named again by the
 * surname without its article. */
static void test_arabic_particles(void **state)
{
    (void)state;
    afs_article *a = load("Gulf news\n"
                          "On Monday, Yusuf bin Tariq al-Qamari met Omar "
                          "al-Rashidi in Riyadh.\n"
                          "The meeting with Rashidi ended late.\n");
    assert_int_equal(people_named(a, "Yusuf bin Tariq al-Qamari"), 1);
    assert_true(has_alias(a, "Omar al-Rashidi", "Rashidi"));
    size_t n;
    afs_article_kind(a, AFS_ORGANIZATION, &n);
    assert_int_equal(n, 0);
    afs_article_free(a);
}

/* A speaker named by dictionary words after an unknown one is a
 * business. */
static void test_worded_speaker_is_a_business(void **state)
{
    (void)state;
    afs_article *a = load("Market news\n"
                          "\"We remain sceptical of a quick recovery,\" said "
                          "Varda Institutional Equities.\n"
                          "Shares rose.\n");
    size_t n;
    afs_article_kind(a, AFS_PERSON, &n);
    assert_int_equal(n, 0);
    afs_article_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_two_people_of_one_surname),
        cmocka_unit_test(test_prizes_and_saints_are_no_people),
        cmocka_unit_test(test_title_alone_is_nobody),
        cmocka_unit_test(test_listed_line_names_people),
        cmocka_unit_test(test_unknown_name_with_particle),
        cmocka_unit_test(test_addressed_offices_and_events),
        cmocka_unit_test(test_speaking_office_is_a_body),
        cmocka_unit_test(test_ship_class_is_nobody),
        cmocka_unit_test(test_title_word_surname_and_nationality),
        cmocka_unit_test(test_surname_spellings_and_namesakes),
        cmocka_unit_test(test_headline_full_name),
        cmocka_unit_test(test_prefixed_title_stays_whole),
        cmocka_unit_test(test_arabic_particles),
        cmocka_unit_test(test_worded_speaker_is_a_business),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
