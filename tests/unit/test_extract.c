/* The loader on short articles written for these tests: names, titles,
 * aliases, classes, quotes and speakers, indirect speech, events, dates. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <string.h>

#include "articlefs/extract.h"

static const char *const story =
    "Lindqvist invites Brazilian leader to Oslo talks\n"
    "Norwegian Prime Minister Erik Lindqvist has invited Brazilian President "
    "Helena Prado for an official visit to Norway, Norway's foreign ministry "
    "said on Friday.\n"
    "Details of the Proposed Visit\n"
    "The invitation was made during a phone call between the two leaders. "
    "Lindqvist told reporters that the talks with Prado were warm.\n"
    "\"We have a great deal to build together,\" Lindqvist said.\n"
    "Prado said: \"Brazil and Norway share an ocean of interests.\"\n"
    "\"The climate cannot wait,\" said Prado. \"Neither can we.\"\n"
    "President Prado later called Lindqvist, describing him as \"a true "
    "partner\" before the Reuters interview.\n"
    "A \"green corridor\" plan is on the table.\n"
    "The Norwegian foreign ministry's statement said both sides would "
    "\"open a new chapter in our friendship\" in March.\n";

static afs_article *load(const char *text, const char *date)
{
    afs_extract_options o = {.date = date};
    return afs_extract(text, strlen(text), &o);
}

static const afs_entity *find(const afs_article *a, enum afs_kind kind,
                              const char *name)
{
    size_t n;
    const afs_entity *e = afs_article_kind(a, kind, &n);
    for (size_t i = 0; i < n; i++)
        if (strcmp(e[i].name, name) == 0)
            return &e[i];
    return NULL;
}

static bool has_alias(const afs_entity *e, const char *alias)
{
    for (size_t i = 0; i < e->alias_count; i++)
        if (strcmp(e->aliases[i], alias) == 0)
            return true;
    return false;
}

static void test_people_titles_and_aliases(void **state)
{
    (void)state;
    afs_article *a = load(story, NULL);
    const afs_entity *erik = find(a, AFS_PERSON, "Erik Lindqvist");
    const afs_entity *helena = find(a, AFS_PERSON, "Helena Prado");
    assert_non_null(erik);
    assert_non_null(helena);
    assert_null(find(a, AFS_PERSON, "Lindqvist"));
    assert_null(find(a, AFS_PERSON, "Prado"));
    assert_true(has_alias(erik, "Lindqvist"));
    assert_true(has_alias(helena, "President Prado"));
    assert_string_equal(erik->id, "erik-lindqvist");
    assert_true(erik->role_count >= 1);
    assert_string_equal(erik->roles[0], "Prime Minister of Norway");
    assert_int_equal(helena->gender, AFS_GENDER_FEMALE);
    afs_article_free(a);
}

static void test_places_and_organizations(void **state)
{
    (void)state;
    afs_article *a = load(story, NULL);
    assert_non_null(find(a, AFS_PLACE, "Norway"));
    /* named only inside a quote (the headline's Oslo is not found) */
    assert_non_null(find(a, AFS_PLACE, "Brazil"));
    size_t n;
    const afs_entity *orgs = afs_article_kind(a, AFS_ORGANIZATION, &n);
    bool ministry = false, reuters = false;
    for (size_t i = 0; i < n; i++) {
        ministry |= strstr(orgs[i].name, "foreign ministry") != NULL;
        reuters |= strcmp(orgs[i].name, "Reuters") == 0;
    }
    assert_true(ministry);
    assert_true(reuters);
    /* a sub-heading is no organization, a demonym no place */
    assert_null(find(a, AFS_ORGANIZATION, "Proposed Visit"));
    assert_null(find(a, AFS_PLACE, "Norwegian"));
    afs_article_free(a);
}

static const afs_quote *quote_with(const afs_article *a, const char *start)
{
    for (size_t i = 0; i < a->quote_count; i++)
        if (strncmp(a->quotes[i].text, start, strlen(start)) == 0)
            return &a->quotes[i];
    return NULL;
}

/* The quote was found, and speaker said it. */
static void assert_said_by(const afs_quote *q, const char *speaker)
{
    assert_non_null(q);
    assert_non_null(q->speaker);
    assert_string_equal(q->speaker->name, speaker);
}

