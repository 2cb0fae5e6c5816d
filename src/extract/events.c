/* Events: a trigger from the event lexicon (in the spirit of PETRARCH's
 * verb dictionaries), with the people and organizations of its clause, a
 * time expression and a place from the same sentence. Mentions of the same
 * happening ("phone call", "the conversation") fold into one event. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "articlefs/lexicon.h"
#include "internal.h"
#include "words.h"

#define MAX_EVENTS 10
#define MIN_EVENT_GAP 12
/* How far apart two mentions of one happening may be told. */
#define SAME_EVENT_SENTENCES 6
#define SUMMARY_WORDS 14

/* Longest trigger at token i (up to three words); its class or NULL. */
static const char *trigger_at(const afs_text *t, size_t i, size_t *n)
{
    bool phrase = afs_tok_lower_starts(t, i, AFS_LEX_EVENT_WORDS);
    if (!phrase && !afs_tok_lower_in(t, i, AFS_LEX_EVENT_WORDS))
        return NULL;
    char buf[96];
    for (size_t k = phrase ? 3 : 1; k >= 1; k--) {
        size_t len = lower_join(t, i, k, buf, sizeof buf);
        const char *cls =
            len ? afs_lex_value(AFS_LEX_EVENT_WORDS, buf, len) : NULL;
        if (cls) {
            *n = k;
            return cls;
        }
    }
    return NULL;
}

static void add_participant(extraction *x, event *ev, size_t e)
{
    if (e == NO_ENTITY || x->entities.v[e].kind == AFS_PLACE)
        return;
    for (size_t i = 0; i < ev->participants.n; i++)
        if (ev->participants.v[i] == e)
            return;
    *VEC_PUSH(x->arena, ev->participants) = e;
}

static bool is_locative(const afs_text *t, size_t i)
{
    static const char *const words[] = {
        "in", "to", "at", "near", "over", "from", "into", "around", NULL};
    return afs_tok_is_one_of_ci(t, i, words);
}

/* The words of the trigger's clause: its sentence, at most CLAUSE_WINDOW/2
 * tokens either side. */
static afs_range clause_of(const afs_range *r, size_t trigger)
{
    afs_range c = *r;
    if (trigger > c.first + CLAUSE_WINDOW / 2)
        c.first = trigger - CLAUSE_WINDOW / 2;
    if (c.last > trigger + CLAUSE_WINDOW / 2)
        c.last = trigger + CLAUSE_WINDOW / 2;
    return c;
}

static void fill_arguments(extraction *x, event *ev, const afs_range *sentence)
{
    const afs_text *t = x->text;
    afs_range clause = clause_of(sentence, ev->trigger_first);
    const afs_range *r = &clause;
    for (size_t i = r->first; i < r->last; i++) {
        if (x->in_quote[i])
            continue;
        size_t e = entity_at_token(x, i);
        enum afs_gender g;
        if (e == NO_ENTITY && i == sentence->first &&
            personal_pronoun(t, i, &g)) {
            size_t stop = i > x->body_first + ANTECEDENT_WINDOW
                              ? i - ANTECEDENT_WINDOW
                              : x->body_first;
            for (size_t k = i; k-- > stop && e == NO_ENTITY;) {
                size_t c = entity_at_token(x, k);
                if (c != NO_ENTITY && x->entities.v[c].kind == AFS_PERSON)
                    e = c;
            }
        }
        if (e == NO_ENTITY)
            continue;
        if (x->entities.v[e].kind == AFS_PLACE) {
            if (ev->where == NO_ENTITY && i > r->first && is_locative(t, i - 1))
                ev->where = e;
        } else if (ev->participants.n < 4) {
            add_participant(x, ev, e);
        }
    }
    ev->when = time_in_range(x, r->first, r->last);
}

static const char *make_summary(extraction *x, const afs_range *r,
                                size_t trigger)
{
    const afs_text *t = x->text;
    size_t from = r->first, to = r->last;
    if (trigger > from + SUMMARY_WORDS / 2)
        from = trigger - SUMMARY_WORDS / 2;
    if (to > from + SUMMARY_WORDS)
        to = from + SUMMARY_WORDS;
    while (to > from + 1 && t->tokens[to - 1].kind != AFS_TOK_WORD &&
           t->tokens[to - 1].kind != AFS_TOK_NUMBER)
        to--;
    while (from < trigger && t->tokens[from].kind != AFS_TOK_WORD)
        from++;
    return token_span_text(x, from, to);
}

/* The same kind of happening with the same people in a nearby sentence is
 * the same event told again. */
