#include "articlefs/lexicon.h"

#include <string.h>

#include "lexicon_tables.h"

static const char *pool_string(uint32_t offset)
{
    return (const char *)afs_lexicon_pool + offset;
}

/* The hash tools/embed-lexicons.py indexed the keys with. */
static uint32_t fnv1a(const char *key, size_t len)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)key[i]) * 16777619u;
    return h;
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
    uint32_t hash = fnv1a(key, len);
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

static char ascii_lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* Not memcmp: keys are a few bytes, shorter than a call. */
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

afs_lex_probe afs_lex_word_probe(const char *word, size_t len)
{
    afs_lex_probe probe = {2166136261u, false}; /* FNV-1a, lower case */
    for (size_t i = 0; i < len; i++) {
        char c = ascii_lower(word[i]);
        probe.has_upper |= c != word[i];
        probe.hash = (probe.hash ^ (unsigned char)c) * 16777619u;
    }
    const afs_lexicon_word_index *x = &afs_lexicon_words;
    __builtin_prefetch(&x->slots[probe.hash & (x->slot_count - 1)]);
    return probe;
}

afs_lex_cases afs_lex_word_find(const char *word, size_t len,
                                afs_lex_probe probe)
{
    afs_lex_cases found = {{0, 0}, {0, 0}};
    const afs_lexicon_word_index *x = &afs_lexicon_words;
    if (!word || !x->count)
        return found;
    bool need_exact = true, need_lower = probe.has_upper;
    size_t mask = x->slot_count - 1;
    for (size_t i = probe.hash & mask; x->slots[i].len; i = (i + 1) & mask) {
        const afs_lexicon_word_slot *slot = &x->slots[i];
        if (slot->len != len)
            continue;
        const unsigned char *key = word_key(slot);
        if (need_exact && is_same_word(key, word, len)) {
            found.exact = word_sets(slot);
            need_exact = false;
        } else if (need_lower && is_lower_form(key, word, len)) {
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
