/* strmap.h - string -> index hash map in an arena, for look-ups that
 * must stay linear on huge articles and corpora.
 *
 * Layer: core (docs/ARCHITECTURE.md). */
#ifndef ARTICLEFS_STRMAP_H
#define ARTICLEFS_STRMAP_H

#include <stddef.h>

#include "articlefs/arena.h"

#define STRMAP_NONE ((size_t)-1)

typedef struct strmap strmap;

strmap *strmap_new(afs_arena *arena);
/* The value stored under key, or STRMAP_NONE. */
size_t strmap_get(const strmap *map, const char *key);
/* Stores value under key, replacing an older one. */
void strmap_put(strmap *map, const char *key, size_t value);
/* The value stored under key, to read and write: one look-up where a
 * get and a put would take two. A new key starts as STRMAP_NONE; the key
 * is kept, not copied. */
size_t *strmap_at(strmap *map, const char *key);

#endif
