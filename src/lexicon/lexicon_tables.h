/* lexicon_tables.h - the layout tools/embed-lexicons.py generates: per
 * lexicon its entries, indexed by hash, and one index of the single words
 * of them all; every string is in one pool. */
#ifndef ARTICLEFS_LEXICON_TABLES_H
#define ARTICLEFS_LEXICON_TABLES_H

#include <stddef.h>
#include <stdint.h>

#include "articlefs/lexicon.h"

/* An open-addressing table (lexicon.c's key_hash) of slot triples (hash, key
 * offset in the pool, value), key offset 0 for an empty slot: one cache line
 * gives a hit its hash, key and value. */
typedef struct afs_lexicon_index {
    const uint32_t *slots;
    size_t count;
    size_t slot_count; /* a power of two */
} afs_lexicon_index;

extern const unsigned char afs_lexicon_pool[];
/* Per lexicon: key -> value offset. */
extern const afs_lexicon_index afs_lexicon_tables[AFS_LEX_COUNT];
/* The word index, afs_lexicon_words, is declared in lexicon.h: the
 * tokenizer reads it inline. */

#endif
