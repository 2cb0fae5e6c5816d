/* Events: a trigger from the event lexicon (in the spirit of PETRARCH's
 * verb dictionaries) and its clause, the stretch of the sentence bounded
 * by punctuation, conjunctions and relative pronouns. The people and
 * organizations of the clause take part, except a source ("according to
 * X", "as reported by X", ", X said"); its time expression is when, a
 * place after a locative preposition where. Mentions of one happening
 * ("a phone conversation", "the call") fold into one event. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "articlefs/lexicon.h"
#include "events_internal.h"
#include "words.h"

/* ---- one happening, many mentions ------------------------------------- */

static bool same_class(const event *a, const char *cls, size_t cls_len)
{
    return a->cls_len == cls_len && !memcmp(a->cls, cls, cls_len);
}

/* "late March" and "spring", "last week" and "on Monday": dates or
 * ranges with a day in common (ISO dates compare as strings). */
static bool dates_overlap(const time_expr *a, const time_expr *b)
{
    const char *a_end = a->end ? a->end : a->date;
    const char *b_end = b->end ? b->end : b->date;
    return strcmp(a->date, b_end) <= 0 && strcmp(b->date, a_end) <= 0;
}

/* Two tellings agree on the time: one has none, or both the same. */
static bool times_agree(const time_expr *a, const time_expr *b)
{
    return !a || !b || a == b || !strcmp(a->text, b->text) ||
           (a->date && b->date && dates_overlap(a, b));
}

/* In one sentence only dates tell two times apart: "negotiations
 * intensified over the last few days, with talks continuing into Tuesday
 * night" tells one span and a point in it. */
static bool times_agree_in_sentence(const time_expr *a, const time_expr *b)
{
    return times_agree(a, b) || !a->date || !b->date;
}

static size_t shared_participants(const event *a, const event *b)
{
    size_t shared = 0;
    for (size_t i = 0; i < b->participants.n; i++)
        shared += has_participant(a, b->participants.v[i]);
    return shared;
}

/* "invited" and "invitation", "call" and "called": one word's forms
 * (the triggers' first words). */
static bool same_stem(const afs_text *t, const event *a, const event *b)
{
    const char *sa = afs_tok_str(t, a->trigger_first);
    const char *sb = afs_tok_str(t, b->trigger_first);
    size_t la = afs_tok_len(t, a->trigger_first);
    size_t lb = afs_tok_len(t, b->trigger_first);
    size_t n = 0;
    while (n < la && n < lb && afs_ascii_lower(sa[n]) == afs_ascii_lower(sb[n]))
        n++;
    return n >= 4 || (n == la && n == lb);
}

/* An earlier event the candidate tells again: in the same sentence, the
 * same kind; with "the" ("the call"), the latest of the kind; nearby,
 * the same word with the same people. */
static event *same_event(extraction *x, const event *candidate, bool definite)
{
    /* "the intrusion": the intrusion told before, over a later drill */
    if (definite)
        for (size_t i = x->events.n; i-- > 0;) {
            event *ev = &x->events.v[i];
            if (same_class(ev, candidate->cls, candidate->cls_len) &&
                same_stem(x->text, ev, candidate) &&
                times_agree(ev->when, candidate->when))
                return ev;
        }
    for (size_t i = x->events.n; i-- > 0;) {
        event *ev = &x->events.v[i];
        bool same_sentence = ev->last_sentence == candidate->sentence;
        if (!same_class(ev, candidate->cls, candidate->cls_len) ||
            !(same_sentence ? times_agree_in_sentence(ev->when, candidate->when)
                            : times_agree(ev->when, candidate->when)))
            continue;
        size_t shared = shared_participants(ev, candidate);
        bool compatible = shared > 0 || ev->participants.n == 0 ||
                          candidate->participants.n == 0;
        if (same_sentence && compatible)
            return ev;
        if (!times_agree(ev->when, candidate->when))
            continue;
        /* "the call": told before, whoever the clause around it names */
        if (definite)
            return ev;
        bool near =
            candidate->sentence <= ev->last_sentence + SAME_EVENT_SENTENCES;
        /* "arrested Webb" told again ten paragraphs on: the same word
         * with the very same people is the same happening */
        bool same_people = shared && shared == candidate->participants.n &&
                           shared == ev->participants.n;
        if (((near && (shared == candidate->participants.n ||
                       shared == ev->participants.n)) ||
             same_people) &&
            same_stem(x->text, ev, candidate))
            return ev;
    }
    return NULL;
}

