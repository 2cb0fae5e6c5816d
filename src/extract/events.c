/* Events: a trigger from the event lexicon (in the spirit of PETRARCH's
 * verb dictionaries) and its clause, the stretch of the sentence bounded
 * by punctuation, conjunctions and relative pronouns. The people and
 * organizations of the clause take part, except a source ("according to
 * X", "as reported by X", ", X said"); its time expression is when, a
 * place after a locative preposition where. Mentions of one happening
 * ("a phone conversation", "the call") fold into one event. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "articlefs/lexicon.h"
#include "internal.h"
#include "words.h"

#define MAX_EVENTS 8
#define MAX_PARTICIPANTS 10
/* How far from its trigger a clause reaches, each way. */
#define CLAUSE_REACH 24
/* How far apart two tellings of one happening may be without a "the". */
#define SAME_EVENT_SENTENCES 6
#define SUMMARY_WORDS 20
/* words past SUMMARY_WORDS a line with no earlier phrase end may run */
#define SUMMARY_OVERRUN 4
/* How many tokens from its end a line looks back for a clause it has
 * begun without a verb ("told reporters that the airline"). */
#define OPEN_TAIL_WORDS 10
/* How far into a clause hanging on a comma its trigger may stand to take
 * the time before the comma. */
#define HUNG_VERB_REACH 6
/* How far before its trigger a summary looks for the clause's own start
 * ("when a Chinese submarine entered"). */
#define OWN_CLAUSE_REACH 14
/* How many happenings with people in them make a story in which a time
 * alone keeps no happening nobody takes part in. */
#define PEOPLED_ENOUGH 4
/* What a happening of someone the headline names weighs more. */
#define HEADLINE_WEIGHT 1
/* What a happening not told as one weighs less. */
#define UNTOLD_WEIGHT 3
/* How far past a clause's end its time may stand: ", officials said
 * late on Wednesday". */
#define TIME_AFTER_REACH 14
/* How many paragraphs of the body the dateline's place covers: the
 * opening ones tell what happened there. */
#define DATELINE_PARAGRAPHS 2

/* What the whole article's events share: its dateline's place. */
struct closed_index;

typedef struct event_pass {
    extraction *x;
    const struct closed_index *closed;
    size_t dateline_place;  /* entity, or NO_ENTITY */
    size_t dateline_end;    /* first token after the dateline */
    size_t first_paragraph; /* of the body */
    uint16_t *cls;          /* token -> enum word_class bits, once its sentence
                             * has a trigger */
    /* the run of tokens the latest windows classified, so that the next
     * window (further on, overlapping) walks only its new part */
    size_t classified_first, classified_last;
} event_pass;

/* ---- words ------------------------------------------------------------- */

static bool is_word(const afs_text *t, size_t i)
{
    return i < t->token_count && t->tokens[i].kind == AFS_TOK_WORD;
}

/* What each token is to a clause, found once per article: clauses and
 * summaries look at every token they span several times over. */
enum word_class {
    WC_FUNCTION = 1 << 0,      /* a summary must not end on it */
    WC_PREPOSITION = 1 << 1,   /* starts a phrase: a summary may end before */
    WC_LOCATIVE = 1 << 2,      /* "in", "near": a place after it is where */
    WC_DETERMINER = 1 << 3,    /* "the call": a thing told before */
    WC_CLAUSE_OPENER = 1 << 4, /* "which", "because": a clause of its own */
    WC_OPENS_AFTER_COMMA = 1 << 5, /* ", and", ", saying": another clause */
    WC_HARD_STOP = 1 << 6,         /* ";", a quote mark: ends any clause */
    WC_PRONOUN = 1 << 7,           /* "he", "her": may stand for a person */
    WC_COMMA = 1 << 8,
    WC_WORD = 1 << 9,
    WC_CLASSIFIED = 1 << 10, /* looked at: a class of 0 is known too */
    WC_PAIR = 1 << 11,       /* "two", "both": may stand for two people */
    WC_AND = 1 << 12,        /* "the Russian and Syrian ministries" */
};

/* Sorted (ASCII), none longer than CLOSED_WORD_MAX. */
#define CLOSED_WORD_MAX 9

typedef struct word_classes {
    char word[CLOSED_WORD_MAX + 7]; /* NUL-padded: 8 bytes readable */
    unsigned classes;
} word_classes;
static const word_classes closed_words[] = {
    {"a", WC_FUNCTION},
    {"about", WC_FUNCTION | WC_PREPOSITION},
    {"according", WC_OPENS_AFTER_COMMA},
    {"across", WC_FUNCTION | WC_PREPOSITION | WC_LOCATIVE},
    {"adding", WC_OPENS_AFTER_COMMA},
    {"after", WC_FUNCTION | WC_PREPOSITION | WC_OPENS_AFTER_COMMA},
    {"against", WC_FUNCTION | WC_PREPOSITION},
    {"also", WC_FUNCTION},
    {"although", WC_CLAUSE_OPENER | WC_OPENS_AFTER_COMMA},
    {"am", WC_FUNCTION},
    {"amid", WC_FUNCTION | WC_PREPOSITION},
    {"among", WC_FUNCTION},
    {"an", WC_FUNCTION},
    {"and", WC_FUNCTION | WC_PREPOSITION | WC_OPENS_AFTER_COMMA | WC_AND},
    {"any", WC_FUNCTION},
    {"are", WC_FUNCTION},
    {"as", WC_FUNCTION | WC_PREPOSITION | WC_OPENS_AFTER_COMMA},
    {"at", WC_FUNCTION | WC_PREPOSITION | WC_LOCATIVE},
    {"be", WC_FUNCTION},
    {"because", WC_FUNCTION | WC_CLAUSE_OPENER},
    {"been", WC_FUNCTION},
    {"before", WC_FUNCTION | WC_PREPOSITION | WC_OPENS_AFTER_COMMA},
    {"being", WC_FUNCTION},
    {"between", WC_FUNCTION | WC_PREPOSITION},
    {"both", WC_FUNCTION | WC_PAIR},
    {"but", WC_FUNCTION | WC_PREPOSITION | WC_OPENS_AFTER_COMMA},
    {"by", WC_FUNCTION | WC_PREPOSITION},
    {"can", WC_FUNCTION},
    {"could", WC_FUNCTION},
    {"did", WC_FUNCTION},
    {"do", WC_FUNCTION},
    {"does", WC_FUNCTION},
    {"during", WC_FUNCTION | WC_PREPOSITION},
    {"each", WC_FUNCTION},
    {"for", WC_FUNCTION | WC_PREPOSITION},
    {"from", WC_FUNCTION | WC_PREPOSITION | WC_LOCATIVE},
    {"had", WC_FUNCTION},
    {"has", WC_FUNCTION},
    {"have", WC_FUNCTION},
    {"he", WC_FUNCTION | WC_PRONOUN},
    {"her", WC_FUNCTION | WC_DETERMINER | WC_PRONOUN},
    {"him", WC_PRONOUN},
    {"his", WC_FUNCTION | WC_DETERMINER | WC_PRONOUN},
    {"i", WC_FUNCTION},
    {"if", WC_FUNCTION},
    {"in", WC_FUNCTION | WC_PREPOSITION | WC_LOCATIVE},
    {"including", WC_OPENS_AFTER_COMMA},
    {"inside", WC_LOCATIVE},
    {"into", WC_FUNCTION | WC_PREPOSITION | WC_LOCATIVE},
    {"is", WC_FUNCTION},
    {"it", WC_FUNCTION},
    {"its", WC_FUNCTION | WC_DETERMINER},
    {"just", WC_FUNCTION},
    {"may", WC_FUNCTION},
    {"might", WC_FUNCTION},
    {"more", WC_FUNCTION},
    {"most", WC_FUNCTION},
    {"my", WC_FUNCTION},
    {"near", WC_FUNCTION | WC_PREPOSITION | WC_LOCATIVE},
    {"no", WC_FUNCTION},
    {"nor", WC_FUNCTION},
    {"not", WC_FUNCTION},
    {"of", WC_FUNCTION | WC_PREPOSITION},
    {"off", WC_LOCATIVE},
    {"on", WC_FUNCTION | WC_PREPOSITION},
    {"only", WC_FUNCTION},
    {"or", WC_FUNCTION | WC_PREPOSITION},
    {"our", WC_FUNCTION | WC_DETERMINER},
    {"out", WC_FUNCTION},
    {"outside", WC_LOCATIVE},
    {"over", WC_FUNCTION | WC_PREPOSITION | WC_LOCATIVE},
    {"per", WC_FUNCTION},
    {"saying", WC_OPENS_AFTER_COMMA},
    {"she", WC_FUNCTION | WC_PRONOUN},
    {"should", WC_FUNCTION},
    {"since", WC_FUNCTION | WC_PREPOSITION},
    {"so", WC_FUNCTION},
    {"some", WC_FUNCTION},
    {"such", WC_FUNCTION},
    {"than", WC_FUNCTION},
    {"that", WC_FUNCTION | WC_PREPOSITION | WC_DETERMINER},
    {"the", WC_FUNCTION | WC_DETERMINER},
    {"their", WC_FUNCTION | WC_DETERMINER},
    {"then", WC_FUNCTION},
    {"there", WC_FUNCTION},
    {"these", WC_FUNCTION | WC_DETERMINER},
    {"they", WC_FUNCTION | WC_PRONOUN},
    {"this", WC_FUNCTION | WC_DETERMINER},
    {"those", WC_FUNCTION | WC_DETERMINER},
    {"though", WC_CLAUSE_OPENER},
    {"to", WC_FUNCTION | WC_PREPOSITION | WC_LOCATIVE},
    {"toward", WC_FUNCTION | WC_PREPOSITION},
    {"two", WC_PAIR},
    {"towards", WC_FUNCTION | WC_PREPOSITION},
    {"under", WC_FUNCTION | WC_PREPOSITION},
    {"unless", WC_CLAUSE_OPENER},
    {"until", WC_FUNCTION | WC_PREPOSITION},
    {"up", WC_FUNCTION},
    {"upon", WC_FUNCTION},
    {"very", WC_FUNCTION},
    {"via", WC_FUNCTION},
    {"was", WC_FUNCTION},
    {"we", WC_FUNCTION | WC_PRONOUN},
    {"were", WC_FUNCTION},
    {"when", WC_FUNCTION | WC_OPENS_AFTER_COMMA},
    {"where", WC_FUNCTION | WC_OPENS_AFTER_COMMA},
    {"whereas", WC_CLAUSE_OPENER},
    {"whereby", WC_CLAUSE_OPENER},
    {"whether", WC_FUNCTION},
    {"which",
     WC_FUNCTION | WC_PREPOSITION | WC_CLAUSE_OPENER | WC_OPENS_AFTER_COMMA},
    {"while",
     WC_FUNCTION | WC_PREPOSITION | WC_CLAUSE_OPENER | WC_OPENS_AFTER_COMMA},
    {"who",
     WC_FUNCTION | WC_PREPOSITION | WC_CLAUSE_OPENER | WC_OPENS_AFTER_COMMA},
    {"whom", WC_CLAUSE_OPENER},
    {"whose", WC_FUNCTION | WC_CLAUSE_OPENER},
    {"will", WC_FUNCTION},
    {"with", WC_FUNCTION | WC_PREPOSITION | WC_OPENS_AFTER_COMMA},
    {"would", WC_FUNCTION},
    {"yet", WC_FUNCTION},
    {"you", WC_FUNCTION},
    {"your", WC_FUNCTION},
};

#define CLOSED_WORD_COUNT (sizeof closed_words / sizeof *closed_words)
/* Twice the table's size and a power of two: probes stay short. */
#define CLOSED_SLOTS 256
#define CLOSED_SLOT_BITS 8

/* The closed words by a key packed from their bytes: a token is looked
 * up with one multiply and a probe or two, no string compare. Built once
 * per article from the table (a few thousand steps). */
typedef struct closed_index {
    uint32_t initials[CLOSED_WORD_MAX + 1]; /* length -> first letters */
    uint64_t key[CLOSED_SLOTS];
    uint16_t rest[CLOSED_SLOTS]; /* length and ninth byte; 0: empty */
    uint16_t classes[CLOSED_SLOTS];
} closed_index;

#define LOWER_BITS 0x2020202020202020u

/* The first eight bytes, letters in lower case (| 0x20 makes no letter of
 * a byte that is no upper-case letter); rest holds the length and the
 * ninth. s has eight readable bytes. */
static uint64_t closed_key(const char *s, size_t n, uint16_t *rest)
{
    uint64_t k;
    memcpy(&k, s, sizeof k);
    if (n < 8)
        k &= ((uint64_t)1 << (8 * n)) - 1;
    k |= LOWER_BITS & (n < 8 ? ((uint64_t)1 << (8 * n)) - 1 : ~(uint64_t)0);
    *rest = (uint16_t)(n | (n > 8 ? ((unsigned char)s[8] | 0x20) << 8 : 0));
    return k;
}

static size_t closed_slot(uint64_t key, uint16_t rest)
{
    return (size_t)(((key ^ rest) * 0x9E3779B97F4A7C15u) >>
                    (64 - CLOSED_SLOT_BITS));
}

static void index_closed_words(closed_index *ix)
{
    memset(ix->rest, 0, sizeof ix->rest);
    memset(ix->initials, 0, sizeof ix->initials);
    for (size_t i = 0; i < CLOSED_WORD_COUNT; i++) {
        const char *word = closed_words[i].word;
        uint16_t rest;
        size_t n = strlen(word);
        ix->initials[n] |= 1u << (word[0] - 'a');
        uint64_t key = closed_key(word, n, &rest);
        size_t slot = closed_slot(key, rest);
        while (ix->rest[slot])
            slot = (slot + 1) & (CLOSED_SLOTS - 1);
        ix->key[slot] = key;
        ix->rest[slot] = rest;
        ix->classes[slot] = (uint16_t)closed_words[i].classes;
    }
}

static unsigned closed_word_classes(const closed_index *ix, const afs_text *t,
                                    size_t i)
{
    size_t n = afs_tok_len(t, i);
    const char *s = afs_tok_str(t, i);
    unsigned initial = (unsigned)(afs_ascii_lower(s[0]) - 'a');
    if (n > CLOSED_WORD_MAX || initial >= 26 ||
        !(ix->initials[n] >> initial & 1))
        return 0;
    char tail[16];
    if (t->tokens[i].start + 16 > t->len) {
        memset(tail, 0, sizeof tail);
        memcpy(tail, s, n);
        s = tail;
    }
    uint16_t rest;
    uint64_t key = closed_key(s, n, &rest);
    for (size_t slot = closed_slot(key, rest); ix->rest[slot];
         slot = (slot + 1) & (CLOSED_SLOTS - 1))
        if (ix->key[slot] == key && ix->rest[slot] == rest)
            return ix->classes[slot];
    return 0;
}

/* Punctuation that ends a clause whatever follows it: ";", ":", "(", ")",
 * a quote mark, an em or en dash (U+2014, U+2013). */
static bool is_hard_stop(const afs_text *t, size_t i)
{
    if (t->tokens[i].kind == AFS_TOK_QUOTE)
        return true;
    if (t->tokens[i].kind != AFS_TOK_PUNCT)
        return false;
    const unsigned char *s = (const unsigned char *)afs_tok_str(t, i);
    size_t n = afs_tok_len(t, i);
    if (n == 1)
        return s[0] == ';' || s[0] == ':' || s[0] == '(' || s[0] == ')';
    return n == 3 && s[0] == 0xE2 && s[1] == 0x80 &&
           (s[2] == 0x94 || s[2] == 0x93);
}

static bool ends_in_ed(const afs_text *t, size_t i)
{
    size_t n = afs_tok_len(t, i);
    const char *s = afs_tok_str(t, i);
    return n > 3 && s[n - 2] == 'e' && s[n - 1] == 'd';
}

static bool ends_in_ing(const afs_text *t, size_t k)
{
    size_t n = afs_tok_len(t, k);
    const char *s = afs_tok_str(t, k);
    return n > 4 && s[n - 3] == 'i' && s[n - 2] == 'n' && s[n - 1] == 'g';
}

/* "describing them as ...": a participle after a comma opens a clause. */
static inline bool is_participle(const afs_text *t, size_t i)
{
    size_t n = afs_tok_len(t, i);
    const char *s = afs_tok_str(t, i);
    return n > 5 && !(t->tokens[i].flags & AFS_TF_CAPITAL) && s[n - 3] == 'i' &&
           s[n - 2] == 'n' && s[n - 1] == 'g';
}

static uint16_t classify_word(const closed_index *ix, const afs_text *t,
                              size_t i)
{
    if (t->tokens[i].kind == AFS_TOK_NUMBER)
        return 0;
    if (t->tokens[i].kind != AFS_TOK_WORD) {
        /* punctuation is no phrase's last word */
        bool comma = afs_tok_len(t, i) == 1 && *afs_tok_str(t, i) == ',';
        return WC_FUNCTION | (is_hard_stop(t, i) ? WC_HARD_STOP : 0) |
               (comma ? WC_COMMA : 0);
    }
    unsigned c = WC_WORD | closed_word_classes(ix, t, i);
    if (t->tokens[i].flags & AFS_TF_POSSESSIVE)
        c |= WC_FUNCTION | WC_DETERMINER;
    if (is_participle(t, i))
        c |= WC_OPENS_AFTER_COMMA;
    return (uint16_t)c;
}

/* "Kyrgios’ 6-4 win", "the teams' rematch": an apostrophe after a
 * plural's "s", not closing a quote, marks a possessive - no clause ends
 * there. */
static bool is_plural_possessive(const extraction *x, size_t i)
{
    const afs_text *t = x->text;
    if (t->tokens[i].kind != AFS_TOK_QUOTE ||
        t->tokens[i].mark != AFS_MARK_SINGLE_CLOSE || i == 0 ||
        i + 1 >= t->token_count || x->in_quote[i - 1] || !is_word(t, i - 1) ||
        t->tokens[i - 1].end != t->tokens[i].start ||
        t->tokens[i + 1].start == t->tokens[i].end ||
        t->tokens[i + 1].kind == AFS_TOK_QUOTE)
        return false;
    const char *s = afs_tok_str(t, i - 1);
    size_t n = afs_tok_len(t, i - 1);
    return n > 1 && (s[n - 1] == 's' || s[n - 1] == 'S');
}

/* Classes of the tokens [first, last] (one past a sentence's end is
 * looked at too); a token already classified is kept. */
static void classify_span(event_pass *p, size_t first, size_t last)
{
    const closed_index *ix = p->closed;
    const afs_text *t = p->x->text;
    if (last >= t->token_count)
        last = t->token_count - 1;
    size_t from = first;
    if (first >= p->classified_first && first <= p->classified_last + 1) {
        if (first <= p->classified_last)
            from = p->classified_last + 1;
        if (last > p->classified_last)
            p->classified_last = last;
    } else {
        p->classified_first = first;
        p->classified_last = last;
    }
    for (size_t i = from; i <= last; i++)
        if (!p->cls[i])
            p->cls[i] = WC_CLASSIFIED | (is_plural_possessive(p->x, i)
                                             ? WC_FUNCTION | WC_DETERMINER
                                             : classify_word(ix, t, i));
}

static bool has_class(const uint16_t *cls, size_t i, unsigned c)
{
    return (cls[i] & c) != 0;
}

/* ---- triggers ---------------------------------------------------------- */

/* Longest trigger at token i (up to four words): its "type,class" or
 * NULL. */
static bool is_trigger_word(const afs_text *t, size_t i)
{
    return afs_tok_lower_starts(t, i, AFS_LEX_EVENT_WORDS) ||
           afs_tok_lower_in(t, i, AFS_LEX_EVENT_WORDS);
}

/* Tokens [i, i + k) are lower-case words one space apart: their bytes
 * are the lexicon's key as they stand. */
static bool is_lower_phrase(const afs_text *t, size_t i, size_t k)
{
    if (i + k > t->token_count)
        return false;
    for (size_t j = i; j < i + k; j++) {
        const afs_token *tok = &t->tokens[j];
        if (tok->kind != AFS_TOK_WORD || !(tok->flags & AFS_TF_LEXICONS) ||
            (tok->flags & AFS_TF_CAPITAL) || tok->lex.keys != tok->lower.keys ||
            (j > i && tok->start != t->tokens[j - 1].end + 1) ||
            (j > i && t->clean[tok->start - 1] != ' '))
            return false;
    }
    return true;
}

static const char *trigger_at(const afs_text *t, size_t i, size_t *n)
{
    bool phrase = afs_tok_lower_starts(t, i, AFS_LEX_EVENT_WORDS);
    if (!phrase && !afs_tok_lower_in(t, i, AFS_LEX_EVENT_WORDS))
        return NULL;
    if (!phrase && afs_tok_in(t, i, AFS_LEX_EVENT_WORDS)) {
        /* written in lower case already: no copy to fold */
        *n = 1;
        return afs_span_value(t, i, i + 1, AFS_LEX_EVENT_WORDS);
    }
    char buf[96];
    for (size_t k = phrase ? 4 : 1; k >= 1; k--) {
        if (is_lower_phrase(t, i, k)) {
            const char *v = afs_span_value(t, i, i + k, AFS_LEX_EVENT_WORDS);
            if (v) {
                *n = k;
                return v;
            }
            continue;
        }
        size_t len = lower_join(t, i, k, buf, sizeof buf);
        const char *v =
            len ? afs_lex_value(AFS_LEX_EVENT_WORDS, buf, len) : NULL;
        if (v) {
            *n = k;
            return v;
        }
    }
    return NULL;
}

/* The first word of the sentence that may start a trigger (r->last for
 * none): a sentence without one needs no closer look. */
static size_t first_trigger_word(const afs_text *t, const afs_range *r)
{
    size_t i = r->first;
    while (i < r->last && !is_trigger_word(t, i))
        i++;
    return i;
}

/* How far past the one told an interview's time may stand: "told VOA
 * Pentagon correspondent Carla Babb on Nov. 4". */
#define TOLD_TIME_REACH 8

/* "told Business Insider in October 2018", "told the Courier in 1999":
 * telling a named outlet or person at a time of its own is an interview,
 * a happening; "told reporters", "told the BBC" with no time is how a
 * quote came. */
