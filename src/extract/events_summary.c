/* Events: the summary line, who did what to whom in the clause's own
 * words, never cut inside a phrase. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "articlefs/lexicon.h"
#include "events_internal.h"
#include "words.h"

/* ---- summary ----------------------------------------------------------- */

/* Cutting before token k leaves whole phrases: k starts a phrase (a
 * preposition, a comma, the clause's end) and k - 1 ends one (no
 * function word, not inside a name). */
static bool is_phrase_end(const event_pass *p, size_t k, size_t last)
{
    if (k >= last)
        return true;
    if (has_class(p, k - 1, WC_FUNCTION))
        return false;
    return has_class(p, k, WC_COMMA | WC_PREPOSITION);
}

/* "in 18 Northern | and central California counties", "30 of Boeing |
 * 's jets": a cut that is_phrase_end allows but that splits a name or
 * the words before one. */
static bool splits_a_name(const event_pass *p, size_t k)
{
    const afs_text *t = p->x->text;
    if (k >= t->token_count)
        return false;
    if (t->tokens[k].flags & AFS_TF_POSSESSIVE)
        return true;
    /* "Boeing | 's jets", "the teams | ' rematch": an apostrophe the
     * tokens keep apart is still an owner's mark */
    if (t->tokens[k].kind == AFS_TOK_QUOTE && k + 1 < t->token_count &&
        ((afs_tok_is_ci(t, k + 1, "s") &&
          t->tokens[k + 1].start == t->tokens[k].end) ||
         (t->tokens[k].start == t->tokens[k - 1].end && is_word(t, k - 1) &&
          is_word(t, k + 1))))
        return true;
    bool joins = afs_tok_is_ci(t, k, "and") || afs_tok_is_ci(t, k, "or");
    bool open_word =
        t->tokens[k - 1].kind == AFS_TOK_NUMBER ||
        ((t->tokens[k - 1].flags & AFS_TF_CAPITAL) && !p->x->mention_at[k - 1]);
    return joins && open_word;
}

/* How many "and"s and "between"s a line's marks hold; a cut past them
 * scans. */
#define LINE_MARKS 8

/* The "and"s and "between"s of a line, found once: whether a cut leaves
 * a "between" waiting for its "and" is asked at many cuts of one line. */
typedef struct line_marks {
    size_t from, to; /* marked: [from, to) */
    size_t n;
    size_t at[LINE_MARKS];
    bool between[LINE_MARKS];
} line_marks;

static bool is_between_or_and(const afs_text *t, size_t j, bool *between)
{
    size_t n = afs_tok_len(t, j);
    *between = n == 7 && afs_tok_is_ci(t, j, "between");
    return *between || (n == 3 && afs_tok_is_ci(t, j, "and"));
}

static void mark_line(const event_pass *p, size_t from, size_t to,
                      line_marks *m)
{
    const afs_text *t = p->x->text;
    m->from = from;
    m->to = to;
    m->n = 0;
    for (size_t j = from; j < to; j++) {
        bool between = false;
        /* "and" and "between" are prepositions: the class test first */
        if (!has_class(p, j, WC_PREPOSITION) ||
            !is_between_or_and(t, j, &between))
            continue;
        if (m->n == LINE_MARKS) {
            m->to = j;
            return;
        }
        m->at[m->n] = j;
        m->between[m->n++] = between;
    }
}

/* The nearest "and" or "between" before k is "between". */
static bool between_open(const event_pass *p, const line_marks *m, size_t k)
{
    if (k <= m->to) {
        for (size_t i = m->n; i-- > 0;)
            if (m->at[i] < k)
                return m->between[i];
        return false;
    }
    const afs_text *t = p->x->text;
    for (size_t j = k; j-- > m->from;) {
        bool between = false;
        if (has_class(p, j, WC_PREPOSITION) &&
            is_between_or_and(t, j, &between))
            return between;
    }
    return false;
}

/* "would", "could", "must": a modal's verb waits for its object. By
 * length first: most words are none. */
static bool is_modal(const event_pass *p, size_t k)
{
    static const char *const modals[][5] = {{NULL},
                                            {NULL},
                                            {"do", NULL},
                                            {"can", "may", "did", NULL},
                                            {"will", "must", "does", NULL},
                                            {"would", "could", "might", NULL},
                                            {"should", NULL}};
    const afs_text *t = p->x->text;
    size_t n = afs_tok_len(t, k);
    /* the modals but "must" are closed words: the class test first */
    if (n < 2 || n >= sizeof modals / sizeof *modals ||
        (!has_class(p, k, WC_FUNCTION) && n != 4))
        return false;
    return afs_tok_is_one_of_ci(t, k, modals[n]);
}

/* "a talk between Lin | and Ortiz", "until the end | of May", "they would
 * need | to pay": a cut before k that leaves a phrase waiting for the
 * word it needs. The line's marks are m's. */
static bool leaves_phrase_open(const event_pass *p, const line_marks *m,
                               size_t k)
{
    const afs_text *t = p->x->text;
    if (k >= t->token_count || k < m->from + 2)
        return false;
    bool preposition = has_class(p, k, WC_PREPOSITION);
    if (preposition && afs_tok_len(t, k) == 2 && afs_tok_is_ci(t, k, "of") &&
        is_word(t, k - 1) && !has_class(p, k - 1, WC_FUNCTION))
        return true;
    /* "would grow." is whole: only a word after it waits */
    if (is_word(t, k) && is_word(t, k - 1) &&
        !(t->tokens[k - 1].flags & AFS_TF_CAPITAL) && is_modal(p, k - 2))
        return true;
    /* "by suggesting", "after years of serving": a gerund waits for
     * what it does */
    if (has_class(p, k - 2, WC_PREPOSITION) && is_participle(t, k - 1))
        return true;
    /* "to assault | and murder an official": verbs joined after "to"
     * share the object that follows */
    if (preposition && afs_tok_len(t, k) == 3 && afs_tok_is_ci(t, k, "and") &&
        afs_tok_is_ci(t, k - 2, "to") && is_word(t, k - 1) &&
        !(t->tokens[k - 1].flags & AFS_TF_CAPITAL) &&
        !has_class(p, k - 1, WC_FUNCTION) && k + 1 < t->token_count &&
        is_word(t, k + 1) && !has_class(p, k + 1, WC_FUNCTION))
        return true;
    return between_open(p, m, k);
}

/* The clause stops at k on its own (a comma, a stop, the sentence's
 * end), not where the reach of a clause ran out. */
static bool ends_by_itself(const event_pass *p, size_t k, size_t sentence_last)
{
    const afs_text *t = p->x->text;
    return k >= sentence_last || k >= t->token_count ||
           t->tokens[k].kind == AFS_TOK_PUNCT ||
           has_class(p, k, WC_COMMA | WC_HARD_STOP | WC_CLAUSE_OPENER);
}

static bool counts_as_word(const afs_text *t, size_t k)
{
    return t->tokens[k].kind == AFS_TOK_WORD ||
           t->tokens[k].kind == AFS_TOK_NUMBER;
}

/* "allowing", "entered", "openly", "was", "to": a word shaped like a
 * verb or an adverb, not a name. */
static bool verb_shaped(const event_pass *p, size_t k)
{
    const afs_text *t = p->x->text;
    /* the closed words a verb may be, by length: class first */
    static const char *const auxiliaries[][8] = {
        {NULL},
        {NULL},
        {"is", "be", "to", NULL},
        {"are", "was", "has", "had", "can", "may", "did", NULL},
        {"were", "been", "have", "will", "does", NULL},
        {"being", "would", "could", "might", NULL},
        {"should", NULL}};
    static const char *const verbs[] = {"once", "said", "told", "must", NULL};
    if (!is_word(t, k) || p->x->mention_at[k] ||
        ((t->tokens[k].flags & AFS_TF_CAPITAL) &&
         !(t->tokens[k].flags & AFS_TF_SENT_START)))
        return false;
    size_t n = afs_tok_len(t, k);
    if (has_class(p, k, WC_FUNCTION))
        return n < sizeof auxiliaries / sizeof *auxiliaries &&
               afs_tok_is_one_of_ci(t, k, auxiliaries[n]);
    const char *s = afs_tok_str(t, k);
    if (n <= 4)
        return n == 4 && afs_tok_is_one_of_ci(t, k, verbs);
    char a = afs_ascii_lower(s[n - 3]), b = afs_ascii_lower(s[n - 2]),
         c = afs_ascii_lower(s[n - 1]);
    return (b == 'e' && c == 'd') || (a == 'i' && b == 'n' && c == 'g') ||
           (b == 'l' && c == 'y');
}

/* ", which is planned for spring", "Allowing PG&E to begin": a clause
 * that starts at its verb, not at its subject (a trigger that opens it,
 * "Talks began", "Meeting", is taken for a noun unless it ends in -ed). */
static bool starts_at_verb(const event_pass *p, size_t from, size_t trigger)
{
    const afs_text *t = p->x->text;
    if (from >= trigger) {
        /* ", who lost": a relative pronoun's verb */
        static const char *const relatives[] = {"who", "which", NULL};
        return ends_in_ed(t, trigger) ||
               (trigger > 0 && afs_tok_is_one_of_ci(t, trigger - 1, relatives));
    }
    if (has_class(p, from, WC_PREPOSITION) &&
        !has_class(p, from, WC_DETERMINER))
        return afs_tok_is_ci(p->x->text, from, "by");
    /* "urging the PUC to | establish": an infinitive's verb */
    if (from > 0 && afs_tok_is_ci(t, from - 1, "to") && is_word(t, from) &&
        !(t->tokens[from].flags & AFS_TF_CAPITAL) &&
        !has_class(p, from, WC_FUNCTION))
        return true;
    return verb_shaped(p, from) && !has_class(p, from, WC_DETERMINER);
}

/* A word that may open the subject after "when" or a comma: a name, a
 * pronoun, a determiner, a number or a capitalised word. */
static bool opens_subject(const event_pass *p, size_t k)
{
    const afs_text *t = p->x->text;
    if (p->x->mention_at[k] || t->tokens[k].kind == AFS_TOK_NUMBER)
        return true;
    if (!is_word(t, k) || verb_shaped(p, k))
        return false;
    if (has_class(p, k, WC_PREPOSITION) && !has_class(p, k, WC_DETERMINER))
        return false;
    return has_class(p, k, WC_PRONOUN | WC_DETERMINER | WC_PAIR) ||
           afs_tok_is_ci(t, k, "a") || afs_tok_is_ci(t, k, "an") ||
           afs_tok_is_ci(t, k, "it") || (t->tokens[k].flags & AFS_TF_CAPITAL);
}

/* An "and" or "or" in [from, to): the words list more than one. */
static bool joins_before(const afs_text *t, size_t from, size_t to)
{
    for (size_t k = from; k < to; k++)
        if (afs_tok_is_ci(t, k, "and") || afs_tok_is_ci(t, k, "or"))
            return true;
    return false;
}

/* "when officers found", "as prices rose": a plural noun with no
 * article, a verb after it, opens a subject after a subordinator ("after
 * years of serving" is none). */
static bool bare_plural(const event_pass *p, size_t k)
{
    const afs_text *t = p->x->text;
    size_t n = afs_tok_len(t, k);
    const char *s = afs_tok_str(t, k);
    if (k + 1 >= t->token_count || !is_word(t, k) || n < 4 || s[n - 1] != 's' ||
        s[n - 2] == 's' || p->x->mention_at[k] ||
        (t->tokens[k].flags & AFS_TF_CAPITAL) || has_class(p, k, WC_FUNCTION) ||
        verb_shaped(p, k))
        return false;
    return is_word(t, k + 1) && !p->x->mention_at[k + 1] &&
           !(t->tokens[k + 1].flags & AFS_TF_CAPITAL) &&
           !has_class(p, k + 1,
                      WC_FUNCTION | WC_PREPOSITION | WC_COMMA | WC_HARD_STOP);
}

