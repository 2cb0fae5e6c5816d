#include "fs.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

/* A snapshot never changes, so the kernel may keep names and attributes
 * for as long as it likes. */
#define CACHE_SECONDS 86400.0

void afs_fs_init(afs_fs *fs, afs_tree *tree, struct timespec mtime)
{
    fs->tree = tree;
    fs->mtime = mtime;
    fs->uid = getuid();
    fs->gid = getgid();
    size_t n = afs_tree_node_count(tree);
    fs->nlink = calloc(n + 1, sizeof *fs->nlink);
    if (!fs->nlink)
        abort();
    for (afs_ino ino = 1; ino <= n; ino++) {
        const afs_node *node = afs_tree_node(tree, ino);
        fs->nlink[ino] = node->type == AFS_NODE_DIR ? 2 : 1;
        if (node->type == AFS_NODE_DIR && ino != AFS_ROOT_INO)
            fs->nlink[node->parent]++;
    }
}

void afs_fs_destroy(afs_fs *fs)
{
    afs_tree_free(fs->tree);
    free(fs->nlink);
}

static afs_fs *fs_of(fuse_req_t req)
{
    return fuse_req_userdata(req);
}

static const afs_node *node_of(fuse_req_t req, fuse_ino_t ino)
{
    return afs_tree_node(fs_of(req)->tree, ino);
}

static void fill_stat(const afs_fs *fs, const afs_node *node, struct stat *st)
{
    memset(st, 0, sizeof *st);
    st->st_ino = node->ino;
    st->st_mode = node->type == AFS_NODE_DIR    ? S_IFDIR | 0555
                  : node->type == AFS_NODE_LINK ? S_IFLNK | 0777
                                                : S_IFREG | 0444;
    st->st_nlink = fs->nlink[node->ino];
    st->st_size = node->type == AFS_NODE_DIR ? 4096 : (off_t)node->size;
    st->st_blksize = 4096;
    st->st_blocks = (st->st_size + 511) / 512;
    st->st_uid = fs->uid;
    st->st_gid = fs->gid;
    st->st_atim = st->st_mtim = st->st_ctim = fs->mtime;
}

static void fill_entry(const afs_fs *fs, const afs_node *node,
                       struct fuse_entry_param *e)
{
    memset(e, 0, sizeof *e);
    e->ino = node->ino;
    e->generation = 1;
    e->attr_timeout = CACHE_SECONDS;
    e->entry_timeout = CACHE_SECONDS;
    fill_stat(fs, node, &e->attr);
}

static void afs_init(void *userdata, struct fuse_conn_info *conn)
{
    (void)userdata;
    if (conn->capable & FUSE_CAP_CACHE_SYMLINKS)
        conn->want |= FUSE_CAP_CACHE_SYMLINKS;
    if (conn->capable & FUSE_CAP_READDIRPLUS)
        conn->want |= FUSE_CAP_READDIRPLUS;
}

static void afs_lookup(fuse_req_t req, fuse_ino_t parent, const char *name)
{
    afs_fs *fs = fs_of(req);
    const afs_node *node = afs_tree_lookup(fs->tree, parent, name);
    struct fuse_entry_param e;
    if (!node) {
        if (!afs_tree_node(fs->tree, parent)) {
            fuse_reply_err(req, ENOENT);
            return;
        }
        /* a cached negative entry: the name stays missing all snapshot */
        memset(&e, 0, sizeof e);
        e.entry_timeout = CACHE_SECONDS;
        fuse_reply_entry(req, &e);
        return;
    }
    fill_entry(fs, node, &e);
    fuse_reply_entry(req, &e);
}

static void afs_getattr(fuse_req_t req, fuse_ino_t ino,
                        struct fuse_file_info *fi)
{
    (void)fi;
    const afs_node *node = node_of(req, ino);
    if (!node) {
        fuse_reply_err(req, ENOENT);
        return;
    }
    struct stat st;
    fill_stat(fs_of(req), node, &st);
    fuse_reply_attr(req, &st, CACHE_SECONDS);
}

static void afs_readlink(fuse_req_t req, fuse_ino_t ino)
{
    const afs_node *node = node_of(req, ino);
    if (!node || node->type != AFS_NODE_LINK)
        fuse_reply_err(req, node ? EINVAL : ENOENT);
    else
        fuse_reply_readlink(req, node->data);
}

static void afs_opendir(fuse_req_t req, fuse_ino_t ino,
                        struct fuse_file_info *fi)
{
    const afs_node *node = node_of(req, ino);
    if (!node || node->type != AFS_NODE_DIR) {
        fuse_reply_err(req, node ? ENOTDIR : ENOENT);
        return;
    }
    fi->keep_cache = 1;
    fi->cache_readdir = 1;
    fuse_reply_open(req, fi);
}

/* Entry index: 0 is ".", 1 is "..", 2 + i the i-th child; an entry's
 * offset is the index of the one after it. */
