#include "articlefs/text.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "articlefs/fold.h"
#include "articlefs/lexicon.h"
#include "articlefs/utf8.h"
#include "articlefs/vector.h"

/* ---- character classes on the clean text -------------------------------- */

static unsigned cp_at(const char *s, size_t len, size_t i, size_t *n)
{
    const unsigned char *u = (const unsigned char *)s + i;
    if (*u < 0x80) { /* most of an English text */
        *n = 1;
        return *u;
    }
    unsigned cp;
    size_t k = afs_utf8_decode(u, len - i, &cp);
    *n = k ? k : 1; /* the clean text is UTF-8: never 0 there */
    return k ? cp : *u;
}

static bool is_quote_cp(unsigned cp)
{
    return cp == '"' || cp == '\'' || cp == 0x201C || cp == 0x201D ||
           cp == 0x2018 || cp == 0x2019 || cp == 0x201E || cp == 0xAB ||
           cp == 0xBB;
}

static bool is_space_cp(unsigned cp)
{
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == 0xA0 ||
           (cp >= 0x2000 && cp <= 0x200B) || cp == 0x3000;
}

/* Non-ASCII code points count as letters unless they are known punctuation:
 * names in any script stay whole. */
static bool is_letter_cp(unsigned cp)
{
    if (cp < 0x80)
        return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    if (is_quote_cp(cp) || is_space_cp(cp))
        return false;
    if (cp >= 0x2010 && cp <= 0x206F) /* dashes, bullets, ellipsis */
        return false;
    if (cp >= 0xA1 && cp <= 0xBF && cp != 0xAA && cp != 0xBA)
        return false;
    if (cp == 0xD7 || cp == 0xF7)
        return false;
    if (cp >= 0x2190 && cp <= 0x2BFF) /* arrows, symbols */
        return false;
    return true;
}

static bool is_digit_at(const char *s, size_t len, size_t i)
{
    return i < len && isdigit((unsigned char)s[i]);
}

static bool is_letter_at(const char *s, size_t len, size_t i)
{
    size_t n; /* cp_at and is_letter_cp take ASCII first */
    return i < len && is_letter_cp(cp_at(s, len, i, &n));
}

static bool is_upper_at(const char *s, size_t len, size_t i)
{
    size_t n;
    if (i >= len)
        return false;
    unsigned cp = cp_at(s, len, i, &n);
    if (cp < 0x80)
        return isupper((int)cp);
    /* Latin-1 and Latin Extended-A capitals. */
    return (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) ||
           (cp >= 0x100 && cp <= 0x17F && (cp % 2) == 0);
}

/* ---- tokens ------------------------------------------------------------ */

typedef AFS_VEC(afs_token) tok_buf;

static bool wants_lexicons(const afs_token *t)
{
    /* no lexicon holds punctuation, nor a word of 64 bytes or more */
    return (t->kind == AFS_TOK_WORD || t->kind == AFS_TOK_NUMBER) &&
           t->end - t->start < 64;
}

/* Every lexicon a token is in, as written and in lower case, found once
 * here: the extractor asks it of most words many times. The tokenizer
 * queues each word it makes, and hands the lexicon AFS_LEX_BATCH of them
 * at a time (afs_lex_words_find), so that the cache misses of their
 * look-ups overlap; the answers go straight into the tokens. */

static uint64_t load8(const char *s)
{
    uint64_t w;
    memcpy(&w, s, 8);
    return w;
}

/* The first min(n, 8) bytes of s[i..i + n) of a text of len bytes, as
 * afs_load_head8 reads them: one load when eight bytes remain. */
static uint64_t token_head(const char *s, size_t len, size_t i, size_t n)
{
    if (i + 8 > len)
        return afs_load_head8(s + i, n);
    uint64_t w;
    memcpy(&w, s + i, 8);
    return n >= 8 ? w : w & (((uint64_t)1 << (8 * n)) - 1);
}

/* The tokens so far and the words queued for their look-ups. It never
 * leaves tokenize and the helpers it inlines, so its fields stay in
 * registers: a store of a token or a query cannot change them. */
typedef struct tokenizer {
    afs_token *v;
    afs_token *next, *limit; /* pointers: no index to scale a token */
    size_t queued;
    afs_lex_query *queries; /* AFS_LEX_BATCH of them */
} tokenizer;

