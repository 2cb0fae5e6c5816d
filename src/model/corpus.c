#include "articlefs/corpus.h"

#include <stdlib.h>
#include <string.h>

#include "articlefs/fold.h"
#include "articlefs/slug.h"
#include "articlefs/strmap.h"
#include "articlefs/vector.h"

#define AMBIGUOUS ((size_t)-2)

typedef struct group {
    enum afs_kind kind;
    const char *name;
    AFS_VEC(afs_member) members;
    size_t first_seen;
} group;

typedef struct merger {
    afs_arena *arena;
    AFS_VEC(group) groups;
    strmap *names;   /* kind + name -> group */
    strmap *aliases; /* kind + alias -> group, or AMBIGUOUS */
} merger;

/* Names meet by their folded form: "José Mourinho" = "Jose Mourinho". */
static const char *key_of(afs_arena *arena, enum afs_kind kind, const char *s)
{
    return afs_arena_printf(arena, "%d:%s", (int)kind,
                            afs_fold(arena, s, strlen(s)));
}

/* The group this entity joins: one already named like it, or one that
 * has its name as an alias ("Trump" joins "Donald Trump"), or a group
 * known only by a single word that this entity has as an alias (the
 * other way round). */
static size_t find_group(merger *m, const afs_entity *e)
{
    const char *key = key_of(m->arena, e->kind, e->name);
    size_t g = strmap_get(m->names, key);
    if (g == STRMAP_NONE)
        g = strmap_get(m->aliases, key);
    for (size_t i = 0; g == STRMAP_NONE && i < e->alias_count; i++) {
        size_t named =
            strmap_get(m->names, key_of(m->arena, e->kind, e->aliases[i]));
        if (named != STRMAP_NONE && !strchr(m->groups.v[named].name, ' '))
            g = named;
    }
    return g == AMBIGUOUS ? STRMAP_NONE : g;
}

static size_t new_group(merger *m, const afs_entity *e, size_t order)
{
    group *g = afs_vec_push(&m->groups);
    g->kind = e->kind;
    g->name = e->name;
    g->first_seen = order;
    return m->groups.n - 1;
}

static void claim_alias(merger *m, const char *key, size_t g)
{
    size_t old = strmap_get(m->aliases, key);
    strmap_put(m->aliases, key, old == STRMAP_NONE || old == g ? g : AMBIGUOUS);
}

static void add_member(merger *m, size_t gi, size_t article,
                       const afs_entity *e)
{
    group *g = &m->groups.v[gi];
    *afs_vec_push(&g->members) = (afs_member){article, e};
    if (strlen(e->name) > strlen(g->name))
        g->name = e->name;
    strmap_put(m->names, key_of(m->arena, e->kind, e->name), gi);
    for (size_t i = 0; i < e->alias_count; i++)
        claim_alias(m, key_of(m->arena, e->kind, e->aliases[i]), gi);
}

static int compare_groups(const void *a, const void *b)
{
    const group *x = a, *y = b;
    if (x->kind != y->kind)
        return (int)x->kind - (int)y->kind;
    return x->first_seen < y->first_seen ? -1 : x->first_seen > y->first_seen;
}

static void freeze(afs_corpus *c, merger *m)
{
    qsort(m->groups.v, m->groups.n, sizeof *m->groups.v, compare_groups);
    c->merged = afs_arena_array(c->arena, m->groups.n + 1, sizeof *c->merged);
    c->merged_count = m->groups.n;
    afs_slug_set *ids = afs_slug_set_new(c->arena);
    for (size_t i = 0; i < m->groups.n; i++) {
        group *g = &m->groups.v[i];
        afs_merged *out = &c->merged[i];
        out->kind = g->kind;
        out->name = g->name;
        out->id = afs_slug_set_claim(
            ids, afs_slug(c->arena, g->name, strlen(g->name), "entity"));
        afs_member *members =
            afs_arena_array(c->arena, g->members.n + 1, sizeof *members);
        memcpy(members, g->members.v, g->members.n * sizeof *members);
        out->members = members;
        out->member_count = g->members.n;
        afs_vec_free(&g->members);
    }
    afs_vec_free(&m->groups);
}

afs_corpus *afs_corpus_new(afs_article **articles, const char *const *ids,
                           size_t count)
{
    afs_arena *arena = afs_arena_new();
    afs_corpus *c = afs_arena_alloc(arena, sizeof *c);
    c->arena = arena;
    c->articles = afs_arena_array(arena, count + 1, sizeof *c->articles);
    c->ids = afs_arena_array(arena, count + 1, sizeof *c->ids);
    c->article_count = count;
    /* ids name folders: slugs like every other id, unique, made once */
    afs_slug_set *taken = afs_slug_set_new(arena);
    for (size_t i = 0; i < count; i++) {
        c->articles[i] = articles[i];
        c->ids[i] = afs_slug_set_claim(
            taken, afs_slug(arena, ids[i], strlen(ids[i]), "article"));
    }
    merger m = {.arena = arena,
                .names = strmap_new(arena),
                .aliases = strmap_new(arena)};
    size_t order = 0;
    for (size_t i = 0; i < count; i++) {
        const afs_article *a = articles[i];
        for (size_t e = 0; e < a->entity_count; e++, order++) {
            size_t g = find_group(&m, &a->entities[e]);
            if (g == STRMAP_NONE)
                g = new_group(&m, &a->entities[e], order);
            add_member(&m, g, i, &a->entities[e]);
        }
    }
    freeze(c, &m);
    return c;
}

void afs_corpus_free(afs_corpus *corpus)
{
    if (!corpus)
        return;
    for (size_t i = 0; i < corpus->article_count; i++)
        afs_article_free(corpus->articles[i]);
    afs_arena_free(corpus->arena);
}
