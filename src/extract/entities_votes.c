/* What contexts vote of a name's class (place or organization), summed
 * over its mentions; teams; and the names left, attached by their class. */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "articlefs/fold.h"
#include "articlefs/lexicon.h"
#include "articlefs/strmap.h"
#include "entities_internal.h"

static enum afs_kind kind_of(enum name_class cls)
{
    return cls == NAME_PERSON         ? AFS_PERSON
           : cls == NAME_ORGANIZATION ? AFS_ORGANIZATION
                                      : AFS_PLACE;
}

static bool is_dash_or_colon(const afs_text *t, size_t i)
{
    /* ":", "-", an em or en dash, "including": by length, as it is
     * asked before every name */
    if (i >= t->token_count)
        return false;
    const char *w = afs_tok_str(t, i);
    switch (afs_tok_len(t, i)) {
    case 1:
        return *w == ':' || *w == '-';
    case 3:
        return memcmp(w, "\xE2\x80\x94", 3) == 0 ||
               memcmp(w, "\xE2\x80\x93", 3) == 0;
    case 9:
        return memcmp(w, "including", 9) == 0;
    default:
        return false;
    }
}
#include "internal.h"
#include "words.h"

/* "companies", "a firm": nouns whose list or apposition names
 * organizations. */
bool is_org_noun(const afs_text *t, size_t i)
{
    /* by initial: most words share theirs with none or a few */
    static const char *const b[] = {"broadcaster", "broadcasters", NULL};
    static const char *const c[] = {"company",  "companies",    "carrier",
                                    "carriers", "contractor",   "contractors",
                                    "charity",  "conglomerate", NULL};
    static const char *const f[] = {"firm", "firms", NULL};
    static const char *const m[] = {"maker",         "makers",   "manufacturer",
                                    "manufacturers", "magazine", NULL};
    static const char *const n[] = {"nonprofit", "newspaper", NULL};
    static const char *const o[] = {"organization",
                                    "organizations",
                                    "organisation",
                                    "organisations",
                                    "outlet",
                                    "outlets",
                                    NULL};
    static const char *const p[] = {"publisher", NULL};
    static const char *const r[] = {"retailer", NULL};
    static const char *const s[] = {"startup", "startups", "start-up", NULL};
    static const char *const w[] = {"website", NULL};
    static const char *const *const by_initial[26] = {
        ['b' - 'a'] = b, ['c' - 'a'] = c, ['f' - 'a'] = f, ['m' - 'a'] = m,
        ['n' - 'a'] = n, ['o' - 'a'] = o, ['p' - 'a'] = p, ['r' - 'a'] = r,
        ['s' - 'a'] = s, ['w' - 'a'] = w};
    if (!is_lower_word(t, i))
        return false;
    char initial = *afs_tok_str(t, i);
    return initial >= 'a' && initial <= 'z' && by_initial[initial - 'a'] &&
           afs_tok_is_one_of(t, i, by_initial[initial - 'a']);
}

/* Where the list that holds mention mi starts: back over the names,
 * commas, "and" and parenthesised acronyms before it. */
static size_t list_start(const extraction *x, size_t mi)
{
    const afs_text *t = x->text;
    size_t k = x->mentions.v[mi].first, j = mi;
    size_t sentence = t->tokens[k].sentence;
    for (int steps = 0; k > 0 && steps < 40; steps++) {
        size_t p = k - 1;
        if (t->tokens[p].sentence != sentence)
            break;
        if (is_list_glue(t, p)) {
            k = p;
        } else if (j > 0 && x->mentions.v[j - 1].last == k) {
            k = x->mentions.v[--j].first;
        } else if (t->tokens[p].flags & AFS_TF_ALL_CAPS) {
            k = p;
        } else {
            break;
        }
    }
    return k;
}

/* "the five companies — A, B and C", "companies selected last year: A,
 * B", "research firm A", "A, a company that": the text calls it an
 * organization. */
bool named_as_organization(const extraction *x, size_t mi)
{
    const afs_text *t = x->text;
    const mention *m = &x->mentions.v[mi];
    size_t k = list_start(x, mi);
    if (k > 0 && is_org_noun(t, k - 1))
        return true;
    if (k > 1 && is_dash_or_colon(t, k - 1))
        for (size_t i = k - 1; i-- > 0 && i + 12 > k;) {
            if (t->tokens[i].sentence != t->tokens[k].sentence)
                break;
            if (is_org_noun(t, i))
                return true;
        }
    size_t after = m->last;
    if (after + 2 < t->token_count && AFS_TOK_IS(t, after, ",") &&
        (AFS_TOK_IS(t, after + 1, "a") || AFS_TOK_IS(t, after + 1, "an") ||
         AFS_TOK_IS(t, after + 1, "the")))
        for (size_t i = after + 2; i < after + 6 && i + 1 < t->token_count;
             i++) {
            if (AFS_TOK_IS(t, i, ","))
                break;
            /* "X, the company's chief operating officer" is a person */
            if (is_org_noun(t, i))
                return !(t->tokens[i + 1].flags & AFS_TF_POSSESSIVE) &&
                       !(t->tokens[i].flags & AFS_TF_POSSESSIVE);
        }
    return false;
}

/* A title shortly before "of X", "at X" or "for X", in the same clause: "chief
 * executive of X", "vice president of advanced programs at X", "a
 * spokesperson for X". */
/* "Analysts", "executives": a one-word title in the plural, in any case. */
static bool is_plural_title(const afs_text *t, size_t i)
{
    char buf[24];
    size_t n = afs_tok_len(t, i);
    const char *w = afs_tok_str(t, i);
    if (t->tokens[i].kind != AFS_TOK_WORD || n < 4 || n > sizeof buf ||
        w[n - 1] != 's')
        return false;
    for (size_t k = 0; k + 1 < n; k++)
        buf[k] = afs_ascii_lower(w[k]);
    return afs_lex_has(AFS_LEX_TITLES, buf, n - 1);
}