static void finish_batch(tokenizer *k)
{
    afs_lex_words_find(k->queries, k->queued);
    k->queued = 0;
}

/* Queues token t, whose first eight bytes (zero-padded) are head and
 * lowered lower, for its look-up; it must not move before the batch is
 * finished. */
static inline void queue_lexicons(tokenizer *k, afs_token *t, const char *s,
                                  uint64_t head, uint64_t lower)
{
    t->flags |= AFS_TF_LEXICONS;
    k->queries[k->queued++] = (afs_lex_query){s + t->start, t->end - t->start,
                                              head, lower, &t->cases};
    if (k->queued == AFS_LEX_BATCH)
        finish_batch(k);
}

/* What a byte is to the tokenizer's fast paths: a table, one load a byte
 * (most words are a few bytes, shorter than the set-up of a test of
 * eight at once). */
enum { B_ALNUM = 1, B_SPACE = 2, B_WORD_GOES_ON = 4 };

/* clang-format off */
#define A B_ALNUM
#define S B_SPACE
#define G B_WORD_GOES_ON /* may go on inside a word: ' - & . and non-ASCII */
#define G16 G, G, G, G, G, G, G, G, G, G, G, G, G, G, G, G
static const uint8_t byte_kind[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, S, S, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    S, 0, 0, 0, 0, 0, G, G, 0, 0, 0, 0, 0, G, G, 0,
    A, A, A, A, A, A, A, A, A, A, 0, 0, 0, 0, 0, 0,
    0, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A,
    A, A, A, A, A, A, A, A, A, A, A, 0, 0, 0, 0, 0,
    0, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A,
    A, A, A, A, A, A, A, A, A, A, A, 0, 0, 0, 0, 0,
    G16, G16, G16, G16, G16, G16, G16, G16,
};
#undef A
#undef S
#undef G
#undef G16
/* clang-format on */

/* Where the run of ASCII letters and digits from i ends. The clean text
 * ends in a NUL, which ends the run; a text cut at AFS_TEXT_MAX is read
 * on to that NUL, and the end clamped to len. */
static inline size_t ascii_alnum_end(const char *s, size_t len, size_t i)
{
    while (byte_kind[(unsigned char)s[i]] & B_ALNUM)
        i++;
    return i < len ? i : len;
}

static bool is_apostrophe_at(const char *s, size_t len, size_t i, size_t *n)
{
    unsigned cp = cp_at(s, len, i, n);
    return cp == '\'' || cp == 0x2019;
}

/* An ASCII byte, not a letter or digit, that no rule below keeps inside
 * a word. */
static bool ends_word_ascii(unsigned char c)
{
    return !(byte_kind[c] & B_WORD_GOES_ON);
}

/* Where a word starting at i ends. Inner apostrophes, hyphens, ampersands
 * between capitals and the dots of initialisms stay inside. Out of line:
 * most words end at their first byte that is not a letter or digit, which
 * the tokenizer sees itself. */
__attribute__((noinline)) static size_t word_end(const char *s, size_t len,
                                                 size_t i)
{
    size_t n;
    while (i < len) {
        i = ascii_alnum_end(s, len, i); /* the common case */
        if (i == len || ends_word_ascii((unsigned char)s[i]))
            break; /* a space or a mark: how most words end */
        if (is_letter_at(s, len, i) || is_digit_at(s, len, i)) {
            cp_at(s, len, i, &n);
            i += n;
            continue;
        }
        if (is_apostrophe_at(s, len, i, &n) && is_letter_at(s, len, i + n)) {
            /* "Japan's" splits into "Japan" + "'s"; "don't" stays. */
            size_t after = i + n;
            bool possessive = (s[after] == 's' || s[after] == 'S') &&
                              !is_letter_at(s, len, after + 1);
            if (possessive)
                return i;
            i = after;
            continue;
        }
        if (s[i] == '-' &&
            (is_letter_at(s, len, i + 1) || is_digit_at(s, len, i + 1))) {
            i++;
            continue;
        }
        if (s[i] == '&' && i > 0 && is_upper_at(s, len, i + 1) &&
            isupper((unsigned char)s[i - 1])) {
            i++;
            continue;
        }
        if (s[i] == '.' && is_letter_at(s, len, i + 1) &&
            s[i + 2] == '.') { /* U.S. , e.g. */
            i += 1;
            continue;
        }
        break;
    }
    return i;
}

