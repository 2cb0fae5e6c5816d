/* Organizations the extractor used to miss, each rule on a short article
 * written for it: outlets credited in brackets after an excerpt, owners
 * of a business, words listed beside companies, the sides of a scored
 * game. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <string.h>

#include "articlefs/extract.h"
#include "entity_checks.h"

static void test_bracketed_credits_name_outlets(void **state)
{
    (void)state;
    afs_article *a = load("Critics try the new tablet\n"
                          "The screen is bright and the battery lasts.\n"
                          "[ Wired ]\n"
                          "It feels slow when many tabs are open.\n"
                          "[ The Courier ]\n"
                          "The keyboard cover costs extra.\n"
                          "[ Tom's Gadgets ]\n"
                          "The price is too high, the reviewer wrote. "
                          "(Zentrix)\n"
                          "The stand wobbles. (More)\n");
    assert_non_null(find(a, AFS_ORGANIZATION, "Wired"));
    assert_non_null(find(a, AFS_ORGANIZATION, "The Courier"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Tom's Gadgets"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Zentrix"));
    assert_false(any_named(a, "More"));
    assert_false(any_named(a, "Tom"));
    afs_article_free(a);
}

static void test_owner_of_a_business_is_a_company(void **state)
{
    (void)state;
    afs_article *a = load("Banks meet new rivals\n"
                          "Shoppers now borrow from Harbor's small business "
                          "loans and keep cash in Lantern's new checking "
                          "accounts, while Street's hopes of a strong earnings "
                          "season fade.\n");
    assert_non_null(find(a, AFS_ORGANIZATION, "Harbor"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Lantern"));
    assert_false(any_named(a, "Street"));
    afs_article_free(a);
}

static void test_word_listed_beside_companies(void **state)
{
    (void)state;
    afs_article *a = load("Savers switch banks\n"
                          "Young savers try apps like Ember, Quollo, Tarnix, "
                          "Current and others. The fund backs Zeppa, Harvest "
                          "and Brindlecorp.\n");
    assert_non_null(find(a, AFS_ORGANIZATION, "Quollo"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Ember"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Current"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Harvest"));
    afs_article_free(a);
}

static void test_sides_of_a_scored_game_are_teams(void **state)
{
    (void)state;
    afs_article *a =
        load("Scores from the valley\n"
             "Fresno rolled past Bakersfield, 31-10, on Friday "
             "night, and Modesto (5-2) edged Stockton 2-1.\n"
             "Fans in Sacramento watched the game on television.\n");
    assert_non_null(find(a, AFS_ORGANIZATION, "Fresno"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Bakersfield"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Modesto"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Stockton"));
    assert_non_null(find(a, AFS_PLACE, "Sacramento"));
    assert_null(find(a, AFS_PLACE, "Fresno"));
    afs_article_free(a);
}

static void test_game_words_name_the_sides(void **state)
{
    (void)state;
    afs_article *a =
        load("Gophers hold on\n"
             "Tanner Vogel threw two touchdown passes as the Gophers won "
             "24-17 on Saturday, keeping a one-game lead in the West "
             "Division on Wisconsin.\n"
             "Minnesota's game at Northwestern next week will be the last "
             "road trip. Iowa's offense struggled again. Fans in Ohio "
             "watched on television.\n");
    assert_non_null(find(a, AFS_ORGANIZATION, "Wisconsin"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Minnesota"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Northwestern"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Iowa"));
    assert_non_null(find(a, AFS_PLACE, "Ohio"));
    afs_article_free(a);
}

static void test_game_words_without_a_score_keep_places(void **state)
{
    (void)state;
    afs_article *a = load("Farm bill advances\n"
                          "The farm bill keeps a lead on Wisconsin's dairy "
                          "rules, and Iowa's offense to farmers was the "
                          "price.\n");
    assert_non_null(find(a, AFS_PLACE, "Wisconsin"));
    assert_non_null(find(a, AFS_PLACE, "Iowa"));
    afs_article_free(a);
}

static void test_a_compass_school_opens_a_sentence(void **state)
{
    (void)state;
    afs_article *a = load("Scores\n"
                          "Eastern Michigan rolled past Northern Illinois, "
                          "45-17, on Saturday.\n"
                          "Southern California braced for rain.\n");
    assert_non_null(find(a, AFS_ORGANIZATION, "Eastern Michigan"));
    assert_null(find(a, AFS_ORGANIZATION, "Michigan"));
    assert_non_null(find(a, AFS_PLACE, "Southern California"));
    afs_article_free(a);
}

static void test_weighed_names_need_a_bodys_evidence(void **state)
{
    (void)state;
    afs_article *a = load("Holiday gifts\n"
                          "Buyers can pick up a Quellin for the kitchen. "
                          "The quellin hums quietly.\n"
                          "Parents also order from Brovana, and Brovana's "
                          "shops stay open late. Brovana is busy.\n");
    assert_false(any_named(a, "Quellin"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Brovana"));
    afs_article_free(a);
}

static void test_common_words_after_a_preposition_name_a_body(void **state)
{
    (void)state;
    afs_article *a = load("Charity widens its work\n"
                          "The charity took a large grant from Bright Kettle, "
                          "which backs its schools. Bright Kettle has funded "
                          "it for years.\n"
                          "Cooks who went to Open Orchard last spring now run "
                          "the kitchens there.\n"
                          "Critics reviewing Songs for Quiet Rooms praised "
                          "it. Farmers went back to Harvest fields as the "
                          "harvest was late.\n");
    assert_non_null(find(a, AFS_ORGANIZATION, "Bright Kettle"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Open Orchard"));
    /* a title's words, and a word the text writes in lower case too */
    assert_false(any_named(a, "Quiet Rooms"));
    assert_false(any_named(a, "Harvest"));
    afs_article_free(a);
}