static void test_quotes_and_speakers(void **state)
{
    (void)state;
    afs_article *a = load(story, NULL);
    const afs_quote *q = quote_with(a, "We have a great deal");
    assert_non_null(q);
    assert_string_equal(q->text, "We have a great deal to build together,");
    assert_non_null(q->speaker);
    assert_string_equal(q->speaker->name, "Erik Lindqvist");
    assert_int_equal(q->kind, AFS_QUOTE_DIRECT);
    assert_said_by(quote_with(a, "Brazil and Norway"), "Helena Prado");
    assert_said_by(quote_with(a, "The climate"), "Helena Prado");
    assert_said_by(quote_with(a, "Neither can we"), "Helena Prado");
    assert_said_by(quote_with(a, "a true partner"), "Helena Prado");
    q = quote_with(a, "open a new chapter");
    assert_non_null(q);
    assert_non_null(q->speaker);
    assert_int_equal(q->speaker->kind, AFS_ORGANIZATION);
    /* a scare quote is not speech */
    assert_null(quote_with(a, "green corridor"));
    /* offsets point at the text */
    for (size_t i = 0; i < a->quote_count; i++)
        if (a->quotes[i].kind == AFS_QUOTE_DIRECT)
            assert_memory_equal(
                a->text + a->quotes[i].span.start, a->quotes[i].text,
                a->quotes[i].span.end - a->quotes[i].span.start);
    afs_article_free(a);
}

static void test_indirect_speech(void **state)
{
    (void)state;
    afs_article *a = load(story, NULL);
    const afs_quote *q = quote_with(a, "the talks with Prado");
    assert_said_by(q, "Erik Lindqvist");
    assert_int_equal(q->kind, AFS_QUOTE_INDIRECT);
    afs_article_free(a);
}

static const afs_event *event_with(const afs_article *a, const char *trigger)
{
    for (size_t i = 0; i < a->event_count; i++)
        if (strstr(a->events[i].trigger, trigger))
            return &a->events[i];
    return NULL;
}

static void test_events_and_dates(void **state)
{
    (void)state;
    afs_article *a = load(story, "2026-03-09"); /* a Monday */
    const afs_event *visit = event_with(a, "invit");
    assert_non_null(visit);
    assert_true(visit->participant_count >= 2);
    assert_non_null(visit->where);
    assert_string_equal(visit->where->name, "Norway");
    const afs_event *call = event_with(a, "phone call");
    assert_non_null(call);
    /* "between the two leaders": the two people named before */
    assert_int_equal(call->participant_count, 2);
    assert_string_equal(call->type, "meet");
    /* the source of the invitation is no participant */
    for (size_t i = 0; i < visit->participant_count; i++)
        assert_string_not_equal(visit->participants[i]->name,
                                "Norway's foreign ministry");
    assert_true(strncmp(a->events[0].id, "01-", 3) == 0);
    afs_article_free(a);
}

static const char *when_of(afs_article *a, const char *trigger)
{
    const afs_event *ev = event_with(a, trigger);
    return ev && ev->when && ev->when->date ? ev->when->date : "none";
}

static const char *end_of(afs_article *a, const char *trigger)
{
    const afs_event *ev = event_with(a, trigger);
    return ev && ev->when && ev->when->end ? ev->when->end : "none";
}

