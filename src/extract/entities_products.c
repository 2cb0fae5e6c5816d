/* Products, services and indices by how English names them: a model's
 * letter, a disease's suffix, a stock index moving as markets do, an
 * offering a body owns. The shapes drop_works (entities_works.c) reads. */
#include <stdint.h>
#include <string.h>

#include "articlefs/lexicon.h"
#include "articlefs/strmap.h"
#include "entities_internal.h"
#include "internal.h"
#include "words.h"

/* "Eastern Equine Encephalitis", "Tuberculosis", "Leukemia": a name
 * ending in a medical suffix of inflammation, condition or blood names a
 * disease, no body. */
bool ends_in_disease_suffix(const afs_text *t, const mention *m)
{
    static const char *const suffixes[] = {"itis", "osis", "emia", NULL};
    size_t k = m->last - 1;
    const char *w = afs_tok_str(t, k);
    size_t n = afs_tok_len(t, k);
    /* the last letter first: most names end in neither */
    if (n < 7 || (w[n - 1] != 's' && w[n - 1] != 'a') ||
        t->tokens[k].kind != AFS_TOK_WORD || m->cls == NAME_PERSON ||
        m->org_votes > 0)
        return false;
    for (size_t i = 0; suffixes[i]; i++)
        if (memcmp(w + n - 4, suffixes[i], 4) == 0)
            return true;
    return false;
}

/* "declined", "rose": what a market's index does in a day's report. */
static bool is_market_move(const afs_text *t, size_t i)
{
    static const char *const moves[] = {
        "rose",    "fell",     "declined", "slumped", "gained",
        "climbed", "dropped",  "jumped",   "slipped", "added",
        "lost",    "edged",    "tumbled",  "surged",  "plunged",
        "eased",   "advanced", "rallied",  "scaled",  NULL};
    return is_lower_word(t, i) && afs_tok_is_one_of(t, i, moves);
}

/* "the equity benchmark Sensex", "Japan's Nikkei 225 (N225) declined
 * 0.3%": a name after "benchmark" or "index", or owned by a country and
 * moving as a market does (after its number and ticker), is a stock
 * index, no body; "Nikkei reported" stays the paper (acts_as_body). */
bool is_market_index(const afs_text *t, const mention *m)
{
    static const char *const nouns[] = {"benchmark", "index", "indices",
                                        "gauge", NULL};
    size_t f = m->first;
    if (f < 2 || m->org_votes > 0 || m->cls == NAME_PERSON)
        return false;
    if (!(t->tokens[f - 1].flags & AFS_TF_POSSESSIVE)) {
        /* "the equity benchmark X": the nouns' initials first */
        for (size_t k = f; k-- > 0 && k + 3 > f && is_lower_word(t, k);) {
            char c = *afs_tok_str(t, k);
            if ((c == 'b' || c == 'i' || c == 'g') &&
                afs_tok_is_one_of(t, k, nouns))
                return true;
        }
        return false;
    }
    /* "Japan's": the owner ends before the "'s" token */
    if (!(afs_tok_has_key(t, f - 2, AFS_LEX_COUNTRIES) ||
          afs_tok_has_key(t, f - 2, AFS_LEX_PLACES)))
        return false;
    size_t k = m->last;
    if (k < t->token_count && t->tokens[k].kind == AFS_TOK_NUMBER)
        k++; /* "225" */
    if (k + 2 < t->token_count && AFS_TOK_IS(t, k, "(") &&
        AFS_TOK_IS(t, k + 2, ")"))
        k += 3; /* "(N225)" */
    return k < t->token_count && is_market_move(t, k);
}

/* "Xbox One X", "Mustang Mach E", "Velo Series S": a capitalised name
 * ending in a lone capital letter (no initial's stop, not "I" or "A") names
 * a model; no body's name ends so, and a person's only after a given name
 * ("Malcolm X"). */