/* The first telling names who took part: a later "these drills
 * followed X" adds nobody, "the call" nobody, "called X" its people. */
static void merge_into(extraction *x, event *into, const event *from,
                       afs_span mention, bool definite)
{
    bool same_sentence = into->last_sentence == from->sentence;
    /* "the White House has not confirmed the invitation": who speaks of
     * a thing told before took no part in it */
    if (same_sentence || ((!definite || !into->participants.n) &&
                          same_stem(x->text, into, from)))
        for (size_t i = 0; i < from->participants.n; i++)
            add_participant(x, into, from->participants.v[i]);
    if (!into->when && !same_sentence)
        into->when = from->when;
    if (into->where == NO_ENTITY)
        into->where = from->where;
    *VEC_PUSH(x->arena, into->mentions) = mention;
    into->last_sentence = from->sentence;
}

/* "were released Tuesday in a prisoner swap": a happening whose line
 * is a piece of an earlier one's in the sentence, at the same time and
 * with no one new, is that happening told with another word. A telling
 * is left to name its own occasion. */
static bool within_summary(const event *ev, const event *candidate)
{
    if (is_telling(candidate) || candidate->span.from < ev->span.from ||
        candidate->span.to > ev->span.to || ev->when != candidate->when)
        return false;
    return shared_participants(ev, candidate) == candidate->participants.n;
}

/* The pending summary of the event whose trigger starts at token
 * trigger, or NULL: made already, or made at once. */
static pending_summary *pending_of(event_pass *p, size_t trigger)
{
    size_t lo = 0, hi = p->pending.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (p->pending.v[mid].trigger < trigger)
            lo = mid + 1;
        else
            hi = mid;
    }
    pending_summary *ps = lo < p->pending.n ? &p->pending.v[lo] : NULL;
    return ps && ps->trigger == trigger && !ps->made ? ps : NULL;
}

/* Makes the event's summary if it has waited: about to be read. */
static void ensure_summary(event_pass *p, event *ev)
{
    pending_summary *ps = pending_of(p, ev->trigger_first);
    if (!ps)
        return;
    ev->span = make_summary(p, &ps->clause, ps->sentence_first, ev);
    ps->made = true;
}

/* An event of the same sentence that reads the same: two lines saying
 * one thing are one event to a reader. */
static event *same_summary(event_pass *p, const event *candidate)
{
    extraction *x = p->x;
    /* "S, the office announced": the telling of a happening reads as
     * what it tells, and is a happening of its own */
    if (is_telling(candidate) && candidate->span.to <= candidate->trigger_first)
        return NULL;
    for (size_t i = x->events.n; i-- > 0;) {
        event *ev = &x->events.v[i];
        if (ev->last_sentence != candidate->sentence)
            return NULL;
        ensure_summary(p, ev);
        if (ev->span.from == candidate->span.from &&
            ev->span.to == candidate->span.to &&
            ev->span.subject_first == candidate->span.subject_first)
            return ev;
        if (within_summary(ev, candidate))
            return ev;
    }
    return NULL;
}

/* The trigger names a thing told before: "the call", "its offer". */
static bool is_definite(const event_pass *p, size_t first, size_t trigger)
{
    return trigger > first && has_class(p, trigger - 1, WC_DETERMINER);
}

