#include "fs.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

/* A snapshot never changes, so the kernel may keep names and attributes
 * for as long as it likes; a reload invalidates them. */
#define CACHE_SECONDS 86400.0
/* Snapshots kept after a reload for files opened before it. */
#define KEPT_OLD_SNAPSHOTS 2

/* ---- snapshots --------------------------------------------------------- */

static afs_snapshot *snapshot_new(afs_tree *tree, struct timespec mtime)
{
    afs_snapshot *s = calloc(1, sizeof *s);
    if (!s)
        abort();
    s->tree = tree;
    s->mtime = mtime;
    s->busy = 1; /* current */
    return s;
}

static void snapshot_free(afs_snapshot *s)
{
    afs_tree_free(s->tree);
    free(s);
}

void afs_fs_init(afs_fs *fs, afs_tree *tree, struct timespec mtime)
{
    memset(fs, 0, sizeof *fs);
    pthread_mutex_init(&fs->lock, NULL);
    fs->current = snapshot_new(tree, mtime);
    fs->uid = getuid();
    fs->gid = getgid();
}

void afs_fs_destroy(afs_fs *fs)
{
    for (afs_snapshot *s = fs->current, *next; s; s = next) {
        next = s->older;
        snapshot_free(s);
    }
    pthread_mutex_destroy(&fs->lock);
}

/* Frees s once no request is answered from it and either the kernel holds
 * none of its names or it is older than the snapshots kept for files
 * opened before a reload. The kernel keeps unused inodes cached until it
 * needs the memory, so without that limit every reload would stay. The
 * caller holds the lock. */
static void release_locked(afs_fs *fs, afs_snapshot *s)
{
    if (s->busy > 0)
        return;
    size_t age = 0;
    afs_snapshot **p = &fs->current;
    while (*p && *p != s) {
        p = &(*p)->older;
        age++;
    }
    if (!*p || (s->names > 0 && age <= KEPT_OLD_SNAPSHOTS))
        return;
    *p = s->older;
    snapshot_free(s);
}

static void unref_locked(afs_fs *fs, afs_snapshot *s)
{
    s->busy--;
    release_locked(fs, s);
}

/* Frees the idle snapshots older than those kept. */
static void forget_old_locked(afs_fs *fs)
{
    afs_snapshot *s = fs->current;
    for (size_t age = 0; s; age++) {
        afs_snapshot *older = s->older;
        if (age > KEPT_OLD_SNAPSHOTS)
            release_locked(fs, s);
        s = older;
    }
}

static void unref(afs_fs *fs, afs_snapshot *s)
{
    pthread_mutex_lock(&fs->lock);
    unref_locked(fs, s);
    pthread_mutex_unlock(&fs->lock);
}

static void tell_kernel(void *context, afs_ino dir, const char *name)
{
    afs_fs *fs = context;
    if (name)
        fuse_lowlevel_notify_inval_entry(fs->session, dir, name, strlen(name));
    else
        fuse_lowlevel_notify_inval_inode(fs->session, dir, 0, 0);
}

const afs_tree *afs_fs_current_tree(afs_fs *fs)
{
    pthread_mutex_lock(&fs->lock);
    const afs_tree *tree = fs->current->tree;
    pthread_mutex_unlock(&fs->lock);
    return tree;
}

/* The kernel forgets only what changed: the new tree keeps the numbers of
 * the articles that did not. */
void afs_fs_replace(afs_fs *fs, afs_tree *tree, struct timespec mtime)
{
    pthread_mutex_lock(&fs->lock);
    afs_snapshot *old = fs->current;
    afs_snapshot *fresh = snapshot_new(tree, mtime);
    fresh->older = old;
    fs->current = fresh;
    /* no longer current, but kept while its names are invalidated */
    forget_old_locked(fs);
    pthread_mutex_unlock(&fs->lock);
    if (fs->session)
        afs_tree_changes(old->tree, tree, tell_kernel, fs);
    unref(fs, old);
}