/* "strained last week when a Chinese submarine entered", "Boeing jets
 * Wednesday, it announced": the clause of the trigger starts after the
 * last subordinating word or comma before it that a subject follows. */
static size_t own_clause_start(const event_pass *p, size_t from, size_t trigger)
{
    const extraction *x = p->x;
    const afs_text *t = x->text;
    static const char *const subordinators[] = {
        "when",  "as",     "after",    "because", "while", "that",
        "where", "though", "although", "before",  "since", NULL};
    /* a subject further back makes too long a line to start at */
    size_t stop =
        trigger > from + OWN_CLAUSE_REACH ? trigger - OWN_CLAUSE_REACH : from;
    for (size_t k = trigger; k-- > stop + 1;) {
        uint16_t c = class_of(p, k - 1);
        if (!(c & (WC_COMMA | WC_OPENS_AFTER_COMMA | WC_CLAUSE_OPENER |
                   WC_PREPOSITION)))
            continue;
        bool comma = (c & WC_COMMA) != 0;
        /* no subordinator has three letters, and "as" alone two */
        size_t n = afs_tok_len(t, k - 1);
        if (!comma &&
            (n < 2 || n == 3 || (n == 2 && !afs_tok_is_ci(t, k - 1, "as")) ||
             (n > 2 && !afs_tok_is_one_of_ci(t, k - 1, subordinators))))
            continue;
        /* "since March": a time, not a clause */
        const time_expr *te = time_in_range(x, k - 1, trigger);
        if (te && te < x->times.v + x->times.n && te->first == k - 1)
            continue;
        bool subject = opens_subject(p, k) || (!comma && bare_plural(p, k));
        /* "Esper, the secretary, said", "Trump, Xi and Putin met": one
         * subject with an appositive or a list */
        if (comma && (!subject || (k >= from + 2 && x->mention_at[k - 2] &&
                                   joins_before(t, k, trigger))))
            return from;
        /* "the party became embroiled ... when it posted": a pronoun
         * after a subordinator tells less than the line's own subject */
        /* ("now that his trial has ended": "his" is no subject) */
        if (subject && !comma && opens_subject(p, from) &&
            ((has_class(p, k, WC_PRONOUN) && !has_class(p, k, WC_DETERMINER)) ||
             afs_tok_is_ci(t, k, "it")))
            return from;
        if (subject)
            return k;
    }
    return from;
}

/* "Two people briefed on the talks said | Trump has decided": the
 * clause a "said" frames, when a name opens it and a verb follows the
 * name before the trigger, is the happening; its teller is no part of
 * it. The clause's first token, or from. */
static size_t reported_clause_start(const event_pass *p, size_t from,
                                    size_t trigger)
{
    const extraction *x = p->x;
    const afs_text *t = x->text;
    for (size_t k = trigger; k-- > from + 1;) {
        /* most words are not four letters from an "s" */
        if (afs_tok_len(t, k - 1) != 4 || *afs_tok_str(t, k - 1) != 's' ||
            (!afs_tok_is(t, k - 1, "said") && !afs_tok_is(t, k - 1, "says")))
            continue;
        uint32_t m = x->mention_at[k];
        if (!m || x->mentions.v[m - 1].title_first != k)
            return from;
        size_t after = x->mentions.v[m - 1].last;
        return after < trigger && verb_shaped(p, after) ? k : from;
    }
    return from;
}

/* "Mourinho's | representatives", "Feliciano | Lopez", "the | jury": a
 * start inside a noun phrase goes back to the phrase's first word; a
 * verb ("trying") starts no noun phrase. */
static size_t phrase_start(const event_pass *p, size_t sentence_first,
                           size_t from)
{
    const extraction *x = p->x;
    const afs_text *t = x->text;
    /* "state | of the art": "of" goes on a noun phrase before it */
    if (from > sentence_first + 1 && afs_tok_is_ci(t, from, "of") &&
        is_word(t, from - 1) && !has_class(p, from - 1, WC_FUNCTION) &&
        !verb_shaped(p, from - 1) &&
        (!is_reporting_verb(t, from - 1) || !opens_subject(p, from - 2) ||
         has_class(p, from - 2, WC_DETERMINER)))
        from--;
    if (!is_word(t, from) || verb_shaped(p, from) ||
        has_class(p, from, WC_FUNCTION))
        return from;
    bool common = !(t->tokens[from].flags & AFS_TF_CAPITAL);
    size_t k = from;
    for (size_t steps = 0; k > sentence_first && steps < 6; steps++) {
        size_t j = k - 1;
        if (!is_word(t, j) && t->tokens[j].kind != AFS_TOK_NUMBER)
            break;
        bool possessive = (t->tokens[j].flags & AFS_TF_POSSESSIVE) != 0;
        bool owner = (t->tokens[k].flags & AFS_TF_POSSESSIVE) != 0;
        bool verb = verb_shaped(p, j);
        /* "Sino-Japanese contention", not "spent Monday | trying" */
        bool capital = (t->tokens[j].flags & AFS_TF_CAPITAL) &&
                       !has_class(p, j, WC_FUNCTION) && !verb &&
                       !afs_tok_in(t, j, AFS_LEX_TIME_WORDS);
        bool modifier = common && !(t->tokens[j].flags & AFS_TF_CAPITAL) &&
                        !has_class(p, j, WC_FUNCTION) && !verb &&
                        !is_reporting_verb(t, j);
        if (!(capital || possessive || owner || modifier))
            break;
        k = j;
    }
    if (k > sentence_first &&
        (afs_tok_is_ci(t, k - 1, "the") || afs_tok_is_ci(t, k - 1, "a") ||
         afs_tok_is_ci(t, k - 1, "an")))
        k--;
    return k;
}

/* "A 'phase one' | trade deal", "the U.S.' | War on Terror policy": a
 * start after a short quote or an owner's mark inside its noun phrase
 * goes back to the phrase's article. */
static size_t quoted_phrase_start(const event_pass *p, size_t sentence_first,
                                  size_t from)
{
    const afs_text *t = p->x->text;
    if (from < sentence_first + 2 ||
        t->tokens[from - 1].kind != AFS_TOK_QUOTE || !is_word(t, from) ||
        t->tokens[from - 1].start == t->tokens[from].end)
        return from;
    size_t k = from - 1, open = SIZE_MAX;
    for (size_t j = k; j-- > sentence_first && j + 5 > k;)
        if (t->tokens[j].kind == AFS_TOK_QUOTE) {
            open = j;
            break;
        }
    if (open != SIZE_MAX && open + 1 < k)
        k = open;
    else if (splits_a_name(p, from - 1))
        k = phrase_start(p, sentence_first, from - 2);
    else
        return from;
    if (k > sentence_first &&
        (has_class(p, k - 1, WC_DETERMINER) || afs_tok_is_ci(t, k - 1, "a") ||
         afs_tok_is_ci(t, k - 1, "an")))
        return k - 1;
    return from;
}

/* "The suspect, | Michael Webb, was convicted": a name between commas
 * before the verb is an appositive; the line starts at its head. */
static size_t appositive_start(const event_pass *p, size_t sentence_first,
                               size_t from)
{
    const extraction *x = p->x;
    uint32_t m = x->mention_at[from];
    if (!m || from < sentence_first + 2 || !has_class(p, from - 1, WC_COMMA))
        return from;
    size_t after = x->mentions.v[m - 1].last;
    if (after + 1 >= x->text->token_count || !has_class(p, after, WC_COMMA) ||
        !verb_shaped(p, after + 1))
        return from;
    size_t k = from - 1;
    while (k > sentence_first && is_word(x->text, k - 1) &&
           !has_class(p, k - 1, WC_PREPOSITION) && k + 6 > from)
        k--;
    return k < from - 1 ? k : from;
}

static bool is_object_name(const event_pass *p, size_t first);

/* "Marcel Granollers and | Feliciano Lopez completed", "Gov. Eric
 * Holcomb and | leaders of the Legislature have avoided": a start after
 * "and" and a name goes back to the name, whom the verb has too (not
 * after a preposition: "between Lin and Ortiz" is its object). */
static size_t coordinated_start(const event_pass *p, size_t sentence_first,
                                size_t from)
{
    const extraction *x = p->x;
    const afs_text *t = x->text;
    for (size_t steps = 0; steps < 3 && from >= sentence_first + 2; steps++) {
        bool joins = afs_tok_is_ci(t, from - 1, "and") ||
                     afs_tok_is_ci(t, from - 1, "or") ||
                     has_class(p, from - 1, WC_COMMA);
        uint32_t m = x->mention_at[from - 2];
        if (!joins || !m || x->mentions.v[m - 1].last != from - 1)
            return from;
        size_t first = x->mentions.v[m - 1].title_first;
        /* "the headquarters of X and | the Force", "64 GW and | Seoul" */
        if (first > sentence_first &&
            (is_object_name(p, first) ||
             t->tokens[first - 1].kind == AFS_TOK_NUMBER))
            return from;
        /* "Trump, Xi and Putin": a comma joins only before an "and" */
        if (has_class(p, from - 1, WC_COMMA) && steps == 0)
            return from;
        from = first;
    }
    return from;
}

/* "(could face up to 10 years in) prison | and have to pay": a line
 * that opens with a lower-case noun, "and" and a verb starts inside the
 * object of an earlier verb; it starts at the verb it joins, whose
 * subject is the sentence's. */
static size_t joined_verb_start(const event_pass *p, size_t from,
                                size_t trigger)
{
    const afs_text *t = p->x->text;
    if (from + 2 >= trigger || !is_word(t, from) || p->x->mention_at[from] ||
        (t->tokens[from].flags & AFS_TF_CAPITAL) ||
        has_class(p, from, WC_FUNCTION) || verb_shaped(p, from) ||
        !afs_tok_is_ci(t, from + 1, "and") || !verb_shaped(p, from + 2) ||
        afs_tok_is_ci(t, from + 2, "to"))
        return from;
    /* "could face ten years in prison and | have to pay": the modal the
     * joined verbs share stays with them */
    for (size_t k = from, words = 0; k-- > 0 && words < SUMMARY_WORDS / 2;) {
        if (has_class(p, k, WC_COMMA | WC_HARD_STOP | WC_CLAUSE_OPENER) ||
            p->x->mention_at[k])
            break;
        if (is_modal(p, k) && !ends_in_ed(t, from + 2))
            return k;
        words += counts_as_word(t, k);
    }
    return from + 2;
}

/* "Takaichi's trip, which is planned for spring", "Gov. Matt Bevin, who
 * lost": the noun phrase a relative clause hangs on is its subject. */