static void test_plural_verb_after_a_given_name_makes_a_club(void **state)
{
    (void)state;
    afs_article *a = load("Club buys a keeper\n"
                          "The window closes on Thursday, and the deal, "
                          "which Harlow hope to announce today, is the "
                          "largest of the summer.\n"
                          "Did Sasha hope to win? Sasha wants to win, her "
                          "coach said.\n");
    assert_non_null(find(a, AFS_ORGANIZATION, "Harlow"));
    /* a question's verb agrees with nobody's plural */
    assert_null(find(a, AFS_ORGANIZATION, "Sasha"));
    afs_article_free(a);
}

static void test_employer_before_a_title_and_its_holder(void **state)
{
    (void)state;
    afs_article *a = load("Leaders meet in the capital\n"
                          "Lantern chief executive Mara Olin met lawmakers "
                          "on Monday, and Harvest founder Dario Mesk joined "
                          "her.\n"
                          "Compass CEO Ted Oyle said the talks went well.\n"
                          "Defense Secretary Tom Bale spoke. Energy analyst "
                          "Lu Wen agreed; a State Department spokesman "
                          "declined to comment.\n");
    assert_non_null(find(a, AFS_ORGANIZATION, "Lantern"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Harvest"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Compass"));
    assert_non_null(find(a, AFS_PERSON, "Ted Oyle"));
    assert_non_null(find(a, AFS_PERSON, "Tom Bale"));
    assert_non_null(find(a, AFS_ORGANIZATION, "State Department"));
    /* government portfolios and fields name no employer */
    assert_false(any_named(a, "Defense"));
    assert_false(any_named(a, "Energy"));
    afs_article_free(a);
}

static void test_body_at_a_sentence_start(void **state)
{
    (void)state;
    afs_article *a = load("Deals of the week\n"
                          "Lantern has bought a small robotics maker. "
                          "Compass's card business grew fast.\n"
                          "Rolling Stone reported that the band would tour. "
                          "However, details were scarce. Details of the "
                          "deal were not released.\n"
                          "Harbor trees bloom early. Everyone has bought a "
                          "ticket.\n"
                          "Critics said the Quiver deal was weak. Quiver "
                          "plans more.\n");
    assert_non_null(find(a, AFS_ORGANIZATION, "Lantern"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Compass"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Rolling Stone"));
    assert_false(any_named(a, "Stone"));
    assert_false(any_named(a, "However"));
    assert_false(any_named(a, "Details"));
    assert_false(any_named(a, "Harbor"));
    assert_false(any_named(a, "Everyone"));
    assert_false(any_named(a, "Critics"));
    afs_article_free(a);
}