/* "an analyst at Morgan Stanley", "Analysts at Morgan Stanley": nobody
 * works at a person, whatever the shape of the name said ("chief of staff
 * for Roe" may be one's); a title or its plural right before "at". */
static bool works_at_name(const afs_text *t, const mention *m)
{
    size_t at = m->first - 1;
    return m->first >= 2 && m->strength < 3 && !m->role &&
           AFS_TOK_IS(t, at, "at") &&
           !(m->last < t->token_count &&
             (t->tokens[m->last].flags & AFS_TF_POSSESSIVE)) &&
           (title_length(t, at - 1, at) > 0 || is_plural_title(t, at - 1));
}

static bool title_before_preposition(const afs_text *t, size_t prep)
{
    for (size_t i = prep; i-- > 0 && i + 7 > prep;) {
        if (AFS_TOK_IS(t, i, ",") || t->tokens[i].kind == AFS_TOK_QUOTE ||
            t->tokens[i].sentence != t->tokens[prep].sentence)
            return false;
        if (title_length(t, i, prep) > 0)
            return true;
    }
    return false;
}

/* "the Rukban refugee camp", "the Gush Etzion settlement bloc", "the
 * Saket area", "a Forest Hill police sergeant", "Stansted airport": a
 * settlement's noun (or its police's, its people's, its airport's) after
 * the name, maybe after a word describing it. */
bool settlement_noun_follows(const afs_text *t, const mention *m)
{
    /* by initial: a word is compared with the nouns that share it, and
     * most words with none */
    static const char *const c_[] = {"camp", "camps", NULL};
    static const char *const s_[] = {"settlement", "settlements", "suburb",
                                     NULL};
    static const char *const n_[] = {"neighborhood", "neighbourhood", NULL};
    static const char *const v_[] = {"village", NULL};
    static const char *const a_[] = {"area", "airport", "airfield", NULL};
    static const char *const p_[] = {"police", NULL};
    static const char *const r_[] = {"residents", NULL};
    static const char *const *const by_initial[26] = {
        ['c' - 'a'] = c_, ['s' - 'a'] = s_, ['n' - 'a'] = n_, ['v' - 'a'] = v_,
        ['a' - 'a'] = a_, ['p' - 'a'] = p_, ['r' - 'a'] = r_};
    for (size_t k = m->last; k < m->last + 2 && k < t->token_count; k++) {
        if (t->tokens[k].kind != AFS_TOK_WORD ||
            (t->tokens[k].flags & AFS_TF_CAPITAL))
            return false;
        char c = afs_tok_str(t, k)[0];
        const char *const *nouns =
            afs_tok_len(t, k) >= 4 && c >= 'a' && c <= 'z' ? by_initial[c - 'a']
                                                           : NULL;
        if (nouns && afs_tok_is_one_of(t, k, nouns))
            return true;
        if (is_function_word(t, k))
            return false;
    }
    return false;
}

/* "Jane Roe, 32, of Franklin": after a person's age, where the person
 * lives. */
static bool is_hometown(const afs_text *t, const mention *m)
{
    size_t f = m->first;
    return f > 2 && AFS_TOK_IS(t, f - 1, "of") && AFS_TOK_IS(t, f - 2, ",") &&
           t->tokens[f - 3].kind == AFS_TOK_NUMBER && f > 3 &&
           AFS_TOK_IS(t, f - 4, ",");
}

/* "the town of Uyo", "the Mexican state of Michoacan", "the outskirts of
 * Tavildara": a place's kind and "of" before the name say what it is,
 * more surely than a verb after it ("the town of Uyo said" is its
 * police's word). */
static bool follows_place_kind_of(const afs_text *t, const mention *m)
{
    static const char *const kinds[] = {
        "town",    "city",      "village",   "state",        "province",
        "region",  "district",  "county",    "port",         "island",
        "capital", "suburb",    "outskirts", "municipality", "hamlet",
        "enclave", "towns",     "cities",    "villages",     "provinces",
        "regions", "districts", NULL};
    size_t of = m->first - 1;
    /* "the Stadia port of Rockstar's game" names the owner of a thing */
    bool owner = m->last < t->token_count &&
                 (t->tokens[m->last].flags & AFS_TF_POSSESSIVE);
    return m->first >= 2 && !owner && AFS_TOK_IS(t, of, "of") &&
           is_lower_word(t, of - 1) && afs_tok_is_one_of(t, of - 1, kinds);
}

/* "of", "at" or "for": the prepositions after a title ("chief executive
 * of X"), tested by length before every name. */
static bool is_of_at_or_for(const afs_text *t, size_t i)
{
    const char *w = afs_tok_str(t, i);
    switch (afs_tok_len(t, i)) {
    case 2:
        return (w[0] == 'o' && w[1] == 'f') || (w[0] == 'a' && w[1] == 't');
    case 3:
        return memcmp(w, "for", 3) == 0;
    default:
        return false;
    }
}

/* What a company owns and a person seldom does, by its initial: "Google's
 * checking accounts", "Universal's music division". */
