/* libFuzzer target: any bytes -> model -> every rendered file -> the tree,
 * then look-ups of every path. Nothing may crash, leak or read out of
 * bounds, and every JSON file must parse. */
#include <jansson.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "articlefs/extract.h"
#include "articlefs/tree.h"

/* Every name is findable under its parent, every JSON file parses; the
 * walk makes every directory's children. */
static void check_dir(const afs_tree *tree, const afs_node *dir)
{
    size_t count = afs_tree_child_count(tree, dir);
    for (size_t i = 0; i < count; i++) {
        const afs_node *node = afs_tree_child(tree, dir, i);
        size_t n = 0;
        while (node->name[n])
            n++;
        if (n == 0 || n > 255 ||
            afs_tree_lookup(tree, node->parent, node->name) != node)
            abort();
        if (node->type == AFS_NODE_DIR) {
            check_dir(tree, node);
        } else if (node->type == AFS_NODE_FILE && n > 5 &&
                   !__builtin_memcmp(node->name + n - 5, ".json", 5)) {
            size_t len;
            char *data = afs_tree_content(tree, node, &len);
            json_error_t err;
            json_t *j = json_loadb(data, len, 0, &err);
            free(data);
            if (!j)
                abort();
            json_decref(j);
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    afs_extract_options options = {.date = "2026-03-06"};
    afs_article *a = afs_extract((const char *)data, size, &options);
    afs_tree *tree = afs_tree_build_article(a, NULL);
    check_dir(tree, afs_tree_node(tree, AFS_ROOT_INO));
    afs_tree_free(tree);
    return 0;
}
