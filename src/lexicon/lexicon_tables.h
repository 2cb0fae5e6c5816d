/* lexicon_tables.h - the layout tools/embed-lexicons.py generates: per
 * lexicon its entries, indexed by hash, and one index of the single words
 * of them all; every string is in one pool. */
#ifndef ARTICLEFS_LEXICON_TABLES_H
#define ARTICLEFS_LEXICON_TABLES_H

#include <stdalign.h>
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
/* One slot of the word index. The index is probed by key_hash of
 * the ASCII lower-case key, so "The" and "the" sit in one probe sequence
 * and the tokenizer finds both in one walk; a key of up to 11 bytes sits
 * in the slot, so a probe costs one cache line, not a slot and a pool
 * string. A longer key is in the pool, at the offset in key[0..4), least
 * significant byte first. Length 0 marks an empty slot. */
typedef struct afs_lexicon_word_slot {
    alignas(16) uint32_t sets; /* see afs_lexicon_words */
    uint8_t len;
    unsigned char key[11];
} afs_lexicon_word_slot;

typedef struct afs_lexicon_word_index {
    const afs_lexicon_word_slot *slots;
    size_t count;
    size_t slot_count; /* a power of two */
} afs_lexicon_word_index;

/* Every single word of every lexicon -> (bits of the lexicons holding it
 * as a key) | (bits of those with longer keys starting with it) << 16. */
extern const afs_lexicon_word_index afs_lexicon_words;

#endif