static bool is_business_noun(const afs_text *t, size_t i)
{
    static const char *const a[] = {"accounts", "acquisition", NULL};
    static const char *const b[] = {"business", "brand", "brands", NULL};
    static const char *const c[] = {"customers", "cards", "card", NULL};
    static const char *const d[] = {"division", NULL};
    static const char *const e[] = {"earnings", "employees", NULL};
    static const char *const h[] = {"headquarters", NULL};
    static const char *const l[] = {"loans", "lineup", NULL};
    static const char *const p[] = {"products", "profits", "platform", NULL};
    static const char *const r[] = {"revenue", "revenues", NULL};
    static const char *const s[] = {"shares",      "shareholders", "stock",
                                    "subscribers", "subsidiary",   "services",
                                    "sales",       "stores",       NULL};
    static const char *const *const by_initial[26] = {
        ['a' - 'a'] = a, ['b' - 'a'] = b, ['c' - 'a'] = c, ['d' - 'a'] = d,
        ['e' - 'a'] = e, ['h' - 'a'] = h, ['l' - 'a'] = l, ['p' - 'a'] = p,
        ['r' - 'a'] = r, ['s' - 'a'] = s};
    if (!is_lower_word(t, i))
        return false;
    char initial = *afs_tok_str(t, i);
    return initial >= 'a' && initial <= 'z' && by_initial[initial - 'a'] &&
           afs_tok_is_one_of(t, i, by_initial[initial - 'a']);
}

/* "Amazon's small business loans", "Apple's (issue-laden) credit card":
 * a business noun among the few lower-case words the name owns. */
bool owns_business_after(const afs_text *t, size_t last)
{
    if (last >= t->token_count || !(t->tokens[last].flags & AFS_TF_POSSESSIVE))
        return false;
    for (size_t k = last + 1; k < last + 6 && k < t->token_count; k++) {
        if (is_business_noun(t, k))
            return true;
        const afs_token *o = &t->tokens[k];
        bool bracket =
            o->kind == AFS_TOK_PUNCT && strchr("()", t->clean[o->start]);
        /* the noun's own modifiers: not "Street's hopes of a strong
         * earnings season" */
        if (!bracket && (o->kind != AFS_TOK_WORD ||
                         (o->flags & AFS_TF_CAPITAL) || is_function_word(t, k)))
            return false;
    }
    return false;
}

static bool owns_a_business(const afs_text *t, const mention *m)
{
    return owns_business_after(t, m->last);
}

/* "[ Engadget ]", "... on cloud gaming. (CNET)": a name alone in
 * brackets that close its paragraph credits the outlet an excerpt is
 * from. */
static bool credits_a_source(const afs_text *t, const mention *m)
{
    size_t open = m->first - 1, close = m->last;
    if (m->first == 0 || close >= t->token_count ||
        t->tokens[open].kind != AFS_TOK_PUNCT ||
        t->tokens[close].kind != AFS_TOK_PUNCT ||
        (close + 1 < t->token_count &&
         t->tokens[close + 1].paragraph == t->tokens[close].paragraph))
        return false;
    char o = t->clean[t->tokens[open].start];
    char c = t->clean[t->tokens[close].start];
    return is_bracket_pair(o, c);
}

/* "PORTLAND, Ore. (Harbor Wire) —": a dateline's credit names the
 * outlet too; the person's letters aside. */
static bool credits_dateline(const afs_text *t, const mention *m)
{
    return m->first > 0 && t->tokens[m->first - 1].kind == AFS_TOK_PUNCT &&
           m->cls != NAME_PERSON &&
           credits_dateline_source(t, m->first, m->last);
}

/* "Toyota": a name the cities' gazetteer alone places, none of the
 * lexicons of countries and well-known places. */
static bool is_city_only(const afs_text *t, const mention *m)
{
    return m->cls == NAME_PLACE && m->strength == 2 &&
           afs_span_value(t, m->first, m->last, AFS_LEX_CITIES) &&
           !afs_span_value(t, m->first, m->last, AFS_LEX_PLACES) &&
           !afs_span_value(t, m->first, m->last, AFS_LEX_COUNTRIES);
}

/* "Toyota" and "Toyota Motor": a word opening a longer name of two
 * words, the second a company's word, neither a body's kind ("Police",
 * "University") nor a place's. */
static bool opens_company_name(const extraction *x, const mention *m)
{
    const afs_text *t = x->text;
    size_t n = afs_tok_len(t, m->first);
    const char *w = afs_tok_str(t, m->first);
    for (size_t k = 0; k < x->mentions.n; k++) {
        const mention *o = &x->mentions.v[k];
        if (o->last - o->first != 2 || afs_tok_len(t, o->first) != n ||
            memcmp(afs_tok_str(t, o->first), w, n) != 0)
            continue;
        size_t second = o->first + 1;
        if (!afs_tok_has_key(t, second, AFS_LEX_ORG_KEYWORDS) &&
            !afs_tok_has_key(t, second, AFS_LEX_PLACES) &&
            !ends_with_place_head(t, second, o->last) &&
            is_common_word(t, second))
            return true;
    }
    return false;
}

/* A town's name the text uses as a company's: "Toyota said", "Toyota
 * has launched", "Toyota Motor" elsewhere; "Toyota, Japan" places it. */
static void vote_on_city(const extraction *x, const mention *m, int *place,
                         int *org)
{
    const afs_text *t = x->text;
    size_t next = m->last;
    if (next + 1 < t->token_count && AFS_TOK_IS(t, next, ",") &&
        (afs_tok_has_key(t, next + 1, AFS_LEX_PLACES) ||
         afs_tok_has_key(t, next + 1, AFS_LEX_COUNTRIES)))
        (*place)++;
    if ((next < t->token_count && is_reporting_verb(t, next) &&
         !(t->tokens[next].flags & AFS_TF_CAPITAL)) ||
        (next + 1 < t->token_count && AFS_TOK_IS(t, next, "has") &&
         acts_as_company_after(t, m->first, m->last)))
        (*org)++;
    if (m->last - m->first == 1 && opens_company_name(x, m))
        (*org)++;
}

/* A word in lower case of at most seven letters: the test before a
 * list's, which most tokens fail. */
static bool is_short_lower_word(const afs_text *t, size_t i)
{
    return t->tokens[i].kind == AFS_TOK_WORD &&
           !(t->tokens[i].flags & AFS_TF_CAPITAL) && afs_tok_len(t, i) <= 7;
}

