/* Names no rule placed: what says a person, a place or a work, and for
 * the rest the weighed evidence of a body (data/org_evidence.tsv). */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "articlefs/fold.h"
#include "articlefs/lexicon.h"
#include "articlefs/strmap.h"
#include "entities_internal.h"
#include "internal.h"
#include "words.h"

static bool any_digit(const afs_text *t, size_t first, size_t last)
{
    for (size_t k = t->tokens[first].start; k < t->tokens[last - 1].end; k++)
        if (t->clean[k] >= '0' && t->clean[k] <= '9')
            return true;
    return false;
}

/* Of each of a text's first WHOLE_TEXT_SCAN tokens, a lower-case word's
 * length and initial as word_key gives them, 0 for another token: asking
 * whether a name is ever in lower case reads these two bytes a token, not
 * the token. Built on a text's first question. */
typedef struct lower_words {
    uint16_t *keys; /* NULL until built */
    size_t count;
} lower_words;

/* 0 for a word too long to key (then the tokens are read) */
static uint16_t word_key(const char *w, size_t n)
{
    return n > 0 && n <= 255
               ? (uint16_t)(n << 8 | (unsigned char)afs_ascii_lower(w[0]))
               : 0;
}

static bool is_lower_word_token(const afs_text *t, size_t k)
{
    return t->tokens[k].kind == AFS_TOK_WORD &&
           !(t->tokens[k].flags & AFS_TF_CAPITAL);
}

static void build_lower_words(afs_arena *arena, const afs_text *t,
                              lower_words *lw)
{
    lw->count =
        t->token_count < WHOLE_TEXT_SCAN ? t->token_count : WHOLE_TEXT_SCAN;
    lw->keys = afs_arena_array_raw(arena, lw->count + 1, sizeof *lw->keys);
    for (size_t k = 0; k < lw->count; k++)
        lw->keys[k] = is_lower_word_token(t, k)
                          ? word_key(afs_tok_str(t, k), afs_tok_len(t, k))
                          : 0;
}

/* Token k is the word w of n bytes in lower case. */
static bool is_lower_case_of(const afs_text *t, size_t k, const char *w,
                             size_t n)
{
    /* the length first: it turns away most tokens */
    return afs_tok_len(t, k) == n && is_lower_word_token(t, k) &&
           afs_ascii_lower(afs_tok_str(t, k)[0]) == afs_ascii_lower(w[0]) &&
           strncasecmp(afs_tok_str(t, k), w, n) == 0;
}

/* also_lower_case by the keys: only a token of w's key is read. */
static bool keyed_lower_case(const afs_text *t, const lower_words *lw,
                             uint16_t key, const char *w, size_t n)
{
    /* four keys to a 64-bit word: a word with no lane equal to key is
     * passed at once (a false alarm only costs the exact look) */
    const uint64_t lanes = 0x0001000100010001ULL;
    const uint64_t pattern = key * lanes;
    size_t k = 0;
    for (; k + 4 <= lw->count; k += 4) {
        uint64_t v;
        memcpy(&v, lw->keys + k, sizeof v);
        v ^= pattern;
        if (!((v - lanes) & ~v & (lanes << 15)))
            continue;
        for (size_t j = k; j < k + 4; j++)
            if (lw->keys[j] == key && is_lower_case_of(t, j, w, n))
                return true;
    }
    for (; k < lw->count; k++)
        if (lw->keys[k] == key && is_lower_case_of(t, k, w, n))
            return true;
    return false;
}

/* True when the word of token i stands in lower case somewhere among the
 * text's first WHOLE_TEXT_SCAN tokens. */
static bool also_lower_case(const extraction *x, size_t i)
{
    const afs_text *t = x->text;
    const char *w = afs_tok_str(t, i);
    size_t n = afs_tok_len(t, i);
    lower_words *lw = x->lower_words;
    uint16_t key = word_key(w, n);
    if (!lw || !key) {
        for (size_t k = 0; k < t->token_count && k < WHOLE_TEXT_SCAN; k++)
            if (is_lower_case_of(t, k, w, n))
                return true;
        return false;
    }
    if (!lw->keys)
        build_lower_words(x->arena, t, lw);
    return keyed_lower_case(t, lw, key, w, n);
}

/* "its Twitter account", "posted on Twitter Tuesday": a platform's
 * account or feed, or a post on it. */
static bool is_platform_use(const afs_text *t, const mention *m)
{
    static const char *const nouns[] = {"account", "accounts", "feed",
                                        "post",    "posts",    "handle",
                                        "profile", NULL};
    size_t next = m->last;
    if (next < t->token_count && afs_tok_is_one_of(t, next, nouns))
        return true;
    return AFS_TOK_IS(t, m->first - 1, "on") && m->first > 1 &&
           (AFS_TOK_IS(t, m->first - 2, "posted") ||
            AFS_TOK_IS(t, m->first - 2, "wrote") ||
            AFS_TOK_IS(t, m->first - 2, "said") ||
            AFS_TOK_IS(t, m->first - 2, "tweeted"));
}

static bool owns_a_name(const afs_text *t, const mention *m)
{
    size_t k = m->last;
    return k + 1 < t->token_count && (t->tokens[k].flags & AFS_TF_POSSESSIVE) &&
           t->tokens[k + 1].kind == AFS_TOK_WORD &&
           (t->tokens[k + 1].flags & AFS_TF_CAPITAL);
}

/* "Trump's popularity ... render him": a "he" or a "she" soon after a
 * name, before any "it", speaks of a person. */
bool person_pronoun_follows(const afs_text *t, size_t i)
{
    for (size_t k = i + 1; k < t->token_count && k < i + 30; k++) {
        enum afs_gender g = AFS_GENDER_UNKNOWN;
        if (AFS_TOK_IS(t, k, "it") || AFS_TOK_IS(t, k, "its"))
            return false;
        if (personal_pronoun(t, k, &g) &&
            (g == AFS_GENDER_MALE || g == AFS_GENDER_FEMALE))
            return true;
    }
    return false;
}

/* "Apple said", "Apple will", "Google announced": token i speaks, acts
 * or is about to. */
static bool acts_next(const afs_text *t, size_t i)
{
    static const char *const auxiliaries[] = {
        "will", "would", "has",   "had", "is",    "was",  "does",
        "did",  "can",   "could", "may", "might", "must", NULL};
    if (i >= t->token_count || t->tokens[i].kind != AFS_TOK_WORD ||
        (t->tokens[i].flags & AFS_TF_CAPITAL))
        return false;
    if (is_reporting_verb(t, i) || afs_tok_is_one_of(t, i, auxiliaries))
        return true;
    size_t n = afs_tok_len(t, i);
    const char *w = afs_tok_str(t, i);
    return n > 4 && w[n - 2] == 'e' && w[n - 1] == 'd' && is_common_word(t, i);
}

/* "Trump is dangerous ... Trump's popularity ... render him": a "he" or
 * a "she" after some use of the word of token i (within limit tokens). */
static bool pronoun_after_any(const afs_text *t, size_t i, size_t limit)
{
    const char *w = afs_tok_str(t, i);
    size_t n = afs_tok_len(t, i);
    for (size_t k = 0; k < t->token_count && k < limit; k++)
        if (afs_tok_len(t, k) == n && afs_tok_str(t, k)[0] == w[0] &&
            memcmp(afs_tok_str(t, k), w, n) == 0 &&
            person_pronoun_follows(t, k))
            return true;
    return false;
}

/* "the Sabres", "the Democrats", "the Pentagon said", "the Senate's
 * vote": a common word capitalised inside a sentence after "the", plural
 * or acting (a reporting verb, a possessive after it), and never in lower
 * case anywhere in the article, is a body's name (one sense per
 * discourse). Products come after "the" too, but neither speak nor are
 * plural. */
