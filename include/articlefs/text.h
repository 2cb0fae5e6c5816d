/* text.h - bytes to tokens, sentences and paragraphs, with byte offsets.
 *
 * The first stage of extraction. It keeps the bytes as read and a cleaned
 * copy of the same length (afs_utf8_clean: invalid UTF-8 becomes '?',
 * control characters and hidden code points spaces), so every offset is valid
 * in both: names and JSON are cut from the clean copy, offsets point into the
 * original.
 *
 * Layer: text (docs/ARCHITECTURE.md). */
#ifndef ARTICLEFS_TEXT_H
#define ARTICLEFS_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "articlefs/arena.h"
#include "articlefs/lexicon.h"

enum afs_token_kind {
    AFS_TOK_WORD,   /* letters, maybe digits, inner ' - . & */
    AFS_TOK_NUMBER, /* starts with a digit: 25, 2022/23, 1,000, 250th */
    AFS_TOK_PUNCT,  /* anything else, one character */
    AFS_TOK_QUOTE,  /* a quotation mark, see afs_quote_mark */
};

enum afs_quote_mark {
    AFS_MARK_NONE,
    AFS_MARK_DOUBLE_OPEN,  /* “ or a straight " that opens */
    AFS_MARK_DOUBLE_CLOSE, /* ” or a straight " that closes */
    AFS_MARK_SINGLE_OPEN,  /* ‘ or ' that opens */
    AFS_MARK_SINGLE_CLOSE, /* ’ or ' that closes */
};

enum {
    AFS_TF_CAPITAL = 1 << 0,    /* first letter is upper case */
    AFS_TF_ALL_CAPS = 1 << 1,   /* two or more letters, all upper case */
    AFS_TF_PARA_START = 1 << 2, /* first token of its paragraph */
    AFS_TF_SENT_START = 1 << 3, /* first word of its sentence */
    AFS_TF_POSSESSIVE = 1 << 4, /* the token "'s" / "’s" cut off a word */
    AFS_TF_SPACE_BEFORE = 1 << 5,
    AFS_TF_STRAIGHT = 1 << 6, /* a straight ASCII quote mark */
    AFS_TF_LEXICONS = 1 << 7, /* lex and lower are looked up, not just 0 */
};

/* 28 bytes: a text holds a token every five bytes or so, every byte in
 * garbage; the tokens are most of a huge article's working memory. */
typedef struct afs_token {
    uint32_t start, end; /* byte offsets (a text stops at AFS_TEXT_MAX) */
    uint8_t kind;        /* enum afs_token_kind */
    uint8_t mark;        /* enum afs_quote_mark */
    uint16_t flags;
    uint32_t sentence, paragraph;
    union {
        struct {
            afs_lex_sets lex; /* the lexicons that know the token as written */
            afs_lex_sets lower; /* ... and in lower case */
        };
        afs_lex_cases cases; /* both, as the lexicon finds them */
    };
} afs_token;

typedef struct afs_range {
    size_t first, last; /* token indices, [first, last) */
    size_t start, end;  /* byte offsets */
} afs_range;

typedef struct afs_text {
    const char *raw;   /* the bytes as read */
    const char *clean; /* same length, valid UTF-8, no control characters */
    size_t len;
    afs_token *tokens;
    size_t token_count;
    afs_range *sentences;
    size_t sentence_count;
    afs_range *paragraphs;
    size_t paragraph_count;
} afs_text;

/* Bytes of a text that are tokenized: what lies beyond is kept but
 * holds no tokens (offsets are 32 bits). */
#define AFS_TEXT_MAX ((size_t)UINT32_MAX - 8)

/* bytes[len] must be a NUL: a text that is clean already is its own
 * clean copy (t->clean == t->raw), so it must outlive the afs_text. */
afs_text *afs_text_new(afs_arena *arena, const char *bytes, size_t len);

/* Token i is a key of lex, as written / in lower case; a lower-case key
 * of several words starts with it ("prime" of "prime minister"). */
static inline bool afs_tok_in(const afs_text *t, size_t i, enum afs_lexicon lex)
{
    return i < t->token_count && (t->tokens[i].lex.keys >> lex & 1);
}

static inline bool afs_tok_lower_in(const afs_text *t, size_t i,
                                    enum afs_lexicon lex)
{
    return i < t->token_count && (t->tokens[i].lower.keys >> lex & 1);
}

static inline bool afs_tok_lower_starts(const afs_text *t, size_t i,
                                        enum afs_lexicon lex)
{
    return i < t->token_count && (t->tokens[i].lower.heads >> lex & 1);
}