/* ---- inode numbers ----------------------------------------------------- */

/* The tree's numbers are the kernel's: 1 is the root for both, and a
 * tree never reuses a number an earlier one gave to something else. */
_Static_assert(AFS_ROOT_INO == FUSE_ROOT_ID, "the root is inode 1");

typedef struct held {
    afs_snapshot *snap;
    const afs_node *node;
} held;

/* The newest snapshot that knows an inode number, and its node, with a
 * reference taken; false when none does (any more). */
static bool hold(afs_fs *fs, fuse_ino_t ino, held *h)
{
    pthread_mutex_lock(&fs->lock);
    h->node = NULL;
    for (h->snap = fs->current; h->snap && !h->node; h->snap = h->snap->older)
        if ((h->node = afs_tree_node(h->snap->tree, ino)))
            break;
    if (h->node)
        h->snap->busy++;
    pthread_mutex_unlock(&fs->lock);
    return h->node != NULL;
}

static afs_fs *fs_of(fuse_req_t req)
{
    return fuse_req_userdata(req);
}

static bool is_current(afs_fs *fs, const afs_snapshot *s)
{
    pthread_mutex_lock(&fs->lock);
    bool current = fs->current == s;
    pthread_mutex_unlock(&fs->lock);
    return current;
}

/* The kernel now knows one more name of the snapshot: it keeps the
 * snapshot alive until it forgets that name (see afs_forget). */
static void count_lookup(afs_fs *fs, afs_snapshot *s)
{
    pthread_mutex_lock(&fs->lock);
    s->names++;
    pthread_mutex_unlock(&fs->lock);
}

static mode_t file_type(const afs_node *node)
{
    return node->type == AFS_NODE_DIR    ? S_IFDIR
           : node->type == AFS_NODE_LINK ? S_IFLNK
                                         : S_IFREG;
}

static void fill_stat(const afs_fs *fs, const afs_snapshot *s,
                      const afs_node *node, struct stat *st)
{
    memset(st, 0, sizeof *st);
    st->st_ino = node->ino;
    bool dir = node->type == AFS_NODE_DIR;
    st->st_mode = file_type(node) | (dir                           ? 0555
                                     : node->type == AFS_NODE_LINK ? 0777
                                                                   : 0444);
    st->st_nlink = dir ? 2 + afs_tree_subdir_count(s->tree, node) : 1;
    st->st_size = dir ? 4096 : (off_t)afs_tree_size(s->tree, node);
    st->st_blksize = 4096;
    st->st_blocks = (st->st_size + 511) / 512;
    st->st_uid = fs->uid;
    st->st_gid = fs->gid;
    st->st_atim = st->st_mtim = st->st_ctim = s->mtime;
}

static void fill_entry(const afs_fs *fs, const afs_snapshot *s,
                       const afs_node *node, struct fuse_entry_param *e)
{
    memset(e, 0, sizeof *e);
    e->ino = node->ino;
    e->attr_timeout = CACHE_SECONDS;
    e->entry_timeout = CACHE_SECONDS;
    fill_stat(fs, s, node, &e->attr);
}

/* A directory entry without attributes or a name the kernel keeps. */
static void fill_name_only(const afs_node *node, struct fuse_entry_param *e)
{
    memset(e, 0, sizeof *e);
    e->attr.st_ino = node->ino;
    e->attr.st_mode = file_type(node);
}

static void afs_init(void *userdata, struct fuse_conn_info *conn)
{
    (void)userdata;
    /* No FUSE_CAP_POSIX_ACL: the kernel would then ask for an ACL when
     * another user opens a file, and get "not supported" (see
     * afs_getxattr), which it takes as a denial. */
    if (conn->capable & FUSE_CAP_CACHE_SYMLINKS)
        conn->want |= FUSE_CAP_CACHE_SYMLINKS;
    if (conn->capable & FUSE_CAP_READDIRPLUS)
        conn->want |= FUSE_CAP_READDIRPLUS;
    /* Every listing with attributes, not only its first page: grep -r,
     * find and ls -l stat each name they list, and a page of names
     * without attributes cost one lookup per name after it. */
    conn->want &= ~FUSE_CAP_READDIRPLUS_AUTO;
}

