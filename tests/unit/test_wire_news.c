/* Wire-service news (issue 15): shapes a news agency's copy has that the
 * tuned articles hardly had, each rule on a short article written for it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <string.h>

#include "articlefs/extract.h"
#include "entity_checks.h"

static void test_one_word_person_everywhere(void **state)
{
    (void)state;
    afs_article *a = load("Debates loom\n"
                          "Republicans will meet President Tyler's aides "
                          "on Monday. The Pruitt campaign invited their "
                          "Tyler counterparts to a meeting, and Tyler "
                          "campaign manager Ed Pike agreed.\n");
    assert_non_null(find(a, AFS_PERSON, "Tyler"));
    assert_null(find(a, AFS_ORGANIZATION, "Tyler"));
    assert_null(find(a, AFS_PLACE, "Tyler"));
    afs_article_free(a);
}

static void test_places_without_their_marks(void **state)
{
    (void)state;
    /* Kecskemét, Bistriţa, "Hubei Sheng" in the gazetteers */
    afs_article *a = load("Strike spreads\n"
                          "Workers at a plant in Kecskemet walked out on "
                          "Monday, a union said. Factories in Zhejiang and "
                          "Hubei also closed, and police in Bistrita said the "
                          "protest was peaceful. Officials in Helmand province "
                          "were not reached.\n");
    const char *places[] = {"Kecskemet", "Zhejiang", "Hubei", "Bistrita"};
    for (size_t i = 0; i < 4; i++)
        assert_non_null(find(a, AFS_PLACE, places[i]));
    assert_null(find(a, AFS_ORGANIZATION, "Hubei"));
    assert_true(has_alias(find(a, AFS_PLACE, "Helmand"), "Helmand province"));
    afs_article_free(a);
}

static void test_datelines_of_common_words(void **state)
{
    (void)state;
    afs_article *a = load("Markets slip\n"
                          "NEW YORK (Reuters) - Shares fell on Monday as "
                          "traders sold banks, a broker said.\n"
                          "THE HAGUE — Dutch bonds were steady.\n");
    assert_non_null(find(a, AFS_PLACE, "New York"));
    assert_false(any_named(a, "York"));
    assert_non_null(find(a, AFS_PLACE, "The Hague"));
    assert_false(any_named(a, "HAGUE"));
    afs_article_free(a);
}

