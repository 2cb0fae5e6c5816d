/* An event's when, where and summary on short articles written for these
 * tests: date forms against a fixed publication date, a place from a
 * locative phrase or the dateline, and summaries that start at the
 * clause's subject and end where a phrase does. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <string.h>

#include "articlefs/extract.h"

static afs_article *load(const char *text, const char *date)
{
    afs_extract_options o = {.date = date};
    return afs_extract(text, strlen(text), &o);
}

/* The event whose summary holds words: the tests ask about arguments,
 * not about which word triggers the event. */
static const afs_event *event_with(const afs_article *a, const char *words)
{
    for (size_t i = 0; i < a->event_count; i++)
        if (strstr(a->events[i].summary, words))
            return &a->events[i];
    return NULL;
}

static const char *date_of(const afs_article *a, const char *trigger)
{
    const afs_event *ev = event_with(a, trigger);
    return ev && ev->when && ev->when->date ? ev->when->date : "none";
}

static const char *end_of(const afs_article *a, const char *trigger)
{
    const afs_event *ev = event_with(a, trigger);
    return ev && ev->when && ev->when->end ? ev->when->end : "none";
}

static const char *where_of(const afs_article *a, const char *trigger)
{
    const afs_event *ev = event_with(a, trigger);
    return ev && ev->where ? ev->where->name : "none";
}

static const char *summary_of(const afs_article *a, const char *trigger)
{
    const afs_event *ev = event_with(a, trigger);
    return ev ? ev->summary : "none";
}

/* The day before the month, and stretches with no day of their own,
 * against a Wednesday, 2019-11-20. */
static void test_more_date_forms(void **state)
{
    (void)state;
    afs_article *a =
        load("Talks\n"
             "On 17 November, Chancellor Maria Vogel met President Tomas "
             "Herrera. Vogel visited Lisbon on 2 March 2018. Herrera will "
             "visit Madrid in the coming weeks. Protesters marched in Porto "
             "over the last few days. Vogel spoke with Herrera this morning.\n",
             "2019-11-20");
    assert_string_equal(date_of(a, " met "), "2019-11-17");
    assert_string_equal(date_of(a, "visited"), "2018-03-02");
    assert_string_equal(date_of(a, "visit Madrid"), "2019-11-21");
    assert_string_equal(end_of(a, "visit Madrid"), "2019-12-18");
    assert_string_equal(date_of(a, "marched"), "2019-11-13");
    assert_string_equal(end_of(a, "marched"), "2019-11-20");
    assert_string_equal(date_of(a, "spoke"), "2019-11-20");
    afs_article_free(a);
}

/* Against Saturday 2026-01-03: a month or weekday told in the future
 * tense (also reported: "would") is the next one, in the past tense the
 * last one; "last Saturday" said on a Saturday is a week back. */
static void test_dates_ahead_and_behind(void **state)
{
    (void)state;
    afs_article *a =
        load("Trip\n"
             "Premier Ada Lind will visit Oslo in late March. Lind met "
             "Governor Ivo Marr last Saturday. Marr lost a vote in "
             "December. Aides said Lind would hold talks with Marr in "
             "February. Marr will meet Lind on Monday. Lind and Marr are set "
             "to open a summit next Tuesday. Lind spoke with Marr on "
             "Friday.\n",
             "2026-01-03");
    assert_string_equal(date_of(a, "visit Oslo"), "2026-03-21");
    assert_string_equal(end_of(a, "visit Oslo"), "2026-03-31");
    assert_string_equal(date_of(a, "last Saturday"), "2025-12-27");
    assert_string_equal(date_of(a, "vote"), "2025-12-01");
    assert_string_equal(date_of(a, "talks"), "2026-02-01");
    assert_string_equal(date_of(a, "on Monday"), "2026-01-05");
    assert_string_equal(date_of(a, "next Tuesday"), "2026-01-06");
    assert_string_equal(date_of(a, "spoke"), "2026-01-02");
    afs_article_free(a);
}

/* A game's clock is a time with no date; a time standing before another
 * noun ("a July 10 meeting") is that noun's, and a bare "earlier" is no
 * time of the trigger's. */