static bool relative_subject(const event_pass *p, size_t sentence_first,
                             size_t from, summary_span *sum)
{
    const afs_text *t = p->x->text;
    static const char *const relatives[] = {"who", "which", NULL};
    if (from < sentence_first + 3 ||
        !afs_tok_is_one_of_ci(t, from - 1, relatives) ||
        !has_class(p, from - 2, WC_COMMA))
        return false;
    size_t head = from - 3;
    /* "White Noise, also from Universal, which opens": the relative
     * clause hangs on the noun before an aside that opens with "also" or
     * a preposition */
    for (size_t j = head, words = 0; j > sentence_first + 1 && words < 5; j--) {
        if (!has_class(p, j, WC_COMMA)) {
            words += counts_as_word(t, j);
            continue;
        }
        if (afs_tok_is_ci(t, j + 1, "also") ||
            (has_class(p, j + 1, WC_PREPOSITION) &&
             !has_class(p, j + 1, WC_DETERMINER | WC_CLAUSE_OPENER)))
            head = j - 1;
        break;
    }
    if (!is_word(t, head) || has_class(p, head, WC_FUNCTION) ||
        verb_shaped(p, head))
        return false;
    size_t first = phrase_start(p, sentence_first, head);
    /* "the port authority of Velmar, which" */
    for (size_t steps = 0; steps < 2 && first > sentence_first + 1 &&
                           afs_tok_is_ci(t, first - 1, "of");
         steps++)
        first = phrase_start(p, sentence_first, first - 1);
    sum->subject_first = first;
    sum->subject_last = head + 1;
    return true;
}

/* The subject of a clause that has none: the noun a relative clause
 * hangs on, the sentence's start when it is near, else the nearest name
 * before the clause in the sentence. */
static void find_subject(const event_pass *p, size_t sentence_first,
                         size_t from, summary_span *sum)
{
    const extraction *x = p->x;
    const afs_text *t = x->text;
    if (relative_subject(p, sentence_first, from, sum))
        return;
    size_t words = 0, k = from;
    while (k > sentence_first && words <= SUMMARY_WORDS / 2)
        words += counts_as_word(t, --k);
    if (k == sentence_first && words <= SUMMARY_WORDS / 2) {
        /* "At the White House, Trump said": the subject after the
         * opening phrase */
        sum->from = sentence_first;
        for (size_t j = sentence_first; j + 1 < from && j < sentence_first + 8;
             j++)
            if (has_class(p, j, WC_COMMA)) {
                if (has_class(p, sentence_first, WC_PREPOSITION) &&
                    opens_subject(p, j + 1))
                    sum->from = j + 1;
                break;
            }
        return;
    }
    words = 0;
    for (k = from; k-- > sentence_first;) {
        words += counts_as_word(t, k);
        /* "she was the director ..., and is most known for": a pronoun
         * subject stands for its name */
        static const char *const pronouns[] = {"he", "she", "they", "we", NULL};
        if (has_class(p, k, WC_PRONOUN) &&
            afs_tok_is_one_of_ci(t, k, pronouns)) {
            sum->subject_first = k;
            sum->subject_last = k + 1;
            return;
        }
        uint32_t m = x->mention_at[k];
        size_t e = m ? entity_at_token(x, k) : NO_ENTITY;
        if (e == NO_ENTITY)
            continue;
        const mention *mm = &x->mentions.v[m - 1];
        /* "the director of the Red Cross": a preposition's object */
        size_t before = mm->title_first;
        if (before > sentence_first && afs_tok_is_ci(t, before - 1, "the"))
            before--;
        if (before > sentence_first &&
            has_class(p, before - 1, WC_PREPOSITION) &&
            !has_class(p, before - 1, WC_DETERMINER)) {
            k = mm->first;
            continue;
        }
        /* a place is seldom the one who acts, unless it names whose:
         * "U.S. forces" */
        size_t head = mm->last;
        if (x->entities.v[e].kind == AFS_PLACE) {
            if (head + 1 >= from || !is_word(t, head) ||
                (t->tokens[head].flags & AFS_TF_CAPITAL) ||
                has_class(p, head, WC_FUNCTION) || verb_shaped(p, head))
                continue;
            head++;
        }
        /* "Rudolph should be disciplined by the league": near, the words
         * between stay */
        bool near = words <= 6;
        for (size_t j = head; near && j < from; j++)
            near = !has_class(p, j, WC_COMMA | WC_HARD_STOP);
        if (near) {
            sum->from = mm->title_first;
        } else {
            sum->subject_first = mm->title_first;
            sum->subject_last = head;
        }
        return;
    }
}

static bool has_finite_verb(const event_pass *p, size_t from, size_t to);

/* "an area that was burned", not "ruled that", "announced Nov. 18
 * that": a "that" after a noun opens a relative clause. */
static bool relative_that(const event_pass *p, size_t k)
{
    const afs_text *t = p->x->text;
    if (k == 0 || !afs_tok_is_ci(t, k, "that") || !is_word(t, k - 1))
        return false;
    size_t before = k - 1;
    return !has_class(p, before, WC_FUNCTION) && !verb_shaped(p, before) &&
           !is_reporting_verb(t, before) &&
           !afs_tok_in(t, before, AFS_LEX_TIME_WORDS) &&
           !(t->tokens[before].flags & AFS_TF_CAPITAL);
}

/* Where a summary cut before its clause's end stops: not after "that" or
 * "whether" (a clause begun, not told), not a short tail after a comma. */
static size_t whole_tail(const event_pass *p, size_t trigger_last, size_t end)
{
    const afs_text *t = p->x->text;
    static const char *const openers[] = {"that", "whether", "if", NULL};
    size_t words = 0;
    bool comma_after = false;
    for (size_t k = end; k-- > trigger_last;) {
        if (has_class(p, k, WC_COMMA) && words <= 4)
            return k;
        /* "ruled that EU countries must identify products": a clause
         * told to its verb is whole; "an area that was burned | in a
         * wildfire" is a relative clause the cut leaves open (one on the
         * trigger tells of it: "a deal that fails to address") */
        size_t n = afs_tok_len(t, k);
        if ((n == 2 || n == 4 || n == 7) && has_class(p, k, WC_FUNCTION) &&
            afs_tok_is_one_of_ci(t, k, openers) &&
            (!has_finite_verb(p, k + 1, end) ||
             (!comma_after && k > trigger_last && relative_that(p, k))))
            return k;
        comma_after = comma_after || has_class(p, k, WC_COMMA);
        words += counts_as_word(t, k);
    }
    return end;
}

/* "Arlo Mendes, the chief of Ostrand Rail, signed": the name an
 * appositive ending at the name at k describes, or k. */
static size_t appositive_head(const event_pass *p, size_t from, size_t k)
{
    const extraction *x = p->x;
    uint32_t m = x->mention_at[k];
    if (!m)
        return k;
    size_t after = x->mentions.v[m - 1].last;
    if (!has_class(p, after, WC_COMMA))
        return k;
    for (size_t j = k, words = 0; j-- > from && words < 6;) {
        if (has_class(p, j, WC_COMMA)) {
            uint32_t head = j > from ? x->mention_at[j - 1] : 0;
            return head ? x->mentions.v[head - 1].title_first : k;
        }
        words += counts_as_word(x->text, j);
    }
    return k;
}

/* "After a long debate over the budget, the regional council of Velmar
 * | (approved ...)", "in a speech to the Academy, a government
 * university": a cut line whose last comma opens a noun phrase with no
 * verb after it (a subject cut from its verb, an appositive) ends at that
 * comma. */
static size_t verbless_tail_start(const event_pass *p, size_t trigger_last,
                                  size_t end)
{
    const afs_text *t = p->x->text;
    size_t comma = end;
    for (size_t k = end; k-- > trigger_last && comma == end;)
        if (has_class(p, k, WC_COMMA))
            comma = k;
    /* "6-4, 7-6": a score goes on */
    if (comma == end || comma + 1 >= end || !is_word(t, comma + 1) ||
        !opens_subject(p, comma + 1))
        return end;
    for (size_t k = comma + 1; k < end; k++)
        if (verb_shaped(p, k) || afs_tok_is_ci(t, k, "and"))
            return end;
    return comma;
}

/* "spotted by the coast guard and was tracked", "went after Ek and
 * threw punches": the "and" that joins the trigger's verb group to what
 * comes before, or SIZE_MAX. */
static size_t joining_and(const event_pass *p, size_t from, size_t trigger)
{
    const afs_text *t = p->x->text;
    size_t k = trigger;
    while (k > from && k + 3 > trigger && is_word(t, k - 1) &&
           !p->x->mention_at[k - 1] &&
           !(t->tokens[k - 1].flags & AFS_TF_CAPITAL) &&
           !has_class(p, k - 1, WC_DETERMINER | WC_PREPOSITION))
        k--;
    return k > from && afs_tok_is_ci(t, k - 1, "and") ? k - 1 : SIZE_MAX;
}

/* A verb in [from, to), not an adverb or "to"; with finite_only, no
 * "-ing" form either ("that rolling back tariffs" makes no clause). */
static bool verb_among(const event_pass *p, size_t from, size_t to,
                       bool finite_only)
{
    const afs_text *t = p->x->text;
    for (size_t k = from; k < to; k++) {
        size_t n = afs_tok_len(t, k);
        const char *s = afs_tok_str(t, k);
        bool adverb = n > 2 && s[n - 2] == 'l' && s[n - 1] == 'y';
        if (verb_shaped(p, k) && !afs_tok_is_ci(t, k, "to") && !adverb &&
            !(finite_only && ends_in_ing(t, k)))
            return true;
    }
    return false;
}

/* The words hold a clause. */
static bool has_verb_between(const event_pass *p, size_t from, size_t to)
{
    return verb_among(p, from, to, false);
}

/* A verb that makes a clause in [from, to). */
static bool has_finite_verb(const event_pass *p, size_t from, size_t to)
{
    return verb_among(p, from, to, true);
}

/* "that", "whether", "if", "when", "because", "while", "although" begin
 * a clause; "to" does before a reporting verb ("to say"). By length
 * first. */
enum clause_opening { OPENS_NOT, OPENS, OPENS_IF_REPORTING };

static enum clause_opening clause_opening(const afs_text *t, size_t k)
{
    bool opens = false;
    switch (afs_tok_len(t, k)) {
    case 2:
        if (afs_tok_is_ci(t, k, "to"))
            return OPENS_IF_REPORTING;
        opens = afs_tok_is_ci(t, k, "if");
        break;
    case 4:
        opens = afs_tok_is_ci(t, k, "that") || afs_tok_is_ci(t, k, "when");
        break;
    case 5:
        opens = afs_tok_is_ci(t, k, "while");
        break;
    case 7:
        opens =
            afs_tok_is_ci(t, k, "whether") || afs_tok_is_ci(t, k, "because");
        break;
    case 8:
        opens = afs_tok_is_ci(t, k, "although");
        break;
    default:
        break;
    }
    return opens ? OPENS : OPENS_NOT;
}

/* "told reporters that the airline", "wondering if higher purchases of
 * farm goods", "to say Sondland", "the goods imposed", "the prison,
 * dubbed": a line that ends inside a clause it has begun (a subordinator,
 * "to" and a reporting verb, a participle with no complement) with no
 * verb after ends before it. */
