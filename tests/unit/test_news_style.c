/* News style that unseen articles showed (issue 15), each rule on a short
 * article written for it: datelines and state abbreviations, party tags,
 * acronyms before their body, short names of outlets, lists of counties,
 * people "of" a body, pinyin names, companies named by a common word. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <string.h>

#include "articlefs/extract.h"
#include "entity_checks.h"

static void test_dateline_saint_and_agency(void **state)
{
    (void)state;
    afs_article *a = load("Storm hits the lake shore\n"
                          "ST. LOUIS (AP) — A storm knocked out power "
                          "across Missouri, Mo., on Sunday.\n"
                          "Copyright 2019 The Associated Press.\n");
    assert_non_null(find(a, AFS_PLACE, "St. Louis"));
    assert_false(any_named(a, "LOUIS"));
    const afs_entity *ap = find(a, AFS_ORGANIZATION, "The Associated Press");
    assert_non_null(ap);
    assert_true(has_alias(ap, "AP"));
    assert_null(find(a, AFS_ORGANIZATION, "AP"));
    const afs_entity *mi = find(a, AFS_PLACE, "Missouri");
    assert_non_null(mi);
    assert_true(has_alias(mi, "Mo."));
    afs_article_free(a);
}

static void test_state_abbreviations_and_party_tags(void **state)
{
    (void)state;
    afs_article *a = load("Lawmakers visit the border\n"
                          "Rep. Dana Whitcombe, R-W.Va., and Rep. Lou Marten, "
                          "D-Minn., toured a plant in Reno, Nev., on Friday. "
                          "Whitcombe said Nevada had been generous.\n"
                          "They flew on to Tulsa, Okla.\n");
    const afs_entity *nv = find(a, AFS_PLACE, "Nevada");
    assert_non_null(nv);
    assert_true(has_alias(nv, "Nev."));
    /* Oklahoma is never named in full, but a town's state in the story
     * is a place the story goes to */
    assert_non_null(find(a, AFS_PLACE, "Oklahoma"));
    assert_false(any_named(a, "D-Minn"));
    assert_false(any_named(a, "R"));
    assert_false(any_named(a, "W"));
    assert_false(any_named(a, "Virginia"));
    assert_non_null(find(a, AFS_PERSON, "Dana Whitcombe"));
    afs_article_free(a);
}

static void test_outlet_short_name_and_counties(void **state)
{
    (void)state;
    afs_article *a = load("Virus spreads\n"
                          "The Dayton Herald says the virus was found in "
                          "Alder, Brixton, Corran and Van Dusen counties. The "
                          "Herald says more tests are due.\n");
    const afs_entity *paper = find(a, AFS_ORGANIZATION, "Dayton Herald");
    assert_non_null(paper);
    assert_true(has_alias(paper, "Herald"));
    assert_null(find(a, AFS_ORGANIZATION, "Herald"));
    const char *counties[] = {"Alder", "Brixton", "Corran", "Van Dusen"};
    for (size_t i = 0; i < 4; i++)
        assert_non_null(find(a, AFS_PLACE, counties[i]));
    afs_article_free(a);
}

static void test_person_of_a_body(void **state)
{
    (void)state;
    afs_article *a = load("Health warning\n"
                          "Dr. Oyelaran Tunde of the Ostrava Department of "
                          "Health and Human Services says the risk remains. "
                          "A cat was taken to the Santa Fe Animal Shelter.\n");
    assert_non_null(find(a, AFS_PERSON, "Oyelaran Tunde"));
    assert_non_null(find(a, AFS_ORGANIZATION,
                         "Ostrava Department of Health and Human Services"));
    assert_false(any_named(a, "Human Services"));
    assert_null(find(a, AFS_PERSON, "Santa Fe Animal Shelter"));
    afs_article_free(a);
}

