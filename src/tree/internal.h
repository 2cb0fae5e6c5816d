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
#include "articlefs/vector.h"

/* What a node shows. Each kind's row in node_kinds (kinds.c) says all
 * else: its name, whether it is a file, a directory or a link, where it
 * sits and how its children and content are made. */
enum node_kind {
    K_ARTICLE_ROOT,
    K_README,
    K_ARTICLE_TEXT,
    K_SOURCE_HTML, /* a web page's own bytes */
    K_ARTICLE_JSON,
    K_SUMMARY,
    K_TIMELINE,
    K_GRAPH,
    K_KIND_DIR, /* people/, organizations/, places/ */
    K_ENTITY,
    K_ENTITY_NAME,
    K_ENTITY_CARD,
    K_ENTITY_JSON,
    K_MENTIONS,
    K_ENTITY_QUOTES,
    K_ENTITY_EVENTS,
    K_QUOTES,
    K_QUOTE,
    K_QUOTE_TEXT,
    K_QUOTE_CARD,
    K_QUOTE_JSON,
    K_EVENTS,
    K_EVENT,
    K_EVENT_SUMMARY,
    K_EVENT_WHEN,
    K_EVENT_CARD,
    K_EVENT_JSON,
    K_EVENT_MENTIONS,
    K_PARTICIPANTS,
    K_CORPUS_ROOT,
    K_CORPUS_README,
    K_CORPUS_SUMMARY,
    K_CORPUS_TIMELINE,
    K_ARTICLES,
    K_MERGED_KIND,
    K_MERGED,
    K_MERGED_NAME,
    K_MERGED_CARD,
    K_MERGED_JSON,
    K_MERGED_MENTIONS,
    K_MERGED_ARTICLES,
    K_MERGED_QUOTES,
    K_MERGED_EVENTS,
    K_CORPUS_QUOTES,
    K_CORPUS_EVENTS,
    K_LINK,
    K_KIND_COUNT,
    K_NO_PARENT = K_KIND_COUNT, /* listed by a directory, not fixed in it */
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
    AFS_VEC(child) list;
    afs_arena *arena; /* the table's: names and targets live as long */
} children;

enum node_level { L_ARTICLE, L_CORPUS };

typedef struct kind_row {
    const char *what; /* for people reading the table and for the tests */
    enum afs_node_type type;
    enum node_level level; /* corpus kinds appear only in a corpus's tree */
    /* Fixed children: every kind whose parent is a directory's kind is in
     * it under name, showing the directory's object, when present says
     * so (NULL: always). Other kinds are listed by their parent's list. */
    enum node_kind parent;
    const char *name;
    bool (*present)(const node *dir);
    /* A directory's other children (NULL: none). */
    void (*list)(const afs_tree *t, const node *dir, children *out);
    /* How many subdirectories a directory holds, known without making
     * its children (NULL: not known). */
    size_t (*subdirs)(const afs_tree *t, const node *dir);
    /* A file's content (a link's is its target). */
    char *(*content)(afs_arena *arena, const afs_tree *t, const node *n,
                     size_t *len);
    /* Extended attributes (NULL: none). */
    size_t (*xattrs)(const afs_tree *t, const node *n, afs_xattr *out,
                     char *buf, size_t cap);
    bool costly; /* content made from every article of a corpus */
} kind_row;

extern const kind_row node_kinds[K_KIND_COUNT];

static inline const kind_row *row_of(const node *n)
{
    return &node_kinds[n->kind];
}

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

/* Links to the quotes (or events) of entity e in article a, named prefix +
 * id, pointing at up + "quotes/" + id. */
void link_said_and_done(children *out, const afs_article *a,
                        const afs_entity *e, bool quotes, const char *prefix,
                        const char *up);

/* A one-line file: text and a newline. */
char *line_file(afs_arena *arena, const char *text, size_t *len);

/* article.c: what the rows of one article's kinds call. */
void list_kind_dirs(const afs_tree *t, const node *dir, children *out);
void list_entities(const afs_tree *t, const node *dir, children *out);
void list_entity_quotes(const afs_tree *t, const node *dir, children *out);
void list_entity_events(const afs_tree *t, const node *dir, children *out);
void list_quotes(const afs_tree *t, const node *dir, children *out);
void list_quote_links(const afs_tree *t, const node *dir, children *out);
void list_events(const afs_tree *t, const node *dir, children *out);
void list_event_links(const afs_tree *t, const node *dir, children *out);
void list_participants(const afs_tree *t, const node *dir, children *out);
size_t no_subdirs(const afs_tree *t, const node *dir);
size_t subdirs_of_kind(const afs_tree *t, const node *dir);
size_t subdirs_quotes(const afs_tree *t, const node *dir);
size_t subdirs_events(const afs_tree *t, const node *dir);
bool event_has_when(const node *event_dir);
bool article_has_source_page(const node *root);
#define CONTENT(name)                                                          \
    char *name(afs_arena *arena, const afs_tree *t, const node *n, size_t *len)
CONTENT(no_content);
CONTENT(readme_file);
CONTENT(article_text_file);
CONTENT(source_html_file);
CONTENT(article_json_file);
CONTENT(summary_file);
CONTENT(timeline_file);
CONTENT(graph_file);
CONTENT(entity_name_file);
CONTENT(entity_card_file);
CONTENT(entity_json_file);
CONTENT(mentions_file);
CONTENT(quote_text_file);
CONTENT(quote_card_file);
CONTENT(quote_json_file);
CONTENT(event_summary_file);
CONTENT(event_when_file);
CONTENT(event_card_file);
CONTENT(event_json_file);
CONTENT(event_mentions_file);
#define XATTRS(name)                                                           \
    size_t name(const afs_tree *t, const node *n, afs_xattr *out, char *buf,   \
                size_t cap)
XATTRS(article_xattrs);
XATTRS(entity_xattrs);
XATTRS(quote_xattrs);
XATTRS(event_xattrs);

/* corpus.c: the same for a corpus's own kinds. */
void list_merged_kind_dirs(const afs_tree *t, const node *dir, children *out);
void list_merged(const afs_tree *t, const node *dir, children *out);
void list_member_links(const afs_tree *t, const node *dir, children *out);
void list_all_quotes(const afs_tree *t, const node *dir, children *out);
void list_all_events(const afs_tree *t, const node *dir, children *out);
size_t subdirs_articles(const afs_tree *t, const node *dir);
size_t subdirs_merged_kind(const afs_tree *t, const node *dir);
CONTENT(merged_name_file);
CONTENT(merged_card_file);
CONTENT(merged_json_file);
CONTENT(merged_mentions_file);
CONTENT(corpus_readme_file);
CONTENT(corpus_summary_file);
CONTENT(corpus_timeline_file);
XATTRS(corpus_xattrs);
XATTRS(merged_xattrs);

/* A printable copy of value in buf: bytes that are not UTF-8, control
 * characters, bidi and zero-width marks become '?'. */
const char *printable(const char *value, char *buf, size_t cap);

#endif