/* "ST. JOSEPH, Mich.", "FT. WORTH": a dateline's capitals hold a place
 * name's abbreviated prefix ("MD. The show", "ID. SPACE" end sentences). */
static bool is_shouted_abbreviation(const char *w, size_t n)
{
    static const char *const prefixes[] = {"ST.", "MT.", "FT.", NULL};
    for (const char *const *p = prefixes; *p; p++)
        if (n == 3 && memcmp(w, *p, 3) == 0)
            return true;
    return false;
}

/* Keeps a trailing dot on initials ("A."), initialisms ("U.S.") and known
 * abbreviations ("Mr.", "Feb."): those dots do not end a sentence. */
static size_t absorb_abbreviation_dot(const char *s, size_t len, size_t start,
                                      size_t end)
{
    if (end >= len || s[end] != '.')
        return end;
    size_t wl = end - start;
    bool initial = wl == 1 && isupper((unsigned char)s[start]);
    bool initialism = wl >= 3 && s[end - 2] == '.';
    if (initial || initialism ||
        afs_lex_has(AFS_LEX_ABBREVIATIONS, s + start, wl + 1) ||
        is_shouted_abbreviation(s + start, wl + 1))
        return end + 1;
    return end;
}

static size_t number_end(const char *s, size_t len, size_t i)
{
    while (i < len) {
        if (isalnum((unsigned char)s[i])) {
            i++;
        } else if ((s[i] == ',' || s[i] == '.' || s[i] == '/' || s[i] == ':' ||
                    s[i] == '-') &&
                   is_digit_at(s, len, i + 1)) {
            i++;
        } else {
            break;
        }
    }
    return i;
}

static bool is_ascii_upper(unsigned char c)
{
    return (unsigned)(c - 'A') < 26;
}

/* Top bit set in each byte of x that is an ASCII lower-case letter. */
static uint64_t ascii_lowercase8(uint64_t x)
{
    const uint64_t ones = 0x0101010101010101u, tops = 0x8080808080808080u;
    uint64_t low7 = x & ~tops;
    uint64_t from_a = low7 + (0x80 - 'a') * ones;
    uint64_t past_z = low7 + (0x80 - 'z' - 1) * ones;
    return from_a & ~past_z & ~x & tops;
}

/* Two or more ASCII letters in s[start, end), all of them capitals (as
 * isalpha and isupper in "C"), eight bytes a step. */
static bool is_all_caps(const char *s, size_t len, size_t start, size_t end)
{
    bool one = false, two = false;
    for (size_t i = start; i < end; i += 8) {
        size_t n = end - i < 8 ? end - i : 8;
        uint64_t w = token_head(s, len, i, n), capitals;
        if (ascii_lowercase8(w))
            return false;
        afs_ascii_lower8(w, &capitals);
        two = two || (capitals & (capitals - 1)) || (one && capitals);
        one = one || capitals;
    }
    return two;
}

static void set_case_flags(afs_token *t, const char *s, size_t len)
{
    unsigned char first = (unsigned char)s[t->start];
    if (first < 0x80 ? !is_ascii_upper(first) : !is_upper_at(s, len, t->start))
        return;
    t->flags |= AFS_TF_CAPITAL;
    unsigned char second = (unsigned char)s[t->start + 1];
    if (t->end - t->start >= 2 && (unsigned)(second - 'a') < 26)
        return; /* "The": most capitals start a word in lower case */
    if (is_all_caps(s, len, t->start, t->end))
        t->flags |= AFS_TF_ALL_CAPS;
}

static uint8_t classify_mark(unsigned cp, bool space_before, bool space_after)
{
    switch (cp) {
    case 0x201E:
    case 0xAB:
        return AFS_MARK_DOUBLE_OPEN;
    case 0xBB:
        return AFS_MARK_DOUBLE_CLOSE;
    /* a curly mark typed the wrong way round (`said: ”Q.”`, `Q“ he`)
     * still opens where a word follows it and closes where one went
     * before */
    case 0x201C:
        return !space_before && space_after ? AFS_MARK_DOUBLE_CLOSE
                                            : AFS_MARK_DOUBLE_OPEN;
    case 0x201D:
        return space_before && !space_after ? AFS_MARK_DOUBLE_OPEN
                                            : AFS_MARK_DOUBLE_CLOSE;
    case 0x2018:
        return AFS_MARK_SINGLE_OPEN;
    case 0x2019:
        return space_before && !space_after ? AFS_MARK_SINGLE_OPEN
                                            : AFS_MARK_SINGLE_CLOSE;
    case '"':
        if (space_before && !space_after)
            return AFS_MARK_DOUBLE_OPEN;
        if (!space_before && space_after)
            return AFS_MARK_DOUBLE_CLOSE;
        return space_before ? AFS_MARK_DOUBLE_OPEN : AFS_MARK_DOUBLE_CLOSE;
    default: /* ' */
        return space_before ? AFS_MARK_SINGLE_OPEN : AFS_MARK_SINGLE_CLOSE;
    }
}

