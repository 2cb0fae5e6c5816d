/* The model's own code: merging entities across the articles of a corpus,
 * and the index of what each entity said and took part in. The articles
 * are built by hand, so each rule is tested alone. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <string.h>

#include "articlefs/corpus.h"
#include "articlefs/extract.h"

typedef struct spec {
    enum afs_kind kind;
    const char *name;
    const char *alias; /* one, or NULL */
    const char *role;  /* one, or NULL */
} spec;

/* An article of the given entities, which come grouped by kind. */
static afs_article *article_of(const spec *specs, size_t n)
{
    afs_arena *arena = afs_arena_new();
    afs_article *a = afs_arena_alloc(arena, sizeof *a);
    a->arena = arena;
    a->text = "";
    afs_entity *e = afs_arena_array(arena, n + 1, sizeof *e);
    for (size_t i = 0; i < n; i++) {
        e[i].kind = specs[i].kind;
        e[i].name = specs[i].name;
        e[i].id = specs[i].name;
        if (specs[i].alias) {
            const char **alias = afs_arena_alloc(arena, sizeof *alias);
            *alias = specs[i].alias;
            e[i].aliases = alias;
            e[i].alias_count = 1;
        }
        if (specs[i].role) {
            const char **role = afs_arena_alloc(arena, sizeof *role);
            *role = specs[i].role;
            e[i].roles = role;
            e[i].role_count = 1;
        }
        assert_true(i == 0 || specs[i - 1].kind <= specs[i].kind);
    }
    a->entities = e;
    a->entity_count = n;
    for (int k = 0; k <= AFS_KIND_COUNT; k++)
        for (size_t i = 0; i < n && (int)specs[i].kind < k; i++)
            a->kind_start[k] = i + 1;
    afs_article_index(a);
    return a;
}

#define ARTICLE(...)                                                           \
    article_of((const spec[]){__VA_ARGS__},                                    \
               sizeof((const spec[]){__VA_ARGS__}) / sizeof(spec))

static afs_corpus *corpus_of(afs_article **articles, size_t n)
{
    const char *ids[] = {"a", "b", "c", "d"};
    assert_true(n <= 4);
    return afs_corpus_new(articles, ids, n);
}

static const afs_merged *merged_named(const afs_corpus *c, const char *name)
{
    for (size_t i = 0; i < c->merged_count; i++)
        if (strcmp(c->merged[i].name, name) == 0)
            return &c->merged[i];
    return NULL;
}

/* A name written alike (case aside) in two articles is one entity, its
 * members in article order. */
static void test_same_name_merges(void **state)
{
    (void)state;
    afs_article *v[] = {ARTICLE({AFS_PERSON, "Ana Ferreira", NULL, NULL}),
                        ARTICLE({AFS_PERSON, "ana ferreira", NULL, NULL})};
    afs_corpus *c = corpus_of(v, 2);
    assert_int_equal(c->merged_count, 1);
    const afs_merged *m = &c->merged[0];
    assert_string_equal(m->name, "Ana Ferreira"); /* the first, as long */
    assert_int_equal(m->member_count, 2);
    assert_int_equal(m->members[0].article, 0);
    assert_ptr_equal(m->members[0].entity, &v[0]->entities[0]);
    assert_int_equal(m->members[1].article, 1);
    assert_ptr_equal(m->members[1].entity, &v[1]->entities[0]);
    afs_corpus_free(c);
}

/* One's name is the other's alias, either way round; the merged name is
 * the longest. */
static void test_name_and_alias_merge(void **state)
{
    (void)state;
    afs_article *v[] = {ARTICLE({AFS_PERSON, "Ferreira", NULL, NULL}),
                        ARTICLE({AFS_PERSON, "Ana Ferreira", "Ferreira", NULL}),
                        ARTICLE({AFS_PERSON, "Ferreira", NULL, NULL})};
    afs_corpus *c = corpus_of(v, 3);
    assert_int_equal(c->merged_count, 1);
    assert_string_equal(c->merged[0].name, "Ana Ferreira");
    assert_int_equal(c->merged[0].member_count, 3);
    afs_corpus_free(c);
}

/* "NSA" alone, then "Nordic Space Agency" alone, then both in one
 * article: the one word stands for the full name, whichever came
 * first. */