static void test_town_named_as_a_company(void **state)
{
    (void)state;
    afs_article *a = load("Rail maker wins an order\n"
                          "Hitachi said on Friday that it had won a large "
                          "train order, and Hitachi Rail will build them.\n"
                          "Workers in Wolfsburg said the shifts were long.\n");
    assert_non_null(find(a, AFS_ORGANIZATION, "Hitachi"));
    assert_null(find(a, AFS_PLACE, "Hitachi"));
    assert_non_null(find(a, AFS_PLACE, "Wolfsburg"));
    afs_article_free(a);
    /* a place's context keeps the town a place */
    a = load("Flowers in bloom\n"
             "Visitors in Hitachi enjoyed the flowers. Hitachi said the "
             "park would stay open late.\n");
    assert_non_null(find(a, AFS_PLACE, "Hitachi"));
    assert_null(find(a, AFS_ORGANIZATION, "Hitachi"));
    afs_article_free(a);
}

/* "told X", "according to X", "in an interview with X", "wrote in X",
 * "X first reported", "X contributed to this report": where news names
 * its sources and listeners, a name of common words no person's is an
 * outlet; a person's surname there stays the person. */
static void test_sources_and_listeners_are_bodies(void **state)
{
    (void)state;
    afs_article *a =
        load("Savers cut back\n"
             "Jane Roe, a planner, told Rolling Stone that costs rose. "
             "Shoppers spend less, according to Morning Harbor. Dana "
             "Orlov said in an interview with Silver Lantern that he "
             "saves. Marla Voss wrote in Harbor Weekly that the plan "
             "failed. Later, Copper Valley first reported the cuts.\n"
             "\"Save more,\" Roe told the Evening Quill.\n"
             "Blue Meadow contributed to this report.\n"
             "The mayor told Stone Harbor residents nothing.\n");
    assert_non_null(find(a, AFS_ORGANIZATION, "Rolling Stone"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Morning Harbor"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Silver Lantern"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Harbor Weekly"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Copper Valley"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Evening Quill"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Blue Meadow"));
    /* a noun after the name listens: the name is its modifier */
    assert_null(find(a, AFS_ORGANIZATION, "Stone Harbor"));
    const afs_entity *roe = find(a, AFS_PERSON, "Jane Roe");
    assert_non_null(roe);
    assert_true(has_alias(roe, "Roe"));
    assert_null(find(a, AFS_ORGANIZATION, "Roe"));
    afs_article_free(a);
    /* a person named in full, then by the surname, listens */
    a = load("Talks resume\n"
             "Keir Vantolm met the unions on Monday. The minister said in "
             "an interview with Vantolm that talks would go on, and "
             "Marc Olvey told Vantolm the same.\n");
    assert_non_null(find(a, AFS_PERSON, "Keir Vantolm"));
    assert_null(find(a, AFS_ORGANIZATION, "Vantolm"));
    assert_null(find(a, AFS_ORGANIZATION, "Keir Vantolm"));
    afs_article_free(a);
}

/* "told Business Insider": a title's word ("Insider") ending common
 * words where a source is named is the outlet's name, there and where
 * the same words stand elsewhere; "the company's Chief Insider" stays
 * a title. */
static void test_title_word_ends_a_sources_name(void **state)
{
    (void)state;
    afs_article *a = load("Retire early\n"
                          "Visit Business Insider's homepage for more. "
                          "Savers are cutting back, according to Business "
                          "Insider. Jane Roe, a planner, told Business "
                          "Insider that costs rose.\n");
    const afs_entity *bi = find(a, AFS_ORGANIZATION, "Business Insider");
    assert_non_null(bi);
    assert_int_equal(bi->mention_count, 3);
    assert_false(any_named(a, "Business"));
    afs_article_free(a);
}

