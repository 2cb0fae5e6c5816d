/* Who speaks (issue 15): a name is the speaker as its clause's subject,
 * not as the object of a preposition or as an owner; a place speaks for
 * its government only next to the verb. Each article is written for the
 * test, with invented names. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <string.h>

#include "articlefs/extract.h"

static afs_article *load(const char *text)
{
    return afs_extract(text, strlen(text), NULL);
}

static const afs_quote *quote_with(const afs_article *a, const char *start)
{
    for (size_t i = 0; i < a->quote_count; i++)
        if (strncmp(a->quotes[i].text, start, strlen(start)) == 0)
            return &a->quotes[i];
    return NULL;
}

static const char *speaker_of(const afs_article *a, const char *start)
{
    const afs_quote *q = quote_with(a, start);
    assert_non_null(q);
    return q->speaker ? q->speaker->name : NULL;
}

/* "the Orvane attorney's office said": the office, not the place that
 * qualifies it; "the Orvane ministry's statement said": the ministry. */
static void test_owner_is_no_speaker(void **state)
{
    (void)state;
    afs_article *a = load(
        "Caller sentenced in Orvane\n\n"
        "The Orvane Attorney's Office charged Dalmer Quist in March.\n\n"
        "\"I will find you and your family,\" the Orvane attorney's office "
        "said, quoting the caller.\n\n"
        "Dalmer Quist, 41, of Lentmoor, pleaded guilty.\n");
    const char *s = speaker_of(a, "I will find you");
    assert_non_null(s);
    assert_string_equal(s, "Orvane Attorney's Office");
    afs_article_free(a);
}

/* "Tova Renn, deputy director of Halvia's health centre, said": when the
 * person is not known as one, the place in her role does not speak. */
static void test_place_in_a_role_is_no_speaker(void **state)
{
    (void)state;
    afs_article *a = load(
        "Fever case in Halvia\n\n"
        "Health workers in Halvia found a third case on Monday.\n\n"
        "The deputy director of Halvia's disease control centre told "
        "reporters the case was \"isolated and unrelated\" to the others.\n");
    const char *s = speaker_of(a, "isolated and unrelated");
    assert_true(s == NULL || strcmp(s, "Halvia") != 0);
    afs_article_free(a);
}

/* "Berlek said" is the government speaking; "the Berlek camp" is not. */
static void test_place_speaks_next_to_the_verb(void **state)
{
    (void)state;
    afs_article *a =
        load("Talks on the border\n\n"
             "\"We will not move our troops,\" Moscow said on Tuesday.\n\n"
             "A refugee inside the Rukmar camp in Syria, who asked not to be "
             "named, said: \"Nobody is stopping us from leaving the camp.\"\n");
    const char *moscow = speaker_of(a, "We will not move");
    assert_non_null(moscow);
    assert_string_equal(moscow, "Moscow");
    const char *s = speaker_of(a, "Nobody is stopping us");
    assert_true(s == NULL ||
                (strcmp(s, "Syria") != 0 && strcmp(s, "Rukmar") != 0));
    afs_article_free(a);
}

/* "Sela Marrow's lawyer said": the lawyer, whom the article does not
 * name; "according to Sela Marrow" names her. */
static void test_owner_person_is_no_speaker(void **state)
{
    (void)state;
    afs_article *a =
        load("Builder sued\n\n"
             "Sela Marrow, a builder in Tarnfield, was sued in May.\n\n"
             "\"My client did nothing wrong,\" Sela Marrow's lawyer said.\n\n"
             "\"The houses are safe,\" according to Sela Marrow.\n");
    assert_null(speaker_of(a, "My client did nothing wrong"));
    const char *s = speaker_of(a, "The houses are safe");
    assert_non_null(s);
    assert_string_equal(s, "Sela Marrow");
    afs_article_free(a);
}

/* `"Q," the source said` is somebody the article does not name: the
 * quote and the one after it do not go on with the last speaker. */
static void test_unnamed_source_does_not_inherit(void **state)
{
    (void)state;
    afs_article *a =
        load("Camp residents wait\n\n"
             "Officer Marta Vell said on Monday that the road was \"open to "
             "everyone who wants to leave.\"\n\n"
             "\"Nobody here believes the road is safe,\" the source said. \"We "
             "want a road to the north.\"\n");
    assert_null(speaker_of(a, "Nobody here believes"));
    assert_null(speaker_of(a, "We want a road"));
    afs_article_free(a);
}