static void test_times_of_games_and_nouns(void **state)
{
    (void)state;
    afs_article *a =
        load("Match\n"
             "Captain Rik Osten fought Lars Vey in the second period. Vey "
             "scored 17:46 into the third period. Aide Mira Tolle testified "
             "about a July 10 meeting. Osten earlier defeated Per Anker.\n",
             "2026-01-03");
    const afs_event *ev = event_with(a, "fought");
    assert_non_null(ev);
    assert_non_null(ev->when);
    assert_string_equal(ev->when->text, "in the second period");
    assert_null(ev->when->date);
    ev = event_with(a, "testified");
    assert_non_null(ev);
    assert_null(ev->when);
    ev = event_with(a, "defeated");
    assert_non_null(ev);
    assert_null(ev->when);
    afs_article_free(a);
}

/* A time that names a thing ("Thursday's fight"), a span's start ("since
 * 2016") or another clause's (before a comma) gives way to the trigger's
 * own; a clause hanging on a comma takes the time before it. */
static void test_the_triggers_own_time(void **state)
{
    (void)state;
    afs_article *a =
        load("Hostages\n"
             "Two aid workers held by rebels since 2016 were released Tuesday "
             "in Kandor. Coach Ari Lund decided to weigh in on Thursday's "
             "fight on Monday. The storm should ease by Friday, allowing "
             "crews to begin restoring power.\n",
             "2019-11-20");
    assert_string_equal(date_of(a, "released"), "2019-11-19");
    assert_string_equal(date_of(a, "decided"), "2019-11-18");
    assert_string_equal(date_of(a, "restoring"), "2019-11-15");
    afs_article_free(a);
}

/* Where: a place after "in" over modifiers, a bearing, a visit's object;
 * "from" names an origin, below the dateline's place; the dateline's
 * place is a meeting's, not an accusation's. */
static void test_where_from_locatives(void **state)
{
    (void)state;
    afs_article *a =
        load("Storms\n"
             "Warnings were issued on Monday for a few towns in an area of "
             "Marin County. A patrol boat entered waters southwest of Okinawa "
             "on Sunday. President Tomas Herrera visited the city of "
             "Lisbon.\n",
             "2019-11-20");
    assert_string_equal(where_of(a, "Warnings"), "Marin County");
    assert_string_equal(where_of(a, "entered"), "Okinawa");
    assert_string_equal(where_of(a, "visited"), "Lisbon");
    afs_article_free(a);
    a = load("Summit\n"
             "OSLO (AP) — Chancellor Maria Vogel met President Tomas Herrera "
             "on Monday. The award was given to Ines Carvalho from Portugal. "
             "Vogel accused Norland of meddling.\n",
             "2019-11-20");
    assert_string_equal(where_of(a, " met "), "Oslo");
    assert_string_equal(where_of(a, "accused"), "none");
    afs_article_free(a);
}

/* "at Portugal's foreign ministry" under a "LISBON, Portugal" dateline:
 * a venue in the dateline's country stands in its city; elsewhere the
 * country's possessive says whose, as before. */
static void test_where_venue_in_the_datelines_country(void **state)
{
    (void)state;
    afs_article *a =
        load("Talks\n"
             "LISBON, Portugal (AP) — Chancellor Maria Vogel arrived on "
             "Monday.\n"
             "Vogel thanked her hosts.\n"
             "Vogel praised Tomas Herrera.\n"
             "Later, in remarks at Portugal's party headquarters, Vogel said "
             "trade would grow.\n"
             "Vogel announced that Norland will give Portugal's navy a "
             "ship.\n",
             "2019-11-20");
    assert_string_equal(where_of(a, "remarks"), "Lisbon");
    assert_string_equal(where_of(a, "navy"), "Portugal");
    afs_article_free(a);
}

/* Whether a summary ends on a word that leaves a phrase open. */
static bool ends_open(const char *summary)
{
    static const char *const open[] = {" the", " a",   " an", " of",  " to",
                                       " in",  " and", "'s",  " for", NULL};
    size_t n = strlen(summary);
    for (const char *const *w = open; *w; w++) {
        size_t k = strlen(*w);
        if (n >= k && !strcmp(summary + n - k, *w))
            return true;
    }
    return false;
}

/* A summary starts at its clause's subject, not inside a name or after
 * "when", and ends where a phrase does. */
