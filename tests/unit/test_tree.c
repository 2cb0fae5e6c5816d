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
#include "src/tree/internal.h"

static const char *const story =
    "Harbour talks end with a deal\n"
    "Portuguese Prime Minister Ana Ferreira met Moroccan King Idris Benali "
    "in Lisbon on Monday, the Portuguese foreign ministry said.\n"
    "\"We have agreed on a new ferry line,\" Ferreira said.\n"
    "Benali told reporters that the agreement would be signed in Rabat.\n";

static afs_tree *story_tree(void)
{
    afs_extract_options o = {.date = "2026-03-09", .source_name = "t.txt"};
    return afs_tree_build_article(afs_extract(story, strlen(story), &o), NULL);
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
    assert_null(afs_tree_node(tree, AFS_ARTICLES_INO)); /* no corpus */
    const afs_node *last = afs_tree_resolve(tree, "people");
    assert_null(afs_tree_node(tree, last->ino + 100));
    afs_tree_free(tree);
}

typedef struct reached {
    const afs_node *v[4096];
    size_t n;
} reached;

/* Walks the whole tree (making every directory's children) and notes the
 * nodes reached. The subdirectory count given before a directory is
 * listed (st_nlink, without making children) is the one found after, and
 * every node answers to its number. */
static void walk(const afs_tree *tree, const afs_node *dir, reached *r)
{
    size_t subdirs_before = afs_tree_subdir_count(tree, dir), subdirs = 0;
    size_t count = afs_tree_child_count(tree, dir);
    assert_true(r->n < sizeof r->v / sizeof *r->v);
    r->v[r->n++] = dir;
    assert_ptr_equal(afs_tree_node(tree, dir->ino), dir);
    for (size_t i = 0; i < count; i++) {
        const afs_node *child = afs_tree_child(tree, dir, i);
        assert_int_equal(child->parent, dir->ino);
        assert_ptr_equal(afs_tree_node(tree, child->ino), child);
        subdirs += child->type == AFS_NODE_DIR;
        if (child->type == AFS_NODE_DIR)
            walk(tree, child, r);
        else
            r->v[r->n++] = child;
    }
    assert_int_equal(subdirs_before, subdirs);
    assert_int_equal(afs_tree_subdir_count(tree, dir), subdirs);
}

static int compare_ino(const void *x, const void *y)
{
    afs_ino a = (*(const afs_node *const *)x)->ino;
    afs_ino b = (*(const afs_node *const *)y)->ino;
    return a < b ? -1 : a > b;
}