static bool is_capitalised_throughout(const extraction *x, const mention *m)
{
    const afs_text *t = x->text;
    size_t i = m->first, n = afs_tok_len(t, i);
    if (m->last - m->first != 1 || i == 0 ||
        (t->tokens[i].flags & (AFS_TF_SENT_START | AFS_TF_ALL_CAPS)) || n < 4)
        return false;
    if (is_platform_use(t, m))
        return !also_lower_case(x, i);
    bool acting = m->last < t->token_count &&
                  ((t->tokens[m->last].flags & AFS_TF_POSSESSIVE) ||
                   is_reporting_verb(t, m->last));
    if (!AFS_TOK_IS(t, i - 1, "the"))
        /* "Apple's AirPods", "Google's Stadia": a company named by a word
         * owns what has a name of its own, without "the"; "what Google
         * promised", "Apple said": it speaks. A person named so has a
         * given name, or a "he" or a "she" after */
        return (owns_a_name(t, m) ||
                /* not "Blue Origin will" cut after a sentence's "Blue" */
                (acts_next(t, m->last) &&
                 !(t->tokens[i - 1].flags & AFS_TF_CAPITAL) &&
                 !pronoun_after_any(t, i, WHOLE_TEXT_SCAN))) &&
               !afs_tok_has_key(t, i, AFS_LEX_GIVEN_NAMES) &&
               !afs_tok_has_key(t, i, AFS_LEX_TIME_WORDS) &&
               !afs_tok_lower_in(t, i, AFS_LEX_TITLES) &&
               !person_pronoun_follows(t, i) && !also_lower_case(x, i);
    bool plural = afs_tok_str(t, i)[n - 1] == 's';
    return (plural || acting) && !also_lower_case(x, i);
}

/* "Unsurprisingly", "Rebranded", "Undiagnosed": a prefix before a
 * common word, in a verb's or an adverb's form, makes an English word the
 * word list lacks, capitalised by its place, no name ("Unilever" is no
 * prefix and a word; "Republicans", "Respawn" are no such form). */
static bool is_prefixed_common_word(const afs_text *t, size_t i)
{
    static const char *const prefixes[] = {"Un",  "Re",  "Non",
                                           "Dis", "Mis", NULL};
    static const char *const endings[] = {"ed", "ing", "ly", NULL};
    const char *w = afs_tok_str(t, i);
    size_t n = afs_tok_len(t, i);
    bool derived = false; /* a verb's or an adverb's form */
    for (const char *const *e = endings; *e && !derived; e++) {
        size_t k = strlen(*e);
        derived = n > k && memcmp(w + n - k, *e, k) == 0;
    }
    for (const char *const *p = prefixes; derived && *p; p++) {
        size_t k = strlen(*p);
        if (n >= k + 5 && strncmp(w, *p, k) == 0 &&
            is_common_word_text(w + k, n - k))
            return true;
    }
    return false;
}

/* "Award for Best", "Prize in Physics": a name cut at a title's word
 * ("Actress") after a prize's or an act's head and its connector is the
 * prize's. Not a body's head ("League of Women Voters"). */
static bool has_work_head_before_connector(const afs_text *t, const mention *m)
{
    static const char *const connectors[] = {"for", "of", "in", "on", NULL};
    /* a prize's or an act's: "Conference of Mayors" is a body */
    static const char *const heads[] = {"Award",  "Awards", "Prize", "Act",
                                        "Trophy", "Plan",   NULL};
    for (size_t i = m->first + 1; i + 2 < m->last; i++)
        if (afs_tok_is_one_of(t, i + 1, connectors) &&
            afs_tok_is_one_of(t, i, heads))
            return true;
    return false;
}

/* "the Agency's Photovoltaic Power Systems Program", "the SunShot
 * Initiative launched by": a programme's head names a body as often
 * ("the World Food Programme"), so only a programme a body owns or
 * launched is one. */
static bool is_launched_programme(const afs_text *t, const mention *m)
{
    static const char *const heads[] = {"Program", "Programme", "Initiative",
                                        NULL};
    static const char *const launched[] = {"launched", "unveiled", "funded",
                                           "run", NULL};
    size_t next = m->last;
    if (m->org_votes > 0 || !afs_tok_is_one_of(t, m->last - 1, heads))
        return false;
    return (m->first > 0 &&
            (t->tokens[m->first - 1].flags & AFS_TF_POSSESSIVE)) ||
           (next < t->token_count && afs_tok_is_one_of(t, next, launched));
}

/* Names no lexicon or context placed are mostly companies, teams and
 * outlets ("Boeing", "Real Madrid", "The Hill"); wars, prizes, products
 * with model numbers and capitalised common words are not. */
static bool looks_like_organization(const extraction *x, const mention *m)
{
    const afs_text *t = x->text;
    if (any_digit(t, m->first, m->last) ||
        is_event_or_work_head(t, m->last - 1) ||
        (m->last - m->first == 1 && is_prefixed_common_word(t, m->first)) ||
        (afs_tok_has_key(t, m->first, AFS_LEX_DEMONYMS) &&
         !ends_with_org_head(t, m->first, m->last)))
        return false;
    if (AFS_TOK_IS(t, m->first, "The") &&
        !(t->tokens[m->first].flags & AFS_TF_SENT_START))
        return true;
    for (size_t i = m->first; i < m->last; i++)
        if (t->tokens[i].kind == AFS_TOK_WORD && !is_common_word(t, i) &&
            !afs_tok_has_key(t, i, AFS_LEX_DEMONYMS))
            return true;
    return is_capitalised_throughout(x, m);
}

/* "Crown" after "Crown Pictures": a word opening a longer name of the
 * text is that name's short form, not a body of its own. */
static bool opens_longer_name(const extraction *x, const mention *m)
{
    const afs_text *t = x->text;
    size_t n = afs_tok_len(t, m->first);
    const char *w = afs_tok_str(t, m->first);
    for (size_t k = 0; k < x->mentions.n; k++) {
        const mention *o = &x->mentions.v[k];
        if (o->last - o->first > 1 && afs_tok_len(t, o->first) == n &&
            memcmp(afs_tok_str(t, o->first), w, n) == 0)
            return true;
    }
    return false;
}

/* "Type 1", "Play 3", "Black Friday": a number or a day after the
 * words makes them a label's or a date's, cut from it. */
static bool number_or_date_follows(const afs_text *t, const mention *m)
{
    size_t k = m->last;
    return k < t->token_count && (t->tokens[k].kind == AFS_TOK_NUMBER ||
                                  afs_tok_has_key(t, k, AFS_LEX_TIME_WORDS));
}

/* "a grant from Good Ventures", "signed to Universal": common words
 * capitalised inside a sentence after a preposition a body follows (not
 * "of", "in": "the needs of Intensive Care"), a lower-case word before
 * it, still name something, a body more often than not; the weighed
 * evidence tells. Not a title's words ("Prospects for Human
 * Spaceflight": a capital before the preposition). */
static bool is_common_name_mid_sentence(const extraction *x, const mention *m)
{
    static const char *const prepositions[] = {
        "at", "by", "with", "from", "for", "via", "to", "on", NULL};
    const afs_text *t = x->text;
    size_t i = m->first;
    if (i < 2 ||
        (t->tokens[i].flags &
         (AFS_TF_SENT_START | AFS_TF_ALL_CAPS | AFS_TF_PARA_START)) ||
        !afs_tok_is_one_of(t, i - 1, prepositions) ||
        t->tokens[i - 2].kind != AFS_TOK_WORD ||
        (t->tokens[i - 2].flags & (AFS_TF_CAPITAL | AFS_TF_SENT_START)) ==
            AFS_TF_CAPITAL ||
        any_digit(t, m->first, m->last) ||
        is_event_or_work_head(t, m->last - 1) ||
        afs_tok_has_key(t, i, AFS_LEX_DEMONYMS) ||
        afs_tok_has_key(t, m->last - 1, AFS_LEX_TIME_WORDS) ||
        number_or_date_follows(t, m))
        return false;
    /* longer runs of common words are a title's ("Tips to Enjoy Game Day
     * Parties While Staying") */
    return m->last - i <= 3 && (m->last - i > 1 || (!also_lower_case(x, i) &&
                                                    !opens_longer_name(x, m)));
}

/* "the Velmora theater", "a Quorix Nine": nobody's name takes an article
 * (a name of two words with particles: "Botic van de Zanschulp"). */
bool follows_article(const afs_text *t, size_t first)
{
    static const char *const articles[] = {"the", "a",  "an", "The",
                                           "A",   "An", NULL};
    return first > 0 && t->tokens[first - 1].kind == AFS_TOK_WORD &&
           afs_tok_is_one_of(t, first - 1, articles);
}