static event *same_event(extraction *x, const char *cls, size_t sentence,
                         const event *candidate)
{
    for (size_t i = x->events.n; i-- > 0;) {
        event *ev = &x->events.v[i];
        if (sentence > ev->sentence + SAME_EVENT_SENTENCES)
            break; /* events are in text order */
        if (strcmp(ev->cls, cls) != 0)
            continue;
        size_t shared = 0;
        for (size_t a = 0; a < ev->participants.n; a++)
            for (size_t b = 0; b < candidate->participants.n; b++)
                shared += ev->participants.v[a] == candidate->participants.v[b];
        if (shared || candidate->participants.n == 0 ||
            sentence == ev->sentence)
            return ev;
    }
    return NULL;
}

static void merge_into(extraction *x, event *into, const event *from)
{
    for (size_t i = 0; i < from->participants.n; i++)
        add_participant(x, into, from->participants.v[i]);
    if (!into->when)
        into->when = from->when;
    if (into->where == NO_ENTITY)
        into->where = from->where;
}

/* "according to statements from Tokyo": a source, not a happening. */
static bool is_attribution(const afs_text *t, size_t i)
{
    return i >= 2 && afs_tok_is(t, i - 1, "to") &&
           afs_tok_is_ci(t, i - 2, "according");
}

static void sentence_events(extraction *x, size_t s)
{
    const afs_text *t = x->text;
    const afs_range *r = &t->sentences[s];
    size_t last_new = SIZE_MAX;
    for (size_t i = r->first; i < r->last; i++) {
        size_t n = 0;
        const char *cls = trigger_at(t, i, &n);
        if (!cls || x->in_quote[i] || is_attribution(t, i))
            continue;
        /* a second happening in a sentence needs a clause of its own */
        if (last_new != SIZE_MAX && i < last_new + MIN_EVENT_GAP)
            continue;
        event ev = {.trigger_first = i,
                    .trigger_last = i + n,
                    .cls = cls,
                    .where = NO_ENTITY,
                    .sentence = s};
        ev.trigger = token_span_text(x, i, i + n);
        fill_arguments(x, &ev, r);
        event *old = same_event(x, cls, s, &ev);
        if (old) {
            merge_into(x, old, &ev);
        } else {
            ev.summary = make_summary(x, r, i);
            *VEC_PUSH(x->arena, x->events) = ev;
            last_new = i;
        }
        i += n - 1;
    }
}

/* What makes a happening one of the article's main ones: who took part
 * (a crowd counts as three), and when and where it is told. */
static int event_weight(const event *ev)
{
    int participants = ev->participants.n > 3 ? 3 : (int)ev->participants.n;
    return participants * 2 + (ev->when ? 2 : 0) +
           (ev->where != NO_ENTITY ? 1 : 0);
}

static int compare_weight(const void *a, const void *b, void *ctx)
{
    const extraction *x = ctx;
    size_t i = *(const size_t *)a, j = *(const size_t *)b;
    int wi = event_weight(&x->events.v[i]), wj = event_weight(&x->events.v[j]);
    if (wi != wj)
        return wj - wi;
    return i < j ? -1 : i > j;
}

static int compare_index(const void *a, const void *b)
{
    size_t i = *(const size_t *)a, j = *(const size_t *)b;
    return i < j ? -1 : i > j;
}

/* Keeps the MAX_EVENTS weightiest, earlier first on ties, in text order. */
static void keep_main_events(extraction *x)
{
    if (x->events.n <= MAX_EVENTS)
        return;
    size_t *order = afs_arena_array(x->arena, x->events.n, sizeof *order);
    for (size_t i = 0; i < x->events.n; i++)
        order[i] = i;
    qsort_r(order, x->events.n, sizeof *order, compare_weight, x);
    qsort(order, MAX_EVENTS, sizeof *order, compare_index);
    event *kept = afs_arena_array(x->arena, MAX_EVENTS, sizeof *kept);
    for (size_t i = 0; i < MAX_EVENTS; i++)
        kept[i] = x->events.v[order[i]];
    x->events.v = kept;
    x->events.n = MAX_EVENTS;
    x->events.cap = MAX_EVENTS;
}

void find_events(extraction *x)
{
    const afs_text *t = x->text;
    for (size_t s = 0; s < t->sentence_count; s++) {
        const afs_range *r = &t->sentences[s];
        if (r->first < x->body_first ||
            x->heading_paragraph[t->tokens[r->first].paragraph])
            continue;
        sentence_events(x, s);
    }
    keep_main_events(x);
}
