/* Slugs, rendering and the inode table, on an article written for the
 * tests: names are safe, cards and JSON agree, every link lands inside. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <jansson.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "articlefs/extract.h"
#include "articlefs/render.h"
#include "articlefs/slug.h"
#include "articlefs/tree.h"

static const char *const story =
    "Harbour talks end with a deal\n"
    "Portuguese Prime Minister Ana Ferreira met Moroccan King Idris Benali "
    "in Lisbon on Monday, the Portuguese foreign ministry said.\n"
    "\"We have agreed on a new ferry line,\" Ferreira said.\n"
    "Benali told reporters that the agreement would be signed in Rabat.\n";

static afs_tree *story_tree(void)
{
    afs_extract_options o = {.date = "2026-03-09", .source_name = "t.txt"};
    return afs_tree_build_article(afs_extract(story, strlen(story), &o));
}

static void test_slugs(void **state)
{
    (void)state;
    afs_arena *arena = afs_arena_new();
    assert_string_equal(afs_slug(arena, "Sanae Takaichi", 14, "x"),
                        "sanae-takaichi");
    assert_string_equal(afs_slug(arena, "Jos\xc3\xa9 Mour\xc3\xadnho", 15, "x"),
                        "jose-mourinho");
    assert_string_equal(afs_slug(arena,
                                 "Stra\xc3\x9f"
                                 "e",
                                 7, "x"),
                        "strasse");
    assert_string_equal(afs_slug(arena, "..", 2, "fallback"), "fallback");
    assert_string_equal(afs_slug(arena, "", 0, "fallback"), "fallback");
    assert_string_equal(afs_slug(arena, "a/../b\x01\x1b[31m", 12, "x"),
                        "a-b-31m");
    assert_string_equal(afs_slug(arena, "\xf0\x9f\x98\x80", 4, "x"), "x");
    char big[10000];
    memset(big, 'a', sizeof big);
    char *s = afs_slug(arena, big, sizeof big, "x");
    assert_true(strlen(s) <= AFS_SLUG_MAX);
    afs_slug_set *set = afs_slug_set_new(arena);
    assert_string_equal(afs_slug_set_claim(set, "kim"), "kim");
    assert_string_equal(afs_slug_set_claim(set, "kim"), "kim-2");
    assert_string_equal(afs_slug_set_claim(set, "kim"), "kim-3");
    for (int i = 0; i < 500; i++)
        afs_slug_set_claim(set, "same");
    assert_string_equal(afs_slug_set_claim(set, "same"), "same-501");
    afs_arena_free(arena);
}

static void test_layout_and_lookup(void **state)
{
    (void)state;
    afs_tree *tree = story_tree();
    const char *const files[] = {"README", "article.txt", "article.json",
                                 "summary.txt", "timeline.txt"};
    for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
        const afs_node *n = afs_tree_resolve(tree, files[i]);
        assert_non_null(n);
        assert_int_equal(n->type, AFS_NODE_FILE);
    }
    const afs_node *txt = afs_tree_resolve(tree, "article.txt");
    assert_int_equal(afs_tree_size(tree, txt), strlen(story));
    size_t len;
    char *data = afs_tree_content(tree, txt, &len);
    assert_memory_equal(data, story, len);
    free(data);
    assert_non_null(afs_tree_resolve(tree, "people/ana-ferreira/info.txt"));
    assert_non_null(afs_tree_resolve(tree, "people/idris-benali/name"));
    assert_null(afs_tree_resolve(tree, "people/nobody"));
    assert_null(afs_tree_lookup(tree, AFS_ROOT_INO, ".."));
    assert_null(afs_tree_node(tree, 0));
    assert_null(afs_tree_node(tree, afs_tree_node_count(tree) + 1));
    afs_tree_free(tree);
}

/* Walks the whole tree (making every directory's children) and counts
 * the nodes reached. The subdirectory count given before a directory is
 * listed (st_nlink, without making children) is the one found after. */
