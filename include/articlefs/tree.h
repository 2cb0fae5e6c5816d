/* tree.h - the inode table of one snapshot: every file, directory and
 * symlink of DESIGN.md section 2, with its content rendered once.
 *
 * A tree is immutable after it is built and owns the articles it was built
 * from. Inode 1 is the root; numbers are dense and stable for the life of a
 * snapshot. The tree knows nothing of FUSE: export and the FUSE glue both
 * walk it. */
#ifndef ARTICLEFS_TREE_H
#define ARTICLEFS_TREE_H

#include <stddef.h>
#include <stdint.h>

#include "articlefs/corpus.h"
#include "articlefs/model.h"

typedef uint64_t afs_ino;
#define AFS_ROOT_INO ((afs_ino)1)

enum afs_node_type { AFS_NODE_DIR, AFS_NODE_FILE, AFS_NODE_LINK };

typedef struct afs_xattr {
    const char *name;  /* "user.articlefs.type" */
    const char *value; /* printable ASCII/UTF-8, no control characters */
} afs_xattr;

typedef struct afs_node {
    afs_ino ino;
    afs_ino parent;
    enum afs_node_type type;
    const char *name;        /* "" for the root */
    const char *data;        /* file content, or symlink target */
    size_t size;             /* exact length of data */
    const afs_ino *children; /* directories: sorted by name */
    size_t child_count;
    const afs_xattr *xattrs;
    size_t xattr_count;
} afs_node;

typedef struct afs_tree afs_tree;

/* Takes ownership of the article. */
afs_tree *afs_tree_build_article(afs_article *article);
/* A folder of articles (DESIGN.md section 2); takes ownership. */
afs_tree *afs_tree_build_corpus(afs_corpus *corpus);
void afs_tree_free(afs_tree *tree);

size_t afs_tree_node_count(const afs_tree *tree);
/* NULL when ino is not in this tree. */
const afs_node *afs_tree_node(const afs_tree *tree, afs_ino ino);
/* NULL when parent is no directory or has no such child. */
const afs_node *afs_tree_lookup(const afs_tree *tree, afs_ino parent,
                                const char *name);
/* Walks a relative path such as "people/donald-trump/name" from the root,
 * without following symlinks. */
const afs_node *afs_tree_resolve(const afs_tree *tree, const char *path);

/* Writes the tree as real files and symlinks into dir (created if absent,
 * must be empty). Returns 0 or -errno, with a message in err. */
int afs_tree_export(const afs_tree *tree, const char *dir, char *err,
                    size_t err_size);

#endif