static bool tells_a_name_at_a_time(const extraction *x, size_t i)
{
    const afs_text *t = x->text;
    size_t k = i + 1;
    if (k < t->token_count && afs_tok_is_ci(t, k, "the"))
        k++;
    if (k >= t->token_count || !x->mention_at[k] || x->in_quote[k])
        return false;
    size_t e = entity_at_token(x, k);
    if (e == NO_ENTITY || x->entities.v[e].kind == AFS_PLACE)
        return false;
    size_t end = x->mentions.v[x->mention_at[k] - 1].last;
    for (size_t j = end; j < t->token_count && j < end + TOLD_TIME_REACH; j++) {
        const time_expr *te = time_in_range(x, j, t->token_count);
        if (te && te->first == j)
            return true;
        if (t->tokens[j].kind == AFS_TOK_PUNCT || afs_tok_is(t, j, "that"))
            return false;
    }
    return false;
}

/* "told a few thousand teachers", "told cheering supporters": an
 * address to a gathering - counted, or described by what it does - is a
 * happening; "told lawmakers", "told reporters" is how a quote came. */
static bool names_people(const afs_text *t, size_t k);

static bool tells_a_gathering(const afs_text *t, size_t i)
{
    static const char *const counts[] = {
        "few",     "several",   "many",   "hundreds", "thousands",
        "dozens",  "crowd",     "rally",  "hundred",  "thousand",
        "million", "gathering", "packed", NULL};
    static const char *const audiences[] = {
        "teachers",  "supporters", "students",  "workers",   "delegates",
        "members",   "voters",     "troops",    "soldiers",  "protesters",
        "fans",      "people",     "residents", "crowd",     "audience",
        "graduates", "farmers",    "nurses",    "employees", "followers",
        NULL};
    size_t k = i + 1, modifiers = 0;
    if (k < t->token_count && afs_tok_is_ci(t, k, "a"))
        k++;
    for (; k < t->token_count && k < i + 6; k++) {
        if (afs_tok_is_one_of_ci(t, k, audiences) || names_people(t, k))
            return modifiers > 0;
        size_t n = afs_tok_len(t, k);
        bool counted = t->tokens[k].kind == AFS_TOK_NUMBER ||
                       afs_tok_is_one_of_ci(t, k, counts);
        bool doing = n > 5 && !strncmp(afs_tok_str(t, k) + n - 3, "ing", 3);
        if (!(counted || doing || afs_tok_is_ci(t, k, "of")))
            return false;
        modifiers += counted || doing;
    }
    return false;
}

/* "according to statements from Tokyo": a source, not a happening. A
 * capitalised trigger inside a sentence is part of a name ("Peace
 * Prize", "Champions League final"). */
static bool is_trigger_candidate(const extraction *x, size_t i)
{
    const afs_text *t = x->text;
    if (x->in_quote[i] || x->mention_at[i])
        return false;
    if ((t->tokens[i].flags & AFS_TF_CAPITAL) &&
        !(t->tokens[i].flags & AFS_TF_SENT_START))
        return false;
    /* "in order to": a purpose, no order; "under fire": blamed, nothing
     * burns */
    if (i > 0 && afs_tok_is_ci(t, i - 1, "in") && afs_tok_is(t, i + 1, "to"))
        return false;
    if (i > 0 && afs_tok_is_ci(t, i - 1, "under") && afs_tok_is(t, i, "fire"))
        return false;
    if ((afs_tok_is(t, i, "told") || afs_tok_is(t, i, "tells")) &&
        !tells_a_name_at_a_time(x, i) && !tells_a_gathering(t, i))
        return false;
    /* "according to the office release" */
    for (size_t k = i; k-- > 1 && k + 4 > i;) {
        if (afs_tok_is(t, k, "to") && afs_tok_is_ci(t, k - 1, "according"))
            return false;
        if (t->tokens[k].kind != AFS_TOK_WORD)
            return true;
    }
    return true;
}

/* ---- clauses ----------------------------------------------------------- */

/* A comma that an attribution follows: ", Esper said", ", said Derek
 * Scissors", ", the ministry said". */
static bool attribution_follows(const afs_text *t, size_t comma, size_t last)
{
    for (size_t k = comma + 1; k < last && k < comma + 6; k++) {
        if (is_reporting_verb(t, k))
            return true;
        if (t->tokens[k].kind == AFS_TOK_PUNCT)
            return false;
    }
    return false;
}

/* "According to statements from Tokyo, both leaders agreed": the
 * attribution before the comma is no part of the clause. */
static bool attribution_before(const afs_text *t, size_t first, size_t comma)
{
    for (size_t k = comma; k-- > first && k + 8 > comma;)
        if (afs_tok_is_ci(t, k, "according"))
            return true;
    return false;
}

/* How far apart the brackets of an aside after a name may stand:
 * "(R-AZ)", "(D-N.Y.)", "(SNC)". */
#define ASIDE_REACH 8

/* "Senator John McCain (R-AZ) entered": a short aside in brackets
 * between a name and its verb; the '(' it opens at (k is its ')'), or k
 * when there is none. */
static size_t name_aside_start(const extraction *x, size_t first, size_t k)
{
    const afs_text *t = x->text;
    if (!afs_tok_is(t, k, ")") || !is_word(t, k + 1))
        return k;
    for (size_t j = k; j-- > first && j + ASIDE_REACH > k;) {
        if (afs_tok_is(t, j, "("))
            return j > first && x->mention_at[j - 1] ? j : k;
        if (afs_tok_is(t, j, ")"))
            break;
    }
    return k;
}

/* ", including Marvel and Lucasfilm": the objects listed, in the
 * clause; ", including recognising Jerusalem" opens one of its own. */
static bool lists_objects(const afs_text *t, size_t k)
{
    return afs_tok_is_ci(t, k, "including") && k + 1 < t->token_count &&
           (t->tokens[k + 1].flags & AFS_TF_CAPITAL) &&
           !is_participle(t, k + 1);
}

/* "Now that his trial has ended, prosecutors released": the sentence
 * opens with a clause of its own up to this comma; who is in it takes no
 * part in the main clause's happening. */
static bool subordinate_before(const afs_text *t, size_t first, size_t comma)
{
    /* not "after", "before", "until": "After months of talks," is a
     * phrase of the main clause */
    static const char *const openers[] = {"although", "though", "because",
                                          "if",       "while",  "unless",
                                          "whereas",  "now",    NULL};
    return comma > first + 2 && afs_tok_is_one_of_ci(t, first, openers) &&
           !(afs_tok_is_ci(t, first, "now") &&
             !afs_tok_is_ci(t, first + 1, "that"));
}

/* "the nine companies selected by NASA: Astrobotic, Draper, ... and
 * OrbitBeyond.": a colon before a list of names that ends the sentence
 * names what the clause told of; the clause runs to the list's end. The
 * list's end, or colon when there is none. */
static size_t name_list_end(const extraction *x, size_t colon, size_t last)
{
    const afs_text *t = x->text;
    if (!afs_tok_is(t, colon, ":"))
        return colon;
    size_t names = 0, k = colon + 1;
    while (k < last) {
        if (x->mention_at[k]) {
            k = x->mentions.v[x->mention_at[k] - 1].last;
            names++;
        } else if (afs_tok_is(t, k, ",") || afs_tok_is_ci(t, k, "and") ||
                   afs_tok_is_ci(t, k, "or") ||
                   (is_word(t, k) && (t->tokens[k].flags & AFS_TF_CAPITAL))) {
            k++; /* a capitalised word: part of a name not known as one */
        } else {
            break;
        }
    }
    bool ends = k >= last || (k + 1 == last && afs_tok_is(t, k, "."));
    return ends && names >= 2 ? last : colon;
}

static afs_range clause_of(const event_pass *p, const afs_range *sentence,
                           size_t first_token, size_t trigger,
                           size_t trigger_last)
{
    const extraction *x = p->x;
    const uint16_t *cls = p->cls;
    const afs_text *t = x->text;
    afs_range c = {.first = first_token, .last = sentence->last};
    size_t stop = trigger > first_token + CLAUSE_REACH ? trigger - CLAUSE_REACH
                                                       : first_token;
    for (size_t k = trigger; k-- > stop;) {
        size_t aside = name_aside_start(x, stop, k);
        if (aside != k && aside > stop) {
            k = aside;
            c.first = k;
            continue;
        }
        if (has_class(cls, k, WC_HARD_STOP | WC_CLAUSE_OPENER) ||
            (has_class(cls, k, WC_COMMA) &&
             ((has_class(cls, k + 1, WC_OPENS_AFTER_COMMA) &&
               !afs_tok_is_ci(t, k + 1, "with")) ||
              attribution_before(t, stop, k) ||
              subordinate_before(t, first_token, k)))) {
            c.first = k + 1;
            break;
        }
        c.first = k;
    }
    if (trigger_last + CLAUSE_REACH < c.last)
        c.last = trigger_last + CLAUSE_REACH;
    /* ", which signed a lease on Monday, expects": an aside ends at its
     * comma */
    bool aside = c.first >= first_token + 2 &&
                 has_class(cls, c.first - 1, WC_CLAUSE_OPENER) &&
                 has_class(cls, c.first - 2, WC_COMMA);
    for (size_t k = trigger_last; k < c.last; k++) {
        size_t list_end = has_class(cls, k, WC_HARD_STOP)
                              ? name_list_end(x, k, sentence->last)
                              : k;
        if (list_end != k) {
            c.last = list_end;
            break;
        }
        if (has_class(cls, k, WC_HARD_STOP | WC_CLAUSE_OPENER) ||
            (aside && has_class(cls, k, WC_COMMA)) ||
            (has_class(cls, k, WC_COMMA) && c.first <= first_token + 1 &&
             subordinate_before(t, first_token, k)) ||
            (has_class(cls, k, WC_COMMA) &&
             ((has_class(cls, k + 1, WC_OPENS_AFTER_COMMA) &&
               !lists_objects(t, k + 1)) ||
              attribution_follows(t, k, c.last)))) {
            c.last = k;
            break;
        }
    }
    return c;
}

/* ---- arguments --------------------------------------------------------- */

static bool has_participant(const event *ev, size_t e)
{
    for (size_t i = 0; i < ev->participants.n; i++)
        if (ev->participants.v[i] == e)
            return true;
    return false;
}

static void add_participant(extraction *x, event *ev, size_t e)
{
    if (e == NO_ENTITY || x->entities.v[e].kind == AFS_PLACE ||
        has_participant(ev, e) || ev->participants.n >= MAX_PARTICIPANTS)
        return;
    *VEC_PUSH(x->arena, ev->participants) = e;
}