/* "Vanta's new President and CEO", "Vanta's former Chief Executive": a
 * title after a word for its holder's tenure, in either case, is an
 * employer's officer. */
static bool new_title_follows(const afs_text *t, size_t i)
{
    static const char *const tenures[] = {"new",     "former",   "incoming",
                                          "interim", "outgoing", NULL};
    return i + 1 < t->token_count && is_short_lower_word(t, i) &&
           afs_tok_is_one_of(t, i, tenures) &&
           title_length(t, i + 1, i + 4) > 0;
}

/* "the entire Momentum team", "The Vanta Podcast team of A and B":
 * "team" or "staff" after a name that "the" opens (a person's team is
 * "Lee's team"; a town's "the Leeds team" is a lexicon's place, not
 * voted). */
static bool staff_follows(const afs_text *t, const mention *m)
{
    size_t k = m->last;
    if (k >= t->token_count || t->tokens[k].kind != AFS_TOK_WORD ||
        afs_tok_len(t, k) < 4 || afs_tok_len(t, k) > 5 ||
        !(afs_tok_is(t, k, "team") || afs_tok_is(t, k, "staff")))
        return false;
    /* one word no dictionary has may be a surname ("the Biden team") */
    if (m->last - m->first == 1 && !is_common_word(t, m->first))
        return false;
    if (AFS_TOK_IS(t, m->first, "The"))
        return true;
    for (size_t b = m->first; b-- > 0 && b + 3 > m->first;) {
        if (AFS_TOK_IS(t, b, "the"))
            return true;
        if (!is_lower_word(t, b) && !AFS_TOK_IS(t, b, "new"))
            return false;
    }
    return false;
}

/* "told Roe", "according to Lamrani": the one word of m ends a longer
 * name elsewhere that a given name opens, a title or the shape of its
 * words makes a person's: the surname of someone named in full. */
static bool is_surname_of_named_person(const extraction *x, const mention *m)
{
    const afs_text *t = x->text;
    if (m->last - m->first != 1)
        return false;
    size_t n = afs_tok_len(t, m->first);
    const char *w = afs_tok_str(t, m->first);
    for (size_t k = 0; k < x->mentions.n; k++) {
        const mention *o = &x->mentions.v[k];
        if (o->last - o->first < 2 || afs_tok_len(t, o->last - 1) != n ||
            memcmp(afs_tok_str(t, o->last - 1), w, n) != 0)
            continue;
        if (o->cls == NAME_PERSON || o->role ||
            afs_tok_has_key(t, o->first, AFS_LEX_GIVEN_NAMES) ||
            looks_like_unknown_person(x, o))
            return true;
    }
    return false;
}

/* "told Rolling Stone", "according to Business Insider", "in an
 * interview with Harbor Weekly", "Zentrix first reported": a name where
 * news names its sources and listeners that is no person's (no given
 * name, no title, no person named in full with it as surname) is an
 * outlet or another body. */
static bool is_source_body(const extraction *x, const mention *m)
{
    const afs_text *t = x->text;
    if (m->cls == NAME_PERSON || m->role || m->title_first < m->first ||
        !names_a_source(t, m->first, m->last) ||
        afs_tok_has_key(t, m->first, AFS_LEX_GIVEN_NAMES) ||
        looks_like_unknown_person(x, m))
        return false;
    return !is_surname_of_named_person(x, m);
}

/* "Developer Valve called", "Rival Zentrix said": a kind of body's noun
 * opening the sentence, capitalised by its place, right before a name
 * that no given name opens (a property developer may be a person). */
static bool after_opening_org_noun(const extraction *x, const mention *m)
{
    const afs_text *t = x->text;
    size_t k = m->first;
    return k > 0 && m->cls != NAME_PERSON && !m->role &&
           (t->tokens[k - 1].flags & AFS_TF_SENT_START) &&
           t->tokens[k - 1].kind == AFS_TOK_WORD &&
           afs_tok_len(t, k - 1) >= 4 && is_body_kind_noun(t, k - 1) &&
           !afs_tok_has_key(t, m->first, AFS_LEX_GIVEN_NAMES) &&
           !looks_like_unknown_person(x, m);
}

/* What one mention's neighbourhood says of its name's class: "in X",
 * "near X" a place; "chief executive of X", "X's chairman", "companies
 * X and Y" an organization. "to X" and "from X" say nothing: companies
 * are written to and bought from. */
static void vote_on(const extraction *x, size_t mi, int *place, int *org)
{
    const afs_text *t = x->text;
    const mention *m = &x->mentions.v[mi];
    size_t prev = m->first - 1;
    /* a longer name's settlement noun is read in place_leftovers */
    /* "in FromSoftware's work", "across Facebook's platforms": the
     * preposition governs what the name owns */
    bool owner = m->last < t->token_count &&
                 (t->tokens[m->last].flags & AFS_TF_POSSESSIVE);
    /* "wrote in X" is no place's "in" */
    bool source = is_source_body(x, m);
    if ((m->first > 0 && is_locative(t, prev) && !owner && !source) ||
        (m->last - m->first == 1 && settlement_noun_follows(t, m)) ||
        is_hometown(t, m))
        (*place)++;
    if (m->cls != NAME_PERSON && follows_place_kind_of(t, m))
        *place += 2;
    if (m->first > 1 && m->cls != NAME_PERSON && is_of_at_or_for(t, prev) &&
        title_before_preposition(t, prev))
        (*org)++;
    if (m->cls == NAME_PERSON && works_at_name(t, m))
        (*org)++;
    /* "Disney's chairman"; a person has a chief of staff too */
    if (m->cls != NAME_PERSON && is_possessed(t, m) &&
        m->last + 1 < t->token_count &&
        ((!(t->tokens[m->last + 1].flags & AFS_TF_CAPITAL) &&
          title_length(t, m->last + 1, m->last + 4) > 0) ||
         new_title_follows(t, m->last + 1)))
        (*org)++;
    if (named_as_organization(x, mi) || credits_a_source(t, m) ||
        credits_dateline(t, m) ||
        (m->cls != NAME_PERSON && owns_a_business(t, m)))
        (*org)++;
    /* "the entire Vanta team", "The Vanta Podcast team of A, B and C":
     * a body's staff after the name, "the" before it */
    if (m->cls != NAME_PERSON && staff_follows(t, m))
        (*org)++;
    /* "Zentrix chief executive Mara Olin": the holder's employer */
    if (m->cls != NAME_PERSON && employs_title_holder(t, m->first, m->last))
        (*org)++;
    /* "Google has bought", "Rolling Stone reported" opening a sentence */
    if (m->cls != NAME_PERSON &&
        (t->tokens[m->first].flags & AFS_TF_SENT_START) &&
        acts_as_company_after(t, m->first, m->last))
        (*org)++;
    if (source || after_opening_org_noun(x, m))
        (*org)++;
    if (is_city_only(t, m))
        vote_on_city(x, m, place, org);
}
/* Sums the votes of every mention of each name, by its folded text, and
 * gives each mention the sums: the class is decided once for all. */
