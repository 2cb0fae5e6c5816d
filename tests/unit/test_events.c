/* Which happenings an article's events are and who takes part in them,
 * on short articles written for these tests: passives, sources that are
 * no participants, subjects a clause does not name, mentions of one
 * happening, words that name no happening. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <string.h>

#include "articlefs/extract.h"
#include "event_checks.h"

/* "was sued by X": the passive's subject and its agent both take part;
 * "according to X" and ", X said" tell, they do not take part. */
static void test_passive_agent_and_sources(void **state)
{
    (void)state;
    afs_article *a = load("Rail firm sued\n"
                          "Ostrand Rail was sued by Kestrel Bank on Monday, "
                          "according to the Halvard Courier. The lawsuit "
                          "followed a failed loan, Bram Olsen said.\n");
    const afs_event *sued = event_with(a, "sued");
    assert_non_null(sued);
    assert_true(takes_part(sued, "Ostrand Rail"));
    assert_true(takes_part(sued, "Kestrel Bank"));
    assert_false(takes_part(sued, "Halvard Courier"));
    /* "the lawsuit" is the suit told again, its teller no party to it */
    assert_null(event_with(a, "lawsuit"));
    assert_int_equal(sued->mention_count, 2);
    assert_false(takes_part(sued, "Bram Olsen"));
    afs_article_free(a);
}

/* A telling's teller takes part in it, also when the attribution comes
 * after its clause; a source phrase names no happening. */
static void test_teller_of_a_telling(void **state)
{
    (void)state;
    afs_article *a =
        load("Minister speaks\n"
             "\"We stand with our neighbours,\" Defence Minister Arlo Mendes "
             "said in a speech to the Ostrand Academy on Tuesday.\n"
             "Later, in remarks at the Kestrel Party headquarters, Mendes "
             "said the fleet would grow.\n"
             "According to the ministry release, the fleet has 12 ships.\n");
    const afs_event *speech = event_with(a, "speech");
    assert_non_null(speech);
    assert_true(takes_part(speech, "Arlo Mendes"));
    assert_true(takes_part(speech, "Ostrand Academy"));
    const afs_event *remarks = event_with(a, "remarks");
    assert_non_null(remarks);
    assert_true(takes_part(remarks, "Arlo Mendes"));
    assert_null(event_with(a, "release"));
    afs_article_free(a);
}

/* Subjects the clause does not name: the name a relative clause hangs
 * on, the subject a verb joined by "and" shares, the subject after an
 * opening phrase. */
static void test_subjects_outside_the_clause(void **state)
{
    (void)state;
    afs_article *a =
        load("Governors meet\n"
             "Governor Ilse Varga, who lost her reelection bid this month, "
             "praised the teachers.\n"
             "For ten years Tomas Brandt led the Halvard Chamber, and was "
             "elected to the Senate in 2019.\n"
             "During a news conference with Governor Varga, Brandt said the "
             "budget would pass.\n");
    const afs_event *lost = event_with(a, "lost");
    assert_non_null(lost);
    assert_true(takes_part(lost, "Ilse Varga"));
    const afs_event *elected = event_with(a, "elected");
    assert_non_null(elected);
    assert_true(takes_part(elected, "Tomas Brandt"));
    const afs_event *conference = event_with(a, "news conference");
    assert_non_null(conference);
    assert_true(takes_part(conference, "Tomas Brandt"));
    assert_true(takes_part(conference, "Ilse Varga"));
    afs_article_free(a);
}

/* "the intrusion" is the intrusion told before, not the latest
 * happening of its kind. */
static void test_definite_mention_finds_its_word(void **state)
{
    (void)state;
    afs_article *a =
        load("Submarine enters waters\n"
             "An intrusion by a Norland submarine was reported on Tuesday. "
             "The navy's patrols went on alert for the second time. "
             "Officials said the intrusion was an error.\n");
    const afs_event *intrusion = event_with(a, "intrusion");
    assert_non_null(intrusion);
    assert_int_equal(intrusion->mention_count, 2);
    afs_article_free(a);
}

/* Nouns that name no happening: one that describes the next noun, one
 * after "to" (wished for, not told), "in order to", "under fire"; a verb
 * before its object still does. */
