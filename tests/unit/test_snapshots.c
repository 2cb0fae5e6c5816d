/* Snapshot lifetimes: the names the kernel is given and forgets, in the
 * orders it sends them, keep exactly the snapshots that have them. The
 * trees are real corpus trees of two articles written for the tests:
 * "kept" stays the same article across reloads (its table is shared),
 * "changed" is extracted anew each time. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <string.h>

#include "articlefs/extract.h"
#include "src/fuse/snapshots.h"

static const char story[] =
    "Harbour talks end with a deal\n"
    "Portuguese Prime Minister Ana Ferreira met Moroccan King Idris Benali "
    "in Lisbon on Monday.\n"
    "\"We have agreed on a new ferry line,\" Ferreira said.\n";

static const char other[] =
    "Ferry line delayed\nThe Portuguese ministry said on Friday that "
    "Ana Ferreira would visit Porto.\n";

static const struct timespec when = {.tv_sec = 1};

/* A corpus tree of kept (shared, one more reference) and a fresh copy of
 * other, built from previous. */
static afs_tree *corpus_tree(afs_article *kept, const afs_tree *previous)
{
    afs_extract_options o = {.date = "2026-03-09"};
    afs_article *articles[] = {afs_article_ref(kept),
                               afs_extract(other, sizeof other - 1, &o)};
    const char *const ids[] = {"kept", "changed"};
    return afs_tree_build_corpus(afs_corpus_new(articles, ids, 2), previous);
}

typedef struct fixture {
    afs_article *kept; /* one reference of the fixture's own */
    afs_snapshots snapshots;
} fixture;

static int setup(void **state)
{
    static fixture f;
    afs_extract_options o = {.date = "2026-03-09"};
    f.kept = afs_extract(story, sizeof story - 1, &o);
    afs_snapshots_init(&f.snapshots, corpus_tree(f.kept, NULL), when);
    *state = &f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    afs_snapshots_destroy(&f->snapshots);
    afs_article_free(f->kept);
    return 0;
}

/* A reload with the kept article unchanged. */
static void reload(fixture *f)
{
    afs_tree *fresh =
        corpus_tree(f->kept, afs_snapshots_current_tree(&f->snapshots));
    afs_snapshots_release(&f->snapshots,
                          afs_snapshots_replace(&f->snapshots, fresh, when));
}

/* A reload that changes the kept article too. */
static void reload_changing_all(fixture *f)
{
    afs_extract_options o = {.date = "2026-03-09"};
    afs_article *replacement = afs_extract(story, sizeof story - 1, &o);
    afs_article_free(f->kept);
    f->kept = replacement;
    reload(f);
}

/* The number of path in the current tree, given to the kernel as a name
 * (as a lookup does: the request holds the snapshot meanwhile). */
static afs_ino give(fixture *f, const char *path)
{
    const afs_node *node =
        afs_tree_resolve(afs_snapshots_current_tree(&f->snapshots), path);
    assert_non_null(node);
    const afs_node *found;
    afs_snapshot *s = afs_snapshots_hold(&f->snapshots, node->ino, &found);
    assert_ptr_equal(found, node);
    afs_snapshots_name_given(&f->snapshots, node->ino);
    afs_snapshots_release(&f->snapshots, s);
    return node->ino;
}

static size_t alive(fixture *f)
{
    return afs_snapshots_alive(&f->snapshots);
}

static void test_reload_without_names_frees_at_once(void **state)
{
    fixture *f = *state;
    reload(f);
    reload_changing_all(f);
    assert_int_equal(alive(f), 1);
    assert_int_equal(afs_snapshots_names_held(&f->snapshots), 0);
}

/* A name of the top level (merged people/) keeps the snapshot, which
 * still answers for it, until the kernel forgets it. */
