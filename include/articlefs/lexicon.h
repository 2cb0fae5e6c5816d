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

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum afs_lexicon {
    AFS_LEX_COMMON_WORDS,  /* lower-case English words (wamerican) */
    AFS_LEX_GIVEN_NAMES,   /* "Sanae" -> "f", "Donald" -> "m", "Kim" -> "b" */
    AFS_LEX_COUNTRIES,     /* every name of a country -> its short name */
    AFS_LEX_PLACES,        /* cities, regions, subdivisions, waters -> "" */
    AFS_LEX_DEMONYMS,      /* "Japanese" -> "Japan" */
    AFS_LEX_ORGANIZATIONS, /* well-known organization names -> "" */
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
/* Entry count, for tests. */
size_t afs_lex_size(enum afs_lexicon lex);

#endif