/* Spaces and opening brackets before a mark make it an opener. */
static bool opens_context(const char *s, size_t i)
{
    if (i == 0)
        return true;
    char c = s[i - 1];
    return c == ' ' || c == '\n' || c == '(' || c == '[' || c == '\t' ||
           c == '-' || (unsigned char)c == 0x94 /* end of an em dash */ ||
           (unsigned char)c == 0xA0;
}

static bool closes_context(const char *s, size_t len, size_t i)
{
    if (i >= len)
        return true;
    char c = s[i];
    return c == ' ' || c == '\n' || c == ',' || c == '.' || c == ';' ||
           c == ':' || c == ')' || c == '?' || c == '!' || c == '\t';
}

/* The kind, end and flags of the token that starts at i with code point
 * cp of n bytes. */
static void classify_token(afs_token *t, const char *s, size_t len, size_t i,
                           unsigned cp, size_t n)
{
    size_t next = i + n;
    bool possessive_here = (cp == '\'' || cp == 0x2019) &&
                           (s[i + n] == 's' || s[i + n] == 'S') &&
                           !is_letter_at(s, len, i + n + 1) && i > 0 &&
                           is_letter_at(s, len, i - 1);
    if (possessive_here) {
        t->kind = AFS_TOK_WORD;
        t->flags |= AFS_TF_POSSESSIVE;
        t->end = i + n + 1;
    } else if (cp >= '0' && cp <= '9') {
        t->kind = AFS_TOK_NUMBER;
        t->end = number_end(s, len, i);
    } else if (is_letter_cp(cp)) {
        t->kind = AFS_TOK_WORD;
        t->end = absorb_abbreviation_dot(s, len, i, word_end(s, len, i));
        set_case_flags(t, s, len);
    } else if (is_quote_cp(cp)) {
        t->kind = AFS_TOK_QUOTE;
        t->end = next;
        if (cp == '"' || cp == '\'')
            t->flags |= AFS_TF_STRAIGHT;
        t->mark = classify_mark(cp, opens_context(s, i),
                                closes_context(s, len, next));
    } else {
        t->kind = AFS_TOK_PUNCT;
        t->end = next;
    }
    if (t->end <= i) /* every token moves on, whatever the bytes */
        t->end = next;
}

/* An ASCII word's first run of letters and digits, from i to its end;
 * head gets its first min(run, 8) bytes, zero-padded (token_head of the
 * run). Sixteen bytes a step while sixteen remain, a byte a step after:
 * most words are shorter, and their end is one compare away. */
typedef struct alnum_run {
    size_t end;
    uint64_t head;
} alnum_run;

#if defined(__SSE2__)
/* Bit k set when p[k] is an ASCII letter or digit: a range of bytes is
 * the one that an add takes to the bottom of the signed bytes. */
static inline unsigned alnum_bits16(const char *p)
{
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
    __m128i folded = _mm_or_si128(v, _mm_set1_epi8(0x20));
    __m128i letters =
        _mm_cmplt_epi8(_mm_add_epi8(folded, _mm_set1_epi8(0x80 - 'a')),
                       _mm_set1_epi8(-128 + 26));
    __m128i digits = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(0x80 - '0')),
                                    _mm_set1_epi8(-128 + 10));
    return (unsigned)_mm_movemask_epi8(_mm_or_si128(letters, digits));
}

static inline size_t alnum_end16(const char *s, size_t len, size_t i)
{
    for (; i + 16 <= len; i += 16) {
        unsigned stop = ~alnum_bits16(s + i) & 0xFFFF;
        if (stop)
            return i + (size_t)__builtin_ctz(stop);
    }
    return i;
}
#else
static inline size_t alnum_end16(const char *s, size_t len, size_t i)
{
    (void)s, (void)len;
    return i;
}
#endif