/* The kernel dropped nlookup of its references to ino: a snapshot no
 * longer current is freed when the kernel knows none of its names. A
 * number several snapshots share is taken off the oldest that counts
 * names, which may then go sooner. */
static void forget_one(afs_fs *fs, fuse_ino_t ino, uint64_t nlookup)
{
    if (ino == FUSE_ROOT_ID)
        return;
    pthread_mutex_lock(&fs->lock);
    afs_snapshot *oldest = NULL;
    for (afs_snapshot *s = fs->current; s; s = s->older)
        if (s->names > 0 && afs_tree_node(s->tree, ino))
            oldest = s;
    if (oldest) {
        oldest->names -= nlookup < oldest->names ? nlookup : oldest->names;
        release_locked(fs, oldest);
    }
    pthread_mutex_unlock(&fs->lock);
}

static void afs_forget(fuse_req_t req, fuse_ino_t ino, uint64_t nlookup)
{
    forget_one(fs_of(req), ino, nlookup);
    fuse_reply_none(req);
}

static void afs_forget_multi(fuse_req_t req, size_t count,
                             struct fuse_forget_data *forgets)
{
    for (size_t i = 0; i < count; i++)
        forget_one(fs_of(req), forgets[i].ino, forgets[i].nlookup);
    fuse_reply_none(req);
}

static void afs_lookup(fuse_req_t req, fuse_ino_t parent, const char *name)
{
    afs_fs *fs = fs_of(req);
    held dir;
    if (!hold(fs, parent, &dir)) {
        fuse_reply_err(req, ENOENT);
        return;
    }
    /* A name looked up in a snapshot a reload replaced is gone: were it
     * made now, the kernel could keep the old snapshot alive for ever. */
    const afs_node *node =
        is_current(fs, dir.snap)
            ? afs_tree_lookup(dir.snap->tree, dir.node->ino, name)
            : NULL;
    struct fuse_entry_param e;
    if (node) {
        fill_entry(fs, dir.snap, node, &e);
        count_lookup(fs, dir.snap);
    } else if (!is_current(fs, dir.snap)) {
        unref(fs, dir.snap);
        fuse_reply_err(req, ENOENT);
        return;
    } else {
        /* a cached negative entry: a reload invalidates it */
        memset(&e, 0, sizeof e);
        e.entry_timeout = CACHE_SECONDS;
    }
    if (fuse_reply_entry(req, &e) != 0 && node)
        forget_one(fs, e.ino, 1);
    unref(fs, dir.snap);
}

static void afs_getattr(fuse_req_t req, fuse_ino_t ino,
                        struct fuse_file_info *fi)
{
    (void)fi;
    afs_fs *fs = fs_of(req);
    held h;
    if (!hold(fs, ino, &h)) {
        fuse_reply_err(req, ENOENT);
        return;
    }
    struct stat st;
    fill_stat(fs, h.snap, h.node, &st);
    fuse_reply_attr(req, &st, CACHE_SECONDS);
    unref(fs, h.snap);
}

static void afs_readlink(fuse_req_t req, fuse_ino_t ino)
{
    afs_fs *fs = fs_of(req);
    held h;
    if (!hold(fs, ino, &h)) {
        fuse_reply_err(req, ENOENT);
        return;
    }
    if (h.node->type != AFS_NODE_LINK)
        fuse_reply_err(req, EINVAL);
    else
        fuse_reply_readlink(req, afs_tree_link_target(h.snap->tree, h.node));
    unref(fs, h.snap);
}