/* "a phone call", "in a speech": a happening not told before. */
static bool is_indefinite(const event_pass *p, size_t trigger)
{
    const afs_text *t = p->x->text;
    static const char *const words[] = {"a", "an", "during", NULL};
    for (size_t k = trigger; k-- > 0 && k + 5 > trigger;) {
        if (afs_tok_is_one_of_ci(t, k, words))
            return true;
        /* "a March 21 phone call": a date or a number on the way */
        if (t->tokens[k].kind == AFS_TOK_NUMBER)
            continue;
        if (!has_class_across(p, k, WC_WORD) ||
            has_class_across(p, k, WC_FUNCTION))
            return false;
    }
    return false;
}

/* ---- the pass ---------------------------------------------------------- */

/* The type as one of the fixed list's strings: no copy per trigger. */
static const char *type_name(extraction *x, const char *type, size_t len)
{
    static const char *const types[] = {
        "statement", "appeal",  "intent",          "meet",       "visit",
        "cooperate", "aid",     "demand",          "disapprove", "reject",
        "threaten",  "protest", "military action", "assault",    "arrest/legal",
        "vote",      "deal",    "sport",           "disaster",   "other",
        NULL};
    for (const char *const *k = types; *k; k++)
        if (**k == *type && !strncmp(*k, type, len) && !(*k)[len])
            return *k;
    return afs_arena_strndup(x->arena, type, len);
}

/* "the FBI investigated", "state prosecutors investigated": a body or
 * officer of the law among who takes part. */
static bool law_takes_part(const extraction *x, const event *ev)
{
    static const char *const words[] = {
        "Police",  "FBI",      "Bureau of Investigation",
        "Justice", "Attorney", "Prosecutor",
        "Court",   "Sheriff",  "Detective",
        NULL};
    for (size_t i = 0; i < ev->participants.n; i++) {
        const entity *e =
            &x->entities.v[resolve_entity(x, ev->participants.v[i])];
        for (const char *const *w = words; *w; w++) {
            if (strstr(e->name, *w))
                return true;
            for (size_t r = 0; r < e->roles.n; r++)
                if (strstr(e->roles.v[r], *w))
                    return true;
        }
    }
    return false;
}

/* An investigation is the law's when the law takes part ("the FBI
 * investigated the call"), a study otherwise ("ESA investigated how
 * hibernation would change a mission"). */
static const char *type_of(extraction *x, const event *ev)
{
    size_t len = (size_t)(ev->cls - 1 - ev->type);
    if (same_class(ev, "investigate", 11) && law_takes_part(x, ev))
        return type_name(x, "arrest/legal", 12);
    return type_name(x, ev->type, len);
}

/* "for an official visit", "of a proposed package": a noun in a
 * prepositional phrase of the trigger before it. */
static bool is_phrase_argument(const event_pass *p, size_t i)
{
    const afs_text *t = p->x->text;
    static const char *const words[] = {"for",  "of", "on", "about",
                                        "over", "to", NULL};
    for (size_t k = i; k-- > 0 && k + 4 > i;) {
        if (afs_tok_is_one_of_ci(t, k, words))
            return true;
        bool function = has_class(p, k, WC_FUNCTION);
        if (!function && !has_class(p, k, WC_WORD))
            return false;
        if (!function && (t->tokens[k].flags & AFS_TF_CAPITAL))
            return false;
    }
    return false;
}

/* "a hit movie", "attack submarine", "election campaign": a noun trigger
 * in front of another noun describes that thing, no happening. A verb in
 * -ed ("scored goals") takes an object there instead. */
/* "Democrats beat incumbent", "they lost defenseman", "has won", "begin
 * restoring power": before it a subject or an auxiliary, or a gerund
 * without a determiner; the trigger is a verb, the noun its object. */