/* Every date form against a fixed publication date, a Saturday. */
static void test_date_forms(void **state)
{
    (void)state;
    afs_article *a = load("Dates\n"
                          "Officials met on Friday. "
                          "The ministers will visit on Tuesday. "
                          "The minister resigned yesterday. "
                          "Voters elected a mayor last week. "
                          "The firm signed a deal in October. "
                          "A trip is planned for spring. "
                          "Rebels attacked on March 21. "
                          "The club was founded in 1967.\n",
                          "2026-01-03");
    assert_string_equal(when_of(a, "met"), "2026-01-02");
    assert_string_equal(when_of(a, "visit"), "2026-01-06");
    assert_string_equal(when_of(a, "resigned"), "2026-01-02");
    assert_string_equal(when_of(a, "elected"), "2025-12-22");
    assert_string_equal(end_of(a, "elected"), "2025-12-28");
    assert_string_equal(when_of(a, "deal"), "2025-10-01");
    assert_string_equal(end_of(a, "deal"), "2025-10-31");
    assert_string_equal(when_of(a, "trip"), "2026-03-01");
    assert_string_equal(end_of(a, "trip"), "2026-05-31");
    assert_string_equal(when_of(a, "attacked"), "2025-03-21");
    assert_string_equal(when_of(a, "founded"), "1967-01-01");
    afs_article_free(a);
    /* a month named with a capital inside the sentence, no "in" */
    a = load("Briefing\nThe minister held an October news conference.\n",
             "2026-01-03");
    assert_string_equal(when_of(a, "news conference"), "2025-10-01");
    assert_string_equal(end_of(a, "news conference"), "2025-10-31");
    afs_article_free(a);
    /* a distance in time: from the publication date, or the time before */
    a = load("Deal\nThe ministers met two days ago. The firms signed a deal "
             "nearly a year ago. The union protested three weeks later.\n",
             "2026-01-03");
    assert_string_equal(when_of(a, "met"), "2026-01-01");
    const afs_event *deal = event_with(a, "deal");
    assert_non_null(deal);
    assert_non_null(deal->when);
    assert_string_equal(deal->when->text, "nearly a year ago");
    const afs_event *protest = event_with(a, "protested");
    assert_non_null(protest);
    assert_non_null(protest->when);
    assert_string_equal(protest->when->text, "three weeks later");
    afs_article_free(a);
    /* "on the 29th": the last such day on or before the publication */
    a = load("March\nWorkers protested on the 29th. The ministers met on "
             "the 2nd.\n",
             "2026-01-03");
    assert_string_equal(when_of(a, "protested"), "2025-12-29");
    assert_string_equal(when_of(a, "met"), "2026-01-02");
    afs_article_free(a);
    /* "May" with a capital may be a name */
    a = load("Talks\nPrime Minister Theresa May met Erik Lindqvist.\n",
             "2026-01-03");
    assert_non_null(event_with(a, "met"));
    assert_string_equal(when_of(a, "met"), "none");
    afs_article_free(a);
    /* an article shows its eight main events: the ninth form apart */
    a = load("Protest\nWorkers protested last month.\n", "2026-01-03");
    assert_string_equal(when_of(a, "protested"), "2025-12-01");
    afs_article_free(a);
}

/* A time that opens the sentence, or stands just past the clause, is
 * the clause's when; a place after "to the" is where. */
static void test_when_outside_the_clause(void **state)
{
    (void)state;
    afs_article *a =
        load("Talks\n"
             "On Friday, Chancellor Maria Vogel met President Tomas Herrera. "
             "President Tomas Herrera will make a trip to the Netherlands, his "
             "office said on Tuesday.\n",
             "2026-01-03");
    assert_string_equal(when_of(a, "met"), "2026-01-02");
    const afs_event *trip = event_with(a, "trip");
    assert_non_null(trip);
    assert_non_null(trip->where);
    assert_string_equal(trip->where->name, "Netherlands");
    assert_string_not_equal(when_of(a, "trip"), "none");
    afs_article_free(a);
}

/* The teller of an announcement takes part in it; a second trigger in
 * the announcement's clause is the same happening, "in a speech" another;
 * a happening with nobody and no time is left out. */
static void test_teller_and_one_clause(void **state)
{
    (void)state;
    afs_article *a =
        load("Minister visits port\n"
             "Defence Minister Lara Quintero announced that the navy will "
             "give the coast guard a patrol boat. Quintero accused Norland "
             "of using threats against its neighbours in a speech to the "
             "Naval Academy on Tuesday. A protest was possible.\n",
             "2026-01-08");
    const afs_event *announced = event_with(a, "announced");
    assert_non_null(announced);
    bool teller = false;
    for (size_t i = 0; i < announced->participant_count; i++)
        teller |= !strcmp(announced->participants[i]->name, "Lara Quintero");
    assert_true(teller);
    assert_null(event_with(a, "give"));
    const afs_event *speech = event_with(a, "speech");
    assert_non_null(speech);
    assert_ptr_not_equal(speech, event_with(a, "accused"));
    assert_string_equal(speech->when->date, "2026-01-06");
    assert_null(event_with(a, "protest"));
    afs_article_free(a);
}

/* "the call", "the conversation": one happening told three times; a
 * passive's agent takes part. */