static size_t open_clause_start(const event_pass *p, size_t trigger_last,
                                size_t end, size_t to)
{
    const afs_text *t = p->x->text;
    /* "to say Sondland did": the function words at the end go later */
    size_t words_end = end;
    while (words_end > trigger_last + 1 &&
           has_class(p, words_end - 1, WC_FUNCTION) &&
           !has_class(p, words_end - 1, WC_PRONOUN))
        words_end--;
    /* a clause begun with no verb is a short tail: the last words */
    size_t stop = end > trigger_last + OPEN_TAIL_WORDS ? end - OPEN_TAIL_WORDS
                                                       : trigger_last;
    for (size_t k = end; k-- > stop;) {
        /* every opener is a closed word: most words are passed over */
        if (!has_class(p, k,
                       WC_FUNCTION | WC_CLAUSE_OPENER | WC_OPENS_AFTER_COMMA))
            continue;
        enum clause_opening o = clause_opening(t, k);
        if (o == OPENS_NOT || (o == OPENS_IF_REPORTING &&
                               (k + 1 >= end || !is_reporting_verb(t, k + 1))))
            continue;
        size_t after = k + 1 + (o == OPENS_IF_REPORTING);
        return has_finite_verb(p, after, words_end) ? end : k;
    }
    /* a participle that ends the line, after a noun or a comma: its
     * phrase reads on when it ends near ("goods imposed | on Sept. 1") */
    size_t last = end - 1;
    /* "dubbed the": the function words go; "sealed it" is whole */
    static const char *const objects[] = {"it", "them", "him", "us", NULL};
    while (last > trigger_last && has_class(p, last, WC_FUNCTION))
        if (afs_tok_is_one_of_ci(t, last--, objects))
            return end;
    if (last < trigger_last + 2 || !ends_in_ed(t, last) ||
        p->x->mention_at[last])
        return end;
    end = last + 1;
    size_t before = last - 1;
    bool noun = is_word(t, before) &&
                !(t->tokens[before].flags & AFS_TF_CAPITAL) &&
                !has_class(p, before, WC_FUNCTION) && !verb_shaped(p, before) &&
                !afs_tok_in(t, before, AFS_LEX_TIME_WORDS);
    bool comma = has_class(p, before, WC_COMMA);
    if (!noun && !comma)
        return end;
    const unsigned stops = WC_COMMA | WC_HARD_STOP | WC_CLAUSE_OPENER;
    size_t k = end;
    for (size_t words = 0; k < to && !has_class(p, k, stops); k++)
        if ((words += counts_as_word(t, k)) > SUMMARY_OVERRUN)
            break;
    bool phrase_ends = k == to || has_class(p, k, stops);
    if (k > end && phrase_ends && !has_class(p, k - 1, WC_FUNCTION))
        return k;
    return comma ? before : last;
}

/* "In remarks at the party's headquarters, Esper said": a clause that
 * is a phrase before the sentence's subject reads on into the clause
 * the subject opens (the word limit cuts it). */
static size_t main_clause_end(const event_pass *p, size_t from, size_t to,
                              const event *ev)
{
    const afs_text *t = p->x->text;
    size_t sentence_last = t->sentences[ev->sentence].last;
    if (!has_class(p, from, WC_PREPOSITION) ||
        has_class(p, from, WC_DETERMINER) || to + 1 >= sentence_last ||
        !has_class(p, to, WC_COMMA) || !opens_subject(p, to + 1))
        return to;
    size_t end = to + 1;
    while (end < sentence_last && end < to + CLAUSE_REACH &&
           !has_class(p, end, WC_HARD_STOP | WC_CLAUSE_OPENER))
        end++;
    return end;
}

/* How many words a quote may hold that a line reads through. */
#define SHORT_QUOTE_WORDS 6

/* The closing mark of a short quote that opens at k ("called it an
 * "extremely adverse development""), or SIZE_MAX. */
static size_t short_quote_close(const afs_text *t, size_t k, size_t last)
{
    if (k == 0 || t->tokens[k].kind != AFS_TOK_QUOTE ||
        t->tokens[k].start == t->tokens[k - 1].end)
        return SIZE_MAX;
    for (size_t j = k + 1, words = 0; j < last && words <= SHORT_QUOTE_WORDS;
         j++) {
        if (t->tokens[j].kind == AFS_TOK_QUOTE)
            return j > k + 1 ? j : SIZE_MAX;
        words += counts_as_word(t, j);
    }
    return SIZE_MAX;
}

/* "Disney+", "C++": a plus sign on its word is the name's. */
static bool is_name_mark(const afs_text *t, size_t k)
{
    return k > 0 && t->tokens[k].kind == AFS_TOK_PUNCT &&
           afs_tok_is(t, k, "+") && is_word(t, k - 1) &&
           t->tokens[k].start == t->tokens[k - 1].end;
}

/* A quote mark in the line's last tokens closes one the line opens. */
static bool closes_a_quote(const afs_text *t, size_t from, size_t k)
{
    if (t->tokens[k].kind != AFS_TOK_QUOTE)
        return false;
    size_t marks = 0;
    for (size_t j = from; j < k; j++)
        marks += t->tokens[j].kind == AFS_TOK_QUOTE;
    return marks % 2 == 1;
}

/* "move the teams' Week 13 rematch", "called it an "extremely adverse
 * development"": a clause that stops at an owner's mark or a short quote
 * reads on through it, to the next stop. */
static size_t quote_mark_end(event_pass *p, size_t to, size_t sentence_last,
                             size_t *quoted_last)
{
    const afs_text *t = p->x->text;
    if (to >= sentence_last || t->tokens[to].kind != AFS_TOK_QUOTE)
        return to;
    size_t reach =
        to + CLAUSE_REACH < sentence_last ? to + CLAUSE_REACH : sentence_last;
    size_t k = to;
    while (k < reach) {
        if (t->tokens[k].kind == AFS_TOK_QUOTE) {
            size_t close = short_quote_close(t, k, reach);
            if (close != SIZE_MAX) {
                /* "called Omar a "terrorist" | and said": the quote ends
                 * the line's reading on, unless its noun follows
                 * ("denied 'sensational' claims") */
                *quoted_last = close;
                k = close + 1;
                if (k >= reach || !is_word(t, k) || p->x->mention_at[k] ||
                    (t->tokens[k].flags & AFS_TF_CAPITAL) ||
                    has_class(p, k, WC_FUNCTION | WC_OPENS_AFTER_COMMA))
                    break;
            } else if (splits_a_name(p, k))
                k++;
            else
                break;
            continue;
        }
        if (has_class(p, k, WC_HARD_STOP | WC_CLAUSE_OPENER | WC_COMMA))
            break;
        k++;
    }
    return k;
}

/* The first cut in [from, to) at most SUMMARY_OVERRUN words past it
 * that leaves whole phrases, or otherwise. */
static size_t next_phrase_end(const event_pass *p, const line_marks *m,
                              size_t from, size_t to, size_t otherwise)
{
    const afs_text *t = p->x->text;
    for (size_t k = from, words = 0; k < to && words <= SUMMARY_OVERRUN; k++) {
        if (k > from && is_phrase_end(p, k, to) && !splits_a_name(p, k) &&
            !leaves_phrase_open(p, m, k))
            return k;
        words += counts_as_word(t, k);
    }
    return otherwise;
}

/* "a deal that fails to address core property and | (9 words) | issues
 * is not a good deal | for": a phrase end a word or two past the limit
 * is taken over a cut that drops many more words before it. */
static size_t nearer_phrase_end(const event_pass *p, const line_marks *m,
                                size_t end, size_t limit, size_t to)
{
    const afs_text *t = p->x->text;
    size_t ahead = next_phrase_end(p, m, limit, to, SIZE_MAX);
    if (ahead == SIZE_MAX)
        return end;
    size_t dropped = 0, over = 0;
    for (size_t k = end; k < limit; k++) {
        /* "at Tor, | he would scribble": no further than the clause */
        if (has_class(p, k, WC_COMMA | WC_HARD_STOP))
            return end;
        dropped += counts_as_word(t, k);
    }
    for (size_t k = limit; k < ahead; k++)
        over += counts_as_word(t, k);
    return dropped > 2 * over + SUMMARY_OVERRUN ? ahead : end;
}

/* "take on Netflix", "secured France", "with Ukraine and": a name after a
 * preposition, a conjunction or a verb is an object, no subject. */
static bool is_object_name(const event_pass *p, size_t first)
{
    const afs_text *t = p->x->text;
    if (first == 0)
        return false;
    size_t k = first - 1;
    if (k > 0 && (afs_tok_is_ci(t, k, "the") || afs_tok_is_ci(t, k, "a")))
        k--;
    if (!is_word(t, k) || (t->tokens[k].flags & AFS_TF_CAPITAL))
        return false;
    /* the prepositions that start no phrase a summary may cut before */
    static const char *const prepositions[] = {"among", "upon", "via", NULL};
    if ((has_class(p, k, WC_PREPOSITION) && !has_class(p, k, WC_DETERMINER) &&
         !afs_tok_is_ci(t, k, "and") && !afs_tok_is_ci(t, k, "or")) ||
        (has_class(p, k, WC_FUNCTION) &&
         afs_tok_is_one_of_ci(t, k, prepositions)))
        return true;
    return !p->x->mention_at[k] && !has_class(p, k, WC_FUNCTION) &&
           ends_in_ed(t, k);
}

/* The start of the nearest name within eight words before the trigger
 * that is no object, or SIZE_MAX. */
static size_t nearest_subject_name(const event_pass *p, size_t from,
                                   size_t trigger)
{
    const extraction *x = p->x;
    size_t k = trigger, words = 0;
    while (k > from && words < 8) {
        words += counts_as_word(x->text, --k);
        uint32_t m = x->mention_at[k];
        if (!m || (k > from && x->mention_at[k - 1] == m))
            continue;
        if (!is_object_name(p, x->mentions.v[m - 1].title_first))
            return k;
    }
    return SIZE_MAX;
}

/* The time expression that ends right before token k, or NULL. */
static const time_expr *time_ending_at(const extraction *x, size_t k)
{
    size_t reach = k > 8 ? k - 8 : 0;
    for (const time_expr *te = time_in_range(x, reach, k);
         te && te < x->times.v + x->times.n && te->last <= k; te++)
        if (te->last == k && te->first < k)
            return te;
    return NULL;
}

/* "an opening win", "a newly revealed phone call": the article and
 * modifiers before a trigger that is a noun, or SIZE_MAX for a verb. */
static size_t noun_phrase_start(const event_pass *p, size_t from,
                                const event *ev)
{
    const afs_text *t = p->x->text;
    size_t k = ev->trigger_first;
    if (ends_in_ed(t, k) || is_reporting_verb(t, k))
        return SIZE_MAX;
    for (size_t steps = 0; k > from && steps < 5; steps++) {
        size_t j = k - 1;
        /* "the league's decision": over a common noun's possessive */
        if ((t->tokens[j].flags & AFS_TF_POSSESSIVE) && j > from + 1 &&
            is_word(t, j - 1) && !(t->tokens[j - 1].flags & AFS_TF_CAPITAL)) {
            k = j - 1;
            continue;
        }
        if (t->tokens[j].flags & AFS_TF_POSSESSIVE)
            return SIZE_MAX;
        if (has_class(p, j, WC_DETERMINER) || afs_tok_is_ci(t, j, "a") ||
            afs_tok_is_ci(t, j, "an"))
            return j;
        /* "a no-bid contract": a hyphen inside a word goes on */
        if (afs_tok_is(t, j, "-") && j > from && is_word(t, j - 1)) {
            k = j;
            continue;
        }
        /* "a scheduled Dec. 15 imposition": a date is a modifier */
        const time_expr *te = time_ending_at(p->x, k);
        if (te && te->first > from) {
            k = te->first;
            continue;
        }
        if ((!is_word(t, j) && t->tokens[j].kind != AFS_TOK_NUMBER) ||
            has_class(p, j, WC_FUNCTION | WC_COMMA) ||
            (t->tokens[j].flags & AFS_TF_CAPITAL))
            return SIZE_MAX;
        k = j;
    }
    return SIZE_MAX;
}

/* "unofficial direct (talks)": a few lower-case modifiers, no verb. */
static bool bare_modifiers(const event_pass *p, size_t from, size_t to)
{
    const afs_text *t = p->x->text;
    if (to > from + 4)
        return false;
    for (size_t k = from; k < to; k++)
        if (!is_word(t, k) || (t->tokens[k].flags & AFS_TF_CAPITAL) ||
            has_class(p, k, WC_FUNCTION) || verb_shaped(p, k))
            return false;
    return true;
}