static void test_name_keeps_snapshot_until_forgotten(void **state)
{
    fixture *f = *state;
    const afs_tree *first = afs_snapshots_current_tree(&f->snapshots);
    afs_ino person = give(f, "people/ana-ferreira");
    reload(f);
    assert_int_equal(alive(f), 2);
    const afs_node *node;
    afs_snapshot *s = afs_snapshots_hold(&f->snapshots, person, &node);
    assert_non_null(s);
    assert_ptr_equal(s->tree, first);
    assert_false(afs_snapshots_is_current(&f->snapshots, s));
    assert_string_equal(node->name, "ana-ferreira");
    afs_snapshots_release(&f->snapshots, s);
    assert_int_equal(alive(f), 2); /* the name still holds it */
    afs_snapshots_forget(&f->snapshots, person, 1);
    assert_int_equal(alive(f), 1);
    assert_null(afs_snapshots_hold(&f->snapshots, person, &node));
}

/* Every lookup counts: a forget of fewer names than were given keeps the
 * snapshot. */
static void test_counts_are_exact(void **state)
{
    fixture *f = *state;
    afs_ino ino = 0;
    for (int i = 0; i < 5; i++)
        ino = give(f, "people/ana-ferreira/name");
    reload(f);
    afs_snapshots_forget(&f->snapshots, ino, 4);
    assert_int_equal(alive(f), 2);
    assert_int_equal(afs_snapshots_names_held(&f->snapshots), 1);
    afs_snapshots_forget(&f->snapshots, ino, 1);
    assert_int_equal(alive(f), 1);
}

/* Forgets that arrive after two reloads: the snapshot in between, which
 * no name holds, went at the second reload; the first stays until its
 * last name goes. */
static void test_forgets_after_two_reloads(void **state)
{
    fixture *f = *state;
    afs_ino person = give(f, "people/ana-ferreira");
    afs_ino changed = give(f, "articles/changed/people");
    reload(f);
    reload(f);
    assert_int_equal(alive(f), 2);
    afs_snapshots_forget(&f->snapshots, person, 1);
    assert_int_equal(alive(f), 2);
    afs_snapshots_forget(&f->snapshots, changed, 1);
    assert_int_equal(alive(f), 1);
}

/* A table two snapshots share is served by the newer one: a name in the
 * kept article keeps no old snapshot while the article stays, and keeps
 * the last one that had it once the article changes. */
static void test_table_shared_by_two_snapshots(void **state)
{
    fixture *f = *state;
    afs_ino kept = give(f, "articles/kept/people/ana-ferreira");
    reload(f);
    assert_int_equal(alive(f), 1); /* the name moved to the new snapshot */
    const afs_node *node;
    afs_snapshot *s = afs_snapshots_hold(&f->snapshots, kept, &node);
    assert_true(afs_snapshots_is_current(&f->snapshots, s));
    afs_snapshots_release(&f->snapshots, s);
    const afs_tree *last_with_it = afs_snapshots_current_tree(&f->snapshots);
    give(f, "articles/kept/people/ana-ferreira"); /* the same table again */
    reload_changing_all(f);
    reload(f);
    assert_int_equal(alive(f), 2);
    s = afs_snapshots_hold(&f->snapshots, kept, &node);
    assert_ptr_equal(s->tree, last_with_it);
    afs_snapshots_release(&f->snapshots, s);
    afs_snapshots_forget(&f->snapshots, kept, 1);
    assert_int_equal(alive(f), 2);
    afs_snapshots_forget(&f->snapshots, kept, 1);
    assert_int_equal(alive(f), 1);
}

/* One batch forgets names of several tables at once. */
static void test_batch_forgets(void **state)
{
    fixture *f = *state;
    afs_name_forget batch[] = {
        {give(f, "people/ana-ferreira"), 1},
        {give(f, "people/ana-ferreira/info.txt"), 1},
        {give(f, "articles/changed/quotes"), 1},
        {give(f, "articles/kept/article.txt"), 1},
    };
    give(f, "articles/changed/quotes");
    reload_changing_all(f);
    assert_int_equal(alive(f), 2);
    afs_snapshots_forget_batch(&f->snapshots, batch, 4);
    assert_int_equal(alive(f), 2); /* quotes/ was given twice */
    afs_name_forget last = {batch[2].ino, 1};
    afs_snapshots_forget_batch(&f->snapshots, &last, 1);
    assert_int_equal(alive(f), 1);
    assert_int_equal(afs_snapshots_names_held(&f->snapshots), 0);
}