static size_t walk(const afs_tree *tree, const afs_node *dir)
{
    size_t subdirs_before = afs_tree_subdir_count(tree, dir), subdirs = 0;
    size_t reached = 1, count = afs_tree_child_count(tree, dir);
    for (size_t i = 0; i < count; i++) {
        const afs_node *child = afs_tree_child(tree, dir, i);
        assert_int_equal(child->parent, dir->ino);
        subdirs += child->type == AFS_NODE_DIR;
        reached += child->type == AFS_NODE_DIR ? walk(tree, child) : 1;
    }
    assert_int_equal(subdirs_before, subdirs);
    assert_int_equal(afs_tree_subdir_count(tree, dir), subdirs);
    return reached;
}

static void check_link(const afs_tree *tree, const afs_node *node)
{
    /* walk the relative target from the link's directory */
    const afs_node *at = afs_tree_node(tree, node->parent);
    char target[512];
    snprintf(target, sizeof target, "%s", afs_tree_link_target(tree, node));
    assert_int_equal(afs_tree_size(tree, node), strlen(target));
    for (char *part = strtok(target, "/"); part && at; part = strtok(NULL, "/"))
        at = strcmp(part, "..") == 0
                 ? (at->ino == AFS_ROOT_INO ? NULL
                                            : afs_tree_node(tree, at->parent))
                 : afs_tree_lookup(tree, at->ino, part);
    assert_non_null(at);
    assert_int_equal(at->type, AFS_NODE_DIR);
}

static void check_file(const afs_tree *tree, const afs_node *node)
{
    size_t size = afs_tree_size(tree, node), len;
    char *data = afs_tree_content(tree, node, &len);
    assert_int_equal(len, size);
    if (size && strcmp(node->name, "article.txt") != 0)
        assert_int_equal(data[size - 1], '\n');
    /* a read at an offset gives the same bytes as the whole */
    char part[8];
    size_t off = size / 2;
    size_t got = afs_tree_read(tree, node, off, part, sizeof part);
    assert_int_equal(got, size - off < sizeof part ? size - off : sizeof part);
    assert_memory_equal(part, data + off, got);
    assert_int_equal(afs_tree_read(tree, node, size, part, sizeof part), 0);
    free(data);
}

/* Directories are made when first looked into; then every directory's
 * children are sorted and safe, every text ends with a newline and every
 * symlink resolves to a directory of the tree. */
static void test_every_node(void **state)
{
    (void)state;
    afs_tree *tree = story_tree();
    assert_int_equal(afs_tree_node_count(tree), 1);
    size_t n = walk(tree, afs_tree_node(tree, AFS_ROOT_INO));
    assert_int_equal(afs_tree_node_count(tree), n);
    assert_true(n > 40);
    for (afs_ino ino = 1; ino <= n; ino++) {
        const afs_node *node = afs_tree_node(tree, ino);
        assert_int_equal(node->ino, ino);
        if (ino != AFS_ROOT_INO) {
            assert_true(strlen(node->name) > 0 && strlen(node->name) < 256);
            assert_null(strchr(node->name, '/'));
            assert_string_not_equal(node->name, ".");
            assert_string_not_equal(node->name, "..");
            assert_ptr_equal(afs_tree_lookup(tree, node->parent, node->name),
                             node);
        }
        size_t count = afs_tree_child_count(tree, node);
        for (size_t c = 1; c < count; c++)
            assert_true(strcmp(afs_tree_child(tree, node, c - 1)->name,
                               afs_tree_child(tree, node, c)->name) < 0);
        if (node->type == AFS_NODE_FILE)
            check_file(tree, node);
        else if (node->type == AFS_NODE_LINK)
            check_link(tree, node);
    }
    afs_tree_free(tree);
}

/* The same walk over a corpus of two articles, one id twice. */
static void test_corpus_tree(void **state)
{
    (void)state;
    afs_extract_options o = {.date = "2026-03-09"};
    afs_article *articles[] = {afs_extract(story, strlen(story), &o),
                               afs_extract(story, strlen(story), &o)};
    const char *const ids[] = {"day/one", "day-one"};
    afs_tree *tree = afs_tree_build_corpus(afs_corpus_new(articles, ids, 2));
    size_t n = walk(tree, afs_tree_node(tree, AFS_ROOT_INO));
    assert_non_null(afs_tree_resolve(tree, "articles/day-one"));
    assert_non_null(afs_tree_resolve(tree, "articles/day-one-2"));
    assert_non_null(afs_tree_resolve(tree, "people/ana-ferreira/articles"));
    for (afs_ino ino = 1; ino <= n; ino++) {
        const afs_node *node = afs_tree_node(tree, ino);
        if (node->type == AFS_NODE_LINK)
            check_link(tree, node);
        else if (node->type == AFS_NODE_FILE)
            check_file(tree, node);
    }
    afs_tree_free(tree);
}