static inline alnum_run ascii_alnum_run(const char *s, size_t len, size_t i)
{
    size_t end = alnum_end16(s, len, i);
    if (end + 16 > len) /* the text's last bytes */
        while (end < len && (byte_kind[(unsigned char)s[end]] & B_ALNUM))
            end++;
    return (alnum_run){end, token_head(s, len, i, end - i)};
}

/* The flags of an ASCII word of up to eight bytes, all letters and
 * digits, from its head and the capitals afs_ascii_lower8 found in it
 * (set_case_flags of it). */
static uint16_t ascii_head_case_flags(uint64_t head, uint64_t capitals)
{
    if (!(capitals & 0x80)) /* the first byte */
        return 0;
    bool all_caps = (capitals & (capitals - 1)) && !ascii_lowercase8(head);
    return AFS_TF_CAPITAL | (all_caps ? AFS_TF_ALL_CAPS : 0);
}

/* The end of the word that starts at i with an ASCII letter (most
 * tokens), its case flags and its lexicons queued: a run of letters and
 * digits that a space or a mark ends is read eight bytes a step, its
 * flags from its first eight; the rest goes the long way. */
static inline size_t ascii_word(afs_token *t, tokenizer *k, const char *s,
                                size_t len, size_t i)
{
    alnum_run run = ascii_alnum_run(s, len, i);
    size_t end = run.end;
    bool simple = end >= len || ends_word_ascii((unsigned char)s[end]);
    if (!simple) {
        end = word_end(s, len, end);
        if (end < len && s[end] == '.')
            end = absorb_abbreviation_dot(s, len, i, end);
        run.head = token_head(s, len, i, end - i);
    }
    t->end = (uint32_t)end;
    uint64_t capitals, lower = afs_ascii_lower8(run.head, &capitals);
    if (simple && end - i <= 8)
        t->flags |= ascii_head_case_flags(run.head, capitals);
    else if (is_ascii_upper((unsigned char)s[i]))
        set_case_flags(t, s, len);
    if (wants_lexicons(t))
        queue_lexicons(k, t, s, run.head, lower);
    return end;
}

/* Room for a new last token. The queued look-ups write into the
 * tokens: they are finished before the array may move. */
static inline afs_token *new_token(tokenizer *k, tok_buf *b)
{
    if (k->next == k->limit) {
        finish_batch(k);
        b->n = (size_t)(k->next - k->v);
        afs_vec_reserve(b, 1);
        k->v = b->v;
        k->next = b->v + b->n;
        k->limit = b->v + b->cap;
    }
    return k->next++;
}

/* The length of the word at i when it is up to sixteen ASCII letters
 * and digits that a space or a mark ends (most words), read at once;
 * 0 when it is not, or fewer than sixteen bytes remain. */
static inline size_t short_word_len(const char *s, size_t len, size_t i)
{
#if defined(__SSE2__)
    if (i + 16 > len)
        return 0;
    size_t n = (size_t)__builtin_ctz(~alnum_bits16(s + i));
    return n < 16 && ends_word_ascii((unsigned char)s[i + n]) ? n : 0;
#else
    (void)s, (void)len, (void)i;
    return 0;
#endif
}

/* Token t, the word s[i, i + n) of up to eight ASCII letters and digits
 * that a space or a mark ends (most words), whole: its case and lexicons
 * from its head at once, the token stored in one go (no field written
 * twice). */
static inline void eight_byte_word(afs_token *t, const char *s, size_t i,
                                   size_t n, uint16_t flags, uint32_t paragraph)
{
    uint64_t head = load8(s + i) & (~(uint64_t)0 >> (64 - 8 * n));
    uint64_t capitals, lower = afs_ascii_lower8(head, &capitals);
    *t = (afs_token){.start = (uint32_t)i,
                     .end = (uint32_t)(i + n),
                     .kind = AFS_TOK_WORD,
                     .flags = flags | ascii_head_case_flags(head, capitals) |
                              AFS_TF_LEXICONS,
                     .paragraph = paragraph,
                     .cases = afs_lex_short_word(head, lower, n)};
}

/* Token t, the short word s[i, i + n) (short_word_len) of nine bytes or
 * more, whole: its case flags, its look-up queued. */