static void test_portfolios_listed_with_commas(void **state)
{
    (void)state;
    afs_article *a =
        load("Solar plan\n"
             "Ruritania's Ministry of Farming, Fishing and Forests "
             "(MOFFF) has unveiled a plan. MOFFF said it would "
             "help. Oslo, Bergen and Narvik agreed.\n");
    const afs_entity *e =
        find(a, AFS_ORGANIZATION, "Ministry of Farming, Fishing and Forests");
    assert_non_null(e);
    assert_true(has_alias(e, "MOFFF"));
    assert_false(any_named(a, "Forests"));
    assert_non_null(find(a, AFS_PLACE, "Bergen"));
    afs_article_free(a);
}

static void test_a_body_by_its_synonyms(void **state)
{
    (void)state;
    afs_article *a = load("Rates held\n"
                          "The Fed kept rates steady on Tuesday. The Federal "
                          "Reserve said prices were calm. Senate Republicans "
                          "praised it, and the GOP leader agreed.\n");
    const afs_entity *fed = find(a, AFS_ORGANIZATION, "Fed");
    assert_true(has_alias(fed, "Federal Reserve"));
    const afs_entity *party = find(a, AFS_ORGANIZATION, "Republicans");
    assert_true(has_alias(party, "GOP"));
    afs_article_free(a);
}

static void test_pinyin_names(void **state)
{
    (void)state;
    afs_article *a = load("Outbreak contained\n"
                          "The repression seen under Zhao Mingxuan has grown, "
                          "and officials met Gao Tianyu in Hong Kong.\n");
    assert_non_null(find(a, AFS_PERSON, "Zhao Mingxuan"));
    assert_non_null(find(a, AFS_PERSON, "Gao Tianyu"));
    assert_null(find(a, AFS_PERSON, "Hong Kong"));
    afs_article_free(a);
    /* at a sentence's start too, though "Fan" is a word */
    a = load("Outbreak\n"
             "Fan Tianyu, a deputy director, told reporters the case was "
             "\"isolated and unrelated\" to the others.\n");
    assert_non_null(find(a, AFS_PERSON, "Fan Tianyu"));
    assert_false(any_named(a, "Tianyu"));
    afs_article_free(a);
    /* the surname comes first: "President Zhao" is Zhao Mingxuan */
    a = load("Talks\n"
             "President Zhao said the talks went well. His counterpart "
             "met Zhao Mingxuan in Lima.\n");
    const afs_entity *zhao = find(a, AFS_PERSON, "Zhao Mingxuan");
    assert_non_null(zhao);
    assert_true(has_alias(zhao, "President Zhao"));
    assert_null(find(a, AFS_PERSON, "Zhao"));
    afs_article_free(a);
}

static void test_company_named_by_a_common_word(void **state)
{
    (void)state;
    afs_article *a = load("Laptops\n"
                          "After the last model, Orchard will move its "
                          "laptops to new keyboards, the report says. It "
                          "would not be a surprise if Orchard did.\n");
    assert_non_null(find(a, AFS_ORGANIZATION, "Orchard"));
    afs_article_free(a);
    /* a person known only by such a word, with a "he" after, stays none */
    a = load("Opinion\n"
             "Polls show that Baker is almost back where he was, and "
             "Baker would like it to stay so.\n");
    assert_null(find(a, AFS_ORGANIZATION, "Baker"));
    afs_article_free(a);
}

/* "a US prison" is any of the country's, no venue of its own. */
static void test_a_countrys_facility_is_no_venue(void **state)
{
    (void)state;
    afs_article *a = load("Custody\n"
                          "He died in a US prison in August. Officials "
                          "later toured the Hoa Lo prison in Hanoi.\n");
    assert_null(find(a, AFS_PLACE, "US prison"));
    assert_non_null(find(a, AFS_PLACE, "United States"));
    assert_non_null(find(a, AFS_PLACE, "Hoa Lo prison"));
    afs_article_free(a);
    /* a given name WordNet also has for a river is the name */
    a = load("Royals\n"
             "The heir to the throne, Charles, was away. Crowds lined the "
             "Charles River in Boston.\n");
    assert_null(find(a, AFS_PLACE, "Charles"));
    assert_non_null(find(a, AFS_PLACE, "Charles River"));
    afs_article_free(a);
}

/* "Bosnia and Herzegovina" is one country; "Browns-Steelers" two names
 * each used alone. */
