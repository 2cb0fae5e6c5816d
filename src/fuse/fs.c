#include "fs.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

/* A snapshot never changes, so the kernel may keep names and attributes
 * for as long as it likes; a reload invalidates them. */
#define CACHE_SECONDS 86400.0

/* ---- snapshots --------------------------------------------------------- */

void afs_fs_init(afs_fs *fs, afs_tree *tree, struct timespec mtime)
{
    memset(fs, 0, sizeof *fs);
    afs_snapshots_init(&fs->snapshots, tree, mtime);
    fs->uid = getuid();
    fs->gid = getgid();
}

void afs_fs_destroy(afs_fs *fs)
{
    afs_snapshots_destroy(&fs->snapshots);
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
    return afs_snapshots_current_tree(&fs->snapshots);
}

/* The kernel forgets only what changed: the new tree keeps the numbers of
 * the articles that did not. Snapshots replaced before this reload that
 * still count names have those names dropped once more (see
 * afs_snapshots_hold_unswept). */
void afs_fs_replace(afs_fs *fs, afs_tree *tree, struct timespec mtime)
{
    afs_snapshot *unswept[8];
    size_t n = afs_snapshots_hold_unswept(&fs->snapshots, unswept,
                                          sizeof unswept / sizeof *unswept);
    afs_snapshot *old = afs_snapshots_replace(&fs->snapshots, tree, mtime);
    if (fs->session)
        afs_tree_changes(old->tree, tree, tell_kernel, fs);
    afs_snapshots_release(&fs->snapshots, old);
    for (size_t i = 0; i < n; i++) {
        if (fs->session)
            afs_tree_made_names(unswept[i]->tree, tree, tell_kernel, fs);
        afs_snapshots_release(&fs->snapshots, unswept[i]);
    }
}

/* ---- inode numbers ----------------------------------------------------- */

/* The tree's numbers are the kernel's: 1 is the root for both, and a
 * tree never reuses a number an earlier one gave to something else. */
_Static_assert(AFS_ROOT_INO == FUSE_ROOT_ID, "the root is inode 1");

static afs_fs *fs_of(fuse_req_t req)
{
    return fuse_req_userdata(req);
}

/* The newest snapshot that has ino, held, and the node; or ENOENT
 * answered and NULL. The caller releases what it got. */
static afs_snapshot *fetch_or_reply(fuse_req_t req, fuse_ino_t ino,
                                    const afs_node **node)
{
    afs_snapshot *s = afs_snapshots_hold(&fs_of(req)->snapshots, ino, node);
    if (!s)
        fuse_reply_err(req, ENOENT);
    return s;
}

/* After the reply: the request is gone by then. */
static void release(afs_fs *fs, afs_snapshot *s)
{
    afs_snapshots_release(&fs->snapshots, s);
}