static inline void short_word(tokenizer *k, afs_token *t, const char *s,
                              size_t len, size_t i)
{
    uint64_t head = load8(s + i);
    uint64_t capitals, lower = afs_ascii_lower8(head, &capitals);
    if (is_ascii_upper((unsigned char)s[i]))
        set_case_flags(t, s, len);
    queue_lexicons(k, t, s, head, lower);
}

static void tokenize(tok_buf *b, const char *s, size_t len)
{
    afs_lex_query queries[AFS_LEX_BATCH];
    tokenizer k = {b->v, b->v + b->n, b->v + b->cap, 0, queries};
    size_t i = 0;
    uint32_t paragraph = 0;
    /* what the next token starts: a paragraph, after a space */
    uint16_t pending = AFS_TF_PARA_START | AFS_TF_SPACE_BEFORE;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (byte_kind[c] & B_SPACE) {
            if (c == '\n' && !(pending & AFS_TF_PARA_START)) {
                paragraph++;
                pending |= AFS_TF_PARA_START;
            }
            pending |= AFS_TF_SPACE_BEFORE;
            i++;
            continue;
        }
        if ((unsigned)((c | 0x20) - 'a') < 26) { /* most tokens */
            afs_token *t = new_token(&k, b);
            size_t n = short_word_len(s, len, i);
            if (n && n <= 8) {
                eight_byte_word(t, s, i, n, pending, paragraph);
                pending = 0;
                i += n;
            } else {
                *t = (afs_token){.start = (uint32_t)i,
                                 .end = (uint32_t)(i + n),
                                 .kind = AFS_TOK_WORD,
                                 .flags = pending,
                                 .paragraph = paragraph};
                pending = 0;
                if (n) {
                    short_word(&k, t, s, len, i);
                    i += n;
                } else {
                    i = ascii_word(t, &k, s, len, i);
                }
            }
            if (s[i] == ' ') { /* how most words end: no turn of the loop */
                pending = AFS_TF_SPACE_BEFORE;
                i++;
            }
            continue;
        }
        size_t n = 1;
        unsigned cp = c;
        if (c >= 0x80) {
            cp = cp_at(s, len, i, &n);
            if (is_space_cp(cp)) {
                pending |= AFS_TF_SPACE_BEFORE;
                i += n;
                continue;
            }
        }
        afs_token *t = new_token(&k, b);
        *t = (afs_token){
            .start = (uint32_t)i, .paragraph = paragraph, .flags = pending};
        pending = 0;
        classify_token(t, s, len, i, cp, n);
        i = t->end;
        if (wants_lexicons(t)) {
            uint64_t head = token_head(s, len, t->start, t->end - t->start);
            uint64_t capitals;
            queue_lexicons(&k, t, s, head, afs_ascii_lower8(head, &capitals));
        }
    }
    finish_batch(&k);
    b->n = (size_t)(k.next - k.v);
}

/* ---- sentences and paragraphs ------------------------------------------ */

static bool is_terminal(const afs_text *t, size_t i)
{
    const afs_token *k = &t->tokens[i];
    if (k->kind != AFS_TOK_PUNCT)
        return false;
    char c = t->clean[k->start];
    return c == '.' || c == '!' || c == '?' ||
           (k->end - k->start == 3 &&
            memcmp(t->clean + k->start, "\xE2\x80\xA6", 3) == 0);
}

/* After a terminal mark (and any closing quotes or brackets), a new
 * sentence starts when the next word does not start in lower case. */
static bool next_starts_sentence(const afs_text *t, size_t j)
{
    if (j >= t->token_count)
        return true;
    const afs_token *k = &t->tokens[j];
    if (k->flags & AFS_TF_PARA_START)
        return true;
    if (!(k->flags & AFS_TF_SPACE_BEFORE))
        return false;
    unsigned char c = (unsigned char)t->clean[k->start];
    return !islower(c) && c != ',' && c != ';' && c != ')';
}

static bool is_closer(const afs_token *k, char c)
{
    return k->mark == AFS_MARK_DOUBLE_CLOSE ||
           k->mark == AFS_MARK_SINGLE_CLOSE || c == ')' || c == ']';
}

/* The last token of the sentence that the terminal mark i ends: the
 * closing quotes and brackets right after it are the sentence's too. i
 * itself when the mark ends none, and SIZE_MAX when the sentence goes on. */
