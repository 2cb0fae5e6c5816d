/* fs.h - the thin FUSE low-level glue: serves tree snapshots.
 *
 * Everything it answers comes from a tree (tree.h); it renders and
 * extracts nothing. A reload swaps the current snapshot and tells the
 * kernel what went stale. A number a new tree keeps (an unchanged
 * article's) is served from it; one it dropped still reaches the snapshot
 * that gave it, so a file opened before a reload keeps reading the
 * snapshot it opened, which is freed when the kernel has forgotten the
 * last of its names (snapshots.h counts them). */
#ifndef ARTICLEFS_FUSE_FS_H
#define ARTICLEFS_FUSE_FS_H

#define FUSE_USE_VERSION 34
#include <fuse_lowlevel.h>
#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>
#include <time.h>

#include "articlefs/tree.h"
#include "snapshots.h"

typedef struct afs_fs {
    afs_snapshots snapshots;
    struct fuse_session *session; /* for invalidation; NULL before mount */
    bool no_xattrs; /* -o noxattr: getxattr answers ENOSYS, once */
    uid_t uid;
    gid_t gid;
} afs_fs;

/* Prepares fs to serve tree (taken over) with the source's mtime. */
void afs_fs_init(afs_fs *fs, afs_tree *tree, struct timespec mtime);
/* The tree served now: valid until the caller replaces it, so the one
 * that reloads may build the next tree from it. */
const afs_tree *afs_fs_current_tree(afs_fs *fs);
/* Serves tree (built from the current one) from now on; the kernel
 * forgets the names that changed. */
void afs_fs_replace(afs_fs *fs, afs_tree *tree, struct timespec mtime);
void afs_fs_destroy(afs_fs *fs);

extern const struct fuse_lowlevel_ops afs_fs_ops;

#endif