/* "Debola Lagos", "Adaeze Aba": a city's name as the second of two
 * words after a word no lexicon knows, where no preposition places it, is
 * a surname (a place of two words is in the gazetteer whole). */
static bool is_city_surname(const afs_text *t, const mention *m, size_t i)
{
    static const char *const places_it[] = {"in",   "at", "from",    "to",
                                            "near", "of", "outside", NULL};
    size_t f = m->first;
    return m->last - f == 2 && i == f + 1 && !is_common_word(t, f) &&
           !afs_tok_has_key(t, f, AFS_LEX_PLACES) &&
           !afs_tok_has_key(t, f, AFS_LEX_COUNTRIES) &&
           !afs_tok_has_key(t, f, AFS_LEX_DEMONYMS) &&
           !afs_tok_has_key(t, f, AFS_LEX_ORG_KEYWORDS) &&
           !afs_tok_has_key(t, i, AFS_LEX_COUNTRIES) &&
           !(f > 0 && afs_tok_is_one_of(t, f - 1, places_it));
}

/* "Maurkice Pouncey": two words no dictionary knows, neither a place nor
 * an organization's head, are a person's given name and surname. */
bool looks_like_unknown_person(const extraction *x, const mention *m)
{
    const afs_text *t = x->text;
    static const char *const particles[] = {"van", "von", "de", "der", "den",
                                            "da",  "del", "la", "le",  "du",
                                            "bin", "dos", "di", NULL};
    if (is_pinyin_name(t, m))
        return !follows_article(t, m->first);
    if (opens_with_foreign_article(t, m->first, m->last))
        return false;
    size_t words = 0, particles_inside = 0;
    for (size_t i = m->first; i < m->last; i++) {
        bool capital = (t->tokens[i].flags & AFS_TF_CAPITAL) != 0 ||
                       is_article_prefixed_name(t, i);
        if (!capital && !afs_tok_is_one_of(t, i, particles))
            return false;
        words += capital;
        particles_inside += !capital;
    }
    /* "Dieter Ulrich von Almsberg": a particle before the surname makes
     * a third name word a person's too */
    size_t most_words = particles_inside ? 3 : 2;
    if (words < 2 || words > most_words || follows_article(t, m->first) ||
        opens_with_saint(t, m))
        return false;
    for (size_t i = m->first; i < m->last; i++) {
        if (!(t->tokens[i].flags & AFS_TF_CAPITAL))
            continue;
        /* "Virginia Giuffre", "Leon Cooperman": a given name first is
         * a person's, though a place has it too */
        bool given =
            (i == m->first && afs_tok_has_key(t, i, AFS_LEX_GIVEN_NAMES) &&
             !afs_tok_has_key(t, i, AFS_LEX_DEMONYMS)) ||
            is_city_surname(t, m, i);
        if (is_common_word(t, i) || (t->tokens[i].flags & AFS_TF_ALL_CAPS) ||
            (!given && (afs_tok_has_key(t, i, AFS_LEX_PLACES) ||
                        afs_tok_has_key(t, i, AFS_LEX_COUNTRIES))) ||
            afs_tok_has_key(t, i, AFS_LEX_ORG_KEYWORDS) ||
            afs_tok_has_key(t, i, AFS_LEX_DEMONYMS))
            return false;
    }
    return true;
}

/* True when the word of token i stands capitalised elsewhere, alone: no
 * capitalised word beside it ("Glass was 20-of-24"). */
static bool capitalised_alone_elsewhere(const afs_text *t, size_t i)
{
    size_t n = afs_tok_len(t, i);
    const char *w = afs_tok_str(t, i);
    for (size_t k = 0; k < t->token_count && k < WHOLE_TEXT_SCAN; k++) {
        if (k == i || afs_tok_len(t, k) != n || afs_tok_str(t, k)[0] != w[0] ||
            memcmp(afs_tok_str(t, k), w, n) != 0)
            continue;
        bool capital_before = k > 0 && t->tokens[k - 1].kind == AFS_TOK_WORD &&
                              (t->tokens[k - 1].flags & AFS_TF_CAPITAL) &&
                              !(t->tokens[k].flags & AFS_TF_SENT_START);
        bool capital_after = k + 1 < t->token_count &&
                             t->tokens[k + 1].kind == AFS_TOK_WORD &&
                             (t->tokens[k + 1].flags & AFS_TF_CAPITAL);
        if (!capital_before && !capital_after)
            return true;
    }
    return false;
}

/* "Mike Glass threw ... Glass was 20-of-24": a given name, then a
 * surname that is also an English word but never stands in lower case
 * in the article, and that names someone alone later, is a person (one
 * sense per discourse). */
static bool given_name_and_worded_surname(const extraction *x, const mention *m)
{
    const afs_text *t = x->text;
    size_t s = m->first + 1;
    if (m->last - m->first != 2 || follows_article(t, m->first) ||
        !is_common_word(t, s) ||
        !afs_tok_has_key(t, m->first, AFS_LEX_GIVEN_NAMES) ||
        !(t->tokens[s].flags & AFS_TF_CAPITAL) ||
        (t->tokens[s].flags & AFS_TF_ALL_CAPS) ||
        afs_tok_has_key(t, s, AFS_LEX_ORG_KEYWORDS) ||
        afs_tok_has_key(t, s, AFS_LEX_PLACES) ||
        afs_tok_has_key(t, s, AFS_LEX_DEMONYMS) || is_event_or_work_head(t, s))
        return false;
    /* a "he" soon after is too weak: "took the child to Forest Hill's
     * hotel, where he" */
    return !also_lower_case(x, s) && capitalised_alone_elsewhere(t, s);
}

/* "Draper, Vantor Systems and Quell Dynamics": a name listed right after
 * an organization ("and" or ", and" between) is one more. */
static bool listed_after_organization(const extraction *x, size_t mi)
{
    const afs_text *t = x->text;
    const mention *m = &x->mentions.v[mi];
    size_t k = m->first;
    /* a comma alone may open an apposition: "the Senate, Tavin Orell" */
    if (k == 0 || !(AFS_TOK_IS(t, k - 1, "and") || AFS_TOK_IS(t, k - 1, "or")))
        return false;
    k--;
    if (k > 0 && AFS_TOK_IS(t, k - 1, ","))
        k--;
    /* mentions stand in text order: the one before ends at k, or none */
    for (size_t j = mi; j-- > 0 && mi - j <= 4;) {
        const mention *p = &x->mentions.v[j];
        if (p->last != k || p->nested || p->entity == NO_ENTITY)
            continue;
        return x->entities.v[p->entity].kind == AFS_ORGANIZATION;
    }
    return false;
}

/* "the Bidens": a person's surname in the plural is the family, no body. */
static bool is_family_plural(extraction *x, const mention *m)
{
    const afs_text *t = x->text;
    size_t n = afs_tok_len(t, m->first);
    if (m->last - m->first != 1 || n < 4 ||
        afs_tok_str(t, m->first)[n - 1] != 's')
        return false;
    size_t e = strmap_get(
        x->surnames,
        fold(x, afs_arena_strndup(x->arena, afs_tok_str(t, m->first), n - 1)));
    return e != STRMAP_NONE;
}

/* "“Bambi.”", "the “Never Trumpers”": a name filling a quotation is a
 * title or a label, a trailing stop or comma inside the marks too. */
static bool fills_quotation(const afs_text *t, const mention *m)
{
    size_t start = m->first, end = m->last;
    /* "Never" of "Never Trumpers" is no name but in the quotation */
    while (start > 0 && start + 3 > m->first &&
           (t->tokens[start - 1].flags & AFS_TF_CAPITAL))
        start--;
    if (end < t->token_count && t->tokens[end].kind == AFS_TOK_PUNCT &&
        afs_tok_len(t, end) == 1 && strchr(".,!?", afs_tok_str(t, end)[0]))
        end++;
    return start > 0 && end < t->token_count &&
           t->tokens[start - 1].kind == AFS_TOK_QUOTE &&
           t->tokens[end].kind == AFS_TOK_QUOTE;
}