static void test_merged_mentions_and_passives(void **state)
{
    (void)state;
    afs_article *a =
        load("Leaders talk\n"
             "Chancellor Maria Vogel held a phone call with President Tomas "
             "Herrera on Monday. The call lasted an hour. During the "
             "conversation, she raised trade. Herrera was invited by Vogel to "
             "Berlin.\n",
             "2026-01-07");
    const afs_event *call = event_with(a, "phone call");
    assert_non_null(call);
    assert_int_equal(call->mention_count, 3);
    assert_string_equal(call->when->date, "2026-01-05");
    const afs_event *invited = event_with(a, "invited");
    assert_non_null(invited);
    assert_true(invited->participant_count >= 1);
    assert_non_null(invited->where);
    assert_string_equal(invited->where->name, "Berlin");
    afs_article_free(a);
}

/* A summary ends where a phrase does: not on a function word. */
static void assert_ends_whole(const char *summary)
{
    static const char *const loose[] = {" the", " a",   " of", " to", " that",
                                        " in",  " and", ",",   NULL};
    size_t n = strlen(summary);
    for (const char *const *w = loose; *w; w++) {
        size_t k = strlen(*w);
        assert_false(n >= k && !strcmp(summary + n - k, *w));
    }
}

/* A summary reads as a line: an aside keeps the subject it describes and
 * ends at its comma; an appositive's name is the subject; a long clause
 * is cut before "that", at a phrase's end. */
static void test_summaries_read_whole(void **state)
{
    (void)state;
    afs_article *a = load(
        "Harbour news\n"
        "The port authority of Velmar, which signed a lease with Ostrand "
        "Shipping on Monday, expects growth.\n"
        "After months of quiet and often difficult talks over the future of "
        "the old northern rail yards, Arlo Mendes, the chief of Ostrand Rail, "
        "later signed a merger with Velmar Freight.\n"
        "Mayor Ines Carvalho announced at a crowded press briefing in the old "
        "town hall on Monday that the long-delayed new tram line across the "
        "wide river will finally open to passengers in the spring of next "
        "year after a decade of planning.\n",
        "2026-01-07");
    const afs_event *lease = event_with(a, "signed");
    assert_non_null(lease);
    assert_true(strncmp(lease->summary, "The port authority of Velmar", 28) ==
                0);
    assert_null(strstr(lease->summary, "expects"));
    const afs_event *merger = event_with(a, "merger");
    assert_non_null(merger);
    assert_true(strncmp(merger->summary, "Arlo Mendes", 11) == 0);
    const afs_event *announced = event_with(a, "announced");
    assert_non_null(announced);
    assert_true(strncmp(announced->summary, "Mayor Ines Carvalho", 19) == 0);
    assert_null(strstr(announced->summary, " that "));
    for (size_t i = 0; i < a->event_count; i++)
        assert_ends_whole(a->events[i].summary);
    afs_article_free(a);
}

/* The place of the clause's locative phrase is where, not the
 * dateline's city; a game's opponent is no place of it; an owner is the
 * last guess. */
static void test_where_from_the_clause(void **state)
{
    (void)state;
    afs_article *a =
        load("Ministers meet\n"
             "OSLO, Norway (AP) \xe2\x80\x94 Foreign Minister Kari Holm met "
             "Finnish Foreign Minister Aino Lehto in Bergen on Thursday.\n",
             "2026-01-07");
    const afs_event *met = event_with(a, "met");
    assert_non_null(met);
    assert_non_null(met->where);
    assert_string_equal(met->where->name, "Bergen");
    assert_int_equal(met->participant_count, 2);
    afs_article_free(a);
    /* a game's "over Russia" names the side beaten, not the place */
    a = load("Cup final\n"
             "LISBON \xe2\x80\x94 Portugal completed a 2-1 win over Russia "
             "in the cup final on Sunday.\n",
             "2026-01-07");
    const afs_event *win = event_with(a, "win");
    assert_non_null(win);
    assert_non_null(win->where);
    assert_string_equal(win->where->name, "Lisbon");
    afs_article_free(a);
    /* "Vietnam's party headquarters": the owner is where when nothing
     * else is */
    a = load("Remarks\n"
             "Later, Minister Lara Quintero spoke at Norway's oldest "
             "harbour on Tuesday.\n",
             "2026-01-07");
    const afs_event *spoke = event_with(a, "spoke");
    assert_non_null(spoke);
    assert_non_null(spoke->where);
    assert_string_equal(spoke->where->name, "Norway");
    afs_article_free(a);
}

