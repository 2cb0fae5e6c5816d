/* corpus.h - many articles, and their entities merged across them.
 *
 * Entities of one kind merge when one's name is the other's name or alias
 * ("Donald Trump" in one article, "Trump" in another), or a person's name
 * without its middle initials ("Ana M. Ferreira", "Ana Ferreira"); an
 * alias that two different entities share ("Smith") merges nothing. A
 * name of several words that articles class differently takes the kind
 * most of them give it. The corpus owns its articles.
 *
 * Layer: model (docs/ARCHITECTURE.md). */
#ifndef ARTICLEFS_CORPUS_H
#define ARTICLEFS_CORPUS_H

#include <stddef.h>

#include "articlefs/model.h"

typedef struct afs_member {
    size_t article;           /* index in the corpus */
    const afs_entity *entity; /* in that article */
} afs_member;

typedef struct afs_merged {
    enum afs_kind kind;
    const char *id;            /* unique across the corpus */
    const char *name;          /* the longest name among the members */
    const afs_member *members; /* in article order */
    size_t member_count;
} afs_merged;

typedef struct afs_corpus {
    afs_article **articles;
    const char **ids; /* slugs: "000" for 000.txt, unique */
    size_t article_count;
    afs_merged *merged; /* grouped by kind, then by first appearance */
    size_t merged_count;
    afs_arena *arena;
} afs_corpus;

/* Takes the articles (and copies the ids); merges their entities. */
afs_corpus *afs_corpus_new(afs_article **articles, const char *const *ids,
                           size_t count);
void afs_corpus_free(afs_corpus *corpus);

#endif