/* `"Q!" Young said`: a surname that is also a word ("Young", "Baker")
 * opens a sentence after the marks; it is the person named in full
 * before, or the one named by that word alone. */
static void test_surname_that_is_a_word_speaks(void **state)
{
    (void)state;
    afs_article *a = load(
        "Bridge vote in Kelmar\n\n"
        "Mayor Ilsa Young welcomed the vote on Monday.\n\n"
        "\u201cThis is a great day for our town!\u201d Young said after "
        "the meeting.\n\n"
        "Senator Crane called the plan a waste.\n\n"
        "\u201cWho will pay for all of this?\u201d Crane asked on Tuesday.\n");
    const char *young = speaker_of(a, "This is a great day");
    assert_non_null(young);
    assert_string_equal(young, "Ilsa Young");
    const char *crane = speaker_of(a, "Who will pay");
    assert_non_null(crane);
    assert_string_equal(crane, "Crane");
    afs_article_free(a);
}

/* "According to Reuters, one resident posted: "Q"": the agency reports
 * the post; the resident, whom the article does not name, speaks. */
static void test_source_of_a_report_is_no_speaker(void **state)
{
    (void)state;
    afs_article *a = load(
        "Storm floods the coast\n\n"
        "Heavy rain flooded the coast of Velmar on Sunday, Reuters "
        "reported.\n\n"
        "According to Reuters, one resident posted: \u201cThe water is up to "
        "our windows and nobody has come.\u201d\n\n"
        "According to Reuters, another resident of the old harbour, which "
        "flooded first, wrote: \u201cOur boat is the only dry place "
        "left.\u201d\n\n"
        "The Velmar council issued a statement saying that \u201cboats are "
        "on their way to every street.\u201d\n");
    assert_null(speaker_of(a, "The water is up"));
    assert_null(speaker_of(a, "Our boat is the only"));
    const char *council = speaker_of(a, "boats are on their way");
    assert_non_null(council);
    afs_article_free(a);
}

/* "Brandt told Mayor Holm that ... "Q," he said": the pronoun stands for
 * the one who told, not the nearer listener, in the paragraph and after
 * it. */
static void test_pronoun_skips_the_listener(void **state)
{
    (void)state;
    afs_article *a =
        load("Port strike ends\n\n"
             "The strike ended on Friday. Union leader Karl Brandt told Mayor "
             "Peter Holm that the workers would return. \u201cWe have won what "
             "we came for,\u201d he said.\n\n"
             "Brandt told Holm, who chairs the port board, that the night "
             "shifts would resume.\n\n"
             "\u201cThe ships will not wait for us,\u201d he said.\n");
    const char *s = speaker_of(a, "We have won");
    assert_non_null(s);
    assert_string_equal(s, "Karl Brandt");
    const char *next = speaker_of(a, "The ships will not wait");
    assert_non_null(next);
    assert_string_equal(next, "Karl Brandt");
    afs_article_free(a);
}

/* The marks after "his book", "an album entitled" hold a title, not
 * speech; the author's words after a colon are still a quote. */
static void test_title_of_a_work_is_no_quote(void **state)
{
    (void)state;
    afs_article *a = load(
        "Saving early pays off\n\n"
        "In his book \"Money Later: How to Stop Working at Forty,\" Edvin "
        "Saar explains his savings plan.\n\n"
        "Her new album entitled \u201cNight Roads over the Hill\u201d came out "
        "in May, the singer Lea Varn said.\n\n"
        "Saar wrote in the book: \"Spend less than you earn, every month.\"\n");
    assert_null(quote_with(a, "Money Later"));
    assert_null(quote_with(a, "Night Roads"));
    assert_non_null(quote_with(a, "Spend less than"));
    afs_article_free(a);
}

/* A quote with no attribution that opens its sentence (or paragraph)
 * after a sentence whose subject is a person is that person's words; one
 * with its own attribution is not. */
static void test_lead_in_gives_the_speaker(void **state)
{
    (void)state;
    afs_article *a = load(
        "Shelter fills up in the cold\n\n"
        "The city opened a second shelter on Monday as temperatures fell.\n\n"
        "Lena Ruud, who runs the shelter on Dock Street, has seen the number "
        "of guests double since October.\n\n"
        "\u201cWe turn people away every night now. That was never the case "
        "before.\u201d\n\n"
        "The board met on Friday. Jonas Lie returned to the budget later in "
        "the meeting. \u201cWho pays for the heating in January?\u201d\n\n"
        "Omar Falk lost his flat in the summer.\n\n"
        "\u201cNobody should sleep outside in this weather,\u201d a volunteer "
        "said.\n");
    const char *s = speaker_of(a, "We turn people away");
    assert_non_null(s);
    assert_string_equal(s, "Lena Ruud");
    const char *lie = speaker_of(a, "Who pays for the heating");
    assert_non_null(lie);
    assert_string_equal(lie, "Jonas Lie");
    assert_null(speaker_of(a, "Nobody should sleep"));
    afs_article_free(a);
}

