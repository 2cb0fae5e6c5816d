/* Names that are terms, no entities: acronyms the text counts or spells
 * out, genera, words derived from a name, technical terms. */
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

/* "ICUs", "IRAs": capitals and a plural "s", one token. */
static bool is_plural_capitals(const afs_text *t, const mention *m)
{
    const char *w = afs_tok_str(t, m->first);
    size_t n = afs_tok_len(t, m->first);
    if (m->last - m->first != 1 || n < 3 || w[n - 1] != 's')
        return false;
    for (size_t k = 0; k + 1 < n; k++)
        if (!isupper((unsigned char)w[k]))
            return false;
    return true;
}

/* "the ICU level" where the text also says "ICUs": an acronym the
 * article counts in the plural is a common noun's (a unit, a kind of
 * thing), and so is every mention of it in the singular (one sense per
 * discourse); a body's name takes no plural. A title stays. */
void drop_counted_acronyms(extraction *x)
{
    const afs_text *t = x->text;
    strmap *counted = NULL;
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        const mention *m = &x->mentions.v[mi];
        if (!is_plural_capitals(t, m))
            continue;
        if (!counted)
            counted = strmap_new(x->arena);
        strmap_put(counted,
                   afs_fold(x->arena, afs_tok_str(t, m->first),
                            afs_tok_len(t, m->first) - 1),
                   1);
    }
    for (size_t mi = 0; counted && mi < x->mentions.n; mi++) {
        mention *m = &x->mentions.v[mi];
        if (m->last - m->first == 1 && m->strength >= 0 && !m->role &&
            m->folded && m->org_votes == 0 &&
            (t->tokens[m->first].flags & AFS_TF_ALL_CAPS) &&
            strmap_get(counted, m->folded) != STRMAP_NONE) {
            m->cls = NAME_UNKNOWN;
            m->strength = -1;
        }
    }
}

/* "and", "of", "the": words an acronym's letters may pass over. */
static bool is_skippable_in_expansion(const afs_text *t, size_t i)
{
    static const char *const skipped[] = {"and", "of", "the", "for", "in",
                                          "on",  "to", "a",   "&",   NULL};
    return afs_tok_is_one_of(t, i, skipped);
}

/* Whether tokens [i, end) spell the letters a[0..n): each word gives its
 * initial and may give more letters inside it ("papillomavirus" gives P
 * and V); "and", "of" may give none; commas and dashes give none. */
static bool spells_letters(const afs_text *t, size_t i, size_t end,
                           const char *a, size_t n)
{
    if (i == end)
        return n == 0;
    if (t->tokens[i].kind == AFS_TOK_PUNCT &&
        (AFS_TOK_IS(t, i, ",") || AFS_TOK_IS(t, i, "-")))
        return spells_letters(t, i + 1, end, a, n);
    if (t->tokens[i].kind != AFS_TOK_WORD)
        return false;
    if (is_skippable_in_expansion(t, i) && spells_letters(t, i + 1, end, a, n))
        return true;
    const char *w = afs_tok_str(t, i);
    size_t len = afs_tok_len(t, i);
    if (n == 0 || afs_ascii_lower(w[0]) != afs_ascii_lower(a[0]))
        return false;
    size_t k = 1, at = 1;
    for (;;) {
        if (spells_letters(t, i + 1, end, a + k, n - k))
            return true;
        while (at < len && k < n &&
               afs_ascii_lower(w[at]) != afs_ascii_lower(a[k]))
            at++;
        if (at >= len || k >= n)
            return false;
        at++, k++;
    }
}

/* Whether [first, end) is an expansion written in lower case (its first
 * word may open the sentence): "artificial intelligence", not "Federal
 * Bureau of Investigation", which names a body. Two words at least: one
 * word before capitals in brackets is as often a name's shortening. */
static bool is_lower_expansion(const afs_text *t, size_t first, size_t end)
{
    size_t words = 0;
    for (size_t i = first; i < end; i++) {
        if (t->tokens[i].kind != AFS_TOK_WORD)
            continue;
        bool opens = i == first && (t->tokens[i].flags & AFS_TF_SENT_START);
        if ((t->tokens[i].flags & AFS_TF_CAPITAL) && !opens)
            return false;
        words += !is_skippable_in_expansion(t, i);
    }
    return words >= 2;
}

/* The acronym token i spelled by lower-case words before it in brackets
 * ("human papillomavirus (HPV)") or after it ("AI (artificial
 * intelligence)"). */
