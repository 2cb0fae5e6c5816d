/* lexicon_tables.h - the layout tools/embed-lexicons.py generates: per
 * lexicon, sorted (key, value) pairs of offsets into one string pool. */
#ifndef ARTICLEFS_LEXICON_TABLES_H
#define ARTICLEFS_LEXICON_TABLES_H

#include <stddef.h>
#include <stdint.h>

#include "articlefs/lexicon.h"

typedef struct afs_lexicon_table {
    const uint32_t *rows; /* key offset, value offset, key, value, ... */
    size_t count;
} afs_lexicon_table;

extern const unsigned char afs_lexicon_pool[];
extern const afs_lexicon_table afs_lexicon_tables[AFS_LEX_COUNT];

#endif