bool is_verb_context(const event_pass *p, size_t i)
{
    const extraction *x = p->x;
    const afs_text *t = x->text;
    static const char *const auxiliaries[] = {
        "has",   "have",   "had",   "is",  "are",   "was",
        "were",  "will",   "would", "can", "could", "may",
        "might", "should", "did",   "do",  "does",  NULL};
    if (i == 0)
        return false;
    size_t k = i - 1;
    if (has_class_across(p, k, WC_DETERMINER))
        return false;
    size_t n = afs_tok_len(t, i);
    const char *s = afs_tok_str(t, i);
    if (n > 4 && !strncmp(s + n - 3, "ing", 3))
        return true;
    if (x->mention_at[k] && !(t->tokens[k].flags & AFS_TF_POSSESSIVE)) {
        size_t e = entity_at_token(x, k);
        return e != NO_ENTITY && x->entities.v[e].kind == AFS_PERSON;
    }
    return has_class_across(p, k, WC_PRONOUN) ||
           afs_tok_is_one_of_ci(t, k, auxiliaries);
}

static bool is_noun_modifier(const event_pass *p, size_t i)
{
    const afs_text *t = p->x->text;
    size_t k = i + 1;
    if (!is_word(t, k) ||
        (t->tokens[k].flags & (AFS_TF_CAPITAL | AFS_TF_POSSESSIVE)) ||
        has_class(p, k,
                  WC_FUNCTION | WC_PREPOSITION | WC_CLAUSE_OPENER |
                      WC_OPENS_AFTER_COMMA | WC_PRONOUN | WC_PAIR) ||
        t->tokens[k].start != t->tokens[i].end + 1 || ends_in_ed(t, i) ||
        ends_in_ed(t, k))
        return false;
    size_t m = afs_tok_len(t, k);
    const char *w = afs_tok_str(t, k);
    /* "drills followed", "talks reportedly": a verb or adverb after */
    if ((m > 2 && w[m - 2] == 'l' && w[m - 1] == 'y') || is_verb_context(p, i))
        return false;
    /* "the announcement last month": a time, not a thing */
    const time_expr *te = time_in_range(p->x, k, t->token_count);
    if (te && te->first == k)
        return false;
    return !is_trigger_word(t, k);
}
/* "a newly revealed call", "the released emails", "Trump's proposed
 * package": a participle between a determiner and its noun describes the
 * thing; no happening is told there. */
static bool is_attributive_participle(const event_pass *p, size_t i)
{
    const afs_text *t = p->x->text;
    static const char *const articles[] = {"a", "an", NULL};
    if (!ends_in_ed(t, i) || i == 0 || !is_word(t, i + 1) ||
        has_class(p, i + 1, WC_FUNCTION | WC_PREPOSITION | WC_PRONOUN) ||
        (t->tokens[i + 1].flags & AFS_TF_CAPITAL) || ends_in_ed(t, i + 1))
        return false;
    size_t k = i - 1;
    /* "newly", "now-cancelled": an adverb on the way */
    while (k > 0 && is_word(t, k) && !(t->tokens[k].flags & AFS_TF_CAPITAL) &&
           afs_tok_len(t, k) > 3 &&
           afs_tok_str(t, k)[afs_tok_len(t, k) - 1] == 'y' &&
           afs_tok_str(t, k)[afs_tok_len(t, k) - 2] == 'l')
        k--;
    if (afs_tok_is(t, k, "that"))
        return false; /* "the firm that acquired": a relative clause */
    return afs_tok_is_one_of_ci(t, k, articles) ||
           has_class(p, k, WC_DETERMINER);
}

/* How many sentences before "in a speech" what its teller said there may
 * be told. */
#define OCCASION_SENTENCES 2

/* "accused", "urged", "warned": a happening that is done by saying. */
static bool is_said(const event *ev)
{
    static const char *const types[] = {"disapprove,", "appeal,", "demand,",
                                        "threaten,",   "reject,", NULL};
    for (const char *const *k = types; *k; k++)
        if (!strncmp(ev->type, *k, strlen(*k)))
            return true;
    return false;
}

