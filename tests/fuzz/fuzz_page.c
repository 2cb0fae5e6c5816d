/* libFuzzer target: any bytes as a web page (gzip-compressed or not) ->
 * the article and metadata -> model -> article.json, which must parse,
 * and source.html, which must be the page byte for byte. Nothing may
 * crash, leak or read out of bounds; a refused page gives a one-line
 * reason. (fuzz_loader walks the whole tree of any text; this target
 * spends its time on the page reader.) */
#include <jansson.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "articlefs/extract.h"
#include "articlefs/page.h"
#include "articlefs/tree.h"

static const afs_node *child_named(const afs_tree *tree, const char *name)
{
    const afs_node *node = afs_tree_lookup(tree, AFS_ROOT_INO, name);
    if (!node)
        abort();
    return node;
}

static void check_tree(const afs_tree *tree, const char *html, size_t len)
{
    size_t n;
    char *json = afs_tree_content(tree, child_named(tree, "article.json"), &n);
    json_error_t err;
    json_t *j = json_loadb(json, n, 0, &err);
    free(json);
    if (!j || !json_is_array(json_object_get(j, "authors")))
        abort();
    json_decref(j);
    char *source = afs_tree_content(tree, child_named(tree, "source.html"), &n);
    if (n != len || memcmp(source, html, len))
        abort();
    free(source);
}

static void one_page(const char *html, size_t len)
{
    afs_page page;
    char err[256];
    if (afs_page_read(html, len, &page, err, sizeof err) != 0) {
        if (!err[0] || strchr(err, '\n'))
            abort();
        return;
    }
    if (!page.text || page.text_len != strlen(page.text) ||
        (page.date && strlen(page.date) != 10))
        abort();
    afs_extract_options options = {
        .date = page.date,
        .title = page.title,
        .authors = (const char *const *)page.authors,
        .author_count = page.author_count,
        .site = page.site,
        .url = page.url,
        .original = html,
        .original_len = len,
    };
    afs_article *a = afs_extract(page.text, page.text_len, &options);
    afs_page_free(&page);
    afs_tree *tree = afs_tree_build_article(a, NULL);
    check_tree(tree, html, len);
    afs_tree_free(tree);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *bytes = (const char *)data;
    if (afs_format_is_gzip(bytes, size)) {
        char err[256];
        size_t len;
        char *inflated =
            afs_gunzip(bytes, size, 1 << 20, &len, err, sizeof err);
        if (inflated)
            one_page(inflated, len);
        free(inflated);
        return 0;
    }
    one_page(bytes, size);
    return 0;
}