static void test_countries_with_and_and_paired_names(void **state)
{
    (void)state;
    afs_article *a = load("Playoffs\n"
                          "Path B: Bosnia and Herzegovina, Slovakia and "
                          "Wales.\n");
    assert_non_null(find(a, AFS_PLACE, "Bosnia & Herzegovina"));
    assert_false(any_named(a, "Herzegovina"));
    afs_article_free(a);
    a = load("Fight\n"
             "In the last seconds of the Ravens-Colts game, Ravens end "
             "Dale Orton hit Colts quarterback Lou Brandt. The Ravens said "
             "he was sorry.\n");
    assert_false(any_named(a, "Ravens-Colts"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Colts"));
    afs_article_free(a);
}

/* "he said, "Q," the office said": the person's words, relayed. */
static void test_relayed_words_are_the_persons(void **state)
{
    (void)state;
    afs_article *a =
        load("Threat case\n"
             "Patrick Dunmore called the office in March, the U.S. "
             "Attorney's Office for the Western District of Ohio said. "
             "During the call, he said, \"somebody ought to stop her "
             "now,\" the U.S. attorney's office said.\n");
    const afs_quote *q = NULL;
    for (size_t i = 0; i < a->quote_count && !q; i++)
        if (strncmp(a->quotes[i].text, "somebody", 8) == 0)
            q = &a->quotes[i];
    assert_non_null(q);
    assert_non_null(q->speaker);
    assert_string_equal(q->speaker->name, "Patrick Dunmore");
    afs_article_free(a);
}

/* The name a model's word is added to is the product family, its plural
 * the family's devices; a maker's name before a model is the model. */
static void test_product_families_are_no_bodies(void **state)
{
    (void)state;
    afs_article *a = load("Gadgets of the year\n"
                          "Buyers get a Zentro Ultra and Tarvo's Quellbook "
                          "Pro in May. Setup of the Zentro took a minute, "
                          "and old Quellbooks had worse keyboards. Varnik's "
                          "Orla arrives in June. The Varnik Orla is quick, "
                          "Varnik said.\n");
    assert_false(any_named(a, "Zentro"));
    assert_false(any_named(a, "Quellbooks"));
    assert_false(any_named(a, "Varnik Orla"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Varnik"));
    afs_article_free(a);
}

/* "Yoon Suk Yeol ... Mr. Yoon ... Yoon's office said": a courtesy title
 * before a name's first word shows a family name first, and every lone
 * mention of it is the person; "James Smith ... Mr. James" stay two. */
static void test_family_name_first(void **state)
{
    (void)state;
    afs_article *a =
        load("Leaders meet\n"
             "President Baek Seo Yeon met the prime minister on Friday, Baek's "
             "office said. Mr. Baek later flew home. James Smith, an envoy, "
             "attended; Mr. James, a lawyer, did not.\n");
    const afs_entity *baek = find(a, AFS_PERSON, "Baek Seo Yeon");
    assert_non_null(baek);
    assert_true(has_alias(baek, "Mr. Baek"));
    assert_null(find(a, AFS_ORGANIZATION, "Baek"));
    assert_null(find(a, AFS_PERSON, "Baek"));
    assert_false(has_alias(find(a, AFS_PERSON, "James Smith"), "Mr. James"));
    afs_article_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dateline_saint_and_agency),
        cmocka_unit_test(test_portfolios_listed_with_commas),
        cmocka_unit_test(test_a_body_by_its_synonyms),
        cmocka_unit_test(test_state_abbreviations_and_party_tags),
        cmocka_unit_test(test_outlet_short_name_and_counties),
        cmocka_unit_test(test_person_of_a_body),
        cmocka_unit_test(test_pinyin_names),
        cmocka_unit_test(test_company_named_by_a_common_word),
        cmocka_unit_test(test_relayed_words_are_the_persons),
        cmocka_unit_test(test_a_countrys_facility_is_no_venue),
        cmocka_unit_test(test_countries_with_and_and_paired_names),
        cmocka_unit_test(test_product_families_are_no_bodies),
        cmocka_unit_test(test_family_name_first),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