/* "Esper accused China of coercion. He urged Vietnam to push back. ...,
 * Esper said in a speech to the academy": what the teller said in the
 * last sentences was said on the occasion the telling names; the telling
 * takes those events in, the first of them becoming it. False when there
 * is none. */
static bool said_on_this_occasion(extraction *x, const event *telling,
                                  afs_span mention)
{
    size_t first = SIZE_MAX;
    for (size_t i = x->events.n; i-- > 0;) {
        const event *ev = &x->events.v[i];
        if (ev->last_sentence + OCCASION_SENTENCES < telling->sentence)
            break;
        if (is_said(ev) && ev->mentions.n == 1 && ev->participants.n &&
            x->entities.v[ev->participants.v[0]].kind == AFS_PERSON &&
            has_participant(telling, ev->participants.v[0]))
            first = i;
    }
    if (first == SIZE_MAX)
        return false;
    event *into = &x->events.v[first];
    const time_expr *when = into->when;
    size_t kept = first + 1;
    for (size_t i = first + 1; i < x->events.n; i++) {
        const event *ev = &x->events.v[i];
        bool same_teller = ev->participants.n &&
                           has_participant(telling, ev->participants.v[0]);
        if (!(is_said(ev) && ev->mentions.n == 1 && same_teller)) {
            x->events.v[kept++] = *ev;
            continue;
        }
        for (size_t k = 0; k < ev->participants.n; k++)
            add_participant(x, into, ev->participants.v[k]);
        *VEC_PUSH(x->arena, into->mentions) = ev->mentions.v[0];
    }
    x->events.n = kept;
    for (size_t k = 0; k < telling->participants.n; k++)
        add_participant(x, into, telling->participants.v[k]);
    into->trigger_first = telling->trigger_first;
    into->trigger_last = telling->trigger_last;
    into->type = telling->type;
    into->cls = telling->cls;
    into->cls_len = telling->cls_len;
    into->span = telling->span;
    into->when = telling->when ? telling->when : when;
    if (into->where == NO_ENTITY)
        into->where = telling->where;
    into->last_sentence = telling->sentence;
    *VEC_PUSH(x->arena, into->mentions) = mention;
    return true;
}

/* "arrested in April for a March 21 phone call": the reason, a noun
 * with a date of its own between its article and itself, is a happening
 * of its own, not what the verb before it was about. Its article, or
 * SIZE_MAX. */
static size_t dated_noun_start(const extraction *x, size_t trigger)
{
    const afs_text *t = x->text;
    size_t reach = trigger > 6 ? trigger - 6 : 0;
    for (const time_expr *te = time_in_range(x, reach, trigger);
         te && te < x->times.v + x->times.n && te->last <= trigger; te++)
        if (te->last == trigger && te->first > 1 &&
            (afs_tok_is_ci(t, te->first - 1, "a") ||
             afs_tok_is_ci(t, te->first - 1, "an")) &&
            afs_tok_is_ci(t, te->first - 2, "for"))
            return te->first - 1;
    return SIZE_MAX;
}

/* "Carlineo was arrested in April | for a March 21 phone call": the
 * line of the happening told before a reason that is one of its own ends
 * before the reason's "for". */
static void end_before_reason(event_pass *p, size_t sentence, size_t reason)
{
    extraction *x = p->x;
    if (!x->events.n)
        return;
    event *ev = &x->events.v[x->events.n - 1];
    ensure_summary(p, ev);
    if (ev->sentence == sentence && ev->mentions.n == 1 &&
        ev->span.from < reason && ev->span.to > reason &&
        ev->trigger_last < reason)
        ev->span.to = reason;
}

/* A new event's summary is read at once when a dated noun cuts it, when
 * it is a telling of an occasion (which may take in what was said there)
 * or when an earlier event of its sentence may read the same; else it
 * waits (see pending_summary). */
