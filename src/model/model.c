#include "articlefs/model.h"

#include <stdlib.h>

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
