/* Export: the tree written out as real files and symlinks, walked with the
 * same calls the FUSE glue makes. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "articlefs/tree.h"

static int write_all(int fd, const char *data, size_t size)
{
    while (size > 0) {
        ssize_t n = write(fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -errno;
        data += n;
        size -= (size_t)n;
    }
    return 0;
}

static int export_node(const afs_tree *tree, int dirfd, const afs_node *node,
                       char *err, size_t err_size);

static int export_children(const afs_tree *tree, int dirfd, const afs_node *dir,
                           char *err, size_t err_size)
{
    size_t count = afs_tree_child_count(tree, dir);
    for (size_t i = 0; i < count; i++) {
        int rc = export_node(tree, dirfd, afs_tree_child(tree, dir, i), err,
                             err_size);
        if (rc)
            return rc;
    }
    return 0;
}

static int export_node(const afs_tree *tree, int dirfd, const afs_node *node,
                       char *err, size_t err_size)
{
    int rc = 0;
    if (node->type == AFS_NODE_LINK) {
        if (symlinkat(afs_tree_link_target(tree, node), dirfd, node->name) != 0)
            rc = -errno;
    } else if (node->type == AFS_NODE_FILE) {
        int fd =
            openat(dirfd, node->name,
                   O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644);
        size_t len = 0;
        char *data = fd < 0 ? NULL : afs_tree_content(tree, node, &len);
        rc = fd < 0 ? -errno : write_all(fd, data, len);
        free(data);
        if (fd >= 0 && close(fd) != 0 && rc == 0)
            rc = -errno;
    } else {
        int fd = -1;
        if (mkdirat(dirfd, node->name, 0755) != 0)
            rc = -errno;
        else if ((fd = openat(dirfd, node->name,
                              O_RDONLY | O_DIRECTORY | O_CLOEXEC |
                                  O_NOFOLLOW)) < 0)
            rc = -errno;
        else
            rc = export_children(tree, fd, node, err, err_size);
        if (fd >= 0)
            close(fd);
    }
    if (rc && err && !*err)
        snprintf(err, err_size, "cannot write '%s': %s", node->name,
                 strerror(-rc));
    return rc;
}

static bool is_empty_dir(int fd)
{
    int dup_fd = dup(fd);
    DIR *d = dup_fd >= 0 ? fdopendir(dup_fd) : NULL;
    if (!d)
        return false;
    bool empty = true;
    for (struct dirent *e; empty && (e = readdir(d));)
        empty = strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0;
    closedir(d);
    return empty;
}

int afs_tree_export(const afs_tree *tree, const char *dir, char *err,
                    size_t err_size)
{
    if (err && err_size)
        err[0] = '\0';
    if (mkdir(dir, 0755) != 0 && errno != EEXIST) {
        int rc = -errno;
        snprintf(err, err_size, "cannot create '%s': %s", dir, strerror(-rc));
        return rc;
    }
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        int rc = -errno;
        snprintf(err, err_size, "cannot open '%s': %s", dir, strerror(-rc));
        return rc;
    }
    if (!is_empty_dir(fd)) {
        close(fd);
        snprintf(err, err_size, "cannot export into '%s': directory not empty",
                 dir);
        return -ENOTEMPTY;
    }
    int rc = export_children(tree, fd, afs_tree_node(tree, AFS_ROOT_INO), err,
                             err_size);
    close(fd);
    return rc;
}