bool ends_in_model_letter(const afs_text *t, const mention *m)
{
    size_t k = m->last - 1;
    if (m->last - m->first < 2 || afs_tok_len(t, k) != 1 ||
        t->tokens[k].kind != AFS_TOK_WORD)
        return false;
    char c = *afs_tok_str(t, k);
    if (c < 'B' || c > 'Z' || c == 'I' ||
        (k + 1 < t->token_count && AFS_TOK_IS(t, k + 1, ".") &&
         k + 2 < t->token_count && (t->tokens[k + 2].flags & AFS_TF_CAPITAL) &&
         !(t->tokens[k + 2].flags & AFS_TF_SENT_START)))
        return false;
    return m->cls != NAME_PERSON && m->cls != NAME_PLACE && m->org_votes == 0 &&
           (t->tokens[k - 1].flags & AFS_TF_CAPITAL) &&
           t->tokens[k - 1].kind == AFS_TOK_WORD &&
           !afs_tok_has_key(t, m->first, AFS_LEX_GIVEN_NAMES) &&
           !has_org_keyword(t, m) && !ends_with_org_head(t, m->first, k);
}

/* "service", "platform": a lower-case noun of what a body offers, the
 * head of the phrase an owned product stands in apposition to. */
static bool is_offering_noun(const afs_text *t, size_t i)
{
    static const char *const nouns[] = {"service", "platform",     "app",
                                        "console", "subscription", NULL};
    return i < t->token_count && is_lower_word(t, i) &&
           afs_tok_is_one_of(t, i, nouns);
}

/* From token k on, a possessive owner ("Google's", "the tech giant's",
 * "its") and lower-case words up to an offering's noun: the token after
 * the noun, or 0. */
static size_t owned_offering_from(const afs_text *t, size_t k)
{
    bool owned = false;
    for (size_t end = k + 7; k < end && k < t->token_count; k++) {
        if (is_offering_noun(t, k))
            return owned ? k + 1 : 0;
        if (t->tokens[k].flags & AFS_TF_POSSESSIVE || AFS_TOK_IS(t, k, "its"))
            owned = true;
        else if (t->tokens[k].kind != AFS_TOK_WORD ||
                 ((t->tokens[k].flags & AFS_TF_CAPITAL) && owned))
            return 0;
    }
    return 0;
}

/* "the tech giant's game streaming service, Stadia,", "Stadia, Google's
 * streaming platform,": a name in apposition to an offering a body owns
 * is that offering, no body ("Netflix, the streaming service," is not
 * owned and stays). */
static bool named_as_owned_offering(const afs_text *t, const mention *m)
{
    size_t f = m->first, next = m->last;
    if (m->cls == NAME_PERSON || m->cls == NAME_PLACE)
        return false;
    if (f >= 3 && AFS_TOK_IS(t, f - 1, ",") && is_offering_noun(t, f - 2))
        for (size_t k = f - 2; k-- > 0 && k + 7 > f;) {
            if (t->tokens[k].sentence != t->tokens[f].sentence ||
                AFS_TOK_IS(t, k, ","))
                break;
            if (owned_offering_from(t, k) == f - 1)
                return true;
        }
    /* ", Google's", ", its", ", the tech giant's": an owner soon after
     * the comma, tested before the walk to the noun */
    if (next + 3 >= t->token_count || !AFS_TOK_IS(t, next, ","))
        return false;
    const afs_token *o = t->tokens + next;
    bool owner =
        AFS_TOK_IS(t, next + 1, "its") || (o[2].flags & AFS_TF_POSSESSIVE) ||
        (o[3].flags & AFS_TF_POSSESSIVE) ||
        (next + 4 < t->token_count && (o[4].flags & AFS_TF_POSSESSIVE));
    return owner && owned_offering_from(t, next + 1) != 0;
}

/* The candidate offerings (value 1) go into works but those a mention
 * shows to be a body: a strong name, a role, a reporting verb after it,
 * a firm's naming, or (owning_acts) an owner's possessive after it. */
static bool take_offerings(extraction *x, strmap *offerings, strmap *works,
                           bool owning_acts)
{
    const afs_text *t = x->text;
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        const mention *m = &x->mentions.v[mi];
        if (!m->folded || strmap_get(offerings, m->folded) == STRMAP_NONE)
            continue;
        bool owns = owning_acts && m->last < t->token_count &&
                    (t->tokens[m->last].flags & AFS_TF_POSSESSIVE);
        if (m->strength >= 3 || m->role || owns ||
            (m->last < t->token_count && is_reporting_verb(t, m->last)) ||
            named_as_organization(x, mi))
            strmap_put(offerings, m->folded, 0);
    }
    bool any = false;
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        const mention *m = &x->mentions.v[mi];
        if (m->folded && strmap_get(offerings, m->folded) == 1) {
            strmap_put(works, m->folded, 1);
            any = true;
        }
    }
    return any;
}

