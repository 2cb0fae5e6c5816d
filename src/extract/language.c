/* Which language an article is written in. The other passes' rules are
 * English (capitals mark names, "said" marks speech): read in French or
 * Spanish, nearly every capitalised article and noun becomes a name. So
 * the text is English unless its lower-case words mostly are not English
 * words; only then is it worth naming the language it is in, from the
 * most frequent short words of each language (data/function_words.tsv,
 * from TextCat's fingerprints), or from its script. */
#include <string.h>

#include "articlefs/lexicon.h"
#include "articlefs/utf8.h"
#include "internal.h"

/* Fewer lower-case words than this tell nothing: "Trump met Abe." */
#define MIN_WORDS 20
/* Enough words to tell: English news runs above 0.8 of its lower-case
 * words in the word list, other languages below 0.35. */
#define SAMPLE_WORDS 200
#define ENGLISH_PERCENT 55
/* A language is named when its words explain the text this much better
 * (in hundredths of a nat) than no language's would. */
#define MIN_GAIN 2000
#define MAX_LANGUAGES 64
/* 100 x ln(100000): a word of no language, as the costs count it. */
#define NO_LANGUAGE_COST 1151

/* Characters of three or four bytes in token i: a word of Chinese or
 * Japanese is one token of many characters, each as much as a word. */
static size_t wide_chars(const afs_text *t, size_t i)
{
    const unsigned char *s = (const unsigned char *)afs_tok_str(t, i);
    size_t n = afs_tok_len(t, i), wide = 0;
    for (size_t k = 0; k < n; k++)
        wide += s[k] >= 0xE0;
    return wide;
}

static bool is_ascii_byte(char c)
{
    return !((unsigned char)c & 0x80);
}

/* Lower-case words weighted by their characters, and how many of them the
 * English word list holds, over the first SAMPLE_WORDS; it stops as soon
 * as so many are English that the rest cannot make it another language,
 * as in most articles, after the first hundred or so. */
static void count_english(const afs_text *t, size_t *words, size_t *english)
{
    const size_t enough = SAMPLE_WORDS * ENGLISH_PERCENT / 100;
    size_t w = 0, e = 0;
    /* a pointer walk, the counts tested only when they change */
    for (const afs_token *k = t->tokens, *end = k + t->token_count; k < end;
         k++) {
        if (k->kind != AFS_TOK_WORD || (k->flags & AFS_TF_CAPITAL))
            continue;
        e += (k->lower.keys >> AFS_LEX_COMMON_WORDS) & 1;
        w += is_ascii_byte(t->clean[k->start])
                 ? 1
                 : 1 + wide_chars(t, (size_t)(k - t->tokens)) / 2;
        if (w >= SAMPLE_WORDS || e >= enough)
            break;
    }
    *words = w < SAMPLE_WORDS && e >= enough ? SAMPLE_WORDS : w;
    *english = e;
}

/* ---- scripts without spaces ------------------------------------------ */

/* Kana is Japanese's own, Hangul Korean's; Han alone is Chinese. */
static const char *script_language(const afs_text *t)
{
    size_t kana = 0, hangul = 0, han = 0, letters = 0;
    for (size_t i = 0; i < t->token_count; i++) {
        if (t->tokens[i].kind != AFS_TOK_WORD)
            continue;
        const unsigned char *s = (const unsigned char *)afs_tok_str(t, i);
        size_t n = afs_tok_len(t, i);
        for (size_t k = 0; k < n;) {
            unsigned cp = 0;
            size_t l = afs_utf8_decode(s + k, n - k, &cp);
            k += l ? l : 1;
            letters++;
            kana += cp >= 0x3040 && cp <= 0x30FF;
            hangul += cp >= 0xAC00 && cp <= 0xD7A3;
            han += cp >= 0x4E00 && cp <= 0x9FFF;
        }
    }
    if (kana * 10 > letters)
        return "ja";
    if (hangul * 2 > letters)
        return "ko";
    return han * 2 > letters ? "zh" : NULL;
}

