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
    const afs_event **events; /* entity k's at events + first[k] */
    size_t *first;
} indexer;

static void count_event(void *ctx, size_t k, size_t ev)
{
    (void)ev;
    ((indexer *)ctx)->links[k].event_count++;
}

static void add_event(void *ctx, size_t k, size_t ev)
{
    indexer *x = ctx;
    x->events[x->first[k] + x->links[k].event_count++] = &x->a->events[ev];
}

void afs_article_index(afs_article *a)
{
    size_t n = a->entity_count;
    afs_entity_links *links = afs_arena_array(a->arena, n + 1, sizeof *links);
    size_t *scratch = calloc(3 * (n + 1), sizeof *scratch);
    if (!scratch)
        abort();
    size_t *last_event = scratch, *first = scratch + n + 1;
    size_t *first_quote = first + n + 1;
    indexer x = {.a = a, .links = links, .first = first};
    for (size_t i = 0; i < a->quote_count; i++)
        if (a->quotes[i].speaker)
            links[entity_index(a, a->quotes[i].speaker)].quote_count++;
    for (size_t ev = 0; ev < a->event_count; ev++)
        each_involved(a, ev, last_event, count_event, &x);
    /* one array each for all quotes and all events, cut per entity */
    size_t quotes_total = 0, events_total = 0;
    for (size_t k = 0; k < n; k++) {
        first[k] = events_total;
        first_quote[k] = quotes_total;
        events_total += links[k].event_count;
        quotes_total += links[k].quote_count;
    }
    const afs_quote **quotes =
        afs_arena_array(a->arena, quotes_total + 1, sizeof *quotes);
    x.events = afs_arena_array(a->arena, events_total + 1, sizeof *x.events);
    for (size_t k = 0; k < n; k++) {
        links[k].quotes = quotes + first_quote[k];
        links[k].events = x.events + first[k];
        links[k].quote_count = links[k].event_count = 0;
    }
    for (size_t i = 0; i < a->quote_count; i++)
        if (a->quotes[i].speaker) {
            size_t k = entity_index(a, a->quotes[i].speaker);
            quotes[first_quote[k] + links[k].quote_count++] = &a->quotes[i];
        }
    memset(last_event, 0, (n + 1) * sizeof *last_event);
    for (size_t ev = 0; ev < a->event_count; ev++)
        each_involved(a, ev, last_event, add_event, &x);
    free(scratch);
    a->entity_links = links;
}

const afs_entity_links *afs_entity_links_of(const afs_article *a,
                                            const afs_entity *e)
{
    assert(a->entity_links); /* afs_article_index was called */
    return &a->entity_links[entity_index(a, e)];
}