static bool is_spelled_out_term(const afs_text *t, size_t i)
{
    const char *a = afs_tok_str(t, i);
    size_t n = afs_tok_len(t, i);
    if (n < 2 || n > 8 || afs_tok_has_key(t, i, AFS_LEX_COUNTRIES))
        return false;
    if (i >= 2 && AFS_TOK_IS(t, i - 1, "(") && i + 1 < t->token_count &&
        AFS_TOK_IS(t, i + 1, ")"))
        for (size_t first = i - 1; first-- > 0 && first + 2 * n + 3 >= i;) {
            if (t->tokens[first].paragraph != t->tokens[i].paragraph)
                break;
            if (is_lower_expansion(t, first, i - 1) &&
                spells_letters(t, first, i - 1, a, n))
                return true;
        }
    if (i + 3 < t->token_count && AFS_TOK_IS(t, i + 1, "("))
        for (size_t close = i + 3;
             close < t->token_count && close <= i + 2 * n + 3; close++)
            if (AFS_TOK_IS(t, close, ")"))
                return is_lower_expansion(t, i + 2, close) &&
                       spells_letters(t, i + 2, close, a, n);
    return false;
}

/* "heating, ventilation and air conditioning (HVAC)": an acronym the
 * article spells out in lower-case words is a term, no body, in every
 * mention (one sense per discourse); spelled out in capitals ("Federal
 * Bureau of Investigation (FBI)") it names a body and stays. A title
 * stays. */
void drop_spelled_out_terms(extraction *x)
{
    const afs_text *t = x->text;
    strmap *terms = NULL;
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        const mention *m = &x->mentions.v[mi];
        if (m->last - m->first != 1 || !m->folded ||
            !(t->tokens[m->first].flags & AFS_TF_ALL_CAPS) ||
            !is_spelled_out_term(t, m->first))
            continue;
        if (!terms)
            terms = strmap_new(x->arena);
        strmap_put(terms, m->folded, 1);
    }
    for (size_t mi = 0; terms && mi < x->mentions.n; mi++) {
        mention *m = &x->mentions.v[mi];
        if (m->last - m->first == 1 && m->strength >= 0 && !m->role &&
            m->folded && strmap_get(terms, m->folded) != STRMAP_NONE) {
            m->cls = NAME_UNKNOWN;
            m->strength = -1;
        }
    }
}

/* Whether the work mention w, of two words or more, spells the letters
 * of the one-token acronym a. */
static bool work_spells(const afs_text *t, const mention *w, const mention *a)
{
    size_t n = afs_tok_len(t, a->first);
    return w->last - w->first >= 2 && w->last - w->first <= 2 * n &&
           spells_letters(t, w->first, w->last, afs_tok_str(t, a->first), n);
}

/* "NASA's Commercial Lunar Payload Services program (CLPS)", "... known
 * as CLPS": capitals that spell a work named before them name the work
 * too, in every mention, no body; a lexicon's body stays ("NASA"), and
 * so do capitals any mention of which acts as a body ("the CDF team"). */
void drop_work_acronyms(extraction *x)
{
    const afs_text *t = x->text;
    strmap *acronyms = NULL, *bodies = NULL;
    size_t first_work = SIZE_MAX;
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        const mention *m = &x->mentions.v[mi];
        if (m->work && m->last - m->first >= 2 && first_work == SIZE_MAX)
            first_work = mi;
        if (first_work == SIZE_MAX || m->last - m->first != 1 || !m->folded ||
            m->strength < 0 || m->strength >= 3 || m->role ||
            !(t->tokens[m->first].flags & AFS_TF_ALL_CAPS) ||
            afs_tok_len(t, m->first) < 2 || afs_tok_len(t, m->first) > 6)
            continue;
        bool body = acts_as_body(x, mi);
        for (size_t wi = first_work; wi < mi && !body; wi++)
            if (x->mentions.v[wi].work &&
                work_spells(t, &x->mentions.v[wi], m)) {
                if (!acronyms)
                    acronyms = strmap_new(x->arena);
                strmap_put(acronyms, m->folded, 1);
                break;
            }
        if (body) {
            if (!bodies)
                bodies = strmap_new(x->arena);
            strmap_put(bodies, m->folded, 1);
        }
    }
    for (size_t mi = 0; acronyms && mi < x->mentions.n; mi++) {
        mention *m = &x->mentions.v[mi];
        if (m->last - m->first == 1 && m->strength >= 0 && m->strength < 3 &&
            !m->role && m->folded &&
            strmap_get(acronyms, m->folded) != STRMAP_NONE &&
            !(bodies && strmap_get(bodies, m->folded) != STRMAP_NONE)) {
            m->cls = NAME_UNKNOWN;
            m->strength = -1;
            m->work = true;
        }
    }
}