void collect_votes(extraction *x)
{
    strmap *index = strmap_new(x->arena);
    int *place = afs_arena_array(x->arena, x->mentions.n + 1, sizeof *place);
    int *org = afs_arena_array(x->arena, x->mentions.n + 1, sizeof *org);
    size_t *slot_of =
        afs_arena_array(x->arena, x->mentions.n + 1, sizeof *slot_of);
    recent_key recent[RECENT_SLOTS] = {0};
    size_t n = 0;
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        const mention *m = &x->mentions.v[mi];
        slot_of[mi] = STRMAP_NONE;
        if (m->strength >= 3 || m->strength < 0)
            continue; /* a lexicon decided, for every mention alike */
        recent_key *r = &recent[recent_slot(m->folded)];
        if (r->key != m->folded) {
            size_t *slot = strmap_at(index, m->folded);
            if (*slot == STRMAP_NONE)
                *slot = n++;
            *r = (recent_key){m->folded, *slot};
        }
        slot_of[mi] = r->value;
        if (!m->heading)
            vote_on(x, mi, &place[slot_of[mi]], &org[slot_of[mi]]);
    }
    for (size_t mi = 0; mi < x->mentions.n; mi++)
        if (slot_of[mi] != STRMAP_NONE) {
            x->mentions.v[mi].place_votes = place[slot_of[mi]];
            x->mentions.v[mi].org_votes = org[slot_of[mi]];
        }
}

/* A name the text calls an organization is one, whatever its shape said
 * ("Ceres Robotics" starts with a given name); lexicons and titles keep
 * their word. */
void apply_votes(extraction *x)
{
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        mention *m = &x->mentions.v[mi];
        if (m->strength >= 3 || m->strength < 0 || m->role ||
            m->org_votes <= m->place_votes)
            continue;
        /* a town's name needs all its mentions out of a place's context */
        if (is_city_only(x->text, m) && m->place_votes > 0)
            continue;
        m->cls = NAME_ORGANIZATION;
        m->strength = 2;
        m->gender = AFS_GENDER_UNKNOWN;
    }
}

/* "Barcelona soccer player", "the Chicago coach", "Leeds's striker": a
 * team's member after a city's name makes the name the team's. */
static bool team_member_follows(const afs_text *t, const mention *m)
{
    static const char *const sports[] = {"soccer",   "football", "basketball",
                                         "baseball", "hockey",   "rugby",
                                         "cricket",  NULL};
    static const char *const members[] = {
        "player",      "players",    "coach",      "manager",    "striker",
        "forward",     "midfielder", "defender",   "goalkeeper", "goalie",
        "quarterback", "winger",     "defenseman", "pitcher",    "linebacker",
        "fans",        "supporters", "squad",      NULL};
    size_t k = m->last;
    if (k < t->token_count && (t->tokens[k].flags & AFS_TF_POSSESSIVE))
        k++;
    if (!is_lower_word(t, k)) /* most names: a capital or a mark */
        return false;
    if (afs_tok_is_one_of(t, k, sports))
        k++;
    return is_lower_word(t, k) && afs_tok_is_one_of(t, k, members);
}

/* "45-17", "3-1", "6-5": a score or a win-loss record, one token or
 * three; from token k, its token count, or 0. */
static size_t score_length(const afs_text *t, size_t k)
{
    if (k >= t->token_count || t->tokens[k].kind != AFS_TOK_NUMBER)
        return 0;
    const char *w = afs_tok_str(t, k);
    size_t n = afs_tok_len(t, k), digits = 0, dashes = 0;
    for (size_t c = 0; c < n; c++) {
        if (w[c] == '-' && digits > 0 && digits <= 3 && !dashes) {
            dashes = 1;
            digits = 0;
        } else if (w[c] >= '0' && w[c] <= '9' && digits < 3) {
            digits++;
        } else {
            return 0;
        }
    }
    if (dashes)
        return digits > 0 ? 1 : 0;
    bool joined = k + 2 < t->token_count && n <= 3 &&
                  t->tokens[k + 1].start == t->tokens[k].end &&
                  t->tokens[k + 2].start == t->tokens[k + 1].end &&
                  AFS_TOK_IS(t, k + 1, "-") &&
                  t->tokens[k + 2].kind == AFS_TOK_NUMBER &&
                  afs_tok_len(t, k + 2) <= 3;
    return joined ? 3 : 0;
}

/* "rolled past Northern Illinois, 45-17", "Minnesota (9-1)": a name
 * right before a score, or before a win-loss record in brackets, is a
 * side of a game, a team. */