/* "Jim." signing an email, "Oy." opening a reply: a word that is a
 * sentence of its own, or two letters in lower case after the capital,
 * is nobody's company (a company's two letters are capitals: "GE"). */
static bool is_lone_word_no_body(const afs_text *t, const mention *m)
{
    size_t i = m->first;
    if (m->last - i != 1 || m->org_votes > 0)
        return false;
    bool own_sentence = (t->tokens[i].flags & AFS_TF_SENT_START) &&
                        i + 1 < t->token_count &&
                        t->tokens[i + 1].kind == AFS_TOK_PUNCT &&
                        strchr(".!?", afs_tok_str(t, i + 1)[0]);
    return own_sentence ||
           (afs_tok_len(t, i) == 2 && !(t->tokens[i].flags & AFS_TF_ALL_CAPS));
}

/* Mention mi attached to the entity of kind that its key names, or to a
 * new one: each of the key's look-ups made once. */
/* "the Chicago set of “Fargo,”": a town's name alone between quotation
 * marks is a work's title (a film, a series, a song), not where anything
 * is; a country's name so is still the country's. */
void drop_quoted_towns(extraction *x)
{
    const afs_text *t = x->text;
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        mention *m = &x->mentions.v[mi];
        if (m->cls != NAME_PLACE || m->nested || m->heading ||
            !fills_quotation(t, m) ||
            afs_span_value(t, m->first, m->last, AFS_LEX_COUNTRIES))
            continue;
        m->cls = NAME_UNKNOWN;
        m->strength = -1;
        m->work = true;
    }
}

static void attach_to_kind(extraction *x, size_t mi, enum afs_kind kind)
{
    mention *m = &x->mentions.v[mi];
    const char *key = mention_key(x, m);
    size_t known = strmap_get(x->entity_keys, key);
    bool own_key = !m->canonical && m->folded && key == m->folded;
    size_t e = entity_of_kind(x, kind, key, m, known);
    bool mapped = known != STRMAP_NONE;
    if (e == NO_ENTITY) {
        e = new_entity_keyed(x, m, kind, !mapped && own_key);
        mapped |= own_key;
    }
    attach_keyed(x, mi, e, mapped);
}

/* "Melvin and Howard", "Dale or Martha": a given name joined by "and" or
 * "or" to another given name before it, two people's names, no firm's. */
static bool joined_to_given_name(const afs_text *t, size_t i)
{
    return i >= 2 &&
           (AFS_TOK_IS(t, i - 1, "and") || AFS_TOK_IS(t, i - 1, "or")) &&
           (t->tokens[i - 2].flags & AFS_TF_CAPITAL) &&
           !(t->tokens[i - 2].flags & AFS_TF_ALL_CAPS) &&
           afs_tok_has_key(t, i - 2, AFS_LEX_GIVEN_NAMES);
}

/* "which Chelsea hope to", "Harlow have signed": a plural verb after one
 * name, as British English writes of a club or a firm, speaks of a body,
 * not of someone (a verb's base form is one whose "s" form the word list
 * has). Not a question's ("did Sasha have"). */
static bool plural_verb_follows(const afs_text *t, const mention *m)
{
    static const char *const plurals[] = {
        "have", "are", "were", "haven't", "aren't", "weren't", NULL};
    static const char *const askers[] = {
        "do",     "does",  "did",   "will",  "would",  "can",  "could",
        "should", "may",   "might", "must",  "Do",     "Does", "Did",
        "Will",   "Would", "Can",   "Could", "Should", NULL};
    size_t k = m->last;
    if (k + 1 >= t->token_count || !is_lower_word(t, k) ||
        (m->first > 0 && afs_tok_is_one_of(t, m->first - 1, askers)))
        return false;
    if (afs_tok_is_one_of(t, k, plurals))
        return true;
    const char *w = afs_tok_str(t, k);
    size_t n = afs_tok_len(t, k);
    char third[40]; /* "hope" -> "hopes" */
    if (n < 3 || n + 2 > sizeof third || w[n - 1] == 's' ||
        !afs_tok_is(t, k + 1, "to"))
        return false;
    memcpy(third, w, n);
    third[n] = 's';
    return is_common_word(t, k) && is_common_word_text(third, n + 1);
}

/* "Sasha was found", "Trump assailed Williams": a lone word that is a
 * given name, nothing else placed, is someone named by one name, not a
 * body. After a preposition or a conjunction ("in charge of Chelsea",
 * "Fortress and Alden") it may still be a club's or a firm's. */
static bool is_lone_given_name(const afs_text *t, const mention *m)
{
    static const char *const links[] = {"of",   "at",   "for", "and",
                                        "or",   "as",   "by",  "with",
                                        "from", "than", NULL};
    return m->last - m->first == 1 && m->org_votes == 0 &&
           !(t->tokens[m->first].flags & AFS_TF_ALL_CAPS) &&
           afs_tok_has_key(t, m->first, AFS_LEX_GIVEN_NAMES) &&
           !(m->first > 0 && afs_tok_is_one_of(t, m->first - 1, links) &&
             !joined_to_given_name(t, m->first)) &&
           !plural_verb_follows(t, m);
}

/* "Brazil star Neymar", "pop star Lizzo": who is a star is a person
 * (written in lower case: "Star Wars" is no title). */
static bool follows_star(const afs_text *t, const mention *m)
{
    static const char *const stars[] = {"star", "superstar", "legend", "rapper",
                                        NULL};
    return m->first > 0 && t->tokens[m->first - 1].kind == AFS_TOK_WORD &&
           !(t->tokens[m->first - 1].flags & AFS_TF_CAPITAL) &&
           afs_tok_is_one_of(t, m->first - 1, stars);
}

/* "by media mogul, Debola Lagos.", "the actress, Jane Orr,": a title in
 * lower case and a comma before a name of two or three capitalised
 * words, no body's head among them, name the person who holds it,
 * whatever lexicon knows a word of the name as a place. */
static bool follows_title_and_comma(const afs_text *t, const mention *m)
{
    size_t n = m->last - m->first;
    if (n < 2 || n > 3 || m->first < 2 || !AFS_TOK_IS(t, m->first - 1, ",") ||
        t->tokens[m->first - 2].kind != AFS_TOK_WORD ||
        (t->tokens[m->first - 2].flags & AFS_TF_CAPITAL) ||
        !afs_tok_lower_in(t, m->first - 2, AFS_LEX_TITLES))
        return false;
    for (size_t k = m->first; k < m->last; k++)
        if (!(t->tokens[k].flags & AFS_TF_CAPITAL) ||
            (t->tokens[k].flags & AFS_TF_ALL_CAPS) ||
            afs_tok_has_key(t, k, AFS_LEX_ORG_KEYWORDS) ||
            afs_tok_has_key(t, k, AFS_LEX_COUNTRIES))
            return false;
    return true;
}

/* "Tolvane 25 points.", "Dion Walt 2 assists": a count of a player's
 * feats after a name, as results columns print them, makes a player. */
static bool players_count_follows(const afs_text *t, const mention *m)
{
    static const char *const feats[] = {
        "points",     "goals",      "goal",   "assists", "assist",  "saves",
        "save",       "rebounds",   "steals", "blocks",  "tackles", "sacks",
        "touchdowns", "strikeouts", "aces",   "kills",   "digs",    NULL};
    size_t k = m->last;
    return k + 1 < t->token_count && t->tokens[k].kind == AFS_TOK_NUMBER &&
           afs_tok_is_one_of(t, k + 1, feats) &&
           !(t->tokens[m->first].flags & AFS_TF_ALL_CAPS);
}

static bool names_a_place(const extraction *x, size_t mi);

/* The folded names of leftovers a player's count or kin follows once
 * (players), and of those a place's context names once (places): every
 * mention of them is that person or place (one sense per discourse). */
static void leftover_senses(extraction *x, strmap **players, strmap **places)
{
    *players = *places = NULL;
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        const mention *m = &x->mentions.v[mi];
        if (m->entity != NO_ENTITY || m->strength < 0 || m->org_votes > 0 ||
            !m->folded)
            continue;
        strmap **map = NULL;
        if (m->strength < 2 && (players_count_follows(x->text, m) ||
                                is_kin_of_someone(x->text, m)))
            map = players;
        else if (names_a_place(x, mi))
            map = places;
        else
            continue;
        if (!*map)
            *map = strmap_new(x->arena);
        strmap_put(*map, m->folded, 1);
    }
}