static void afs_readdir_common(fuse_req_t req, fuse_ino_t ino, size_t size,
                               off_t off, bool plus)
{
    afs_fs *fs = fs_of(req);
    const afs_node *dir = afs_tree_node(fs->tree, ino);
    if (!dir || dir->type != AFS_NODE_DIR) {
        fuse_reply_err(req, dir ? ENOTDIR : ENOENT);
        return;
    }
    char *buf = malloc(size);
    if (!buf) {
        fuse_reply_err(req, ENOMEM);
        return;
    }
    size_t used = 0;
    for (size_t index = off < 0 ? 0 : (size_t)off; index < dir->child_count + 2;
         index++) {
        const afs_node *node =
            index == 0   ? dir
            : index == 1 ? afs_tree_node(fs->tree, dir->parent)
                         : afs_tree_node(fs->tree, dir->children[index - 2]);
        const char *name = index == 0 ? "." : index == 1 ? ".." : node->name;
        struct fuse_entry_param e;
        fill_entry(fs, node, &e);
        size_t n;
        if (plus) {
            if (index < 2)
                e.entry_timeout = e.attr_timeout = 0;
            n = fuse_add_direntry_plus(req, buf + used, size - used, name, &e,
                                       (off_t)index + 1);
        } else {
            n = fuse_add_direntry(req, buf + used, size - used, name, &e.attr,
                                  (off_t)index + 1);
        }
        if (n > size - used)
            break; /* lookups need no counting: nodes live all snapshot */
        used += n;
    }
    fuse_reply_buf(req, buf, used);
    free(buf);
}

static void afs_readdir(fuse_req_t req, fuse_ino_t ino, size_t size, off_t off,
                        struct fuse_file_info *fi)
{
    (void)fi;
    afs_readdir_common(req, ino, size, off, false);
}

static void afs_readdirplus(fuse_req_t req, fuse_ino_t ino, size_t size,
                            off_t off, struct fuse_file_info *fi)
{
    (void)fi;
    afs_readdir_common(req, ino, size, off, true);
}

static void afs_open(fuse_req_t req, fuse_ino_t ino, struct fuse_file_info *fi)
{
    const afs_node *node = node_of(req, ino);
    if (!node)
        fuse_reply_err(req, ENOENT);
    else if (node->type == AFS_NODE_DIR)
        fuse_reply_err(req, EISDIR);
    else if ((fi->flags & O_ACCMODE) != O_RDONLY ||
             (fi->flags & (O_TRUNC | O_APPEND)))
        fuse_reply_err(req, EROFS);
    else {
        fi->keep_cache = 1;
        fuse_reply_open(req, fi);
    }
}

static void afs_read(fuse_req_t req, fuse_ino_t ino, size_t size, off_t off,
                     struct fuse_file_info *fi)
{
    (void)fi;
    const afs_node *node = node_of(req, ino);
    if (!node || node->type != AFS_NODE_FILE) {
        fuse_reply_err(req, node ? EISDIR : ENOENT);
        return;
    }
    if (off < 0 || (size_t)off >= node->size) {
        fuse_reply_buf(req, NULL, 0);
        return;
    }
    size_t left = node->size - (size_t)off;
    fuse_reply_buf(req, node->data + off, size < left ? size : left);
}

static void afs_statfs(fuse_req_t req, fuse_ino_t ino)
{
    (void)ino;
    afs_fs *fs = fs_of(req);
    struct statvfs st;
    memset(&st, 0, sizeof st);
    size_t n = afs_tree_node_count(fs->tree), bytes = 0;
    for (afs_ino i = 1; i <= n; i++)
        bytes += afs_tree_node(fs->tree, i)->size;
    st.f_bsize = st.f_frsize = 4096;
    st.f_blocks = (bytes + 4095) / 4096;
    st.f_files = n;
    st.f_namemax = 255;
    st.f_flag = ST_RDONLY;
    fuse_reply_statfs(req, &st);
}

static void afs_getxattr(fuse_req_t req, fuse_ino_t ino, const char *name,
                         size_t size)
{
    const afs_node *node = node_of(req, ino);
    if (!node) {
        fuse_reply_err(req, ENOENT);
        return;
    }
    for (size_t i = 0; i < node->xattr_count; i++) {
        if (strcmp(node->xattrs[i].name, name) != 0)
            continue;
        size_t len = strlen(node->xattrs[i].value);
        if (size == 0)
            fuse_reply_xattr(req, len);
        else if (size < len)
            fuse_reply_err(req, ERANGE);
        else
            fuse_reply_buf(req, node->xattrs[i].value, len);
        return;
    }
    fuse_reply_err(req, ENODATA);
}

static void afs_listxattr(fuse_req_t req, fuse_ino_t ino, size_t size)
{
    const afs_node *node = node_of(req, ino);
    if (!node) {
        fuse_reply_err(req, ENOENT);
        return;
    }
    char list[1024];
    size_t len = 0;
    for (size_t i = 0; i < node->xattr_count; i++) {
        size_t n = strlen(node->xattrs[i].name) + 1;
        if (len + n > sizeof list)
            break;
        memcpy(list + len, node->xattrs[i].name, n);
        len += n;
    }
    if (size == 0)
        fuse_reply_xattr(req, len);
    else if (size < len)
        fuse_reply_err(req, ERANGE);
    else
        fuse_reply_buf(req, list, len);
}

static void afs_access(fuse_req_t req, fuse_ino_t ino, int mask)
{
    const afs_node *node = node_of(req, ino);
    fuse_reply_err(req, !node ? ENOENT : (mask & W_OK) ? EROFS : 0);
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
    .opendir = afs_opendir,
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
