#include "articlefs/model.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

afs_article *afs_article_ref(afs_article *article)
{
    article->refs++;
    return article;
}

void afs_article_free(afs_article *article)
{
    /* refs counts the holders beyond the first */
    if (article && article->refs-- == 0)
        afs_arena_free(article->arena); /* the article lives in its arena */
}

const char *afs_kind_name(enum afs_kind kind)
{
    static const char *const names[] = {"person", "organization", "place"};
    return kind < AFS_KIND_COUNT ? names[kind] : "entity";
}

const char *afs_kind_folder(enum afs_kind kind)
{
    static const char *const folders[] = {"people", "organizations", "places"};
    return kind < AFS_KIND_COUNT ? folders[kind] : "entities";
}

const afs_entity *afs_article_kind(const afs_article *article,
                                   enum afs_kind kind, size_t *count)
{
    size_t from = article->kind_start[kind], to = article->kind_start[kind + 1];
    *count = to - from;
    return article->entities + from;
}

size_t afs_article_sentence_at(const afs_article *article, size_t pos)
{
    size_t lo = 0, hi = article->sentence_count;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (article->sentences[mid].start <= pos)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

bool afs_event_involves(const afs_event *event, const afs_entity *entity)
{
    for (size_t i = 0; i < event->participant_count; i++)
        if (event->participants[i] == entity)
            return true;
    return event->where == entity;
}

/* The index of e, which must be one of the article's entities. */
static size_t entity_index(const afs_article *a, const afs_entity *e)
{
    assert(e >= a->entities && e < a->entities + a->entity_count);
    return (size_t)(e - a->entities);
}

/* Calls take(ctx, entity index, event index) once for each entity the
 * event involves (a participant named twice, or also where, once). */
static void each_involved(const afs_article *a, size_t ev, size_t *last_event,
                          void (*take)(void *, size_t, size_t), void *ctx)
{
    const afs_event *event = &a->events[ev];
    for (size_t i = 0; i <= event->participant_count; i++) {
        const afs_entity *e = i < event->participant_count
                                  ? event->participants[i]
                                  : event->where;
        if (!e)
            continue;
        size_t k = entity_index(a, e);
        if (last_event[k] == ev + 1)
            continue;
        last_event[k] = ev + 1;
        take(ctx, k, ev);
    }
}

typedef struct indexer {
    const afs_article *a;
    afs_entity_links *links;
    const afs_quote **quotes; /* entity k's at quotes + first_quote[k] */
    const afs_event **events; /* entity k's at events + first_event[k] */
    size_t *first_quote, *first_event;
    size_t *last_event; /* 1 + the last event taken per entity, or 0 */
} indexer;

static void count_event(void *ctx, size_t k, size_t ev)
{
    (void)ev;
    ((indexer *)ctx)->links[k].event_count++;
}

static void add_event(void *ctx, size_t k, size_t ev)
{
    indexer *x = ctx;
    x->events[x->first_event[k] + x->links[k].event_count++] =
        &x->a->events[ev];
}

/* Calls take for every (entity, quote it said) and (entity, event it is
 * in) pair, in text order. */
static void each_link(indexer *x, void (*take_quote)(indexer *, size_t, size_t),
                      void (*take_event)(void *, size_t, size_t))
{
    const afs_article *a = x->a;
    for (size_t i = 0; i < a->quote_count; i++)
        if (a->quotes[i].speaker)
            take_quote(x, entity_index(a, a->quotes[i].speaker), i);
    memset(x->last_event, 0, (a->entity_count + 1) * sizeof *x->last_event);
    for (size_t ev = 0; ev < a->event_count; ev++)
        each_involved(a, ev, x->last_event, take_event, x);
}

static void count_quote(indexer *x, size_t k, size_t q)
{
    (void)q;
    x->links[k].quote_count++;
}

static void add_quote(indexer *x, size_t k, size_t q)
{
    x->quotes[x->first_quote[k] + x->links[k].quote_count++] = &x->a->quotes[q];
}

/* One array for all the quotes and one for all the events, each entity's
 * part of it where the counts say; the counts start again from 0. */
static void cut_arrays(indexer *x)
{
    size_t quotes = 0, events = 0, n = x->a->entity_count;
    for (size_t k = 0; k < n; k++) {
        x->first_quote[k] = quotes;
        x->first_event[k] = events;
        quotes += x->links[k].quote_count;
        events += x->links[k].event_count;
    }
    afs_arena *arena = x->a->arena;
    x->quotes = afs_arena_array(arena, quotes + 1, sizeof *x->quotes);
    x->events = afs_arena_array(arena, events + 1, sizeof *x->events);
    for (size_t k = 0; k < n; k++) {
        x->links[k].quotes = x->quotes + x->first_quote[k];
        x->links[k].events = x->events + x->first_event[k];
        x->links[k].quote_count = x->links[k].event_count = 0;
    }
}

void afs_article_index(afs_article *a)
{
    size_t n = a->entity_count;
    size_t *scratch = calloc(3 * (n + 1), sizeof *scratch);
    if (!scratch)
        abort();
    indexer x = {.a = a,
                 .links = afs_arena_array(a->arena, n + 1, sizeof *x.links),
                 .first_quote = scratch,
                 .first_event = scratch + n + 1,
                 .last_event = scratch + 2 * (n + 1)};
    each_link(&x, count_quote, count_event);
    cut_arrays(&x);
    each_link(&x, add_quote, add_event);
    free(scratch);
    a->entity_links = x.links;
}

const afs_entity_links *afs_entity_links_of(const afs_article *a,
                                            const afs_entity *e)
{
    assert(a->entity_links); /* afs_article_index was called */
    return &a->entity_links[entity_index(a, e)];
}