static void test_words_that_name_no_happening(void **state)
{
    (void)state;
    afs_article *a =
        load("Studio news\n"
             "Actor Ruben Salo has not had a hit movie since 1998. "
             "The Kestrel Navy sent an attack submarine to the coast. "
             "Salo hopes to win an award from the Halvard Guild. "
             "The studio cut costs in order to survive, Salo said. "
             "Mayor Vera Lind won reelection on Sunday. Salo came under "
             "fire from critics.\n");
    assert_null(event_with(a, "hit"));
    assert_null(event_with(a, "attack"));
    assert_null(event_with(a, "win"));
    assert_null(event_with(a, "order"));
    assert_null(event_with(a, "fire"));
    /* after its subject the word is a verb, the noun its object */
    assert_non_null(event_with(a, "won"));
    afs_article_free(a);
}

/* "in a March 3 speech" names the occasion the accusation was made on:
 * one happening, the speech, with both mentions; "the decision" with
 * nothing told of it is a thing known. */
static void test_indefinite_and_known_things(void **state)
{
    (void)state;
    afs_article *a =
        load("Minister accuses neighbour\n"
             "Defence Minister Lara Quintero accused Norland of using threats "
             "against its neighbours in a March 3 speech to the Naval "
             "Academy. The decision would not change the port's rules.\n");
    const afs_event *speech = event_with(a, "speech");
    assert_non_null(speech);
    assert_true(takes_part(speech, "Lara Quintero"));
    assert_int_equal(speech->mention_count, 2);
    assert_null(event_with(a, "accused"));
    assert_null(event_with(a, "decision"));
    afs_article_free(a);
}

/* What a teller accused and urged in the last sentences was said on the
 * occasion "said in a speech" names: one event, the speech, with the
 * time the first sentence told; someone else's accusation stays. */
static void test_said_on_the_occasion_of_a_speech(void **state)
{
    (void)state;
    afs_article *a =
        load("Minister accuses neighbour\n"
             "Defence Minister Lara Quintero on Wednesday accused Norland of "
             "using threats. She urged Ostrand to push back.\n"
             "\"We will not bend,\" Quintero said in a speech to the Naval "
             "Academy. Governor Ilse Varga accused Kestrel Bank of fraud.\n");
    const afs_event *speech = event_with(a, "speech");
    assert_non_null(speech);
    assert_true(takes_part(speech, "Lara Quintero"));
    assert_true(takes_part(speech, "Naval Academy"));
    assert_int_equal(speech->mention_count, 3);
    assert_non_null(speech->when);
    assert_string_equal(speech->when->text, "on Wednesday");
    assert_null(event_with(a, "urged"));
    const afs_event *accused = event_with(a, "accused");
    assert_non_null(accused);
    assert_true(takes_part(accused, "Ilse Varga"));
    afs_article_free(a);
}

/* "Kestrel Bank official Ana Berg": the bank says whom she works for;
 * who later speaks of "the invitation" took no part in it. */
static void test_affiliation_and_later_speakers(void **state)
{
    (void)state;
    afs_article *a =
        load("Banker invited\n"
             "Kestrel Bank official Ana Berg invited Mayor Vera Lind to "
             "Halvard on Monday.\n"
             "The Ostrand Council has not confirmed the invitation.\n");
    const afs_event *invited = event_with(a, "invited");
    assert_non_null(invited);
    assert_true(takes_part(invited, "Ana Berg"));
    assert_true(takes_part(invited, "Vera Lind"));
    assert_false(takes_part(invited, "Kestrel Bank"));
    assert_int_equal(invited->mention_count, 2);
    assert_false(takes_part(invited, "Ostrand Council"));
    afs_article_free(a);
}

/* Times that share a day tell one happening: "late March" falls in
 * "spring"; in one sentence, a span and an unresolved point in it. */
static void test_times_that_overlap_merge(void **state)
{
    (void)state;
    afs_article *a =
        load("Leaders to meet\n"
             "Vera Lind will hold a summit with Ana Berg in spring. "
             "Officials in Halvard said the summit will be in late March.\n"
             "Talks between Ostrand Rail and Kestrel Bank intensified over "
             "the last few days, with negotiations continuing into Tuesday "
             "night.\n");
    const afs_event *summit = event_with(a, "summit");
    assert_non_null(summit);
    assert_int_equal(summit->mention_count, 2);
    const afs_event *talks = event_with(a, "Talks");
    assert_non_null(talks);
    assert_int_equal(talks->mention_count, 2);
    assert_null(event_with(a, "negotiations"));
    afs_article_free(a);
}

