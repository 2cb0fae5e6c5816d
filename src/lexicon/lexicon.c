#include "articlefs/lexicon.h"

#include <string.h>

#include "lexicon_tables.h"

static const char *pool_string(uint32_t offset)
{
    return (const char *)afs_lexicon_pool + offset;
}

/* strcmp order between key[0..len) and a NUL-terminated entry. */
static int compare_key(const char *key, size_t len, const char *entry)
{
    size_t n = strlen(entry);
    int c = memcmp(key, entry, len < n ? len : n);
    if (c)
        return c;
    return len < n ? -1 : len > n;
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