static void test_summary_starts_at_the_subject(void **state)
{
    (void)state;
    afs_article *a = load(
        "Waters\n"
        "Relations between the two countries were strained last week when a "
        "Norland patrol boat entered waters near the island of Kesk. The "
        "suspect, Arlo Mendes, was convicted of theft on Friday. Late on "
        "Friday, after a long and often bitter debate over the budget, the "
        "regional council of Velmar and the mayor's office approved a plan "
        "to rebuild the old harbour.\n",
        "2019-11-20");
    assert_string_equal(summary_of(a, "entered"),
                        "A Norland patrol boat entered waters near the island "
                        "of Kesk");
    assert_true(strncmp(summary_of(a, "convicted"), "The suspect, Arlo Mendes",
                        24) == 0);
    /* the main clause after the opening phrase is no tail to cut */
    const char *debate = summary_of(a, "debate");
    assert_null(strstr(debate, "regional council"));
    for (size_t i = 0; i < a->event_count; i++) {
        const char *s = a->events[i].summary;
        assert_false(ends_open(s));
        assert_true(s[0] >= 'A' && s[0] <= 'Z');
    }
    afs_article_free(a);
}

/* A line cut short ends where a phrase does: not inside "between X and
 * Y", not before the "of" its last noun needs. */
static void test_summary_leaves_no_phrase_open(void **state)
{
    (void)state;
    afs_article *a = load(
        "Harbour talks\n"
        "Port official Lena Marsh told reporters on Monday that she attended "
        "a long and difficult meeting at the old harbour offices in Velmar "
        "between Mayor Tomas Ruiz and the dock workers' union.\n",
        "2026-01-03");
    const char *meeting = summary_of(a, "meeting");
    assert_non_null(strstr(meeting, "meeting at the old harbour"));
    const char *between = strstr(meeting, "between");
    assert_true(between == NULL || strstr(between, " and "));
    for (size_t i = 0; i < a->event_count; i++) {
        const char *s = a->events[i].summary;
        assert_false(ends_open(s));
        if (strstr(s, "Tomas Ruiz"))
            assert_non_null(strstr(s, "union"));
    }
    afs_article_free(a);
}

/* A line cut by the clause's reach does not end on a preposition and a
 * gerund that waits for what it does ("by suggesting"). */
static void test_summary_ends_before_a_gerund(void **state)
{
    (void)state;
    afs_article *a = load(
        "Ports\n"
        "Governor Ivo Marr, the region's first female governor, had "
        "previously stirred controversy in late last year by suggesting that "
        "the northern ports could be closed to foreign ships within weeks.\n",
        "2026-01-03");
    const char *line = summary_of(a, "controversy");
    assert_non_null(strstr(line, "late last year"));
    /* whole months: September to December */
    assert_string_equal(date_of(a, "controversy"), "2025-09-01");
    assert_string_equal(end_of(a, "controversy"), "2025-12-31");
    size_t n = strlen(line);
    assert_false(n >= 10 && strcmp(line + n - 10, "suggesting") == 0);
    afs_article_free(a);
}

/* A place "in" another told right after it says where more nearly; "the
 * city's X" is X; a place after a title's "to" is whose title; "in a
 * speech" happens at the dateline's place. */
static void test_where_inside_and_titles(void **state)
{
    (void)state;
    afs_article *a = load(
        "Tour\n"
        "OSLO, Norway (AP) — Premier Ada Lind said in a speech to students "
        "that trade would grow.\n\n"
        "Marr fell.\n\nVey fell.\n\nAnker fell.\n\n"
        "Lind visited the Lofoten fishing village in Nordland south of "
        "Tromso on Tuesday.\n\n"
        "Lind met Governor Ivo Marr and paid a visit to the city’s Kvarner "
        "prison.\n\n"
        "Former envoy to Sweden Per Anker later met Lind.\n",
        "2026-01-03");
    assert_string_equal(where_of(a, "speech"), "Oslo");
    assert_string_equal(where_of(a, "visited"), "Lofoten");
    assert_string_equal(where_of(a, "paid a visit"), "Kvarner prison");
    /* "would grow" ends a line whole */
    assert_non_null(strstr(summary_of(a, "speech"), "would grow"));
    assert_non_null(event_with(a, "later met"));
    assert_string_equal(where_of(a, "later met"), "none");
    afs_article_free(a);
}