static void test_date_line(void **state)
{
    (void)state;
    afs_article *a = load("Date: 2025-12-01\nHe left on Friday.\n", NULL);
    assert_non_null(a->date);
    assert_string_equal(a->date, "2025-12-01");
    afs_article_free(a);
}

static void test_hostile_input_gives_a_model(void **state)
{
    (void)state;
    const char *inputs[] = {"",
                            "   \n\n  ",
                            "\"\"\"\"\"",
                            "\xe2\x80\x9c",
                            "A \"b\" \xe2\x80\x9c c \xe2\x80\x98 d",
                            "../../etc/passwd said \"hello there you\"",
                            "\xff\xfe\x00\x01 Mr. \xc3\x28 said \"x y z\""};
    for (size_t i = 0; i < sizeof inputs / sizeof *inputs; i++) {
        afs_article *a = afs_extract(inputs[i], strlen(inputs[i]), NULL);
        assert_non_null(a);
        for (size_t e = 0; e < a->entity_count; e++) {
            assert_null(strchr(a->entities[e].id, '/'));
            assert_string_not_equal(a->entities[e].id, "..");
        }
        afs_article_free(a);
    }
}

/* Every span of the model lies within the text, start before end. */
static void assert_spans_inside(const afs_article *a)
{
    for (size_t i = 0; i < a->quote_count; i++) {
        assert_true(a->quotes[i].span.start <= a->quotes[i].span.end);
        assert_true(a->quotes[i].span.end <= a->text_len);
    }
    for (size_t i = 0; i < a->event_count; i++) {
        assert_true(a->events[i].span.start <= a->events[i].span.end);
        assert_true(a->events[i].span.end <= a->text_len);
    }
    for (size_t e = 0; e < a->entity_count; e++)
        for (size_t m = 0; m < a->entities[e].mention_count; m++) {
            const afs_span *s = &a->entities[e].mentions[m];
            assert_true(s->start < s->end && s->end <= a->text_len);
        }
}

/* Found by the fuzzer: "that" after a reporting verb at the end of a
 * sentence made an indirect quote that ended before it started. */
static void test_reported_clause_may_be_empty(void **state)
{
    (void)state;
    static const char nul_before_that[] = "E\nTa told p\0that";
    struct {
        const char *text;
        size_t len;
    } inputs[] = {
        {nul_before_that, sizeof nul_before_that - 1},
        {"Flood update\nMayor Hiroshi Tanaka told reporters that\n", 0},
        {"Flood update\nMayor Hiroshi Tanaka told reporters that. "
         "The river rose.\n",
         0},
        {"Flood update\nMayor Hiroshi Tanaka said that", 0},
    };
    for (size_t i = 0; i < sizeof inputs / sizeof *inputs; i++) {
        size_t len = inputs[i].len ? inputs[i].len : strlen(inputs[i].text);
        afs_article *a = afs_extract(inputs[i].text, len, NULL);
        assert_non_null(a);
        assert_spans_inside(a);
        assert_int_equal(a->quote_count, 0); /* nothing was reported */
        afs_article_free(a);
    }
}

static const char *const hard_cases =
    "Bin Talal aide 'will stay on', ministry says\n"
    "LISBON, Portugal (AP) \u2014 The Department of Defense said on "
    "Tuesday that Defense Secretary Paul van Houten would visit the "
    "Portugal-Spain border. Abdullah bin Talal, a government adviser, met "
    "Ludwig de Vries of the Rotterdam Port Authority.\n"
    "Background to the Border Plan\n"
    "\"We are ready,\" van Houten said. \"The border is calm.\"\n"
    "The Defense Department later repeated the claim. \"Our patrols have "
    "found nothing unusual in the area,\" the department said.\n"
    "\"The first part runs on here,\n"
    "\"and the second part is in a new paragraph,\" said Ludwig de Vries.\n";