/* "coli", "aeruginosa", "pestis": a lower-case word of letters no English
 * word list holds, with a Latin ending, is a species' epithet. */
static bool is_latin_epithet(const afs_text *t, size_t i)
{
    static const char *const endings[] = {"a",  "i",   "us",  "um", "is",
                                          "ae", "ens", "ans", NULL};
    if (!is_lower_word(t, i) || is_common_word(t, i) || is_function_word(t, i))
        return false;
    const char *w = afs_tok_str(t, i);
    size_t n = afs_tok_len(t, i);
    for (size_t k = 0; k < n; k++)
        if (!islower((unsigned char)w[k]))
            return false;
    for (size_t e = 0; endings[e]; e++) {
        size_t l = strlen(endings[e]);
        if (n > l && memcmp(w + n - l, endings[e], l) == 0)
            return true;
    }
    return false;
}

/* "Pseudomonas aeruginosa", "Escherichia coli": a capitalised word before
 * a species' epithet is a genus, and so is every mention of it alone
 * ("Pseudomonas makes ..."): a name of a living kind, no entity. */
void drop_genera(extraction *x)
{
    const afs_text *t = x->text;
    strmap *genera = NULL;
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        const mention *m = &x->mentions.v[mi];
        if (m->last - m->first != 1 || m->strength < 0 || m->strength >= 3 ||
            m->role || !m->folded || m->cls == NAME_PERSON ||
            (t->tokens[m->first].flags & AFS_TF_ALL_CAPS) ||
            !is_latin_epithet(t, m->last))
            continue;
        if (!genera)
            genera = strmap_new(x->arena);
        strmap_put(genera, m->folded, 1);
    }
    for (size_t mi = 0; genera && mi < x->mentions.n; mi++) {
        mention *m = &x->mentions.v[mi];
        if (m->strength >= 0 && m->strength < 3 && !m->role && m->folded &&
            strmap_get(genera, m->folded) != STRMAP_NONE) {
            m->cls = NAME_UNKNOWN;
            m->strength = -1;
        }
    }
}

/* The length of "Nixon" in "Nixonian", "Delhi" in "Delhiites": a word
 * made from a name with a suffix of followers, natives or manner; 0 for
 * none. */
static size_t derived_stem_length(const char *w, size_t n)
{
    static const char *const suffixes[] = {"ians", "ian",   "ites",
                                           "ite",  "esque", NULL};
    for (size_t k = 0; suffixes[k]; k++) {
        size_t l = strlen(suffixes[k]);
        if (n >= l + 4 && memcmp(w + n - l, suffixes[k], l) == 0)
            return n - l;
    }
    return 0;
}

/* A name's last capitalised word: "Torbel" of "Torbel city council". */
static size_t last_capital(const afs_text *t, const mention *m)
{
    size_t i = m->last - 1;
    while (i > m->first && !(t->tokens[i].flags & AFS_TF_CAPITAL))
        i--;
    return i;
}

/* "Nixonian", "Clintonian", "Delhiites" where the article names Nixon,
 * Clinton, Delhi: a word derived from a name the text holds is an
 * adjective or a people's name, no entity ("Guardian" is an English
 * word, "Christian" a given name: they stay). */
void drop_derived_words(extraction *x)
{
    const afs_text *t = x->text;
    strmap *names = NULL;
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        mention *m = &x->mentions.v[mi];
        const char *w = afs_tok_str(t, m->first);
        size_t n = afs_tok_len(t, m->first);
        size_t stem = derived_stem_length(w, n);
        if (m->last - m->first != 1 || !stem || m->strength < 0 ||
            m->strength >= 3 || m->role || is_common_word(t, m->first) ||
            afs_tok_has_key(t, m->first, AFS_LEX_GIVEN_NAMES))
            continue;
        if (!names) {
            names = strmap_new(x->arena);
            for (size_t k = 0; k < x->mentions.n; k++) {
                const mention *o = &x->mentions.v[k];
                if (o->last - o->first == 1 && o->strength >= 0 && o->folded)
                    strmap_put(names, o->folded, 1);
                else if (o->last - o->first >= 2)
                    strmap_put(names, token_key(x, last_capital(t, o)), 1);
            }
        }
        if (strmap_get(names, afs_fold(x->arena, w, stem)) != STRMAP_NONE) {
            m->cls = NAME_UNKNOWN;
            m->strength = -1;
        }
    }
}