/* A token of the classes in [trigger_last, to): asked before the noun
 * phrase of the trigger, which costs more to find. */
static bool class_after_trigger(const event_pass *p, const event *ev, size_t to,
                                unsigned classes)
{
    for (size_t k = ev->trigger_last; k < to; k++)
        if (has_class(p, k, classes))
            return true;
    return false;
}

/* "During a televised debate between Johnson and Corbyn": a line that
 * is the noun phrase of its trigger after a preposition reads without
 * the preposition. */
static size_t noun_line_start(const event_pass *p, const summary_span *sum,
                              const event *ev)
{
    const afs_text *t = p->x->text;
    size_t from = sum->from;
    if (sum->subject_first != sum->subject_last ||
        from + 1 >= ev->trigger_first || !has_class(p, from, WC_PREPOSITION) ||
        has_class(p, from, WC_DETERMINER | WC_CLAUSE_OPENER) ||
        afs_tok_is_ci(t, from, "to") || afs_tok_is_ci(t, from, "of") ||
        afs_tok_is_ci(t, from, "and") || afs_tok_is_ci(t, from, "or") ||
        class_after_trigger(p, ev, sum->to, WC_COMMA | WC_HARD_STOP) ||
        (noun_phrase_start(p, from + 1, ev) != from + 1 &&
         !bare_modifiers(p, from + 1, ev->trigger_first)))
        return from;
    return from + 1;
}

/* "Group A", "Plan B": a capital letter after a capitalised word ends
 * a name, no article. */
static bool ends_a_name(const afs_text *t, size_t k)
{
    return k > 0 && afs_tok_len(t, k) == 1 &&
           (t->tokens[k].flags & AFS_TF_CAPITAL) &&
           !(t->tokens[k].flags & AFS_TF_SENT_START) && is_word(t, k - 1) &&
           (t->tokens[k - 1].flags & AFS_TF_CAPITAL);
}

/* "The demand has officials wondering if | higher purchases of farm
 * goods": a line whose trigger stands in a clause it has begun, with no
 * verb of that clause in the line, starts at that clause. */
static size_t verbless_clause_start(const event_pass *p,
                                    const summary_span *sum, const event *ev)
{
    const afs_text *t = p->x->text;
    if (sum->subject_first != sum->subject_last)
        return sum->from;
    for (size_t k = ev->trigger_first; k-- > sum->from + 1;) {
        if (has_class(p, k, WC_COMMA | WC_HARD_STOP))
            return sum->from;
        /* "said of that on-ramp": after a preposition "that" points */
        if (!has_class(p, k, WC_FUNCTION) || clause_opening(t, k) != OPENS ||
            has_class(p, k - 1, WC_PREPOSITION))
            continue;
        return has_finite_verb(p, k + 1, sum->to) || k + 1 >= ev->trigger_first
                   ? sum->from
                   : k + 1;
    }
    return sum->from;
}

/* "since | 2016 were released", "under | fire for failing", "6-4, | 7-5
 * in the deciding match": a start at a preposition, inside its phrase
 * or at a score in a list. */
static bool inside_a_phrase(const event_pass *p, size_t k)
{
    const afs_text *t = p->x->text;
    if (k > 0 && t->tokens[k].kind == AFS_TOK_NUMBER &&
        has_class_across(p, k - 1, WC_COMMA))
        return true;
    for (size_t j = k; j + 2 > k && j > 0; j--)
        if (has_class_across(p, j, WC_PREPOSITION) &&
            !has_class(p, j, WC_DETERMINER) && !afs_tok_is_ci(t, j, "to"))
            return true;
    return false;
}

/* A line's start when the name nearest before the trigger, at k, is an
 * object: the trigger's own noun phrase, else a name further back that
 * is no object, else k. */
static size_t other_line_start(const event_pass *p, size_t from,
                               const event *ev, size_t k)
{
    size_t noun = noun_phrase_start(p, from, ev);
    if (noun != SIZE_MAX)
        return noun;
    size_t name = nearest_subject_name(p, from, ev->trigger_first);
    return name != SIZE_MAX ? name : k;
}

static bool is_dash(const afs_text *t, size_t k)
{
    return t->tokens[k].kind == AFS_TOK_PUNCT &&
           (afs_tok_is(t, k, "—") || afs_tok_is(t, k, "–") ||
            afs_tok_is(t, k, "--"));
}

static bool is_aside_mark(const event_pass *p, size_t k)
{
    return has_class(p, k, WC_COMMA) || is_dash(p->x->text, k);
}

/* "has recently proposed", "were released": where the verb group of
 * the trigger begins. */
static size_t verb_group_start(const event_pass *p, size_t from, size_t trigger)
{
    const afs_text *t = p->x->text;
    size_t k = trigger;
    while (k > from && is_word(t, k - 1) && !p->x->mention_at[k - 1] &&
           !(t->tokens[k - 1].flags & AFS_TF_CAPITAL) &&
           (verb_shaped(p, k - 1) || afs_tok_is_ci(t, k - 1, "not") ||
            afs_tok_is_ci(t, k - 1, "also")))
        k--;
    return k;
}

/* The last word of the subject before an aside that ends at close (a
 * comma before the verb, or the verb itself): the word before the
 * aside's opening comma or dash, or before a relative "who" whose
 * clause has a verb of its own; SIZE_MAX if there is none. The aside's
 * first word goes to *aside. */
static size_t head_before_aside(const event_pass *p, size_t sentence_first,
                                size_t close, size_t verb, size_t *aside)
{
    const afs_text *t = p->x->text;
    static const char *const relatives[] = {"who", "which", NULL};
    bool comma_closed = close < verb;
    for (size_t j = close, words = 0; j-- > sentence_first + 1 && words < 14;) {
        if (has_class(p, j, WC_HARD_STOP))
            return SIZE_MAX;
        /* "who" and "which" open clauses: a classified word is asked by
         * its class first */
        if ((!has_class(p, j, WC_CLASSIFIED) ||
             has_class(p, j, WC_CLAUSE_OPENER)) &&
            afs_tok_is_one_of_ci(t, j, relatives)) {
            *aside = j;
            if (!has_finite_verb(p, j + 1, close))
                return SIZE_MAX;
            if (!is_aside_mark(p, j - 1))
                return j - 1;
            /* "two hostages - an American and a Briton - who" */
            for (size_t i = j - 1, n = 0; i-- > sentence_first + 1 && n < 8;) {
                if (is_aside_mark(p, i))
                    return i - 1;
                n += counts_as_word(t, i);
            }
            return SIZE_MAX;
        }
        *aside = j + 1;
        if (comma_closed && is_aside_mark(p, j))
            return has_finite_verb(p, j + 1, close) ? SIZE_MAX : j - 1;
        words += counts_as_word(t, j);
    }
    return SIZE_MAX;
}

/* "Japan's ruling party", "Two hostages": the words of a subject that
 * ends at head, back to a function word or a stop ("ruling" is no verb
 * here: a subject holds none but an -ing modifier). */
static size_t subject_phrase_start(const event_pass *p, size_t sentence_first,
                                   size_t head)
{
    const afs_text *t = p->x->text;
    size_t k = head;
    for (size_t steps = 0; k > sentence_first && steps < 6; steps++) {
        size_t j = k - 1;
        /* "'s" is a determiner's word: an owner's mark goes on */
        if (t->tokens[j].flags & AFS_TF_POSSESSIVE) {
            k = j;
            continue;
        }
        if (!counts_as_word(t, j) || has_class(p, j, WC_FUNCTION) ||
            is_reporting_verb(t, j) ||
            (verb_shaped(p, j) && !ends_in_ing(t, j)))
            break;
        k = j;
    }
    if (k > sentence_first && has_class(p, k - 1, WC_DETERMINER))
        k--;
    return k;
}

/* "Japan's ruling party, the Liberal Democratic Party or LDP, has
 * proposed", "Two hostages - two teachers - who had been held since
 * 2016 were released": a line that would start inside an aside between
 * the subject and its verb takes the subject before the aside. */
static bool aside_subject(const event_pass *p, size_t sentence_first,
                          size_t from, const event *ev, summary_span *sum)
{
    const afs_text *t = p->x->text;
    size_t verb = verb_group_start(p, from, ev->trigger_first);
    /* "Clarke, an administrator, | said of it in a teleconference": a
     * noun trigger's line whose comma comes before a verb */
    bool noun = verb == ev->trigger_first && !verb_shaped(p, verb);
    for (size_t k = from + 1; noun && k + 1 < verb; k++)
        if (has_class(p, k, WC_COMMA) && has_finite_verb(p, k + 1, k + 2))
            noun = false, verb = k + 1;
    if (verb <= from + 1)
        return false;
    size_t close = has_class(p, verb - 1, WC_COMMA) ? verb - 1 : verb;
    size_t aside = 0;
    size_t head = head_before_aside(p, sentence_first, close, verb, &aside);
    /* "to say which side he would be on": no noun before "which"; a
     * line that starts before the aside has its subject */
    if (head == SIZE_MAX || aside >= from || head < sentence_first ||
        !counts_as_word(t, head) || has_class(p, head, WC_FUNCTION) ||
        verb_shaped(p, head) || is_reporting_verb(t, head) ||
        (head > 0 && afs_tok_is_ci(t, head - 1, "to")))
        return false;
    /* "the Commission, which regulates finances, | issued": the aside
     * closed before the line */
    for (size_t k = aside + 1; k < from; k++)
        if (is_aside_mark(p, k))
            return false;
    sum->from = verb;
    sum->subject_first = subject_phrase_start(p, sentence_first, head);
    sum->subject_last = head + 1;
    return true;
}

/* "against Vice President Cheney for a no-bid contract", "in addition to
 * cancelling a scheduled imposition", "6-4, 7-5 in the deciding match": a
 * noun trigger's line that starts at an object or inside a phrase, with
 * no verb before the trigger and no clause after it, is its noun
 * phrase. */
static size_t object_line_start(const event_pass *p, const summary_span *sum,
                                const event *ev)
{
    const extraction *x = p->x;
    const afs_text *t = x->text;
    size_t from = sum->from;
    if (sum->subject_first != sum->subject_last ||
        class_after_trigger(p, ev, sum->to, WC_COMMA | WC_HARD_STOP))
        return from;
    size_t noun = noun_phrase_start(p, from, ev);
    if (noun == SIZE_MAX || noun <= from || has_finite_verb(p, from, noun))
        return from;
    uint32_t m = x->mention_at[from];
    bool object = m && is_object_name(p, x->mentions.v[m - 1].title_first);
    bool preposition = has_class(p, from, WC_PREPOSITION) &&
                       !has_class(p, from, WC_DETERMINER) &&
                       !afs_tok_is_ci(t, from, "and") &&
                       !afs_tok_is_ci(t, from, "or");
    return object || preposition || inside_a_phrase(p, from) ? noun : from;
}

/* "a scheduled imposition of tariffs on goods, | requires concessions":
 * a line that is its noun trigger's phrase ends before a comma and a
 * verb, whose subject it is not. */
