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
 * and the tokenizer finds both in one walk. A slot compares with a word
 * as two words: head, the key's first eight bytes zero-padded, and rest,
 * its length << 24 | for a key of up to 11 bytes its bytes 8 to 10
 * (byte 8 least significant, zero-padded), so a probe costs one cache
 * line and no pool string; for a longer key, its offset in the pool.
 * rest 0 marks an empty slot. */
typedef struct afs_lexicon_word_slot {
    alignas(16) unsigned char head[8];
    uint32_t rest;
    afs_lex_sets sets; /* see afs_lexicon_words */
} afs_lexicon_word_slot;

/* A word's probe starts at slots[hash & (slot_count - 1)] and runs on
 * to an empty slot without wrapping: the array holds the slots a probe
 * may run into past slot_count, and ends in an empty one. */
typedef struct afs_lexicon_word_index {
    const afs_lexicon_word_slot *slots;
    size_t count;
    size_t slot_count; /* a power of two */
} afs_lexicon_word_index;

/* Every single word of every lexicon -> the bits of the lexicons holding
 * it as a key, and of those with longer keys starting with it. */
extern const afs_lexicon_word_index afs_lexicon_words;

#endif