static bool score_follows(const afs_text *t, const mention *m)
{
    size_t k = m->last;
    if (k < t->token_count && (AFS_TOK_IS(t, k, ",") || AFS_TOK_IS(t, k, "(")))
        k++;
    return score_length(t, k) > 0;
}

/* "Eastern Michigan rolled past Northern Illinois, 45-17": the name
 * before a result's verb, when the name after it is a side of the game. */
static bool beats_side(const extraction *x, size_t mi)
{
    static const char *const results[] = {
        "beat",    "beats",  "defeated",  "defeats", "edged",    "edges",
        "routed",  "rolled", "topped",    "tops",    "downed",   "blanked",
        "stunned", "upset",  "outlasted", "crushed", "thrashed", "drew",
        "lost",    "fell",   "past",      "over",    "to",       "with",
        "against", "by",     NULL};
    const afs_text *t = x->text;
    const mention *m = &x->mentions.v[mi];
    if (mi + 1 >= x->mentions.n || !is_lower_word(t, m->last) ||
        !afs_tok_is_one_of(t, m->last, results))
        return false;
    const mention *o = &x->mentions.v[mi + 1];
    for (size_t k = m->last; k < o->first; k++)
        if (!is_lower_word(t, k) || !afs_tok_is_one_of(t, k, results))
            return false;
    return o->first <= m->last + 3 && score_follows(t, o);
}

/* "Minnesota's game", "Wisconsin's offense": a game's word after a
 * name's possessive. */
static bool game_word_follows(const afs_text *t, const mention *m)
{
    static const char *const words[] = {
        "game", "games",  "opener", "offense", "defense", "victory",  "win",
        "loss", "defeat", "lineup", "roster",  "rematch", "comeback", NULL};
    size_t k = m->last;
    return k + 1 < t->token_count && (t->tokens[k].flags & AFS_TF_POSSESSIVE) &&
           afs_tok_is_one_of(t, k + 1, words);
}

/* "a game at Northwestern", "a one-game lead on Wisconsin", "a lead in
 * the West Division on Iowa": the other side of a game, after its word,
 * a few words of the clause and a preposition ("in" would be the place). */
static bool game_side_before(const afs_text *t, const mention *m)
{
    static const char *const words[] = {
        "game",   "games",   "lead",    "win",    "victory", "loss",
        "defeat", "rematch", "matchup", "opener", NULL};
    static const char *const sides[] = {"at", "against", "on",     "over", "to",
                                        "vs", "vs.",     "versus", NULL};
    if (m->first < 2 || !is_short_lower_word(t, m->first - 1) ||
        !afs_tok_is_one_of(t, m->first - 1, sides))
        return false;
    size_t stop = m->first > 7 ? m->first - 7 : 0;
    for (size_t k = m->first - 1; k-- > stop;) {
        if (t->tokens[k].kind != AFS_TOK_WORD)
            return false; /* the clause ends */
        if (is_short_lower_word(t, k) && afs_tok_is_one_of(t, k, words))
            return true;
    }
    return false;
}

/* Token i starts with one of the letters: a test before a list's. */
static bool has_initial_of(const afs_text *t, size_t i, const char *letters)
{
    return strchr(letters, t->clean[t->tokens[i].start]) != NULL;
}

/* "Cocoa Beach 58, Titusville 51": either side of a result's pair, when
 * a side is a place or a body and neither a person ("Tre Holloway 18,
 * Andre Pike 11" are players' points; "Rage 2, Red Dead Redemption 2"
 * games). */
static bool has_score(const afs_text *t);

static bool in_result_pair(extraction *x, size_t mi)
{
    const afs_text *t = x->text;
    const mention *m = &x->mentions.v[mi], *other = NULL;
    if (!is_count_token(t, m->last)) /* most names: no count after them */
        return false;
    if (mi + 1 < x->mentions.n && opens_result_pair(t, m->last, 3))
        other = m + 1;
    else if (mi > 0 && closes_result_pair(t, m->first, m->last))
        other = m - 1;
    if (!other || m->cls == NAME_PERSON || other->cls == NAME_PERSON ||
        looks_like_unknown_person(x, m) || looks_like_unknown_person(x, other))
        return false;
    return m->cls == NAME_PLACE || m->cls == NAME_ORGANIZATION ||
           other->cls == NAME_PLACE || other->cls == NAME_ORGANIZATION ||
           reports_a_game(x) || has_score(t);
}

/* "Porto also won", "lost to Braga", "a draw with Porto", "Benfica host
 * Porto": a side of a game by the result's or the fixture's verb next to
 * it, asked in a game's report only. */
static bool names_a_result(const afs_text *t, const mention *m)
{
    static const char *const results[] = {
        "won",  "wins",  "lost",     "loses", "drew",     "draws",
        "beat", "beats", "defeated", "edged", "thrashed", NULL};
    static const char *const fixtures[] = {
        "beat",  "defeated", "edged",   "against", "host",  "hosts", "hosted",
        "visit", "visits",   "visited", "face",    "faces", "faced", NULL};
    static const char *const losses[] = {"lost", "losing", "loss", "fell",
                                         NULL};
    static const char *const draws[] = {"drew", "draw", "tied", "tie", NULL};
    size_t k = m->last;
    if (is_lower_word_at(t, k) && afs_tok_is(t, k, "also"))
        k++;
    if (is_lower_word_at(t, k) && has_initial_of(t, k, "wldbet") &&
        afs_tok_is_one_of(t, k, results))
        return true;
    if (m->first < 2 || !is_lower_word_at(t, m->first - 1) ||
        !has_initial_of(t, m->first - 1, "bdeahvftw"))
        return false;
    size_t p = m->first - 1;
    return afs_tok_is_one_of(t, p, fixtures) ||
           (afs_tok_is(t, p, "to") && afs_tok_is_one_of(t, p - 1, losses)) ||
           (afs_tok_is(t, p, "with") && afs_tok_is_one_of(t, p - 1, draws));
}