static size_t noun_line_end(const event_pass *p, const summary_span *sum,
                            const event *ev, size_t end)
{
    if (sum->subject_first != sum->subject_last || end == 0 ||
        !class_after_trigger(p, ev, end - 1, WC_COMMA) ||
        noun_phrase_start(p, sum->from, ev) != sum->from)
        return end;
    const afs_text *t = p->x->text;
    /* "requires" has no verb's shape: a plain lower-case word after the
     * comma, neither a participle's phrase nor an aside's article */
    for (size_t k = ev->trigger_last; k + 1 < end; k++)
        if (has_class(p, k, WC_COMMA) && is_word(t, k + 1) &&
            !p->x->mention_at[k + 1] &&
            !(t->tokens[k + 1].flags & AFS_TF_CAPITAL) &&
            !has_class(p, k + 1, WC_FUNCTION | WC_OPENS_AFTER_COMMA) &&
            (!verb_shaped(p, k + 1) || has_finite_verb(p, k + 1, k + 2)) &&
            !ends_in_ed(t, k + 1))
            return k;
    return end;
}

/* How many words a name's aside before its verb may hold ("Cmdr. Sean
 * Robertson, a spokesperson for Inherent Resolve, the U.S. military
 * operation against Islamic State in Iraq and Syria, told"). */
#define NAME_ASIDE_WORDS 18

/* "A 'phase one' trade deal, | once expected to be completed ..., could
 * now be pushed": a noun phrase with no name whose aside opens with a
 * participle ("The suspect, Michael Webb, was" keeps its name); the
 * aside's comma, or SIZE_MAX. */
static size_t participle_aside(const event_pass *p, size_t from)
{
    const afs_text *t = p->x->text;
    if (!has_class(p, from, WC_DETERMINER) && !afs_tok_is_ci(t, from, "a") &&
        !afs_tok_is_ci(t, from, "an"))
        return SIZE_MAX;
    size_t comma = SIZE_MAX;
    for (size_t k = from + 1; k < from + 8 && k + 1 < t->token_count; k++) {
        if (has_class_across(p, k, WC_COMMA)) {
            comma = k;
            break;
        }
        if (p->x->mention_at[k] ||
            (is_word(t, k) && has_class_across(p, k, WC_FUNCTION)))
            return SIZE_MAX;
    }
    if (comma == SIZE_MAX || !verb_shaped(p, comma + 1))
        return SIZE_MAX;
    for (size_t k = from + 1; k < comma; k++)
        if (verb_shaped(p, k))
            return SIZE_MAX;
    return comma;
}

/* "Prime Minister Takaichi, Japan's first female premier, had stirred",
 * "Tim Clark, meanwhile, told": a line that opens with a name and an
 * aside between commas before the verb reads without the aside, which
 * tells of the name, not of the happening. The name's end (the aside's
 * first comma) and the verb go to *name_end and *verb; the aside's
 * words are returned, 0 if there is none. */
static size_t name_aside_at(const event_pass *p, size_t from, size_t trigger,
                            size_t *name_end, size_t *verb)
{
    const extraction *x = p->x;
    const afs_text *t = x->text;
    /* the name starts the line, after its title or article at most */
    size_t k = from;
    while (k < from + 2 && k < trigger && !x->mention_at[k] && is_word(t, k))
        k++;
    uint32_t m = x->mention_at[k];
    size_t open = m ? x->mentions.v[m - 1].last : participle_aside(p, from);
    if ((m && x->mentions.v[m - 1].title_first > from + 1) ||
        open == SIZE_MAX || (m && open + 2 >= trigger) ||
        !has_class(p, open, WC_COMMA))
        return 0;
    /* a noun phrase's trigger is in it, before its aside */
    size_t last = trigger;
    if (!m) {
        if (trigger > open)
            return 0;
        last = open + 2 * CLAUSE_REACH <
                       t->sentences[t->tokens[open].sentence].last
                   ? open + 2 * CLAUSE_REACH
                   : t->sentences[t->tokens[open].sentence].last;
    }
    for (size_t j = open + 1, words = 0;
         j < last && words <= NAME_ASIDE_WORDS + (m ? 0 : 6); j++) {
        if (has_class(p, j, WC_HARD_STOP | WC_CLAUSE_OPENER))
            return 0;
        if (!has_class(p, j, WC_COMMA)) {
            words += counts_as_word(t, j);
            continue;
        }
        /* the verb group follows the aside, and the aside has none but
         * the participle that opens it */
        if (has_finite_verb(p, open + 1, j) && (m || !verb_shaped(p, open + 1)))
            return 0;
        if (!verb_shaped(p, j + 1))
            continue; /* "a spokesperson for X, the operation ..." */
        *name_end = open;
        *verb = j + 1;
        return words;
    }
    return 0;
}

/* A name's aside found at from: its end and verb, 0 verb if none. */
typedef struct name_aside {
    size_t from, name_end, verb, words;
} name_aside;

static name_aside find_name_aside(const event_pass *p, size_t from,
                                  size_t trigger)
{
    name_aside a = {.from = from};
    a.words = name_aside_at(p, from, trigger, &a.name_end, &a.verb);
    if (!a.words)
        a.verb = 0;
    return a;
}

/* The aside goes from the line (found is the aside looked for before,
 * at the line's first start). */
static size_t name_aside_dropped(event_pass *p, const event *ev,
                                 summary_span *sum, size_t to,
                                 const name_aside *found)
{
    if (sum->subject_first != sum->subject_last)
        return to;
    name_aside a = found->from == sum->from
                       ? *found
                       : find_name_aside(p, sum->from, ev->trigger_first);
    size_t name_end = a.name_end, verb = a.verb;
    if (!verb)
        return to;
    sum->subject_first = sum->from;
    sum->subject_last = name_end;
    sum->from = verb;
    /* the clause goes on after the aside, to its next stop */
    const afs_text *t = p->x->text;
    size_t last = t->sentences[ev->sentence].last;
    if (last > verb + CLAUSE_REACH)
        last = verb + CLAUSE_REACH;
    size_t stop = verb;
    while (stop < last &&
           !has_class(p, stop, WC_COMMA | WC_HARD_STOP | WC_CLAUSE_OPENER))
        stop++;
    return stop > to ? stop : to;
}

/* A "that" or "whether" in [from, to) begins a clause the line has not
 * yet told the verb of. */
static bool clause_opening_before(const event_pass *p, size_t from, size_t to)
{
    const afs_text *t = p->x->text;
    for (size_t k = to; k-- > from;)
        if (has_class(p, k, WC_FUNCTION) &&
            (afs_tok_is_ci(t, k, "that") || afs_tok_is_ci(t, k, "whether")))
            return !has_finite_verb(p, k + 1, to);
    return false;
}

/* "that rolling back tariffs, in addition to cancelling an imposition
 * of tariffs on goods, requires deeper concessions": an aside between
 * commas that opens with a preposition, after the trigger and before the
 * verb of the clause the line has begun, goes when the rest of the
 * clause fits the line without it. The line's words before the aside
 * become its head. */
static size_t inner_aside_dropped(event_pass *p, const event *ev,
                                  summary_span *sum, size_t to)
{
    const afs_text *t = p->x->text;
    if (sum->subject_first != sum->subject_last)
        return to;
    size_t open = ev->trigger_last > sum->from ? ev->trigger_last : sum->from;
    while (open < to && !has_class(p, open, WC_COMMA))
        open++;
    if (open + 2 >= to || !has_class(p, open + 1, WC_PREPOSITION) ||
        has_class(p, open + 1,
                  WC_DETERMINER | WC_CLAUSE_OPENER | WC_OPENS_AFTER_COMMA) ||
        afs_tok_is_ci(t, open + 1, "and") || afs_tok_is_ci(t, open + 1, "or") ||
        !clause_opening_before(p, sum->from, open))
        return to;
    size_t head = 0;
    for (size_t k = sum->from; k < open; k++)
        head += counts_as_word(t, k);
    /* the aside may run past the clause's reach */
    size_t last = t->sentences[ev->sentence].last;
    if (last > open + 2 * CLAUSE_REACH)
        last = open + 2 * CLAUSE_REACH;
    for (size_t k = open + 2; k + 1 < last; k++) {
        if (has_class(p, k, WC_HARD_STOP))
            return to;
        if (!has_class(p, k, WC_COMMA))
            continue;
        size_t verb = k + 1;
        /* "requires": a plain lower-case word, no name, no new clause */
        if (!is_word(t, verb) || p->x->mention_at[verb] ||
            (t->tokens[verb].flags & AFS_TF_CAPITAL) ||
            has_class(p, verb, WC_FUNCTION | WC_OPENS_AFTER_COMMA))
            return to;
        size_t tail = 0, end = verb;
        while (end < last && !has_class(p, end, WC_COMMA | WC_HARD_STOP))
            tail += counts_as_word(t, end++);
        if (head + tail > SUMMARY_WORDS ||
            (end < last && !has_class(p, end, WC_COMMA | WC_HARD_STOP)))
            return to;
        sum->subject_first = sum->from;
        sum->subject_last = open;
        sum->from = verb;
        return end;
    }
    return to;
}

/* "the font of the dossier that fueled the fantasy that led to (the
 * trigger)": a "that", "when" or "because" in [from, to) opens a clause
 * of its own, whose subject from is not. */
static bool clause_opening_between(const event_pass *p, size_t from, size_t to)
{
    for (size_t k = from; k < to; k++)
        if (has_class(p, k, WC_FUNCTION) &&
            clause_opening(p->x->text, k) == OPENS)
            return true;
    return false;
}

/* "His refusal to say which | side he would be on": a clause that
 * starts after a "which" or "whose" with no comma before it asks a
 * question inside a longer phrase; a line that would start there starts
 * at the sentence, when it is short enough to read whole. */
static size_t interrogative_start(const event_pass *p, size_t sentence_first,
                                  size_t from)
{
    const afs_text *t = p->x->text;
    if (from < sentence_first + 2 || !is_word(t, from - 2) ||
        !has_class(p, from - 1, WC_CLAUSE_OPENER) ||
        (!afs_tok_is_ci(t, from - 1, "which") &&
         !afs_tok_is_ci(t, from - 1, "whose")))
        return from;
    size_t words = 0;
    for (size_t k = sentence_first; k < from; k++) {
        if (has_class(p, k, WC_COMMA | WC_HARD_STOP))
            return from;
        words += counts_as_word(t, k);
    }
    return words <= SUMMARY_WORDS / 2 ? sentence_first : from;
}

/* Who did what to whom, in the clause's own words: from the clause's
 * start (or the subject nearest the trigger, in a long clause; or the
 * sentence's subject, for a clause that starts at its verb) to the last
 * phrase end within SUMMARY_WORDS words. */
/* "defeated them 6-7 | (4), 6-4, 7-5": a line that ends on a number a
 * list of numbers goes on from reads the list to its end. */
static size_t number_list_end(const afs_text *t, size_t end, size_t last)
{
    if (end == 0 || end >= last || t->tokens[end - 1].kind != AFS_TOK_NUMBER)
        return end;
    for (size_t k = end, items = 0; items < SUMMARY_OVERRUN * 2; items++) {
        bool bracketed = k + 2 < last && afs_tok_is(t, k, "(") &&
                         t->tokens[k + 1].kind == AFS_TOK_NUMBER &&
                         afs_tok_is(t, k + 2, ")");
        bool listed = k + 1 < last && afs_tok_is(t, k, ",") &&
                      t->tokens[k + 1].kind == AFS_TOK_NUMBER;
        if (bracketed)
            k += 3;
        else if (listed)
            k += 2;
        else
            return k;
        /* "6-4": a score the tokens part at its dash */
        while (k + 1 < last && afs_tok_is(t, k, "-") &&
               t->tokens[k + 1].kind == AFS_TOK_NUMBER)
            k += 2;
        end = k;
    }
    return end;
}