/* Open and opendir answer ENOSYS: the kernel then never asks again, keeps
 * file contents and directory listings in its cache, and sends no release.
 * The mount is read-only, so the kernel refuses every open for writing
 * itself. A file opened before a reload keeps reading its snapshot: the
 * inode number names it, and the snapshot lives while the kernel holds
 * names of it (see afs_forget). */
static void afs_open(fuse_req_t req, fuse_ino_t ino, struct fuse_file_info *fi)
{
    (void)ino, (void)fi;
    fuse_reply_err(req, ENOSYS);
}

/* Entry index: 0 is ".", 1 is "..", 2 + i the i-th child; an entry's
 * offset is the index of the one after it. */
static void afs_readdir_common(fuse_req_t req, fuse_ino_t ino, size_t size,
                               off_t off, struct fuse_file_info *fi, bool plus)
{
    (void)fi;
    afs_fs *fs = fs_of(req);
    held h;
    if (!hold(fs, ino, &h)) {
        fuse_reply_err(req, ENOENT);
        return;
    }
    afs_snapshot *s = h.snap;
    const afs_node *dir = h.node;
    int err = dir->type != AFS_NODE_DIR ? ENOTDIR
              : !is_current(fs, s)      ? ENOENT /* see afs_lookup */
                                        : 0;
    /* the kernel asks for a page or a few: no allocation for those */
    char stack[32768];
    char *buf = err ? NULL : size <= sizeof stack ? stack : malloc(size);
    if (!buf) {
        unref(fs, s);
        fuse_reply_err(req, err ? err : ENOMEM);
        return;
    }
    size_t used = 0, count = afs_tree_child_count(s->tree, dir);
    for (size_t index = off < 0 ? 0 : (size_t)off; index < count + 2; index++) {
        const afs_node *node = index == 0 ? dir
                               : index == 1
                                   ? afs_tree_node(s->tree, dir->parent)
                                   : afs_tree_child(s->tree, dir, index - 2);
        const char *name = index == 0 ? "." : index == 1 ? ".." : node->name;
        /* readdir shows only the type and number; readdirplus leaves out
         * what the kernel can look up later at a cost it should not pay
         * for a mere listing (e.ino 0: no entry, just the name) */
        bool with_entry = plus && index >= 2 &&
                          (node->type != AFS_NODE_FILE ||
                           afs_tree_size_is_cheap(s->tree, node));
        struct fuse_entry_param e;
        if (with_entry)
            fill_entry(fs, s, node, &e);
        else
            fill_name_only(node, &e);
        size_t n = plus ? fuse_add_direntry_plus(req, buf + used, size - used,
                                                 name, &e, (off_t)index + 1)
                        : fuse_add_direntry(req, buf + used, size - used, name,
                                            &e.attr, (off_t)index + 1);
        if (n > size - used)
            break;
        used += n;
        if (with_entry)
            count_lookup(fs, s);
    }
    fuse_reply_buf(req, buf, used);
    if (buf != stack)
        free(buf);
    unref(fs, s);
}

static void afs_readdir(fuse_req_t req, fuse_ino_t ino, size_t size, off_t off,
                        struct fuse_file_info *fi)
{
    afs_readdir_common(req, ino, size, off, fi, false);
}

static void afs_readdirplus(fuse_req_t req, fuse_ino_t ino, size_t size,
                            off_t off, struct fuse_file_info *fi)
{
    afs_readdir_common(req, ino, size, off, fi, true);
}

static void reply_bytes(void *req, const char *bytes, size_t n)
{
    fuse_reply_buf(req, bytes, n);
}

/* Reads the snapshot the inode number names, whatever came since; the
 * reply is written straight from the tree's bytes. */
static void afs_read(fuse_req_t req, fuse_ino_t ino, size_t size, off_t off,
                     struct fuse_file_info *fi)
{
    (void)fi;
    afs_fs *fs = fs_of(req);
    held h;
    if (!hold(fs, ino, &h)) {
        fuse_reply_err(req, ENOENT);
        return;
    }
    if (h.node->type != AFS_NODE_FILE)
        fuse_reply_err(req, EISDIR);
    else if (off < 0)
        fuse_reply_err(req, EINVAL);
    else
        afs_tree_read_with(h.snap->tree, h.node, (size_t)off, size, reply_bytes,
                           req);
    unref(fs, h.snap);
}

