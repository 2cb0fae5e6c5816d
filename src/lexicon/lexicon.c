#include "articlefs/lexicon.h"

#include <string.h>

#include "articlefs/fold.h"
#include "lexicon_tables.h"

static const char *pool_string(uint32_t offset)
{
    return (const char *)afs_lexicon_pool + offset;
}

/* The hash tools/embed-lexicons.py indexed the keys with: the top half
 * of a product, eight bytes a step (the last zero-padded), so most words
 * cost one multiply; a byte a step cost more than the rest of a look-up. */
#define HASH_K AFS_LEX_HASH_K

static uint64_t hash_step(uint64_t h, uint64_t w)
{
    return (h ^ w) * HASH_K;
}

static uint64_t hash_between(uint64_t h)
{
    return h ^ h >> 32;
}

static uint32_t key_hash(const char *key, size_t len)
{
    uint64_t h = 0;
    size_t i = 0;
    for (; len - i > 8; i += 8) {
        uint64_t w;
        memcpy(&w, key + i, 8);
        h = hash_between(hash_step(h, w));
    }
    return (uint32_t)(hash_step(h, afs_load_head8(key + i, len - i)) >> 32);
}

static uint64_t load8(const void *p)
{
    uint64_t w;
    memcpy(&w, p, 8);
    return w;
}

static bool same_key(const char *entry, const char *key, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (entry[i] != key[i] || !entry[i])
            return false;
    return entry[len] == '\0';
}

/* The slot whose key is key[0..len), or NULL. */
static const uint32_t *find_slot(const afs_lexicon_index *x, const char *key,
                                 size_t len)
{
    if (!x->count || !key)
        return NULL;
    size_t mask = x->slot_count - 1;
    uint32_t hash = key_hash(key, len);
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const uint32_t *slot = &x->slots[3 * i];
        if (!slot[1])
            return NULL;
        if (slot[0] == hash && same_key(pool_string(slot[1]), key, len))
            return slot;
    }
}

const char *afs_lex_value(enum afs_lexicon lex, const char *key, size_t len)
{
    if (lex >= AFS_LEX_COUNT)
        return NULL;
    const uint32_t *slot = find_slot(&afs_lexicon_tables[lex], key, len);
    return slot ? pool_string(slot[2]) : NULL;
}

static uint64_t lower8(uint64_t w, uint64_t *capitals)
{
    return afs_ascii_lower8(w, capitals);
}

/* key_hash of a lower-case word longer than eight bytes, from its
 * lowered first eight, lowered; *capitals gets any capitals of the rest.
 * Out of line: most words are shorter, and need none of its registers. */
__attribute__((noinline)) static uint64_t long_word_hash(const char *word,
                                                         size_t len,
                                                         uint64_t lowered_head,
                                                         uint64_t *capitals)
{
    uint64_t h = 0, w = lowered_head, more;
    for (size_t i = 8; i < len; i += 8) {
        h = hash_between(hash_step(h, w));
        w = lower8(len - i >= 8 ? load8(word + i)
                                : afs_load_head8(word + i, len - i),
                   &more);
        *capitals |= more;
    }
    return hash_step(h, w);
}

static char ascii_lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* Keys of the word index are shorter: a slot's rest keeps the length in
 * its top byte (lexicon_tables.h). */
#define WORD_KEY_MAX 255
#define WORD_KEY_INLINE 11
#define REST_LOW_BITS 0xFFFFFFu

/* A word as the index's slots compare with it: their head and rest, as
 * written and ASCII-lowered. */
typedef struct word_form {
    uint64_t head, lower_head;
    uint32_t rest, lower_rest;
} word_form;

/* The form of a word whose first min(len, 8) bytes, zero-padded, are
 * head, lower_head lowered, and into *hash its key_hash: one multiply up
 * to eight bytes, two up to sixteen, with no loop. */
static inline word_form form_of(const char *word, size_t len, uint64_t head,
                                uint64_t lower_head, uint32_t *hash)
{
    uint64_t capitals;
    uint32_t rest = (uint32_t)len << 24;
    word_form f = {head, lower_head, rest, rest};
    if (len <= 8) {
        *hash = (uint32_t)(hash_step(0, f.lower_head) >> 32);
    } else if (len <= 16) {
        uint64_t tail = afs_load_head8(word + 8, len - 8);
        uint64_t lower_tail = lower8(tail, &capitals);
        uint64_t h = hash_between(hash_step(0, f.lower_head));
        *hash = (uint32_t)(hash_step(h, lower_tail) >> 32);
        if (len <= WORD_KEY_INLINE) { /* bytes 8 to 10, byte 8 lowest */
            f.rest |= (uint32_t)tail;
            f.lower_rest |= (uint32_t)lower_tail;
        }
    } else {
        *hash = (uint32_t)(long_word_hash(word, len, f.lower_head, &capitals) >>
                           32);
    }
    return f;
}