/* How many of a line's last tokens a telling verb may stand before the
 * words it tells ("told the Courier in 1999, "If ..."). */
#define TELLER_TAIL 6

/* Where the words a line's last telling verb tells start ("said, "We
 * oppose", "said that "lack of service", "issued a statement warning
 * that voters"), or SIZE_MAX: the line ends at a comma, a quote or a
 * "that" after a reporting verb with no comma between. */
static size_t told_words_start(const event_pass *p, const event *ev,
                               size_t from, size_t end, size_t sentence_last)
{
    const afs_text *t = p->x->text;
    /* the line may hold the comma before the quote */
    if (end > from + 1 && afs_tok_is(t, end - 1, ","))
        end--;
    size_t c = end;
    if (c < sentence_last && afs_tok_is(t, c, ","))
        c++;
    /* "the protests that began": a relative clause tells nothing */
    if (c < sentence_last && afs_tok_is_ci(t, c, "that") &&
        !relative_that(p, c))
        c++;
    else if (c >= sentence_last || t->tokens[c].kind != AFS_TOK_QUOTE)
        return SIZE_MAX;
    if (c < sentence_last && t->tokens[c].kind == AFS_TOK_QUOTE)
        c++;
    if (c >= sentence_last || c == end)
        return SIZE_MAX;
    for (size_t j = end; j-- > from && j + TELLER_TAIL >= end;) {
        if (has_class(p, j, WC_COMMA | WC_HARD_STOP))
            return SIZE_MAX;
        if (is_reporting_verb(t, j) ||
            (j >= ev->trigger_first && j < ev->trigger_last &&
             verb_shaped(p, j)))
            return c;
    }
    return SIZE_MAX;
}

static bool has_comma_between(const event_pass *p, size_t from, size_t to)
{
    for (size_t k = from; k < to; k++)
        if (has_class(p, k, WC_COMMA))
            return true;
    return false;
}

/* "Esper said", "Batjer said": a line that stops at a telling verb
 * before what it tells reads on into it, to its end or to the last
 * phrase end within the limit where its clause has its verb; an opening
 * phrase before the teller goes when the words need its room ("In
 * remarks at the headquarters, | Esper said, "We oppose ..."). */
static size_t told_words_end(event_pass *p, const event *ev, summary_span *sum,
                             size_t end, size_t sentence_last)
{
    const afs_text *t = p->x->text;
    size_t c = told_words_start(p, ev, sum->from, end, sentence_last);
    if (c == SIZE_MAX)
        return end;
    size_t reach =
        c + CLAUSE_REACH < sentence_last ? c + CLAUSE_REACH : sentence_last;
    size_t last = c;
    while (last < reach && !has_class(p, last, WC_HARD_STOP))
        last++;
    size_t used = 0;
    for (size_t k = sum->subject_first; k < sum->subject_last; k++)
        used += counts_as_word(t, k);
    size_t opener_end = sum->from;
    if (sum->subject_first == sum->subject_last &&
        has_class(p, sum->from, WC_PREPOSITION))
        for (size_t k = sum->from; k + 1 < end; k++)
            if (has_class(p, k, WC_COMMA)) {
                /* "In a statement released May 5, the day ..., it said":
                 * the opener ends at the teller's subject */
                opener_end = opens_subject(p, k + 1) &&
                                     !has_comma_between(p, k + 1, c - 2)
                                 ? k + 1
                                 : sum->from;
                break;
            }
    size_t told = 0, before = used, opener = 0;
    for (size_t k = sum->from; k < end; k++)
        *(k < opener_end ? &opener : &before) += counts_as_word(t, k);
    for (size_t k = c; k < last; k++)
        told += counts_as_word(t, k);
    /* a quote is a speaker's sentence; a that-clause needs its verb */
    bool quoted = t->tokens[c - 1].kind == AFS_TOK_QUOTE;
    bool whole = quoted || has_finite_verb(p, c, last);
    if (whole && before + opener + told <= SUMMARY_WORDS)
        return last;
    if (whole && before + told <= SUMMARY_WORDS + SUMMARY_OVERRUN) {
        sum->from = opener_end;
        return last;
    }
    sum->from = opener_end;
    size_t limit = c;
    for (size_t words = before; limit < last; limit++)
        if ((words += counts_as_word(t, limit)) > SUMMARY_WORDS)
            break;
    line_marks marks;
    mark_line(p, c, limit, &marks);
    for (size_t k = limit; k > c + 2; k--)
        if (is_phrase_end(p, k, last) && !splits_a_name(p, k) &&
            !leaves_phrase_open(p, &marks, k) &&
            (quoted || has_finite_verb(p, c, k)))
            return k;
    return end;
}

/* "7-6 (5)": the bracket a number's list closes stays. */
static bool closes_a_number(const afs_text *t, size_t k)
{
    return k >= 2 && afs_tok_is(t, k, ")") && afs_tok_is(t, k - 2, "(") &&
           t->tokens[k - 1].kind == AFS_TOK_NUMBER;
}

/* How far before an occasion ("in a speech", "Tuesday at the Code Media
 * conference") its telling verb may stand. */
#define OCCASION_REACH 12
/* How many tokens a bracketed aside at the told words' end may hold. */
#define ASIDE_WORDS 8

/* The telling verb of a line whose trigger is that verb or the occasion
 * after it, when nothing it tells follows it: "X announced Monday.", "X
 * said in a speech to Y."; or SIZE_MAX. */
static size_t bare_telling_verb(const event_pass *p, const event *ev,
                                size_t sentence_first, size_t sentence_last)
{
    const extraction *x = p->x;
    const afs_text *t = x->text;
    size_t j = ev->trigger_first;
    /* "established", "announced": a telling's own verb */
    /* "..., Polygraph.info has previously established.": a verb that
     * ends the sentence has its object before it */
    bool verb = (is_telling(ev) || (ev->trigger_last + 1 == sentence_last &&
                                    t->tokens[j + 1].kind == AFS_TOK_PUNCT)) &&
                verb_shaped(p, j);
    /* an occasion is a noun: another verb's line is no telling's */
    if (!verb &&
        (verb_shaped(p, j) || j == 0 || !has_class_across(p, j - 1, WC_WORD)))
        return SIZE_MAX;
    while (!verb && j > sentence_first &&
           j + OCCASION_REACH > ev->trigger_first && !is_reporting_verb(t, j)) {
        if (t->tokens[j - 1].kind == AFS_TOK_PUNCT)
            return SIZE_MAX;
        j--;
    }
    verb = verb || is_reporting_verb(t, j);
    if (!verb || j + 1 >= sentence_last)
        return verb ? j : SIZE_MAX;
    size_t k = j + 1;
    const time_expr *te = time_in_range(x, k, sentence_last);
    if (te && te < x->times.v + x->times.n && te->first == k)
        return j;
    /* "said in", "said of": a phrase; "said that", "said it": what */
    bool phrase = t->tokens[k].kind == AFS_TOK_WORD && afs_tok_len(t, k) <= 5 &&
                  (afs_tok_is_ci(t, k, "in") || afs_tok_is_ci(t, k, "at") ||
                   afs_tok_is_ci(t, k, "of") || afs_tok_is_ci(t, k, "on") ||
                   afs_tok_is_ci(t, k, "during"));
    bool ends = t->tokens[k].kind == AFS_TOK_PUNCT && k + 1 == sentence_last;
    return phrase || ends ? j : SIZE_MAX;
}

/* "The base has been the target of a campaign, Polygraph.info has
 * previously established.", "“We will not accept ...,” Esper said in a
 * speech": when what is told comes before its teller, the line of the
 * telling is what is told, a clause with its verb (or a quote) that
 * fits the limit. False when the sentence is not so. */
static bool told_before_teller(const event_pass *p, const event *ev,
                               size_t sentence_first, summary_span *sum)
{
    const afs_text *t = p->x->text;
    size_t sentence_last = t->sentences[ev->sentence].last;
    size_t j = bare_telling_verb(p, ev, sentence_first, sentence_last);
    if (j == SIZE_MAX || j < sentence_first + 4)
        return false;
    size_t teller = verb_group_start(p, sentence_first, j);
    size_t from = sentence_first, to = SIZE_MAX;
    if (t->tokens[from].kind == AFS_TOK_QUOTE) {
        from++;
        for (size_t k = from; k < teller && to == SIZE_MAX; k++)
            if (t->tokens[k].kind == AFS_TOK_QUOTE)
                to = k;
        if (to == SIZE_MAX || to + 1 >= teller || !opens_subject(p, to + 1))
            return false;
    } else {
        /* "After the storm passed, the town recovered": a clause that
         * opens with a subordinator or a preposition is told by nobody */
        static const char *const subordinators[] = {
            "when",   "as",       "if",      "once",  "since",
            "though", "although", "because", "while", "until",
            "before", "after",    NULL};
        if ((has_class(p, from, WC_PREPOSITION | WC_CLAUSE_OPENER) &&
             !has_class(p, from, WC_DETERMINER)) ||
            afs_tok_is_one_of_ci(t, from, subordinators))
            return false;
        for (size_t k = from + 3; k + 1 < teller && to == SIZE_MAX; k++)
            if (has_class(p, k, WC_COMMA) && opens_subject(p, k + 1) &&
                !has_finite_verb(p, k + 1, teller) &&
                has_finite_verb(p, from, k))
                to = k;
        if (to == SIZE_MAX)
            return false;
    }
    /* "(D-Minn.)," : the told words end at their last word */
    while (to > from && t->tokens[to - 1].kind == AFS_TOK_PUNCT &&
           !afs_tok_is(t, to - 1, ")"))
        to--;
    if (to > from + 2 && afs_tok_is(t, to - 1, ")"))
        for (size_t k = to - 1; k-- > from + 1 && k + ASIDE_WORDS > to;)
            if (afs_tok_is(t, k, "(")) {
                to = k;
                break;
            }
    size_t words = 0;
    for (size_t k = from; k < to; k++)
        words += counts_as_word(t, k);
    if (words < 3 || words > SUMMARY_WORDS)
        return false;
    sum->from = from;
    sum->to = to;
    sum->subject_first = sum->subject_last = 0;
    return true;
}

/* "its Blue Moon lander that the company unveiled in May": a verb
 * in a relative clause whose object is the noun before "that" or
 * "which" (a phrase, a time or a stop follows the verb) says nothing
 * without that noun; the line starts at the sentence's start when the
 * sentence up to the clause's end fits, or stays. */
static void object_gap_start(const event_pass *p, size_t sentence_first,
                             const event *ev, summary_span *sum)
{
    const extraction *x = p->x;
    const afs_text *t = x->text;
    size_t from = sum->from, k = ev->trigger_last;
    size_t sentence_last = t->sentences[ev->sentence].last;
    if (sum->subject_first != sum->subject_last || from < sentence_first + 3 ||
        k >= sentence_last ||
        !(relative_that(p, from - 1) || (afs_tok_is_ci(t, from - 1, "which") &&
                                         !has_class(p, from - 2, WC_COMMA))) ||
        !ends_in_ed(t, ev->trigger_last - 1))
        return;
    const time_expr *te = time_in_range(x, k, sentence_last);
    bool gap = (te && te < x->times.v + x->times.n && te->first == k) ||
               t->tokens[k].kind == AFS_TOK_PUNCT ||
               (has_class(p, k, WC_PREPOSITION) &&
                !has_class(p, k, WC_DETERMINER) && !afs_tok_is_ci(t, k, "to"));
    if (!gap)
        return;
    size_t to = sum->to;
    for (size_t j = k; j < sum->to; j++)
        if (has_class(p, j, WC_COMMA | WC_HARD_STOP)) {
            to = j;
            break;
        }
    size_t words = 0;
    for (size_t j = sentence_first; j < to; j++) {
        if (has_class(p, j, WC_HARD_STOP))
            return;
        words += counts_as_word(t, j);
    }
    if (words > SUMMARY_WORDS)
        return;
    sum->from = sentence_first;
    sum->to = to;
}