/* Joined verbs share the first one's subject; a relative clause's
 * subject is the noun it hangs on; a name after a preposition is no
 * subject; a line ends neither inside a clause it begins nor on a
 * participle cut from its phrase. */
static void test_summary_subjects_and_open_tails(void **state)
{
    (void)state;
    afs_article *a = load(
        "Rink news\n"
        "In the first half, Velmar captain Ivo Marr went after Lars Vey and "
        "threw punches.\n"
        "The ferry was quickly spotted by the Velmar coast guard and was "
        "tracked by a tug as it drifted toward the rocks near the harbour.\n"
        "Governor Ada Lind, who lost her reelection bid this month, stayed "
        "home.\n"
        "Port chief Tomas Ruiz, meanwhile, told reporters at a press "
        "conference that the union — the largest in the region — will strike "
        "again.\n"
        "Council member Per Anker spoke to the press after it had once more "
        "passed fees on harbour goods imposed on March 1, as well as rents.\n",
        "2026-01-03");
    assert_string_equal(summary_of(a, "punches"),
                        "Velmar captain Ivo Marr went after Lars Vey and threw "
                        "punches");
    assert_true(strncmp(summary_of(a, "tracked"), "The ferry was", 13) == 0);
    assert_string_equal(summary_of(a, "lost"),
                        "Governor Ada Lind lost her reelection bid this month");
    const char *told = summary_of(a, "press conference");
    assert_null(strstr(told, "that the union"));
    for (size_t i = 0; i < a->event_count; i++) {
        const char *s = a->events[i].summary;
        assert_false(ends_open(s));
        size_t n = strlen(s);
        assert_false(n > 8 && !strcmp(s + n - 8, " imposed"));
    }
    afs_article_free(a);
}

/* A subject before an aside between it and its verb starts the line;
 * a noun trigger's line that would start at an object or inside a
 * phrase is its noun phrase, and ends before a comma and a verb. */
static void test_summary_subjects_before_asides(void **state)
{
    (void)state;
    afs_article *a = load(
        "Harbour news\n"
        "Two sailors — a cook and a pilot — who had been held by "
        "pirates off the coast since 2021 were released Monday in a swap "
        "for four fishermen.\n"
        "Velmar's governing coalition, the Harbour Union or HU, has recently "
        "proposed new fees on cargo ships.\n"
        "Complaints have been made against Senator Ivo Marr for a no-bid "
        "contract to a dredging firm.\n",
        "2026-01-03");
    assert_string_equal(summary_of(a, "released"),
                        "Two sailors were released Monday in a swap for four "
                        "fishermen");
    assert_true(strncmp(summary_of(a, "proposed"),
                        "Velmar's governing coalition has recently proposed",
                        50) == 0);
    assert_string_equal(summary_of(a, "contract"),
                        "A no-bid contract to a dredging firm");
    afs_article_free(a);
    a = load("Harbour news\n"
             "“We saw the need to move faster,” Ada Lind, deputy "
             "chief for planning in Velmar’s harbour office, said of that "
             "pier in a teleconference with reporters.\n",
             "2026-01-03");
    /* the words told before their teller are the occasion's line */
    assert_string_equal(summary_of(a, "move faster"),
                        "We saw the need to move faster");
    afs_article_free(a);
}

/* A that-clause told to its verb stays in a cut line, a relative one the
 * cut leaves open goes; an owner's mark the tokens keep apart and a short
 * quote are read through, not cut at. */
static void test_summary_told_clauses_and_quote_marks(void **state)
{
    (void)state;
    afs_article *a =
        load("Harbour news\n"
             "Velmar's highest court last week ruled that harbour firms must "
             "list the fees charged at their docks on every public notice "
             "board.\n",
             "2026-01-03");
    assert_string_equal(summary_of(a, "ruled"),
                        "Velmar's highest court last week ruled that harbour "
                        "firms must list the fees charged at their docks");
    afs_article_free(a);
    a = load("Harbour news\n"
             "Mayor Ines Carvalho decided to move the ferries' winter "
             "timetable from a late start to an early one.\n"
             "Arlo Mendes called it a \"plain betrayal\".\n"
             "Ostrand Shipping finalized a deal to buy six of Velmar Lines "
             "'s older ferries, officials said.\n",
             "2026-01-03");
    assert_non_null(
        strstr(summary_of(a, "decided"), "move the ferries' winter timetable"));
    assert_string_equal(summary_of(a, "called"),
                        "Arlo Mendes called it a \"plain betrayal\"");
    assert_string_equal(summary_of(a, "finalized"),
                        "Ostrand Shipping finalized a deal to buy six of "
                        "Velmar Lines 's older ferries");
    afs_article_free(a);
}

