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
#define HASH_K 0x9E3779B97F4A7C15ULL

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

static afs_lex_sets word_sets(const afs_lexicon_word_slot *slot)
{
    return (afs_lex_sets){(uint16_t)(slot->sets & 0xFFFF),
                          (uint16_t)(slot->sets >> 16)};
}

static const unsigned char *word_key(const afs_lexicon_word_slot *slot)
{
    const unsigned char *k = slot->key;
    if (slot->len <= sizeof slot->key)
        return k;
    uint32_t offset = k[0] | (uint32_t)k[1] << 8 | (uint32_t)k[2] << 16 |
                      (uint32_t)k[3] << 24;
    return afs_lexicon_pool + offset;
}

static uint64_t load8(const unsigned char *p)
{
    uint64_t w;
    memcpy(&w, p, 8);
    return w;
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
        w = lower8(len - i >= 8 ? load8((const unsigned char *)word + i)
                                : afs_load_head8(word + i, len - i),
                   &more);
        *capitals |= more;
    }
    return hash_step(h, w);
}

static inline afs_lex_probe probe_word(const char *word, size_t len,
                                       uint64_t head)
{
    uint64_t capitals;
    uint64_t w = lower8(head, &capitals);
    uint64_t h =
        len > 8 ? long_word_hash(word, len, w, &capitals) : hash_step(0, w);
    afs_lex_probe probe = {(uint32_t)(h >> 32), capitals != 0};
    const afs_lexicon_word_index *x = &afs_lexicon_words;
    __builtin_prefetch(&x->slots[probe.hash & (x->slot_count - 1)]);
    return probe;
}

afs_lex_probe afs_lex_word_probe(const char *word, size_t len)
{
    return probe_word(word, len, afs_load_head8(word, len));
}

static char ascii_lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
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

/* Bytes 8 to 10 of an inline key, zero-padded as the slot is. */
static uint64_t inline_tail(const afs_lexicon_word_slot *slot)
{
    return slot->key[8] | (uint64_t)slot->key[9] << 8 |
           (uint64_t)slot->key[10] << 16;
}

/* How a word of up to WORD_KEY_INLINE bytes compares with inline keys:
 * its first eight bytes and the rest, as written and lowered, each one
 * word; a slot's key is zero-padded like them. */
typedef struct word_form {
    uint64_t head, tail, lower_head, lower_tail;
} word_form;

static word_form short_word_form(const char *word, size_t len, uint64_t head)
{
    uint64_t capitals;
    word_form f = {head, 0, lower8(head, &capitals), 0};
    if (len > 8) {
        f.tail = afs_load_head8(word + 8, len - 8);
        f.lower_tail = lower8(f.tail, &capitals);
    }
    return f;
}

/* Any word: inline, in the slot's tail or in the pool. Out of line, as
 * most words take the short path below. */
__attribute__((noinline)) static afs_lex_cases
find_any_word(const char *word, size_t len, uint64_t head, afs_lex_probe probe)
{
    afs_lex_cases found = {{0, 0}, {0, 0}};
    const afs_lexicon_word_index *x = &afs_lexicon_words;
    if (!word || !x->count)
        return found;
    bool need_exact = true, need_lower = probe.has_upper;
    bool inline_len = len <= sizeof x->slots->key;
    word_form f =
        inline_len ? short_word_form(word, len, head) : (word_form){0};
    size_t mask = x->slot_count - 1;
    for (size_t i = probe.hash & mask; x->slots[i].len; i = (i + 1) & mask) {
        const afs_lexicon_word_slot *slot = &x->slots[i];
        if (slot->len != len)
            continue;
        bool exact, lower;
        if (inline_len) {
            uint64_t head = load8(slot->key), tail = inline_tail(slot);
            exact = head == f.head && tail == f.tail;
            lower = head == f.lower_head && tail == f.lower_tail;
        } else {
            const unsigned char *key = word_key(slot);
            exact = is_same_word(key, word, len);
            lower = !exact && is_lower_form(key, word, len);
        }
        if (need_exact && exact) {
            found.exact = word_sets(slot);
            need_exact = false;
        } else if (need_lower && lower) {
            found.lower = word_sets(slot);
            need_lower = false;
        }
        if (!need_exact && !need_lower)
            break;
    }
    if (!probe.has_upper)
        found.lower = found.exact;
    return found;
}

