/* libFuzzer target: any bytes -> model -> every rendered file -> the tree,
 * then look-ups of every path. Nothing may crash, leak or read out of
 * bounds, and every JSON file must parse. */
#include <jansson.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "articlefs/extract.h"
#include "articlefs/tree.h"

static void check_node(const afs_tree *tree, const afs_node *node)
{
    size_t n = 0;
    while (node->name[n])
        n++;
    if (node->ino != AFS_ROOT_INO &&
        (n == 0 || n > 255 ||
         afs_tree_lookup(tree, node->parent, node->name) != node))
        abort();
    if (node->type == AFS_NODE_FILE && n > 5 &&
        !__builtin_memcmp(node->name + n - 5, ".json", 5)) {
        json_error_t err;
        json_t *j = json_loadb(node->data, node->size, 0, &err);
        if (!j)
            abort();
        json_decref(j);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    afs_extract_options options = {.date = "2026-03-06"};
    afs_article *a = afs_extract((const char *)data, size, &options);
    afs_tree *tree = afs_tree_build_article(a);
    size_t count = afs_tree_node_count(tree);
    for (afs_ino ino = 1; ino <= count; ino++)
        check_node(tree, afs_tree_node(tree, ino));
    afs_tree_free(tree);
    return 0;
}
