/* fs.h - the thin FUSE low-level glue: serves tree snapshots.
 *
 * Everything it answers comes from a tree (tree.h); it renders and
 * extracts nothing. The current snapshot is the only mutable state: a
 * reload swaps it under a lock and tells the kernel what went stale. An
 * inode number carries its snapshot's generation, so a file opened before
 * a reload keeps reading the snapshot it opened, which is freed when the
 * kernel has forgotten the last of its names, or after two more reloads. */
#ifndef ARTICLEFS_FUSE_FS_H
#define ARTICLEFS_FUSE_FS_H

#define FUSE_USE_VERSION 34
#include <fuse_lowlevel.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>
#include <time.h>

#include "articlefs/tree.h"

typedef struct afs_snapshot {
    afs_tree *tree;
    struct timespec mtime; /* of the source, for every node */
    uint32_t generation;
    uint64_t busy;  /* one while current, one per request being answered */
    uint64_t names; /* names of it the kernel holds */
    struct afs_snapshot *older; /* still read by someone */
} afs_snapshot;

typedef struct afs_fs {
    pthread_mutex_t lock;
    afs_snapshot *current;
    struct fuse_session *session; /* for invalidation; NULL before mount */
    uint32_t generations;
    bool no_xattrs; /* -o noxattr: getxattr answers ENOSYS, once */
    uid_t uid;
    gid_t gid;
} afs_fs;

/* Prepares fs to serve tree (taken over) with the source's mtime. */
void afs_fs_init(afs_fs *fs, afs_tree *tree, struct timespec mtime);
/* Serves tree from now on; the kernel forgets the old names. */
void afs_fs_replace(afs_fs *fs, afs_tree *tree, struct timespec mtime);
void afs_fs_destroy(afs_fs *fs);

extern const struct fuse_lowlevel_ops afs_fs_ops;

#endif