/* "Teresa" where two people of the article are Teresas: whose it is
 * is not told, and nobody new. */
static bool is_shared_given_name(extraction *x, const mention *m)
{
    const char *key = m->folded ? m->folded : fold(x, m->text);
    return m->last - m->first == 1 &&
           strmap_get(x->given_names, key) == AMBIGUOUS;
}

/* The first word of a leftover person's name of two words names her
 * alone later ("Velna Orr ... Velna said"), as build_people claims the
 * given names of the people the names pass found. */
static void claim_given_name(extraction *x, const mention *m)
{
    size_t e = resolve_entity(x, m->entity);
    if (e != NO_ENTITY && m->last - m->first == 2 &&
        x->entities.v[e].kind == AFS_PERSON)
        claim(x->given_names, token_key(x, m->first), e);
}

/* "Mahmud Abubakar Magaji, a Senior Advocate of Nigeria,": a name of
 * capitalised words no lexicon knows, then "a" or "an" and a title
 * between commas, is a person described by the office he holds. */
static bool described_by_title(const afs_text *t, const mention *m)
{
    size_t i = m->last;
    if (m->last - m->first < 2 || m->last - m->first > 4 ||
        i + 2 >= t->token_count || !AFS_TOK_IS(t, i, ",") ||
        !(AFS_TOK_IS(t, i + 1, "a") || AFS_TOK_IS(t, i + 1, "an")))
        return false;
    for (size_t k = m->first; k < m->last; k++)
        if (!(t->tokens[k].flags & AFS_TF_CAPITAL) ||
            afs_tok_has_key(t, k, AFS_LEX_ORG_KEYWORDS))
            return false;
    for (size_t k = i + 2; k < i + 5 && k < t->token_count; k++) {
        if (t->tokens[k].sentence != t->tokens[i].sentence ||
            AFS_TOK_IS(t, k, ","))
            return false;
        if (title_length(t, k, k + 3) > 0) /* "Senior Advocate" */
            return true;
    }
    return false;
}

/* "heir", "widow": nouns that only a person is, beside the titles
 * lexicon's offices and a person's kin. */
static bool is_person_noun(const afs_text *t, size_t i)
{
    static const char *const nouns[] = {
        "heir",      "heiress", "successor", "predecessor",   "friend",
        "wife",      "husband", "son",       "daughter",      "mother",
        "father",    "brother", "sister",    "widow",         "widower",
        "cousin",    "nephew",  "niece",     "uncle",         "aunt",
        "grandson",  "partner", "fiancé",    "fiancée",       "girlfriend",
        "boyfriend", "spouse",  "child",     "granddaughter", NULL};
    if (i >= t->token_count || t->tokens[i].kind != AFS_TOK_WORD ||
        (t->tokens[i].flags & AFS_TF_CAPITAL))
        return false;
    return afs_tok_is_one_of(t, i, nouns) ||
           afs_tok_lower_in(t, i, AFS_LEX_TITLES);
}

/* "the younger brother of the heir to the throne, Charles,", "his
 * widow, Imelda.": a lone given name set off by a comma after a phrase
 * whose head is a person's noun (an office, kin, an heir) is the person
 * it describes. The phrase runs back to the comma or the sentence's
 * start, a few words at most. */
bool given_name_in_apposition(const afs_text *t, const mention *m)
{
    size_t f = m->first, e = m->last;
    if (e - f != 1 || f < 3 || !AFS_TOK_IS(t, f - 1, ",") ||
        (t->tokens[f].flags & AFS_TF_ALL_CAPS) ||
        !afs_tok_has_key(t, f, AFS_LEX_GIVEN_NAMES) || e >= t->token_count ||
        !(AFS_TOK_IS(t, e, ",") || AFS_TOK_IS(t, e, ".")))
        return false;
    size_t sentence = t->tokens[f].sentence;
    for (size_t k = f - 2; k + 9 > f && k < f; k--) {
        if (t->tokens[k].sentence != sentence || AFS_TOK_IS(t, k, ",") ||
            t->tokens[k].kind != AFS_TOK_WORD)
            return false;
        if (is_person_noun(t, k))
            return true;
        if (k == 0)
            break;
    }
    return false;
}

/* The kinds of the items named in the list around mention mi ("A, B, C
 * and D": only commas, "and" and "or" between them), mi itself left out:
 * people and the others placed, organizations among these. */
static void count_list_kinds(const extraction *x, size_t mi, size_t *people,
                             size_t *others, size_t *bodies)
{
    const afs_text *t = x->text;
    *people = *others = *bodies = 0;
    for (int dir = -1; dir <= 1; dir += 2) {
        const mention *cur = &x->mentions.v[mi];
        for (size_t j = mi;;) {
            if (dir < 0 ? j == 0 : j + 1 >= x->mentions.n)
                break;
            j = dir < 0 ? j - 1 : j + 1;
            const mention *o = &x->mentions.v[j];
            if (o->nested)
                continue;
            size_t from = dir < 0 ? o->last : cur->last;
            size_t to = dir < 0 ? cur->first : o->first;
            if (to <= from || to > from + 2 ||
                t->tokens[from].sentence != t->tokens[to - 1].sentence)
                break;
            bool glue = true;
            for (size_t k = from; k < to; k++)
                glue &= is_list_glue(t, k) && !AFS_TOK_IS(t, k, "(") &&
                        !AFS_TOK_IS(t, k, ")");
            if (!glue)
                break;
            size_t e = o->entity == NO_ENTITY ? NO_ENTITY
                                              : resolve_entity(x, o->entity);
            if (e != NO_ENTITY && x->entities.v[e].kind == AFS_PERSON)
                (*people)++;
            else if (e != NO_ENTITY) {
                (*others)++;
                *bodies += x->entities.v[e].kind == AFS_ORGANIZATION;
            }
            cur = o;
        }
    }
}

/* "Bob Marlen, Bruno Vass, Drake, Jay Orr": a name no rule placed, an
 * item of a list whose placed items are mostly people (two at least), is
 * a person too, though its word is a word of the language. A name an
 * article leads ("The Eagles") or with a body's head word stays out. */
static bool listed_among_people(const extraction *x, size_t mi)
{
    const afs_text *t = x->text;
    const mention *m = &x->mentions.v[mi];
    static const char *const articles[] = {"The", "A", "An", NULL};
    if (m->last - m->first > 3 || follows_article(t, m->first) ||
        afs_tok_is_one_of(t, m->first, articles) || m->org_votes > 0 ||
        m->place_votes > 0)
        return false;
    for (size_t k = m->first; k < m->last; k++)
        if (!(t->tokens[k].flags & AFS_TF_CAPITAL) ||
            ((t->tokens[k].flags & AFS_TF_ALL_CAPS) &&
             !(k > m->first && afs_tok_len(t, k) == 1)) ||
            afs_tok_has_key(t, k, AFS_LEX_ORG_KEYWORDS) ||
            afs_tok_has_key(t, k, AFS_LEX_COUNTRIES))
            return false;
    size_t people, others, bodies;
    count_list_kinds(x, mi, &people, &others, &bodies);
    return people >= 2 && people > others;
}

/* A "he" or a "she", the subject, in token i's sentence or the next,
 * before any "it". */
static bool subject_pronoun_follows(const afs_text *t, size_t i)
{
    size_t sentence = t->tokens[i].sentence;
    for (size_t k = i + 1; k < t->token_count && k < i + 30; k++) {
        if (t->tokens[k].sentence > sentence + 1 || AFS_TOK_IS(t, k, "it"))
            return false;
        if (AFS_TOK_IS(t, k, "he") || AFS_TOK_IS(t, k, "she") ||
            AFS_TOK_IS(t, k, "He") || AFS_TOK_IS(t, k, "She"))
            return true;
    }
    return false;
}

static bool is_quote_mark(const afs_text *t, size_t i)
{
    if (i >= t->token_count)
        return false;
    const char *w = afs_tok_str(t, i);
    size_t n = afs_tok_len(t, i);
    return (n == 1 && (*w == '"' || *w == '\'')) ||
           (n == 3 && (memcmp(w, "\xE2\x80\x9C", 3) == 0 ||
                       memcmp(w, "\xE2\x80\x9D", 3) == 0));
}

