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

/* How the articles class one name: a person the text gives a role
 * ("Vice Premier Liu He") counts twice, as a role is the strongest
 * evidence of a kind. */
typedef struct kind_votes {
    unsigned votes[AFS_KIND_COUNT];
} kind_votes;

typedef struct merger {
    afs_arena *arena;
    AFS_VEC(group) groups;
    strmap *names;   /* kind + name -> group */
    strmap *aliases; /* kind + alias -> group, or AMBIGUOUS */
    strmap *kinds;   /* folded name -> index in votes */
    strmap *fuller;  /* kind + one-word name -> index in full_keys */
    AFS_VEC(const char *) full_keys; /* kind + full name */
    AFS_VEC(kind_votes) votes;
} merger;

/* Names meet by their folded form: "José Mourinho" = "Jose Mourinho",
 * and "The European Space Agency" after a dateline = "European Space
 * Agency". */
static const char *folded_name(afs_arena *arena, const char *s)
{
    const char *folded = afs_fold(arena, s, strlen(s));
    if (strncmp(folded, "the ", 4) == 0 && folded[4])
        folded += 4;
    return folded;
}

static const char *key_of(afs_arena *arena, enum afs_kind kind, const char *s)
{
    return afs_arena_printf(arena, "%d:%s", (int)kind, folded_name(arena, s));
}

/* "Patrick W. Carlineo Jr." without its middle initials: "Patrick
 * Carlineo Jr.", as another outlet writes him; NULL when the name has
 * no initial between its first and last word. */
static const char *without_initials(afs_arena *arena, const char *name)
{
    const char *first_end = strchr(name, ' ');
    const char *last_start = strrchr(name, ' ');
    if (!first_end || first_end == last_start)
        return NULL; /* no word between the first and the last */
    char *out = afs_arena_alloc(arena, strlen(name) + 1);
    size_t n = 0;
    bool dropped = false;
    for (const char *w = name; *w;) {
        const char *end = strchr(w, ' ');
        size_t wlen = end ? (size_t)(end - w) : strlen(w);
        bool initial =
            (wlen == 1 || (wlen == 2 && w[1] == '.')) && *w >= 'A' && *w <= 'Z';
        if (initial && w > first_end && w <= last_start) {
            dropped = true;
        } else {
            if (n)
                out[n++] = ' ';
            memcpy(out + n, w, wlen);
            n += wlen;
        }
        w += wlen + (end != NULL);
    }
    out[n] = '\0';
    return dropped ? out : NULL;
}

/* The key a person is also known by across articles, or NULL. */
static const char *bare_key(merger *m, enum afs_kind kind, const char *name)
{
    if (kind != AFS_PERSON)
        return NULL;
    const char *bare = without_initials(m->arena, name);
    return bare ? key_of(m->arena, kind, bare) : NULL;
}

static size_t named_or_aliased(const merger *m, const char *key)
{
    size_t g = strmap_get(m->names, key);
    return g == STRMAP_NONE ? strmap_get(m->aliases, key) : g;
}

/* "AP" in one report, "Associated Press" with "AP" as an alias in
 * another: a one-word name that articles give as an alias of a single
 * fuller name stands for that name everywhere; one that aliases two
 * ("Johnson" of two people) stands for neither. */
static void collect_fuller_names(merger *m, afs_article **articles,
                                 size_t count)
{
    for (size_t i = 0; i < count; i++)
        for (size_t k = 0; k < articles[i]->entity_count; k++) {
            const afs_entity *e = &articles[i]->entities[k];
            if (!strchr(e->name, ' '))
                continue;
            const char *full = key_of(m->arena, e->kind, e->name);
            for (size_t a = 0; a < e->alias_count; a++) {
                if (strchr(e->aliases[a], ' '))
                    continue;
                size_t *at = strmap_at(
                    m->fuller, key_of(m->arena, e->kind, e->aliases[a]));
                if (*at == STRMAP_NONE) {
                    *at = m->full_keys.n;
                    *afs_vec_push(&m->full_keys) = full;
                } else if (*at != AMBIGUOUS &&
                           strcmp(m->full_keys.v[*at], full) != 0) {
                    *at = AMBIGUOUS;
                }
            }
        }
}

/* The full name's key a one-word name stands for, or NULL. */
static const char *fuller_key(merger *m, enum afs_kind kind, const char *name)
{
    if (strchr(name, ' '))
        return NULL;
    size_t at = strmap_get(m->fuller, key_of(m->arena, kind, name));
    return at == STRMAP_NONE || at == AMBIGUOUS ? NULL : m->full_keys.v[at];
}

