/* What the name tests ask of an article: extract it, find an entity of a
 * kind by its name, whether any kind has the name, and an entity's
 * aliases. */
#ifndef ARTICLEFS_TEST_ENTITY_CHECKS_H
#define ARTICLEFS_TEST_ENTITY_CHECKS_H

#include <stdbool.h>
#include <string.h>

#include "articlefs/extract.h"

static inline afs_article *load(const char *text)
{
    return afs_extract(text, strlen(text), NULL);
}

static inline const afs_entity *find(const afs_article *a, enum afs_kind kind,
                                     const char *name)
{
    size_t n;
    const afs_entity *e = afs_article_kind(a, kind, &n);
    for (size_t i = 0; i < n; i++)
        if (strcmp(e[i].name, name) == 0)
            return &e[i];
    return NULL;
}

static inline bool any_named(const afs_article *a, const char *name)
{
    return find(a, AFS_PERSON, name) || find(a, AFS_ORGANIZATION, name) ||
           find(a, AFS_PLACE, name);
}

static inline bool has_alias(const afs_entity *e, const char *alias)
{
    for (size_t i = 0; e && i < e->alias_count; i++)
        if (strcmp(e->aliases[i], alias) == 0)
            return true;
    return false;
}

#endif