static const afs_entity *entity_named(const afs_article *a, const char *name)
{
    for (size_t i = 0; i < a->entity_count; i++)
        if (strcmp(a->entities[i].name, name) == 0)
            return &a->entities[i];
    return NULL;
}

static bool has_role(const afs_entity *e, const char *role)
{
    for (size_t i = 0; i < e->role_count; i++)
        if (strcmp(e->roles[i], role) == 0)
            return true;
    return false;
}

/* Roles, the text of the people who speak: "Director of Communications"
 * names an office and its field, nobody called "Communications"; a
 * demonym of no one country gives no "Prime Minister of Indian"; the next
 * titled person of a list is no role; "Prime Minister Tove Aasland of
 * Norway" is Tove Aasland. */
static void test_roles_of_speakers(void **state)
{
    (void)state;
    afs_article *a = load(
        "Leaders meet in Oslo\n\n"
        "Prime Minister Tove Aasland of Norway spoke at the summit on "
        "Tuesday.\n\n"
        "The port has a new Director of Communications, and the harbour "
        "board welcomed her.\n\n"
        "Indian Prime Minister Raj Mehta said the talks went well.\n\n"
        "Sen. Mark Olin, Ohio Rep. Dana Kell, businessman Ida Berg and two "
        "others spoke last.\n");
    assert_non_null(entity_named(a, "Tove Aasland"));
    assert_null(entity_named(a, "Tove Aasland of Norway"));
    const afs_entity *field = entity_named(a, "Communications");
    assert_true(field == NULL || field->kind != AFS_PERSON);
    const afs_entity *mehta = entity_named(a, "Raj Mehta");
    assert_non_null(mehta);
    assert_false(has_role(mehta, "Prime Minister of Indian"));
    const afs_entity *olin = entity_named(a, "Mark Olin");
    assert_non_null(olin);
    assert_false(has_role(olin, "Ohio Rep. Dana Kell"));
    for (size_t i = 0; i < a->entity_count; i++)
        if (a->entities[i].kind == AFS_PERSON)
            assert_false(has_role(&a->entities[i], "Director of"));
    afs_article_free(a);
}

/* A short phrase or a question in marks that nobody says, with no verb
 * of saying or labelling around it, is the writer's: "this "online
 * business thing."". A label somebody gives ("considered it "showing
 * off,""), a chant after a comma and a quote after a kept one stay. */
static void test_writers_phrase_is_no_quote(void **state)
{
    (void)state;
    afs_article *a = load(
        "Shop owners learn the web\n\n"
        "Many owners were baffled by this \u201conline business thing.\u201d "
        "How can they embrace the \u201cinternet limelight?\u201d\n\n"
        "Officials in the trade office considered the rush a \u201cgold "
        "fever,\u201d as sales doubled.\n\n"
        "Owners chanted, \u201cOpen our shops,\u201d outside the hall.\n\n"
        "\u201cStand back from the door!\u201d an officer shouted. \u201cMove "
        "on.\u201d\n");
    assert_null(quote_with(a, "online business thing"));
    assert_null(quote_with(a, "internet limelight"));
    assert_non_null(quote_with(a, "gold fever"));
    assert_non_null(quote_with(a, "Open our shops"));
    assert_non_null(quote_with(a, "Move on"));
    afs_article_free(a);
}

/* "pilot Ada Kern and retired engineer Tom Baker": a given name and a
 * word of the language listed with a person is a person; "Baker, in his
 * evidence, ..." opens a sentence as her subject, and "he said" after it
 * is his. */
static void test_person_listed_with_a_person_speaks(void **state)
{
    (void)state;
    afs_article *a = load(
        "Hearing on the canal plan\n\n"
        "The two witnesses, former pilot Ada Kern and retired engineer Tom "
        "Baker, backed the plan on Monday.\n\n"
        "Baker, in his evidence, criticised the contracts. \u201cNobody "
        "should sign a contract for a canal nobody has drawn,\u201d he "
        "said.\n");
    assert_non_null(entity_named(a, "Tom Baker"));
    const char *s = speaker_of(a, "Nobody should sign");
    assert_non_null(s);
    assert_string_equal(s, "Tom Baker");
    afs_article_free(a);
}

