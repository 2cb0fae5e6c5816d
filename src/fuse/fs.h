/* fs.h - the thin FUSE low-level glue: serves one tree snapshot.
 *
 * Everything it answers comes from the tree (tree.h); it renders and
 * extracts nothing. The snapshot is the only mutable state, held in
 * afs_fs and handed to libfuse as the session's user data. */
#ifndef ARTICLEFS_FUSE_FS_H
#define ARTICLEFS_FUSE_FS_H

#define FUSE_USE_VERSION 34
#include <fuse_lowlevel.h>
#include <sys/types.h>
#include <time.h>

#include "articlefs/tree.h"

typedef struct afs_fs {
    afs_tree *tree;
    nlink_t *nlink;        /* per inode, 2 + subdirectories for folders */
    struct timespec mtime; /* of the source, for every node */
    uid_t uid;
    gid_t gid;
} afs_fs;

/* Prepares fs to serve tree (taken over) with the source's mtime. */
void afs_fs_init(afs_fs *fs, afs_tree *tree, struct timespec mtime);
void afs_fs_destroy(afs_fs *fs);

extern const struct fuse_lowlevel_ops afs_fs_ops;

#endif