/* The same word with the very same people, told again far on, is the
 * same happening; with someone else it is another. */
static void test_retold_far_on_with_the_same_people(void **state)
{
    (void)state;
    afs_article *a =
        load("Suspect held\n"
             "Officers found the car near Halvard and arrested Tomas Brandt. "
             "The car was blue. It had been stolen. The owner was away. "
             "The road was closed. The bridge was shut. The river rose. "
             "The town was quiet. The shops were shut.\n"
             "Officers arrested Tomas Brandt in the hallway.\n"
             "Later officers arrested Ilse Varga at the station.\n");
    const afs_event *arrested = event_with(a, "arrested");
    assert_non_null(arrested);
    assert_true(takes_part(arrested, "Tomas Brandt"));
    assert_int_equal(arrested->mention_count, 2);
    size_t arrests = 0;
    for (size_t i = 0; i < a->event_count; i++)
        arrests += !strcmp(a->events[i].trigger, "arrested");
    assert_int_equal(arrests, 2);
    afs_article_free(a);
}

/* "she" stands for the woman named before, not for a nearer person
 * whose gender the article does not tell. */
static void test_pronoun_prefers_its_gender(void **state)
{
    (void)state;
    afs_article *a = load("Activist elected\n"
                          "Ms. Ilse Varga campaigned for years against "
                          "Kestrel Bank chairman Oduya Brandt. She was "
                          "elected to the Halvard Council in 2019.\n");
    const afs_event *elected = event_with(a, "elected");
    assert_non_null(elected);
    assert_true(takes_part(elected, "Ilse Varga"));
    assert_false(takes_part(elected, "Oduya Brandt"));
    afs_article_free(a);
}

/* "the two leaders" stands for the last two people named; "two months
 * later" and "two companies" for nobody. */
static void test_pair_words_that_name_people(void **state)
{
    (void)state;
    afs_article *a = load(
        "Firm drops order\n"
        "Mayor Vera Lind met Governor Ilse Varga in Halvard. The two "
        "leaders agreed to build a bridge.\n"
        "Ostrand Rail signed a contract in May, but Ostrand Rail cancelled "
        "its order two months later.\n");
    const afs_event *agreed = event_with(a, "agreed");
    assert_non_null(agreed);
    assert_true(takes_part(agreed, "Vera Lind"));
    assert_true(takes_part(agreed, "Ilse Varga"));
    const afs_event *cancelled = event_with(a, "cancelled");
    assert_non_null(cancelled);
    assert_true(takes_part(cancelled, "Ostrand Rail"));
    assert_false(takes_part(cancelled, "Vera Lind"));
    assert_false(takes_part(cancelled, "Ilse Varga"));
    afs_article_free(a);
}

/* "at the Halvard Palace": a building the happening is placed in is
 * where it happened, not one who took part. */
static void test_a_building_is_no_participant(void **state)
{
    (void)state;
    afs_article *a = load("Envoy testifies\n"
                          "Ambassador Tomas Brandt testified about a meeting "
                          "at the Halvard Palace on Monday.\n");
    const afs_event *testified = event_with(a, "testified");
    assert_non_null(testified);
    assert_true(takes_part(testified, "Tomas Brandt"));
    assert_false(takes_part(testified, "Halvard Palace"));
    afs_article_free(a);
}

/* "the released emails", "a newly revealed call": a participle between
 * a determiner and its noun names no happening; "Senator Brandt (R-AZ)
 * entered": the bracketed aside after a name does not cut the clause. */
static void test_participle_before_a_noun_and_bracketed_aside(void **state)
{
    (void)state;
    afs_article *a = load(
        "Senator reads emails\n"
        "Senator Tomas Brandt (R-AZ) entered the emails into the Halvard "
        "Record on Monday. In the released emails, officials of Ostrand Rail "
        "praised Kestrel Bank. A newly revealed memo by Ostrand Rail named "
        "Kestrel Bank.\n");
    const afs_event *entered = event_with(a, "entered");
    assert_non_null(entered);
    assert_true(takes_part(entered, "Tomas Brandt"));
    assert_null(event_with(a, "released"));
    assert_null(event_with(a, "revealed"));
    afs_article_free(a);
}