/* "Liverpool and Porto also won": the name joined by "and" to a side of
 * a result is a side too. */
static bool joined_to_a_result(const extraction *x, size_t mi)
{
    const afs_text *t = x->text;
    const mention *m = &x->mentions.v[mi];
    if (mi + 1 >= x->mentions.n || !is_lower_word_at(t, m->last) ||
        !AFS_TOK_IS(t, m->last, "and"))
        return false;
    const mention *o = &x->mentions.v[mi + 1];
    return o->first == m->last + 1 && names_a_result(t, o);
}

static size_t digits_before(const char *s, const char *p)
{
    size_t n = 0;
    while (p > s && isdigit((unsigned char)p[-1]) && n < 4)
        p--, n++;
    return n;
}

static size_t digits_after(const char *p, const char *end)
{
    size_t n = 0;
    while (p < end && isdigit((unsigned char)*p) && n < 4)
        p++, n++;
    return n;
}

/* A game's report: a score or a record somewhere ("24-17", "(8-1)"),
 * found by its dash, which memchr finds fast. */
static bool has_score(const afs_text *t)
{
    const char *s = t->clean, *end = t->clean + t->len;
    for (const char *p = memchr(s, '-', t->len); p;
         p = memchr(p + 1, '-', (size_t)(end - p - 1)))
        if (p > s && p + 1 < end && isdigit((unsigned char)p[-1]) &&
            isdigit((unsigned char)p[1]) && digits_before(s, p) <= 3 &&
            digits_after(p + 1, end) <= 3)
            return true;
    return false;
}

/* "Scotland", "Wales": the places lexicon's nations inside a state. */
static bool is_nation(const afs_text *t, const mention *m)
{
    const char *v = afs_span_value(t, m->first, m->last, AFS_LEX_PLACES);
    return v && strcmp(v, "nation") == 0;
}

/* "Broncos vs. Raiders", "Leeds versus Chelsea": the names on both sides of a
 * "vs." are the sides of a game. */
static inline bool is_versus(const afs_text *t, size_t i)
{
    /* by its initial and length, as it is asked beside every name */
    const char *w = afs_tok_str(t, i);
    if (*w != 'v')
        return false;
    size_t n = afs_tok_len(t, i);
    return ((n == 2 && w[1] == 's') || (n == 3 && memcmp(w, "vs.", 3) == 0) ||
            (n == 6 && memcmp(w, "versus", 6) == 0));
}

static inline bool beside_versus(const afs_text *t, const mention *m)
{
    return (m->last + 1 < t->token_count && is_versus(t, m->last) &&
            (t->tokens[m->last + 1].flags & AFS_TF_CAPITAL)) ||
           (m->first > 1 && is_versus(t, m->first - 1) &&
            (t->tokens[m->first - 2].flags & AFS_TF_CAPITAL));
}

/* "Cleveland Browns", "Pittsburgh Steelers": a city's name, then one
 * capitalised plural no body's word ("Times") nor an event's
 * ("Olympics"): the city's team, whose
 * city alone names it again ("against Pittsburgh"). The city's folded
 * name, or NULL. */
static const char *team_city(extraction *x, const mention *o)
{
    const afs_text *t = x->text;
    if (o->heading || o->last - o->first < 2 || o->last - o->first > 3)
        return NULL;
    size_t k = o->last - 1, n = afs_tok_len(t, k);
    const char *w = afs_tok_str(t, k);
    if (n < 4 || w[n - 1] != 's' || w[n - 2] == 's' ||
        !(t->tokens[k].flags & AFS_TF_CAPITAL) ||
        (t->tokens[k].flags & AFS_TF_ALL_CAPS) ||
        afs_tok_has_key(t, k, AFS_LEX_ORG_KEYWORDS) ||
        is_event_or_work_head(t, k)) /* "the Beijing Olympics" */
        return NULL;
    const char *city = afs_span_value(t, o->first, k, AFS_LEX_PLACES);
    if (!(city ? strcmp(city, "city") == 0
               : afs_span_value(t, o->first, k, AFS_LEX_CITIES) != NULL))
        return NULL;
    const char *from = afs_tok_str(t, o->first);
    const char *to = afs_tok_str(t, k - 1) + afs_tok_len(t, k - 1);
    return afs_fold(x->arena, from, (size_t)(to - from));
}

/* "FC Porto", "Lorient FC": a club's mark beside a city's name; the
 * city's folded name, or NULL. */
static const char *club_city(extraction *x, const mention *o)
{
    static const char *const marks[] = {"FC", "AFC", "CF", "SC", "AC", NULL};
    const afs_text *t = x->text;
    if (o->heading || o->last - o->first != 2)
        return NULL;
    size_t city = o->first;
    /* a mark is two or three capitals: most names have none */
    bool a = (t->tokens[o->first].flags & AFS_TF_ALL_CAPS) &&
             afs_tok_len(t, o->first) <= 3;
    bool b = (t->tokens[o->first + 1].flags & AFS_TF_ALL_CAPS) &&
             afs_tok_len(t, o->first + 1) <= 3;
    if (!a && !b)
        return NULL;
    if (a && afs_tok_is_one_of(t, o->first, marks))
        city = o->first + 1;
    else if (!b || !afs_tok_is_one_of(t, o->first + 1, marks))
        return NULL;
    const char *v = afs_span_value(t, city, city + 1, AFS_LEX_PLACES);
    if (!(v ? strcmp(v, "city") == 0
            : afs_span_value(t, city, city + 1, AFS_LEX_CITIES) != NULL))
        return NULL;
    return afs_fold(x->arena, afs_tok_str(t, city), afs_tok_len(t, city));
}

