/* internal.h - how src/tree makes a tree on demand. Each node records what
 * it shows (a kind and the model object); tree.c stores nodes and makes a
 * directory's children when it is first looked into, article.c and
 * corpus.c say what those children are and render file contents. Nothing
 * outside src/tree sees this. */
#ifndef ARTICLEFS_TREE_INTERNAL_H
#define ARTICLEFS_TREE_INTERNAL_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>

#include "articlefs/arena.h"
#include "articlefs/tree.h"

enum node_kind {
    /* directories of one article */
    K_ARTICLE_ROOT,
    K_KIND_DIR, /* people/, organizations/, places/ */
    K_ENTITY,
    K_ENTITY_QUOTES,
    K_ENTITY_EVENTS,
    K_QUOTES,
    K_QUOTE,
    K_EVENTS,
    K_EVENT,
    K_PARTICIPANTS,
    /* directories of a corpus */
    K_CORPUS_ROOT,
    K_ARTICLES,
    K_MERGED_KIND,
    K_MERGED,
    K_MERGED_ARTICLES,
    K_MERGED_QUOTES,
    K_MERGED_EVENTS,
    K_CORPUS_QUOTES,
    K_CORPUS_EVENTS,
    K_LAST_DIR = K_CORPUS_EVENTS,
    /* files of one article */
    K_README,
    K_ARTICLE_TEXT,
    K_ARTICLE_JSON,
    K_SUMMARY,
    K_TIMELINE,
    K_GRAPH,
    K_ENTITY_NAME,
    K_ENTITY_CARD,
    K_ENTITY_JSON,
    K_MENTIONS,
    K_QUOTE_TEXT,
    K_QUOTE_CARD,
    K_QUOTE_JSON,
    K_EVENT_SUMMARY,
    K_EVENT_WHEN,
    K_EVENT_CARD,
    K_EVENT_JSON,
    /* files of a corpus */
    K_MERGED_NAME,
    K_MERGED_CARD,
    K_MERGED_JSON,
    K_MERGED_MENTIONS,
    K_CORPUS_README,
    K_CORPUS_SUMMARY,
    K_CORPUS_TIMELINE,
    K_LAST_FILE = K_CORPUS_TIMELINE,
    K_LINK,
};

#define SIZE_UNKNOWN SIZE_MAX

typedef struct node {
    afs_node pub;
    uint8_t kind;          /* enum node_kind */
    uint8_t entity_kind;   /* K_KIND_DIR, K_MERGED_KIND */
    atomic_bool expanded;  /* children made (directories) */
    uint32_t child_count;  /* set before expanded */
    uint32_t subdir_count; /* set before expanded */
    afs_ino first_child;   /* children are numbered in name order */
    size_t article;        /* index in the tree's articles */
    const void *object;    /* entity, quote, event, merged; link target */
    _Atomic size_t size;   /* files: SIZE_UNKNOWN until rendered */
} node;

/* What a directory holds, before it is sorted and numbered. */
typedef struct child {
    const char *name;
    uint8_t kind, entity_kind;
    size_t article;
    const void *object;
} child;

typedef struct children {
    child *v;
    size_t n, cap;
    afs_arena *arena; /* the tree's: names and targets live as long */
} children;

#define CACHE_SLOTS 64
#define MAX_CHUNKS 40

typedef struct rendered {
    afs_ino ino;
    afs_arena *arena; /* holds data */
    const char *data;
    size_t len;
} rendered;

struct afs_tree {
    pthread_mutex_t lock; /* making nodes, the arena and the cache */
    afs_arena *arena;
    node *chunks[MAX_CHUNKS]; /* see tree.c */
    _Atomic size_t count;
    afs_article **articles; /* the corpus's, or the one article */
    size_t article_count;
    afs_article *own_article; /* one-article tree: owned */
    afs_corpus *corpus;       /* owned, or NULL */
    rendered cache[CACHE_SLOTS];
    size_t cache_next;
};

static inline const node *node_in(const afs_node *n)
{
    return (const node *)n;
}

static inline const afs_article *article_of(const afs_tree *t, const node *n)
{
    return t->articles[n->article];
}

void add_child(children *c, const char *name, enum node_kind kind,
               size_t article, const void *object);
void add_link(children *c, const char *name, const char *target);
/* Which entities the directory added last holds (people/ or places/). */
void set_entity_kind(children *c, enum afs_kind kind);

/* article.c: the children and files of one article's tree. */
void article_children(const afs_tree *t, const node *dir, children *out);
char *article_content(afs_arena *arena, const afs_tree *t, const node *n,
                      size_t *len);
size_t article_xattrs(const afs_tree *t, const node *n, afs_xattr *out,
                      char *buf, size_t cap);

/* Links to the quotes (or events) of entity e in article a, named prefix +
 * id, pointing at up + "quotes/" + id. */
void link_said_and_done(children *out, const afs_article *a,
                        const afs_entity *e, bool quotes, const char *prefix,
                        const char *up);

/* A one-line file: text and a newline. */
char *line_file(afs_arena *arena, const char *text, size_t *len);

/* corpus.c: the same for the corpus level. */
void corpus_children(const afs_tree *t, const node *dir, children *out);
char *corpus_content(afs_arena *arena, const afs_tree *t, const node *n,
                     size_t *len);
size_t corpus_xattrs(const afs_tree *t, const node *n, afs_xattr *out,
                     char *buf, size_t cap);

/* A printable copy of value in buf: bytes that are not UTF-8, control
 * characters, bidi and zero-width marks become '?'. */
const char *printable(const char *value, char *buf, size_t cap);

afs_tree *tree_new(enum node_kind root_kind, size_t root_article);

#endif