static void test_hard_cases(void **state)
{
    (void)state;
    afs_article *a = load(hard_cases, NULL);
    /* dateline, hyphenated places */
    assert_non_null(find(a, AFS_PLACE, "Lisbon"));
    assert_non_null(find(a, AFS_PLACE, "Spain"));
    /* particles stay in names */
    assert_non_null(find(a, AFS_PERSON, "Paul van Houten"));
    assert_non_null(find(a, AFS_PERSON, "Ludwig de Vries"));
    assert_non_null(find(a, AFS_PERSON, "Abdullah bin Talal"));
    /* "Department of Defense" = "Defense Department" */
    size_t n, departments = 0;
    const afs_entity *orgs = afs_article_kind(a, AFS_ORGANIZATION, &n);
    for (size_t i = 0; i < n; i++)
        departments += strstr(orgs[i].name, "Defense") != NULL;
    assert_int_equal(departments, 1);
    /* a sub-heading is no organization */
    assert_null(find(a, AFS_ORGANIZATION, "Border Plan"));
    /* a quote split by its attribution: two quotes, one speaker */
    const afs_quote *q1 = quote_with(a, "We are ready");
    const afs_quote *q2 = quote_with(a, "The border is calm");
    assert_non_null(q1);
    assert_non_null(q2);
    assert_said_by(q1, "Paul van Houten");
    assert_ptr_equal(q1->speaker, q2->speaker);
    /* an organization speaks */
    const afs_quote *q3 = quote_with(a, "Our patrols");
    assert_non_null(q3);
    assert_non_null(q3->speaker);
    assert_int_equal(q3->speaker->kind, AFS_ORGANIZATION);
    /* a quote that runs over a paragraph is split at the break */
    const afs_quote *q4 = quote_with(a, "The first part runs on here");
    const afs_quote *q5 = quote_with(a, "and the second part");
    assert_non_null(q4);
    assert_non_null(q5);
    assert_string_equal(q4->text, "The first part runs on here,");
    assert_said_by(q5, "Ludwig de Vries");
    assert_ptr_equal(q4->speaker, q5->speaker);
    afs_article_free(a);
}

/* A person's role names an organization; the person still speaks. An
 * organization speaks only when the text makes it the speaker. */
static const char *const roles_and_bodies =
    "Lander maker signs deal with research ministry\n"
    "\"We are ready to fly next year,\" Halvard Rystad, chief executive of "
    "Orbital Tern Robotics, said.\n"
    "\"The tests went better than we hoped,\" said Ingrid Solberg, head of "
    "engineering at Orbital Tern Robotics.\n"
    "Orbital Tern Robotics' finance director Tomas Lunde said: \"Our money "
    "lasts until the launch.\"\n"
    "The Ministry of Research welcomed the deal. \"This is a good day for "
    "science,\" the ministry said.\n"
    "\"We will publish the contract next week,\" a spokesperson for Orbital "
    "Tern Robotics said.\n"
    "\"The first flight carries six instruments,\" a company spokesperson "
    "said.\n"
    "The Ministry of Research dismissed a rival's claim as \"plainly wrong,\" "
    "and "
    "several engineers in Bergen told reporters they agreed.\n"
    "\"Please stand back from the rig,\" an engineer said.\n";

static void test_roles_and_speaking_bodies(void **state)
{
    (void)state;
    afs_article *a = load(roles_and_bodies, NULL);
    assert_said_by(quote_with(a, "We are ready"), "Halvard Rystad");
    assert_said_by(quote_with(a, "The tests went"), "Ingrid Solberg");
    assert_said_by(quote_with(a, "Our money"), "Tomas Lunde");
    assert_said_by(quote_with(a, "This is a good day"), "Ministry of Research");
    assert_said_by(quote_with(a, "We will publish"), "Orbital Tern Robotics");
    assert_said_by(quote_with(a, "The first flight"), "Orbital Tern Robotics");
    /* the clause after "and" has speakers of its own */
    assert_said_by(quote_with(a, "plainly wrong"), "Ministry of Research");
    /* an indefinite speaker is somebody not named before */
    const afs_quote *q = quote_with(a, "Please stand back");
    assert_non_null(q);
    assert_null(q->speaker);
    afs_article_free(a);
}

/* "He added" continues the speaker just before, although a name quoted
 * in that sentence comes first and the gender is known only of a person
 * named further back; a quote with no attribution continues the reported
 * speech of the paragraph before. */