/* The group this entity joins: one already named like it, or one that
 * has its name as an alias ("Trump" joins "Donald Trump"), or a group
 * known only by a single word that this entity has as an alias (the
 * other way round). */
static size_t find_group(merger *m, const afs_entity *e, enum afs_kind kind)
{
    size_t g = named_or_aliased(m, key_of(m->arena, kind, e->name));
    const char *full = fuller_key(m, kind, e->name);
    if (g == STRMAP_NONE && full)
        g = strmap_get(m->names, full);
    /* not another's bare alias: "John A. Smith" is not "John B. Smith" */
    const char *bare = bare_key(m, kind, e->name);
    if (g == STRMAP_NONE && bare)
        g = strmap_get(m->names, bare);
    for (size_t i = 0; g == STRMAP_NONE && i < e->alias_count; i++) {
        size_t named =
            strmap_get(m->names, key_of(m->arena, kind, e->aliases[i]));
        if (named != STRMAP_NONE && !strchr(m->groups.v[named].name, ' '))
            g = named;
    }
    return g == AMBIGUOUS ? STRMAP_NONE : g;
}

static kind_votes *votes_of(merger *m, const char *name, bool add)
{
    const char *key = folded_name(m->arena, name);
    size_t i = strmap_get(m->kinds, key);
    if (i == STRMAP_NONE) {
        if (!add)
            return NULL;
        i = m->votes.n;
        *afs_vec_push(&m->votes) = (kind_votes){{0}};
        strmap_put(m->kinds, key, i);
    }
    return &m->votes.v[i];
}

static void count_kinds(merger *m, afs_article **articles, size_t count)
{
    for (size_t i = 0; i < count; i++)
        for (size_t k = 0; k < articles[i]->entity_count; k++) {
            const afs_entity *e = &articles[i]->entities[k];
            votes_of(m, e->name, true)->votes[e->kind] +=
                e->kind == AFS_PERSON && e->role_count ? 2 : 1;
        }
}

/* The kind the corpus gives a name of several words: the one most of
 * its articles give it, when they disagree ("Liu He" a person with a
 * role in one report, an organization in another). A single word may
 * well name different things ("Jordan"), so it keeps its own kind, as
 * does a name on a tie. */
static enum afs_kind corpus_kind(merger *m, const afs_entity *e)
{
    if (!strchr(e->name, ' '))
        return e->kind;
    const kind_votes *v = votes_of(m, e->name, false);
    enum afs_kind best = e->kind;
    for (int k = 0; k < AFS_KIND_COUNT; k++)
        if (v->votes[k] > v->votes[best])
            best = (enum afs_kind)k;
    for (int k = 0; k < AFS_KIND_COUNT; k++)
        if (k != (int)best && v->votes[k] == v->votes[best])
            return e->kind;
    return best;
}

static size_t new_group(merger *m, enum afs_kind kind, const afs_entity *e,
                        size_t order)
{
    group *g = afs_vec_push(&m->groups);
    g->kind = kind;
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
    strmap_put(m->names, key_of(m->arena, g->kind, e->name), gi);
    const char *full = fuller_key(m, g->kind, e->name);
    if (full && strmap_get(m->names, full) == STRMAP_NONE)
        strmap_put(m->names, full, gi); /* "AP" before "Associated Press" */
    const char *bare = bare_key(m, g->kind, e->name);
    if (bare)
        claim_alias(m, bare, gi);
    for (size_t i = 0; i < e->alias_count; i++)
        claim_alias(m, key_of(m->arena, g->kind, e->aliases[i]), gi);
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
                .aliases = strmap_new(arena),
                .kinds = strmap_new(arena),
                .fuller = strmap_new(arena)};
    count_kinds(&m, articles, count);
    collect_fuller_names(&m, articles, count);
    size_t order = 0;
    for (size_t i = 0; i < count; i++) {
        const afs_article *a = articles[i];
        for (size_t e = 0; e < a->entity_count; e++, order++) {
            enum afs_kind kind = corpus_kind(&m, &a->entities[e]);
            size_t g = find_group(&m, &a->entities[e], kind);
            if (g == STRMAP_NONE)
                g = new_group(&m, kind, &a->entities[e], order);
            add_member(&m, g, i, &a->entities[e]);
        }
    }
    afs_vec_free(&m.votes);
    afs_vec_free(&m.full_keys);
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
