/* lexicon_tables.h - the layout tools/embed-lexicons.py generates: per
 * lexicon its entries, indexed by hash, and one index of the single words
 * of them all; every string is in one pool. */
#ifndef ARTICLEFS_LEXICON_TABLES_H
#define ARTICLEFS_LEXICON_TABLES_H

#include <stddef.h>
#include <stdint.h>

#include "articlefs/lexicon.h"

/* An FNV-1a open-addressing table of slot triples (hash, key offset in
 * the pool, value), key offset 0 for an empty slot: one cache line gives
 * a hit its hash, key and value. */
typedef struct afs_lexicon_index {
    const uint32_t *slots;
    size_t count;
    size_t slot_count; /* a power of two */
} afs_lexicon_index;

extern const unsigned char afs_lexicon_pool[];
/* Per lexicon: key -> value offset. */
extern const afs_lexicon_index afs_lexicon_tables[AFS_LEX_COUNT];
/* Every single word of every lexicon -> (bits of the lexicons holding it
 * as a key) | (bits of those with longer keys starting with it) << 16. */
extern const afs_lexicon_index afs_lexicon_words;

#endif