static void afs_statfs(fuse_req_t req, fuse_ino_t ino)
{
    (void)ino;
    afs_fs *fs = fs_of(req);
    held h;
    if (!hold(fs, FUSE_ROOT_ID, &h)) {
        fuse_reply_err(req, ENOENT);
        return;
    }
    struct statvfs st;
    memset(&st, 0, sizeof st);
    /* contents are made when read: no block count to give */
    st.f_bsize = st.f_frsize = 4096;
    st.f_files = afs_tree_node_count(h.snap->tree);
    st.f_namemax = 255;
    st.f_flag = ST_RDONLY;
    fuse_reply_statfs(req, &st);
    unref(fs, h.snap);
}

/* getxattr and listxattr: size 0 asks for the length, too small a buffer
 * is ERANGE. */
static void reply_xattr(fuse_req_t req, const char *value, size_t len,
                        size_t size)
{
    if (size == 0)
        fuse_reply_xattr(req, len);
    else if (size < len)
        fuse_reply_err(req, ERANGE);
    else
        fuse_reply_buf(req, value, len);
}

static void afs_getxattr(fuse_req_t req, fuse_ino_t ino, const char *name,
                         size_t size)
{
    afs_fs *fs = fs_of(req);
    if (fs->no_xattrs) { /* the kernel stops asking */
        fuse_reply_err(req, ENOSYS);
        return;
    }
    /* No security labels or ACLs here. ENODATA would have ls -l ask for
     * both at every file: the kernel keeps no answer to these, and a
     * cold ls -lR spent half its round trips on them. "Not supported"
     * makes ls, cp -a and libselinux stop asking for the whole device. */
    if (!strncmp(name, "security.", 9) || !strncmp(name, "system.", 7)) {
        fuse_reply_err(req, EOPNOTSUPP);
        return;
    }
    held h;
    if (!hold(fs, ino, &h)) {
        fuse_reply_err(req, ENOENT);
        return;
    }
    afs_xattr xattrs[AFS_MAX_XATTRS];
    char values[512];
    size_t n =
        afs_tree_xattrs(h.snap->tree, h.node, xattrs, values, sizeof values);
    size_t i = 0;
    while (i < n && strcmp(xattrs[i].name, name))
        i++;
    if (i == n)
        fuse_reply_err(req, ENODATA);
    else
        reply_xattr(req, xattrs[i].value, strlen(xattrs[i].value), size);
    unref(fs, h.snap);
}

static void afs_listxattr(fuse_req_t req, fuse_ino_t ino, size_t size)
{
    afs_fs *fs = fs_of(req);
    if (fs->no_xattrs) {
        fuse_reply_err(req, ENOSYS);
        return;
    }
    held h;
    if (!hold(fs, ino, &h)) {
        fuse_reply_err(req, ENOENT);
        return;
    }
    afs_xattr xattrs[AFS_MAX_XATTRS];
    char values[512], list[1024];
    size_t count =
        afs_tree_xattrs(h.snap->tree, h.node, xattrs, values, sizeof values);
    size_t len = 0;
    for (size_t i = 0; i < count; i++) {
        size_t n = strlen(xattrs[i].name) + 1;
        if (len + n > sizeof list)
            break;
        memcpy(list + len, xattrs[i].name, n);
        len += n;
    }
    reply_xattr(req, list, len, size);
    unref(fs, h.snap);
}

static void afs_access(fuse_req_t req, fuse_ino_t ino, int mask)
{
    afs_fs *fs = fs_of(req);
    held h;
    if (!hold(fs, ino, &h)) {
        fuse_reply_err(req, ENOENT);
        return;
    }
    fuse_reply_err(req, (mask & W_OK) ? EROFS : 0);
    unref(fs, h.snap);
}