/* "reported" tells where news came from: the happening is what was
 * reported. */
static void test_reported_is_no_happening(void **state)
{
    (void)state;
    afs_article *a = load("Protest in Halvard\n"
                          "The Kestrel Courier reported a demonstration "
                          "against the Ostrand Council on Sunday.\n");
    assert_null(event_with(a, "reported"));
    const afs_event *demonstration = event_with(a, "demonstration");
    assert_non_null(demonstration);
    assert_string_equal(demonstration->type, "protest");
    afs_article_free(a);
}

/* A happening nobody takes part in is kept when the story tells where
 * it happened or comes back to it; in a story with happenings enough
 * that people take part in, not for a time alone. In a story with few,
 * a time is enough. */
static void test_happening_without_participants(void **state)
{
    (void)state;
    afs_article *a =
        load("Storm and plans\n"
             "Mayor Vera Lind met Ana Berg on Monday. Ostrand Rail signed a "
             "deal with Kestrel Bank. Tomas Brandt resigned from the Halvard "
             "Council. Ilse Varga visited the Kestrel Academy.\n"
             "An earthquake was felt in Vienna on Monday. A second trip is "
             "tentatively planned for spring.\n");
    assert_non_null(event_with(a, "earthquake"));
    assert_null(event_with(a, "trip"));
    afs_article_free(a);
    a = load("Plans\nA second trip is tentatively planned for spring.\n");
    assert_non_null(event_with(a, "trip"));
    afs_article_free(a);
}

/* Idioms that name a happening: "stirred controversy", "informed
 * reporters", "rallied to beat" (a win, though "to" comes before its
 * verb), "got past". */
static void test_idioms_that_name_happenings(void **state)
{
    (void)state;
    afs_article *a = load(
        "Minister and match\n"
        "Minister Ilse Varga stirred controversy last year by praising the "
        "Kestrel Navy. Varga informed reporters that the talks went well.\n"
        "Tomas Brandt rallied to beat Oduya Mensah in the final, and Ruben "
        "Salo got past Arlo Mendes.\n");
    const afs_event *controversy = event_with(a, "stirred controversy");
    assert_non_null(controversy);
    assert_true(takes_part(controversy, "Ilse Varga"));
    assert_non_null(event_with(a, "informed"));
    const afs_event *beat = event_with(a, "rallied to beat");
    assert_non_null(beat);
    assert_string_equal(beat->type, "sport");
    assert_true(takes_part(beat, "Oduya Mensah"));
    assert_non_null(event_with(a, "got past"));
    afs_article_free(a);
}

/* "told the Kestrel Courier in 1999": an interview at a time of its own
 * is a happening; "told reporters", "told the Courier" with no time is
 * how a quote came. */
static void test_told_a_name_at_a_time(void **state)
{
    (void)state;
    afs_article *a = load("Envoy speaks\n"
                          "Ambassador Ilse Varga told the Kestrel Courier in "
                          "1999 that the port would grow. Tomas Brandt told "
                          "the Halvard Herald that it would not.\n");
    const afs_event *told = event_with(a, "told");
    assert_non_null(told);
    assert_true(takes_part(told, "Ilse Varga"));
    assert_true(takes_part(told, "Kestrel Courier"));
    assert_false(takes_part(told, "Tomas Brandt"));
    size_t tellings = 0;
    for (size_t i = 0; i < a->event_count; i++)
        tellings += !strcmp(a->events[i].trigger, "told");
    assert_int_equal(tellings, 1);
    afs_article_free(a);
}

/* "told a few thousand nurses": an address to a gathering is a
 * happening; "told lawmakers" is how a quote came. */
static void test_told_a_gathering(void **state)
{
    (void)state;
    afs_article *a = load("Union rally\n"
                          "Union President Marta Olsen told a few thousand "
                          "nurses that the wards needed staff. Governor Pieter "
                          "Lund told lawmakers that the budget was fixed.\n");
    size_t tellings = 0;
    const afs_event *told = NULL;
    for (size_t i = 0; i < a->event_count; i++)
        if (!strcmp(a->events[i].trigger, "told")) {
            told = &a->events[i];
            tellings++;
        }
    assert_int_equal(tellings, 1);
    assert_true(takes_part(told, "Marta Olsen"));
    assert_false(takes_part(told, "Pieter Lund"));
    afs_article_free(a);
}