static void test_pronoun_continues_last_speaker(void **state)
{
    (void)state;
    const char text[] =
        "Runway reopens after storm\n"
        "Omar Holm, the airport's manager, said the runway had been closed "
        "for two days.\n"
        "\"We have never seen a storm like this one, and Anna Berg agrees,\" "
        "Robin Ambrose said.\n"
        "He added: \"The crews worked through the night.\"\n"
        "Anna Berg said the airport would open a second runway.\n"
        "\"We cannot close again for a storm.\"\n";
    afs_article *a = load(text, NULL);
    assert_said_by(quote_with(a, "We have never"), "Robin Ambrose");
    assert_said_by(quote_with(a, "The crews worked"), "Robin Ambrose");
    /* a quote opening its paragraph goes on from the reported speech
     * before it */
    assert_said_by(quote_with(a, "We cannot close"), "Anna Berg");
    afs_article_free(a);
}

/* A name no lexicon knows, with accents, said twice is one person; the
 * accented and plain spellings are one person with the plain id; quote ids grow
 * a digit rather than stop sorting. */
static void test_namesakes_and_numbering(void **state)
{
    (void)state;
    const char text[] = "Harbour news\n"
                        "Pedro Lima met Jos\xc3\xa9 \xc3\x81lvarez in Lima.\n"
                        "Later, Jos\xc3\xa9 \xc3\x81lvarez told reporters "
                        "that Jose Alvarez was a cousin.\n";
    afs_article *a = afs_extract(text, sizeof text - 1, NULL);
    size_t n;
    const afs_entity *people = afs_article_kind(a, AFS_PERSON, &n);
    size_t alvarez = 0;
    /* one person: names compare by their folded form (issue 15) */
    for (size_t i = 0; i < n; i++)
        if (strstr(people[i].name, "lvarez")) {
            alvarez++;
            assert_string_equal(people[i].id, "jose-alvarez");
            assert_int_equal(people[i].mention_count, 3);
        }
    assert_int_equal(alvarez, 1);
    size_t places;
    afs_article_kind(a, AFS_PLACE, &places);
    assert_int_equal(places, 1); /* "in Lima" stays the city */
    afs_article_free(a);

    char many[40000] = "Many quotes\n";
    for (int i = 0; i < 1200; i++)
        strcat(many, "\"We agree,\" Ana Lee said.\n");
    a = afs_extract(many, strlen(many), NULL);
    assert_int_equal(a->quote_count, 1200);
    assert_string_equal(a->quotes[0].id, "0001-we-agree");
    for (size_t i = 1; i < a->quote_count; i++)
        assert_true(strcmp(a->quotes[i - 1].id, a->quotes[i].id) < 0);
    afs_article_free(a);
}

/* Who has kin or a colleague is a person, though the name first speaks
 * alone ("Orvane said"), which makes a body of an unknown word; a given
 * name with kin is the person of that given name already listed. */
static void test_kin_makes_a_person(void **state)
{
    (void)state;
    afs_article *a = load(
        "Lab notes\n\nOrvane said the cells were hard to find. A group led "
        "by Orvane's colleague Ann Dunn studied them. Dunn met Lisa Marrow "
        "in May, and Lisa's husband joined them.\n",
        NULL);
    assert_non_null(find(a, AFS_PERSON, "Orvane"));
    assert_null(find(a, AFS_ORGANIZATION, "Orvane"));
    assert_null(find(a, AFS_PERSON, "Lisa"));
    assert_non_null(find(a, AFS_PERSON, "Lisa Marrow"));
    afs_article_free(a);
    a = load("Money\n\nSaving is easy, he and his wife Velari explained on "
             "their podcast. Velari said it was simple.\n",
             NULL);
    assert_non_null(find(a, AFS_PERSON, "Velari"));
    assert_null(find(a, AFS_ORGANIZATION, "Velari"));
    afs_article_free(a);
}

/* A Chinese name in Pinyin is a person's though a syllable is an
 * English word ("Xi", "He"); a city spelt so stays a place. */
static void test_pinyin_names_are_people(void **state)
{
    (void)state;
    afs_article *a = load(
        "Talks\n\nThe president met his counterpart, Xi Longhai, in Lima "
        "on Monday. The deal was signed with Qu He, the country's envoy, in "
        "Shanghai.\n",
        NULL);
    assert_non_null(find(a, AFS_PERSON, "Xi Longhai"));
    assert_null(find(a, AFS_ORGANIZATION, "Xi Longhai"));
    assert_non_null(find(a, AFS_PERSON, "Qu He"));
    assert_null(find(a, AFS_ORGANIZATION, "Qu He"));
    assert_non_null(find(a, AFS_PLACE, "Shanghai"));
    afs_article_free(a);
}