/* "seeing Delia live in concert - she brought the house down": a lone
 * given name no rule placed, no body's, with a "he" or a "she" soon after
 * and no "it" before, is someone named by one name. Not a pet's or a
 * ship's ("Sasha the black cat": an epithet with "the" after it), nor a
 * thing's or an office's after an article ("the Mac", "the Judge's"), nor a
 * title's in quotation marks ("Melvin and Howard"), nor an item of a
 * list (a club among clubs). */
static bool lone_given_name_then_pronoun(const extraction *x, const mention *m)
{
    const afs_text *t = x->text;
    size_t f = m->first, e = m->last;
    return is_lone_given_name(t, m) && m->place_votes == 0 &&
           !(t->tokens[f].flags & AFS_TF_SENT_START) &&
           !follows_article(t, f) && !afs_tok_lower_in(t, f, AFS_LEX_TITLES) &&
           !afs_tok_has_key(t, f, AFS_LEX_ORGANIZATIONS) &&
           !(f > 0 && (is_quote_mark(t, f - 1) || is_list_glue(t, f - 1))) &&
           !(e < t->token_count &&
             (AFS_TOK_IS(t, e, "the") || is_quote_mark(t, e) ||
              is_list_glue(t, e))) &&
           subject_pronoun_follows(t, f);
}

/* "... in the Dana Orrick record season. He threw five touchdowns": a
 * name of two or three capitalised words no rule placed, the last name of
 * its sentence, with the next sentence opening on "He" or "She", is the
 * person the pronoun takes up. Its first word is no word of the language
 * and no lexicon's place or body, and no word a body's head. */
static bool named_before_pronoun(const extraction *x, size_t mi)
{
    const afs_text *t = x->text;
    const mention *m = &x->mentions.v[mi];
    size_t n = m->last - m->first;
    if (n < 2 || n > 3 || m->org_votes > 0 || m->place_votes > 0)
        return false;
    size_t s = t->tokens[m->first].sentence;
    if (s + 1 >= t->sentence_count || t->tokens[m->last - 1].sentence != s ||
        (mi + 1 < x->mentions.n &&
         x->mentions.v[mi + 1].first < t->sentences[s + 1].first))
        return false;
    size_t p = t->sentences[s + 1].first;
    if (p >= t->token_count ||
        t->tokens[p].paragraph != t->tokens[m->first].paragraph ||
        !(AFS_TOK_IS(t, p, "He") || AFS_TOK_IS(t, p, "She")))
        return false;
    size_t f = m->first;
    if (is_common_word(t, f) || afs_tok_has_key(t, f, AFS_LEX_PLACES) ||
        afs_tok_has_key(t, f, AFS_LEX_COUNTRIES) ||
        afs_tok_has_key(t, f, AFS_LEX_ORGANIZATIONS) ||
        afs_tok_has_key(t, f, AFS_LEX_DEMONYMS))
        return false;
    for (size_t k = f; k < m->last; k++)
        if (!(t->tokens[k].flags & AFS_TF_CAPITAL) ||
            (t->tokens[k].flags & AFS_TF_ALL_CAPS) ||
            afs_tok_has_key(t, k, AFS_LEX_ORG_KEYWORDS))
            return false;
    return true;
}

/* ---- a name no rule vouched for, weighed as an organization ------------ */

/* What the mentions of a name no lexicon, head word or context vouched for
 * say of it being a body rather than a product, a work, a character or a
 * term: each feature is 1 when some mention shows it. The weights are
 * data (data/org_evidence.tsv), fitted on the annotated articles by
 * tools/fit-org-evidence. */
#define ORG_FEATURES(X)                                                        \
    X(BIAS, "bias")               /* every name */                             \
    X(ACTS, "acts")               /* "X said", "X will", "X launched" */       \
    X(OWNER, "owner")             /* "X's" */                                  \
    X(THE, "the")                 /* "the X" inside a sentence */              \
    X(ACRONYM, "acronym")         /* "IDC": one word in capitals */            \
    X(WORDS, "words")             /* two words or more */                      \
    X(REPEATED, "repeated")       /* named twice or more */                    \
    X(PREPOSITION, "preposition") /* "at X", "by X", "from X", "with X" */     \
    X(INDEFINITE, "indefinite")   /* "a X", "an X": a thing, one of many */    \
    X(OWNED, "owned")             /* "Apple's X": what a name owns */          \
    X(PLURAL, "plural")       /* one word ending in s: "Macs", "Uighurs" */    \
    X(CAMEL, "camel")         /* a capital inside a word: "HomePod" */         \
    X(COMMON, "common")       /* every word an English word */                 \
    X(NOUN_NEXT, "noun_next") /* "X charger": a lower-case word after */       \
    X(SENTENCE_START, "sentence_start") /* every mention opens a sentence */   \
    X(PERSON_PRONOUN, "person_pronoun") /* a "he" or "she" soon after */       \
    X(GIVEN_NAME, "given_name") /* a word of it is someone's given name */     \
    X(LOWER_ELSEWHERE, "lower_elsewhere") /* "Roadmap" and "roadmap" */        \
    X(PLAIN_WORDS, "plain_words") /* common words the shape rules left */

enum org_feature {
#define ORG_FEATURE_ID(id, name) ORG_F_##id,
    ORG_FEATURES(ORG_FEATURE_ID)
#undef ORG_FEATURE_ID
        ORG_FEATURE_COUNT
};

#include "org_evidence_weights.h" /* ORG_WEIGHTS, from data/ */

static const double org_weights[ORG_FEATURE_COUNT] = ORG_WEIGHTS;

/* "and", "of", "is": a word after a name that tells nothing of it. */
static bool is_link_word(const afs_text *t, size_t i)
{
    static const char *const links[] = {
        "and",   "or",   "of",   "in",   "on",   "at",    "to",    "for",
        "with",  "from", "by",   "as",   "that", "which", "who",   "is",
        "are",   "was",  "were", "has",  "have", "had",   "will",  "would",
        "said",  "says", "but",  "than", "into", "over",  "after", "before",
        "about", "also", "the",  "a",    "an",   NULL};
    return afs_tok_is_one_of(t, i, links);
}

static bool has_inner_capital(const afs_text *t, size_t first, size_t last)
{
    for (size_t k = first; k < last; k++) {
        const char *w = afs_tok_str(t, k);
        size_t n = afs_tok_len(t, k);
        for (size_t c = 1; c + 1 < n; c++)
            if (w[c] >= 'A' && w[c] <= 'Z' && w[c - 1] >= 'a' &&
                w[c - 1] <= 'z')
                return true;
    }
    return false;
}

static bool all_common_words(const afs_text *t, const mention *m)
{
    for (size_t k = m->first; k < m->last; k++)
        if (t->tokens[k].kind == AFS_TOK_WORD && !is_common_word(t, k))
            return false;
    return true;
}