static bool is_current(afs_fs *fs, const afs_snapshot *s)
{
    return afs_snapshots_is_current(&fs->snapshots, s);
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

static void afs_forget(fuse_req_t req, fuse_ino_t ino, uint64_t nlookup)
{
    afs_snapshots_forget(&fs_of(req)->snapshots, ino, nlookup);
    fuse_reply_none(req);
}

static void afs_forget_multi(fuse_req_t req, size_t count,
                             struct fuse_forget_data *forgets)
{
    afs_name_forget batch[64];
    for (size_t done = 0; done < count;) {
        size_t n = count - done < 64 ? count - done : 64;
        for (size_t i = 0; i < n; i++)
            batch[i] = (afs_name_forget){forgets[done + i].ino,
                                         forgets[done + i].nlookup};
        afs_snapshots_forget_batch(&fs_of(req)->snapshots, batch, n);
        done += n;
    }
    fuse_reply_none(req);
}

static void afs_lookup(fuse_req_t req, fuse_ino_t parent, const char *name)
{
    afs_fs *fs = fs_of(req);
    const afs_node *dir;
    afs_snapshot *s = fetch_or_reply(req, parent, &dir);
    if (!s)
        return;
    /* A name looked up in a snapshot a reload replaced is gone: were it
     * made now, the kernel could keep the old snapshot alive for ever. */
    bool current = is_current(fs, s);
    const afs_node *node =
        current ? afs_tree_lookup(s->tree, dir->ino, name) : NULL;
    struct fuse_entry_param e;
    if (node) {
        fill_entry(fs, s, node, &e);
        afs_snapshots_name_given(&fs->snapshots, node->ino);
    } else if (!current) {
        release(fs, s);
        fuse_reply_err(req, ENOENT);
        return;
    } else {
        /* a cached negative entry: a reload invalidates it */
        memset(&e, 0, sizeof e);
        e.entry_timeout = CACHE_SECONDS;
    }
    /* a reply the kernel did not take gave it no name */
    if (fuse_reply_entry(req, &e) != 0 && node)
        afs_snapshots_forget(&fs->snapshots, node->ino, 1);
    release(fs, s);
}

static void afs_getattr(fuse_req_t req, fuse_ino_t ino,
                        struct fuse_file_info *fi)
{
    (void)fi;
    afs_fs *fs = fs_of(req);
    const afs_node *node;
    afs_snapshot *s = fetch_or_reply(req, ino, &node);
    if (!s)
        return;
    struct stat st;
    fill_stat(fs, s, node, &st);
    fuse_reply_attr(req, &st, CACHE_SECONDS);
    release(fs, s);
}

static void afs_readlink(fuse_req_t req, fuse_ino_t ino)
{
    afs_fs *fs = fs_of(req);
    const afs_node *node;
    afs_snapshot *s = fetch_or_reply(req, ino, &node);
    if (!s)
        return;
    if (node->type != AFS_NODE_LINK)
        fuse_reply_err(req, EINVAL);
    else
        fuse_reply_readlink(req, afs_tree_link_target(s->tree, node));
    release(fs, s);
}

/* Open and opendir answer ENOSYS: the kernel then never asks again, keeps
 * file contents and directory listings in its cache, and sends no release.
 * A file opened before a reload keeps reading its snapshot: the inode
 * number names it, and the snapshot lives while the kernel holds names of
 * it (see snapshots.h). Nothing here writes: the mount is always
 * read-only (main.c adds ro), so the kernel answers every change, an open
 * for writing included, with EROFS itself and never asks. */
static void afs_open(fuse_req_t req, fuse_ino_t ino, struct fuse_file_info *fi)
{
    (void)ino, (void)fi;
    fuse_reply_err(req, ENOSYS);
}

/* The i-th entry of a listing: 0 is ".", 1 is "..", 2 + i the i-th child. */
static const afs_node *entry_at(const afs_tree *tree, const afs_node *dir,
                                size_t index)
{
    return index == 0   ? dir
           : index == 1 ? afs_tree_node(tree, dir->parent)
                        : afs_tree_child(tree, dir, index - 2);
}

/* readdir shows only the type and number; readdirplus leaves out what the
 * kernel can look up later at a cost it should not pay for a mere listing
 * (e.ino 0: no entry, just the name). An entry given is a name the kernel
 * holds. */
static bool gives_entry(const afs_tree *tree, const afs_node *node,
                        size_t index, bool plus)
{
    return plus && index >= 2 &&
           (node->type != AFS_NODE_FILE || afs_tree_size_is_cheap(tree, node));
}

/* Fills buf (size bytes) with entries from index from; returns the bytes
 * used and, in *end, the index after the last entry. */
static size_t fill_listing(fuse_req_t req, afs_snapshot *s, const afs_node *dir,
                           size_t from, char *buf, size_t size, bool plus,
                           size_t *end)
{
    afs_fs *fs = fs_of(req);
    size_t used = 0, count = afs_tree_child_count(s->tree, dir), index = from;
    for (; index < count + 2; index++) {
        const afs_node *node = entry_at(s->tree, dir, index);
        const char *name = index == 0 ? "." : index == 1 ? ".." : node->name;
        bool with_entry = gives_entry(s->tree, node, index, plus);
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
            afs_snapshots_name_given(&fs->snapshots, node->ino);
    }
    *end = index;
    return used;
}

/* An entry's offset is the index of the one after it. */
static void afs_readdir_common(fuse_req_t req, fuse_ino_t ino, size_t size,
                               off_t off, struct fuse_file_info *fi, bool plus)
{
    (void)fi;
    afs_fs *fs = fs_of(req);
    const afs_node *dir;
    afs_snapshot *s = fetch_or_reply(req, ino, &dir);
    if (!s)
        return;
    int err = dir->type != AFS_NODE_DIR ? ENOTDIR
              : !is_current(fs, s)      ? ENOENT /* see afs_lookup */
                                        : 0;
    /* the kernel asks for a page or a few: no allocation for those */
    char stack[32768];
    char *buf = err ? NULL : size <= sizeof stack ? stack : malloc(size);
    if (!buf) {
        release(fs, s);
        fuse_reply_err(req, err ? err : ENOMEM);
        return;
    }
    size_t from = off < 0 ? 0 : (size_t)off, end;
    size_t used = fill_listing(req, s, dir, from, buf, size, plus, &end);
    if (fuse_reply_buf(req, buf, used) != 0)
        for (size_t index = from; index < end; index++)
            if (gives_entry(s->tree, entry_at(s->tree, dir, index), index,
                            plus))
                afs_snapshots_forget(&fs->snapshots,
                                     entry_at(s->tree, dir, index)->ino, 1);
    if (buf != stack)
        free(buf);
    release(fs, s);
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
    const afs_node *node;
    afs_snapshot *s = fetch_or_reply(req, ino, &node);
    if (!s)
        return;
    if (node->type != AFS_NODE_FILE)
        fuse_reply_err(req, EISDIR);
    else if (off < 0)
        fuse_reply_err(req, EINVAL);
    else
        afs_tree_read_with(s->tree, node, (size_t)off, size, reply_bytes, req);
    release(fs, s);
}

static void afs_statfs(fuse_req_t req, fuse_ino_t ino)
{
    (void)ino;
    afs_fs *fs = fs_of(req);
    const afs_node *root;
    afs_snapshot *s = fetch_or_reply(req, FUSE_ROOT_ID, &root);
    if (!s)
        return;
    struct statvfs st;
    memset(&st, 0, sizeof st);
    /* contents are made when read: no block count to give */
    st.f_bsize = st.f_frsize = 4096;
    st.f_files = afs_tree_node_count(s->tree);
    st.f_namemax = 255;
    st.f_flag = ST_RDONLY;
    fuse_reply_statfs(req, &st);
    release(fs, s);
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
    const afs_node *node;
    afs_snapshot *s = fetch_or_reply(req, ino, &node);
    if (!s)
        return;
    afs_xattr xattrs[AFS_MAX_XATTRS];
    char values[512];
    size_t n = afs_tree_xattrs(s->tree, node, xattrs, values, sizeof values);
    size_t i = 0;
    while (i < n && strcmp(xattrs[i].name, name))
        i++;
    if (i == n)
        fuse_reply_err(req, ENODATA);
    else
        reply_xattr(req, xattrs[i].value, strlen(xattrs[i].value), size);
    release(fs, s);
}

static void afs_listxattr(fuse_req_t req, fuse_ino_t ino, size_t size)
{
    afs_fs *fs = fs_of(req);
    if (fs->no_xattrs) {
        fuse_reply_err(req, ENOSYS);
        return;
    }
    const afs_node *node;
    afs_snapshot *s = fetch_or_reply(req, ino, &node);
    if (!s)
        return;
    afs_xattr xattrs[AFS_MAX_XATTRS];
    char values[512], list[1024];
    size_t count =
        afs_tree_xattrs(s->tree, node, xattrs, values, sizeof values);
    size_t len = 0;
    for (size_t i = 0; i < count; i++) {
        size_t n = strlen(xattrs[i].name) + 1;
        if (len + n > sizeof list)
            break;
        memcpy(list + len, xattrs[i].name, n);
        len += n;
    }
    reply_xattr(req, list, len, size);
    release(fs, s);
}

static void afs_access(fuse_req_t req, fuse_ino_t ino, int mask)
{
    afs_fs *fs = fs_of(req);
    const afs_node *node;
    afs_snapshot *s = fetch_or_reply(req, ino, &node);
    if (!s)
        return;
    fuse_reply_err(req, (mask & W_OK) ? EROFS : 0);
    release(fs, s);
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
};