/* "She urged Mr. Dask to act, saying "Q"": the pronoun opening the
 * clause is its subject; the man after the verb is its object. */
static void test_opening_pronoun_beats_the_object(void **state)
{
    (void)state;
    afs_article *a =
        load("Growers warn on tariffs\n\n"
             "In a letter in May, Orla Penn, the head of the Grain Union, said "
             "farmers faced ruin. She urged Mr. Dask to end the dispute soon, "
             "saying \u201ctime is running out for many growers.\u201d\n");
    const char *s = speaker_of(a, "time is running out");
    assert_non_null(s);
    assert_string_equal(s, "Orla Penn");
    afs_article_free(a);
}

/* "She gave me an address for his sister, Vera Lunt. "Q," she said":
 * a name in a clause whose subject is "she" is somebody else, so the
 * later "she" goes on with the chain of the subject. */
static void test_pronoun_chain_skips_a_name_in_its_clause(void **state)
{
    (void)state;
    afs_article *a = load(
        "An aunt remembers the writer\n\n"
        "Ida Brann lives in a retirement home in Tolvik. She spoke with "
        "pride of her late nephew. She gave me an email address for his "
        "sister, Vera Lunt. \u201cI cannot believe Vera would not want his "
        "books in print,\u201d she said.\n");
    const char *s = speaker_of(a, "I cannot believe");
    assert_non_null(s);
    assert_string_equal(s, "Ida Brann");
    afs_article_free(a);
    /* the pronoun opens a clause after a comma */
    a = load("Letters of a novelist\n\n"
             "Tomas Ekdal wrote to his editor often. On July 27, 2006, he "
             "emailed Pavel Roos about a hard chapter. \u201cIt is not easy to "
             "put a fight into every scene,\u201d he wrote.\n");
    s = speaker_of(a, "It is not easy");
    assert_non_null(s);
    assert_string_equal(s, "Tomas Ekdal");
    afs_article_free(a);
}

/* "Norvane Media Group investor Lars Quell blasted it as "Q"": the
 * company qualifies the person named after it; he speaks. "An email
 * from Tarn Partners to Ola Sund" joins two names: no role there. */
static void test_person_in_an_organizations_role_speaks(void **state)
{
    (void)state;
    afs_article *a = load(
        "Fund leaves with a payout\n\n"
        "The fund will give up its contract next year, but will leave "
        "with a payout that Norvane Media Group investor Lars "
        "Quell blasted on a call as \u201cmorally wrong.\u201d\n\n"
        "An email from Tarn Partners to Ola Sund advises the minister to "
        "release the numbers: \u201cI would send out a short note saying "
        "the cost of each plane will not be greater than the last price we "
        "paid, and that the price is lower than the cost of a new one, and "
        "I would say it again and again in every meeting until the board "
        "agrees with it and signs the deal before the end of the "
        "year,\u201d it said.\n");
    const char *s = speaker_of(a, "morally wrong");
    assert_non_null(s);
    assert_string_equal(s, "Lars Quell");
    s = speaker_of(a, "I would send out");
    assert_true(s == NULL || strcmp(s, "Ola Sund") != 0);
    afs_article_free(a);
}

/* `a 65" Velta TV ... a 34" curved monitor`: straight marks glued to
 * digits are inch signs, so no quote runs between them, and a quote
 * after them still pairs its own marks. */
static void test_inch_marks_are_no_quotes(void **state)
{
    (void)state;
    afs_article *a = load(
        "Deals of the week\n\n"
        "The 65\" Velta 4K Smart TV drops to $549 today, and the 34\" curved "
        "monitor from Orbo is down to $649 with free shipping.\n\n"
        "Mara Lind, who tested both, said \"the monitor is the better buy "
        "this week.\"\n");
    for (size_t i = 0; i < a->quote_count; i++)
        assert_null(strstr(a->quotes[i].text, "Velta"));
    const char *s = speaker_of(a, "the monitor is the better buy");
    assert_non_null(s);
    assert_string_equal(s, "Mara Lind");
    afs_article_free(a);
}

/* "Holm said the agency is drafting a new order that should be out
 * "sometime soon"": the verb that reports the clause is a dozen words
 * before the phrase, which is still Holm's words. */