static bool summary_read_at_once(const event_pass *p, const event *ev,
                                 size_t dated)
{
    const extraction *x = p->x;
    return dated != SIZE_MAX ||
           (is_telling(ev) && is_indefinite(p, ev->trigger_first)) ||
           (x->events.n &&
            x->events.v[x->events.n - 1].last_sentence == ev->sentence);
}

static void sentence_events(event_pass *p, size_t s, size_t first_trigger)
{
    extraction *x = p->x;
    const afs_text *t = x->text;
    const afs_range *r = &t->sentences[s];
    size_t first = r->first < p->dateline_end && r->last > p->dateline_end
                       ? p->dateline_end
                       : r->first;
    size_t previous_last = SIZE_MAX, previous_clause_end = 0;
    /* a second trigger in a new event's clause tells the same happening
     * ("accused ... of using coercion"); "during a phone call" another */
    bool previous_new = false, classified = false;
    for (size_t i = first_trigger > first ? first_trigger : first; i < r->last;
         i++) {
        size_t n = 0;
        if (!is_trigger_word(t, i) || !is_word(t, i) ||
            !is_trigger_candidate(x, i))
            continue;
        const char *value = trigger_at(t, i, &n);
        if (!value)
            continue;
        /* "to win", "to investigate": wished for or planned, not told as
         * happened ("pledged to gift" is told by its first word) */
        if (i > first && afs_tok_is(t, i - 1, "to")) {
            i += n - 1;
            continue;
        }
        if (!classified) {
            classify_sentence(p, r);
            classified = true;
        }
        if (n == 1 &&
            (is_noun_modifier(p, i) || is_attributive_participle(p, i)))
            continue;
        /* "an invitation ... for an official visit": what was offered */
        size_t dated = previous_last != SIZE_MAX && i < previous_clause_end
                           ? dated_noun_start(x, i)
                           : SIZE_MAX;
        if (previous_last != SIZE_MAX && i < previous_clause_end &&
            dated == SIZE_MAX &&
            ((previous_new && !is_indefinite(p, i)) ||
             (i < previous_last + 12 && is_phrase_argument(p, i)))) {
            i += n - 1;
            continue;
        }
        const char *comma = strchr(value, ',');
        if (!comma)
            continue;
        event ev = {.trigger_first = i,
                    .trigger_last = i + n,
                    .type = value, /* up to the comma: the type's name is made
                                    * for the events kept */
                    .cls = comma + 1,
                    .cls_len = strlen(comma + 1),
                    .where = NO_ENTITY,
                    .sentence = s,
                    .last_sentence = s};
        afs_span mention = {t->tokens[i].start, t->tokens[i + n - 1].end};
        afs_range clause = clause_of(p, r, first, i, i + n);
        previous_last = i + n;
        previous_clause_end = clause.last;
        fill_arguments(p, &ev, &clause);
        add_clause_subject(p, &ev, first, &clause);
        ev.when = time_of(x, &clause, i);
        if (!ev.when)
            ev.when = sentence_opening_time(x, first, clause.first);
        if (!ev.when)
            ev.when = time_just_after(x, &clause, r->last);
        bool definite = is_definite(p, first, i);
        event *old = same_event(x, &ev, definite);
        previous_new = !old;
        if (old) {
            merge_into(x, old, &ev, mention, definite);
        } else if (definite && !ev.when && !ends_in_ed(t, i)) {
            /* "the decision would not change", "the planned blackout":
             * a thing known, told before the article or not at all */
        } else if (!summary_read_at_once(p, &ev, dated)) {
            *VEC_PUSH(x->arena, p->pending) = (pending_summary){
                .trigger = i, .clause = clause, .sentence_first = first};
            *VEC_PUSH(x->arena, ev.mentions) = mention;
            *VEC_PUSH(x->arena, x->events) = ev;
        } else {
            ev.span = make_summary(p, &clause, first, &ev);
            /* the dated noun's line is its own phrase, not the verb's */
            if (dated != SIZE_MAX && dated > ev.span.from &&
                dated < ev.span.to) {
                ev.span.from = dated;
                ev.span.subject_first = ev.span.subject_last = 0;
                end_before_reason(p, s, dated - 1);
            }
            event *told = same_summary(p, &ev);
            if (told) {
                *VEC_PUSH(x->arena, told->mentions) = mention;
            } else if (is_telling(&ev) && is_indefinite(p, i) &&
                       said_on_this_occasion(x, &ev, mention)) {
                /* the accusation was made in the speech */
            } else {
                *VEC_PUSH(x->arena, ev.mentions) = mention;
                *VEC_PUSH(x->arena, x->events) = ev;
            }
        }
        i += n - 1;
    }
}

