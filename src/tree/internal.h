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
    K_EVENT_MENTIONS,
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

typedef struct table table;

typedef struct node {
    afs_node pub;
    uint8_t kind;          /* enum node_kind */
    uint8_t entity_kind;   /* K_KIND_DIR, K_MERGED_KIND */
    atomic_bool expanded;  /* children made (directories) */
    uint32_t child_count;  /* set before expanded */
    uint32_t subdir_count; /* set before expanded */
    uint32_t first_child;  /* in owner; children are numbered in name order */
    table *owner;          /* holds the node and its children */
    const void *object;    /* entity, quote, event, merged; link target */
    _Atomic size_t size;   /* files: SIZE_UNKNOWN until rendered */
} node;

#define MAX_CHUNKS 26

/* Nodes numbered in one space: an article's subtree, which trees built
 * one from another share while the article is unchanged (so its numbers
 * stay), or the corpus-level nodes of one tree. */
struct table {
    pthread_mutex_t lock;       /* making nodes and the arena */
    uint32_t space;             /* the high half of every number in it */
    _Atomic uint32_t count;     /* nodes made, the root included */
    _Atomic unsigned refs;      /* trees sharing it, beyond the first */
    const afs_article *article; /* an article's table; NULL for a corpus */
    afs_arena *arena;           /* names and link targets; made when needed */
    node *chunks[MAX_CHUNKS];   /* see tree.c */
    node root;
};

/* What a directory holds, before it is sorted and numbered. */
typedef struct child {
    const char *name;
    uint8_t kind, entity_kind;
    const void *object;
} child;

typedef struct children {
    child *v;
    size_t n, cap;
    afs_arena *arena; /* the table's: names and targets live as long */
} children;

#define CACHE_SLOTS 64

typedef struct rendered {
    afs_ino ino;
    afs_arena *arena; /* holds data */
    const char *data;
    size_t len;
} rendered;

struct afs_tree {
    table *top;               /* the corpus-level nodes, or the article's */
    table **by_name;          /* a corpus's articles, as articles/ lists */
    table **by_space;         /* the same, for finding a number */
    size_t article_count;     /* 0 for a one-article tree */
    afs_article *own_article; /* one-article tree: owned */
    afs_corpus *corpus;       /* owned, or NULL */
    uint32_t next_space;      /* the first a tree built from this may use */
    pthread_mutex_t lock;     /* the cache */
    rendered cache[CACHE_SLOTS];
    size_t cache_next;
};

static inline const node *node_in(const afs_node *n)
{
    return (const node *)n;
}

static inline const afs_article *article_of(const node *n)
{
    return n->owner->article;
}

void add_child(children *c, const char *name, enum node_kind kind,
               const void *object);
void add_link(children *c, const char *name, const char *target);
/* Which entities the directory added last holds (people/ or places/). */
void set_entity_kind(children *c, enum afs_kind kind);

/* article.c: the children and files of one article's tree. */
void article_children(const node *dir, children *out);
char *article_content(afs_arena *arena, const node *n, size_t *len);
size_t article_xattrs(const node *n, afs_xattr *out, char *buf, size_t cap);

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

#endif