/* "the HDMI port", "with HDR": an acronym a dictionary of computing
 * terms expands, that no lexicon, head word or context makes a body: the
 * term, in every mention (one sense per discourse). A body acts: it
 * speaks ("IDC said"), owns ("IDC's analyst"), is named so ("firm
 * IDC", "the IDC team"), spelt out before or listed with a body, and any
 * such mention keeps all of them. */
bool acts_as_body(const extraction *x, size_t mi)
{
    const afs_text *t = x->text;
    /* "the CDF team", "the NTR group": people working as one */
    static const char *const crews[] = {"team",  "group",  "unit", "agency",
                                        "staff", "office", NULL};
    const mention *m = &x->mentions.v[mi];
    size_t next = m->last;
    /* "Concurrent Design Facility (CDF)": the letters of a longer name */
    bool bracketed =
        mi > 0 && m->first >= 1 && next < t->token_count &&
        AFS_TOK_IS(t, m->first - 1, "(") && AFS_TOK_IS(t, next, ")") &&
        x->mentions.v[mi - 1].last + 1 == m->first &&
        x->mentions.v[mi - 1].last - x->mentions.v[mi - 1].first >= 2;
    /* "SBI and Kotar Bank": listed with a body of a head word or lexicon */
    const mention *after = mi + 1 < x->mentions.n ? m + 1 : NULL;
    bool listed = after && after->cls == NAME_ORGANIZATION &&
                  after->strength >= 2 && listed_together(t, m, after);
    return bracketed || listed || m->org_votes > 0 || m->role ||
           (next < t->token_count &&
            ((t->tokens[next].flags & AFS_TF_POSSESSIVE) ||
             is_reporting_verb(t, next))) ||
           (m->first > 0 && is_org_noun(t, m->first - 1)) ||
           is_lower_org_head(t, next) || afs_tok_is_one_of(t, next, crews) ||
           named_as_organization(x, mi);
}

/* A lower-case word of a thing, no body's kind ("police", "firms"),
 * none of the words that join or qualify. */
static bool is_lower_thing_word(const afs_text *t, size_t i)
{
    return is_lower_word(t, i) && !is_function_word(t, i) &&
           !is_lower_org_head(t, i) && !is_org_noun(t, i) &&
           !(t->tokens[i].flags & AFS_TF_POSSESSIVE);
}

/* "focused on HVAC and text entry", "healthcare ICT and mobile
 * workflow", "navigation or DRM": capitals joined by "and" or "or" to a
 * bare lower-case noun (no article: "the FTOB and its partners" may be a
 * body's) are listed as one kind with a thing, a term like it; capitals
 * before a noun modify it ("football or NBA basketball": a league's). */
static bool is_listed_with_thing(const afs_text *t, const mention *m)
{
    size_t next = m->last, f = m->first;
    bool joined_after =
        next + 1 < t->token_count &&
        (AFS_TOK_IS(t, next, "and") || AFS_TOK_IS(t, next, "or")) &&
        is_lower_thing_word(t, next + 1);
    bool joined_before =
        f >= 2 && (AFS_TOK_IS(t, f - 1, "and") || AFS_TOK_IS(t, f - 1, "or")) &&
        is_lower_thing_word(t, f - 2) &&
        !is_lower_word(t, next); /* "or NBA basketball": a modifier */
    return joined_after || joined_before;
}

void drop_technical_terms(extraction *x)
{
    const afs_text *t = x->text;
    strmap *terms = NULL, *bodies = NULL;
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        const mention *m = &x->mentions.v[mi];
        if (m->last - m->first != 1 || m->strength < 0 || m->strength >= 2 ||
            !m->folded || !(t->tokens[m->first].flags & AFS_TF_ALL_CAPS))
            continue;
        const char *sense = acronym_sense(t, m->first);
        if ((!sense || strcmp(sense, "t") != 0) && !is_listed_with_thing(t, m))
            continue;
        strmap **into = acts_as_body(x, mi) ? &bodies : &terms;
        if (!*into)
            *into = strmap_new(x->arena);
        strmap_put(*into, m->folded, 1);
    }
    for (size_t mi = 0; terms && mi < x->mentions.n; mi++) {
        mention *m = &x->mentions.v[mi];
        if (m->last - m->first == 1 && m->strength >= 0 && m->strength < 2 &&
            m->folded && strmap_get(terms, m->folded) != STRMAP_NONE &&
            !(bodies && strmap_get(bodies, m->folded) != STRMAP_NONE)) {
            m->cls = NAME_UNKNOWN;
            m->strength = -1;
        }
    }
}