/* What makes a happening one of the article's main ones: who took part
 * (a crowd counts as three), how often it is told (a story comes back to
 * its main happenings), and where and when. */
static int event_weight(const extraction *x, const bool *in_headline,
                        const event *ev)
{
    int participants = ev->participants.n > 3 ? 3 : (int)ev->participants.n;
    int told = ev->mentions.n > 3 ? 3 : (int)ev->mentions.n;
    int headline = 0;
    for (size_t i = 0; i < ev->participants.n; i++)
        headline |= in_headline[resolve_entity(x, ev->participants.v[i])];
    return participants * 2 + told * 2 + (ev->when ? 1 : 0) +
           (ev->where != NO_ENTITY ? 2 : 0) + HEADLINE_WEIGHT * headline;
}

/* Entities the headline names: the story is theirs. */
static bool *named_in_headline(extraction *x)
{
    bool *named = afs_arena_array(x->arena, x->entities.n + 1, sizeof *named);
    for (size_t i = 0; i < x->mentions.n; i++)
        if (x->mentions.v[i].heading && x->mentions.v[i].entity != NO_ENTITY)
            named[resolve_entity(x, x->mentions.v[i].entity)] = true;
    return named;
}

/* Keeps the MAX_EVENTS weightiest, earlier first on ties, in text order. */
static void keep_main_events(extraction *x)
{
    /* a happening with nobody in it and no time is rarely one the
     * article is about: "the demand", "a hit movie"; unless the story
     * comes back to it and tells where ("pledged to gift trees to the
     * United States ... the gift"). Where the story has happenings enough
     * with people in them, a time alone does not make one either: "is
     * tentatively planned for spring" */
    size_t peopled = 0;
    for (size_t i = 0; i < x->events.n; i++)
        peopled += x->events.v[i].participants.n > 0;
    bool time_alone = peopled < PEOPLED_ENOUGH;
    size_t kept_n = 0;
    for (size_t i = 0; i < x->events.n; i++) {
        const event *ev = &x->events.v[i];
        bool told_again_or_placed =
            ev->mentions.n > 1 || ev->where != NO_ENTITY;
        if (ev->participants.n ||
            (ev->when && (time_alone || told_again_or_placed)) ||
            (ev->mentions.n > 1 && ev->where != NO_ENTITY))
            x->events.v[kept_n++] = *ev;
    }
    x->events.n = kept_n;
    if (x->events.n <= MAX_EVENTS)
        return;
    /* the lightest of the kept leaves for a heavier one (the later on
     * ties): a few steps per event, no sort */
    size_t order[MAX_EVENTS];
    int weight[MAX_EVENTS];
    const bool *in_headline = named_in_headline(x);
    for (size_t i = 0; i < x->events.n; i++) {
        int w = event_weight(x, in_headline, &x->events.v[i]);
        if (i < MAX_EVENTS) {
            order[i] = i;
            weight[i] = w;
            continue;
        }
        size_t lightest = 0;
        for (size_t k = 1; k < MAX_EVENTS; k++)
            if (weight[k] < weight[lightest] ||
                (weight[k] == weight[lightest] && order[k] > order[lightest]))
                lightest = k;
        if (w <= weight[lightest])
            continue;
        /* keep text order: the heavier one takes the end */
        for (size_t k = lightest; k + 1 < MAX_EVENTS; k++) {
            order[k] = order[k + 1];
            weight[k] = weight[k + 1];
        }
        order[MAX_EVENTS - 1] = i;
        weight[MAX_EVENTS - 1] = w;
    }
    event *kept = afs_arena_array(x->arena, MAX_EVENTS, sizeof *kept);
    for (size_t i = 0; i < MAX_EVENTS; i++)
        kept[i] = x->events.v[order[i]];
    x->events.v = kept;
    x->events.n = MAX_EVENTS;
    x->events.cap = MAX_EVENTS;
}

