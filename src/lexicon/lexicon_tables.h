/* lexicon_tables.h - the layout tools/embed-lexicons.py generates: per
 * lexicon, its entries and the first words of its keys, indexed by hash,
 * with every string in one pool. */
#ifndef ARTICLEFS_LEXICON_TABLES_H
#define ARTICLEFS_LEXICON_TABLES_H

#include <stddef.h>
#include <stdint.h>

#include "articlefs/lexicon.h"

/* Sorted (string offset, value) pairs and an FNV-1a open-addressing
 * index over them: slot pairs (hash, row number + 1), row 0 for empty. */
typedef struct afs_lexicon_index {
    const uint32_t *rows;
    const uint32_t *slots;
    size_t count;
    size_t slot_count; /* a power of two */
} afs_lexicon_index;

typedef struct afs_lexicon_table {
    afs_lexicon_index entries; /* key -> value offset */
    afs_lexicon_index heads;   /* first word -> most words of such a key */
} afs_lexicon_table;

extern const unsigned char afs_lexicon_pool[];
extern const afs_lexicon_table afs_lexicon_tables[AFS_LEX_COUNT];

#endif