/* Asides go: a name's between commas before its verb (also one that
 * holds commas), a participle's after a noun phrase, and one that opens
 * with a preposition inside a told clause when its verb fits after it; a
 * "said" frame before a name and its verb goes too. */
static void test_summary_drops_asides(void **state)
{
    (void)state;
    afs_article *a = load(
        "Harbour news\n"
        "Mayor Ines Carvalho, the first engineer to lead Velmar, had "
        "earlier caused controversy in the spring.\n"
        "Port chief Arlo Mendes, meanwhile, signed a lease with Ostrand "
        "Shipping.\n"
        "Cmdr. Rui Sousa, a spokesman for Harbour Watch, the coast guard of "
        "Velmar and Ostrand, informed reporters on Monday that the pier was "
        "safe.\n",
        "2026-01-03");
    assert_string_equal(summary_of(a, "controversy"),
                        "Mayor Ines Carvalho had earlier caused controversy "
                        "in the spring");
    assert_string_equal(summary_of(a, "lease"),
                        "Port chief Arlo Mendes signed a lease with Ostrand "
                        "Shipping");
    assert_true(strncmp(summary_of(a, "reporters"),
                        "Cmdr. Rui Sousa informed reporters", 34) == 0);
    afs_article_free(a);
    a = load("Harbour news\n"
             "Two officials close to the talks said Carvalho has decided that "
             "raising harbour fees, in addition to closing two old piers on "
             "the south bank, requires a vote of the council.\n"
             "A 'fast track' harbour deal, once expected to be signed within "
             "days of a summer meeting between Carvalho and Mendes, could now "
             "be delayed until spring, dockers say.\n",
             "2026-01-03");
    assert_string_equal(summary_of(a, "decided"),
                        "Carvalho has decided that raising harbour fees "
                        "requires a vote of the council");
    assert_true(strncmp(summary_of(a, "harbour deal"),
                        "A 'fast track' harbour deal could now be", 40) == 0);
    afs_article_free(a);
}

/* The subject a line starts at: both names joined by "and", the noun a
 * relative clause hangs on before an "also from" aside, the clause after
 * "now that", and the subject before "among" and its object's name. */
static void test_summary_subjects_joined_and_framed(void **state)
{
    (void)state;
    afs_article *a = load(
        "Harbour news\n"
        "Lena Brandt kept the ferry running, then Tomas Hale and Ivo Marr "
        "defeated the Ostrand crew in the final race of the day.\n"
        "After a long season of storms, the Ostrand ferry will be joined by "
        "Sea Lark, also from Velmar Lines, which opens its route on "
        "Friday.\n"
        "Emails exchanged among United States Navy officials regarding a "
        "USD$12 billion dollar deal with shipbuilder Ostrand Works have been "
        "entered into the public record.\n",
        "2026-01-03");
    assert_string_equal(summary_of(a, "defeated"),
                        "Tomas Hale and Ivo Marr defeated the Ostrand crew in "
                        "the final race of the day");
    assert_string_equal(summary_of(a, "opens"),
                        "Sea Lark opens its route on Friday");
    assert_true(strncmp(summary_of(a, "dollar deal"),
                        "Emails exchanged among United States Navy", 41) == 0);
    afs_article_free(a);
    a = load("Harbour news\n"
             "The pilot Ada Lind was convicted on Monday.\n"
             "Now that her federal trial has ended, harbour officials in "
             "Velmar released the radar footage of the night when the two "
             "ferries hit the pier.\n",
             "2026-01-03");
    assert_string_equal(summary_of(a, "trial"), "Her federal trial has ended");
    afs_article_free(a);
}