static void test_one_word_before_its_full_name(void **state)
{
    (void)state;
    afs_article *v[] = {
        ARTICLE({AFS_ORGANIZATION, "NSA", NULL, NULL}),
        ARTICLE({AFS_ORGANIZATION, "Nordic Space Agency", NULL, NULL}),
        ARTICLE({AFS_ORGANIZATION, "Nordic Space Agency", "NSA", NULL})};
    afs_corpus *c = corpus_of(v, 3);
    assert_int_equal(c->merged_count, 1);
    assert_int_equal(c->merged[0].member_count, 3);
    assert_string_equal(c->merged[0].name, "Nordic Space Agency");
    afs_corpus_free(c);
}

/* An alias that only matches another entity's name of several words
 * merges nothing ("Ana" called "Ana Ferreira" is not her). */
static void test_alias_of_a_full_name_does_not_merge(void **state)
{
    (void)state;
    afs_article *v[] = {ARTICLE({AFS_PERSON, "Ana Ferreira", NULL, NULL}),
                        ARTICLE({AFS_PERSON, "Dr Ana", "Ana Ferreira", NULL})};
    afs_corpus *c = corpus_of(v, 2);
    assert_int_equal(c->merged_count, 2);
    afs_corpus_free(c);
}

/* "Smith" of two different Smiths merges nothing, not even a third
 * article's bare "Smith". */
static void test_shared_alias_is_ambiguous(void **state)
{
    (void)state;
    afs_article *v[] = {ARTICLE({AFS_PERSON, "John Smith", "Smith", NULL}),
                        ARTICLE({AFS_PERSON, "Mary Smith", "Smith", NULL}),
                        ARTICLE({AFS_PERSON, "Smith", NULL, NULL})};
    afs_corpus *c = corpus_of(v, 3);
    assert_int_equal(c->merged_count, 3);
    for (size_t i = 0; i < c->merged_count; i++)
        assert_int_equal(c->merged[i].member_count, 1);
    afs_corpus_free(c);
}

/* Kinds never merge; the merged entities come by kind, then in order of
 * first appearance; their ids are unique. Two spellings that fold alike
 * ("José Silva", "Jose Silva") are one person, under the first. */
static void test_kinds_order_and_ids(void **state)
{
    (void)state;
    afs_article *v[] = {
        ARTICLE({AFS_PERSON, "Jordan", NULL, NULL},
                {AFS_PLACE, "Porto", NULL, NULL}),
        ARTICLE({AFS_PERSON, "Jos\xc3\xa9 Silva", NULL, NULL},
                {AFS_ORGANIZATION, "Port Authority", NULL, NULL},
                {AFS_PLACE, "Jordan", NULL, NULL}),
        ARTICLE({AFS_PERSON, "Jose Silva", NULL, NULL})};
    afs_corpus *c = corpus_of(v, 3);
    assert_int_equal(c->merged_count, 5);
    const enum afs_kind kinds[] = {AFS_PERSON, AFS_PERSON, AFS_ORGANIZATION,
                                   AFS_PLACE, AFS_PLACE};
    const char *const names[] = {"Jordan", "Jos\xc3\xa9 Silva",
                                 "Port Authority", "Porto", "Jordan"};
    for (size_t i = 0; i < 5; i++) {
        assert_int_equal(c->merged[i].kind, kinds[i]);
        assert_string_equal(c->merged[i].name, names[i]);
        for (size_t k = 0; k < i; k++)
            assert_string_not_equal(c->merged[i].id, c->merged[k].id);
    }
    assert_int_equal(merged_named(c, "Jos\xc3\xa9 Silva")->member_count, 2);
    assert_string_equal(merged_named(c, "Port Authority")->id,
                        "port-authority");
    afs_corpus_free(c);
}

/* Outlets differ on middle initials: "Rui M. Costa" is "Rui Costa" either
 * way round, but two different initials are two people, and the bare
 * name that both could be joins neither. */
static void test_middle_initials(void **state)
{
    (void)state;
    afs_article *v[] = {ARTICLE({AFS_PERSON, "Rui Costa Jr.", NULL, NULL}),
                        ARTICLE({AFS_PERSON, "Rui M. Costa Jr.", NULL, NULL}),
                        ARTICLE({AFS_PERSON, "Lia B. Dias", NULL, NULL},
                                {AFS_PERSON, "Lia C. Dias", NULL, NULL}),
                        ARTICLE({AFS_PERSON, "Lia Dias", NULL, NULL})};
    afs_corpus *c = corpus_of(v, 4);
    assert_int_equal(c->merged_count, 4);
    assert_int_equal(merged_named(c, "Rui M. Costa Jr.")->member_count, 2);
    assert_int_equal(merged_named(c, "Lia B. Dias")->member_count, 1);
    assert_int_equal(merged_named(c, "Lia C. Dias")->member_count, 1);
    assert_int_equal(merged_named(c, "Lia Dias")->member_count, 1);
    afs_corpus_free(c);
}