/* A company's head word names it though the word before it is English
 * and starts the sentence ("Quiet Dynamics"), or though no lexicon knows
 * the name ("Velmor Aerospace"). */
static void test_company_head_words(void **state)
{
    (void)state;
    afs_article *a = load(
        "Landers\n\nQuiet Dynamics, a Houston company that builds landers, "
        "won the contract on Monday. Officials at Velmor Aerospace said they "
        "were pleased.\n",
        NULL);
    assert_non_null(find(a, AFS_ORGANIZATION, "Quiet Dynamics"));
    assert_null(find(a, AFS_ORGANIZATION, "Dynamics"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Velmor Aerospace"));
    afs_article_free(a);
}

/* A roster's position letter before a player's name is no initial, and
 * the player no body. */
static void test_position_letters(void **state)
{
    (void)state;
    afs_article *a =
        load("Roster\n\nThe team signed S Tavion Merritt on Monday.\nK Dorian "
             "Vell 2 field goals.\n",
             NULL);
    assert_non_null(find(a, AFS_PERSON, "Tavion Merritt"));
    assert_null(find(a, AFS_ORGANIZATION, "S Tavion Merritt"));
    assert_null(find(a, AFS_ORGANIZATION, "K Dorian Vell"));
    afs_article_free(a);
}

/* A surname two people of the article share names one of them (the one
 * introduced first), never a body. */
static void test_shared_surname_is_a_person(void **state)
{
    (void)state;
    afs_article *a =
        load("Family\n\nCarl Vantresse and his son Peter Vantresse arrived on "
             "Monday. Vantresse said the trip was long.\n",
             NULL);
    assert_null(find(a, AFS_ORGANIZATION, "Vantresse"));
    const afs_entity *son = find(a, AFS_PERSON, "Peter Vantresse");
    const afs_entity *father = find(a, AFS_PERSON, "Carl Vantresse");
    assert_non_null(son);
    assert_non_null(father);
    /* news names the one it introduced first by the surname alone */
    assert_true(has_alias(father, "Vantresse"));
    afs_article_free(a);
}

/* The given name of a person only the leftovers found names her alone
 * later, no body. */
static void test_leftover_persons_given_name(void **state)
{
    (void)state;
    afs_article *a = load(
        "Film\n\nThe actress agreed to play Quorra-Lynn Vasket. The script "
        "called for a song that Quorra-Lynn belts to a crowd.\n",
        NULL);
    assert_null(find(a, AFS_ORGANIZATION, "Quorra-Lynn"));
    const afs_entity *p = find(a, AFS_PERSON, "Quorra-Lynn Vasket");
    assert_non_null(p);
    assert_true(has_alias(p, "Quorra-Lynn"));
    afs_article_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_people_titles_and_aliases),
        cmocka_unit_test(test_places_and_organizations),
        cmocka_unit_test(test_quotes_and_speakers),
        cmocka_unit_test(test_indirect_speech),
        cmocka_unit_test(test_events_and_dates),
        cmocka_unit_test(test_date_line),
        cmocka_unit_test(test_date_forms),
        cmocka_unit_test(test_merged_mentions_and_passives),
        cmocka_unit_test(test_summaries_read_whole),
        cmocka_unit_test(test_where_from_the_clause),
        cmocka_unit_test(test_teller_and_one_clause),
        cmocka_unit_test(test_when_outside_the_clause),
        cmocka_unit_test(test_hostile_input_gives_a_model),
        cmocka_unit_test(test_reported_clause_may_be_empty),
        cmocka_unit_test(test_hard_cases),
        cmocka_unit_test(test_namesakes_and_numbering),
        cmocka_unit_test(test_roles_and_speaking_bodies),
        cmocka_unit_test(test_pronoun_continues_last_speaker),
        cmocka_unit_test(test_kin_makes_a_person),
        cmocka_unit_test(test_pinyin_names_are_people),
        cmocka_unit_test(test_company_head_words),
        cmocka_unit_test(test_position_letters),
        cmocka_unit_test(test_shared_surname_is_a_person),
        cmocka_unit_test(test_leftover_persons_given_name),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