/* A request being answered keeps its snapshot past a reload. */
static void test_request_keeps_snapshot(void **state)
{
    fixture *f = *state;
    const afs_node *root;
    afs_snapshot *s = afs_snapshots_hold(&f->snapshots, AFS_ROOT_INO, &root);
    reload(f);
    assert_int_equal(alive(f), 2);
    assert_false(afs_snapshots_is_current(&f->snapshots, s));
    assert_non_null(afs_tree_lookup(s->tree, root->ino, "people"));
    afs_snapshots_release(&f->snapshots, s);
    assert_int_equal(alive(f), 1);
}

/* The root and articles/ keep their numbers in every tree: their names
 * keep no snapshot, and the root's forget (the kernel holds it without
 * a lookup) is ignored. */
static void test_fixed_numbers_keep_nothing(void **state)
{
    fixture *f = *state;
    afs_ino articles = give(f, "articles");
    assert_int_equal(articles, AFS_ARTICLES_INO);
    reload_changing_all(f);
    assert_int_equal(alive(f), 1);
    assert_int_equal(afs_snapshots_names_held(&f->snapshots), 1);
    afs_snapshots_forget(&f->snapshots, AFS_ROOT_INO, 1);
    afs_snapshots_forget(&f->snapshots, articles, 1);
    assert_int_equal(afs_snapshots_names_held(&f->snapshots), 0);
}

/* Many tables held at once, over many reloads: the map of held tables
 * grows and keeps every count. */
static void test_many_reloads_and_names(void **state)
{
    fixture *f = *state;
    enum { ROUNDS = 40 };
    afs_ino given[ROUNDS];
    for (int i = 0; i < ROUNDS; i++) {
        given[i] = give(f, "articles/changed/people");
        reload_changing_all(f);
    }
    assert_int_equal(alive(f), ROUNDS + 1);
    for (int i = ROUNDS - 1; i >= 0; i--)
        afs_snapshots_forget(&f->snapshots, given[i], 1);
    assert_int_equal(alive(f), 1);
    assert_int_equal(afs_snapshots_names_held(&f->snapshots), 0);
}

/* A snapshot replaced at an earlier reload that still counts names is
 * handed out once to have its names dropped again; the current one and
 * those that count none never are. */
static void test_unswept_handed_out_once(void **state)
{
    fixture *f = *state;
    afs_snapshot *out[4];
    assert_int_equal(afs_snapshots_hold_unswept(&f->snapshots, out, 4), 0);
    const afs_tree *first = afs_snapshots_current_tree(&f->snapshots);
    afs_ino person = give(f, "people/ana-ferreira");
    reload(f);
    reload(f);
    assert_int_equal(afs_snapshots_hold_unswept(&f->snapshots, out, 4), 1);
    assert_ptr_equal(out[0]->tree, first);
    afs_snapshots_forget(&f->snapshots, person, 1);
    assert_int_equal(alive(f), 2); /* held by the caller */
    afs_snapshots_release(&f->snapshots, out[0]);
    assert_int_equal(alive(f), 1);
    give(f, "people/ana-ferreira");
    assert_int_equal(afs_snapshots_hold_unswept(&f->snapshots, out, 4), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_reload_without_names_frees_at_once,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(
            test_name_keeps_snapshot_until_forgotten, setup, teardown),
        cmocka_unit_test_setup_teardown(test_counts_are_exact, setup, teardown),
        cmocka_unit_test_setup_teardown(test_forgets_after_two_reloads, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_table_shared_by_two_snapshots,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(test_batch_forgets, setup, teardown),
        cmocka_unit_test_setup_teardown(test_request_keeps_snapshot, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_fixed_numbers_keep_nothing, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_many_reloads_and_names, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_unswept_handed_out_once, setup,
                                        teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