/* A question asked inside a phrase ("to say which pier") is read from
 * its sentence's start; a plus sign on a name stays at a line's end. */
static void test_summary_questions_and_name_marks(void **state)
{
    (void)state;
    afs_article *a = load(
        "Harbour news\n"
        "Mayor Ines Carvalho said overwhelming demand led to long queues last "
        "week when Ostrand Shipping launched Sail+.\n"
        "Her refusal to say which pier she would use in a harbour referendum "
        "was also met with jeers.\n",
        "2026-01-03");
    assert_string_equal(summary_of(a, "launched"),
                        "Ostrand Shipping launched Sail+");
    assert_string_equal(summary_of(a, "referendum"),
                        "Her refusal to say which pier she would use in a "
                        "harbour referendum was also met with jeers");
    afs_article_free(a);
}

/* Joined verbs keep the modal they share, verbs joined after "to" their
 * object, and a score list is read to its end. */
static void test_summary_modals_and_score_lists(void **state)
{
    (void)state;
    afs_article *a = load(
        "Harbour news\n"
        "Ivo Marr, 41, could face up to five years in prison and have to pay "
        "$20,000 after pleading guilty to threatening to burn and sink a "
        "Velmar ferry owned by the harbour board of the city.\n"
        "Lena Brandt and Ada Lind rallied to defeat Tomas Hale and Ines Roca "
        "of Ostrand 6-7 (4), 6-4, 7-5 in the deciding doubles match in Group "
        "B, giving Velmar a 2-1 victory.\n",
        "2026-01-03");
    assert_string_equal(summary_of(a, "guilty"),
                        "Ivo Marr could face up to five years in prison and "
                        "have to pay $20,000 after pleading guilty");
    assert_string_equal(summary_of(a, "rallied"),
                        "Lena Brandt and Ada Lind rallied to defeat Tomas "
                        "Hale and Ines Roca of Ostrand 6-7 (4), 6-4, 7-5");
    afs_article_free(a);
}

/* A line that stops at a telling verb reads on into what it tells. */
static void test_summary_reads_what_is_told(void **state)
{
    (void)state;
    afs_article *a = load(
        "Harbour news\n"
        "Later, in remarks at the Velmar harbour office, Mayor Ines Carvalho "
        "said, \u201cWe will not close the old pier to the fishing boats of "
        "the town this winter.\u201d\n"
        "In a reflection of the dispute, the Harbour Board, which runs the "
        "docks, issued a statement warning that \u201cferries are entitled "
        "to safe berths and fair fees from the city in the months before the "
        "winter season.\u201d\n",
        "2026-01-03");
    assert_string_equal(summary_of(a, "Carvalho"),
                        "Mayor Ines Carvalho said, \u201cWe will not close the "
                        "old pier to the fishing boats of the town this "
                        "winter");
    assert_true(strncmp(summary_of(a, "warning"),
                        "Harbour Board issued a statement warning that "
                        "\u201cferries are entitled to safe berths",
                        strlen("Harbour Board issued a statement warning "
                               "that \u201cferries are entitled to safe "
                               "berths")) == 0);
    afs_article_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_more_date_forms),
        cmocka_unit_test(test_dates_ahead_and_behind),
        cmocka_unit_test(test_times_of_games_and_nouns),
        cmocka_unit_test(test_the_triggers_own_time),
        cmocka_unit_test(test_where_from_locatives),
        cmocka_unit_test(test_where_venue_in_the_datelines_country),
        cmocka_unit_test(test_where_inside_and_titles),
        cmocka_unit_test(test_summary_starts_at_the_subject),
        cmocka_unit_test(test_summary_leaves_no_phrase_open),
        cmocka_unit_test(test_summary_ends_before_a_gerund),
        cmocka_unit_test(test_summary_subjects_and_open_tails),
        cmocka_unit_test(test_summary_subjects_before_asides),
        cmocka_unit_test(test_summary_told_clauses_and_quote_marks),
        cmocka_unit_test(test_summary_drops_asides),
        cmocka_unit_test(test_summary_subjects_joined_and_framed),
        cmocka_unit_test(test_summary_questions_and_name_marks),
        cmocka_unit_test(test_summary_modals_and_score_lists),
        cmocka_unit_test(test_summary_reads_what_is_told),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