/* afs_lex_has of token i's bytes, from the word index's bits when the
 * tokenizer has them: a look-up in the lexicon's own table is a cache
 * miss, most often for nothing. */
static inline bool afs_tok_has_key(const afs_text *t, size_t i,
                                   enum afs_lexicon lex)
{
    const afs_token *k = &t->tokens[i];
    if (k->flags & AFS_TF_LEXICONS)
        return k->lex.keys >> lex & 1;
    return afs_lex_has(lex, t->clean + k->start, k->end - k->start);
}

/* False when the word index rules out that lex has the bytes of tokens
 * [first, last) as a key: for one token, its keys bit; for several
 * separated by a space, the heads bit of the first (the word before a
 * key's first space). */
static inline bool afs_span_may_be_key(const afs_text *t, size_t first,
                                       size_t last, enum afs_lexicon lex)
{
    const afs_token *k = &t->tokens[first];
    if (!(k->flags & AFS_TF_LEXICONS))
        return true;
    if (last - first == 1)
        return k->lex.keys >> lex & 1;
    return t->clean[k->end] != ' ' || (k->lex.heads >> lex & 1);
}

/* afs_lex_value of the bytes of tokens [first, last). */
static inline const char *afs_span_value(const afs_text *t, size_t first,
                                         size_t last, enum afs_lexicon lex)
{
    if (!afs_span_may_be_key(t, first, last, lex))
        return NULL;
    size_t start = t->tokens[first].start;
    return afs_lex_value(lex, t->clean + start,
                         t->tokens[last - 1].end - start);
}

/* Token i's bytes in the clean text. */
static inline const char *afs_tok_str(const afs_text *t, size_t i)
{
    return t->clean + t->tokens[i].start;
}
static inline size_t afs_tok_len(const afs_text *t, size_t i)
{
    return t->tokens[i].end - t->tokens[i].start;
}
/* Case-sensitive / case-insensitive comparison of token i with a word. */
/* ASCII only, whatever the locale: words in lexicons are compared so. */
static inline char afs_ascii_lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* Token i is the n bytes of word: afs_tok_is for a literal, whose length
 * is known, so the compare is one or two loads, not a loop (AFS_TOK_IS). */
static inline bool afs_tok_equals(const afs_text *t, size_t i, const char *word,
                                  size_t n)
{
    return i < t->token_count && afs_tok_len(t, i) == n &&
           memcmp(afs_tok_str(t, i), word, n) == 0;
}
#define AFS_TOK_IS(t, i, literal)                                              \
    afs_tok_equals((t), (i), literal, sizeof literal - 1)

/* Token i is exactly word / is word in any case. Inline and without
 * strlen: the extractor compares most tokens with lists of words, and most
 * comparisons end at the first byte. */
static inline bool afs_tok_is(const afs_text *t, size_t i, const char *word)
{
    if (i >= t->token_count)
        return false;
    const char *s = afs_tok_str(t, i);
    size_t n = afs_tok_len(t, i);
    for (size_t k = 0; k < n; k++)
        if (!word[k] || word[k] != s[k])
            return false;
    return word[n] == '\0';
}

static inline bool afs_tok_is_ci(const afs_text *t, size_t i, const char *word)
{
    if (i >= t->token_count)
        return false;
    const char *s = afs_tok_str(t, i);
    size_t n = afs_tok_len(t, i);
    for (size_t k = 0; k < n; k++)
        if (!word[k] || afs_ascii_lower(word[k]) != afs_ascii_lower(s[k]))
            return false;
    return word[n] == '\0';
}

/* Token i is one of words (a NULL-terminated list): its first byte turns
 * most words away before a comparison. */
static inline bool afs_tok_is_one_of(const afs_text *t, size_t i,
                                     const char *const *words)
{
    if (i >= t->token_count)
        return false;
    char first = *afs_tok_str(t, i);
    for (; *words; words++)
        if (**words == first && afs_tok_is(t, i, *words))
            return true;
    return false;
}

/* The same in any case, the first byte lowered once. */
static inline bool afs_tok_is_one_of_ci(const afs_text *t, size_t i,
                                        const char *const *words)
{
    if (i >= t->token_count)
        return false;
    char first = afs_ascii_lower(*afs_tok_str(t, i));
    for (; *words; words++)
        if (afs_ascii_lower(**words) == first && afs_tok_is_ci(t, i, *words))
            return true;
    return false;
}

#endif