/* ---- every change is refused ------------------------------------------- */

static void refuse(fuse_req_t req)
{
    fuse_reply_err(req, EROFS);
}

static void afs_setattr(fuse_req_t req, fuse_ino_t ino, struct stat *attr,
                        int to_set, struct fuse_file_info *fi)
{
    (void)ino, (void)attr, (void)to_set, (void)fi;
    refuse(req);
}

static void afs_mknod(fuse_req_t req, fuse_ino_t parent, const char *name,
                      mode_t mode, dev_t rdev)
{
    (void)parent, (void)name, (void)mode, (void)rdev;
    refuse(req);
}

static void afs_mkdir(fuse_req_t req, fuse_ino_t parent, const char *name,
                      mode_t mode)
{
    (void)parent, (void)name, (void)mode;
    refuse(req);
}

static void afs_unlink(fuse_req_t req, fuse_ino_t parent, const char *name)
{
    (void)parent, (void)name;
    refuse(req);
}

static void afs_symlink(fuse_req_t req, const char *link, fuse_ino_t parent,
                        const char *name)
{
    (void)link, (void)parent, (void)name;
    refuse(req);
}

static void afs_rename(fuse_req_t req, fuse_ino_t parent, const char *name,
                       fuse_ino_t newparent, const char *newname,
                       unsigned int flags)
{
    (void)parent, (void)name, (void)newparent, (void)newname, (void)flags;
    refuse(req);
}

static void afs_link(fuse_req_t req, fuse_ino_t ino, fuse_ino_t newparent,
                     const char *newname)
{
    (void)ino, (void)newparent, (void)newname;
    refuse(req);
}

static void afs_write(fuse_req_t req, fuse_ino_t ino, const char *buf,
                      size_t size, off_t off, struct fuse_file_info *fi)
{
    (void)ino, (void)buf, (void)size, (void)off, (void)fi;
    refuse(req);
}

static void afs_create(fuse_req_t req, fuse_ino_t parent, const char *name,
                       mode_t mode, struct fuse_file_info *fi)
{
    (void)parent, (void)name, (void)mode, (void)fi;
    refuse(req);
}

static void afs_setxattr(fuse_req_t req, fuse_ino_t ino, const char *name,
                         const char *value, size_t size, int flags)
{
    (void)ino, (void)name, (void)value, (void)size, (void)flags;
    refuse(req);
}

static void afs_removexattr(fuse_req_t req, fuse_ino_t ino, const char *name)
{
    (void)ino, (void)name;
    refuse(req);
}

static void afs_fallocate(fuse_req_t req, fuse_ino_t ino, int mode,
                          off_t offset, off_t length, struct fuse_file_info *fi)
{
    (void)ino, (void)mode, (void)offset, (void)length, (void)fi;
    refuse(req);
}

const struct fuse_lowlevel_ops afs_fs_ops = {
    .init = afs_init,
    .lookup = afs_lookup,
    .getattr = afs_getattr,
    .readlink = afs_readlink,
    .forget = afs_forget,
    .forget_multi = afs_forget_multi,
    .opendir = afs_open,
    .readdir = afs_readdir,
    .readdirplus = afs_readdirplus,
    .open = afs_open,
    .read = afs_read,
    .statfs = afs_statfs,
    .getxattr = afs_getxattr,
    .listxattr = afs_listxattr,
    .access = afs_access,
    .setattr = afs_setattr,
    .mknod = afs_mknod,
    .mkdir = afs_mkdir,
    .unlink = afs_unlink,
    .rmdir = afs_unlink,
    .symlink = afs_symlink,
    .rename = afs_rename,
    .link = afs_link,
    .write = afs_write,
    .create = afs_create,
    .setxattr = afs_setxattr,
    .removexattr = afs_removexattr,
    .fallocate = afs_fallocate,
};