/* "confirmed to WIRED": a common word in capitals, which alone is
 * taken for emphasis, names an outlet where news names a source, and
 * wherever else it stands; "people with BED reported" is no subject. */
static void test_capitals_where_a_source_is_named(void **state)
{
    (void)state;
    afs_article *a = load("Apps hide likes\n"
                          "A spokesperson confirmed to BEACON that the "
                          "change is a test. BEACON spoke to one parent. "
                          "People with GRIT reported more stress, and it "
                          "was NEVER easy.\n");
    assert_non_null(find(a, AFS_ORGANIZATION, "BEACON"));
    assert_false(any_named(a, "GRIT"));
    assert_false(any_named(a, "NEVER"));
    afs_article_free(a);
}

/* "according to the Intelligencer, the Wheeling News-Register.": a body
 * renamed in apposition is one body; a list is not. */
static void test_body_renamed_in_apposition(void **state)
{
    (void)state;
    afs_article *a =
        load("Mayor cuts taxes\n"
             "The mayor spoke on Monday, according to the Chronicle, the "
             "Dunmore Evening Post. Zentrix, the Vantra Group and the "
             "Harlow Times, the Ostrand Herald and the Quay Gazette ran "
             "the story.\n");
    const afs_entity *c = find(a, AFS_ORGANIZATION, "Chronicle");
    assert_non_null(c);
    assert_true(has_alias(c, "Dunmore Evening Post"));
    assert_null(find(a, AFS_ORGANIZATION, "Dunmore Evening Post"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Harlow Times"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Ostrand Herald"));
    afs_article_free(a);
}

/* "the Orange County Register", "the Ridgemont Sentinel": a newspaper's
 * name-plate word ends a body's name, though every word of it is a
 * common word or a place's. */