static size_t sentence_end_at(const afs_text *t, size_t i)
{
    size_t j = i + 1;
    while (j < t->token_count && !(t->tokens[j].flags & AFS_TF_PARA_START) &&
           is_closer(&t->tokens[j], t->clean[t->tokens[j].start]) &&
           !(t->tokens[j].flags & AFS_TF_SPACE_BEFORE))
        j++;
    return next_starts_sentence(t, j) ? j - 1 : SIZE_MAX;
}

typedef AFS_VEC(afs_range) range_buf;

/* Past the tokens from i that can end nothing, in a sentence that has
 * its first word and no end in sight: no punctuation, and not the last
 * of a paragraph (nor, then, the first of one). Most tokens are such,
 * and need only their sentence. The first token that is not. */
static size_t skip_inner_tokens(afs_token *tokens, size_t count, size_t i,
                                uint32_t sentence)
{
    /* a pointer walk: no index to scale on each of most tokens */
    afs_token *k = tokens + i, *last = tokens + count - 1;
    while (k < last && k->kind != AFS_TOK_PUNCT &&
           !(k[1].flags & AFS_TF_PARA_START)) {
        k->sentence = sentence;
        k++;
    }
    return (size_t)(k - tokens);
}

/* Sentences and paragraphs in one pass over the tokens. A paragraph ends
 * before a token that starts one; a sentence with its paragraph, or
 * after a terminal mark the next word does not continue. Both arrays end
 * in a zeroed range past the last. */
static void build_ranges(afs_text *t, afs_arena *arena)
{
    size_t count = t->token_count;
    size_t paragraphs = count ? t->tokens[count - 1].paragraph + 1 : 0;
    t->paragraphs =
        afs_arena_array(arena, paragraphs + 1, sizeof *t->paragraphs);
    t->paragraph_count = paragraphs;
    /* about a sentence every twenty tokens: seldom a regrowth */
    range_buf sentences = {.arena = arena};
    afs_vec_reserve(&sentences, count / 16 + 2);
    size_t first = 0, ends_at = SIZE_MAX;
    bool need_start = true;
    for (size_t i = 0; i < count; i++) {
        if (!need_start && ends_at == SIZE_MAX)
            i = skip_inner_tokens(t->tokens, count, i, (uint32_t)sentences.n);
        afs_token *k = &t->tokens[i];
        k->sentence = (uint32_t)sentences.n;
        if (need_start && k->kind == AFS_TOK_WORD &&
            !(k->flags & AFS_TF_POSSESSIVE)) {
            k->flags |= AFS_TF_SENT_START;
            need_start = false;
        }
        if (k->flags & AFS_TF_PARA_START)
            t->paragraphs[k->paragraph] = (afs_range){i, i, k->start, 0};
        bool paragraph_ends =
            i + 1 == count || (t->tokens[i + 1].flags & AFS_TF_PARA_START);
        if (paragraph_ends) {
            afs_range *p = &t->paragraphs[k->paragraph];
            p->last = i + 1;
            p->end = k->end;
        } else if (ends_at == SIZE_MAX && is_terminal(t, i)) {
            ends_at = sentence_end_at(t, i);
        }
        if (paragraph_ends || i == ends_at) {
            *afs_vec_push(&sentences) =
                (afs_range){first, i + 1, t->tokens[first].start, k->end};
            first = i + 1;
            ends_at = SIZE_MAX;
            need_start = true;
        }
    }
    afs_vec_push(&sentences); /* the zeroed range past the last */
    t->sentences = sentences.v;
    t->sentence_count = sentences.n - 1;
}

afs_text *afs_text_new(afs_arena *arena, const char *bytes, size_t len)
{
    afs_text *t = afs_arena_alloc(arena, sizeof *t);
    const char *clean = bytes;
    if (!afs_utf8_is_clean(bytes, len)) {
        char *copy = afs_arena_array_raw(arena, len + 1, 1);
        afs_utf8_clean(bytes, len, copy);
        clean = copy;
    }
    t->raw = bytes;
    t->clean = clean;
    t->len = len;
    /* about one token every five bytes in English: no regrowth */
    tok_buf b = {.arena = arena};
    afs_vec_reserve(&b, len / 5 + 64);
    tokenize(&b, clean, len < AFS_TEXT_MAX ? len : AFS_TEXT_MAX);
    t->tokens = b.v;
    t->token_count = b.n;
    build_ranges(t, arena);
    return t;
}