/* How many mentions start before token tok (they are in text order). */
static size_t mentions_before(const extraction *x, size_t tok)
{
    size_t lo = 0, hi = x->mentions.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (x->mentions.v[mid].first < tok)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The entity of the latest mention before *m (counting down) that ends
 * after stop, or NO_ENTITY when there is none: names looked back at one
 * mention at a time, not one token. */
static size_t entity_before(const extraction *x, size_t *m, size_t stop)
{
    while (*m > 0) {
        size_t i = --*m;
        const mention *mm = &x->mentions.v[i];
        if (mm->last <= stop)
            break;
        if (x->mention_at[mm->first] == i + 1)
            return entity_at_token(x, mm->first);
    }
    *m = 0;
    return NO_ENTITY;
}

/* The person a pronoun at tok stands for: the latest one before it of
 * its gender. */
static size_t antecedent(const extraction *x, size_t tok, enum afs_gender g)
{
    size_t stop = tok > x->body_first + ANTECEDENT_WINDOW
                      ? tok - ANTECEDENT_WINDOW
                      : x->body_first;
    /* "she" after "Wangari Maathai ... Daniel arap Moi": a person known to
     * be of the pronoun's gender before the nearer one of unknown gender */
    size_t unsure = NO_ENTITY;
    for (size_t m = mentions_before(x, tok); m > 0;) {
        size_t c = entity_before(x, &m, stop);
        if (c == NO_ENTITY || x->entities.v[c].kind != AFS_PERSON)
            continue;
        enum afs_gender cg = x->entities.v[c].gender;
        if (g == AFS_GENDER_UNKNOWN || cg == g)
            return c;
        if (cg == AFS_GENDER_UNKNOWN && unsure == NO_ENTITY)
            unsure = c;
    }
    return unsure;
}

/* "leaders", "men", "ministers": a plural that names people, not "two
 * months" or "two companies". */
static bool names_people(const afs_text *t, size_t k)
{
    static const char *const people[] = {
        "men",     "women",   "leaders",   "officials", "sides",
        "players", "parents", "sons",      "daughters", "brothers",
        "sisters", "friends", "lawmakers", NULL};
    if (afs_tok_is_one_of_ci(t, k, people))
        return true;
    const char *s = afs_tok_str(t, k);
    size_t n = afs_tok_len(t, k);
    char buf[32];
    if (n < 4 || n > sizeof buf || s[n - 1] != 's')
        return false;
    for (size_t i = 0; i + 1 < n; i++)
        buf[i] = afs_ascii_lower(s[i]);
    return afs_lex_has(AFS_LEX_TITLES, buf, n - 1);
}

/* "the two leaders", "both men" (tok is a pair word): the last two
 * people named before. */
static bool add_pair_before(extraction *x, event *ev, size_t tok)
{
    const afs_text *t = x->text;
    if (!is_word(t, tok + 1) || entity_at_token(x, tok + 1) != NO_ENTITY)
        return false;
    if (!names_people(t, tok + 1))
        return false;
    size_t found[2], count = 0;
    size_t stop = tok > x->body_first + ANTECEDENT_WINDOW
                      ? tok - ANTECEDENT_WINDOW
                      : x->body_first;
    for (size_t m = mentions_before(x, tok); m > 0 && count < 2;) {
        size_t c = entity_before(x, &m, stop);
        if (c != NO_ENTITY && x->entities.v[c].kind == AFS_PERSON &&
            (count == 0 || found[0] != c))
            found[count++] = c;
    }
    if (count < 2)
        return false;
    add_participant(x, ev, found[1]);
    add_participant(x, ev, found[0]);
    return true;
}

/* "a speech", "announced", "a statement": a happening that is a
 * telling. */
static bool is_telling(const event *ev)
{
    return !strncmp(ev->type, "statement,", 10);
}

/* "in remarks at the party's headquarters, Esper said": the teller
 * named in the attribution that ends a telling's clause; "During a news
 * conference with X, Bush said": the subject of the sentence a phrase
 * opens. */
static size_t teller_after(const event_pass *p, const event *ev,
                           const afs_range *clause, bool opens_sentence)
{
    const extraction *x = p->x;
    const afs_text *t = x->text;
    size_t comma = clause->last;
    if (comma >= t->token_count || !has_class(p->cls, comma, WC_COMMA) ||
        !(is_telling(ev) || opens_sentence))
        return NO_ENTITY;
    for (size_t k = comma + 1; k < t->token_count && k < comma + 6; k++) {
        if (x->mention_at[k] && !x->in_quote[k]) {
            size_t e = entity_at_token(x, k);
            size_t last = x->mentions.v[x->mention_at[k] - 1].last;
            return last < t->token_count && is_reporting_verb(t, last)
                       ? e
                       : NO_ENTITY;
        }
        if (!is_word(t, k))
            return NO_ENTITY;
    }
    return NO_ENTITY;
}

/* "according to X", "as reported by X", "(AP)": who tells, not who
 * takes part. */
static bool is_source_at(const afs_text *t, const uint16_t *cls, size_t first,
                         size_t tok, const event *ev)
{
    for (size_t k = tok; k-- > first && k + 6 > tok;) {
        if (afs_tok_is_ci(t, k, "according"))
            return true;
        if (afs_tok_is_ci(t, k, "by") && k > first &&
            is_reporting_verb(t, k - 1))
            return true;
        if (has_class(cls, k, WC_COMMA | WC_HARD_STOP))
            break;
    }
    /* "Esper said in a speech": the teller of a telling takes part */
    if (is_telling(ev))
        return false;
    /* "X said", "X told reporters": the subject of a reporting verb
     * after the trigger */
    for (size_t k = tok + 1; k < t->token_count && k < tok + 5; k++) {
        /* "Esper announced": the teller of a telling takes part in it */
        if (k >= ev->trigger_first && k < ev->trigger_last)
            return false;
        if (is_reporting_verb(t, k))
            return true;
        if (!is_word(t, k) || !(t->tokens[k].flags & AFS_TF_CAPITAL))
            break;
    }
    return false;
}

static const time_expr *time_of(const extraction *x, const afs_range *clause,
                                size_t trigger);

/* How surely a name in the clause tells where the event happened. */
enum place_rank {
    PLACE_NOT,
    PLACE_ASIDE,    /* "China's ministry", "a New York man", "from Kenya" */
    PLACE_DATELINE, /* not the clause's: the dateline's */
    PLACE_TOWARD,   /* "to the United States", "visited Hanoi" */
    PLACE_AT,       /* "in Hanoi", "near Taiwan", "southwest of Okinawa" */
};

/* "in 18 Northern and central California counties", "in the southern
 * city of Aleppo": words between a locative and its place. */
static bool is_place_modifier(const afs_text *t, const uint16_t *cls, size_t k)
{
    static const char *const words[] = {
        "northern", "southern", "eastern", "western",  "central", "north",
        "south",    "east",     "west",    "downtown", "coastal", "rural",
        "remote",   "nearby",   "and",     "city",     "town",    "village",
        "province", "state",    "region",  "capital",  "county",  "district",
        "port",     "island",   "of",      "area",     "country", "nation",
        NULL};
    /* "the city's Hoa Lo prison": a place word's, not a name's */
    if (t->tokens[k].flags & AFS_TF_POSSESSIVE)
        return k > 0 && !(t->tokens[k - 1].flags & AFS_TF_CAPITAL) &&
               afs_tok_is_one_of_ci(t, k - 1, words);
    if (has_class(cls, k, WC_DETERMINER) || t->tokens[k].kind == AFS_TOK_NUMBER)
        return true;
    size_t n = afs_tok_len(t, k);
    return n <= 8 && t->tokens[k].kind == AFS_TOK_WORD &&
           (afs_tok_is_ci(t, k, "a") || afs_tok_is_ci(t, k, "an") ||
            afs_tok_is_one_of_ci(t, k, words));
}

/* "southwest of Okinawa", "north of the capital": a bearing from it. */
static bool is_bearing(const afs_text *t, size_t k)
{
    static const char *const words[] = {"north",     "south",     "east",
                                        "west",      "northeast", "northwest",
                                        "southeast", "southwest", NULL};
    return afs_tok_is_one_of_ci(t, k, words);
}

/* The rank the words before a place give it: "in Hanoi", "to the United
 * States", "from Kenya", over a few modifiers. */
static enum place_rank rank_by_preposition(const event_pass *p, size_t first,
                                           size_t place, const event *ev)
{
    const afs_text *t = p->x->text;
    size_t k = place;
    while (k > first && k + 5 > place &&
           !has_class(p->cls, k - 1, WC_LOCATIVE)) {
        /* "southwest of Okinawa" */
        bool of = afs_tok_is_ci(t, k - 1, "of");
        if (of && k - 1 > first && is_bearing(t, k - 2))
            return PLACE_AT;
        /* "visited Hanoi", "the invasion of Iraq": the trigger's object */
        if (k == ev->trigger_last || (of && k - 1 == ev->trigger_last)) {
            static const char *const types[] = {"visit,", "military action,",
                                                "assault,", NULL};
            for (const char *const *ty = types; *ty; ty++)
                if (!strncmp(ev->type, *ty, strlen(*ty)))
                    return PLACE_TOWARD;
        }
        if (!is_place_modifier(t, p->cls, k - 1))
            return PLACE_NOT;
        k--;
    }
    if (k <= first || !has_class(p->cls, k - 1, WC_LOCATIVE))
        return PLACE_NOT;
    /* the locative words: "in", "at", "near", "inside", "outside", "off",
     * "across" (at); "to", "into" (toward); "from", "over" (aside: "a 2-1
     * win over Russia" is over whom, "tensions over Taiwan" about) */
    const char *s = afs_tok_str(t, k - 1);
    size_t n = afs_tok_len(t, k - 1);
    char c = afs_ascii_lower(s[0]);
    /* "envoy to Ukraine", "ambassador to China": whose title, no where */
    if (c == 't' && n == 2 && k >= 2 &&
        afs_tok_lower_in(t, k - 2, AFS_LEX_TITLES))
        return PLACE_NOT;
    if ((c == 't' && n == 2) || (c == 'i' && n == 4))
        return PLACE_TOWARD;
    if ((c == 'f' && n == 4) || (c == 'o' && n == 4))
        return PLACE_ASIDE;
    return PLACE_AT;
}

/* "at the White House", "in KeyBank Center": an organization's name
 * that is a building. */
static bool is_building(const extraction *x, size_t e)
{
    static const char *const words[] = {
        "House",  "Center",  "Centre",  "Stadium", "Arena", "Hall",
        "Palace", "Capitol", "Airport", "Square",  "Park",  NULL};
    const char *name = x->entities.v[e].name;
    const char *last = strrchr(name, ' ');
    if (!last)
        return false;
    for (const char *const *w = words; *w; w++)
        if (!strcmp(last + 1, *w))
            return true;
    return false;
}

/* How the clause tells the place at token i, the first of mention m. */
static enum place_rank place_rank_at(const event_pass *p, const event *ev,
                                     const afs_range *clause, size_t i,
                                     size_t e)
{
    const extraction *x = p->x;
    const afs_text *t = x->text;
    size_t after = x->mentions.v[x->mention_at[i] - 1].last;
    bool place = x->entities.v[e].kind == AFS_PLACE;
    if (x->entities.v[e].kind == AFS_PERSON)
        return PLACE_NOT;
    if (!place) {
        /* "at the White House": right after a locative */
        size_t k =
            i > clause->first && afs_tok_is_ci(t, i - 1, "the") ? i - 1 : i;
        if (k <= clause->first || !has_class(p->cls, k - 1, WC_LOCATIVE))
            return PLACE_NOT;
        enum place_rank r = rank_by_preposition(p, clause->first, i, ev);
        return r == PLACE_AT && is_building(x, e) ? r : PLACE_NOT;
    }
    /* "Vietnam's party headquarters": the country of the place or body */
    if (after < t->token_count && (t->tokens[after].flags & AFS_TF_POSSESSIVE))
        return PLACE_ASIDE;
    enum place_rank r = rank_by_preposition(p, clause->first, i, ev);
    if (r != PLACE_NOT)
        return r;
    /* "a New York man pleaded": whose, a guess below any other; "the
     * U.S. military" is a country's, no place's */
    const char *name = x->entities.v[e].name;
    bool modifies = after < clause->last && is_word(t, after) &&
                    !has_class(p->cls, after, WC_FUNCTION) &&
                    !(t->tokens[after].flags & AFS_TF_CAPITAL) &&
                    (i == clause->first || afs_tok_is_ci(t, i - 1, "a") ||
                     has_class(p->cls, i - 1, WC_DETERMINER)) &&
                    !afs_lex_has(AFS_LEX_COUNTRIES, name, strlen(name));
    return modifies ? PLACE_ASIDE : PLACE_NOT;
}

/* Happenings that take place somewhere: a meeting, a match, a speech,
 * not a statement's words. */
static bool happens_at_a_place(const event_pass *p, const event *ev)
{
    static const char *const verbal[] = {"statement,", "appeal,",     "intent,",
                                         "demand,",    "disapprove,", "reject,",
                                         "threaten,",  NULL};
    bool words = false;
    for (const char *const *ty = verbal; *ty; ty++)
        words |= !strncmp(ev->type, *ty, strlen(*ty));
    if (!words)
        return true;
    /* "in a speech", "his remarks": the occasion, a noun */
    const afs_text *t = p->x->text;
    size_t k = ev->trigger_first;
    return k > 0 &&
           (has_class(p->cls, k - 1, WC_DETERMINER | WC_PREPOSITION) ||
            afs_tok_is_ci(t, k - 1, "a") || afs_tok_is_ci(t, k - 1, "an"));
}

/* "founded in 1977": long before the dateline's day. */
static bool told_of_a_year(const afs_text *t, const time_expr *te)
{
    for (size_t k = te ? te->first : 0; te && k < te->last; k++)
        if (t->tokens[k].kind == AFS_TOK_NUMBER && afs_tok_len(t, k) == 4)
            return true;
    return false;
}

/* "the Gush Etzion settlement bloc in the West Bank", "Hoa Lo prison
 * in Hanoi": a place "in" another told right after it lies inside it;
 * the first says where more nearly. */
static bool in_the_place_before(const event_pass *p, size_t before, size_t i)
{
    const extraction *x = p->x;
    const afs_text *t = x->text;
    size_t k = x->mentions.v[x->mention_at[before] - 1].last;
    for (size_t words = 0; k < i && words < 3; k++, words++) {
        if (afs_tok_is_ci(t, k, "in") || afs_tok_is_ci(t, k, "inside") ||
            (is_bearing(t, k) && afs_tok_is_ci(t, k + 1, "of")))
            break;
        if (!is_word(t, k) || has_class(p->cls, k, WC_FUNCTION) ||
            (t->tokens[k].flags & AFS_TF_CAPITAL))
            return false;
    }
    if (k >= i)
        return false;
    for (k += is_bearing(t, k) ? 2 : 1; k < i; k++)
        if (!afs_tok_is_ci(t, k, "the"))
            return false;
    return true;
}

/* Where: the place of the clause's locative phrase nearest after the
 * trigger (else before it), else the dateline's for a happening of the
 * opening paragraphs, else a place the clause names in passing. */
static size_t place_of(const event_pass *p, const event *ev,
                       const afs_range *clause, bool names_a_place)
{
    const extraction *x = p->x;
    const afs_text *t = x->text;
    size_t best = NO_ENTITY, best_at = 0;
    enum place_rank best_rank = PLACE_NOT;
    size_t inner = 0; /* the latest of the places best lies in */
    /* the names of the clause, one mention at a time */
    for (size_t m = names_a_place ? mentions_before(x, clause->first)
                                  : x->mentions.n;
         m < x->mentions.n && x->mentions.v[m].first < clause->last; m++) {
        size_t i = x->mentions.v[m].first;
        if (x->mention_at[i] != m + 1 || x->in_quote[i])
            continue;
        size_t e = entity_at_token(x, i);
        if (e == NO_ENTITY)
            continue;
        enum place_rank r = place_rank_at(p, ev, clause, i, e);
        if (best_rank >= PLACE_TOWARD && best_at >= ev->trigger_last &&
            in_the_place_before(p, inner, i)) {
            inner = i;
            continue;
        }
        /* after the trigger the first wins, before it the nearest */
        bool wins = r > best_rank ||
                    (r == best_rank && r != PLACE_NOT &&
                     (i < ev->trigger_first || best_at < ev->trigger_first));
        if (wins) {
            best = e;
            best_at = inner = i;
            best_rank = r;
        }
    }
    if (best_rank < PLACE_DATELINE && p->dateline_place != NO_ENTITY &&
        t->tokens[ev->trigger_first].paragraph <=
            p->first_paragraph + DATELINE_PARAGRAPHS &&
        happens_at_a_place(p, ev) &&
        !told_of_a_year(t, time_of(x, clause, ev->trigger_first)))
        return p->dateline_place;
    return best;
}

/* A lower-case word that reads as a noun: no closed-class word, no
 * trigger, no verb's or adverb's ending ("said", "sells", "quickly"). */
static bool is_plain_noun(const event_pass *p, size_t k)
{
    const afs_text *t = p->x->text;
    size_t n = afs_tok_len(t, k);
    const char *s = afs_tok_str(t, k);
    if (n < 3 || (t->tokens[k].flags & AFS_TF_CAPITAL) || ends_in_ed(t, k) ||
        s[n - 1] == 's' || (s[n - 2] == 'l' && s[n - 1] == 'y') ||
        is_trigger_word(t, k) || is_reporting_verb(t, k))
        return false;
    return p->cls[k] &&
           !has_class(p->cls, k,
                      WC_FUNCTION | WC_PREPOSITION | WC_CLAUSE_OPENER |
                          WC_OPENS_AFTER_COMMA | WC_PRONOUN | WC_PAIR);
}

/* "Emirates President Tim Clark", "Browns DL Sheldon Richardson": a body
 * that qualifies a person's title says whom the person works for; the
 * person takes part, not the body. */
static bool is_affiliation(const event_pass *p, size_t tok)
{
    const extraction *x = p->x;
    uint32_t m = x->mention_at[tok];
    if (!m || m >= x->mentions.n)
        return false;
    const mention *org = &x->mentions.v[m - 1], *next = &x->mentions.v[m];
    size_t e = entity_at_token(x, tok);
    size_t person = resolve_entity(x, next->entity);
    if (e == NO_ENTITY || x->entities.v[e].kind != AFS_ORGANIZATION)
        return false;
    const afs_text *t = x->text;
    if (person == NO_ENTITY || x->entities.v[person].kind != AFS_PERSON ||
        next->first <= org->last)
        return false;
    /* "Emirates President Tim Clark", "State Department official David
     * Holmes": a title or a noun or two between */
    if (next->title_first == org->last)
        return true;
    for (size_t k = org->last; k < next->first; k++)
        if (k >= org->last + 2 || !is_word(t, k) || !is_plain_noun(p, k))
            return false;
    return true;
}

/* How many capitalised words unmarked by the entity pass may make a
 * name the pass knows by another mention. */
#define UNMARKED_NAME_WORDS 4

static size_t entity_by_words(const extraction *x, size_t first, size_t last);

/* "Matt Bevin, who lost his reelection bid": the name a relative clause
 * hangs on is its subject. */
static size_t relative_antecedent(const event_pass *p, const afs_range *clause)
{
    const extraction *x = p->x;
    const afs_text *t = x->text;
    static const char *const relatives[] = {"who", "which", NULL};
    size_t k = clause->first;
    if (k < 2 || !afs_tok_is_one_of_ci(t, k - 1, relatives))
        return NO_ENTITY;
    k -= 2;
    if (has_class(p->cls, k, WC_COMMA) && k > 0)
        k--;
    if (x->in_quote[k] || (t->tokens[k].flags & AFS_TF_POSSESSIVE))
        return NO_ENTITY;
    if (x->mention_at[k])
        return entity_at_token(x, k);
    /* "also from Universal, which": a name the entity pass left unmarked */
    size_t name_first = k;
    while (name_first > 0 && k - name_first + 1 < UNMARKED_NAME_WORDS &&
           is_word(t, name_first - 1) && !x->mention_at[name_first - 1] &&
           (t->tokens[name_first - 1].flags & AFS_TF_CAPITAL))
        name_first--;
    return entity_by_words(x, name_first, k + 1);
}

/* "she was the director ..., and is known for founding": a verb
 * joined on without a subject shares the sentence's first one. */
static size_t shared_subject(const event_pass *p, size_t sentence_first,
                             const afs_range *clause, const event *ev)
{
    const extraction *x = p->x;
    const afs_text *t = x->text;
    static const char *const joins[] = {"and", "but", NULL};
    size_t k = clause->first;
    if (k >= ev->trigger_first || !afs_tok_is_one_of_ci(t, k, joins))
        return NO_ENTITY;
    /* "and is", "and accused": a verb comes first, no subject of its own */
    if (k + 1 < ev->trigger_first &&
        (has_class(p->cls, k + 1, WC_DETERMINER) ||
         !(has_class(p->cls, k + 1, WC_FUNCTION) || ends_in_ed(t, k + 1))))
        return NO_ENTITY;
    for (size_t j = k + 1; j < ev->trigger_first; j++)
        if (x->mention_at[j] || has_class(p->cls, j, WC_PRONOUN | WC_PAIR) ||
            (t->tokens[j].flags & AFS_TF_CAPITAL))
            return NO_ENTITY;
    for (size_t j = sentence_first; j < k; j++) {
        if (has_class(p->cls, j, WC_COMMA | WC_HARD_STOP) || x->in_quote[j])
            return NO_ENTITY;
        enum afs_gender g;
        if (x->mention_at[j]) {
            size_t e = entity_at_token(x, j);
            return e != NO_ENTITY && x->entities.v[e].kind != AFS_PLACE
                       ? e
                       : NO_ENTITY;
        }
        if (has_class(p->cls, j, WC_PRONOUN) && personal_pronoun(t, j, &g) &&
            !afs_tok_is_ci(t, j, "they") && !afs_tok_is_ci(t, j, "we"))
            return antecedent(x, j, g);
    }
    return NO_ENTITY;
}

/* Who takes part though the clause does not name them there: the name a
 * relative clause hangs on, a telling's teller, a shared subject. */
static void add_clause_subject(event_pass *p, event *ev, size_t sentence_first,
                               const afs_range *clause)
{
    extraction *x = p->x;
    bool opens_sentence = clause->first == sentence_first &&
                          has_class(p->cls, clause->first, WC_PREPOSITION);
    add_participant(x, ev, relative_antecedent(p, clause));
    add_participant(x, ev, teller_after(p, ev, clause, opens_sentence));
    add_participant(x, ev, shared_subject(p, sentence_first, clause, ev));
}

/* "a meeting at the White House", "a rally in KeyBank Center": a
 * building the clause places the happening in is where, not who. */
static bool is_venue(const event_pass *p, size_t e, size_t tok)
{
    static const char *const locatives[] = {"at", "in", "inside", "outside",
                                            NULL};
    const afs_text *t = p->x->text;
    size_t k = tok;
    if (k > 0 && afs_tok_is_ci(t, k - 1, "the"))
        k--;
    return k > 0 && afs_tok_is_one_of_ci(t, k - 1, locatives) &&
           is_building(p->x, e);
}

/* How many lower-case words may stand between two joined modifiers and
 * their plural head: "the Russian and Syrian defense ministries". */
#define JOINED_HEAD_WORDS 3

/* The entity named name (its name or an alias, in any case), or
 * NO_ENTITY. */
static size_t entity_named(const extraction *x, const char *name, size_t n)
{
    for (size_t e = 0; e < x->entities.n; e++) {
        const entity *en = &x->entities.v[e];
        if (en->merged_into != NO_ENTITY)
            continue;
        if (strlen(en->name) == n && !strncasecmp(en->name, name, n))
            return e;
        for (size_t a = 0; a < en->aliases.n; a++)
            if (strlen(en->aliases.v[a]) == n &&
                !strncasecmp(en->aliases.v[a], name, n))
                return e;
    }
    return NO_ENTITY;
}

/* "Universal" for "Universal Pictures": the capitalised words from first
 * (before last), unmarked by the entity pass, as an entity's name or
 * alias, or as the opening words of one organization's name and no
 * other's; NO_ENTITY when they are none of these. */
static size_t entity_by_words(const extraction *x, size_t first, size_t last)
{
    const afs_text *t = x->text;
    size_t end = first;
    while (end < last && end < first + UNMARKED_NAME_WORDS && is_word(t, end) &&
           !x->mention_at[end] && (t->tokens[end].flags & AFS_TF_CAPITAL))
        end++;
    if (end == first)
        return NO_ENTITY;
    const char *name = afs_tok_str(t, first);
    size_t n = t->tokens[end - 1].end - t->tokens[first].start;
    size_t found = entity_named(x, name, n);
    if (found != NO_ENTITY || n < 3)
        return found;
    for (size_t e = 0; e < x->entities.n; e++) {
        const entity *en = &x->entities.v[e];
        if (en->merged_into != NO_ENTITY || en->kind != AFS_ORGANIZATION ||
            strncasecmp(en->name, name, n) || en->name[n] != ' ')
            continue;
        if (found != NO_ENTITY)
            return NO_ENTITY;
        found = e;
    }
    return found;
}

/* The entity one modifier makes of the head "the M words heads": "the
 * Russian defense ministry" (the plural made singular) or "the Russian
 * forces". */
static size_t entity_of_one(const extraction *x, size_t modifier, size_t words,
                            size_t head)
{
    const afs_text *t = x->text;
    char name[128];
    size_t n = afs_tok_len(t, modifier);
    size_t words_len = t->tokens[head].end - t->tokens[words].start;
    if (n + words_len + 2 > sizeof name)
        return NO_ENTITY;
    memcpy(name, afs_tok_str(t, modifier), n);
    name[n++] = ' ';
    memcpy(name + n, afs_tok_str(t, words), words_len);
    n += words_len;
    size_t e = entity_named(x, name, n);
    if (e != NO_ENTITY)
        return e;
    /* "ministries" -> "ministry", "governments" -> "government" */
    if (n > 3 && name[n - 3] == 'i' && name[n - 2] == 'e') {
        name[n - 3] = 'y';
        return entity_named(x, name, n - 2);
    }
    return entity_named(x, name, n - 1);
}

/* "the Russian and Syrian defense ministries": two bodies that share
 * their head, each known by its own name elsewhere in the article, take
 * part. tok is the "and". */
static void add_joined_heads(extraction *x, event *ev, size_t tok)
{
    const afs_text *t = x->text;
    if (tok == 0 || !is_word(t, tok - 1) || !is_word(t, tok + 1) ||
        !(t->tokens[tok - 1].flags & AFS_TF_CAPITAL) ||
        !(t->tokens[tok + 1].flags & AFS_TF_CAPITAL))
        return;
    size_t head = tok + 2;
    while (head < t->token_count && head < tok + 2 + JOINED_HEAD_WORDS &&
           is_word(t, head) && !(t->tokens[head].flags & AFS_TF_CAPITAL)) {
        const char *s = afs_tok_str(t, head);
        size_t n = afs_tok_len(t, head);
        if (n > 3 && s[n - 1] == 's') {
            size_t a = entity_of_one(x, tok - 1, tok + 2, head);
            size_t b = entity_of_one(x, tok + 1, tok + 2, head);
            if (a != NO_ENTITY && b != NO_ENTITY && a != b) {
                add_participant(x, ev, a);
                add_participant(x, ev, b);
            }
            return;
        }
        head++;
    }
}

static bool is_verb_context(const event_pass *p, size_t i);

/* "the company", "the league": a body's head noun; a generic one stands
 * for the latest body named, the others for the latest whose name holds
 * the word ("the ministry": "Japan's foreign ministry"). */
static const char *const generic_body_nouns[] = {"company", "firm",    "group",
                                                 "carrier", "airline", NULL};
static const char *const named_body_nouns[] = {
    "league",    "club",  "party",      "ministry",   "government",
    "union",     "bank",  "department", "commission", "council",
    "committee", "board", "agency",     "court",      NULL};

/* The organization a sentence opens with ("Blue Origin will offer",
 * "The Pentagon said"), named as such or left unmarked, or NO_ENTITY. */
static size_t organization_opening(const extraction *x, size_t sentence)
{
    const afs_text *t = x->text;
    size_t first = t->sentences[sentence].first,
           last = t->sentences[sentence].last;
    if (first + 1 < last && afs_tok_is_ci(t, first, "the"))
        first++;
    size_t e = x->mention_at[first] ? entity_at_token(x, first)
                                    : entity_by_words(x, first, last);
    return e != NO_ENTITY && x->entities.v[e].kind == AFS_ORGANIZATION
               ? e
               : NO_ENTITY;
}

/* The latest organization before tok whose name holds word (any, for
 * NULL). */
static size_t organization_before(const extraction *x, size_t tok,
                                  const char *word, size_t n)
{
    size_t stop = tok > x->body_first + ANTECEDENT_WINDOW
                      ? tok - ANTECEDENT_WINDOW
                      : x->body_first;
    const afs_text *t = x->text;
    for (size_t m = mentions_before(x, tok); m > 0;) {
        size_t e = entity_before(x, &m, stop);
        if (e == NO_ENTITY || x->entities.v[e].kind != AFS_ORGANIZATION)
            continue;
        if (word) {
            for (const char *s = x->entities.v[e].name; *s; s++)
                if (!strncasecmp(s, word, n))
                    return e;
            continue;
        }
        /* "Blue Origin will offer NASA its lander that the company
         * unveiled": the body the sentence opens with is the one it speaks
         * of, before one named later in it */
        size_t sentence = t->tokens[tok].sentence;
        size_t opener = t->tokens[x->mentions.v[m].first].sentence == sentence
                            ? organization_opening(x, sentence)
                            : NO_ENTITY;
        return opener != NO_ENTITY ? opener : e;
    }
    return NO_ENTITY;
}

/* "The Portuguese boss had been out of work", "the company unveiled": a
 * description in the subject's place (the determiner at det, a modifier
 * or none, a title or a body's noun right before the verb) stands for the
 * person or body told of last. */
static size_t described_subject(const event_pass *p, const event *ev,
                                size_t det)
{
    const extraction *x = p->x;
    const afs_text *t = x->text;
    /* a noun trigger's clause subject does no more than speak of it:
     * "The envoy is likely to face questions about Trump's call" */
    if (!afs_tok_is_ci(t, det, "the") ||
        !(ends_in_ed(t, ev->trigger_first) ||
          is_verb_context(p, ev->trigger_first)))
        return NO_ENTITY;
    for (size_t h = det + 1; h <= det + 2 && h < ev->trigger_first; h++) {
        if (x->mention_at[h] || !is_word(t, h))
            return NO_ENTITY;
        size_t next = h + 1;
        if (t->tokens[h].flags & AFS_TF_CAPITAL ||
            (next != ev->trigger_first &&
             !(has_class(p->cls, next, WC_FUNCTION) && is_word(t, next))))
            continue;
        if (afs_tok_lower_in(t, h, AFS_LEX_TITLES))
            return antecedent(x, det, AFS_GENDER_UNKNOWN);
        if (afs_tok_is_one_of_ci(t, h, generic_body_nouns))
            return organization_before(x, det, NULL, 0);
        if (afs_tok_is_one_of_ci(t, h, named_body_nouns))
            return organization_before(x, det, afs_tok_str(t, h),
                                       afs_tok_len(t, h));
    }
    return NO_ENTITY;
}

static void fill_arguments(event_pass *p, event *ev, const afs_range *clause)
{
    extraction *x = p->x;
    const afs_text *t = x->text;
    bool names_a_place = false;
    for (size_t i = clause->first; i < clause->last; i++) {
        /* most words are neither a name nor may stand for one */
        if ((!x->mention_at[i] &&
             !has_class(p->cls, i,
                        WC_PAIR | WC_PRONOUN | WC_AND | WC_DETERMINER)) ||
            x->in_quote[i])
            continue;
        if (has_class(p->cls, i, WC_AND)) {
            add_joined_heads(x, ev, i);
            continue;
        }
        size_t e = x->mention_at[i] ? entity_at_token(x, i) : NO_ENTITY;
        enum afs_gender g;
        if (e == NO_ENTITY && has_class(p->cls, i, WC_PAIR) &&
            add_pair_before(x, ev, i))
            continue;
        if (e == NO_ENTITY && has_class(p->cls, i, WC_PRONOUN) &&
            i < ev->trigger_first && personal_pronoun(t, i, &g) &&
            !afs_tok_is_ci(t, i, "they") && !afs_tok_is_ci(t, i, "we"))
            e = antecedent(x, i, g);
        else if (e == NO_ENTITY && has_class(p->cls, i, WC_DETERMINER) &&
                 i < ev->trigger_first)
            e = described_subject(p, ev, i);
        if (e == NO_ENTITY)
            continue;
        /* a name of several tokens counts once, at its first */
        if (i > clause->first && entity_at_token(x, i - 1) == e)
            continue;
        if (x->entities.v[e].kind != AFS_PERSON)
            names_a_place = true; /* or a building: place_of looks */
        if (x->entities.v[e].kind == AFS_PLACE)
            continue; /* where, not who */
        if (t->tokens[i].flags & AFS_TF_POSSESSIVE)
            continue;
        if (!is_source_at(t, p->cls, clause->first, i, ev) &&
            !is_affiliation(p, i) && !is_venue(p, e, i))
            add_participant(x, ev, e);
    }
    ev->where = place_of(p, ev, clause, names_a_place);
}

/* How far a time stands from the trigger, in half tokens, after it
 * nearer on a tie; and how much less it tells the trigger's time:
 * "weigh in on Thursday's fight" names a thing, "since 2016" a span's start, a
 * time before a comma before the trigger another clause's ("In addition to its
 * order Wednesday, it announced ... on Monday"). */
static size_t time_distance(const afs_text *t, const time_expr *te,
                            size_t trigger)
{
    enum { ASIDE = 64 };
    size_t d = te->first >= trigger ? 2 * (te->first - trigger)
                                    : 2 * (trigger - te->last) + 3;
    for (size_t k = te->last; k < trigger; k++)
        if (afs_tok_is(t, k, ","))
            d += ASIDE;
    /* "Thursday night's fight" is the fight's own time */
    if (te->last < t->token_count && te->last + 1 != trigger &&
        (t->tokens[te->last].flags & AFS_TF_POSSESSIVE))
        d += ASIDE;
    if (afs_tok_is_ci(t, te->first, "since"))
        d += ASIDE;
    return d;
}

/* ", allowing PG&E to begin restoring", ", as the NFL decided": a
 * clause hanging on the one before its comma happens at its time, when
 * the trigger is the clause's own verb, near its start (not "..., saying
 * he should be punished for his role in the fight"). */
static const time_expr *time_hung_on(const extraction *x,
                                     const afs_range *clause, size_t trigger)
{
    const afs_text *t = x->text;
    size_t k = clause->first;
    size_t sentence_first = t->sentences[t->tokens[k].sentence].first;
    if (k <= sentence_first + 1 || trigger > k + HUNG_VERB_REACH ||
        !afs_tok_is(t, k - 1, ",") || !is_word(t, k) ||
        (t->tokens[k].flags & AFS_TF_CAPITAL) ||
        !(is_participle(t, k) || afs_tok_is_ci(t, k, "as")))
        return NULL;
    size_t reach = k > sentence_first + 6 ? k - 6 : sentence_first;
    const time_expr *found = NULL;
    for (const time_expr *te = time_in_range(x, reach, k - 1);
         te && te < x->times.v + x->times.n && te->last <= k - 1; te++)
        found = te;
    return found;
}

/* "testified about a July 10 meeting": a time between an article and
 * a noun other than the trigger is that noun's. */
static bool names_another_things_time(const afs_text *t, const time_expr *te,
                                      size_t trigger)
{
    return te->first > 0 && te->last < t->token_count &&
           (trigger < te->last || trigger >= te->last + 3) &&
           (afs_tok_is_ci(t, te->first - 1, "a") ||
            afs_tok_is_ci(t, te->first - 1, "the")) &&
           t->tokens[te->last].kind == AFS_TOK_WORD &&
           !(t->tokens[te->last].flags & AFS_TF_CAPITAL);
}

/* "Nadal earlier defeated Khachanov": a time only before another
 * happening of the text, no time of its own. */
static bool only_relative(const afs_text *t, const time_expr *te)
{
    return te->last == te->first + 1 &&
           (afs_tok_is_ci(t, te->first, "earlier") ||
            afs_tok_is_ci(t, te->first, "later"));
}

/* The time expression of the clause nearest the trigger. */
static const time_expr *time_of(const extraction *x, const afs_range *clause,
                                size_t trigger)
{
    const time_expr *best = NULL;
    size_t best_distance = SIZE_MAX;
    for (const time_expr *te = time_in_range(x, clause->first, clause->last);
         te && te < x->times.v + x->times.n && te->last <= clause->last; te++) {
        size_t d = time_distance(x->text, te, trigger);
        if (d < best_distance &&
            !names_another_things_time(x->text, te, trigger) &&
            !only_relative(x->text, te)) {
            best = te;
            best_distance = d;
        }
    }
    return best ? best : time_hung_on(x, clause, trigger);
}

/* "On Friday, ...", "Last week the ministry said ...": a time that opens
 * the sentence sets the time of every clause in it. */
static const time_expr *sentence_opening_time(const extraction *x,
                                              size_t sentence_first,
                                              size_t clause_first)
{
    const afs_text *t = x->text;
    size_t start = sentence_first;
    while (start < clause_first && !is_word(t, start) &&
           t->tokens[start].kind != AFS_TOK_NUMBER)
        start++;
    if (start >= clause_first)
        return NULL;
    const time_expr *te = time_in_range(x, start, clause_first);
    if (!te || te >= x->times.v + x->times.n || te->last > clause_first)
        return NULL;
    /* "On Friday", "Earlier this month": a preposition or two before */
    return te->first <= start + 2 ? te : NULL;
}

/* ", continuing a tradition that began in 1912", ", Bush said he was
 * pleased with the welcome he received Tuesday": the words between the
 * clause and a time after it open a clause of their own. */
static bool opens_own_clause(const afs_text *t, size_t from, size_t to)
{
    if (from + 1 < to && afs_tok_is(t, from, ",") && is_participle(t, from + 1))
        return true;
    static const char *const subjects[] = {"he", "she", "they",
                                           "we", "i",   NULL};
    for (size_t k = from; k < to; k++)
        if (afs_tok_len(t, k) <= 4 &&
            strchr("hstwiHSTWI", *afs_tok_str(t, k)) &&
            afs_tok_is_one_of_ci(t, k, subjects))
            return true;
    return false;
}

/* "..., officials said on Wednesday": a time right after the clause's
 * end, before any other clause could claim it. */
static const time_expr *time_just_after(const extraction *x,
                                        const afs_range *clause,
                                        size_t sentence_last)
{
    size_t reach = clause->last + TIME_AFTER_REACH < sentence_last
                       ? clause->last + TIME_AFTER_REACH
                       : sentence_last;
    const time_expr *te = time_in_range(x, clause->last, reach);
    if (!te || te >= x->times.v + x->times.n || te->first >= reach ||
        opens_own_clause(x->text, clause->last, te->first))
        return NULL;
    return te;
}

/* ---- summary ----------------------------------------------------------- */

/* Cutting before token k leaves whole phrases: k starts a phrase (a
 * preposition, a comma, the clause's end) and k - 1 ends one (no
 * function word, not inside a name). */
static bool is_phrase_end(const uint16_t *cls, size_t k, size_t last)
{
    if (k >= last)
        return true;
    if (has_class(cls, k - 1, WC_FUNCTION))
        return false;
    return has_class(cls, k, WC_COMMA | WC_PREPOSITION);
}

/* "in 18 Northern | and central California counties", "30 of Boeing |
 * 's jets": a cut that is_phrase_end allows but that splits a name or
 * the words before one. */
static bool splits_a_name(const event_pass *p, size_t k)
{
    const afs_text *t = p->x->text;
    if (k >= t->token_count)
        return false;
    if (t->tokens[k].flags & AFS_TF_POSSESSIVE)
        return true;
    /* "Boeing | 's jets", "the teams | ' rematch": an apostrophe the
     * tokens keep apart is still an owner's mark */
    if (t->tokens[k].kind == AFS_TOK_QUOTE && k + 1 < t->token_count &&
        ((afs_tok_is_ci(t, k + 1, "s") &&
          t->tokens[k + 1].start == t->tokens[k].end) ||
         (t->tokens[k].start == t->tokens[k - 1].end && is_word(t, k - 1) &&
          is_word(t, k + 1))))
        return true;
    bool joins = afs_tok_is_ci(t, k, "and") || afs_tok_is_ci(t, k, "or");
    bool open_word =
        t->tokens[k - 1].kind == AFS_TOK_NUMBER ||
        ((t->tokens[k - 1].flags & AFS_TF_CAPITAL) && !p->x->mention_at[k - 1]);
    return joins && open_word;
}

/* How many "and"s and "between"s a line's marks hold; a cut past them
 * scans. */
#define LINE_MARKS 8

/* The "and"s and "between"s of a line, found once: whether a cut leaves
 * a "between" waiting for its "and" is asked at many cuts of one line. */
typedef struct line_marks {
    size_t from, to; /* marked: [from, to) */
    size_t n;
    size_t at[LINE_MARKS];
    bool between[LINE_MARKS];
} line_marks;

static bool is_between_or_and(const afs_text *t, size_t j, bool *between)
{
    size_t n = afs_tok_len(t, j);
    *between = n == 7 && afs_tok_is_ci(t, j, "between");
    return *between || (n == 3 && afs_tok_is_ci(t, j, "and"));
}

static void mark_line(const event_pass *p, size_t from, size_t to,
                      line_marks *m)
{
    const afs_text *t = p->x->text;
    m->from = from;
    m->to = to;
    m->n = 0;
    for (size_t j = from; j < to; j++) {
        bool between = false;
        /* "and" and "between" are prepositions: the class test first */
        if (!has_class(p->cls, j, WC_PREPOSITION) ||
            !is_between_or_and(t, j, &between))
            continue;
        if (m->n == LINE_MARKS) {
            m->to = j;
            return;
        }
        m->at[m->n] = j;
        m->between[m->n++] = between;
    }
}

/* The nearest "and" or "between" before k is "between". */
static bool between_open(const event_pass *p, const line_marks *m, size_t k)
{
    if (k <= m->to) {
        for (size_t i = m->n; i-- > 0;)
            if (m->at[i] < k)
                return m->between[i];
        return false;
    }
    const afs_text *t = p->x->text;
    for (size_t j = k; j-- > m->from;) {
        bool between = false;
        if (has_class(p->cls, j, WC_PREPOSITION) &&
            is_between_or_and(t, j, &between))
            return between;
    }
    return false;
}

/* "would", "could", "must": a modal's verb waits for its object. By
 * length first: most words are none. */
static bool is_modal(const event_pass *p, size_t k)
{
    static const char *const modals[][5] = {{NULL},
                                            {NULL},
                                            {"do", NULL},
                                            {"can", "may", "did", NULL},
                                            {"will", "must", "does", NULL},
                                            {"would", "could", "might", NULL},
                                            {"should", NULL}};
    const afs_text *t = p->x->text;
    size_t n = afs_tok_len(t, k);
    /* the modals but "must" are closed words: the class test first */
    if (n < 2 || n >= sizeof modals / sizeof *modals ||
        (!has_class(p->cls, k, WC_FUNCTION) && n != 4))
        return false;
    return afs_tok_is_one_of_ci(t, k, modals[n]);
}

/* "a talk between Lin | and Ortiz", "until the end | of May", "they would
 * need | to pay": a cut before k that leaves a phrase waiting for the
 * word it needs. The line's marks are m's. */
static bool leaves_phrase_open(const event_pass *p, const line_marks *m,
                               size_t k)
{
    const afs_text *t = p->x->text;
    if (k >= t->token_count || k < m->from + 2)
        return false;
    bool preposition = has_class(p->cls, k, WC_PREPOSITION);
    if (preposition && afs_tok_len(t, k) == 2 && afs_tok_is_ci(t, k, "of") &&
        is_word(t, k - 1) && !has_class(p->cls, k - 1, WC_FUNCTION))
        return true;
    /* "would grow." is whole: only a word after it waits */
    if (is_word(t, k) && is_word(t, k - 1) &&
        !(t->tokens[k - 1].flags & AFS_TF_CAPITAL) && is_modal(p, k - 2))
        return true;
    /* "by suggesting", "after years of serving": a gerund waits for
     * what it does */
    if (has_class(p->cls, k - 2, WC_PREPOSITION) && is_participle(t, k - 1))
        return true;
    /* "to assault | and murder an official": verbs joined after "to"
     * share the object that follows */
    if (preposition && afs_tok_len(t, k) == 3 && afs_tok_is_ci(t, k, "and") &&
        afs_tok_is_ci(t, k - 2, "to") && is_word(t, k - 1) &&
        !(t->tokens[k - 1].flags & AFS_TF_CAPITAL) &&
        !has_class(p->cls, k - 1, WC_FUNCTION) && k + 1 < t->token_count &&
        is_word(t, k + 1) && !has_class(p->cls, k + 1, WC_FUNCTION))
        return true;
    return between_open(p, m, k);
}

/* The clause stops at k on its own (a comma, a stop, the sentence's
 * end), not where the reach of a clause ran out. */
static bool ends_by_itself(const event_pass *p, size_t k, size_t sentence_last)
{
    const afs_text *t = p->x->text;
    return k >= sentence_last || k >= t->token_count ||
           t->tokens[k].kind == AFS_TOK_PUNCT ||
           has_class(p->cls, k, WC_COMMA | WC_HARD_STOP | WC_CLAUSE_OPENER);
}

static bool counts_as_word(const afs_text *t, size_t k)
{
    return t->tokens[k].kind == AFS_TOK_WORD ||
           t->tokens[k].kind == AFS_TOK_NUMBER;
}

/* "allowing", "entered", "openly", "was", "to": a word shaped like a
 * verb or an adverb, not a name. */
static bool verb_shaped(const event_pass *p, size_t k)
{
    const afs_text *t = p->x->text;
    /* the closed words a verb may be, by length: class first */
    static const char *const auxiliaries[][8] = {
        {NULL},
        {NULL},
        {"is", "be", "to", NULL},
        {"are", "was", "has", "had", "can", "may", "did", NULL},
        {"were", "been", "have", "will", "does", NULL},
        {"being", "would", "could", "might", NULL},
        {"should", NULL}};
    static const char *const verbs[] = {"once", "said", "told", "must", NULL};
    if (!is_word(t, k) || p->x->mention_at[k] ||
        ((t->tokens[k].flags & AFS_TF_CAPITAL) &&
         !(t->tokens[k].flags & AFS_TF_SENT_START)))
        return false;
    size_t n = afs_tok_len(t, k);
    if (has_class(p->cls, k, WC_FUNCTION))
        return n < sizeof auxiliaries / sizeof *auxiliaries &&
               afs_tok_is_one_of_ci(t, k, auxiliaries[n]);
    const char *s = afs_tok_str(t, k);
    if (n <= 4)
        return n == 4 && afs_tok_is_one_of_ci(t, k, verbs);
    char a = afs_ascii_lower(s[n - 3]), b = afs_ascii_lower(s[n - 2]),
         c = afs_ascii_lower(s[n - 1]);
    return (b == 'e' && c == 'd') || (a == 'i' && b == 'n' && c == 'g') ||
           (b == 'l' && c == 'y');
}

/* ", which is planned for spring", "Allowing PG&E to begin": a clause
 * that starts at its verb, not at its subject (a trigger that opens it,
 * "Talks began", "Meeting", is taken for a noun unless it ends in -ed). */
static bool starts_at_verb(const event_pass *p, size_t from, size_t trigger)
{
    const afs_text *t = p->x->text;
    if (from >= trigger) {
        /* ", who lost": a relative pronoun's verb */
        static const char *const relatives[] = {"who", "which", NULL};
        return ends_in_ed(t, trigger) ||
               (trigger > 0 && afs_tok_is_one_of_ci(t, trigger - 1, relatives));
    }
    if (has_class(p->cls, from, WC_PREPOSITION) &&
        !has_class(p->cls, from, WC_DETERMINER))
        return afs_tok_is_ci(p->x->text, from, "by");
    /* "urging the PUC to | establish": an infinitive's verb */
    if (from > 0 && afs_tok_is_ci(t, from - 1, "to") && is_word(t, from) &&
        !(t->tokens[from].flags & AFS_TF_CAPITAL) &&
        !has_class(p->cls, from, WC_FUNCTION))
        return true;
    return verb_shaped(p, from) && !has_class(p->cls, from, WC_DETERMINER);
}

/* A word that may open the subject after "when" or a comma: a name, a
 * pronoun, a determiner, a number or a capitalised word. */
static bool opens_subject(const event_pass *p, size_t k)
{
    const afs_text *t = p->x->text;
    if (p->x->mention_at[k] || t->tokens[k].kind == AFS_TOK_NUMBER)
        return true;
    if (!is_word(t, k) || verb_shaped(p, k))
        return false;
    if (has_class(p->cls, k, WC_PREPOSITION) &&
        !has_class(p->cls, k, WC_DETERMINER))
        return false;
    return has_class(p->cls, k, WC_PRONOUN | WC_DETERMINER | WC_PAIR) ||
           afs_tok_is_ci(t, k, "a") || afs_tok_is_ci(t, k, "an") ||
           afs_tok_is_ci(t, k, "it") || (t->tokens[k].flags & AFS_TF_CAPITAL);
}

/* An "and" or "or" in [from, to): the words list more than one. */
static bool joins_before(const afs_text *t, size_t from, size_t to)
{
    for (size_t k = from; k < to; k++)
        if (afs_tok_is_ci(t, k, "and") || afs_tok_is_ci(t, k, "or"))
            return true;
    return false;
}

/* "when officers found", "as prices rose": a plural noun with no
 * article, a verb after it, opens a subject after a subordinator ("after
 * years of serving" is none). */
static bool bare_plural(const event_pass *p, size_t k)
{
    const afs_text *t = p->x->text;
    size_t n = afs_tok_len(t, k);
    const char *s = afs_tok_str(t, k);
    if (k + 1 >= t->token_count || !is_word(t, k) || n < 4 || s[n - 1] != 's' ||
        s[n - 2] == 's' || p->x->mention_at[k] ||
        (t->tokens[k].flags & AFS_TF_CAPITAL) || p->cls[k] & WC_FUNCTION ||
        verb_shaped(p, k))
        return false;
    return is_word(t, k + 1) && !p->x->mention_at[k + 1] &&
           !(t->tokens[k + 1].flags & AFS_TF_CAPITAL) &&
           !has_class(p->cls, k + 1,
                      WC_FUNCTION | WC_PREPOSITION | WC_COMMA | WC_HARD_STOP);
}

/* "strained last week when a Chinese submarine entered", "Boeing jets
 * Wednesday, it announced": the clause of the trigger starts after the
 * last subordinating word or comma before it that a subject follows. */
static size_t own_clause_start(const event_pass *p, size_t from, size_t trigger)
{
    const extraction *x = p->x;
    const afs_text *t = x->text;
    static const char *const subordinators[] = {
        "when",  "as",     "after",    "because", "while", "that",
        "where", "though", "although", "before",  "since", NULL};
    /* a subject further back makes too long a line to start at */
    size_t stop =
        trigger > from + OWN_CLAUSE_REACH ? trigger - OWN_CLAUSE_REACH : from;
    for (size_t k = trigger; k-- > stop + 1;) {
        uint16_t c = p->cls[k - 1];
        if (!(c & (WC_COMMA | WC_OPENS_AFTER_COMMA | WC_CLAUSE_OPENER |
                   WC_PREPOSITION)))
            continue;
        bool comma = (c & WC_COMMA) != 0;
        /* no subordinator has three letters, and "as" alone two */
        size_t n = afs_tok_len(t, k - 1);
        if (!comma &&
            (n < 2 || n == 3 || (n == 2 && !afs_tok_is_ci(t, k - 1, "as")) ||
             (n > 2 && !afs_tok_is_one_of_ci(t, k - 1, subordinators))))
            continue;
        /* "since March": a time, not a clause */
        const time_expr *te = time_in_range(x, k - 1, trigger);
        if (te && te < x->times.v + x->times.n && te->first == k - 1)
            continue;
        bool subject = opens_subject(p, k) || (!comma && bare_plural(p, k));
        /* "Esper, the secretary, said", "Trump, Xi and Putin met": one
         * subject with an appositive or a list */
        if (comma && (!subject || (k >= from + 2 && x->mention_at[k - 2] &&
                                   joins_before(t, k, trigger))))
            return from;
        /* "the party became embroiled ... when it posted": a pronoun
         * after a subordinator tells less than the line's own subject */
        /* ("now that his trial has ended": "his" is no subject) */
        if (subject && !comma && opens_subject(p, from) &&
            ((has_class(p->cls, k, WC_PRONOUN) &&
              !has_class(p->cls, k, WC_DETERMINER)) ||
             afs_tok_is_ci(t, k, "it")))
            return from;
        if (subject)
            return k;
    }
    return from;
}

/* "Two people briefed on the talks said | Trump has decided": the
 * clause a "said" frames, when a name opens it and a verb follows the
 * name before the trigger, is the happening; its teller is no part of
 * it. The clause's first token, or from. */
static size_t reported_clause_start(const event_pass *p, size_t from,
                                    size_t trigger)
{
    const extraction *x = p->x;
    const afs_text *t = x->text;
    for (size_t k = trigger; k-- > from + 1;) {
        /* most words are not four letters from an "s" */
        if (afs_tok_len(t, k - 1) != 4 || *afs_tok_str(t, k - 1) != 's' ||
            (!afs_tok_is(t, k - 1, "said") && !afs_tok_is(t, k - 1, "says")))
            continue;
        uint32_t m = x->mention_at[k];
        if (!m || x->mentions.v[m - 1].title_first != k)
            return from;
        size_t after = x->mentions.v[m - 1].last;
        return after < trigger && verb_shaped(p, after) ? k : from;
    }
    return from;
}

/* "Mourinho's | representatives", "Feliciano | Lopez", "the | jury": a
 * start inside a noun phrase goes back to the phrase's first word; a
 * verb ("trying") starts no noun phrase. */
static size_t phrase_start(const event_pass *p, size_t sentence_first,
                           size_t from)
{
    const extraction *x = p->x;
    const afs_text *t = x->text;
    /* "state | of the art": "of" goes on a noun phrase before it */
    if (from > sentence_first + 1 && afs_tok_is_ci(t, from, "of") &&
        is_word(t, from - 1) && !has_class(p->cls, from - 1, WC_FUNCTION) &&
        !verb_shaped(p, from - 1) &&
        (!is_reporting_verb(t, from - 1) || !opens_subject(p, from - 2) ||
         has_class(p->cls, from - 2, WC_DETERMINER)))
        from--;
    if (!is_word(t, from) || verb_shaped(p, from) ||
        has_class(p->cls, from, WC_FUNCTION))
        return from;
    bool common = !(t->tokens[from].flags & AFS_TF_CAPITAL);
    size_t k = from;
    for (size_t steps = 0; k > sentence_first && steps < 6; steps++) {
        size_t j = k - 1;
        if (!is_word(t, j) && t->tokens[j].kind != AFS_TOK_NUMBER)
            break;
        bool possessive = (t->tokens[j].flags & AFS_TF_POSSESSIVE) != 0;
        bool owner = (t->tokens[k].flags & AFS_TF_POSSESSIVE) != 0;
        bool verb = verb_shaped(p, j);
        /* "Sino-Japanese contention", not "spent Monday | trying" */
        bool capital = (t->tokens[j].flags & AFS_TF_CAPITAL) &&
                       !has_class(p->cls, j, WC_FUNCTION) && !verb &&
                       !afs_tok_in(t, j, AFS_LEX_TIME_WORDS);
        bool modifier = common && !(t->tokens[j].flags & AFS_TF_CAPITAL) &&
                        !has_class(p->cls, j, WC_FUNCTION) && !verb &&
                        !is_reporting_verb(t, j);
        if (!(capital || possessive || owner || modifier))
            break;
        k = j;
    }
    if (k > sentence_first &&
        (afs_tok_is_ci(t, k - 1, "the") || afs_tok_is_ci(t, k - 1, "a") ||
         afs_tok_is_ci(t, k - 1, "an")))
        k--;
    return k;
}

/* "A 'phase one' | trade deal", "the U.S.' | War on Terror policy": a
 * start after a short quote or an owner's mark inside its noun phrase
 * goes back to the phrase's article. */
static size_t quoted_phrase_start(const event_pass *p, size_t sentence_first,
                                  size_t from)
{
    const afs_text *t = p->x->text;
    if (from < sentence_first + 2 ||
        t->tokens[from - 1].kind != AFS_TOK_QUOTE || !is_word(t, from) ||
        t->tokens[from - 1].start == t->tokens[from].end)
        return from;
    size_t k = from - 1, open = SIZE_MAX;
    for (size_t j = k; j-- > sentence_first && j + 5 > k;)
        if (t->tokens[j].kind == AFS_TOK_QUOTE) {
            open = j;
            break;
        }
    if (open != SIZE_MAX && open + 1 < k)
        k = open;
    else if (splits_a_name(p, from - 1))
        k = phrase_start(p, sentence_first, from - 2);
    else
        return from;
    if (k > sentence_first &&
        (has_class(p->cls, k - 1, WC_DETERMINER) ||
         afs_tok_is_ci(t, k - 1, "a") || afs_tok_is_ci(t, k - 1, "an")))
        return k - 1;
    return from;
}

/* "The suspect, | Michael Webb, was convicted": a name between commas
 * before the verb is an appositive; the line starts at its head. */
static size_t appositive_start(const event_pass *p, size_t sentence_first,
                               size_t from)
{
    const extraction *x = p->x;
    uint32_t m = x->mention_at[from];
    if (!m || from < sentence_first + 2 ||
        !has_class(p->cls, from - 1, WC_COMMA))
        return from;
    size_t after = x->mentions.v[m - 1].last;
    if (after + 1 >= x->text->token_count ||
        !has_class(p->cls, after, WC_COMMA) || !verb_shaped(p, after + 1))
        return from;
    size_t k = from - 1;
    while (k > sentence_first && is_word(x->text, k - 1) &&
           !has_class(p->cls, k - 1, WC_PREPOSITION) && k + 6 > from)
        k--;
    return k < from - 1 ? k : from;
}

static bool is_object_name(const event_pass *p, size_t first);

/* "Marcel Granollers and | Feliciano Lopez completed", "Gov. Eric
 * Holcomb and | leaders of the Legislature have avoided": a start after
 * "and" and a name goes back to the name, whom the verb has too (not
 * after a preposition: "between Lin and Ortiz" is its object). */
static size_t coordinated_start(const event_pass *p, size_t sentence_first,
                                size_t from)
{
    const extraction *x = p->x;
    const afs_text *t = x->text;
    for (size_t steps = 0; steps < 3 && from >= sentence_first + 2; steps++) {
        bool joins = afs_tok_is_ci(t, from - 1, "and") ||
                     afs_tok_is_ci(t, from - 1, "or") ||
                     has_class(p->cls, from - 1, WC_COMMA);
        uint32_t m = x->mention_at[from - 2];
        if (!joins || !m || x->mentions.v[m - 1].last != from - 1)
            return from;
        size_t first = x->mentions.v[m - 1].title_first;
        /* "the headquarters of X and | the Force", "64 GW and | Seoul" */
        if (first > sentence_first &&
            (is_object_name(p, first) ||
             t->tokens[first - 1].kind == AFS_TOK_NUMBER))
            return from;
        /* "Trump, Xi and Putin": a comma joins only before an "and" */
        if (has_class(p->cls, from - 1, WC_COMMA) && steps == 0)
            return from;
        from = first;
    }
    return from;
}

/* "(could face up to 10 years in) prison | and have to pay": a line
 * that opens with a lower-case noun, "and" and a verb starts inside the
 * object of an earlier verb; it starts at the verb it joins, whose
 * subject is the sentence's. */
static size_t joined_verb_start(const event_pass *p, size_t from,
                                size_t trigger)
{
    const afs_text *t = p->x->text;
    if (from + 2 >= trigger || !is_word(t, from) || p->x->mention_at[from] ||
        (t->tokens[from].flags & AFS_TF_CAPITAL) ||
        has_class(p->cls, from, WC_FUNCTION) || verb_shaped(p, from) ||
        !afs_tok_is_ci(t, from + 1, "and") || !verb_shaped(p, from + 2) ||
        afs_tok_is_ci(t, from + 2, "to"))
        return from;
    /* "could face ten years in prison and | have to pay": the modal the
     * joined verbs share stays with them */
    for (size_t k = from, words = 0; k-- > 0 && words < SUMMARY_WORDS / 2;) {
        if (has_class(p->cls, k, WC_COMMA | WC_HARD_STOP | WC_CLAUSE_OPENER) ||
            p->x->mention_at[k])
            break;
        if (is_modal(p, k) && !ends_in_ed(t, from + 2))
            return k;
        words += counts_as_word(t, k);
    }
    return from + 2;
}

/* "Takaichi's trip, which is planned for spring", "Gov. Matt Bevin, who
 * lost": the noun phrase a relative clause hangs on is its subject. */
static bool relative_subject(const event_pass *p, size_t sentence_first,
                             size_t from, summary_span *sum)
{
    const afs_text *t = p->x->text;
    static const char *const relatives[] = {"who", "which", NULL};
    if (from < sentence_first + 3 ||
        !afs_tok_is_one_of_ci(t, from - 1, relatives) ||
        !has_class(p->cls, from - 2, WC_COMMA))
        return false;
    size_t head = from - 3;
    /* "White Noise, also from Universal, which opens": the relative
     * clause hangs on the noun before an aside that opens with "also" or
     * a preposition */
    for (size_t j = head, words = 0; j > sentence_first + 1 && words < 5; j--) {
        if (!has_class(p->cls, j, WC_COMMA)) {
            words += counts_as_word(t, j);
            continue;
        }
        if (afs_tok_is_ci(t, j + 1, "also") ||
            (has_class(p->cls, j + 1, WC_PREPOSITION) &&
             !has_class(p->cls, j + 1, WC_DETERMINER | WC_CLAUSE_OPENER)))
            head = j - 1;
        break;
    }
    if (!is_word(t, head) || has_class(p->cls, head, WC_FUNCTION) ||
        verb_shaped(p, head))
        return false;
    size_t first = phrase_start(p, sentence_first, head);
    /* "the port authority of Velmar, which" */
    for (size_t steps = 0; steps < 2 && first > sentence_first + 1 &&
                           afs_tok_is_ci(t, first - 1, "of");
         steps++)
        first = phrase_start(p, sentence_first, first - 1);
    sum->subject_first = first;
    sum->subject_last = head + 1;
    return true;
}

/* The subject of a clause that has none: the noun a relative clause
 * hangs on, the sentence's start when it is near, else the nearest name
 * before the clause in the sentence. */
static void find_subject(const event_pass *p, size_t sentence_first,
                         size_t from, summary_span *sum)
{
    const extraction *x = p->x;
    const afs_text *t = x->text;
    if (relative_subject(p, sentence_first, from, sum))
        return;
    size_t words = 0, k = from;
    while (k > sentence_first && words <= SUMMARY_WORDS / 2)
        words += counts_as_word(t, --k);
    if (k == sentence_first && words <= SUMMARY_WORDS / 2) {
        /* "At the White House, Trump said": the subject after the
         * opening phrase */
        sum->from = sentence_first;
        for (size_t j = sentence_first; j + 1 < from && j < sentence_first + 8;
             j++)
            if (has_class(p->cls, j, WC_COMMA)) {
                if (has_class(p->cls, sentence_first, WC_PREPOSITION) &&
                    opens_subject(p, j + 1))
                    sum->from = j + 1;
                break;
            }
        return;
    }
    words = 0;
    for (k = from; k-- > sentence_first;) {
        words += counts_as_word(t, k);
        /* "she was the director ..., and is most known for": a pronoun
         * subject stands for its name */
        static const char *const pronouns[] = {"he", "she", "they", "we", NULL};
        if (has_class(p->cls, k, WC_PRONOUN) &&
            afs_tok_is_one_of_ci(t, k, pronouns)) {
            sum->subject_first = k;
            sum->subject_last = k + 1;
            return;
        }
        uint32_t m = x->mention_at[k];
        size_t e = m ? entity_at_token(x, k) : NO_ENTITY;
        if (e == NO_ENTITY)
            continue;
        const mention *mm = &x->mentions.v[m - 1];
        /* "the director of the Red Cross": a preposition's object */
        size_t before = mm->title_first;
        if (before > sentence_first && afs_tok_is_ci(t, before - 1, "the"))
            before--;
        if (before > sentence_first &&
            has_class(p->cls, before - 1, WC_PREPOSITION) &&
            !has_class(p->cls, before - 1, WC_DETERMINER)) {
            k = mm->first;
            continue;
        }
        /* a place is seldom the one who acts, unless it names whose:
         * "U.S. forces" */
        size_t head = mm->last;
        if (x->entities.v[e].kind == AFS_PLACE) {
            if (head + 1 >= from || !is_word(t, head) ||
                (t->tokens[head].flags & AFS_TF_CAPITAL) ||
                has_class(p->cls, head, WC_FUNCTION) || verb_shaped(p, head))
                continue;
            head++;
        }
        /* "Rudolph should be disciplined by the league": near, the words
         * between stay */
        bool near = words <= 6;
        for (size_t j = head; near && j < from; j++)
            near = !has_class(p->cls, j, WC_COMMA | WC_HARD_STOP);
        if (near) {
            sum->from = mm->title_first;
        } else {
            sum->subject_first = mm->title_first;
            sum->subject_last = head;
        }
        return;
    }
}

static bool has_finite_verb(const event_pass *p, size_t from, size_t to);

/* "an area that was burned", not "ruled that", "announced Nov. 18
 * that": a "that" after a noun opens a relative clause. */
static bool relative_that(const event_pass *p, size_t k)
{
    const afs_text *t = p->x->text;
    if (k == 0 || !afs_tok_is_ci(t, k, "that") || !is_word(t, k - 1))
        return false;
    size_t before = k - 1;
    return !has_class(p->cls, before, WC_FUNCTION) && !verb_shaped(p, before) &&
           !is_reporting_verb(t, before) &&
           !afs_tok_in(t, before, AFS_LEX_TIME_WORDS) &&
           !(t->tokens[before].flags & AFS_TF_CAPITAL);
}

/* Where a summary cut before its clause's end stops: not after "that" or
 * "whether" (a clause begun, not told), not a short tail after a comma. */
static size_t whole_tail(const event_pass *p, size_t trigger_last, size_t end)
{
    const afs_text *t = p->x->text;
    static const char *const openers[] = {"that", "whether", "if", NULL};
    size_t words = 0;
    bool comma_after = false;
    for (size_t k = end; k-- > trigger_last;) {
        if (has_class(p->cls, k, WC_COMMA) && words <= 4)
            return k;
        /* "ruled that EU countries must identify products": a clause
         * told to its verb is whole; "an area that was burned | in a
         * wildfire" is a relative clause the cut leaves open (one on the
         * trigger tells of it: "a deal that fails to address") */
        size_t n = afs_tok_len(t, k);
        if ((n == 2 || n == 4 || n == 7) && has_class(p->cls, k, WC_FUNCTION) &&
            afs_tok_is_one_of_ci(t, k, openers) &&
            (!has_finite_verb(p, k + 1, end) ||
             (!comma_after && k > trigger_last && relative_that(p, k))))
            return k;
        comma_after = comma_after || has_class(p->cls, k, WC_COMMA);
        words += counts_as_word(t, k);
    }
    return end;
}

/* "Arlo Mendes, the chief of Ostrand Rail, signed": the name an
 * appositive ending at the name at k describes, or k. */
static size_t appositive_head(const event_pass *p, size_t from, size_t k)
{
    const extraction *x = p->x;
    uint32_t m = x->mention_at[k];
    if (!m)
        return k;
    size_t after = x->mentions.v[m - 1].last;
    if (!has_class(p->cls, after, WC_COMMA))
        return k;
    for (size_t j = k, words = 0; j-- > from && words < 6;) {
        if (has_class(p->cls, j, WC_COMMA)) {
            uint32_t head = j > from ? x->mention_at[j - 1] : 0;
            return head ? x->mentions.v[head - 1].title_first : k;
        }
        words += counts_as_word(x->text, j);
    }
    return k;
}

/* "After a long debate over the budget, the regional council of Velmar
 * | (approved ...)", "in a speech to the Academy, a government
 * university": a cut line whose last comma opens a noun phrase with no
 * verb after it (a subject cut from its verb, an appositive) ends at that
 * comma. */
static size_t verbless_tail_start(const event_pass *p, size_t trigger_last,
                                  size_t end)
{
    const afs_text *t = p->x->text;
    size_t comma = end;
    for (size_t k = end; k-- > trigger_last && comma == end;)
        if (has_class(p->cls, k, WC_COMMA))
            comma = k;
    /* "6-4, 7-6": a score goes on */
    if (comma == end || comma + 1 >= end || !is_word(t, comma + 1) ||
        !opens_subject(p, comma + 1))
        return end;
    for (size_t k = comma + 1; k < end; k++)
        if (verb_shaped(p, k) || afs_tok_is_ci(t, k, "and"))
            return end;
    return comma;
}

/* "spotted by the coast guard and was tracked", "went after Ek and
 * threw punches": the "and" that joins the trigger's verb group to what
 * comes before, or SIZE_MAX. */
static size_t joining_and(const event_pass *p, size_t from, size_t trigger)
{
    const afs_text *t = p->x->text;
    size_t k = trigger;
    while (k > from && k + 3 > trigger && is_word(t, k - 1) &&
           !p->x->mention_at[k - 1] &&
           !(t->tokens[k - 1].flags & AFS_TF_CAPITAL) &&
           !has_class(p->cls, k - 1, WC_DETERMINER | WC_PREPOSITION))
        k--;
    return k > from && afs_tok_is_ci(t, k - 1, "and") ? k - 1 : SIZE_MAX;
}

/* A verb in [from, to), not an adverb or "to"; with finite_only, no
 * "-ing" form either ("that rolling back tariffs" makes no clause). */
static bool verb_among(const event_pass *p, size_t from, size_t to,
                       bool finite_only)
{
    const afs_text *t = p->x->text;
    for (size_t k = from; k < to; k++) {
        size_t n = afs_tok_len(t, k);
        const char *s = afs_tok_str(t, k);
        bool adverb = n > 2 && s[n - 2] == 'l' && s[n - 1] == 'y';
        if (verb_shaped(p, k) && !afs_tok_is_ci(t, k, "to") && !adverb &&
            !(finite_only && ends_in_ing(t, k)))
            return true;
    }
    return false;
}

/* The words hold a clause. */
static bool has_verb_between(const event_pass *p, size_t from, size_t to)
{
    return verb_among(p, from, to, false);
}

/* A verb that makes a clause in [from, to). */
static bool has_finite_verb(const event_pass *p, size_t from, size_t to)
{
    return verb_among(p, from, to, true);
}

/* "that", "whether", "if", "when", "because", "while", "although" begin
 * a clause; "to" does before a reporting verb ("to say"). By length
 * first. */
enum clause_opening { OPENS_NOT, OPENS, OPENS_IF_REPORTING };

static enum clause_opening clause_opening(const afs_text *t, size_t k)
{
    bool opens = false;
    switch (afs_tok_len(t, k)) {
    case 2:
        if (afs_tok_is_ci(t, k, "to"))
            return OPENS_IF_REPORTING;
        opens = afs_tok_is_ci(t, k, "if");
        break;
    case 4:
        opens = afs_tok_is_ci(t, k, "that") || afs_tok_is_ci(t, k, "when");
        break;
    case 5:
        opens = afs_tok_is_ci(t, k, "while");
        break;
    case 7:
        opens =
            afs_tok_is_ci(t, k, "whether") || afs_tok_is_ci(t, k, "because");
        break;
    case 8:
        opens = afs_tok_is_ci(t, k, "although");
        break;
    default:
        break;
    }
    return opens ? OPENS : OPENS_NOT;
}

/* "told reporters that the airline", "wondering if higher purchases of
 * farm goods", "to say Sondland", "the goods imposed", "the prison,
 * dubbed": a line that ends inside a clause it has begun (a subordinator,
 * "to" and a reporting verb, a participle with no complement) with no
 * verb after ends before it. */
static size_t open_clause_start(const event_pass *p, size_t trigger_last,
                                size_t end, size_t to)
{
    const afs_text *t = p->x->text;
    /* "to say Sondland did": the function words at the end go later */
    size_t words_end = end;
    while (words_end > trigger_last + 1 &&
           has_class(p->cls, words_end - 1, WC_FUNCTION) &&
           !has_class(p->cls, words_end - 1, WC_PRONOUN))
        words_end--;
    /* a clause begun with no verb is a short tail: the last words */
    size_t stop = end > trigger_last + OPEN_TAIL_WORDS ? end - OPEN_TAIL_WORDS
                                                       : trigger_last;
    for (size_t k = end; k-- > stop;) {
        /* every opener is a closed word: most words are passed over */
        if (!has_class(p->cls, k,
                       WC_FUNCTION | WC_CLAUSE_OPENER | WC_OPENS_AFTER_COMMA))
            continue;
        enum clause_opening o = clause_opening(t, k);
        if (o == OPENS_NOT || (o == OPENS_IF_REPORTING &&
                               (k + 1 >= end || !is_reporting_verb(t, k + 1))))
            continue;
        size_t after = k + 1 + (o == OPENS_IF_REPORTING);
        return has_finite_verb(p, after, words_end) ? end : k;
    }
    /* a participle that ends the line, after a noun or a comma: its
     * phrase reads on when it ends near ("goods imposed | on Sept. 1") */
    size_t last = end - 1;
    /* "dubbed the": the function words go; "sealed it" is whole */
    static const char *const objects[] = {"it", "them", "him", "us", NULL};
    while (last > trigger_last && has_class(p->cls, last, WC_FUNCTION))
        if (afs_tok_is_one_of_ci(t, last--, objects))
            return end;
    if (last < trigger_last + 2 || !ends_in_ed(t, last) ||
        p->x->mention_at[last])
        return end;
    end = last + 1;
    size_t before = last - 1;
    bool noun =
        is_word(t, before) && !(t->tokens[before].flags & AFS_TF_CAPITAL) &&
        !has_class(p->cls, before, WC_FUNCTION) && !verb_shaped(p, before) &&
        !afs_tok_in(t, before, AFS_LEX_TIME_WORDS);
    bool comma = has_class(p->cls, before, WC_COMMA);
    if (!noun && !comma)
        return end;
    const unsigned stops = WC_COMMA | WC_HARD_STOP | WC_CLAUSE_OPENER;
    size_t k = end;
    for (size_t words = 0; k < to && !has_class(p->cls, k, stops); k++)
        if ((words += counts_as_word(t, k)) > SUMMARY_OVERRUN)
            break;
    bool phrase_ends = k == to || has_class(p->cls, k, stops);
    if (k > end && phrase_ends && !has_class(p->cls, k - 1, WC_FUNCTION))
        return k;
    return comma ? before : last;
}

/* "In remarks at the party's headquarters, Esper said": a clause that
 * is a phrase before the sentence's subject reads on into the clause
 * the subject opens (the word limit cuts it). */
static size_t main_clause_end(const event_pass *p, size_t from, size_t to,
                              const event *ev)
{
    const afs_text *t = p->x->text;
    size_t sentence_last = t->sentences[ev->sentence].last;
    if (!has_class(p->cls, from, WC_PREPOSITION) ||
        has_class(p->cls, from, WC_DETERMINER) || to + 1 >= sentence_last ||
        !has_class(p->cls, to, WC_COMMA) || !opens_subject(p, to + 1))
        return to;
    size_t end = to + 1;
    classify_span((event_pass *)p, end,
                  end + CLAUSE_REACH < sentence_last ? end + CLAUSE_REACH
                                                     : sentence_last);
    while (end < sentence_last && end < to + CLAUSE_REACH &&
           !has_class(p->cls, end, WC_HARD_STOP | WC_CLAUSE_OPENER))
        end++;
    return end;
}

/* How many words a quote may hold that a line reads through. */
#define SHORT_QUOTE_WORDS 6

/* The closing mark of a short quote that opens at k ("called it an
 * "extremely adverse development""), or SIZE_MAX. */
static size_t short_quote_close(const afs_text *t, size_t k, size_t last)
{
    if (k == 0 || t->tokens[k].kind != AFS_TOK_QUOTE ||
        t->tokens[k].start == t->tokens[k - 1].end)
        return SIZE_MAX;
    for (size_t j = k + 1, words = 0; j < last && words <= SHORT_QUOTE_WORDS;
         j++) {
        if (t->tokens[j].kind == AFS_TOK_QUOTE)
            return j > k + 1 ? j : SIZE_MAX;
        words += counts_as_word(t, j);
    }
    return SIZE_MAX;
}

/* "Disney+", "C++": a plus sign on its word is the name's. */
static bool is_name_mark(const afs_text *t, size_t k)
{
    return k > 0 && t->tokens[k].kind == AFS_TOK_PUNCT &&
           afs_tok_is(t, k, "+") && is_word(t, k - 1) &&
           t->tokens[k].start == t->tokens[k - 1].end;
}

/* A quote mark in the line's last tokens closes one the line opens. */
static bool closes_a_quote(const afs_text *t, size_t from, size_t k)
{
    if (t->tokens[k].kind != AFS_TOK_QUOTE)
        return false;
    size_t marks = 0;
    for (size_t j = from; j < k; j++)
        marks += t->tokens[j].kind == AFS_TOK_QUOTE;
    return marks % 2 == 1;
}

/* "move the teams' Week 13 rematch", "called it an "extremely adverse
 * development"": a clause that stops at an owner's mark or a short quote
 * reads on through it, to the next stop. */
static size_t quote_mark_end(event_pass *p, size_t to, size_t sentence_last,
                             size_t *quoted_last)
{
    const afs_text *t = p->x->text;
    if (to >= sentence_last || t->tokens[to].kind != AFS_TOK_QUOTE)
        return to;
    size_t reach =
        to + CLAUSE_REACH < sentence_last ? to + CLAUSE_REACH : sentence_last;
    classify_span(p, to, reach);
    size_t k = to;
    while (k < reach) {
        if (t->tokens[k].kind == AFS_TOK_QUOTE) {
            size_t close = short_quote_close(t, k, reach);
            if (close != SIZE_MAX) {
                /* "called Omar a "terrorist" | and said": the quote ends
                 * the line's reading on, unless its noun follows
                 * ("denied 'sensational' claims") */
                *quoted_last = close;
                k = close + 1;
                if (k >= reach || !is_word(t, k) || p->x->mention_at[k] ||
                    (t->tokens[k].flags & AFS_TF_CAPITAL) ||
                    has_class(p->cls, k, WC_FUNCTION | WC_OPENS_AFTER_COMMA))
                    break;
            } else if (splits_a_name(p, k))
                k++;
            else
                break;
            continue;
        }
        if (has_class(p->cls, k, WC_HARD_STOP | WC_CLAUSE_OPENER | WC_COMMA))
            break;
        k++;
    }
    return k;
}

/* The first cut in [from, to) at most SUMMARY_OVERRUN words past it
 * that leaves whole phrases, or otherwise. */
static size_t next_phrase_end(const event_pass *p, const line_marks *m,
                              size_t from, size_t to, size_t otherwise)
{
    const afs_text *t = p->x->text;
    for (size_t k = from, words = 0; k < to && words <= SUMMARY_OVERRUN; k++) {
        if (k > from && is_phrase_end(p->cls, k, to) && !splits_a_name(p, k) &&
            !leaves_phrase_open(p, m, k))
            return k;
        words += counts_as_word(t, k);
    }
    return otherwise;
}

/* "a deal that fails to address core property and | (9 words) | issues
 * is not a good deal | for": a phrase end a word or two past the limit
 * is taken over a cut that drops many more words before it. */
static size_t nearer_phrase_end(const event_pass *p, const line_marks *m,
                                size_t end, size_t limit, size_t to)
{
    const afs_text *t = p->x->text;
    size_t ahead = next_phrase_end(p, m, limit, to, SIZE_MAX);
    if (ahead == SIZE_MAX)
        return end;
    size_t dropped = 0, over = 0;
    for (size_t k = end; k < limit; k++) {
        /* "at Tor, | he would scribble": no further than the clause */
        if (has_class(p->cls, k, WC_COMMA | WC_HARD_STOP))
            return end;
        dropped += counts_as_word(t, k);
    }
    for (size_t k = limit; k < ahead; k++)
        over += counts_as_word(t, k);
    return dropped > 2 * over + SUMMARY_OVERRUN ? ahead : end;
}

/* "take on Netflix", "secured France", "with Ukraine and": a name after a
 * preposition, a conjunction or a verb is an object, no subject. */
static bool is_object_name(const event_pass *p, size_t first)
{
    const afs_text *t = p->x->text;
    if (first == 0)
        return false;
    size_t k = first - 1;
    if (k > 0 && (afs_tok_is_ci(t, k, "the") || afs_tok_is_ci(t, k, "a")))
        k--;
    if (!is_word(t, k) || (t->tokens[k].flags & AFS_TF_CAPITAL))
        return false;
    /* the prepositions that start no phrase a summary may cut before */
    static const char *const prepositions[] = {"among", "upon", "via", NULL};
    if ((has_class(p->cls, k, WC_PREPOSITION) &&
         !has_class(p->cls, k, WC_DETERMINER) && !afs_tok_is_ci(t, k, "and") &&
         !afs_tok_is_ci(t, k, "or")) ||
        (has_class(p->cls, k, WC_FUNCTION) &&
         afs_tok_is_one_of_ci(t, k, prepositions)))
        return true;
    return !p->x->mention_at[k] && !has_class(p->cls, k, WC_FUNCTION) &&
           ends_in_ed(t, k);
}

/* The start of the nearest name within eight words before the trigger
 * that is no object, or SIZE_MAX. */
static size_t nearest_subject_name(const event_pass *p, size_t from,
                                   size_t trigger)
{
    const extraction *x = p->x;
    size_t k = trigger, words = 0;
    while (k > from && words < 8) {
        words += counts_as_word(x->text, --k);
        uint32_t m = x->mention_at[k];
        if (!m || (k > from && x->mention_at[k - 1] == m))
            continue;
        if (!is_object_name(p, x->mentions.v[m - 1].title_first))
            return k;
    }
    return SIZE_MAX;
}

/* The time expression that ends right before token k, or NULL. */
static const time_expr *time_ending_at(const extraction *x, size_t k)
{
    size_t reach = k > 8 ? k - 8 : 0;
    for (const time_expr *te = time_in_range(x, reach, k);
         te && te < x->times.v + x->times.n && te->last <= k; te++)
        if (te->last == k && te->first < k)
            return te;
    return NULL;
}

/* "an opening win", "a newly revealed phone call": the article and
 * modifiers before a trigger that is a noun, or SIZE_MAX for a verb. */
static size_t noun_phrase_start(const event_pass *p, size_t from,
                                const event *ev)
{
    const afs_text *t = p->x->text;
    size_t k = ev->trigger_first;
    if (ends_in_ed(t, k) || is_reporting_verb(t, k))
        return SIZE_MAX;
    for (size_t steps = 0; k > from && steps < 5; steps++) {
        size_t j = k - 1;
        /* "the league's decision": over a common noun's possessive */
        if ((t->tokens[j].flags & AFS_TF_POSSESSIVE) && j > from + 1 &&
            is_word(t, j - 1) && !(t->tokens[j - 1].flags & AFS_TF_CAPITAL)) {
            k = j - 1;
            continue;
        }
        if (t->tokens[j].flags & AFS_TF_POSSESSIVE)
            return SIZE_MAX;
        if (has_class(p->cls, j, WC_DETERMINER) || afs_tok_is_ci(t, j, "a") ||
            afs_tok_is_ci(t, j, "an"))
            return j;
        /* "a no-bid contract": a hyphen inside a word goes on */
        if (afs_tok_is(t, j, "-") && j > from && is_word(t, j - 1)) {
            k = j;
            continue;
        }
        /* "a scheduled Dec. 15 imposition": a date is a modifier */
        const time_expr *te = time_ending_at(p->x, k);
        if (te && te->first > from) {
            k = te->first;
            continue;
        }
        if ((!is_word(t, j) && t->tokens[j].kind != AFS_TOK_NUMBER) ||
            has_class(p->cls, j, WC_FUNCTION | WC_COMMA) ||
            (t->tokens[j].flags & AFS_TF_CAPITAL))
            return SIZE_MAX;
        k = j;
    }
    return SIZE_MAX;
}

/* "unofficial direct (talks)": a few lower-case modifiers, no verb. */
static bool bare_modifiers(const event_pass *p, size_t from, size_t to)
{
    const afs_text *t = p->x->text;
    if (to > from + 4)
        return false;
    for (size_t k = from; k < to; k++)
        if (!is_word(t, k) || (t->tokens[k].flags & AFS_TF_CAPITAL) ||
            has_class(p->cls, k, WC_FUNCTION) || verb_shaped(p, k))
            return false;
    return true;
}

/* A token of the classes in [trigger_last, to): asked before the noun
 * phrase of the trigger, which costs more to find. */
static bool class_after_trigger(const event_pass *p, const event *ev, size_t to,
                                unsigned classes)
{
    for (size_t k = ev->trigger_last; k < to; k++)
        if (has_class(p->cls, k, classes))
            return true;
    return false;
}

/* "During a televised debate between Johnson and Corbyn": a line that
 * is the noun phrase of its trigger after a preposition reads without
 * the preposition. */
static size_t noun_line_start(const event_pass *p, const summary_span *sum,
                              const event *ev)
{
    const afs_text *t = p->x->text;
    size_t from = sum->from;
    if (sum->subject_first != sum->subject_last ||
        from + 1 >= ev->trigger_first ||
        !has_class(p->cls, from, WC_PREPOSITION) ||
        has_class(p->cls, from, WC_DETERMINER | WC_CLAUSE_OPENER) ||
        afs_tok_is_ci(t, from, "to") || afs_tok_is_ci(t, from, "of") ||
        afs_tok_is_ci(t, from, "and") || afs_tok_is_ci(t, from, "or") ||
        class_after_trigger(p, ev, sum->to, WC_COMMA | WC_HARD_STOP) ||
        (noun_phrase_start(p, from + 1, ev) != from + 1 &&
         !bare_modifiers(p, from + 1, ev->trigger_first)))
        return from;
    return from + 1;
}

/* "Group A", "Plan B": a capital letter after a capitalised word ends
 * a name, no article. */
static bool ends_a_name(const afs_text *t, size_t k)
{
    return k > 0 && afs_tok_len(t, k) == 1 &&
           (t->tokens[k].flags & AFS_TF_CAPITAL) &&
           !(t->tokens[k].flags & AFS_TF_SENT_START) && is_word(t, k - 1) &&
           (t->tokens[k - 1].flags & AFS_TF_CAPITAL);
}

/* "The demand has officials wondering if | higher purchases of farm
 * goods": a line whose trigger stands in a clause it has begun, with no
 * verb of that clause in the line, starts at that clause. */
static size_t verbless_clause_start(const event_pass *p,
                                    const summary_span *sum, const event *ev)
{
    const afs_text *t = p->x->text;
    if (sum->subject_first != sum->subject_last)
        return sum->from;
    for (size_t k = ev->trigger_first; k-- > sum->from + 1;) {
        if (has_class(p->cls, k, WC_COMMA | WC_HARD_STOP))
            return sum->from;
        /* "said of that on-ramp": after a preposition "that" points */
        if (!has_class(p->cls, k, WC_FUNCTION) ||
            clause_opening(t, k) != OPENS ||
            has_class(p->cls, k - 1, WC_PREPOSITION))
            continue;
        return has_finite_verb(p, k + 1, sum->to) || k + 1 >= ev->trigger_first
                   ? sum->from
                   : k + 1;
    }
    return sum->from;
}

/* "since | 2016 were released", "under | fire for failing", "6-4, | 7-5
 * in the deciding match": a start at a preposition, inside its phrase
 * or at a score in a list. */
static bool inside_a_phrase(const event_pass *p, size_t k)
{
    const afs_text *t = p->x->text;
    if (k > 0 && t->tokens[k].kind == AFS_TOK_NUMBER &&
        has_class(p->cls, k - 1, WC_COMMA))
        return true;
    for (size_t j = k; j + 2 > k && j > 0; j--)
        if (has_class(p->cls, j, WC_PREPOSITION) &&
            !has_class(p->cls, j, WC_DETERMINER) && !afs_tok_is_ci(t, j, "to"))
            return true;
    return false;
}

/* A line's start when the name nearest before the trigger, at k, is an
 * object: the trigger's own noun phrase, else a name further back that
 * is no object, else k. */
static size_t other_line_start(const event_pass *p, size_t from,
                               const event *ev, size_t k)
{
    size_t noun = noun_phrase_start(p, from, ev);
    if (noun != SIZE_MAX)
        return noun;
    size_t name = nearest_subject_name(p, from, ev->trigger_first);
    return name != SIZE_MAX ? name : k;
}

static bool is_dash(const afs_text *t, size_t k)
{
    return t->tokens[k].kind == AFS_TOK_PUNCT &&
           (afs_tok_is(t, k, "—") || afs_tok_is(t, k, "–") ||
            afs_tok_is(t, k, "--"));
}

static bool is_aside_mark(const event_pass *p, size_t k)
{
    return has_class(p->cls, k, WC_COMMA) || is_dash(p->x->text, k);
}

/* "has recently proposed", "were released": where the verb group of
 * the trigger begins. */
static size_t verb_group_start(const event_pass *p, size_t from, size_t trigger)
{
    const afs_text *t = p->x->text;
    size_t k = trigger;
    while (k > from && is_word(t, k - 1) && !p->x->mention_at[k - 1] &&
           !(t->tokens[k - 1].flags & AFS_TF_CAPITAL) &&
           (verb_shaped(p, k - 1) || afs_tok_is_ci(t, k - 1, "not") ||
            afs_tok_is_ci(t, k - 1, "also")))
        k--;
    return k;
}

/* The last word of the subject before an aside that ends at close (a
 * comma before the verb, or the verb itself): the word before the
 * aside's opening comma or dash, or before a relative "who" whose
 * clause has a verb of its own; SIZE_MAX if there is none. The aside's
 * first word goes to *aside. */
static size_t head_before_aside(const event_pass *p, size_t sentence_first,
                                size_t close, size_t verb, size_t *aside)
{
    const afs_text *t = p->x->text;
    static const char *const relatives[] = {"who", "which", NULL};
    bool comma_closed = close < verb;
    for (size_t j = close, words = 0; j-- > sentence_first + 1 && words < 14;) {
        if (has_class(p->cls, j, WC_HARD_STOP))
            return SIZE_MAX;
        /* "who" and "which" open clauses: a classified word is asked by
         * its class first */
        if ((!has_class(p->cls, j, WC_CLASSIFIED) ||
             has_class(p->cls, j, WC_CLAUSE_OPENER)) &&
            afs_tok_is_one_of_ci(t, j, relatives)) {
            *aside = j;
            if (!has_finite_verb(p, j + 1, close))
                return SIZE_MAX;
            if (!is_aside_mark(p, j - 1))
                return j - 1;
            /* "two hostages - an American and a Briton - who" */
            for (size_t i = j - 1, n = 0; i-- > sentence_first + 1 && n < 8;) {
                if (is_aside_mark(p, i))
                    return i - 1;
                n += counts_as_word(t, i);
            }
            return SIZE_MAX;
        }
        *aside = j + 1;
        if (comma_closed && is_aside_mark(p, j))
            return has_finite_verb(p, j + 1, close) ? SIZE_MAX : j - 1;
        words += counts_as_word(t, j);
    }
    return SIZE_MAX;
}

/* "Japan's ruling party", "Two hostages": the words of a subject that
 * ends at head, back to a function word or a stop ("ruling" is no verb
 * here: a subject holds none but an -ing modifier). */
static size_t subject_phrase_start(const event_pass *p, size_t sentence_first,
                                   size_t head)
{
    const afs_text *t = p->x->text;
    size_t k = head;
    for (size_t steps = 0; k > sentence_first && steps < 6; steps++) {
        size_t j = k - 1;
        /* "'s" is a determiner's word: an owner's mark goes on */
        if (t->tokens[j].flags & AFS_TF_POSSESSIVE) {
            k = j;
            continue;
        }
        if (!counts_as_word(t, j) || has_class(p->cls, j, WC_FUNCTION) ||
            is_reporting_verb(t, j) ||
            (verb_shaped(p, j) && !ends_in_ing(t, j)))
            break;
        k = j;
    }
    if (k > sentence_first && has_class(p->cls, k - 1, WC_DETERMINER))
        k--;
    return k;
}

/* "Japan's ruling party, the Liberal Democratic Party or LDP, has
 * proposed", "Two hostages - two teachers - who had been held since
 * 2016 were released": a line that would start inside an aside between
 * the subject and its verb takes the subject before the aside. */
static bool aside_subject(const event_pass *p, size_t sentence_first,
                          size_t from, const event *ev, summary_span *sum)
{
    const afs_text *t = p->x->text;
    size_t verb = verb_group_start(p, from, ev->trigger_first);
    /* "Clarke, an administrator, | said of it in a teleconference": a
     * noun trigger's line whose comma comes before a verb */
    bool noun = verb == ev->trigger_first && !verb_shaped(p, verb);
    for (size_t k = from + 1; noun && k + 1 < verb; k++)
        if (has_class(p->cls, k, WC_COMMA) && has_finite_verb(p, k + 1, k + 2))
            noun = false, verb = k + 1;
    if (verb <= from + 1)
        return false;
    size_t close = has_class(p->cls, verb - 1, WC_COMMA) ? verb - 1 : verb;
    size_t aside = 0;
    size_t head = head_before_aside(p, sentence_first, close, verb, &aside);
    /* "to say which side he would be on": no noun before "which"; a
     * line that starts before the aside has its subject */
    if (head == SIZE_MAX || aside >= from || head < sentence_first ||
        !counts_as_word(t, head) || has_class(p->cls, head, WC_FUNCTION) ||
        verb_shaped(p, head) || is_reporting_verb(t, head) ||
        (head > 0 && afs_tok_is_ci(t, head - 1, "to")))
        return false;
    /* "the Commission, which regulates finances, | issued": the aside
     * closed before the line */
    for (size_t k = aside + 1; k < from; k++)
        if (is_aside_mark(p, k))
            return false;
    sum->from = verb;
    sum->subject_first = subject_phrase_start(p, sentence_first, head);
    sum->subject_last = head + 1;
    return true;
}

/* "against Vice President Cheney for a no-bid contract", "in addition to
 * cancelling a scheduled imposition", "6-4, 7-5 in the deciding match": a
 * noun trigger's line that starts at an object or inside a phrase, with
 * no verb before the trigger and no clause after it, is its noun
 * phrase. */
static size_t object_line_start(const event_pass *p, const summary_span *sum,
                                const event *ev)
{
    const extraction *x = p->x;
    const afs_text *t = x->text;
    size_t from = sum->from;
    if (sum->subject_first != sum->subject_last ||
        class_after_trigger(p, ev, sum->to, WC_COMMA | WC_HARD_STOP))
        return from;
    size_t noun = noun_phrase_start(p, from, ev);
    if (noun == SIZE_MAX || noun <= from || has_finite_verb(p, from, noun))
        return from;
    uint32_t m = x->mention_at[from];
    bool object = m && is_object_name(p, x->mentions.v[m - 1].title_first);
    bool preposition = has_class(p->cls, from, WC_PREPOSITION) &&
                       !has_class(p->cls, from, WC_DETERMINER) &&
                       !afs_tok_is_ci(t, from, "and") &&
                       !afs_tok_is_ci(t, from, "or");
    return object || preposition || inside_a_phrase(p, from) ? noun : from;
}

/* "a scheduled imposition of tariffs on goods, | requires concessions":
 * a line that is its noun trigger's phrase ends before a comma and a
 * verb, whose subject it is not. */
static size_t noun_line_end(const event_pass *p, const summary_span *sum,
                            const event *ev, size_t end)
{
    if (sum->subject_first != sum->subject_last || end == 0 ||
        !class_after_trigger(p, ev, end - 1, WC_COMMA) ||
        noun_phrase_start(p, sum->from, ev) != sum->from)
        return end;
    const afs_text *t = p->x->text;
    /* "requires" has no verb's shape: a plain lower-case word after the
     * comma, neither a participle's phrase nor an aside's article */
    for (size_t k = ev->trigger_last; k + 1 < end; k++)
        if (has_class(p->cls, k, WC_COMMA) && is_word(t, k + 1) &&
            !p->x->mention_at[k + 1] &&
            !(t->tokens[k + 1].flags & AFS_TF_CAPITAL) &&
            !has_class(p->cls, k + 1, WC_FUNCTION | WC_OPENS_AFTER_COMMA) &&
            (!verb_shaped(p, k + 1) || has_finite_verb(p, k + 1, k + 2)) &&
            !ends_in_ed(t, k + 1))
            return k;
    return end;
}

/* How many words a name's aside before its verb may hold ("Cmdr. Sean
 * Robertson, a spokesperson for Inherent Resolve, the U.S. military
 * operation against Islamic State in Iraq and Syria, told"). */
#define NAME_ASIDE_WORDS 18

/* "A 'phase one' trade deal, | once expected to be completed ..., could
 * now be pushed": a noun phrase with no name whose aside opens with a
 * participle ("The suspect, Michael Webb, was" keeps its name); the
 * aside's comma, or SIZE_MAX. */
static size_t participle_aside(const event_pass *p, size_t from)
{
    const afs_text *t = p->x->text;
    if (!has_class(p->cls, from, WC_DETERMINER) &&
        !afs_tok_is_ci(t, from, "a") && !afs_tok_is_ci(t, from, "an"))
        return SIZE_MAX;
    size_t comma = SIZE_MAX;
    for (size_t k = from + 1; k < from + 8 && k + 1 < t->token_count; k++) {
        if (has_class(p->cls, k, WC_COMMA)) {
            comma = k;
            break;
        }
        if (p->x->mention_at[k] ||
            (is_word(t, k) && has_class(p->cls, k, WC_FUNCTION)))
            return SIZE_MAX;
    }
    if (comma == SIZE_MAX || !verb_shaped(p, comma + 1))
        return SIZE_MAX;
    for (size_t k = from + 1; k < comma; k++)
        if (verb_shaped(p, k))
            return SIZE_MAX;
    return comma;
}

/* "Prime Minister Takaichi, Japan's first female premier, had stirred",
 * "Tim Clark, meanwhile, told": a line that opens with a name and an
 * aside between commas before the verb reads without the aside, which
 * tells of the name, not of the happening. The name's end (the aside's
 * first comma) and the verb go to *name_end and *verb; the aside's
 * words are returned, 0 if there is none. */
static size_t name_aside_at(const event_pass *p, size_t from, size_t trigger,
                            size_t *name_end, size_t *verb)
{
    const extraction *x = p->x;
    const afs_text *t = x->text;
    /* the name starts the line, after its title or article at most */
    size_t k = from;
    while (k < from + 2 && k < trigger && !x->mention_at[k] && is_word(t, k))
        k++;
    uint32_t m = x->mention_at[k];
    size_t open = m ? x->mentions.v[m - 1].last : participle_aside(p, from);
    if ((m && x->mentions.v[m - 1].title_first > from + 1) ||
        open == SIZE_MAX || (m && open + 2 >= trigger) ||
        !has_class(p->cls, open, WC_COMMA))
        return 0;
    /* a noun phrase's trigger is in it, before its aside */
    size_t last = trigger;
    if (!m) {
        if (trigger > open)
            return 0;
        last = open + 2 * CLAUSE_REACH <
                       t->sentences[t->tokens[open].sentence].last
                   ? open + 2 * CLAUSE_REACH
                   : t->sentences[t->tokens[open].sentence].last;
        classify_span((event_pass *)p, open, last);
    }
    for (size_t j = open + 1, words = 0;
         j < last && words <= NAME_ASIDE_WORDS + (m ? 0 : 6); j++) {
        if (has_class(p->cls, j, WC_HARD_STOP | WC_CLAUSE_OPENER))
            return 0;
        if (!has_class(p->cls, j, WC_COMMA)) {
            words += counts_as_word(t, j);
            continue;
        }
        /* the verb group follows the aside, and the aside has none but
         * the participle that opens it */
        if (has_finite_verb(p, open + 1, j) && (m || !verb_shaped(p, open + 1)))
            return 0;
        if (!verb_shaped(p, j + 1))
            continue; /* "a spokesperson for X, the operation ..." */
        *name_end = open;
        *verb = j + 1;
        return words;
    }
    return 0;
}

/* A name's aside found at from: its end and verb, 0 verb if none. */
typedef struct name_aside {
    size_t from, name_end, verb, words;
} name_aside;

static name_aside find_name_aside(const event_pass *p, size_t from,
                                  size_t trigger)
{
    name_aside a = {.from = from};
    a.words = name_aside_at(p, from, trigger, &a.name_end, &a.verb);
    if (!a.words)
        a.verb = 0;
    return a;
}

/* The aside goes from the line (found is the aside looked for before,
 * at the line's first start). */
static size_t name_aside_dropped(event_pass *p, const event *ev,
                                 summary_span *sum, size_t to,
                                 const name_aside *found)
{
    if (sum->subject_first != sum->subject_last)
        return to;
    name_aside a = found->from == sum->from
                       ? *found
                       : find_name_aside(p, sum->from, ev->trigger_first);
    size_t name_end = a.name_end, verb = a.verb;
    if (!verb)
        return to;
    sum->subject_first = sum->from;
    sum->subject_last = name_end;
    sum->from = verb;
    /* the clause goes on after the aside, to its next stop */
    const afs_text *t = p->x->text;
    size_t last = t->sentences[ev->sentence].last;
    if (last > verb + CLAUSE_REACH)
        last = verb + CLAUSE_REACH;
    classify_span(p, verb, last);
    size_t stop = verb;
    while (stop < last &&
           !has_class(p->cls, stop, WC_COMMA | WC_HARD_STOP | WC_CLAUSE_OPENER))
        stop++;
    return stop > to ? stop : to;
}

/* A "that" or "whether" in [from, to) begins a clause the line has not
 * yet told the verb of. */
static bool clause_opening_before(const event_pass *p, size_t from, size_t to)
{
    const afs_text *t = p->x->text;
    for (size_t k = to; k-- > from;)
        if (has_class(p->cls, k, WC_FUNCTION) &&
            (afs_tok_is_ci(t, k, "that") || afs_tok_is_ci(t, k, "whether")))
            return !has_finite_verb(p, k + 1, to);
    return false;
}

/* "that rolling back tariffs, in addition to cancelling an imposition
 * of tariffs on goods, requires deeper concessions": an aside between
 * commas that opens with a preposition, after the trigger and before the
 * verb of the clause the line has begun, goes when the rest of the
 * clause fits the line without it. The line's words before the aside
 * become its head. */
static size_t inner_aside_dropped(event_pass *p, const event *ev,
                                  summary_span *sum, size_t to)
{
    const afs_text *t = p->x->text;
    if (sum->subject_first != sum->subject_last)
        return to;
    size_t open = ev->trigger_last > sum->from ? ev->trigger_last : sum->from;
    while (open < to && !has_class(p->cls, open, WC_COMMA))
        open++;
    if (open + 2 >= to || !has_class(p->cls, open + 1, WC_PREPOSITION) ||
        has_class(p->cls, open + 1,
                  WC_DETERMINER | WC_CLAUSE_OPENER | WC_OPENS_AFTER_COMMA) ||
        afs_tok_is_ci(t, open + 1, "and") || afs_tok_is_ci(t, open + 1, "or") ||
        !clause_opening_before(p, sum->from, open))
        return to;
    size_t head = 0;
    for (size_t k = sum->from; k < open; k++)
        head += counts_as_word(t, k);
    /* the aside may run past the clause's reach */
    size_t last = t->sentences[ev->sentence].last;
    if (last > open + 2 * CLAUSE_REACH)
        last = open + 2 * CLAUSE_REACH;
    classify_span(p, open, last);
    for (size_t k = open + 2; k + 1 < last; k++) {
        if (has_class(p->cls, k, WC_HARD_STOP))
            return to;
        if (!has_class(p->cls, k, WC_COMMA))
            continue;
        size_t verb = k + 1;
        /* "requires": a plain lower-case word, no name, no new clause */
        if (!is_word(t, verb) || p->x->mention_at[verb] ||
            (t->tokens[verb].flags & AFS_TF_CAPITAL) ||
            has_class(p->cls, verb, WC_FUNCTION | WC_OPENS_AFTER_COMMA))
            return to;
        size_t tail = 0, end = verb;
        while (end < last && !has_class(p->cls, end, WC_COMMA | WC_HARD_STOP))
            tail += counts_as_word(t, end++);
        if (head + tail > SUMMARY_WORDS ||
            (end < last && !has_class(p->cls, end, WC_COMMA | WC_HARD_STOP)))
            return to;
        sum->subject_first = sum->from;
        sum->subject_last = open;
        sum->from = verb;
        return end;
    }
    return to;
}

/* "the font of the dossier that fueled the fantasy that led to (the
 * trigger)": a "that", "when" or "because" in [from, to) opens a clause
 * of its own, whose subject from is not. */
static bool clause_opening_between(const event_pass *p, size_t from, size_t to)
{
    for (size_t k = from; k < to; k++)
        if (has_class(p->cls, k, WC_FUNCTION) &&
            clause_opening(p->x->text, k) == OPENS)
            return true;
    return false;
}

/* "His refusal to say which | side he would be on": a clause that
 * starts after a "which" or "whose" with no comma before it asks a
 * question inside a longer phrase; a line that would start there starts
 * at the sentence, when it is short enough to read whole. */
static size_t interrogative_start(const event_pass *p, size_t sentence_first,
                                  size_t from)
{
    const afs_text *t = p->x->text;
    if (from < sentence_first + 2 || !is_word(t, from - 2) ||
        !has_class(p->cls, from - 1, WC_CLAUSE_OPENER) ||
        (!afs_tok_is_ci(t, from - 1, "which") &&
         !afs_tok_is_ci(t, from - 1, "whose")))
        return from;
    size_t words = 0;
    for (size_t k = sentence_first; k < from; k++) {
        if (has_class(p->cls, k, WC_COMMA | WC_HARD_STOP))
            return from;
        words += counts_as_word(t, k);
    }
    return words <= SUMMARY_WORDS / 2 ? sentence_first : from;
}

/* Who did what to whom, in the clause's own words: from the clause's
 * start (or the subject nearest the trigger, in a long clause; or the
 * sentence's subject, for a clause that starts at its verb) to the last
 * phrase end within SUMMARY_WORDS words. */
/* "defeated them 6-7 | (4), 6-4, 7-5": a line that ends on a number a
 * list of numbers goes on from reads the list to its end. */
static size_t number_list_end(const afs_text *t, size_t end, size_t last)
{
    if (end == 0 || end >= last || t->tokens[end - 1].kind != AFS_TOK_NUMBER)
        return end;
    for (size_t k = end, items = 0; items < SUMMARY_OVERRUN * 2; items++) {
        bool bracketed = k + 2 < last && afs_tok_is(t, k, "(") &&
                         t->tokens[k + 1].kind == AFS_TOK_NUMBER &&
                         afs_tok_is(t, k + 2, ")");
        bool listed = k + 1 < last && afs_tok_is(t, k, ",") &&
                      t->tokens[k + 1].kind == AFS_TOK_NUMBER;
        if (bracketed)
            k += 3;
        else if (listed)
            k += 2;
        else
            return k;
        /* "6-4": a score the tokens part at its dash */
        while (k + 1 < last && afs_tok_is(t, k, "-") &&
               t->tokens[k + 1].kind == AFS_TOK_NUMBER)
            k += 2;
        end = k;
    }
    return end;
}

/* How many of a line's last tokens a telling verb may stand before the
 * words it tells ("told the Courier in 1999, "If ..."). */
#define TELLER_TAIL 6

/* Where the words a line's last telling verb tells start ("said, "We
 * oppose", "said that "lack of service", "issued a statement warning
 * that voters"), or SIZE_MAX: the line ends at a comma, a quote or a
 * "that" after a reporting verb with no comma between. */
static size_t told_words_start(const event_pass *p, const event *ev,
                               size_t from, size_t end, size_t sentence_last)
{
    const afs_text *t = p->x->text;
    /* the line may hold the comma before the quote */
    if (end > from + 1 && afs_tok_is(t, end - 1, ","))
        end--;
    size_t c = end;
    if (c < sentence_last && afs_tok_is(t, c, ","))
        c++;
    /* "the protests that began": a relative clause tells nothing */
    if (c < sentence_last && afs_tok_is_ci(t, c, "that") &&
        !relative_that(p, c))
        c++;
    else if (c >= sentence_last || t->tokens[c].kind != AFS_TOK_QUOTE)
        return SIZE_MAX;
    if (c < sentence_last && t->tokens[c].kind == AFS_TOK_QUOTE)
        c++;
    if (c >= sentence_last || c == end)
        return SIZE_MAX;
    for (size_t j = end; j-- > from && j + TELLER_TAIL >= end;) {
        if (has_class(p->cls, j, WC_COMMA | WC_HARD_STOP))
            return SIZE_MAX;
        if (is_reporting_verb(t, j) ||
            (j >= ev->trigger_first && j < ev->trigger_last &&
             verb_shaped(p, j)))
            return c;
    }
    return SIZE_MAX;
}

static bool has_comma_between(const event_pass *p, size_t from, size_t to)
{
    for (size_t k = from; k < to; k++)
        if (has_class(p->cls, k, WC_COMMA))
            return true;
    return false;
}

/* "Esper said", "Batjer said": a line that stops at a telling verb
 * before what it tells reads on into it, to its end or to the last
 * phrase end within the limit where its clause has its verb; an opening
 * phrase before the teller goes when the words need its room ("In
 * remarks at the headquarters, | Esper said, "We oppose ..."). */
static size_t told_words_end(event_pass *p, const event *ev, summary_span *sum,
                             size_t end, size_t sentence_last)
{
    const afs_text *t = p->x->text;
    size_t c = told_words_start(p, ev, sum->from, end, sentence_last);
    if (c == SIZE_MAX)
        return end;
    size_t reach =
        c + CLAUSE_REACH < sentence_last ? c + CLAUSE_REACH : sentence_last;
    classify_span(p, c, reach);
    size_t last = c;
    while (last < reach && !has_class(p->cls, last, WC_HARD_STOP))
        last++;
    size_t used = 0;
    for (size_t k = sum->subject_first; k < sum->subject_last; k++)
        used += counts_as_word(t, k);
    size_t opener_end = sum->from;
    if (sum->subject_first == sum->subject_last &&
        has_class(p->cls, sum->from, WC_PREPOSITION))
        for (size_t k = sum->from; k + 1 < end; k++)
            if (has_class(p->cls, k, WC_COMMA)) {
                /* "In a statement released May 5, the day ..., it said":
                 * the opener ends at the teller's subject */
                opener_end = opens_subject(p, k + 1) &&
                                     !has_comma_between(p, k + 1, c - 2)
                                 ? k + 1
                                 : sum->from;
                break;
            }
    size_t told = 0, before = used, opener = 0;
    for (size_t k = sum->from; k < end; k++)
        *(k < opener_end ? &opener : &before) += counts_as_word(t, k);
    for (size_t k = c; k < last; k++)
        told += counts_as_word(t, k);
    /* a quote is a speaker's sentence; a that-clause needs its verb */
    bool quoted = t->tokens[c - 1].kind == AFS_TOK_QUOTE;
    bool whole = quoted || has_finite_verb(p, c, last);
    if (whole && before + opener + told <= SUMMARY_WORDS)
        return last;
    if (whole && before + told <= SUMMARY_WORDS + SUMMARY_OVERRUN) {
        sum->from = opener_end;
        return last;
    }
    sum->from = opener_end;
    size_t limit = c;
    for (size_t words = before; limit < last; limit++)
        if ((words += counts_as_word(t, limit)) > SUMMARY_WORDS)
            break;
    line_marks marks;
    mark_line(p, c, limit, &marks);
    for (size_t k = limit; k > c + 2; k--)
        if (is_phrase_end(p->cls, k, last) && !splits_a_name(p, k) &&
            !leaves_phrase_open(p, &marks, k) &&
            (quoted || has_finite_verb(p, c, k)))
            return k;
    return end;
}

/* "7-6 (5)": the bracket a number's list closes stays. */
static bool closes_a_number(const afs_text *t, size_t k)
{
    return k >= 2 && afs_tok_is(t, k, ")") && afs_tok_is(t, k - 2, "(") &&
           t->tokens[k - 1].kind == AFS_TOK_NUMBER;
}

static summary_span make_summary(const event_pass *p, const afs_range *clause,
                                 size_t sentence_first, const event *ev)
{
    const extraction *x = p->x;
    const uint16_t *cls = p->cls;
    const afs_text *t = x->text;
    size_t from = interrogative_start(p, sentence_first, clause->first);
    size_t to = clause->last;
    static const char *const openers[] = {"and",  "but",  "so",  "then",
                                          "that", "also", "yet", NULL};
    while (from < ev->trigger_first &&
           (!is_word(t, from) || afs_tok_is_one_of_ci(t, from, openers)) &&
           t->tokens[from].kind != AFS_TOK_NUMBER)
        from++;
    for (size_t k = from, words = 0; k < ev->trigger_first; k++) {
        /* "Recently, Beijing conducted": the subject starts the line */
        if (x->mention_at[k] || words > 6)
            break;
        if (has_class(cls, k, WC_COMMA)) {
            from = k + 1;
            break;
        }
        words += counts_as_word(t, k);
    }
    size_t clause_from = from;
    from = reported_clause_start(p, from, ev->trigger_first);
    from = own_clause_start(p, from, ev->trigger_first);
    /* "Eichel went after Eriksson Ek and threw punches": a start inside
     * the object of the verb the trigger's is joined to goes back to
     * that verb's clause */
    size_t joining = joining_and(p, from, ev->trigger_first);
    if (joining != SIZE_MAX && !has_verb_between(p, from, joining))
        from = own_clause_start(p, clause_from, from);
    size_t before = 0;
    for (size_t k = from; k < ev->trigger_first; k++)
        before += counts_as_word(t, k);
    /* "Sonya A. Zoghlin, Carlineo's attorney, told The Hill in a
     * statement": the aside a line drops makes it no longer */
    name_aside aside = {.from = SIZE_MAX};
    if (before > SUMMARY_WORDS / 2) {
        aside = find_name_aside(p, from, ev->trigger_first);
        before -= aside.words;
    }
    /* "officers found and rescued her ... and arrested Webb": joined
     * verbs share the subject before the first */
    bool shared = joining != SIZE_MAX && before <= SUMMARY_WORDS - 6;
    /* a question's sentence is read from its start */
    bool asked =
        from == sentence_first && clause->first != sentence_first &&
        interrogative_start(p, sentence_first, clause->first) == sentence_first;
    if (before > SUMMARY_WORDS / 2 && !shared && !asked) {
        /* the nearest name before the trigger is its subject, unless it
         * is an object ("take on Netflix") */
        size_t k = ev->trigger_first, words = 0;
        while (k > from && words < 8 &&
               !(x->mention_at[k] && x->mention_at[k - 1] != x->mention_at[k]))
            words += counts_as_word(t, --k);
        size_t head = appositive_head(p, from, k);
        /* no name near and no subject's start, or an object's name:
         * "since 2016 were released | in a prisoner swap" */
        if (head == k &&
            (x->mention_at[k]
                 ? is_object_name(
                       p, x->mentions.v[x->mention_at[k] - 1].title_first)
                 : inside_a_phrase(p, k))) {
            head = other_line_start(p, from, ev, k);
            /* "Emails exchanged among Air Force officials": with only
             * an object's name near, the clause's own start is the
             * subject's */
            if (head == k && x->mention_at[k] && opens_subject(p, from) &&
                !clause_opening_between(p, from, ev->trigger_first))
                head = from;
        }
        from = head;
    }
    from = appositive_start(
        p, sentence_first,
        quoted_phrase_start(p, sentence_first,
                            phrase_start(p, sentence_first, from)));
    from = coordinated_start(p, sentence_first, from);
    from = joined_verb_start(p, from, ev->trigger_first);
    summary_span sum = {.from = from};
    if (from > sentence_first &&
        !aside_subject(p, sentence_first, from, ev, &sum) &&
        starts_at_verb(p, from, ev->trigger_first))
        find_subject(p, sentence_first, from, &sum);
    to = name_aside_dropped((event_pass *)p, ev, &sum, to, &aside);
    if (sum.subject_first == sum.subject_last)
        to = main_clause_end(p, from, to, ev);
    /* no cut falls between a quote's marks */
    size_t quoted_first = to, quoted_last = 0;
    to = quote_mark_end((event_pass *)p, to, t->sentences[ev->sentence].last,
                        &quoted_last);
    to = inner_aside_dropped((event_pass *)p, ev, &sum, to);
    /* the line's verb: the trigger, or after it when the trigger is in a
     * subject whose aside went */
    size_t floor =
        ev->trigger_last > sum.from ? ev->trigger_last : sum.from + 1;
    size_t limit = sum.from;
    for (size_t words = 0; limit < to; limit++) {
        words += counts_as_word(t, limit);
        if (words > SUMMARY_WORDS)
            break;
    }
    size_t end = limit;
    size_t sentence_last = t->sentences[ev->sentence].last;
    bool natural = ends_by_itself(p, to, sentence_last) ||
                   (quoted_last && to == quoted_last + 1);
    line_marks marks;
    mark_line(p, sum.from, to + 1 < t->token_count ? to + 1 : to, &marks);
    if (limit < to || !natural || leaves_phrase_open(p, &marks, to)) {
        size_t cut_to = natural ? to : to + 1;
        while (end > floor &&
               (!is_phrase_end(cls, end, cut_to) || splits_a_name(p, end) ||
                (end > quoted_first && end <= quoted_last) ||
                leaves_phrase_open(p, &marks, end)))
            end--;
        /* "said his company's award | was a sign": with no phrase end
         * after the trigger, the line reads on to the next one near */
        if (end <= floor)
            end = next_phrase_end(p, &marks, limit, cut_to, end);
        else
            end = nearer_phrase_end(p, &marks, end, limit, cut_to);
        if (end < to)
            end = whole_tail(p, floor, end);
    }
    /* a line that ends with a short quote's closing mark is whole */
    if (!quoted_last || end != quoted_last + 1) {
        end = noun_line_end(p, &sum, ev, end);
        end = verbless_tail_start(p, floor, end);
        end = open_clause_start(p, floor, end, natural ? to : to + 1);
    }
    if (end > quoted_first && end <= quoted_last)
        end = quoted_last + 1;
    end = told_words_end((event_pass *)p, ev, &sum, end, sentence_last);
    end = number_list_end(t, end, sentence_last);
    /* "sealed it": an object pronoun ends a phrase */
    static const char *const objects[] = {"it", "them", "him", "us", NULL};
    while (
        end > floor &&
        (((has_class(cls, end - 1, WC_FUNCTION) ||
           t->tokens[end - 1].kind == AFS_TOK_PUNCT) &&
          !afs_tok_is_one_of_ci(t, end - 1, objects) &&
          !ends_a_name(t, end - 1) && !closes_a_quote(t, sum.from, end - 1) &&
          !closes_a_number(t, end - 1) && !is_name_mark(t, end - 1)) ||
         leaves_phrase_open(p, &marks, end)))
        end--;
    if (end < floor)
        end = floor;
    sum.to = end;
    sum.from = verbless_clause_start(p, &sum, ev);
    sum.from = noun_line_start(p, &sum, ev);
    sum.from = object_line_start(p, &sum, ev);
    return sum;
}

/* A line starts with a capital, as the sentence it is cut from would. */
static const char *capitalised(extraction *x, const char *line)
{
    /* "iPhone" is written so */
    if (*line < 'a' || *line > 'z' || (line[1] >= 'A' && line[1] <= 'Z'))
        return line;
    char *copy = afs_arena_strndup(x->arena, line, strlen(line));
    copy[0] = (char)(copy[0] - 'a' + 'A');
    return copy;
}

static const char *summary_text(extraction *x, const summary_span *sum)
{
    const char *clause = token_span_text(x, sum->from, sum->to);
    if (sum->subject_first == sum->subject_last)
        return capitalised(x, clause);
    const char *subject = capitalised(
        x, token_span_text(x, sum->subject_first, sum->subject_last));
    size_t a = strlen(subject), b = strlen(clause);
    char *line = afs_arena_alloc(x->arena, a + b + 2);
    memcpy(line, subject, a);
    line[a] = ' ';
    memcpy(line + a + 1, clause, b + 1);
    return line;
}

/* ---- one happening, many mentions ------------------------------------- */

static bool same_class(const event *a, const char *cls, size_t cls_len)
{
    return a->cls_len == cls_len && !memcmp(a->cls, cls, cls_len);
}

/* "late March" and "spring", "last week" and "on Monday": dates or
 * ranges with a day in common (ISO dates compare as strings). */
static bool dates_overlap(const time_expr *a, const time_expr *b)
{
    const char *a_end = a->end ? a->end : a->date;
    const char *b_end = b->end ? b->end : b->date;
    return strcmp(a->date, b_end) <= 0 && strcmp(b->date, a_end) <= 0;
}

/* Two tellings agree on the time: one has none, or both the same. */
static bool times_agree(const time_expr *a, const time_expr *b)
{
    return !a || !b || a == b || !strcmp(a->text, b->text) ||
           (a->date && b->date && dates_overlap(a, b));
}

/* In one sentence only dates tell two times apart: "negotiations
 * intensified over the last few days, with talks continuing into Tuesday
 * night" tells one span and a point in it. */
static bool times_agree_in_sentence(const time_expr *a, const time_expr *b)
{
    return times_agree(a, b) || !a->date || !b->date;
}

static size_t shared_participants(const event *a, const event *b)
{
    size_t shared = 0;
    for (size_t i = 0; i < b->participants.n; i++)
        shared += has_participant(a, b->participants.v[i]);
    return shared;
}

/* "invited" and "invitation", "call" and "called": one word's forms
 * (the triggers' first words). */
static bool same_stem(const afs_text *t, const event *a, const event *b)
{
    const char *sa = afs_tok_str(t, a->trigger_first);
    const char *sb = afs_tok_str(t, b->trigger_first);
    size_t la = afs_tok_len(t, a->trigger_first);
    size_t lb = afs_tok_len(t, b->trigger_first);
    size_t n = 0;
    while (n < la && n < lb && afs_ascii_lower(sa[n]) == afs_ascii_lower(sb[n]))
        n++;
    return n >= 4 || (n == la && n == lb);
}

/* An earlier event the candidate tells again: in the same sentence, the
 * same kind; with "the" ("the call"), the latest of the kind; nearby,
 * the same word with the same people. */
static event *same_event(extraction *x, const event *candidate, bool definite)
{
    /* "the intrusion": the intrusion told before, over a later drill */
    if (definite)
        for (size_t i = x->events.n; i-- > 0;) {
            event *ev = &x->events.v[i];
            if (same_class(ev, candidate->cls, candidate->cls_len) &&
                same_stem(x->text, ev, candidate) &&
                times_agree(ev->when, candidate->when))
                return ev;
        }
    for (size_t i = x->events.n; i-- > 0;) {
        event *ev = &x->events.v[i];
        bool same_sentence = ev->last_sentence == candidate->sentence;
        if (!same_class(ev, candidate->cls, candidate->cls_len) ||
            !(same_sentence ? times_agree_in_sentence(ev->when, candidate->when)
                            : times_agree(ev->when, candidate->when)))
            continue;
        size_t shared = shared_participants(ev, candidate);
        bool compatible = shared > 0 || ev->participants.n == 0 ||
                          candidate->participants.n == 0;
        if (same_sentence && compatible)
            return ev;
        if (!times_agree(ev->when, candidate->when))
            continue;
        /* "the call": told before, whoever the clause around it names */
        if (definite)
            return ev;
        bool near =
            candidate->sentence <= ev->last_sentence + SAME_EVENT_SENTENCES;
        /* "arrested Webb" told again ten paragraphs on: the same word
         * with the very same people is the same happening */
        bool same_people = shared && shared == candidate->participants.n &&
                           shared == ev->participants.n;
        if (((near && (shared == candidate->participants.n ||
                       shared == ev->participants.n)) ||
             same_people) &&
            same_stem(x->text, ev, candidate))
            return ev;
    }
    return NULL;
}

/* The first telling names who took part: a later "these drills
 * followed X" adds nobody, "the call" nobody, "called X" its people. */
static void merge_into(extraction *x, event *into, const event *from,
                       afs_span mention, bool definite)
{
    bool same_sentence = into->last_sentence == from->sentence;
    /* "the White House has not confirmed the invitation": who speaks of
     * a thing told before took no part in it */
    if (same_sentence || ((!definite || !into->participants.n) &&
                          same_stem(x->text, into, from)))
        for (size_t i = 0; i < from->participants.n; i++)
            add_participant(x, into, from->participants.v[i]);
    if (!into->when && !same_sentence)
        into->when = from->when;
    if (into->where == NO_ENTITY)
        into->where = from->where;
    *VEC_PUSH(x->arena, into->mentions) = mention;
    into->last_sentence = from->sentence;
}

/* "were released Tuesday in a prisoner swap": a happening whose line
 * is a piece of an earlier one's in the sentence, at the same time and
 * with no one new, is that happening told with another word. A telling
 * is left to name its own occasion. */
static bool within_summary(const event *ev, const event *candidate)
{
    if (is_telling(candidate) || candidate->span.from < ev->span.from ||
        candidate->span.to > ev->span.to || ev->when != candidate->when)
        return false;
    return shared_participants(ev, candidate) == candidate->participants.n;
}

/* An event of the same sentence that reads the same: two lines saying
 * one thing are one event to a reader. */
static event *same_summary(extraction *x, const event *candidate)
{
    for (size_t i = x->events.n; i-- > 0;) {
        event *ev = &x->events.v[i];
        if (ev->last_sentence != candidate->sentence)
            return NULL;
        if (ev->span.from == candidate->span.from &&
            ev->span.to == candidate->span.to &&
            ev->span.subject_first == candidate->span.subject_first)
            return ev;
        if (within_summary(ev, candidate))
            return ev;
    }
    return NULL;
}

/* The trigger names a thing told before: "the call", "its offer". */
static bool is_definite(const uint16_t *cls, size_t first, size_t trigger)
{
    return trigger > first && has_class(cls, trigger - 1, WC_DETERMINER);
}

/* "a phone call", "in a speech": a happening not told before. */
static bool is_indefinite(const afs_text *t, const uint16_t *cls,
                          size_t trigger)
{
    static const char *const words[] = {"a", "an", "during", NULL};
    for (size_t k = trigger; k-- > 0 && k + 5 > trigger;) {
        if (afs_tok_is_one_of_ci(t, k, words))
            return true;
        /* "a March 21 phone call": a date or a number on the way */
        if (t->tokens[k].kind == AFS_TOK_NUMBER)
            continue;
        if (!has_class(cls, k, WC_WORD) || has_class(cls, k, WC_FUNCTION))
            return false;
    }
    return false;
}

/* ---- the pass ---------------------------------------------------------- */

/* The type as one of the fixed list's strings: no copy per trigger. */
static const char *type_name(extraction *x, const char *type, size_t len)
{
    static const char *const types[] = {
        "statement", "appeal",  "intent",          "meet",       "visit",
        "cooperate", "aid",     "demand",          "disapprove", "reject",
        "threaten",  "protest", "military action", "assault",    "arrest/legal",
        "vote",      "deal",    "sport",           "disaster",   "other",
        NULL};
    for (const char *const *k = types; *k; k++)
        if (**k == *type && !strncmp(*k, type, len) && !(*k)[len])
            return *k;
    return afs_arena_strndup(x->arena, type, len);
}

/* "the FBI investigated", "state prosecutors investigated": a body or
 * officer of the law among who takes part. */
static bool law_takes_part(const extraction *x, const event *ev)
{
    static const char *const words[] = {
        "Police",  "FBI",      "Bureau of Investigation",
        "Justice", "Attorney", "Prosecutor",
        "Court",   "Sheriff",  "Detective",
        NULL};
    for (size_t i = 0; i < ev->participants.n; i++) {
        const entity *e =
            &x->entities.v[resolve_entity(x, ev->participants.v[i])];
        for (const char *const *w = words; *w; w++) {
            if (strstr(e->name, *w))
                return true;
            for (size_t r = 0; r < e->roles.n; r++)
                if (strstr(e->roles.v[r], *w))
                    return true;
        }
    }
    return false;
}

/* An investigation is the law's when the law takes part ("the FBI
 * investigated the call"), a study otherwise ("ESA investigated how
 * hibernation would change a mission"). */
static const char *type_of(extraction *x, const event *ev)
{
    size_t len = (size_t)(ev->cls - 1 - ev->type);
    if (same_class(ev, "investigate", 11) && law_takes_part(x, ev))
        return type_name(x, "arrest/legal", 12);
    return type_name(x, ev->type, len);
}

/* "for an official visit", "of a proposed package": a noun in a
 * prepositional phrase of the trigger before it. */
static bool is_phrase_argument(const afs_text *t, const uint16_t *cls, size_t i)
{
    static const char *const words[] = {"for",  "of", "on", "about",
                                        "over", "to", NULL};
    for (size_t k = i; k-- > 0 && k + 4 > i;) {
        if (afs_tok_is_one_of_ci(t, k, words))
            return true;
        bool function = has_class(cls, k, WC_FUNCTION);
        if (!function && !has_class(cls, k, WC_WORD))
            return false;
        if (!function && (t->tokens[k].flags & AFS_TF_CAPITAL))
            return false;
    }
    return false;
}

/* "a hit movie", "attack submarine", "election campaign": a noun trigger
 * in front of another noun describes that thing, no happening. A verb in
 * -ed ("scored goals") takes an object there instead. */
/* "Democrats beat incumbent", "they lost defenseman", "has won", "begin
 * restoring power": before it a subject or an auxiliary, or a gerund
 * without a determiner; the trigger is a verb, the noun its object. */
static bool is_verb_context(const event_pass *p, size_t i)
{
    const extraction *x = p->x;
    const afs_text *t = x->text;
    static const char *const auxiliaries[] = {
        "has",   "have",   "had",   "is",  "are",   "was",
        "were",  "will",   "would", "can", "could", "may",
        "might", "should", "did",   "do",  "does",  NULL};
    if (i == 0)
        return false;
    size_t k = i - 1;
    if (has_class(p->cls, k, WC_DETERMINER))
        return false;
    size_t n = afs_tok_len(t, i);
    const char *s = afs_tok_str(t, i);
    if (n > 4 && !strncmp(s + n - 3, "ing", 3))
        return true;
    if (x->mention_at[k] && !(t->tokens[k].flags & AFS_TF_POSSESSIVE)) {
        size_t e = entity_at_token(x, k);
        return e != NO_ENTITY && x->entities.v[e].kind == AFS_PERSON;
    }
    return has_class(p->cls, k, WC_PRONOUN) ||
           afs_tok_is_one_of_ci(t, k, auxiliaries);
}

static bool is_noun_modifier(const event_pass *p, size_t i)
{
    const afs_text *t = p->x->text;
    size_t k = i + 1;
    if (!is_word(t, k) ||
        (t->tokens[k].flags & (AFS_TF_CAPITAL | AFS_TF_POSSESSIVE)) ||
        has_class(p->cls, k,
                  WC_FUNCTION | WC_PREPOSITION | WC_CLAUSE_OPENER |
                      WC_OPENS_AFTER_COMMA | WC_PRONOUN | WC_PAIR) ||
        t->tokens[k].start != t->tokens[i].end + 1 || ends_in_ed(t, i) ||
        ends_in_ed(t, k))
        return false;
    size_t m = afs_tok_len(t, k);
    const char *w = afs_tok_str(t, k);
    /* "drills followed", "talks reportedly": a verb or adverb after */
    if ((m > 2 && w[m - 2] == 'l' && w[m - 1] == 'y') || is_verb_context(p, i))
        return false;
    /* "the announcement last month": a time, not a thing */
    const time_expr *te = time_in_range(p->x, k, t->token_count);
    if (te && te->first == k)
        return false;
    return !is_trigger_word(t, k);
}
/* "a newly revealed call", "the released emails", "Trump's proposed
 * package": a participle between a determiner and its noun describes the
 * thing; no happening is told there. */
static bool is_attributive_participle(const event_pass *p, size_t i)
{
    const afs_text *t = p->x->text;
    static const char *const articles[] = {"a", "an", NULL};
    if (!ends_in_ed(t, i) || i == 0 || !is_word(t, i + 1) ||
        has_class(p->cls, i + 1, WC_FUNCTION | WC_PREPOSITION | WC_PRONOUN) ||
        (t->tokens[i + 1].flags & AFS_TF_CAPITAL) || ends_in_ed(t, i + 1))
        return false;
    size_t k = i - 1;
    /* "newly", "now-cancelled": an adverb on the way */
    while (k > 0 && is_word(t, k) && !(t->tokens[k].flags & AFS_TF_CAPITAL) &&
           afs_tok_len(t, k) > 3 &&
           afs_tok_str(t, k)[afs_tok_len(t, k) - 1] == 'y' &&
           afs_tok_str(t, k)[afs_tok_len(t, k) - 2] == 'l')
        k--;
    if (afs_tok_is(t, k, "that"))
        return false; /* "the firm that acquired": a relative clause */
    return afs_tok_is_one_of_ci(t, k, articles) ||
           has_class(p->cls, k, WC_DETERMINER);
}

/* How many sentences before "in a speech" what its teller said there may
 * be told. */
#define OCCASION_SENTENCES 2

/* "accused", "urged", "warned": a happening that is done by saying. */
static bool is_said(const event *ev)
{
    static const char *const types[] = {"disapprove,", "appeal,", "demand,",
                                        "threaten,",   "reject,", NULL};
    for (const char *const *k = types; *k; k++)
        if (!strncmp(ev->type, *k, strlen(*k)))
            return true;
    return false;
}

/* "Esper accused China of coercion. He urged Vietnam to push back. ...,
 * Esper said in a speech to the academy": what the teller said in the
 * last sentences was said on the occasion the telling names; the telling
 * takes those events in, the first of them becoming it. False when there
 * is none. */
static bool said_on_this_occasion(extraction *x, const event *telling,
                                  afs_span mention)
{
    size_t first = SIZE_MAX;
    for (size_t i = x->events.n; i-- > 0;) {
        const event *ev = &x->events.v[i];
        if (ev->last_sentence + OCCASION_SENTENCES < telling->sentence)
            break;
        if (is_said(ev) && ev->mentions.n == 1 && ev->participants.n &&
            x->entities.v[ev->participants.v[0]].kind == AFS_PERSON &&
            has_participant(telling, ev->participants.v[0]))
            first = i;
    }
    if (first == SIZE_MAX)
        return false;
    event *into = &x->events.v[first];
    const time_expr *when = into->when;
    size_t kept = first + 1;
    for (size_t i = first + 1; i < x->events.n; i++) {
        const event *ev = &x->events.v[i];
        bool same_teller = ev->participants.n &&
                           has_participant(telling, ev->participants.v[0]);
        if (!(is_said(ev) && ev->mentions.n == 1 && same_teller)) {
            x->events.v[kept++] = *ev;
            continue;
        }
        for (size_t k = 0; k < ev->participants.n; k++)
            add_participant(x, into, ev->participants.v[k]);
        *VEC_PUSH(x->arena, into->mentions) = ev->mentions.v[0];
    }
    x->events.n = kept;
    for (size_t k = 0; k < telling->participants.n; k++)
        add_participant(x, into, telling->participants.v[k]);
    into->trigger_first = telling->trigger_first;
    into->trigger_last = telling->trigger_last;
    into->type = telling->type;
    into->cls = telling->cls;
    into->cls_len = telling->cls_len;
    into->span = telling->span;
    into->when = telling->when ? telling->when : when;
    if (into->where == NO_ENTITY)
        into->where = telling->where;
    into->last_sentence = telling->sentence;
    *VEC_PUSH(x->arena, into->mentions) = mention;
    return true;
}

static void sentence_events(event_pass *p, size_t s, size_t first_trigger)
{
    extraction *x = p->x;
    const afs_text *t = x->text;
    const afs_range *r = &t->sentences[s];
    size_t first = r->first < p->dateline_end && r->last > p->dateline_end
                       ? p->dateline_end
                       : r->first;
    size_t previous_last = SIZE_MAX, previous_clause_end = 0;
    /* a second trigger in a new event's clause tells the same happening
     * ("accused ... of using coercion"); "during a phone call" another */
    bool previous_new = false;
    for (size_t i = first_trigger > first ? first_trigger : first; i < r->last;
         i++) {
        size_t n = 0;
        if (!is_trigger_word(t, i) || !is_word(t, i) ||
            !is_trigger_candidate(x, i))
            continue;
        const char *value = trigger_at(t, i, &n);
        if (!value)
            continue;
        /* "to win", "to investigate": wished for or planned, not told as
         * happened ("pledged to gift" is told by its first word) */
        if (i > first && afs_tok_is(t, i - 1, "to")) {
            i += n - 1;
            continue;
        }
        /* every look at a class stays within the clause's reach */
        classify_span(
            p, i > r->first + CLAUSE_REACH ? i - CLAUSE_REACH : r->first,
            i + n + CLAUSE_REACH < r->last ? i + n + CLAUSE_REACH : r->last);
        if (n == 1 &&
            (is_noun_modifier(p, i) || is_attributive_participle(p, i)))
            continue;
        /* "an invitation ... for an official visit": what was offered */
        if (previous_last != SIZE_MAX && i < previous_clause_end &&
            ((previous_new && !is_indefinite(t, p->cls, i)) ||
             (i < previous_last + 12 && is_phrase_argument(t, p->cls, i)))) {
            i += n - 1;
            continue;
        }
        const char *comma = strchr(value, ',');
        if (!comma)
            continue;
        event ev = {.trigger_first = i,
                    .trigger_last = i + n,
                    .type = value, /* up to the comma: the type's name is made
                                    * for the events kept */
                    .cls = comma + 1,
                    .cls_len = strlen(comma + 1),
                    .where = NO_ENTITY,
                    .sentence = s,
                    .last_sentence = s};
        afs_span mention = {t->tokens[i].start, t->tokens[i + n - 1].end};
        afs_range clause = clause_of(p, r, first, i, i + n);
        previous_last = i + n;
        previous_clause_end = clause.last;
        fill_arguments(p, &ev, &clause);
        add_clause_subject(p, &ev, first, &clause);
        ev.when = time_of(x, &clause, i);
        if (!ev.when)
            ev.when = sentence_opening_time(x, first, clause.first);
        if (!ev.when)
            ev.when = time_just_after(x, &clause, r->last);
        bool definite = is_definite(p->cls, first, i);
        event *old = same_event(x, &ev, definite);
        previous_new = !old;
        if (old) {
            merge_into(x, old, &ev, mention, definite);
        } else if (definite && !ev.when && !ends_in_ed(t, i)) {
            /* "the decision would not change", "the planned blackout":
             * a thing known, told before the article or not at all */
        } else {
            ev.span = make_summary(p, &clause, first, &ev);
            event *told = same_summary(x, &ev);
            if (told) {
                *VEC_PUSH(x->arena, told->mentions) = mention;
            } else if (is_telling(&ev) && is_indefinite(t, p->cls, i) &&
                       said_on_this_occasion(x, &ev, mention)) {
                /* the accusation was made in the speech */
            } else {
                *VEC_PUSH(x->arena, ev.mentions) = mention;
                *VEC_PUSH(x->arena, x->events) = ev;
            }
        }
        i += n - 1;
    }
}

/* What makes a happening one of the article's main ones: who took part
 * (a crowd counts as three), how often it is told (a story comes back to
 * its main happenings), and where and when. */
static int event_weight(const extraction *x, const bool *in_headline,
                        const event *ev)
{
    int participants = ev->participants.n > 3 ? 3 : (int)ev->participants.n;
    int told = ev->mentions.n > 3 ? 3 : (int)ev->mentions.n;
    int headline = 0;
    for (size_t i = 0; i < ev->participants.n; i++)
        headline |= in_headline[resolve_entity(x, ev->participants.v[i])];
    return participants * 2 + told * 2 + (ev->when ? 1 : 0) +
           (ev->where != NO_ENTITY ? 2 : 0) + HEADLINE_WEIGHT * headline;
}

/* Entities the headline names: the story is theirs. */
static bool *named_in_headline(extraction *x)
{
    bool *named = afs_arena_array(x->arena, x->entities.n + 1, sizeof *named);
    for (size_t i = 0; i < x->mentions.n; i++)
        if (x->mentions.v[i].heading && x->mentions.v[i].entity != NO_ENTITY)
            named[resolve_entity(x, x->mentions.v[i].entity)] = true;
    return named;
}

/* Keeps the MAX_EVENTS weightiest, earlier first on ties, in text order. */
static void keep_main_events(extraction *x)
{
    /* a happening with nobody in it and no time is rarely one the
     * article is about: "the demand", "a hit movie"; unless the story
     * comes back to it and tells where ("pledged to gift trees to the
     * United States ... the gift"). Where the story has happenings enough
     * with people in them, a time alone does not make one either: "is
     * tentatively planned for spring" */
    size_t peopled = 0;
    for (size_t i = 0; i < x->events.n; i++)
        peopled += x->events.v[i].participants.n > 0;
    bool time_alone = peopled < PEOPLED_ENOUGH;
    size_t kept_n = 0;
    for (size_t i = 0; i < x->events.n; i++) {
        const event *ev = &x->events.v[i];
        bool told_again_or_placed =
            ev->mentions.n > 1 || ev->where != NO_ENTITY;
        if (ev->participants.n ||
            (ev->when && (time_alone || told_again_or_placed)) ||
            (ev->mentions.n > 1 && ev->where != NO_ENTITY))
            x->events.v[kept_n++] = *ev;
    }
    x->events.n = kept_n;
    if (x->events.n <= MAX_EVENTS)
        return;
    /* the lightest of the kept leaves for a heavier one (the later on
     * ties): a few steps per event, no sort */
    size_t order[MAX_EVENTS];
    int weight[MAX_EVENTS];
    const bool *in_headline = named_in_headline(x);
    for (size_t i = 0; i < x->events.n; i++) {
        int w = event_weight(x, in_headline, &x->events.v[i]);
        if (i < MAX_EVENTS) {
            order[i] = i;
            weight[i] = w;
            continue;
        }
        size_t lightest = 0;
        for (size_t k = 1; k < MAX_EVENTS; k++)
            if (weight[k] < weight[lightest] ||
                (weight[k] == weight[lightest] && order[k] > order[lightest]))
                lightest = k;
        if (w <= weight[lightest])
            continue;
        /* keep text order: the heavier one takes the end */
        for (size_t k = lightest; k + 1 < MAX_EVENTS; k++) {
            order[k] = order[k + 1];
            weight[k] = weight[k + 1];
        }
        order[MAX_EVENTS - 1] = i;
        weight[MAX_EVENTS - 1] = w;
    }
    event *kept = afs_arena_array(x->arena, MAX_EVENTS, sizeof *kept);
    for (size_t i = 0; i < MAX_EVENTS; i++)
        kept[i] = x->events.v[order[i]];
    x->events.v = kept;
    x->events.n = MAX_EVENTS;
    x->events.cap = MAX_EVENTS;
}

/* "HANOI, Vietnam (AP) —": a capitalised place, then a dash, at the
 * start of the body. */
static void find_dateline(event_pass *p)
{
    extraction *x = p->x;
    const afs_text *t = x->text;
    size_t first = x->body_first;
    if (first >= t->token_count || !(t->tokens[first].flags & AFS_TF_ALL_CAPS))
        return;
    for (size_t k = first + 1; k < t->token_count && k < first + 12; k++) {
        if (t->tokens[k].paragraph != t->tokens[first].paragraph)
            return;
        if (afs_tok_is(t, k, "—") || afs_tok_is(t, k, "–") ||
            (afs_tok_is(t, k, "-") && afs_tok_is(t, k - 1, ")"))) {
            p->dateline_end = k + 1;
            size_t e = entity_at_token(x, first);
            if (e != NO_ENTITY && x->entities.v[e].kind == AFS_PLACE)
                p->dateline_place = e;
            return;
        }
    }
}

void find_events(extraction *x)
{
    const afs_text *t = x->text;
    event_pass p = {
        .x = x, .dateline_place = NO_ENTITY, .classified_first = SIZE_MAX};
    if (x->body_first < t->token_count)
        p.first_paragraph = t->tokens[x->body_first].paragraph;
    if (!t->token_count)
        return;
    p.cls = afs_arena_array(x->arena, t->token_count, sizeof *p.cls);
    closed_index closed;
    index_closed_words(&closed);
    p.closed = &closed;
    find_dateline(&p);
    for (size_t s = 0; s < t->sentence_count; s++) {
        const afs_range *r = &t->sentences[s];
        if (r->first < x->body_first ||
            x->heading_paragraph[t->tokens[r->first].paragraph])
            continue;
        size_t trigger = first_trigger_word(t, r);
        if (trigger == r->last)
            continue;
        sentence_events(&p, s, trigger);
    }
    keep_main_events(x);
    for (size_t i = 0; i < x->events.n; i++) {
        event *ev = &x->events.v[i];
        ev->trigger = token_span_text(x, ev->trigger_first, ev->trigger_last);
        ev->type = type_of(x, ev);
        ev->summary = summary_text(x, &ev->span);
    }
}