/* A city whose name is once a team's (above) is the team in every
 * mention (one sense per discourse), unless the article also puts
 * something in it ("a rematch in Pittsburgh"): then the city is meant
 * and "Pittsburgh quarterback" reads as the city's too. Countries keep
 * their sense: their teams are named by the country, as a nation's inside
 * a state are ("Wales beat Hungary 2-0"). */
void take_teams(extraction *x)
{
    const afs_text *t = x->text;
    strmap *teams = NULL;
    /* the game's words name sides in a game's report only */
    bool scored = has_score(t);
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        mention *m = &x->mentions.v[mi];
        if (m->cls == NAME_ORGANIZATION || m->cls == NAME_UNKNOWN) {
            const char *city = m->strength < 3 ? team_city(x, m) : NULL;
            bool club = false; /* its mark says it is a team */
            if (!city && m->last - m->first == 2)
                club = (city = club_city(x, m)) != NULL;
            if (city && (club || reports_a_game(x))) {
                if (!teams)
                    teams = strmap_new(x->arena);
                /* the team's name, unless the city has two teams */
                size_t *v = strmap_at(teams, city);
                *v = *v == STRMAP_NONE || *v == mi + 2 ? mi + 2 : 1;
                m->cls = NAME_ORGANIZATION;
                m->strength = 3;
                continue;
            }
        }
        if (m->cls == NAME_PERSON || !m->folded)
            continue;
        /* "Broncos vs. Raiders", "Cocoa Beach 58, Titusville 51": a side
         * whatever its class */
        if (m->cls != NAME_PLACE) {
            if (m->strength < 3 &&
                (beside_versus(t, m) || in_result_pair(x, mi))) {
                m->cls = NAME_ORGANIZATION;
                m->strength = 3;
            }
            continue;
        }
        bool side =
            team_member_follows(t, m) || score_follows(t, m) ||
            in_result_pair(x, mi) || beats_side(x, mi) || beside_versus(t, m) ||
            (scored && (game_word_follows(t, m) || game_side_before(t, m))) ||
            ((names_a_result(t, m) || joined_to_a_result(x, mi)) &&
             (scored || reports_a_game(x)));
        if (!side || afs_span_value(t, m->first, m->last, AFS_LEX_COUNTRIES) ||
            is_nation(t, m))
            continue;
        if (!teams)
            teams = strmap_new(x->arena);
        size_t *v = strmap_at(teams, m->folded);
        if (*v == STRMAP_NONE)
            *v = 1;
    }
    if (!teams)
        return;
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        const mention *m = &x->mentions.v[mi];
        if (m->cls == NAME_PLACE && m->folded && m->first > 0 &&
            is_locative(t, m->first - 1))
            strmap_put(teams, m->folded, 0);
    }
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        mention *m = &x->mentions.v[mi];
        size_t v = m->cls == NAME_PLACE && m->folded
                       ? strmap_get(teams, m->folded)
                       : STRMAP_NONE;
        if (v == STRMAP_NONE || v == 0)
            continue;
        m->cls = NAME_ORGANIZATION;
        m->strength = 3;
        m->canonical = NULL;
        /* "Cleveland" of "the Cleveland Browns" is the Browns again */
        if (v >= 2)
            m->key = mention_key(x, &x->mentions.v[v - 2]);
    }
}

/* A single word no lexicon placed: what all its mentions say. */
static enum name_class guess_single(extraction *x, const mention *m)
{
    if (is_common_word(x->text, m->first))
        return NAME_UNKNOWN;
    if (m->place_votes > m->org_votes)
        return NAME_PLACE;
    return m->org_votes > 0 ? NAME_ORGANIZATION : NAME_UNKNOWN;
}

/* A place a lexicon (or a dateline) names is one on a heading line too
 * ("Norway (Group C): Second appearance"), where a guess is not: a list's
 * lines read as sub-headings, and the body may name it nowhere else. */
static bool is_lexicon_place(const mention *m)
{
    return m->cls == NAME_PLACE && m->strength >= 3;
}

void attach_remaining(extraction *x)
{
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        mention *m = &x->mentions.v[mi];
        if (m->entity != NO_ENTITY || m->strength < 0)
            continue;
        size_t e = NO_ENTITY;
        if (m->last - m->first == 1 && m->cls != NAME_PLACE)
            e = person_with_part(x, m, true);
        if (e == NO_ENTITY && m->last - m->first == 1 && m->cls == NAME_UNKNOWN)
            e = person_with_part(x, m, false);
        const char *key = mention_key(x, m);
        size_t known = strmap_get(x->entity_keys, key); /* of any kind */
        /* a new entity is filed under this very key */
        bool own_key = !m->canonical && m->folded && key == m->folded;
        enum name_class cls = m->cls;
        if (e == NO_ENTITY && cls != NAME_UNKNOWN)
            e = entity_of_kind(x, kind_of(cls), key, m, known);
        if (e == NO_ENTITY && cls == NAME_UNKNOWN) {
            for (int k = 0; k < AFS_KIND_COUNT && e == NO_ENTITY; k++)
                e = entity_of_kind(x, (enum afs_kind)k, key, m, known);
        }
        bool mapped = known != STRMAP_NONE;
        if (e == NO_ENTITY && (!m->heading || is_lexicon_place(m))) {
            if (cls == NAME_UNKNOWN && m->last - m->first == 1)
                cls = guess_single(x, m);
            if (cls == NAME_UNKNOWN)
                continue;
            m->cls = cls;
            e = new_entity_keyed(x, m, kind_of(cls), !mapped && own_key);
            mapped |= own_key;
        }
        if (e != NO_ENTITY)
            attach_keyed(x, mi, e, mapped);
    }
}
