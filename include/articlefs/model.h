/* model.h - the immutable entity tree of one article.
 *
 * extract builds it, render and tree only read it. Everything hangs off one
 * arena owned by the article; afs_article_free() releases it all. Byte
 * offsets (afs_span) point into the article text exactly as it was read.
 *
 * Layer: model (docs/ARCHITECTURE.md). */
#ifndef ARTICLEFS_MODEL_H
#define ARTICLEFS_MODEL_H

#include <stdbool.h>
#include <stddef.h>

#include "articlefs/arena.h"

typedef struct afs_span {
    size_t start, end; /* [start, end) byte offsets into the article */
} afs_span;

enum afs_kind { AFS_PERSON, AFS_ORGANIZATION, AFS_PLACE, AFS_KIND_COUNT };

enum afs_gender { AFS_GENDER_UNKNOWN, AFS_GENDER_MALE, AFS_GENDER_FEMALE };

typedef struct afs_entity {
    enum afs_kind kind;
    enum afs_gender gender;
    const char *id;   /* slug, unique across all entities of the article */
    const char *name; /* fullest form in the text */
    const char *const *aliases;
    size_t alias_count;
    const char *const *roles;
    size_t role_count;
    const afs_span *mentions; /* in text order */
    size_t mention_count;
} afs_entity;

/* A product, programme, mission, vehicle, film or tournament the text
 * names: kept apart from people, organizations and places. */
typedef struct afs_work {
    const char *id; /* slug, unique across the article's entities and works */
    const char *name;
    const afs_span *mentions; /* in text order */
    size_t mention_count;
} afs_work;

enum afs_quote_kind { AFS_QUOTE_DIRECT, AFS_QUOTE_INDIRECT };

typedef struct afs_quote {
    const char *id;   /* "01-extremely-good-friends" */
    const char *text; /* between the marks (direct) or the reported clause */
    const afs_entity *speaker; /* NULL when unknown */
    enum afs_quote_kind kind;
    afs_span span; /* of text */
} afs_quote;

typedef struct afs_when {
    const char *text; /* as written: "on Friday" */
    const char *date; /* YYYY-MM-DD, or NULL when it cannot be resolved */
    const char *end;  /* last day of a range ("last week"), or NULL */
} afs_when;

typedef struct afs_event {
    const char *id; /* "03-phone-conversation" */
    const char *summary;
    const char *trigger; /* word or phrase as written */
    const char *type;    /* "meet", "visit", ... (a fixed list, CAMEO-like) */
    const afs_entity *const *participants;
    size_t participant_count;
    const afs_when *when;     /* NULL when the text gives no time */
    const afs_entity *where;  /* NULL when the text gives no place */
    afs_span span;            /* of the sentence it comes from */
    const afs_span *mentions; /* each telling's trigger, in text order */
    size_t mention_count;
} afs_event;

/* What one entity said and took part in (or is where it happened), each
 * in text order. */
typedef struct afs_entity_links {
    const afs_quote *const *quotes;
    size_t quote_count;
    const afs_event *const *events;
    size_t event_count;
} afs_entity_links;

typedef struct afs_article {
    const char *source_name; /* file name it came from, or NULL */
    const char *text;        /* the bytes as read (may hold invalid UTF-8) */
    size_t text_len;
    const char *title; /* headline or NULL */
    const char *date;  /* YYYY-MM-DD or NULL */
    /* ISO 639-1 code of the text's language ("en"), "und" when it is not
     * English but not told, NULL when too short to tell */
    const char *language;
    /* From a web page's metadata (NULL, 0 for plain text). */
    const char *const *authors;
    size_t author_count;
    const char *site;     /* the outlet */
    const char *url;      /* canonical */
    const char *original; /* the page, byte for byte */
    size_t original_len;
    /* Entities grouped by kind, each group in order of first mention:
     * kind k is entities[kind_start[k] .. kind_start[k + 1]). */
    const afs_entity *entities;
    size_t entity_count;
    size_t kind_start[AFS_KIND_COUNT + 1];
    const afs_work *works; /* in order of first mention */
    size_t work_count;
    const afs_quote *quotes; /* in text order */
    size_t quote_count;
    const afs_event *events; /* in text order */
    size_t event_count;
    const afs_span *sentences; /* in text order, for mentions.txt */
    size_t sentence_count;
    /* entity_links[i] for entities[i]: made by afs_article_index */
    const afs_entity_links *entity_links;
    afs_arena *arena;
    _Atomic unsigned refs; /* snapshots and caches share articles */
} afs_article;

/* Another holder of the article; afs_article_free drops one, the last
 * frees it. Articles never change, so sharing them is safe. */
afs_article *afs_article_ref(afs_article *article);
void afs_article_free(afs_article *article);

const char *afs_kind_name(enum afs_kind kind);   /* "person" */
const char *afs_kind_folder(enum afs_kind kind); /* "people" */

/* Entities of one kind: returns the first, stores the count. */
const afs_entity *afs_article_kind(const afs_article *article,
                                   enum afs_kind kind, size_t *count);

/* Indexes what each entity said and took part in, so that listing them
 * costs no scan of every quote and event; called once the model is
 * complete, before anyone reads it. */
void afs_article_index(afs_article *article);
/* The quotes and events of an entity of the article. */
const afs_entity_links *afs_entity_links_of(const afs_article *article,
                                            const afs_entity *entity);

/* The entity takes part in the event, or is where it happens. */
bool afs_event_involves(const afs_event *event, const afs_entity *entity);

/* Index of the sentence holding byte offset pos (the last one starting at or
 * before it). */
size_t afs_article_sentence_at(const afs_article *article, size_t pos);

#endif
