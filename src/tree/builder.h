/* builder.h - how src/tree builds a tree: nodes added one by one under
 * their parent (names made safe and unique there), children sorted at the
 * end. Shared by the single-article tree (tree.c) and the corpus (corpus.c);
 * nothing outside src/tree sees it. */
#ifndef ARTICLEFS_TREE_BUILDER_H
#define ARTICLEFS_TREE_BUILDER_H

#include "articlefs/corpus.h"
#include "articlefs/slug.h"
#include "articlefs/tree.h"

#define MAX_XATTRS 4

typedef struct child_list {
    afs_ino *v;
    size_t n, cap;
} child_list;

typedef struct builder {
    afs_arena *arena;   /* the tree's: what it serves */
    afs_arena *scratch; /* the build's own: name sets, freed at the end */
    afs_node *nodes;
    child_list *children;
    afs_slug_set **names;
    size_t count, cap;
} builder;

/* The names one article's directories got, to point links at them. */
typedef struct article_dirs {
    const char **entity; /* by entity index */
    const char **quote;
    const char **event;
} article_dirs;

const char *safe_name(afs_arena *arena, const char *name);
afs_node *node_of(builder *b, afs_ino ino);
afs_ino add_dir(builder *b, afs_ino parent, const char *name);
void add_file(builder *b, afs_ino parent, const char *name, const char *data,
              size_t size);
/* A one-line file: the text and a newline. */
void add_line(builder *b, afs_ino parent, const char *name, const char *text);
void add_link(builder *b, afs_ino parent, const char *name, const char *target);
void add_xattr(builder *b, afs_ino ino, const char *name, const char *value);

/* Links in quotes/ and events/ to what entity e said and took part in:
 * named name_prefix + id, pointing at up + "quotes/" + id. */
void link_quotes_and_events(builder *b, afs_ino quotes, afs_ino events,
                            const afs_article *a, const afs_entity *e,
                            const article_dirs *d, const char *name_prefix,
                            const char *up);

/* The whole one-article tree under root. */
article_dirs build_article(builder *b, afs_ino root, const afs_article *a);
/* Sorts every directory and hands the nodes to a tree that owns the
 * articles, or the whole corpus. */
afs_tree *finish(builder *b, afs_article **articles, size_t article_count);
afs_tree *finish_corpus(builder *b, afs_corpus *corpus);

#endif
