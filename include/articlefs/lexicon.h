/* lexicon.h - word lists built into the binary.
 *
 * Each lexicon is a data file under data/ (see data/SOURCES.md for where
 * each came from), compiled in as hash tables. Look-ups are exact and
 * case-sensitive unless the lexicon says otherwise; each entry may carry a
 * value (a gender, a country, an event type).
 *
 * Layer: lexicon (docs/ARCHITECTURE.md). */
#ifndef ARTICLEFS_LEXICON_H
#define ARTICLEFS_LEXICON_H

#include <stdalign.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

enum afs_lexicon {
    AFS_LEX_COMMON_WORDS,  /* lower-case English words (wamerican) */
    AFS_LEX_GIVEN_NAMES,   /* "Sanae" -> "f", "Donald" -> "m", "Kim" -> "b" */
    AFS_LEX_COUNTRIES,     /* every name of a country -> its short name */
    AFS_LEX_PLACES,        /* cities, regions, subdivisions, waters -> "" */
    AFS_LEX_DEMONYMS,      /* "Japanese" -> "Japan" */
    AFS_LEX_ORGANIZATIONS, /* "GOP" -> "party:Republican Party" (class:synonym)
                            */
    AFS_LEX_ORG_KEYWORDS,  /* "Ministry", "Agency", "News" -> "" */
    AFS_LEX_TITLES,        /* lower-case "prime minister" -> "Prime Minister" */
    AFS_LEX_REPORTING_VERBS, /* lower-case "said", "told" -> "" */
    AFS_LEX_EVENT_WORDS,     /* lower-case "visit" -> event class "VISIT" */
    AFS_LEX_ABBREVIATIONS,   /* "Mr.", "U.S.", "Jan." -> "" (no sentence end) */
    AFS_LEX_TIME_WORDS,      /* "Friday" -> "day:5", "March" -> "month:3" */
    AFS_LEX_COMMON_ACRONYMS, /* "TV", "DNA", "GMT": things, no bodies */
    AFS_LEX_CITIES, /* GeoNames: "Burbank" -> "c", "Mobile" -> "w" (weak) */
    AFS_LEX_FUNCTION_WORDS, /* TextCat: "de" -> "es:250 fr:278 ..." costs */
    AFS_LEX_COUNT
};

/* True when the lexicon holds key[0..len). */
bool afs_lex_has(enum afs_lexicon lex, const char *key, size_t len);
/* The value stored with key, or NULL when absent. */
const char *afs_lex_value(enum afs_lexicon lex, const char *key, size_t len);
/* Every lexicon at once, for one word: bit 1 << lex of keys is set when
 * lex holds the word as a key, of heads when lex has a key of several words
 * starting with it. One probe: the tokenizer asks this of every word. */
typedef struct afs_lex_sets {
    uint16_t keys, heads;
} afs_lex_sets;
afs_lex_sets afs_lex_word(const char *word, size_t len);
/* afs_lex_word of the word as written and of its ASCII lower-case form,
 * in one walk (the index hashes keys by their lower-case form) and in two
 * steps: probe hashes a word and starts loading its slot, find looks it
 * up. */
typedef struct afs_lex_cases {
    afs_lex_sets exact, lower;
} afs_lex_cases;
typedef struct afs_lex_probe { /* eight bytes: passed in a register */
    uint32_t hash;
    bool has_upper;
} afs_lex_probe;
afs_lex_probe afs_lex_word_probe(const char *word, size_t len);
afs_lex_cases afs_lex_word_find(const char *word, size_t len,
                                afs_lex_probe probe);
/* Many words at once, for the tokenizer: afs_lex_word_find of each of
 * words[0..n) (n at most AFS_LEX_BATCH) into its found, in one call: a
 * call a word cost more than a look-up, and a copy of the answers more
 * than writing them where they go. The look-ups are independent of
 * each other, so the processor overlaps their cache misses itself (a
 * pass that prefetched them all first cost a third more instructions). */
#define AFS_LEX_BATCH 32
typedef struct afs_lex_query {
    const char *word;
    size_t len;
    uint64_t head;  /* its first eight bytes, as afs_load_head8 reads them */
    uint64_t lower; /* head ASCII-lowered (afs_ascii_lower8): the tokenizer
                       has it from the word's case */
    afs_lex_cases *found; /* where its answer goes */
} afs_lex_query;
void afs_lex_words_find(const afs_lex_query *words, size_t n);
/* The hash of the lexicons' tables and of the word index: the top half
 * of a product, eight bytes a step (lexicon.c, tools/embed-lexicons.py). */
#define AFS_LEX_HASH_K 0x9E3779B97F4A7C15ULL

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

/* afs_lex_word_find of a word of up to eight bytes, head its bytes
 * zero-padded and lower head ASCII-lowered (afs_ascii_lower8), inline:
 * the tokenizer asks it of most words, and a call or a queue cost it
 * about as much as the look-up. Each slot of the probe sequence compares
 * as two words with the word as written and lowered, up to an empty slot
 * (keys are unique: at most one of each matches), or up to the word
 * itself when it has no capitals. */
static inline afs_lex_cases afs_lex_short_word(uint64_t head, uint64_t lower,
                                               size_t len)
{
    const afs_lexicon_word_index *x = &afs_lexicon_words;
    /* the sets as words of 32 bits: a load and a store each */
    uint32_t exact = 0, lowered = 0;
    afs_lex_cases found;
    _Static_assert(sizeof(afs_lex_sets) == 4 && sizeof found == 8,
                   "afs_lex_sets moves as one word");
    if (x->count) {
        uint32_t hash = (uint32_t)((lower * AFS_LEX_HASH_K) >> 32);
        uint32_t rest = (uint32_t)len << 24;
        const afs_lexicon_word_slot *slot =
            &x->slots[hash & (x->slot_count - 1)];
        bool has_upper = head != lower;
        for (; slot->rest; slot++) {
            uint64_t key;
            memcpy(&key, slot->head, sizeof key);
            if (slot->rest != rest)
                continue;
            if (key == head) {
                memcpy(&exact, &slot->sets, 4);
                if (!has_upper)
                    break;
            } else if (key == lower) {
                memcpy(&lowered, &slot->sets, 4);
            }
        }
        if (!has_upper)
            lowered = exact;
    }
    memcpy(&found.exact, &exact, 4);
    memcpy(&found.lower, &lowered, 4);
    return found;
}

/* Entry count, for tests. */
size_t afs_lex_size(enum afs_lexicon lex);

#endif