static void test_phrase_at_the_end_of_a_reported_clause(void **state)
{
    (void)state;
    afs_article *a = load(
        "Agency plans new lander order\n\n"
        "Dana Holm said the agency is drafting a new task order that firms "
        "should be able to bid on \u201csometime soon\u201d for the next "
        "missions.\n");
    const char *s = speaker_of(a, "sometime soon");
    assert_non_null(s);
    assert_string_equal(s, "Dana Holm");
    afs_article_free(a);
}

/* "'We Found Him!': ..." in a headline is a shout, though every word is
 * capitalised as headlines have it; "'Silver Lake' ..." stays a title. */
static void test_headline_shout_with_a_pronoun_is_a_quote(void **state)
{
    (void)state;
    afs_article *a =
        load("\u2018We Found Him!\u2019: Video shows rescue of lost hiker\n\n"
             "Rescuers found a hiker on Sunday after two nights on the "
             "mountain.\n");
    assert_non_null(quote_with(a, "We Found Him!"));
    afs_article_free(a);
    a = load("\u2018Silver Lake Nights\u2019 tops the weekend box office\n\n"
             "The film took $20 million in its first weekend.\n");
    assert_null(quote_with(a, "Silver Lake"));
    afs_article_free(a);
}

/* "Smith agreed: "Q"": the colon announces the words of the subject,
 * a surname that is also a word, not of the speaker before. */
static void test_surname_before_a_colon_speaks(void **state)
{
    (void)state;
    afs_article *a =
        load("Songwriters on the film\n\n"
             "Kara Dunn and Lisa Smith wrote the song in a day.\n\n"
             "\u201cIt is a different muscle,\u201d Dunn said. Smith agreed: "
             "\u201cIt is a different job altogether.\u201d\n");
    const char *s = speaker_of(a, "It is a different job");
    assert_non_null(s);
    assert_string_equal(s, "Lisa Smith");
    afs_article_free(a);
}

/* `"Q." Vera added that …`: after a quote that ends its sentence, a
 * reporting verb with "that" starts new speech; the quote goes on with
 * the speaker of the quote before it. */
static void test_new_sentence_with_that_is_no_attribution(void **state)
{
    (void)state;
    afs_article *a = load(
        "Siblings remember their brother\n\n"
        "Otto Brandvik and Vera Lunt answered by email. \u201cI visited him "
        "in the city once,\u201d Otto wrote. \u201cWe went to an old "
        "steakhouse downtown.\u201d Vera added that their father wrote to "
        "him often.\n");
    const char *s = speaker_of(a, "We went to an old");
    assert_non_null(s);
    assert_string_equal(s, "Otto Brandvik");
    afs_article_free(a);
}

/* `"No," he said. "No. You tell me one."`: the one-word quote is no
 * quote, but its attribution says who goes on speaking. */
static void test_one_word_quote_lends_its_speaker(void **state)
{
    (void)state;
    afs_article *a = load(
        "A last visit\n\n"
        "Anna Berg visited Jonas Falk in the hospital one night. She asked "
        "for a story.\n\n"
        "\u201cNo,\u201d Falk said. \u201cNo. You tell me one, and I will "
        "tell it to somebody else.\u201d\n");
    assert_null(quote_with(a, "No,"));
    const char *s = speaker_of(a, "No. You tell me one");
    assert_non_null(s);
    assert_string_equal(s, "Jonas Falk");
    afs_article_free(a);
}

/* "It is unclear which came first, Marek says. Just because ..., "Q"":
 * the quote has no attribution of its own and goes on with the words the
 * sentence before reports; a short term there ("his "target number"")
 * stays the writer's. */
static void test_quote_after_a_reported_sentence(void **state)
{
    (void)state;
    afs_article *a = load(
        "Cells that taste\n\n"
        "Ivo Marek studies the cells at a lab in Brno. It is not clear which "
        "function came first, Marek says. Just because the receptors were "
        "found on the tongue first, \u201cthat does not mean that is the "
        "order in which they evolved.\u201d\n\n"
        "Lena Pohl suggests saving a lot. In her book, Pohl shares the "
        "formula she used to find her \u201ctarget number,\u201d which she "
        "then broke down by month.\n");
    const char *s = speaker_of(a, "that does not mean");
    assert_non_null(s);
    assert_string_equal(s, "Ivo Marek");
    assert_null(quote_with(a, "target number"));
    afs_article_free(a);
}