/* "Human hibernation has been the subject of ... Basic Activities,
 * then recommended | as a key technology by the Panel": a line that
 * ends on its verb, its words going on, has cut the verb from what it
 * needs; it becomes the verb's own phrase, to the clause's next stop
 * within the limit (short quotes read through), or stays. */
static void verb_phrase_line(const event_pass *p, const event *ev,
                             summary_span *sum)
{
    const afs_text *t = p->x->text;
    size_t k = ev->trigger_last;
    size_t sentence_last = t->sentences[ev->sentence].last;
    if (sum->to != k || k >= sentence_last || !counts_as_word(t, k) ||
        !verb_shaped(p, ev->trigger_first) || sum->from >= ev->trigger_first)
        return;
    size_t reach =
        k + CLAUSE_REACH < sentence_last ? k + CLAUSE_REACH : sentence_last;
    size_t words = 0, end = k;
    const unsigned stops = WC_COMMA | WC_HARD_STOP | WC_CLAUSE_OPENER;
    while (end < reach && words <= SUMMARY_WORDS) {
        size_t close = short_quote_close(t, end, reach);
        if (close != SIZE_MAX) {
            for (; end <= close; end++)
                words += counts_as_word(t, end);
            continue;
        }
        if (has_class(p, end, stops) || t->tokens[end].kind == AFS_TOK_PUNCT)
            break;
        words += counts_as_word(t, end++);
    }
    bool stopped = end == sentence_last || has_class(p, end, stops) ||
                   t->tokens[end].kind == AFS_TOK_PUNCT;
    if (!stopped || words > SUMMARY_WORDS || has_class(p, end - 1, WC_FUNCTION))
        return;
    sum->from = verb_group_start(p, sum->from, ev->trigger_first);
    sum->to = end;
    sum->subject_first = sum->subject_last = 0;
}

/* Where an event's line starts: the clause's subject, past openers,
 * reported clauses and asides; *aside is the name aside it may drop. */
static size_t line_start(const event_pass *p, const afs_range *clause,
                         size_t sentence_first, const event *ev,
                         name_aside *aside)
{
    const extraction *x = p->x;
    const afs_text *t = x->text;
    size_t from = interrogative_start(p, sentence_first, clause->first);
    static const char *const openers[] = {"and",  "but",  "so",  "then",
                                          "that", "also", "yet", NULL};
    while (from < ev->trigger_first &&
           (!is_word(t, from) || afs_tok_is_one_of_ci(t, from, openers)) &&
           t->tokens[from].kind != AFS_TOK_NUMBER)
        from++;
    for (size_t k = from, words = 0; k < ev->trigger_first; k++) {
        /* "Recently, Beijing conducted": the subject starts the line */
        if (x->mention_at[k] || words > 6)
            break;
        if (has_class(p, k, WC_COMMA)) {
            from = k + 1;
            break;
        }
        words += counts_as_word(t, k);
    }
    size_t clause_from = from;
    from = reported_clause_start(p, from, ev->trigger_first);
    from = own_clause_start(p, from, ev->trigger_first);
    /* "Eichel went after Eriksson Ek and threw punches": a start inside
     * the object of the verb the trigger's is joined to goes back to
     * that verb's clause */
    size_t joining = joining_and(p, from, ev->trigger_first);
    if (joining != SIZE_MAX && !has_verb_between(p, from, joining))
        from = own_clause_start(p, clause_from, from);
    size_t before = 0;
    for (size_t k = from; k < ev->trigger_first; k++)
        before += counts_as_word(t, k);
    /* "Sonya A. Zoghlin, Carlineo's attorney, told The Hill in a
     * statement": the aside a line drops makes it no longer */
    *aside = (name_aside){.from = SIZE_MAX};
    if (before > SUMMARY_WORDS / 2) {
        *aside = find_name_aside(p, from, ev->trigger_first);
        before -= aside->words;
    }
    /* "officers found and rescued her ... and arrested Webb": joined
     * verbs share the subject before the first */
    bool shared = joining != SIZE_MAX && before <= SUMMARY_WORDS - 6;
    /* a question's sentence is read from its start */
    bool asked =
        from == sentence_first && clause->first != sentence_first &&
        interrogative_start(p, sentence_first, clause->first) == sentence_first;
    if (before > SUMMARY_WORDS / 2 && !shared && !asked) {
        /* the nearest name before the trigger is its subject, unless it
         * is an object ("take on Netflix") */
        size_t k = ev->trigger_first, words = 0;
        while (k > from && words < 8 &&
               !(x->mention_at[k] && x->mention_at[k - 1] != x->mention_at[k]))
            words += counts_as_word(t, --k);
        size_t head = appositive_head(p, from, k);
        /* no name near and no subject's start, or an object's name:
         * "since 2016 were released | in a prisoner swap" */
        if (head == k &&
            (x->mention_at[k]
                 ? is_object_name(
                       p, x->mentions.v[x->mention_at[k] - 1].title_first)
                 : inside_a_phrase(p, k))) {
            head = other_line_start(p, from, ev, k);
            /* "Emails exchanged among Air Force officials": with only
             * an object's name near, the clause's own start is the
             * subject's */
            if (head == k && x->mention_at[k] && opens_subject(p, from) &&
                !clause_opening_between(p, from, ev->trigger_first))
                head = from;
        }
        from = head;
    }
    from = appositive_start(
        p, sentence_first,
        quoted_phrase_start(p, sentence_first,
                            phrase_start(p, sentence_first, from)));
    from = coordinated_start(p, sentence_first, from);
    from = joined_verb_start(p, from, ev->trigger_first);
    return from;
}

/* The line's end, back over function words and punctuation a phrase
 * does not end on, down to floor at most. */
static size_t without_dangling_words(const event_pass *p,
                                     const line_marks *marks, size_t from,
                                     size_t floor, size_t end)
{
    const afs_text *t = p->x->text;
    /* "sealed it": an object pronoun ends a phrase */
    static const char *const objects[] = {"it", "them", "him", "us", NULL};
    while (end > floor &&
           (((has_class(p, end - 1, WC_FUNCTION) ||
              t->tokens[end - 1].kind == AFS_TOK_PUNCT) &&
             !afs_tok_is_one_of_ci(t, end - 1, objects) &&
             !ends_a_name(t, end - 1) && !closes_a_quote(t, from, end - 1) &&
             !closes_a_number(t, end - 1) && !is_name_mark(t, end - 1)) ||
            leaves_phrase_open(p, marks, end)))
        end--;
    return end;
}

/* Where an event's line ends: at most SUMMARY_WORDS words from its start,
 * at a phrase's end, never inside a quote or a name. */
static size_t line_end(const event_pass *p, const event *ev, summary_span *sum,
                       size_t to)
{
    const afs_text *t = p->x->text;
    /* no cut falls between a quote's marks */
    size_t quoted_first = to, quoted_last = 0;
    to = quote_mark_end((event_pass *)p, to, t->sentences[ev->sentence].last,
                        &quoted_last);
    to = inner_aside_dropped((event_pass *)p, ev, sum, to);
    /* the line's verb: the trigger, or after it when the trigger is in a
     * subject whose aside went */
    size_t floor =
        ev->trigger_last > sum->from ? ev->trigger_last : sum->from + 1;
    size_t limit = sum->from;
    for (size_t words = 0; limit < to; limit++) {
        words += counts_as_word(t, limit);
        if (words > SUMMARY_WORDS)
            break;
    }
    size_t end = limit;
    size_t sentence_last = t->sentences[ev->sentence].last;
    bool natural = ends_by_itself(p, to, sentence_last) ||
                   (quoted_last && to == quoted_last + 1);
    line_marks marks;
    mark_line(p, sum->from, to + 1 < t->token_count ? to + 1 : to, &marks);
    if (limit < to || !natural || leaves_phrase_open(p, &marks, to)) {
        size_t cut_to = natural ? to : to + 1;
        while (end > floor &&
               (!is_phrase_end(p, end, cut_to) || splits_a_name(p, end) ||
                (end > quoted_first && end <= quoted_last) ||
                leaves_phrase_open(p, &marks, end)))
            end--;
        /* "said his company's award | was a sign": with no phrase end
         * after the trigger, the line reads on to the next one near */
        if (end <= floor)
            end = next_phrase_end(p, &marks, limit, cut_to, end);
        else
            end = nearer_phrase_end(p, &marks, end, limit, cut_to);
        if (end < to)
            end = whole_tail(p, floor, end);
    }
    /* a line that ends with a short quote's closing mark is whole */
    if (!quoted_last || end != quoted_last + 1) {
        end = noun_line_end(p, sum, ev, end);
        end = verbless_tail_start(p, floor, end);
        end = open_clause_start(p, floor, end, natural ? to : to + 1);
    }
    if (end > quoted_first && end <= quoted_last)
        end = quoted_last + 1;
    end = told_words_end((event_pass *)p, ev, sum, end, sentence_last);
    end = number_list_end(t, end, sentence_last);
    end = without_dangling_words(p, &marks, sum->from, floor, end);
    if (end < floor)
        end = floor;
    return end;
}

summary_span make_summary(const event_pass *p, const afs_range *clause,
                          size_t sentence_first, const event *ev)
{
    summary_span told = {0};
    if (told_before_teller(p, ev, sentence_first, &told))
        return told;
    name_aside aside;
    size_t from = line_start(p, clause, sentence_first, ev, &aside);
    summary_span sum = {.from = from};
    if (from > sentence_first &&
        !aside_subject(p, sentence_first, from, ev, &sum) &&
        starts_at_verb(p, from, ev->trigger_first))
        find_subject(p, sentence_first, from, &sum);
    size_t to =
        name_aside_dropped((event_pass *)p, ev, &sum, clause->last, &aside);
    if (sum.subject_first == sum.subject_last)
        to = main_clause_end(p, from, to, ev);
    sum.to = line_end(p, ev, &sum, to);
    sum.from = verbless_clause_start(p, &sum, ev);
    sum.from = noun_line_start(p, &sum, ev);
    sum.from = object_line_start(p, &sum, ev);
    object_gap_start(p, sentence_first, ev, &sum);
    verb_phrase_line(p, ev, &sum);
    return sum;
}

/* A line starts with a capital, as the sentence it is cut from would. */
static const char *capitalised(extraction *x, const char *line)
{
    /* "iPhone" is written so */
    if (*line < 'a' || *line > 'z' || (line[1] >= 'A' && line[1] <= 'Z'))
        return line;
    char *copy = afs_arena_strndup(x->arena, line, strlen(line));
    copy[0] = (char)(copy[0] - 'a' + 'A');
    return copy;
}

const char *summary_text(extraction *x, const summary_span *sum)
{
    const char *clause = token_span_text(x, sum->from, sum->to);
    if (sum->subject_first == sum->subject_last)
        return capitalised(x, clause);
    const char *subject = capitalised(
        x, token_span_text(x, sum->subject_first, sum->subject_last));
    size_t a = strlen(subject), b = strlen(clause);
    char *line = afs_arena_alloc(x->arena, a + b + 2);
    memcpy(line, subject, a);
    line[a] = ' ';
    memcpy(line + a + 1, clause, b + 1);
    return line;
}