static void test_name_plates_end_a_papers_name(void **state)
{
    (void)state;
    afs_article *a = load("Papers merge\n"
                          "The firm owns the Orange County Register, the "
                          "Harlow Courant and the Ridgemont Sentinel, and "
                          "it bid for the Silver Lake Inquirer.\n");
    assert_non_null(find(a, AFS_ORGANIZATION, "Orange County Register"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Harlow Courant"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Ridgemont Sentinel"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Silver Lake Inquirer"));
    afs_article_free(a);
}

/* "Developer Valve called": a kind of body's noun opening the sentence
 * before a name makes it a body; "Developer Jane Roe" stays a person. */
static void test_opening_body_noun_names_a_body(void **state)
{
    (void)state;
    afs_article *a = load("Games return\n"
                          "Developer Lantern called the game a flagship. "
                          "Rival Thimble declined to comment. Developer "
                          "Jane Roe said the towers would rise.\n");
    assert_non_null(find(a, AFS_ORGANIZATION, "Lantern"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Thimble"));
    assert_non_null(find(a, AFS_PERSON, "Jane Roe"));
    afs_article_free(a);
}

/* "PORTLAND, Ore. (Harbor Wire) —": the credit in brackets after a
 * dateline names the outlet, common words and all. */
static void test_dateline_credit_names_an_outlet(void **state)
{
    (void)state;
    afs_article *a = load("Rain floods the valley\n"
                          "PORTLAND, Ore. (Harbor Wire) — Heavy rain "
                          "flooded roads on Monday, officials said.\n"
                          "The storm cut power to homes (Silver Lake, "
                          "Lantern Bay) overnight.\n");
    assert_non_null(find(a, AFS_ORGANIZATION, "Harbor Wire"));
    assert_null(find(a, AFS_ORGANIZATION, "Silver Lake"));
    assert_false(any_named(a, "Wire"));
    afs_article_free(a);
}

/* "Analysts at Carter Hollis", "Chipmaker Nvoria Inc said", "its Orion AI
 * chips": nobody works at a person, whatever the name's shape; the kind
 * of body opening a dateline's sentence is no part of its name; capitals
 * of a thing end no person's name. */
static void test_firm_shaped_as_a_person(void **state)
{
    (void)state;
    afs_article *a =
        load("Nvoria to buy Keltrix\n"
             "AUSTIN, Texas (Reuters) - Chipmaker Nvoria Inc said on Monday it "
             "would buy Keltrix, betting on its Orion AI chips. Analysts at "
             "Carter Hollis said the price was fair.\n");
    assert_non_null(find(a, AFS_ORGANIZATION, "Carter Hollis"));
    assert_null(find(a, AFS_PERSON, "Carter Hollis"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Nvoria Inc"));
    assert_null(find(a, AFS_PERSON, "Orion AI"));
    afs_article_free(a);
}

/* "Korvel Aviation ... Korvel declined to comment": a trade that ends a
 * company's name makes no product of its maker's. */
static void test_trade_ends_a_company_name(void **state)
{
    (void)state;
    afs_article *a = load("Jet deal delayed\n"
                          "The programme has been delayed by disputes "
                          "between Airbus and Korvel Aviation over "
                          "workshare. Korvel declined to comment.\n");
    assert_non_null(find(a, AFS_ORGANIZATION, "Korvel Aviation"));
    afs_article_free(a);
}

/* "The Social Democrats", "the Free Democrats": a party by its members'
 * word after others naming no chamber; "House Democrats" are a caucus. */
static void test_party_of_several_words(void **state)
{
    (void)state;
    afs_article *a = load("Vote on the budget\n"
                          "The Social Democrats have backed the project, "
                          "while the Free Democrats abstained.\n");
    assert_non_null(find(a, AFS_ORGANIZATION, "Social Democrats"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Free Democrats"));
    afs_article_free(a);
}

/* "University of Harrowgate ... Harrowgate's Lister Institute": the
 * place a university is named by, a body, is the university again. */
static void test_university_by_its_place(void **state)
{
    (void)state;
    afs_article *a = load("Vaccine trial\n"
                          "A vaccine developed by the University of "
                          "Harrowgate cut deaths, said Ann Roe, director of "
                          "Harrowgate's Lister Institute.\n");
    const afs_entity *u = find(a, AFS_ORGANIZATION, "University of Harrowgate");
    assert_non_null(u);
    assert_true(has_alias(u, "Harrowgate"));
    assert_null(find(a, AFS_ORGANIZATION, "Harrowgate"));
    afs_article_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bracketed_credits_name_outlets),
        cmocka_unit_test(test_owner_of_a_business_is_a_company),
        cmocka_unit_test(test_word_listed_beside_companies),
        cmocka_unit_test(test_sides_of_a_scored_game_are_teams),
        cmocka_unit_test(test_game_words_name_the_sides),
        cmocka_unit_test(test_game_words_without_a_score_keep_places),
        cmocka_unit_test(test_a_compass_school_opens_a_sentence),
        cmocka_unit_test(test_weighed_names_need_a_bodys_evidence),
        cmocka_unit_test(test_common_words_after_a_preposition_name_a_body),
        cmocka_unit_test(test_plural_verb_after_a_given_name_makes_a_club),
        cmocka_unit_test(test_employer_before_a_title_and_its_holder),
        cmocka_unit_test(test_body_at_a_sentence_start),
        cmocka_unit_test(test_town_named_as_a_company),
        cmocka_unit_test(test_sources_and_listeners_are_bodies),
        cmocka_unit_test(test_title_word_ends_a_sources_name),
        cmocka_unit_test(test_capitals_where_a_source_is_named),
        cmocka_unit_test(test_body_renamed_in_apposition),
        cmocka_unit_test(test_name_plates_end_a_papers_name),
        cmocka_unit_test(test_opening_body_noun_names_a_body),
        cmocka_unit_test(test_dateline_credit_names_an_outlet),
        cmocka_unit_test(test_firm_shaped_as_a_person),
        cmocka_unit_test(test_trade_ends_a_company_name),
        cmocka_unit_test(test_party_of_several_words),
        cmocka_unit_test(test_university_by_its_place),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
