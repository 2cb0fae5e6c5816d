/* libFuzzer target: path look-up in a tree. The first line of the input is
 * a path, the rest an article; the path is resolved in that article's tree
 * part by part, "..", "." and odd bytes included. A part that resolves must
 * name a child of the directory it was looked up in, with exactly that name;
 * nothing may crash or read out of bounds. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "articlefs/extract.h"
#include "articlefs/tree.h"

static void walk(const afs_tree *tree, const char *path, size_t len)
{
    const afs_node *at = afs_tree_node(tree, AFS_ROOT_INO);
    char part[300];
    for (size_t i = 0; i <= len && at;) {
        size_t n = 0;
        while (i + n < len && path[i + n] != '/')
            n++;
        if (n >= sizeof part)
            return;
        memcpy(part, path + i, n);
        part[n] = '\0';
        const afs_node *next = afs_tree_lookup(tree, at->ino, part);
        if (next && (next->parent != at->ino || strcmp(next->name, part)))
            abort();
        if (next && next->type == AFS_NODE_LINK &&
            !afs_tree_link_target(tree, next))
            abort();
        at = next;
        i += n + 1;
    }
    if (at && at->type == AFS_NODE_FILE) {
        char buf[64];
        size_t size = afs_tree_size(tree, at);
        if (afs_tree_read(tree, at, size / 2, buf, sizeof buf) > size)
            abort();
    }
    /* the whole path at once agrees with the walk for clean paths */
    char *copy = malloc(len + 1);
    if (!copy)
        abort();
    memcpy(copy, path, len);
    copy[len] = '\0';
    afs_tree_resolve(tree, copy);
    free(copy);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *bytes = (const char *)data;
    const char *newline = memchr(bytes, '\n', size);
    size_t path_len = newline ? (size_t)(newline - bytes) : size;
    size_t rest = newline ? size - path_len - 1 : 0;
    afs_article *a = afs_extract(newline ? newline + 1 : "", rest, NULL);
    afs_tree *tree = afs_tree_build_article(a, NULL);
    walk(tree, bytes, path_len);
    afs_tree_free(tree);
    return 0;
}