static void test_json_and_card_agree(void **state)
{
    (void)state;
    afs_tree *tree = story_tree();
    size_t len;
    char *json =
        afs_tree_content(tree, afs_tree_resolve(tree, "article.json"), &len);
    json_error_t err;
    json_t *root = json_loadb(json, len, 0, &err);
    free(json);
    assert_non_null(root);
    json_t *people = json_object_get(root, "people");
    assert_true(json_array_size(people) >= 2);
    const char *id =
        json_string_value(json_object_get(json_array_get(people, 0), "id"));
    const char *name =
        json_string_value(json_object_get(json_array_get(people, 0), "name"));
    char path[256];
    snprintf(path, sizeof path, "people/%s/info.txt", id);
    const afs_node *card = afs_tree_resolve(tree, path);
    assert_non_null(card);
    char *card_text = afs_tree_content(tree, card, &len);
    assert_memory_equal(card_text, name, strlen(name));
    free(card_text);
    snprintf(path, sizeof path, "people/%s/entity.json", id);
    char *entity = afs_tree_content(tree, afs_tree_resolve(tree, path), &len);
    json_t *e = json_loadb(entity, len, 0, &err);
    free(entity);
    assert_string_equal(json_string_value(json_object_get(e, "name")), name);
    json_t *quotes = json_object_get(root, "quotes");
    assert_true(json_array_size(quotes) >= 1);
    json_t *q = json_array_get(quotes, 0);
    size_t start = (size_t)json_integer_value(json_object_get(q, "start"));
    size_t end = (size_t)json_integer_value(json_object_get(q, "end"));
    const char *text = json_string_value(json_object_get(q, "text"));
    assert_memory_equal(story + start, text, end - start);
    json_decref(e);
    json_decref(root);
    afs_tree_free(tree);
}

static void test_hostile_names_stay_valid_json(void **state)
{
    (void)state;
    const char text[] = "Headline\nMr. Jo\xff\xfe Smith \"said\" hi. "
                        "\"A \\\"b\\\" c\x01 d,\" said Jo\xff\xfe Smith.\n";
    afs_article *a = afs_extract(text, sizeof text - 1, NULL);
    afs_arena *arena = afs_arena_new();
    size_t len;
    char *json = afs_render_article_json(arena, a, &len);
    json_error_t err;
    json_t *root = json_loadb(json, len, 0, &err);
    assert_non_null(root);
    json_decref(root);
    afs_arena_free(arena);
    afs_article_free(a);
}

static void test_export_matches_tree(void **state)
{
    (void)state;
    afs_tree *tree = story_tree();
    char dir[] = "/tmp/articlefs-test-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char out[64];
    snprintf(out, sizeof out, "%s/tree", dir);
    char err[256];
    assert_int_equal(afs_tree_export(tree, out, err, sizeof err), 0);
    char path[PATH_MAX + 32];
    snprintf(path, sizeof path, "%s/article.json", out);
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    size_t len;
    char *json =
        afs_tree_content(tree, afs_tree_resolve(tree, "article.json"), &len);
    char *data = malloc(len + 1);
    assert_int_equal(fread(data, 1, len + 1, f), len);
    assert_memory_equal(data, json, len);
    fclose(f);
    free(data);
    free(json);
    /* a second export into the same, now full, folder is refused */
    assert_int_not_equal(afs_tree_export(tree, out, err, sizeof err), 0);
    char cmd[PATH_MAX + 16];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    assert_int_equal(system(cmd), 0);
    afs_tree_free(tree);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_slugs),
        cmocka_unit_test(test_layout_and_lookup),
        cmocka_unit_test(test_every_node),
        cmocka_unit_test(test_corpus_tree),
        cmocka_unit_test(test_json_and_card_agree),
        cmocka_unit_test(test_hostile_names_stay_valid_json),
        cmocka_unit_test(test_export_matches_tree),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
