#include "articlefs/lexicon.h"

#include <string.h>

#include "lexicon_tables.h"

static const char *pool_string(uint32_t offset)
{
    return (const char *)afs_lexicon_pool + offset;
}

/* The hash tools/embed-lexicons.py indexed the keys with. */
static uint32_t fnv1a(const char *key, size_t len)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)key[i]) * 16777619u;
    return h;
}

static bool same_key(const char *entry, const char *key, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (entry[i] != key[i] || !entry[i])
            return false;
    return entry[len] == '\0';
}

/* The slot whose key is key[0..len), or NULL. */
static const uint32_t *find_slot(const afs_lexicon_index *x, const char *key,
                                 size_t len)
{
    if (!x->count || !key)
        return NULL;
    size_t mask = x->slot_count - 1;
    uint32_t hash = fnv1a(key, len);
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const uint32_t *slot = &x->slots[3 * i];
        if (!slot[1])
            return NULL;
        if (slot[0] == hash && same_key(pool_string(slot[1]), key, len))
            return slot;
    }
}

const char *afs_lex_value(enum afs_lexicon lex, const char *key, size_t len)
{
    if (lex >= AFS_LEX_COUNT)
        return NULL;
    const uint32_t *slot = find_slot(&afs_lexicon_tables[lex], key, len);
    return slot ? pool_string(slot[2]) : NULL;
}

afs_lex_sets afs_lex_word(const char *word, size_t len)
{
    const uint32_t *slot = find_slot(&afs_lexicon_words, word, len);
    afs_lex_sets sets = {0, 0};
    if (slot) {
        sets.keys = (uint16_t)(slot[2] & 0xFFFF);
        sets.heads = (uint16_t)(slot[2] >> 16);
    }
    return sets;
}

bool afs_lex_has(enum afs_lexicon lex, const char *key, size_t len)
{
    return afs_lex_value(lex, key, len) != NULL;
}

size_t afs_lex_size(enum afs_lexicon lex)
{
    return lex < AFS_LEX_COUNT ? afs_lexicon_tables[lex].count : 0;
}
