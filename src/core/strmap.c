#include "articlefs/strmap.h"

#include <stdint.h>
#include <string.h>

typedef struct slot {
    const char *key;
    size_t value;
} slot;

struct strmap {
    afs_arena *arena;
    slot *slots;
    size_t cap, count;
};

static uint64_t hash(const char *s)
{
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h;
}

strmap *strmap_new(afs_arena *arena)
{
    strmap *m = afs_arena_alloc(arena, sizeof *m);
    m->arena = arena;
    m->cap = 8;
    m->slots = afs_arena_array(arena, m->cap, sizeof *m->slots);
    return m;
}

static slot *find_slot(slot *slots, size_t cap, const char *key)
{
    size_t i = (size_t)hash(key) & (cap - 1);
    while (slots[i].key && strcmp(slots[i].key, key) != 0)
        i = (i + 1) & (cap - 1);
    return &slots[i];
}

size_t strmap_get(const strmap *map, const char *key)
{
    slot *s = find_slot(map->slots, map->cap, key);
    return s->key ? s->value : STRMAP_NONE;
}

static void grow(strmap *map)
{
    size_t cap = map->cap * 2;
    slot *slots = afs_arena_array(map->arena, cap, sizeof *slots);
    for (size_t i = 0; i < map->cap; i++)
        if (map->slots[i].key)
            *find_slot(slots, cap, map->slots[i].key) = map->slots[i];
    map->slots = slots;
    map->cap = cap;
}

void strmap_put(strmap *map, const char *key, size_t value)
{
    if ((map->count + 1) * 4 > map->cap * 3)
        grow(map);
    slot *s = find_slot(map->slots, map->cap, key);
    if (!s->key) {
        s->key = key;
        map->count++;
    }
    s->value = value;
}