static afs_lex_sets sets_of(uint32_t sets)
{
    return (afs_lex_sets){(uint16_t)(sets & 0xFFFF), (uint16_t)(sets >> 16)};
}

/* A word of up to eight bytes, most of them: its first eight bytes as
 * written and lowered against the first eight of each slot of its length
 * (the rest of such a slot is zero), from slot i of its probe sequence.
 * Inline, writing into found: a call and a returned pair of sets cost as
 * much as the walk. */
static inline __attribute__((always_inline)) void
find_short_word(const afs_lexicon_word_index *x, size_t len, uint64_t head,
                uint64_t lower, size_t i, afs_lex_cases *found)
{
    uint32_t exact_sets = 0, lower_sets = 0;
    bool has_upper = lower != head;
    bool need_exact = true, need_lower = has_upper;
    size_t mask = x->slot_count - 1;
    for (; x->slots[i].len; i = (i + 1) & mask) {
        const afs_lexicon_word_slot *slot = &x->slots[i];
        if (slot->len != len)
            continue;
        uint64_t key = load8(slot->key);
        if (need_exact && key == head) {
            exact_sets = slot->sets;
            need_exact = false;
        } else if (need_lower && key == lower) {
            lower_sets = slot->sets;
            need_lower = false;
        }
        if (!need_exact && !need_lower)
            break;
    }
    found->exact = sets_of(exact_sets);
    found->lower = sets_of(has_upper ? lower_sets : exact_sets);
}

static inline afs_lex_cases find_word(const char *word, size_t len,
                                      uint64_t head, afs_lex_probe probe)
{
    const afs_lexicon_word_index *x = &afs_lexicon_words;
    afs_lex_cases found;
    if (word && x->count && len <= 8) {
        uint64_t capitals;
        find_short_word(x, len, head, lower8(head, &capitals),
                        probe.hash & (x->slot_count - 1), &found);
        return found;
    }
    return find_any_word(word, len, head, probe);
}

void afs_lex_words_find(const afs_lex_query *words, size_t n,
                        afs_lex_cases *found)
{
    const afs_lexicon_word_index *x = &afs_lexicon_words;
    afs_lex_probe probes[AFS_LEX_BATCH];
    uint64_t lowered[AFS_LEX_BATCH];
    if (n > AFS_LEX_BATCH)
        n = AFS_LEX_BATCH;
    for (size_t k = 0; k < n; k++) {
        const afs_lex_query *q = &words[k];
        uint64_t capitals;
        lowered[k] = lower8(q->head, &capitals);
        uint64_t h =
            q->len > 8 ? long_word_hash(q->word, q->len, lowered[k], &capitals)
                       : hash_step(0, lowered[k]);
        probes[k] = (afs_lex_probe){(uint32_t)(h >> 32), capitals != 0};
        __builtin_prefetch(&x->slots[probes[k].hash & (x->slot_count - 1)]);
    }
    for (size_t k = 0; k < n; k++) {
        const afs_lex_query *q = &words[k];
        if (q->len <= 8 && x->count)
            find_short_word(x, q->len, q->head, lowered[k],
                            probes[k].hash & (x->slot_count - 1), &found[k]);
        else
            found[k] = find_any_word(q->word, q->len, q->head, probes[k]);
    }
}

afs_lex_cases afs_lex_word_find(const char *word, size_t len,
                                afs_lex_probe probe)
{
    return find_word(word, len, word ? afs_load_head8(word, len) : 0, probe);
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
