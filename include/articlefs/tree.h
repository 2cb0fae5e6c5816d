/* tree.h - the inode table of one snapshot: every file, directory and
 * symlink of the README's "The tree", made from the model when first
 * asked for.
 *
 * A directory's children are made the first time it is looked into, and
 * a file's content is rendered when it is first read or stat'ed (its size
 * then kept, its bytes kept in a small cache): a mount is ready as soon as
 * the articles are extracted, and memory follows what is read, not what
 * could be. The tree is deterministic and, seen from outside, immutable:
 * every call is safe from several threads at once. Inode 1 is the root,
 * 2 a corpus's articles/. A tree built from the one it replaces keeps
 * those numbers, and those of every article that did not change; all its
 * other numbers are new, never used by a tree before it. The tree knows
 * nothing of FUSE: export and the FUSE glue both walk it.
 *
 * Layer: tree (docs/ARCHITECTURE.md). */
#ifndef ARTICLEFS_TREE_H
#define ARTICLEFS_TREE_H

#include <stddef.h>
#include <stdint.h>

#include "articlefs/corpus.h"
#include "articlefs/model.h"

typedef uint64_t afs_ino;
#define AFS_ROOT_INO ((afs_ino)1)
#define AFS_ARTICLES_INO ((afs_ino)2)
#define AFS_MAX_XATTRS 4

/* Numbers come in inode tables (an article's subtree, or a tree's own
 * top-level nodes): a tree built from another shares a table whole or
 * not at all. The fixed numbers, the root and a corpus's articles/, are
 * in table 0, which every tree of their kind has. */
static inline uint32_t afs_ino_table(afs_ino ino)
{
    return (uint32_t)(ino >> 32);
}

enum afs_node_type { AFS_NODE_DIR, AFS_NODE_FILE, AFS_NODE_LINK };

typedef struct afs_node {
    afs_ino ino;
    afs_ino parent; /* the root is its own parent */
    enum afs_node_type type;
    const char *name; /* "" for the root */
} afs_node;

typedef struct afs_xattr {
    const char *name;  /* "user.articlefs.type" */
    const char *value; /* printable, no control characters */
} afs_xattr;

typedef struct afs_tree afs_tree;

/* Takes ownership of the article. previous is the tree this one replaces,
 * or NULL; it must outlive the call, and may be freed before the new
 * tree. */
afs_tree *afs_tree_build_article(afs_article *article,
                                 const afs_tree *previous);
/* A folder of articles (README.md, "The tree"); takes ownership. */
afs_tree *afs_tree_build_corpus(afs_corpus *corpus, const afs_tree *previous);
void afs_tree_free(afs_tree *tree);

/* What a reload from old to fresh (built from old) makes stale in a cache
 * of names: stale(ctx, dir, NULL) for a directory whose listing or
 * attributes changed, stale(ctx, dir, name) for a name in it that now
 * leads elsewhere or nowhere, or that newly leads somewhere. */
typedef void (*afs_stale_fn)(void *ctx, afs_ino dir, const char *name);
void afs_tree_changes(const afs_tree *old, const afs_tree *fresh,
                      afs_stale_fn stale, void *ctx);

/* Every name made so far in old's tables that fresh does not share, below
 * the root and articles/, as stale(ctx, dir, name): all a cache of names
 * may still hold of old once the names afs_tree_changes reports are gone
 * and no more are given from old. */
void afs_tree_made_names(const afs_tree *old, const afs_tree *fresh,
                         afs_stale_fn stale, void *ctx);

/* Nodes made so far (more appear as directories are looked into). */
size_t afs_tree_node_count(const afs_tree *tree);
/* NULL when no node has that number yet. */
const afs_node *afs_tree_node(const afs_tree *tree, afs_ino ino);

/* A directory's children, sorted by name; 0 / NULL for other nodes. */
size_t afs_tree_child_count(const afs_tree *tree, const afs_node *dir);
const afs_node *afs_tree_child(const afs_tree *tree, const afs_node *dir,
                               size_t i);
size_t afs_tree_subdir_count(const afs_tree *tree, const afs_node *dir);
/* NULL when parent is no directory or has no such child. */
const afs_node *afs_tree_lookup(const afs_tree *tree, afs_ino parent,
                                const char *name);
/* Walks a relative path such as "people/donald-trump/name" from the root,
 * without following symlinks. */
const afs_node *afs_tree_resolve(const afs_tree *tree, const char *path);

/* Exact size in bytes of a file's content or a link's target; 0 for a
 * directory. */
size_t afs_tree_size(const afs_tree *tree, const afs_node *node);
/* False while the size would take rendering a file made from every article
 * of a corpus (its summary and timeline): a listing should not wait for
 * that before anyone asks. */
bool afs_tree_size_is_cheap(const afs_tree *tree, const afs_node *node);
/* Copies up to size bytes of a file's content from offset off into buf;
 * returns how many. */
size_t afs_tree_read(const afs_tree *tree, const afs_node *node, size_t off,
                     char *buf, size_t size);
/* Hands use(ctx, bytes, n) up to size bytes of a file's content from
 * offset off, not copied: they stay valid until use returns (the FUSE
 * glue replies straight from them). */
typedef void (*afs_bytes_fn)(void *ctx, const char *bytes, size_t n);
void afs_tree_read_with(const afs_tree *tree, const afs_node *node, size_t off,
                        size_t size, afs_bytes_fn use, void *ctx);
/* The whole content, malloc'ed and NUL-terminated, its length in *len. */
char *afs_tree_content(const afs_tree *tree, const afs_node *node, size_t *len);
/* A symlink's relative target; NULL for other nodes. */
const char *afs_tree_link_target(const afs_tree *tree, const afs_node *node);
/* The node's extended attributes, at most AFS_MAX_XATTRS; values that
 * need it are written into buf (cap bytes). */
size_t afs_tree_xattrs(const afs_tree *tree, const afs_node *node,
                       afs_xattr *out, char *buf, size_t cap);

/* Writes the tree as real files and symlinks into dir (created if absent,
 * must be empty). Returns 0 or -errno, with a message in err. */
int afs_tree_export(const afs_tree *tree, const char *dir, char *err,
                    size_t err_size);

#endif