/* An investigation is the law's when police or prosecutors take part, a
 * study when a laboratory does. */
static void test_who_investigates_gives_the_type(void **state)
{
    (void)state;
    afs_article *a = load("Two inquiries\n"
                          "The Halvard Police investigated the threat on "
                          "Monday. The Kestrel Institute investigated how "
                          "sleep changes memory.\n");
    assert_int_equal(a->event_count, 2);
    assert_string_equal(a->events[0].trigger, "investigated");
    assert_string_equal(a->events[0].type, "arrest/legal");
    assert_string_equal(a->events[1].trigger, "investigated");
    assert_string_equal(a->events[1].type, "other");
    afs_article_free(a);
}

/* "released Tuesday in a prisoner swap": a second word for the happening
 * inside the first one's line, at the same time and with no one new, is
 * one event. */
static void test_second_word_inside_the_line(void **state)
{
    (void)state;
    afs_article *a = load("Hostages freed\n"
                          "Two engineers held by the Kestrel Front were "
                          "released Tuesday in a prisoner swap for three "
                          "fighters.\n");
    const afs_event *released = event_with(a, "released");
    assert_non_null(released);
    assert_int_equal(released->mention_count, 2);
    assert_null(event_with(a, "swap"));
    afs_article_free(a);
}

/* ", including Kestrel Bank and Ostrand Rail": the objects listed belong
 * to the clause. */
static void test_including_lists_objects(void **state)
{
    (void)state;
    afs_article *a = load("Deals\n"
                          "Banker Ana Berg led key acquisitions, including "
                          "Kestrel Bank and Ostrand Rail.\n");
    const afs_event *acquisitions = event_with(a, "acquisitions");
    assert_non_null(acquisitions);
    assert_true(takes_part(acquisitions, "Ana Berg"));
    assert_true(takes_part(acquisitions, "Kestrel Bank"));
    assert_true(takes_part(acquisitions, "Ostrand Rail"));
    afs_article_free(a);
}

/* "Although Tomas Brandt resigned, the Halvard Council elected Ilse
 * Varga": who is in the opening clause takes no part in the main one. */
static void test_opening_clause_keeps_its_people(void **state)
{
    (void)state;
    afs_article *a = load("Council vote\n"
                          "Although Mayor Tomas Brandt resigned, the Halvard "
                          "Council elected Ilse Varga on Monday.\n");
    const afs_event *elected = event_with(a, "elected");
    assert_non_null(elected);
    assert_true(takes_part(elected, "Ilse Varga"));
    assert_false(takes_part(elected, "Tomas Brandt"));
    const afs_event *resigned = event_with(a, "resigned");
    assert_non_null(resigned);
    assert_true(takes_part(resigned, "Tomas Brandt"));
    afs_article_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_passive_agent_and_sources),
        cmocka_unit_test(test_teller_of_a_telling),
        cmocka_unit_test(test_subjects_outside_the_clause),
        cmocka_unit_test(test_definite_mention_finds_its_word),
        cmocka_unit_test(test_words_that_name_no_happening),
        cmocka_unit_test(test_indefinite_and_known_things),
        cmocka_unit_test(test_said_on_the_occasion_of_a_speech),
        cmocka_unit_test(test_affiliation_and_later_speakers),
        cmocka_unit_test(test_times_that_overlap_merge),
        cmocka_unit_test(test_retold_far_on_with_the_same_people),
        cmocka_unit_test(test_pronoun_prefers_its_gender),
        cmocka_unit_test(test_pair_words_that_name_people),
        cmocka_unit_test(test_a_building_is_no_participant),
        cmocka_unit_test(test_participle_before_a_noun_and_bracketed_aside),
        cmocka_unit_test(test_reported_is_no_happening),
        cmocka_unit_test(test_happening_without_participants),
        cmocka_unit_test(test_idioms_that_name_happenings),
        cmocka_unit_test(test_told_a_name_at_a_time),
        cmocka_unit_test(test_told_a_gathering),
        cmocka_unit_test(test_who_investigates_gives_the_type),
        cmocka_unit_test(test_second_word_inside_the_line),
        cmocka_unit_test(test_including_lists_objects),
        cmocka_unit_test(test_opening_clause_keeps_its_people),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
