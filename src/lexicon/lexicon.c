#include "articlefs/lexicon.h"

#include <string.h>

#include "lexicon_tables.h"

static const char *pool_string(uint32_t offset)
{
    return (const char *)afs_lexicon_pool + offset;
}

/* strcmp order between key[0..len) and a NUL-terminated entry, in one
 * pass: this is the loader's hottest loop. */
static int compare_key(const char *key, size_t len, const char *entry)
{
    const unsigned char *k = (const unsigned char *)key;
    const unsigned char *e = (const unsigned char *)entry;
    for (size_t i = 0; i < len; i++) {
        if (e[i] == 0)
            return 1; /* the entry is a prefix of the key */
        if (k[i] != e[i])
            return k[i] < e[i] ? -1 : 1;
    }
    return e[len] ? -1 : 0;
}

const char *afs_lex_value(enum afs_lexicon lex, const char *key, size_t len)
{
    if (lex >= AFS_LEX_COUNT || !key)
        return NULL;
    const afs_lexicon_table *t = &afs_lexicon_tables[lex];
    size_t lo = 0, hi = t->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = compare_key(key, len, pool_string(t->rows[2 * mid]));
        if (c == 0)
            return pool_string(t->rows[2 * mid + 1]);
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

bool afs_lex_has(enum afs_lexicon lex, const char *key, size_t len)
{
    return afs_lex_value(lex, key, len) != NULL;
}

size_t afs_lex_size(enum afs_lexicon lex)
{
    return lex < AFS_LEX_COUNT ? afs_lexicon_tables[lex].count : 0;
}