/* "Sprout pledged to take "decisive corrective action"": a pledge reports
 * words; the company's one-word name, a word of the language opening the
 * sentence, is the company named so before. */
static void test_pledge_of_a_company_named_by_a_word(void **state)
{
    (void)state;
    afs_article *a =
        load("Party account row\n\n"
             "The party renamed its Sprout account during the debate.\n\n"
             "Sprout pledged to take \u201cdecisive corrective action\u201d "
             "against similar moves in the future.\n");
    const char *s = speaker_of(a, "decisive corrective action");
    assert_non_null(s);
    assert_string_equal(s, "Sprout");
    afs_article_free(a);
}

/* `"Q," Roe, a senior fellow at the center, has written.`: the perfect
 * of "write" after the marks names the writer, and the quote after it is
 * the writer's too. */
static void test_has_written_attributes(void **state)
{
    (void)state;
    afs_article *a = load(
        "Who pays for tariffs\n\n"
        "\u201cIf the country imposes a tariff on televisions, the duty is "
        "paid at the border by an importer,\u201d Ines Varga, a senior "
        "fellow at the Tallow Policy Center, has written. \u201cThe "
        "exporters pay nothing.\u201d\n");
    const char *s = speaker_of(a, "If the country imposes");
    assert_non_null(s);
    assert_string_equal(s, "Ines Varga");
    s = speaker_of(a, "The exporters pay nothing");
    assert_non_null(s);
    assert_string_equal(s, "Ines Varga");
    afs_article_free(a);
}

/* "Asked whether "Q," 48 percent agreed", "agreed with the statement
 * "Q"": a poll's wording is nobody's words; the mayor's quote stays. */
static void test_poll_wording_is_no_quote(void **state)
{
    (void)state;
    afs_article *a = load(
        "Poll finds split on the plan\n\n"
        "A new poll by the Orvane Institute found voters split on the canal "
        "plan.\n\n"
        "Asked whether \"the canal plan should go ahead even if it raises "
        "taxes,\" 48 percent of respondents agreed.\n\n"
        "Another 30 percent agreed with the statement \"the government has "
        "been honest about the costs of the canal.\"\n\n"
        "Mayor Lina Holm welcomed the result. \"People want the canal, and "
        "they want it done right,\" she said.\n");
    assert_null(quote_with(a, "the canal plan should"));
    assert_null(quote_with(a, "the government has been honest"));
    const char *s = speaker_of(a, "People want the canal");
    assert_non_null(s);
    assert_string_equal(s, "Lina Holm");
    afs_article_free(a);
}

/* "league commissioner Paul Grady ... Ruth Bakker ... the commissioner
 * said": the title names the person who bears it, not the latest one. */
static void test_title_noun_names_its_bearer(void **state)
{
    (void)state;
    afs_article *a = load(
        "Coach defends his players\n\n"
        "Coach Mark Ellison met league commissioner Paul Grady on Tuesday.\n\n"
        "Ellison's assistant, Ruth Bakker, backed him. \"He has always "
        "protected his players,\" she said.\n\n"
        "After the meeting, the commissioner said: \"We will announce a "
        "decision on Friday.\"\n");
    const char *s = speaker_of(a, "We will announce");
    assert_non_null(s);
    assert_string_equal(s, "Paul Grady");
    afs_article_free(a);
}

/* "he was seen dining with James Osto. / He later told": a name after a
 * subject pronoun in an earlier paragraph is its object; the chain of
 * "he" goes back to the article's subject. */
static void test_pronoun_chain_skips_an_earlier_object(void **state)
{
    (void)state;
    afs_article *a = load(
        "Vell ends a friendship\n\n"
        "Robert Vell, 58, flew to Calvar on Monday to meet an old friend.\n\n"
        "During the trip, he was seen dining with James Osto at a hotel.\n\n"
        "He later told a reporter: \"I went there to end the friendship, "
        "face to face, as a matter of honour.\"\n");
    const char *s = speaker_of(a, "I went there");
    assert_non_null(s);
    assert_string_equal(s, "Robert Vell");
    afs_article_free(a);
}

/* "he asked ..., called the mayor a "crook" and said, "Q"": the verb
 * joined by "and" shares the subject before the earlier quote. */