/* No two nodes share a number. */
static void assert_numbers_unique(reached *r)
{
    qsort(r->v, r->n, sizeof *r->v, compare_ino);
    for (size_t i = 1; i < r->n; i++)
        assert_true(r->v[i - 1]->ino < r->v[i]->ino);
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
    static reached r;
    r.n = 0;
    walk(tree, afs_tree_node(tree, AFS_ROOT_INO), &r);
    assert_int_equal(afs_tree_node_count(tree), r.n);
    assert_true(r.n > 40);
    assert_numbers_unique(&r);
    for (size_t i = 0; i < r.n; i++) {
        const afs_node *node = r.v[i];
        if (node->ino != AFS_ROOT_INO) {
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
    afs_tree *tree =
        afs_tree_build_corpus(afs_corpus_new(articles, ids, 2), NULL);
    static reached r;
    r.n = 0;
    walk(tree, afs_tree_node(tree, AFS_ROOT_INO), &r);
    assert_int_equal(afs_tree_node_count(tree), r.n);
    assert_numbers_unique(&r);
    assert_non_null(afs_tree_resolve(tree, "articles/day-one"));
    assert_non_null(afs_tree_resolve(tree, "articles/day-one-2"));
    assert_non_null(afs_tree_resolve(tree, "people/ana-ferreira/articles"));
    assert_int_equal(afs_tree_resolve(tree, "articles")->ino, AFS_ARTICLES_INO);
    assert_int_equal(afs_tree_resolve(tree, "articles/day-one")->parent,
                     AFS_ARTICLES_INO);
    for (size_t i = 0; i < r.n; i++) {
        const afs_node *node = r.v[i];
        if (node->type == AFS_NODE_LINK)
            check_link(tree, node);
        else if (node->type == AFS_NODE_FILE)
            check_file(tree, node);
    }
    afs_tree_free(tree);
}

/* What afs_tree_changes reported, one "dir name" (or "dir -") a line. */
static void note_stale(void *context, afs_ino dir, const char *name)
{
    char *out = context;
    snprintf(out + strlen(out), 4096 - strlen(out), "%llu %s\n",
             (unsigned long long)dir, name ? name : "-");
}

static void note_made(void *context, afs_ino dir, const char *name)
{
    char *out = context;
    size_t used = strlen(out);
    snprintf(out + used, (1 << 16) - used, "\n%llu %s\n",
             (unsigned long long)dir, name ? name : "-");
}

static afs_ino ino_of(const afs_tree *tree, const char *path)
{
    const afs_node *node = afs_tree_resolve(tree, path);
    assert_non_null(node);
    return node->ino;
}

/* A tree built from the one it replaces keeps the numbers of the articles
 * that did not change, gives all else numbers never seen, and reports
 * only what changed; it outlives the old tree. */
static void test_numbers_survive_a_rebuild(void **state)
{
    (void)state;
    static const char other[] =
        "Ferry line delayed\nThe Portuguese ministry said on Friday that "
        "Ana Ferreira would visit Porto.\n";
    afs_extract_options o = {.date = "2026-03-09"};
    afs_article *kept = afs_extract(story, strlen(story), &o);
    afs_article *before[] = {kept, afs_extract(story, strlen(story), &o)};
    const char *const ids[] = {"kept", "changed"};
    afs_tree *old = afs_tree_build_corpus(afs_corpus_new(before, ids, 2), NULL);
    const char *stays = "articles/kept/people/ana-ferreira/info.txt";
    const char *goes = "articles/changed/people/ana-ferreira/info.txt";
    afs_ino kept_ino = ino_of(old, stays), changed_ino = ino_of(old, goes);
    afs_ino merged_ino = ino_of(old, "people/ana-ferreira");

    afs_article *after[] = {afs_article_ref(kept),
                            afs_extract(other, sizeof other - 1, &o)};
    afs_tree *fresh = afs_tree_build_corpus(afs_corpus_new(after, ids, 2), old);
    char stale[4096] = "";
    afs_tree_changes(old, fresh, note_stale, stale);
    assert_int_equal(ino_of(fresh, stays), kept_ino);
    assert_ptr_equal(afs_tree_node(fresh, kept_ino),
                     afs_tree_resolve(fresh, stays));
    assert_int_equal(ino_of(fresh, "articles"), AFS_ARTICLES_INO);
    assert_null(afs_tree_node(fresh, changed_ino));
    assert_null(afs_tree_node(fresh, merged_ino));
    assert_int_not_equal(ino_of(fresh, "people/ana-ferreira"), merged_ino);
    assert_non_null(strstr(stale, "1 -\n"));
    assert_non_null(strstr(stale, "1 people\n"));
    assert_non_null(strstr(stale, "2 -\n"));
    assert_non_null(strstr(stale, "2 changed\n"));
    assert_null(strstr(stale, "2 kept\n"));
    assert_null(strstr(stale, "1 articles\n"));
    /* what the kernel may still hold of old: the changed article's names
     * and the old top level's, none of the kept article's */
    static char made[1 << 16];
    made[0] = '\0';
    ino_of(old, "people/ana-ferreira/info.txt"); /* made now */
    afs_tree_made_names(old, fresh, note_made, made);
    char line[128];
    snprintf(line, sizeof line, "%llu ana-ferreira\n",
             (unsigned long long)ino_of(old, "articles/changed/people"));
    assert_non_null(strstr(made, line));
    snprintf(line, sizeof line, "%llu info.txt\n",
             (unsigned long long)merged_ino);
    assert_non_null(strstr(made, line));
    snprintf(line, sizeof line, "%llu ana-ferreira\n",
             (unsigned long long)ino_of(old, "articles/kept/people"));
    assert_null(strstr(made, line));
    assert_null(strstr(made, "\n1 "));
    assert_null(strstr(made, "\n2 "));
    afs_tree_free(old);

    static reached r;
    r.n = 0;
    walk(fresh, afs_tree_node(fresh, AFS_ROOT_INO), &r);
    assert_numbers_unique(&r);
    for (size_t i = 0; i < r.n; i++)
        if (r.v[i]->type == AFS_NODE_FILE)
            check_file(fresh, r.v[i]);
    afs_tree_free(fresh);
}

/* A one-article tree rebuilt gets new numbers for all but its root. */
static void test_one_article_renumbered(void **state)
{
    (void)state;
    afs_tree *old = story_tree();
    afs_ino people = ino_of(old, "people/ana-ferreira");
    afs_extract_options o = {.date = "2026-03-09"};
    afs_tree *fresh =
        afs_tree_build_article(afs_extract(story, strlen(story), &o), old);
    char stale[4096] = "";
    afs_tree_changes(old, fresh, note_stale, stale);
    assert_null(afs_tree_node(fresh, people));
    assert_int_not_equal(ino_of(fresh, "people/ana-ferreira"), people);
    assert_non_null(strstr(stale, "1 people\n"));
    assert_non_null(strstr(stale, "1 article.txt\n"));
    afs_tree_free(old);
    afs_tree_free(fresh);
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

/* Every kind has a row that says what it is; a fixed child has a name and
 * a directory for a parent; a directory's content is never asked for. */
static void test_every_kind_has_a_row(void **state)
{
    (void)state;
    for (size_t k = 0; k < K_KIND_COUNT; k++) {
        const kind_row *row = &node_kinds[k];
        assert_non_null(row->what);
        assert_non_null(row->content);
        if (row->parent == K_NO_PARENT)
            continue;
        assert_non_null(row->name);
        assert_int_equal(node_kinds[row->parent].type, AFS_NODE_DIR);
        assert_true(row->type != AFS_NODE_LINK);
        assert_int_equal(node_kinds[row->parent].level, row->level);
    }
}

/* Corpus kinds appear only in a corpus's tree, article kinds everywhere
 * below articles/. */
static void test_kinds_keep_to_their_level(void **state)
{
    (void)state;
    afs_tree *tree = story_tree();
    static reached r;
    r.n = 0;
    walk(tree, afs_tree_node(tree, AFS_ROOT_INO), &r);
    for (size_t i = 0; i < r.n; i++)
        assert_int_equal(row_of(node_in(r.v[i]))->level, L_ARTICLE);
    afs_tree_free(tree);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_slugs),
        cmocka_unit_test(test_every_kind_has_a_row),
        cmocka_unit_test(test_kinds_keep_to_their_level),
        cmocka_unit_test(test_layout_and_lookup),
        cmocka_unit_test(test_every_node),
        cmocka_unit_test(test_corpus_tree),
        cmocka_unit_test(test_numbers_survive_a_rebuild),
        cmocka_unit_test(test_one_article_renumbered),
        cmocka_unit_test(test_json_and_card_agree),
        cmocka_unit_test(test_hostile_names_stay_valid_json),
        cmocka_unit_test(test_export_matches_tree),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