/* Articles that class a name of several words differently meet under
 * the kind most give it, a role counting twice; a tie keeps them apart. */
static void test_kind_by_the_articles(void **state)
{
    (void)state;
    afs_article *v[] = {ARTICLE({AFS_PERSON, "Tan Wei", NULL, "Vice Premier"},
                                {AFS_ORGANIZATION, "Harbor Trust", NULL, NULL}),
                        ARTICLE({AFS_ORGANIZATION, "Tan Wei", NULL, NULL},
                                {AFS_PLACE, "Harbor Trust", NULL, NULL})};
    afs_corpus *c = corpus_of(v, 2);
    assert_int_equal(c->merged_count, 3);
    const afs_merged *tan = merged_named(c, "Tan Wei");
    assert_int_equal(tan->kind, AFS_PERSON);
    assert_int_equal(tan->member_count, 2);
    assert_ptr_equal(tan->members[1].entity, &v[1]->entities[0]);
    afs_corpus_free(c);
}

/* A leading "The" is no part of the name across articles. */
static void test_leading_the(void **state)
{
    (void)state;
    afs_article *v[] = {
        ARTICLE({AFS_ORGANIZATION, "The Nordic Space Agency", NULL, NULL}),
        ARTICLE({AFS_ORGANIZATION, "Nordic Space Agency", NULL, NULL})};
    afs_corpus *c = corpus_of(v, 2);
    assert_int_equal(c->merged_count, 1);
    assert_int_equal(c->merged[0].member_count, 2);
    afs_corpus_free(c);
}

/* Article ids are slugs, made unique. */
static void test_article_ids(void **state)
{
    (void)state;
    afs_article *v[] = {ARTICLE({AFS_PERSON, "A", NULL, NULL}),
                        ARTICLE({AFS_PERSON, "B", NULL, NULL}),
                        ARTICLE({AFS_PERSON, "C", NULL, NULL})};
    const char *ids[] = {"day/one", "Day One", ".."};
    afs_corpus *c = afs_corpus_new(v, ids, 3);
    assert_string_equal(c->ids[0], "day-one");
    assert_string_equal(c->ids[1], "day-one-2");
    assert_string_equal(c->ids[2], "article");
    afs_corpus_free(c);
}

/* The index lists each entity's quotes and events in text order, an
 * event once even when the entity is in it twice. */
static void test_entity_index(void **state)
{
    (void)state;
    static const char story[] =
        "Harbour talks end with a deal\n"
        "Portuguese Prime Minister Ana Ferreira met Moroccan King Idris "
        "Benali in Lisbon on Monday.\n"
        "\"We have agreed on a new ferry line,\" Ferreira said.\n"
        "\"It opens in May,\" Ferreira added.\n"
        "Benali told reporters that the agreement would be signed in "
        "Rabat.\n";
    afs_extract_options o = {.date = "2026-03-09"};
    afs_article *a = afs_extract(story, sizeof story - 1, &o);
    size_t said = 0, events = 0;
    for (size_t i = 0; i < a->entity_count; i++) {
        const afs_entity *e = &a->entities[i];
        const afs_entity_links *l = afs_entity_links_of(a, e);
        size_t q = 0;
        for (size_t k = 0; k < a->quote_count; k++)
            if (a->quotes[k].speaker == e) {
                assert_true(q < l->quote_count);
                assert_ptr_equal(l->quotes[q++], &a->quotes[k]);
            }
        assert_int_equal(q, l->quote_count);
        size_t ev = 0;
        for (size_t k = 0; k < a->event_count; k++)
            if (afs_event_involves(&a->events[k], e)) {
                assert_true(ev < l->event_count);
                assert_ptr_equal(l->events[ev++], &a->events[k]);
            }
        assert_int_equal(ev, l->event_count);
        said += q;
        events += ev;
    }
    assert_true(said >= 2); /* the story has speakers and events */
    assert_true(events >= 1);
    afs_article_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_same_name_merges),
        cmocka_unit_test(test_name_and_alias_merge),
        cmocka_unit_test(test_alias_of_a_full_name_does_not_merge),
        cmocka_unit_test(test_shared_alias_is_ambiguous),
        cmocka_unit_test(test_kinds_order_and_ids),
        cmocka_unit_test(test_middle_initials),
        cmocka_unit_test(test_kind_by_the_articles),
        cmocka_unit_test(test_leading_the),
        cmocka_unit_test(test_one_word_before_its_full_name),
        cmocka_unit_test(test_article_ids),
        cmocka_unit_test(test_entity_index),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