static void test_joined_verb_after_a_quote_shares_the_subject(void **state)
{
    (void)state;
    afs_article *a =
        load("Caller admits threats\n\n"
             "A Lentmoor man, Daniel Brisk, admitted threatening the mayor, "
             "prosecutors said.\n\n"
             "During the call, he asked about the budget, called the mayor a "
             "\"crook\" and said, \"someone should stop him for good,\" the "
             "prosecutor's office said.\n");
    const char *s = speaker_of(a, "someone should stop");
    assert_non_null(s);
    assert_string_equal(s, "Daniel Brisk");
    afs_article_free(a);
}

/* "Laura Quell, research director at Brightline, sees the lineup as its
 * "weak spot."": the label is the words of the person who gives it. */
static void test_label_is_the_labelling_persons(void **state)
{
    (void)state;
    afs_article *a = load(
        "Streaming service struggles\n\n"
        "The Velto streaming service opened on Tuesday with twelve games.\n\n"
        "Laura Quell, research director at analyst firm Brightline, sees "
        "the small lineup as its \"weak spot.\"\n\n"
        "Quell has followed the industry for a decade.\n");
    const char *s = speaker_of(a, "weak spot");
    assert_non_null(s);
    assert_string_equal(s, "Laura Quell");
    afs_article_free(a);
}

/* "Developer Korvane called its new game "a flagship title."": a body
 * labels too, and "called" after its name labels what follows. */
static void test_body_that_calls_a_thing_labels_it(void **state)
{
    (void)state;
    afs_article *a = load(
        "New virtual reality game due in March\n\n"
        "A new game is coming out after years of waiting. Developer Korvane "
        "called its new game \"a flagship virtual reality title.\"\n\n"
        "The game will cost $60.\n");
    const char *s = speaker_of(a, "a flagship");
    assert_non_null(s);
    assert_string_equal(s, "Korvane");
    afs_article_free(a);
}

/* "Vera Lind praised Nora Hale's singing ... "Q," she said": a name
 * that owns the object of a person's verb is not the one a later "she"
 * stands for. */
static void test_owner_of_an_object_is_no_antecedent(void **state)
{
    (void)state;
    afs_article *a =
        load("A song for the city\n\n"
             "Nora Hale sings the title song of the film.\n\n"
             "Vera Lind called Nora Hale's singing \"simply stunning,\" and "
             "wrote more songs that year. \"Music runs in my family, and I "
             "finally found my way to it,\" she said.\n");
    const char *s = speaker_of(a, "Music runs");
    assert_non_null(s);
    assert_string_equal(s, "Vera Lind");
    afs_article_free(a);
}

/* "The work led to a discovery: "Q"": a colon after words that name
 * nobody goes on with the speaker of the paragraph before. A headline
 * ending on "song" names no work in the quote that opens the next line. */
static void test_colon_after_no_name_goes_on(void **state)
{
    (void)state;
    afs_article *a =
        load("Writing the song\n\n"
             "\"I read the script twice before I wrote a line,\" Vera Lind "
             "said. \"Then I knew what we were writing.\"\n\n"
             "The work led to a discovery: \"It was a love song to a whole "
             "city, not to one person.\"\n");
    const char *s = speaker_of(a, "I read the script");
    assert_non_null(s);
    assert_string_equal(s, "Vera Lind");
    s = speaker_of(a, "It was a love song");
    assert_non_null(s);
    assert_string_equal(s, "Vera Lind");
    afs_article_free(a);
}

/* `Ruiz said the club had "chosen well." The federation declined to
 * comment`: a quote ending its sentence after the verb that reports it
 * is not the next sentence's subject's. */
static void test_next_sentence_after_a_reported_stop(void **state)
{
    (void)state;
    afs_article *a = load(
        "New coach for Vella City\n\n"
        "Vella City named a new coach on Thursday.\n\n"
        "Marco Ruiz, the Vella City president, said the club had \"chosen "
        "experience over youth.\" The Northern Football Federation declined to "
        "comment.\n");
    const char *s = speaker_of(a, "chosen experience");
    assert_non_null(s);
    assert_string_equal(s, "Marco Ruiz");
    afs_article_free(a);
}

/* "a move Mayor Ann Roe called "long overdue"": the name before
 * "called" gives the label, not the body that opens the sentence; "the
 * spokesperson said" again is the body an earlier spokesperson spoke
 * for, not the last person named. */