/* "HANOI, Vietnam (AP) —": the place after the city's comma, the
 * country or state the city lies in. */
static void find_dateline_region(event_pass *p, size_t city, size_t dash)
{
    const extraction *x = p->x;
    const afs_text *t = x->text;
    uint32_t m = x->mention_at[city];
    if (p->dateline_place == NO_ENTITY || !m)
        return;
    size_t comma = x->mentions.v[m - 1].last;
    if (comma + 1 >= dash || !afs_tok_is(t, comma, ","))
        return;
    size_t e = entity_at_token(x, comma + 1);
    if (e != NO_ENTITY && e != p->dateline_place &&
        x->entities.v[e].kind == AFS_PLACE)
        p->dateline_region = e;
}

/* "HANOI, Vietnam (AP) —": a capitalised place, then a dash, at the
 * start of the body. */
static void find_dateline(event_pass *p)
{
    extraction *x = p->x;
    const afs_text *t = x->text;
    size_t first = x->body_first;
    if (first >= t->token_count || !(t->tokens[first].flags & AFS_TF_ALL_CAPS))
        return;
    for (size_t k = first + 1; k < t->token_count && k < first + 12; k++) {
        if (t->tokens[k].paragraph != t->tokens[first].paragraph)
            return;
        if (afs_tok_is(t, k, "—") || afs_tok_is(t, k, "–") ||
            (afs_tok_is(t, k, "-") && afs_tok_is(t, k - 1, ")"))) {
            p->dateline_end = k + 1;
            size_t e = entity_at_token(x, first);
            if (e != NO_ENTITY && x->entities.v[e].kind == AFS_PLACE)
                p->dateline_place = e;
            find_dateline_region(p, first, k);
            return;
        }
    }
}

void find_events(extraction *x)
{
    const afs_text *t = x->text;
    event_pass p = {
        .x = x, .dateline_place = NO_ENTITY, .dateline_region = NO_ENTITY};
    if (x->body_first < t->token_count)
        p.first_paragraph = t->tokens[x->body_first].paragraph;
    if (!t->token_count)
        return;
    p.cls = afs_arena_array(x->arena, t->token_count, sizeof *p.cls);
    p.closed = closed_words_index();
    find_dateline(&p);
    for (size_t s = 0; s < t->sentence_count; s++) {
        const afs_range *r = &t->sentences[s];
        if (r->first < x->body_first ||
            x->heading_paragraph[t->tokens[r->first].paragraph])
            continue;
        size_t trigger = first_trigger_word(t, r);
        if (trigger == r->last)
            continue;
        sentence_events(&p, s, trigger);
    }
    keep_main_events(x);
    for (size_t i = 0; i < x->events.n; i++) {
        event *ev = &x->events.v[i];
        ensure_summary(&p, ev); /* before the type loses its class */
        ev->trigger = token_span_text(x, ev->trigger_first, ev->trigger_last);
        ev->type = type_of(x, ev);
        ev->summary = summary_text(x, &ev->span);
    }
}
