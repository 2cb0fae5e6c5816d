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
    assert_int_equal(txt->size, strlen(story));
    assert_memory_equal(txt->data, story, txt->size);
    assert_non_null(afs_tree_resolve(tree, "people/ana-ferreira/info.txt"));
    assert_non_null(afs_tree_resolve(tree, "people/idris-benali/name"));
    assert_null(afs_tree_resolve(tree, "people/nobody"));
    assert_null(afs_tree_lookup(tree, AFS_ROOT_INO, ".."));
    assert_null(afs_tree_node(tree, 0));
    assert_null(afs_tree_node(tree, afs_tree_node_count(tree) + 1));
    afs_tree_free(tree);
}

/* Every directory's children are sorted and safe; every text ends with a
 * newline; every symlink resolves to a node of the tree. */
static void test_every_node(void **state)
{
    (void)state;
    afs_tree *tree = story_tree();
    size_t n = afs_tree_node_count(tree);
    for (afs_ino ino = 1; ino <= n; ino++) {
        const afs_node *node = afs_tree_node(tree, ino);
        assert_int_equal(node->ino, ino);
        if (ino != AFS_ROOT_INO) {
            assert_true(strlen(node->name) > 0 && strlen(node->name) < 256);
            assert_null(strchr(node->name, '/'));
            assert_string_not_equal(node->name, ".");
            assert_string_not_equal(node->name, "..");
        }
        for (size_t c = 1; c < node->child_count; c++)
            assert_true(strcmp(afs_tree_node(tree, node->children[c - 1])->name,
                               afs_tree_node(tree, node->children[c])->name) <
                        0);
        if (node->type == AFS_NODE_FILE && node->size &&
            strcmp(node->name, "article.txt") != 0)
            assert_int_equal(node->data[node->size - 1], '\n');
        if (node->type != AFS_NODE_LINK)
            continue;
        /* walk the relative target from the link's directory */
        const afs_node *at = afs_tree_node(tree, node->parent);
        char target[512];
        snprintf(target, sizeof target, "%s", node->data);
        for (char *part = strtok(target, "/"); part && at;
             part = strtok(NULL, "/"))
            at = strcmp(part, "..") == 0
                     ? (at->ino == AFS_ROOT_INO
                            ? NULL
                            : afs_tree_node(tree, at->parent))
                     : afs_tree_lookup(tree, at->ino, part);
        assert_non_null(at);
        assert_int_equal(at->type, AFS_NODE_DIR);
    }
    afs_tree_free(tree);
}

static void test_json_and_card_agree(void **state)
{
    (void)state;
    afs_tree *tree = story_tree();
    const afs_node *json = afs_tree_resolve(tree, "article.json");
    json_error_t err;
    json_t *root = json_loadb(json->data, json->size, 0, &err);
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
    assert_memory_equal(card->data, name, strlen(name));
    snprintf(path, sizeof path, "people/%s/entity.json", id);
    const afs_node *entity = afs_tree_resolve(tree, path);
    json_t *e = json_loadb(entity->data, entity->size, 0, &err);
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
    const afs_node *json = afs_tree_resolve(tree, "article.json");
    char *data = malloc(json->size + 1);
    assert_int_equal(fread(data, 1, json->size + 1, f), json->size);
    assert_memory_equal(data, json->data, json->size);
    fclose(f);
    free(data);
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
        cmocka_unit_test(test_json_and_card_agree),
        cmocka_unit_test(test_hostile_names_stay_valid_json),
        cmocka_unit_test(test_export_matches_tree),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
