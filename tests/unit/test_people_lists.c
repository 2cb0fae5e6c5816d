/* People named the way news names them beyond a full name in prose: an
 * item of a list of people, a given name in apposition after a person's
 * noun, a lone given name a "she" or a "he" follows, and no person in a
 * body's name an article leads, though it speaks, nor in a pet's or a
 * thing's given name. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <string.h>

#include "articlefs/extract.h"
#include "entity_checks.h"

static void test_word_listed_among_people_is_a_person(void **state)
{
    (void)state;
    afs_article *a = load("Ten questions for the new director\n"
                          "Q: Favorite singers?\n"
                          "A: Ella Varkonyi, Otis Brandell, Falcon, Nina "
                          "Sorrel\n");
    assert_non_null(find(a, AFS_PERSON, "Otis Brandell"));
    assert_non_null(find(a, AFS_PERSON, "Falcon"));
    assert_null(find(a, AFS_ORGANIZATION, "Falcon"));
    afs_article_free(a);
}

static void test_stage_name_with_a_letter_among_people(void **state)
{
    (void)state;
    afs_article *a = load("Ten questions for the new director\n"
                          "Q: Favorite singers?\n"
                          "A: Ella Varkonyi, Otis Brandell, Jay Z, Nina "
                          "Sorrel\n"
                          "Q: And if the tour is cancelled?\n"
                          "A: We have a Plan B for that.\n");
    assert_non_null(find(a, AFS_PERSON, "Jay Z"));
    assert_null(find(a, AFS_PERSON, "Plan B"));
    assert_null(find(a, AFS_ORGANIZATION, "Plan B"));
    afs_article_free(a);
}

static void test_answer_that_is_a_name(void **state)
{
    (void)state;
    afs_article *a = load("Ten questions for the new director\n"
                          "Q: Favorite athlete?\n"
                          "A: Dorvan Quillet\n"
                          "Q: Favorite city?\n"
                          "A: Lisbon, for the food.\n");
    assert_non_null(find(a, AFS_PERSON, "Dorvan Quillet"));
    afs_article_free(a);
}

static void test_unknown_name_among_bodies_is_a_body(void **state)
{
    (void)state;
    afs_article *a = load("Space firms bid\n"
                          "The national team that has bid includes Boeing, "
                          "Lockheed Martin, and Korvath Grummel. The "
                          "companies have not disclosed the cost.\n");
    assert_null(find(a, AFS_PERSON, "Korvath Grummel"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Korvath Grummel"));
    afs_article_free(a);
}

static void test_article_led_item_of_people_list_stays_out(void **state)
{
    (void)state;
    afs_article *a = load("Ten questions for the new director\n"
                          "Q: Favorite artists or groups?\n"
                          "A: Ella Varkonyi, Otis Brandell, The Harpers, "
                          "Nina Sorrel\n");
    assert_null(find(a, AFS_PERSON, "The Harpers"));
    afs_article_free(a);
}

static void test_given_name_in_apposition_after_kin(void **state)
{
    (void)state;
    afs_article *a = load("Duke gives an interview\n"
                          "Duke Alric, the younger brother of the heir to "
                          "the Varnish throne, Edmund, has told friends "
                          "the interview went well.\n");
    assert_non_null(find(a, AFS_PERSON, "Edmund"));
    assert_null(find(a, AFS_ORGANIZATION, "Edmund"));
    afs_article_free(a);
}

static void test_article_led_speaker_is_a_body(void **state)
{
    (void)state;
    afs_article *a = load("Lost dog found\n"
                          "The Corvale Animal Shelter announced this week "
                          "that the dog was found. A member of the Corvale "
                          "Animal Shelter will fly with it.\n");
    assert_null(find(a, AFS_PERSON, "Corvale Animal Shelter"));
    afs_article_free(a);
}

static void test_one_kind_per_name_from_all_mentions(void **state)
{
    (void)state;
    afs_article *a = load("Lost dog found\n"
                          "A dog lost for years was found by the Marion "
                          "Animal Shelter in Ohio. Marion Animal Shelter "
                          "announced on Monday that a member will fly with "
                          "it.\n");
    assert_null(find(a, AFS_PERSON, "Marion Animal Shelter"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Marion Animal Shelter"));
    afs_article_free(a);
}

static void test_friend_before_given_name(void **state)
{
    (void)state;
    afs_article *a = load("A book that changed me\n"
                          "Over breakfast, my friend Tessa handed me a novel "
                          "about a quest.\n");
    assert_non_null(find(a, AFS_PERSON, "Tessa"));
    afs_article_free(a);
}

static void test_persons_word_speaking_alone_stays_hers(void **state)
{
    (void)state;
    afs_article *a = load("Siblings remember\n"
                          "Over the years Dale and Marta kept in touch. "
                          "Marta said Dale was a good listener, and he "
                          "agreed. \"We talked every week,\" Dale wrote.\n");
    assert_null(find(a, AFS_ORGANIZATION, "Dale"));
    afs_article_free(a);
}

static void test_name_before_next_sentences_he(void **state)
{
    (void)state;
    afs_article *a = load("Best game ever\n"
                          "The crowd loved the Dorrin Maskell record breaking "
                          "season. He threw five touchdowns that night.\n");
    assert_non_null(find(a, AFS_PERSON, "Dorrin Maskell"));
    assert_null(find(a, AFS_ORGANIZATION, "Dorrin Maskell"));
    afs_article_free(a);
}

static void test_lone_given_name_then_she(void **state)
{
    (void)state;
    afs_article *a = load("Best night out\n"
                          "The highlight of the year was seeing Delia live in "
                          "concert - she brought the house down.\n");
    assert_non_null(find(a, AFS_PERSON, "Delia"));
    afs_article_free(a);
}

static void test_pet_or_thing_by_given_name_is_nobody(void **state)
{
    (void)state;
    afs_article *a = load("Cat found far from home\n"
                          "Officials found Sasha the black cat in the "
                          "street, and she was healthy. Moving from the Mac "
                          "to a tablet, she said, was easy.\n");
    assert_null(find(a, AFS_PERSON, "Sasha"));
    assert_null(find(a, AFS_PERSON, "Mac"));
    afs_article_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_word_listed_among_people_is_a_person),
        cmocka_unit_test(test_stage_name_with_a_letter_among_people),
        cmocka_unit_test(test_answer_that_is_a_name),
        cmocka_unit_test(test_unknown_name_among_bodies_is_a_body),
        cmocka_unit_test(test_article_led_item_of_people_list_stays_out),
        cmocka_unit_test(test_given_name_in_apposition_after_kin),
        cmocka_unit_test(test_article_led_speaker_is_a_body),
        cmocka_unit_test(test_one_kind_per_name_from_all_mentions),
        cmocka_unit_test(test_friend_before_given_name),
        cmocka_unit_test(test_persons_word_speaking_alone_stays_hers),
        cmocka_unit_test(test_name_before_next_sentences_he),
        cmocka_unit_test(test_lone_given_name_then_she),
        cmocka_unit_test(test_pet_or_thing_by_given_name_is_nobody),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
