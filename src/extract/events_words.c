/* Events: the closed words a clause is cut by, and the triggers of the
 * event lexicon. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <threads.h>

#include "articlefs/lexicon.h"
#include "events_internal.h"
#include "words.h"

/* ---- words ------------------------------------------------------------- */

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
#define LOWER_BITS 0x2020202020202020u

/* Ninth byte and length, the part of a key past its first eight bytes:
 * never 0. */
static uint16_t closed_rest(const char *s, size_t n)
{
    return (uint16_t)(n | (n > 8 ? ((unsigned char)s[8] | 0x20) << 8 : 0));
}

static size_t closed_slot_of(uint64_t key, uint16_t rest)
{
    return (size_t)(((key ^ rest) * 0x9E3779B97F4A7C15u) >>
                    (64 - CLOSED_SLOT_BITS));
}

static closed_index shared_closed_index;

static void index_closed_words(void)
{
    closed_index *ix = &shared_closed_index;
    for (size_t n = 1; n <= CLOSED_WORD_MAX; n++)
        ix->key_mask[n] = ~(uint64_t)0 >> (64 - 8 * (n < 8 ? n : 8));
    for (size_t i = 0; i < CLOSED_WORD_COUNT; i++) {
        const char *word = closed_words[i].word;
        size_t n = strlen(word);
        ix->initials[n] |= 1u << (word[0] - 'a');
        if (n <= 2) {
            ix->short_words[word[0] - 'a'][n == 2 ? word[1] - 'a' + 1 : 0] =
                (uint16_t)closed_words[i].classes;
            continue;
        }
        uint64_t key;
        memcpy(&key, word, sizeof key);
        uint16_t rest = closed_rest(word, n);
        closed_slot *slot = &ix->slots[closed_slot_of(key, rest)];
        while (slot->rest)
            slot++;
        *slot = (closed_slot){key, rest, (uint16_t)closed_words[i].classes};
    }
}

/* The table never changes: indexed once per process, whichever
 * article's thread asks first, not once per article. */
const closed_index *closed_words_index(void)
{
    static once_flag indexed = ONCE_FLAG_INIT;
    call_once(&indexed, index_closed_words);
    return &shared_closed_index;
}

/* The key is the first eight bytes with letters in lower case (| 0x20
 * makes no letter of a byte that is no upper-case letter), cut to the
 * word by its length's mask: asked of most words of a clause, so
 * without a branch. */
static unsigned closed_word_classes(const closed_index *ix, const afs_text *t,
                                    const afs_token *tok)
{
    size_t n = tok->end - tok->start;
    const char *s = t->clean + tok->start;
    unsigned initial = ((unsigned char)s[0] | 0x20u) - 'a';
    if (n > CLOSED_WORD_MAX || initial >= 26 ||
        !(ix->initials[n] >> initial & 1))
        return 0;
    if (n == 1)
        return ix->short_words[initial][0];
    if (n == 2) {
        unsigned second = ((unsigned char)s[1] | 0x20u) - 'a';
        return second < 26 ? ix->short_words[initial][second + 1] : 0;
    }
    char tail[16];
    if (tok->start + 16 > t->len) {
        memset(tail, 0, sizeof tail);
        memcpy(tail, s, n);
        s = tail;
    }
    uint64_t key;
    memcpy(&key, s, sizeof key);
    key = (key | LOWER_BITS) & ix->key_mask[n];
    uint16_t rest = closed_rest(s, n);
    for (const closed_slot *slot = &ix->slots[closed_slot_of(key, rest)];
         slot->rest; slot++)
        if (slot->key == key && slot->rest == rest)
            return slot->classes;
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
    unsigned c = WC_WORD | closed_word_classes(ix, t, &t->tokens[i]);
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

/* Classes of a sentence's tokens and of the one past its end, once:
 * whichever trigger, clause or summary of the sentence looks first, it
 * finds them all (a token classified already is kept). */
void classify_sentence(const event_pass *p, const afs_range *r)
{
    const afs_text *t = p->x->text;
    size_t last = r->last < t->token_count ? r->last : t->token_count - 1;
    for (size_t k = r->first; k <= last; k++)
        if (!p->cls[k])
            p->cls[k] = WC_CLASSIFIED | (is_plural_possessive(p->x, k)
                                             ? WC_FUNCTION | WC_DETERMINER
                                             : classify_word(p->closed, t, k));
}

/* Token i's classes, its sentence classified first if none of its
 * triggers asked (see has_class_across). */
uint16_t classify_token_sentence(const event_pass *p, size_t i)
{
    const afs_text *t = p->x->text;
    classify_sentence(p, &t->sentences[t->tokens[i].sentence]);
    return p->cls[i];
}

/* ---- triggers ---------------------------------------------------------- */

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

/* Longest trigger at token i (up to four words): its "type,class" or
 * NULL. */
const char *trigger_at(const afs_text *t, size_t i, size_t *n)
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
size_t first_trigger_word(const afs_text *t, const afs_range *r)
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
bool is_trigger_candidate(const extraction *x, size_t i)
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