static const afs_lexicon_word_slot *first_slot(const afs_lexicon_word_index *x,
                                               uint32_t hash)
{
    return &x->slots[hash & (x->slot_count - 1)];
}

/* A word of up to WORD_KEY_INLINE bytes, most of them: each slot of its
 * probe sequence compared as two words with the word as written and
 * lowered, up to an empty slot (keys are unique: at most one of each
 * matches), or up to the word itself when it has no capitals. */
static inline __attribute__((always_inline)) void
find_short_word(const afs_lexicon_word_slot *slot, const word_form *f,
                afs_lex_cases *found)
{
    afs_lex_sets none = {0, 0}, exact = none, lower = none;
    bool has_upper = f->head != f->lower_head || f->rest != f->lower_rest;
    for (; slot->rest; slot++) {
        uint64_t head = load8(slot->head);
        if (head == f->head && slot->rest == f->rest) {
            exact = slot->sets;
            if (!has_upper)
                break;
        } else if (head == f->lower_head && slot->rest == f->lower_rest) {
            lower = slot->sets;
        }
    }
    found->exact = exact;
    found->lower = has_upper ? lower : exact;
}

static bool is_same_word(const unsigned char *key, const char *word, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (key[i] != (unsigned char)word[i])
            return false;
    return true;
}

static bool is_lower_form(const unsigned char *key, const char *word,
                          size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (key[i] != (unsigned char)ascii_lower(word[i]))
            return false;
    return true;
}

/* A longer word: slots of its length compared with it in the pool. */
__attribute__((noinline)) static void
find_long_word(const afs_lexicon_word_slot *slot, const char *word, size_t len,
               afs_lex_cases *found)
{
    afs_lex_sets none = {0, 0}, exact = none, lower = none;
    for (; slot->rest; slot++) {
        if (slot->rest >> 24 != len)
            continue;
        const unsigned char *key =
            afs_lexicon_pool + (slot->rest & REST_LOW_BITS);
        if (is_same_word(key, word, len))
            exact = slot->sets;
        if (is_lower_form(key, word, len))
            lower = slot->sets;
    }
    found->exact = exact;
    found->lower = lower;
}

static inline void find_word(const afs_lexicon_word_slot *slot,
                             const char *word, size_t len, const word_form *f,
                             afs_lex_cases *found)
{
    if (len <= WORD_KEY_INLINE)
        find_short_word(slot, f, found);
    else if (len <= WORD_KEY_MAX)
        find_long_word(slot, word, len, found);
    else
        *found = (afs_lex_cases){{0, 0}, {0, 0}};
}

afs_lex_probe afs_lex_word_probe(const char *word, size_t len)
{
    uint32_t hash;
    uint64_t head = afs_load_head8(word, len), capitals;
    form_of(word, len, head, lower8(head, &capitals), &hash);
    __builtin_prefetch(first_slot(&afs_lexicon_words, hash));
    bool has_upper = false;
    for (size_t i = 0; i < len; i++)
        has_upper = has_upper || (word[i] >= 'A' && word[i] <= 'Z');
    return (afs_lex_probe){hash, has_upper};
}

void afs_lex_words_find(const afs_lex_query *words, size_t n)
{
    const afs_lexicon_word_index *x = &afs_lexicon_words;
    if (n > AFS_LEX_BATCH)
        n = AFS_LEX_BATCH;
    for (size_t k = 0; k < n; k++) {
        if (!x->count) {
            *words[k].found = (afs_lex_cases){{0, 0}, {0, 0}};
            continue;
        }
        uint32_t hash;
        word_form f = form_of(words[k].word, words[k].len, words[k].head,
                              words[k].lower, &hash);
        find_word(first_slot(x, hash), words[k].word, words[k].len, &f,
                  words[k].found);
    }
}

afs_lex_cases afs_lex_word_find(const char *word, size_t len,
                                afs_lex_probe probe)
{
    const afs_lexicon_word_index *x = &afs_lexicon_words;
    afs_lex_cases found = {{0, 0}, {0, 0}};
    if (!word || !x->count)
        return found;
    uint32_t hash;
    uint64_t head = afs_load_head8(word, len), capitals;
    word_form f = form_of(word, len, head, lower8(head, &capitals), &hash);
    find_word(first_slot(x, probe.hash), word, len, &f, &found);
    return found;
}

afs_lex_sets afs_lex_word(const char *word, size_t len)
{
    if (!word)
        return (afs_lex_sets){0, 0};
    return afs_lex_word_find(word, len, afs_lex_word_probe(word, len)).exact;
}

bool afs_lex_has(enum afs_lexicon lex, const char *key, size_t len)
{
    return afs_lex_value(lex, key, len) != NULL;
}

size_t afs_lex_size(enum afs_lexicon lex)
{
    return lex < AFS_LEX_COUNT ? afs_lexicon_tables[lex].count : 0;
}