/* The features one mention shows, or-ed into f (first: the name's first). */
static void note_org_evidence(const extraction *x, const mention *m, bool first,
                              unsigned char f[ORG_FEATURE_COUNT])
{
    const afs_text *t = x->text;
    static const char *const prepositions[] = {
        "at", "by", "with", "from", "for", "via", "of", "to", "on", NULL};
    size_t prev = m->first - 1, next = m->last;
    bool has_prev = m->first > 0, has_next = next < t->token_count;
    bool single = m->last - m->first == 1;
    f[ORG_F_BIAS] = 1;
    f[ORG_F_ACTS] |= has_next && acts_next(t, next);
    f[ORG_F_OWNER] |= is_possessed(t, m);
    f[ORG_F_THE] |= (has_prev && AFS_TOK_IS(t, prev, "the")) ||
                    (AFS_TOK_IS(t, m->first, "The") &&
                     !(t->tokens[m->first].flags & AFS_TF_SENT_START));
    f[ORG_F_ACRONYM] |=
        single && (t->tokens[m->first].flags & AFS_TF_ALL_CAPS) != 0;
    f[ORG_F_WORDS] |= !single;
    f[ORG_F_PREPOSITION] |=
        has_prev && afs_tok_is_one_of(t, prev, prepositions);
    f[ORG_F_INDEFINITE] |=
        has_prev && (AFS_TOK_IS(t, prev, "a") || AFS_TOK_IS(t, prev, "an"));
    f[ORG_F_OWNED] |= m->first > 1 &&
                      (t->tokens[prev].flags & AFS_TF_POSSESSIVE) &&
                      (t->tokens[prev - 1].flags & AFS_TF_CAPITAL);
    size_t n = afs_tok_len(t, m->first);
    const char *w = afs_tok_str(t, m->first);
    f[ORG_F_PLURAL] |= single && n > 3 && w[n - 1] == 's' && w[n - 2] != 's';
    f[ORG_F_CAMEL] |= has_inner_capital(t, m->first, m->last);
    f[ORG_F_COMMON] |= all_common_words(t, m);
    f[ORG_F_NOUN_NEXT] |= has_next && is_lower_word(t, next) &&
                          !acts_next(t, next) && !is_link_word(t, next);
    f[ORG_F_PERSON_PRONOUN] |= person_pronoun_follows(t, m->last - 1);
    for (size_t k = m->first; k < m->last; k++)
        f[ORG_F_GIVEN_NAME] |= afs_tok_has_key(t, k, AFS_LEX_GIVEN_NAMES);
    /* the same word in every mention: one look through the text */
    if (first)
        f[ORG_F_LOWER_ELSEWHERE] = single && also_lower_case(x, m->first);
    f[ORG_F_PLAIN_WORDS] |= !looks_like_organization(x, m);
}

/* The weighed evidence of each name, written where tools/fit-org-evidence
 * reads it. */
static void log_org_evidence(const extraction *x, const mention *m,
                             const unsigned char *f, double score)
{
#define ORG_FEATURE_NAME(id, name) name,
    static const char *const names[] = {ORG_FEATURES(ORG_FEATURE_NAME)};
#undef ORG_FEATURE_NAME
    fprintf(x->evidence, "org\t%s", m->text);
    for (size_t k = 0; k < ORG_FEATURE_COUNT; k++)
        fprintf(x->evidence, "\t%s=%u", names[k], f[k]);
    fprintf(x->evidence, "\tscore=%.3f\n", score);
}

/* "the Ostrand regional transport authority": a body's head in lower
 * case after the name, a few lower-case words between, vouches for it. */
static bool lower_head_follows(const afs_text *t, const mention *m)
{
    for (size_t k = m->last; k < t->token_count && k < m->last + 3; k++) {
        if (!is_lower_word(t, k))
            return false;
        if (is_lower_body_head(t, k))
            return true;
    }
    return false;
}

/* The names of unvouched shape alone made organizations, decided once
 * per name over all its mentions (one sense per discourse): a body when
 * the weighed evidence says so. */
static void take_weighed_bodies(extraction *x, const index_vec *unvouched)
{
    if (!unvouched->n)
        return;
    strmap *slots = strmap_new(x->arena);
    unsigned char(*f)[ORG_FEATURE_COUNT] =
        afs_arena_array(x->arena, unvouched->n, sizeof *f);
    size_t *slot_of = afs_arena_array(x->arena, unvouched->n, sizeof *slot_of);
    size_t *count = afs_arena_array(x->arena, unvouched->n, sizeof *count);
    bool *starts_only =
        afs_arena_array(x->arena, unvouched->n, sizeof *starts_only);
    size_t slots_used = 0;
    for (size_t k = 0; k < unvouched->n; k++) {
        const mention *m = &x->mentions.v[unvouched->v[k]];
        size_t *slot = strmap_at(slots, mention_key(x, (mention *)m));
        if (*slot == STRMAP_NONE) {
            *slot = slots_used++;
            starts_only[*slot] = true;
        }
        slot_of[k] = *slot;
        note_org_evidence(x, m, count[*slot] == 0, f[*slot]);
        count[*slot]++;
        starts_only[*slot] &=
            (x->text->tokens[m->first].flags & AFS_TF_SENT_START) != 0;
    }
    double *score = afs_arena_array(x->arena, slots_used, sizeof *score);
    for (size_t s = 0; s < slots_used; s++) {
        f[s][ORG_F_REPEATED] = count[s] > 1;
        f[s][ORG_F_SENTENCE_START] = starts_only[s];
        for (size_t k = 0; k < ORG_FEATURE_COUNT; k++)
            score[s] += org_weights[k] * f[s][k];
    }
    for (size_t k = 0; k < unvouched->n; k++) {
        mention *m = &x->mentions.v[unvouched->v[k]];
        size_t s = slot_of[k];
        if (x->evidence && count[s]) {
            log_org_evidence(x, m, f[s], score[s]);
            count[s] = 0; /* once a name */
        }
        if (score[s] <= 0)
            continue;
        m->cls = NAME_ORGANIZATION;
        attach_to_kind(x, unvouched->v[k], AFS_ORGANIZATION);
    }
}

/* "Ear Books", "Varn Labs": a plural common noun ends the name, as a
 * business's wares; a place's plural is its head ("Islands"). */
static bool ends_in_plural_noun(const afs_text *t, const mention *m)
{
    size_t k = m->last - 1, n = afs_tok_len(t, k);
    const char *w = afs_tok_str(t, k);
    return m->last - m->first > 1 && n > 3 && w[n - 1] == 's' &&
           w[n - 2] != 's' && is_common_word(t, k) &&
           !ends_with_place_head(t, m->first, m->last);
}

/* "St. Ovar in the Virgin Islands", "the Holt Box in Madrid": a short
 * name put in a place a lexicon knows, right after it, is a place inside
 * that one. */
static bool put_in_known_place(const extraction *x, size_t mi)
{
    const afs_text *t = x->text;
    const mention *m = &x->mentions.v[mi];
    size_t k = m->last;
    if (k + 1 >= t->token_count || !AFS_TOK_IS(t, k, "in") ||
        mi + 1 >= x->mentions.n)
        return false;
    /* a place's name is short and names no other ("US Embassy in New
     * Delhi", "Kohelet Policy Forum in Israel" are bodies), nor a
     * plural ("Ear Books in Germany") */
    if (m->last - m->first > 2 || ends_in_plural_noun(t, m))
        return false;
    for (size_t i = m->first; i < m->last; i++)
        if (afs_tok_has_key(t, i, AFS_LEX_COUNTRIES) ||
            afs_tok_has_key(t, i, AFS_LEX_PLACES) ||
            afs_tok_has_key(t, i, AFS_LEX_DEMONYMS))
            return false;
    const mention *p = &x->mentions.v[mi + 1];
    size_t at = k + 1 + (AFS_TOK_IS(t, k + 1, "the") ? 1 : 0);
    return p->first == at && p->cls == NAME_PLACE && p->strength >= 3;
}

/* "a trip to Tarn Key", "her vacation in Holt": what one travels to or
 * stays at is a place. */
static bool travelled_to(const afs_text *t, const mention *m)
{
    static const char *const trips[] = {
        "trip", "trips",  "vacation", "holiday",   "journey", "flight",
        "flew", "travel", "traveled", "travelled", NULL};
    size_t k = m->first;
    if (k < 2 || !(AFS_TOK_IS(t, k - 1, "to") || AFS_TOK_IS(t, k - 1, "in")) ||
        t->tokens[k - 2].kind != AFS_TOK_WORD || afs_tok_len(t, k - 2) < 4)
        return false;
    if (!(t->tokens[k - 2].flags & AFS_TF_CAPITAL))
        return afs_tok_is_one_of(t, k - 2, trips);
    /* "A: Trip to X": the word opens the sentence or the answer */
    size_t n = afs_tok_len(t, k - 2);
    const char *w = afs_tok_str(t, k - 2);
    bool opens = (t->tokens[k - 2].flags & AFS_TF_SENT_START) ||
                 (k > 2 && AFS_TOK_IS(t, k - 3, ":"));
    for (const char *const *p = trips; opens && *p; p++)
        if (strlen(*p) == n && afs_ascii_lower(*w) == **p &&
            memcmp(*p + 1, w + 1, n - 1) == 0)
            return true;
    return false;
}

/* A leftover a place's context names: put in a known place or travelled
 * to. */