static void test_date_words_before_names(void **state)
{
    (void)state;
    afs_article *a = load("Plant closes\n"
                          "From January to June Voskel exported 59 machines. "
                          "In March Kaczorek cancelled the order, and on "
                          "Saturday Yemeni troops were seen near the plant. "
                          "June Carter told the Sunday Times.\n");
    assert_false(any_named(a, "June Voskel"));
    assert_false(any_named(a, "March Kaczorek"));
    assert_false(any_named(a, "Saturday Yemeni"));
    assert_non_null(find(a, AFS_PERSON, "June Carter"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Sunday Times"));
    afs_article_free(a);
}

static void test_kind_of_place_before_name(void **state)
{
    (void)state;
    afs_article *a = load("Soldier held\n"
                          "Police in the town of Okuvo said a corporal was "
                          "arrested. Rebels took the mountain village of "
                          "Tazgar after a week. Okuvo said the corporal was "
                          "armed. Fans want the Switch port of Quarlo's "
                          "game, and Quarlo said it was coming.\n");
    assert_non_null(find(a, AFS_PLACE, "Okuvo"));
    assert_null(find(a, AFS_ORGANIZATION, "Okuvo"));
    assert_non_null(find(a, AFS_PLACE, "Tazgar"));
    assert_null(find(a, AFS_PLACE, "Quarlo"));
    afs_article_free(a);
}

static void test_family_name_alone(void **state)
{
    (void)state;
    /* Fushun is a city too, so the name is no pinyin one to the lexicons */
    afs_article *a = load("Activist held\n"
                          "BEIJING — Police in Hangzhou have detained veteran "
                          "activist Liu Fushun, a rights group said.\n"
                          "Police told Liu's family that Liu would be sent "
                          "to a study class. Police gave no reason for "
                          "detaining Liu on Friday.\n");
    assert_non_null(find(a, AFS_PERSON, "Liu Fushun"));
    assert_false(any_named(a, "Liu"));
    afs_article_free(a);
}

static void test_surname_that_is_a_rank(void **state)
{
    (void)state;
    afs_article *a = load("Union plank\n"
                          "British Prime Minister Will Major says the union "
                          "will be a main plank of his platform. Crew: "
                          "Cheol Hwan, Art Director Park Dong Woo.\n");
    assert_non_null(find(a, AFS_PERSON, "Will Major"));
    assert_false(any_named(a, "Will"));
    assert_false(any_named(a, "Art Director"));
    afs_article_free(a);
}

static void test_persons_government(void **state)
{
    (void)state;
    afs_article *a = load("Cabinet falls\n"
                          "Prime Minister Alain Duclos's government took "
                          "office last year. Japan's government said it "
                          "would wait.\n");
    assert_non_null(find(a, AFS_PERSON, "Alain Duclos"));
    assert_null(find(a, AFS_ORGANIZATION, "Alain Duclos's government"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Japan's government"));
    afs_article_free(a);
}

static void test_ranks_of_two_words(void **state)
{
    (void)state;
    afs_article *a = load("Town retaken\n"
                          "The army's commander, Major-General Oleg Varnov, "
                          "took journalists to the town. Varnov said the "
                          "rebels had fled. Lieutenant Colonel Ann Pike "
                          "agreed.\n");
    assert_non_null(find(a, AFS_PERSON, "Oleg Varnov"));
    assert_false(any_named(a, "Major-General Oleg Varnov"));
    assert_null(find(a, AFS_ORGANIZATION, "Varnov"));
    assert_non_null(find(a, AFS_PERSON, "Ann Pike"));
    afs_article_free(a);
}

static void test_legal_forms_of_companies(void **state)
{
    (void)state;
    afs_article *a = load("Cable deal\n"
                          "Tavelli SpA said sales fell. Halvor GmbH and Vester "
                          "N.V. agreed to buy the unit. Tavelli will decide "
                          "in May, Harlan Bros. said.\n");
    const afs_entity *t = find(a, AFS_ORGANIZATION, "Tavelli SpA");
    assert_non_null(t);
    assert_true(has_alias(t, "Tavelli"));
    assert_null(find(a, AFS_PERSON, "Tavelli SpA"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Halvor GmbH"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Vester N.V."));
    assert_null(find(a, AFS_PERSON, "Harlan Bros."));
    assert_non_null(find(a, AFS_ORGANIZATION, "Harlan Bros."));
    afs_article_free(a);
}

static void test_derived_nationality_words(void **state)
{
    (void)state;
    afs_article *a = load("Plant sold\n"
                          "The plant in the central Transylvanian town of "
                          "Dalnic makes pumps. A former Surinamese guerrilla "
                          "leader and South Korean and Sri Lankan traders "
                          "bought it, said "
                          "the tourist, Khaled Hijazi, 37.\n");
    assert_false(any_named(a, "Transylvanian"));
    assert_false(any_named(a, "Surinamese"));
    assert_false(any_named(a, "South Korean"));
    assert_false(any_named(a, "Sri Lankan"));
    assert_non_null(find(a, AFS_PERSON, "Khaled Hijazi"));
    afs_article_free(a);
}

static void test_person_by_apposition(void **state)
{
    (void)state;
    afs_article *a = load("Editor freed\n"
                          "Hen Vorlak, former editor of the Daily Light, left "
                          "prison on Friday. The judge had shut Hen Vorlak's "
                          "newspaper. Rose Bay, a suburb, flooded.\n");
    assert_non_null(find(a, AFS_PERSON, "Hen Vorlak"));
    assert_null(find(a, AFS_ORGANIZATION, "Hen Vorlak"));
    assert_false(any_named(a, "Vorlak"));
    afs_article_free(a);
}

static void test_foreign_article_names(void **state)
{
    (void)state;
    afs_article *a =
        load("Raid reported\n"
             "Der Abendblatt reported the raid on Friday. According "
             "to Le Vigie, the talks failed. Marine Le Garrec "
             "said no. Le Garrec spoke later.\n");
    assert_non_null(find(a, AFS_ORGANIZATION, "Der Abendblatt"));
    assert_null(find(a, AFS_PERSON, "Der Abendblatt"));
    assert_null(find(a, AFS_PERSON, "Le Vigie"));
    assert_non_null(find(a, AFS_PERSON, "Marine Le Garrec"));
    assert_false(any_named(a, "Le Garrec"));
    afs_article_free(a);
}

static void test_airport_named_alone(void **state)
{
    (void)state;
    afs_article *a = load("Hijack ends\n"
                          "The plane landed at Stanwick airport on Tuesday. "
                          "Police at Stanwick said the men gave up.\n");
    assert_non_null(find(a, AFS_PLACE, "Stanwick"));
    assert_null(find(a, AFS_ORGANIZATION, "Stanwick"));
    afs_article_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_one_word_person_everywhere),
        cmocka_unit_test(test_places_without_their_marks),
        cmocka_unit_test(test_datelines_of_common_words),
        cmocka_unit_test(test_date_words_before_names),
        cmocka_unit_test(test_kind_of_place_before_name),
        cmocka_unit_test(test_family_name_alone),
        cmocka_unit_test(test_surname_that_is_a_rank),
        cmocka_unit_test(test_persons_government),
        cmocka_unit_test(test_ranks_of_two_words),
        cmocka_unit_test(test_legal_forms_of_companies),
        cmocka_unit_test(test_derived_nationality_words),
        cmocka_unit_test(test_person_by_apposition),
        cmocka_unit_test(test_foreign_article_names),
        cmocka_unit_test(test_airport_named_alone),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
