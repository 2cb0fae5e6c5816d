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

/* The row whose string is key[0..len), or NULL. */
static const uint32_t *find_row(const afs_lexicon_index *x, const char *key,
                                size_t len)
{
    if (!x->count || !key)
        return NULL;
    size_t mask = x->slot_count - 1;
    uint32_t hash = fnv1a(key, len);
    for (size_t i = hash & mask; x->slots[2 * i + 1]; i = (i + 1) & mask) {
        if (x->slots[2 * i] != hash)
            continue;
        const uint32_t *row = &x->rows[2 * (x->slots[2 * i + 1] - 1)];
        const char *entry = pool_string(row[0]);
        if (strnlen(entry, len + 1) == len && !memcmp(key, entry, len))
            return row;
    }
    return NULL;
}

const char *afs_lex_value(enum afs_lexicon lex, const char *key, size_t len)
{
    if (lex >= AFS_LEX_COUNT)
        return NULL;
    const uint32_t *row = find_row(&afs_lexicon_tables[lex], key, len);
    return row ? pool_string(row[1]) : NULL;
}

afs_lex_sets afs_lex_word(const char *word, size_t len)
{
    const uint32_t *row = find_row(&afs_lexicon_words, word, len);
    afs_lex_sets sets = {0, 0};
    if (row) {
        sets.keys = (uint16_t)(row[1] & 0xFFFF);
        sets.heads = (uint16_t)(row[1] >> 16);
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
