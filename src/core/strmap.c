#include "articlefs/strmap.h"

#include <stdint.h>
#include <string.h>

#include "articlefs/fold.h"

/* A slot keeps its key's hash: a probe compares hashes before strings,
 * and growing moves slots without hashing a key again. */
typedef struct slot {
    const char *key;
    size_t value;
    uint64_t hash;
} slot;

struct strmap {
    afs_arena *arena;
    slot *slots;
    size_t cap, count;
};

/* Eight bytes at a time, each step a multiply: keys are names of a few
 * words, hashed on every look-up. Each step folds the product's high
 * half into its low one, the bits that pick the slot. */
static inline __attribute__((always_inline)) uint64_t hash(const char *s,
                                                           size_t len)
{
    const uint64_t k = 0x9E3779B97F4A7C15ULL;
    uint64_t h = len;
    for (; len > 8; s += 8, len -= 8) {
        uint64_t w;
        memcpy(&w, s, 8);
        h = (h ^ w) * k;
        h ^= h >> 32;
    }
    h = (h ^ afs_load_head8(s, len)) * k;
    return h ^ h >> 32;
}

strmap *strmap_new(afs_arena *arena)
{
    strmap *m = afs_arena_alloc(arena, sizeof *m);
    m->arena = arena;
    m->cap = 32; /* most maps stay under 24 keys: no regrowth */
    m->slots = afs_arena_array(arena, m->cap, sizeof *m->slots);
    return m;
}

static slot *find_slot(slot *slots, size_t cap, const char *key, uint64_t h)
{
    size_t i = (size_t)h & (cap - 1);
    while (slots[i].key &&
           (slots[i].hash != h || strcmp(slots[i].key, key) != 0))
        i = (i + 1) & (cap - 1);
    return &slots[i];
}

size_t strmap_get(const strmap *map, const char *key)
{
    slot *s = find_slot(map->slots, map->cap, key, hash(key, strlen(key)));
    return s->key ? s->value : STRMAP_NONE;
}

__attribute__((noinline)) static void grow(strmap *map)
{
    size_t cap = map->cap * 2;
    slot *slots = afs_arena_array(map->arena, cap, sizeof *slots);
    for (size_t i = 0; i < map->cap; i++) {
        const slot *s = &map->slots[i];
        if (!s->key)
            continue;
        size_t k = (size_t)s->hash & (cap - 1);
        while (slots[k].key)
            k = (k + 1) & (cap - 1);
        slots[k] = *s;
    }
    map->slots = slots;
    map->cap = cap;
}

size_t *strmap_at(strmap *map, const char *key)
{
    if ((map->count + 1) * 4 > map->cap * 3)
        grow(map);
    uint64_t h = hash(key, strlen(key));
    slot *s = find_slot(map->slots, map->cap, key, h);
    if (!s->key) {
        s->key = key;
        s->hash = h;
        s->value = STRMAP_NONE;
        map->count++;
    }
    return &s->value;
}

void strmap_put(strmap *map, const char *key, size_t value)
{
    *strmap_at(map, key) = value;
}