static bool names_a_place(const extraction *x, size_t mi)
{
    const afs_text *t = x->text;
    const mention *m = &x->mentions.v[mi];
    if (m->heading || m->cls == NAME_PERSON ||
        !(put_in_known_place(x, mi) || travelled_to(t, m)))
        return false;
    /* not a body's name ("the Kohelet Forum in Israel"), what a name owns
     * ("to Google's offices in London"), a side fought ("against Islamic
     * State in Iraq") or a word ("the most popular Democrat in America") */
    return !ends_with_org_head(t, m->first, m->last) && !is_possessed(t, m) &&
           !(m->first > 0 && AFS_TOK_IS(t, m->first - 1, "against")) &&
           !(m->last - m->first == 1 && is_common_word(t, m->first));
}

void place_leftovers(extraction *x)
{
    /* the rules below ask also_lower_case, which indexes on first use */
    x->lower_words = afs_arena_alloc(x->arena, sizeof *x->lower_words);
    x->lower_words->keys = NULL;
    strmap *players, *places;
    leftover_senses(x, &players, &places);
    index_vec unvouched = {0}; /* organizations by shape alone */
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        mention *m = &x->mentions.v[mi];
        if (m->entity != NO_ENTITY || m->strength < 0 || m->heading)
            continue;
        if (((looks_like_unknown_person(x, m) ||
              given_name_and_worded_surname(x, m)) &&
             !listed_after_organization(x, mi)) ||
            described_by_title(x->text, m) ||
            follows_title_and_comma(x->text, m) ||
            given_name_in_apposition(x->text, m) ||
            listed_among_people(x, mi) || lone_given_name_then_pronoun(x, m) ||
            named_before_pronoun(x, mi) ||
            (m->org_votes == 0 && follows_star(x->text, m)) ||
            (players && m->folded &&
             strmap_get(players, m->folded) != STRMAP_NONE)) {
            /* the second "José Álvarez" is the first one again, and
             * "Teresa's husband" is Teresa Vand's */
            m->cls = NAME_PERSON;
            size_t e = m->last - m->first == 1 ? person_with_part(x, m, true)
                                               : NO_ENTITY;
            if (e == NO_ENTITY && m->last - m->first == 1)
                e = person_with_part(x, m, false);
            if (e != NO_ENTITY)
                attach(x, mi, e);
            else if (!is_shared_given_name(x, m)) {
                attach_to_kind(x, mi, AFS_PERSON);
                claim_given_name(x, m);
            }
            continue;
        }
        /* "Rose-Lynn Harlan ... Rose-Lynn sings": a leftover person's
         * first name alone later is hers */
        size_t given = m->last - m->first == 1 && m->org_votes == 0
                           ? person_with_part(x, m, false)
                           : NO_ENTITY;
        if (given != NO_ENTITY) {
            m->cls = NAME_PERSON;
            attach(x, mi, given);
            continue;
        }
        if (settlement_noun_follows(x->text, m) ||
            (places && m->folded &&
             strmap_get(places, m->folded) != STRMAP_NONE)) {
            m->cls = NAME_PLACE;
            attach_to_kind(x, mi, AFS_PLACE);
            continue;
        }
        /* "the Varn Water Act", "the Agency's Solar Program": a work's
         * head names no body but the work, which article.json lists (a
         * league's head is a body's too: no work) */
        if (m->folded && !any_digit(x->text, m->first, m->last) &&
            !afs_tok_has_key(x->text, m->last - 1, AFS_LEX_ORG_KEYWORDS) &&
            (is_event_or_work_head(x->text, m->last - 1) ||
             has_work_head_before_connector(x->text, m) ||
             is_launched_programme(x->text, m))) {
            m->work = true;
            continue;
        }
        bool shaped = looks_like_organization(x, m);
        if ((!shaped && !is_common_name_mid_sentence(x, m)) ||
            is_family_plural(x, m) || fills_quotation(x->text, m) ||
            is_lone_word_no_body(x->text, m) || is_lone_given_name(x->text, m))
            continue;
        if (shaped && (m->org_votes > 0 || lower_head_follows(x->text, m))) {
            m->cls = NAME_ORGANIZATION;
            attach_to_kind(x, mi, AFS_ORGANIZATION);
        } else {
            *VEC_PUSH(x->arena, unvouched) = mi;
        }
    }
    take_weighed_bodies(x, &unvouched);
}

/* ",", "and", "or", or what opens a list ("like", "including", "as" of
 * "such as"), on one side of a list's item. */
static bool borders_list_item(const afs_text *t, size_t i, bool before)
{
    if (i >= t->token_count)
        return false;
    if (is_list_glue(t, i) && !AFS_TOK_IS(t, i, "(") && !AFS_TOK_IS(t, i, ")"))
        return true;
    return before && (AFS_TOK_IS(t, i, "like") || AFS_TOK_IS(t, i, "as") ||
                      AFS_TOK_IS(t, i, "including"));
}

/* The mention next to mi across a comma or an "and" (", and"), before or
 * after it, is an organization's. */
static bool organization_beside(const extraction *x, size_t mi, bool before)
{
    const afs_text *t = x->text;
    const mention *m = &x->mentions.v[mi];
    if (before ? mi == 0 : mi + 1 >= x->mentions.n)
        return false;
    const mention *o = &x->mentions.v[before ? mi - 1 : mi + 1];
    size_t from = before ? o->last : m->last, to = before ? m->first : o->first;
    if (to <= from || to > from + 2 || o->entity == NO_ENTITY || o->nested)
        return false;
    for (size_t k = from; k < to; k++)
        if (!borders_list_item(t, k, false))
            return false;
    return x->entities.v[resolve_entity(x, o->entity)].kind == AFS_ORGANIZATION;
}

/* "names like Chime, Varo, SoFi", "NBC, Fox and others": a capitalised
 * word no rule placed, an item of a list beside a company, is one too.
 * Twice, for a list's run of such words. */
void take_listed_bodies(extraction *x)
{
    const afs_text *t = x->text;
    for (int pass = 0; pass < 2; pass++)
        for (size_t mi = 0; mi < x->mentions.n; mi++) {
            mention *m = &x->mentions.v[mi];
            if (m->entity != NO_ENTITY || m->strength < 0 || m->heading ||
                m->cls == NAME_PERSON || m->last - m->first != 1 ||
                m->first == 0 ||
                (t->tokens[m->first].flags & AFS_TF_SENT_START) ||
                afs_tok_lower_in(t, m->first, AFS_LEX_TITLES) ||
                !borders_list_item(t, m->first - 1, true) ||
                !borders_list_item(t, m->last, false) ||
                !(organization_beside(x, mi, true) ||
                  organization_beside(x, mi, false)))
                continue;
            m->cls = NAME_ORGANIZATION;
            attach_to_kind(x, mi, AFS_ORGANIZATION);
        }
}

/* "includes Draper, Lockheed Martin, and Northrop Grumman": a person only
 * the shape of the name made (no title, no lexicon's given name first, no
 * speaking), named in a list of two organizations or more and no person,
 * is a body too; decided once for the name, all its mentions with it. */
void unlist_people_among_bodies(extraction *x)
{
    const afs_text *t = x->text;
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        mention *m = &x->mentions.v[mi];
        if (m->entity == NO_ENTITY || m->nested || m->role ||
            m->strength != 0 || m->last - m->first < 2 ||
            m->last - m->first > 3 ||
            afs_tok_has_key(t, m->first, AFS_LEX_GIVEN_NAMES))
            continue;
        size_t e = resolve_entity(x, m->entity);
        if (x->entities.v[e].kind != AFS_PERSON || x->entities.v[e].roles.n)
            continue;
        size_t people, others, bodies;
        count_list_kinds(x, mi, &people, &others, &bodies);
        if (people || bodies < 2)
            continue;
        x->entities.v[e].kind = AFS_ORGANIZATION;
        x->entities.v[e].gender = AFS_GENDER_UNKNOWN;
        for (size_t k = 0; k < x->mentions.n; k++)
            if (x->mentions.v[k].entity != NO_ENTITY &&
                resolve_entity(x, x->mentions.v[k].entity) == e)
                x->mentions.v[k].cls = NAME_ORGANIZATION;
    }
}