static void test_caller_and_spokesperson_again(void **state)
{
    (void)state;
    afs_article *a = load(
        "Council backs bus plan\n\n"
        "The Harlow city council voted on Tuesday to approve a bus plan, a "
        "move Mayor Ann Roe called \"long overdue.\"\n\n"
        "Council member Dan Whit said it would raise taxes.\n\n"
        "A spokesperson for the Harlow Transit Authority said the agency "
        "would hire drivers. \"We are ready to move quickly,\" the "
        "spokesperson said.\n");
    const char *s = speaker_of(a, "long overdue");
    assert_non_null(s);
    assert_string_equal(s, "Ann Roe");
    s = speaker_of(a, "We are ready");
    assert_non_null(s);
    assert_string_equal(s, "Harlow Transit Authority");
    afs_article_free(a);
}

/* "His talks with James Osto had failed. He said": a name a few words
 * after "his" is somebody the pronoun's person deals with, not him. */
static void test_name_after_his_is_not_his_owner(void **state)
{
    (void)state;
    afs_article *a =
        load("Talks fail\n\n"
             "Robert Vell returned to Calvar on Monday. His talks with James "
             "Osto had failed. He said: \"Nobody can fix that now, not this "
             "year.\"\n");
    const char *s = speaker_of(a, "Nobody can fix");
    assert_non_null(s);
    assert_string_equal(s, "Robert Vell");
    afs_article_free(a);
}

/* "contradicts his claim that the pair were "not close"": the owner of
 * the claim speaks, not the first person named in the sentence. */
static void test_owner_of_a_claim_speaks(void **state)
{
    (void)state;
    afs_article *a =
        load("Vell interview\n\n"
             "Robert Vell gave a long interview on Sunday.\n\n"
             "Oh how noble of Robert Vell! However, all this effort to end his "
             "friendship with James Osto contradicts his claim in the same "
             "interview that the pair were \"not close\".\n");
    const char *s = speaker_of(a, "not close");
    assert_non_null(s);
    assert_string_equal(s, "Robert Vell");
    afs_article_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_owner_is_no_speaker),
        cmocka_unit_test(test_place_in_a_role_is_no_speaker),
        cmocka_unit_test(test_place_speaks_next_to_the_verb),
        cmocka_unit_test(test_owner_person_is_no_speaker),
        cmocka_unit_test(test_unnamed_source_does_not_inherit),
        cmocka_unit_test(test_surname_that_is_a_word_speaks),
        cmocka_unit_test(test_source_of_a_report_is_no_speaker),
        cmocka_unit_test(test_pronoun_skips_the_listener),
        cmocka_unit_test(test_title_of_a_work_is_no_quote),
        cmocka_unit_test(test_lead_in_gives_the_speaker),
        cmocka_unit_test(test_roles_of_speakers),
        cmocka_unit_test(test_writers_phrase_is_no_quote),
        cmocka_unit_test(test_person_listed_with_a_person_speaks),
        cmocka_unit_test(test_opening_pronoun_beats_the_object),
        cmocka_unit_test(test_pronoun_chain_skips_a_name_in_its_clause),
        cmocka_unit_test(test_person_in_an_organizations_role_speaks),
        cmocka_unit_test(test_inch_marks_are_no_quotes),
        cmocka_unit_test(test_phrase_at_the_end_of_a_reported_clause),
        cmocka_unit_test(test_headline_shout_with_a_pronoun_is_a_quote),
        cmocka_unit_test(test_surname_before_a_colon_speaks),
        cmocka_unit_test(test_new_sentence_with_that_is_no_attribution),
        cmocka_unit_test(test_one_word_quote_lends_its_speaker),
        cmocka_unit_test(test_quote_after_a_reported_sentence),
        cmocka_unit_test(test_pledge_of_a_company_named_by_a_word),
        cmocka_unit_test(test_has_written_attributes),
        cmocka_unit_test(test_poll_wording_is_no_quote),
        cmocka_unit_test(test_title_noun_names_its_bearer),
        cmocka_unit_test(test_pronoun_chain_skips_an_earlier_object),
        cmocka_unit_test(test_joined_verb_after_a_quote_shares_the_subject),
        cmocka_unit_test(test_label_is_the_labelling_persons),
        cmocka_unit_test(test_body_that_calls_a_thing_labels_it),
        cmocka_unit_test(test_owner_of_an_object_is_no_antecedent),
        cmocka_unit_test(test_colon_after_no_name_goes_on),
        cmocka_unit_test(test_next_sentence_after_a_reported_stop),
        cmocka_unit_test(test_caller_and_spokesperson_again),
        cmocka_unit_test(test_name_after_his_is_not_his_owner),
        cmocka_unit_test(test_owner_of_a_claim_speaks),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