/* ---- function words -------------------------------------------------- */

typedef struct language_costs {
    char codes[MAX_LANGUAGES][8];
    long cost[MAX_LANGUAGES];
    long other[MAX_LANGUAGES]; /* of a word the language does not list */
    size_t n;
} language_costs;

/* Reads one "code:cost" of a value; returns where the next one starts,
 * or NULL at the end. */
static const char *next_pair(const char *p, char *code, size_t cap, long *cost)
{
    while (*p == ' ')
        p++;
    if (!*p)
        return NULL;
    size_t n = 0;
    for (; *p && *p != ':'; p++)
        if (n + 1 < cap)
            code[n++] = *p;
    code[n] = '\0';
    *cost = 0;
    if (*p == ':')
        p++;
    for (; *p >= '0' && *p <= '9'; p++)
        *cost = *cost * 10 + (*p - '0');
    return p;
}

static size_t language_index(const language_costs *c, const char *code)
{
    for (size_t l = 0; l < c->n; l++)
        if (strcmp(c->codes[l], code) == 0)
            return l;
    return c->n;
}

static void read_languages(language_costs *c)
{
    c->n = 0;
    const char *p = afs_lex_value(AFS_LEX_FUNCTION_WORDS, "*", 1);
    long cost;
    while (p && c->n < MAX_LANGUAGES &&
           (p = next_pair(p, c->codes[c->n], sizeof c->codes[0], &cost))) {
        c->other[c->n] = cost;
        c->cost[c->n] = 0;
        c->n++;
    }
}

/* The function words' value of token i in lower case, or NULL. */
static const char *function_word_value(const afs_text *t, size_t i)
{
    if (!((t->tokens[i].lower.keys >> AFS_LEX_FUNCTION_WORDS) & 1))
        return NULL;
    char low[64];
    size_t n = afs_tok_len(t, i);
    if (n >= sizeof low)
        return NULL;
    const char *s = afs_tok_str(t, i);
    for (size_t k = 0; k < n; k++)
        low[k] = afs_ascii_lower(s[k]);
    return afs_lex_value(AFS_LEX_FUNCTION_WORDS, low, n);
}

/* The language whose words make the text likeliest, as a unigram model
 * of its listed words and an even share of the rest for the others; NULL
 * when none explains it much better than no language. */
static const char *word_language(const afs_text *t, language_costs *c)
{
    read_languages(c);
    size_t words = 0;
    for (size_t i = 0; i < t->token_count; i++) {
        if (t->tokens[i].kind != AFS_TOK_WORD)
            continue;
        words++;
        const char *v = function_word_value(t, i);
        char code[8];
        long cost;
        while (v && (v = next_pair(v, code, sizeof code, &cost))) {
            size_t l = language_index(c, code);
            if (l < c->n)
                c->cost[l] += cost - c->other[l];
        }
    }
    size_t best = c->n;
    for (size_t l = 0; l < c->n; l++) {
        c->cost[l] += c->other[l] * (long)words;
        if (best == c->n || c->cost[l] < c->cost[best])
            best = l;
    }
    if (best == c->n ||
        (long)words * NO_LANGUAGE_COST - c->cost[best] < MIN_GAIN)
        return NULL;
    return c->codes[best];
}

const char *detect_language(afs_arena *arena, const afs_text *t)
{
    size_t words, english;
    count_english(t, &words, &english);
    if (words < MIN_WORDS)
        return NULL;
    if (english * 100 >= words * ENGLISH_PERCENT)
        return "en";
    const char *script = script_language(t);
    if (script)
        return script;
    language_costs costs;
    const char *code = word_language(t, &costs);
    /* "und": ISO 639's code for a language not told */
    return code ? afs_arena_strdup(arena, code) : "und";
}

bool is_function_word_of(const afs_text *t, size_t i, const char *language)
{
    const char *v = function_word_value(t, i);
    char code[8];
    long cost;
    while (v && (v = next_pair(v, code, sizeof code, &cost)))
        if (strcmp(code, language) == 0)
            return true;
    return false;
}