/* Names some mention of which stands in apposition to an owned offering
 * go into works, where none speaks, is named a firm or holds a role
 * (what it owns, "its lineup", says nothing here: a service has one). */
bool take_owned_offerings(extraction *x, strmap *works)
{
    const afs_text *t = x->text;
    strmap *offerings = NULL;
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        const mention *m = &x->mentions.v[mi];
        if (m->strength < 3 && m->strength >= 0 && !m->role && m->folded &&
            named_as_owned_offering(t, m)) {
            if (!offerings)
                offerings = strmap_new(x->arena);
            strmap_put(offerings, m->folded, 1);
        }
    }
    return offerings && take_offerings(x, offerings, works, false);
}

/* "services", "platforms": the plural of an offering's noun, which a
 * list of offerings may follow ("apps like Chime, Varo" name firms as
 * often: tests/unit/test_org_recall.c). */
static bool is_offerings_noun(const afs_text *t, size_t i)
{
    static const char *const nouns[] = {"services", "platforms", "consoles",
                                        "subscriptions", NULL};
    return is_lower_word(t, i) && afs_tok_is_one_of(t, i, nouns);
}

/* "platforms like PlayStation Network, Xbox Live, and Steam", "niche
 * streaming services, such as CBS All Access": mention mi opens a list
 * after offerings' noun and "like", "such as" or "including". */
static bool opens_list_after_offerings(const afs_text *t, const mention *m)
{
    size_t k = m->first;
    if (k < 3)
        return false;
    /* by the word's length and initial first: it is asked of every name */
    const char *w = afs_tok_str(t, k - 1);
    size_t n = afs_tok_len(t, k - 1), noun = k - 2;
    if (n == 4 && w[0] == 'l' && AFS_TOK_IS(t, k - 1, "like"))
        ;
    else if (n == 9 && w[0] == 'i' && AFS_TOK_IS(t, k - 1, "including"))
        ;
    else if (n == 2 && w[0] == 'a' && w[1] == 's' &&
             AFS_TOK_IS(t, k - 2, "such"))
        noun = k - 3;
    else
        return false;
    if (AFS_TOK_IS(t, noun, ",") && noun > 0)
        noun--;
    return is_offerings_noun(t, noun);
}

/* Mention b follows a in a list: only commas, "and" and "or" between. */
static bool next_in_list(const afs_text *t, const mention *a, const mention *b)
{
    if (b->first <= a->last || b->first > a->last + 2)
        return false;
    for (size_t g = a->last; g < b->first; g++)
        if (!is_list_glue(t, g) || AFS_TOK_IS(t, g, "(") ||
            AFS_TOK_IS(t, g, ")"))
            return false;
    return true;
}

static bool may_be_listed_offering(const afs_text *t, const mention *m)
{
    return m->strength < 3 && m->strength >= 0 && !m->role && m->folded &&
           m->cls != NAME_PERSON && m->cls != NAME_PLACE && m->org_votes == 0 &&
           /* "HBO", "ESPN": a broadcaster's letters name the body */
           !(m->last - m->first == 1 &&
             (t->tokens[m->first].flags & AFS_TF_ALL_CAPS));
}

/* The names of such lists go into works where no mention of them speaks,
 * is named a firm or holds a role ("Netflix said" stays a body). */
bool take_listed_offerings(extraction *x, strmap *works)
{
    const afs_text *t = x->text;
    strmap *offerings = NULL;
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        if (!opens_list_after_offerings(t, &x->mentions.v[mi]))
            continue;
        for (size_t k = mi; k < x->mentions.n; k++) {
            const mention *m = &x->mentions.v[k];
            if (k > mi && !next_in_list(t, m - 1, m))
                break;
            if (!may_be_listed_offering(t, m))
                continue;
            if (!offerings)
                offerings = strmap_new(x->arena);
            strmap_put(offerings, m->folded, 1);
        }
    }
    return offerings && take_offerings(x, offerings, works, true);
}
