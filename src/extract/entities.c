/* Entities from name mentions: lower-case heads that turn a name into an
 * organization, compounds split into parts, then coreference in the
 * manner of GATE's OrthoMatcher (same name, surname, given name, acronym)
 * and a last guess for single words nobody claimed. */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "articlefs/fold.h"
#include "articlefs/lexicon.h"
#include "articlefs/strmap.h"
#include "internal.h"
#include "words.h"

/* ---- mention shapes ---------------------------------------------------- */

static void set_span(extraction *x, mention *m, size_t first, size_t last)
{
    const afs_text *t = x->text;
    m->first = first;
    m->last = last;
    m->start = t->tokens[first].start;
    m->end = t->tokens[last - 1].end;
    m->text = token_span_text(x, first, last);
}

static bool is_common_word_text(const char *w, size_t n)
{
    char buf[32];
    if (n >= sizeof buf)
        return false;
    for (size_t i = 0; i < n; i++)
        buf[i] = (char)tolower((unsigned char)w[i]);
    return afs_lex_has(AFS_LEX_COMMON_WORDS, buf, n);
}

static bool is_listed_function_word(const afs_text *t, size_t i);

/* The length and initial inline: most words fail them, and a call for
 * each word after each name costs more than the tests. */
static inline bool is_function_word(const afs_text *t, size_t i)
{
    if (i >= t->token_count || afs_tok_len(t, i) > 4)
        return false;
    char c = *afs_tok_str(t, i);
    return c >= 'a' && c <= 'z' && is_listed_function_word(t, i);
}

/* Two bytes as one number, for a switch over two-letter words. */
#define PAIR(a, b) ((unsigned)(unsigned char)(a) << 8 | (unsigned char)(b))

static bool is_listed_function_word(const afs_text *t, size_t i)
{
    /* a switch on the length: each word is met once for each name near
     * it, and a list compared word by word costs more than the tests */
    const char *w = afs_tok_str(t, i);
    switch (afs_tok_len(t, i)) {
    case 1:
        return w[0] == 'a';
    case 2:
        switch (PAIR(w[0], w[1])) {
        case PAIR('a', 'n'):
        case PAIR('a', 't'):
        case PAIR('a', 's'):
        case PAIR('b', 'y'):
        case PAIR('i', 'n'):
        case PAIR('o', 'f'):
        case PAIR('o', 'r'):
        case PAIR('o', 'n'):
        case PAIR('t', 'o'):
            return true;
        default:
            return false;
        }
    case 3:
        return memcmp(w, "and", 3) == 0 || memcmp(w, "for", 3) == 0 ||
               memcmp(w, "the", 3) == 0;
    case 4:
        return memcmp(w, "from", 4) == 0 || memcmp(w, "that", 4) == 0 ||
               memcmp(w, "with", 4) == 0;
    default:
        return false;
    }
}

/* "Orange and Riverside counties": both names are places. */
static void pair_with_plural_head(extraction *x)
{
    const afs_text *t = x->text;
    static const char *const heads[] = {"counties", "provinces", "states",
                                        "islands",  "cities",    "regions",
                                        NULL};
    for (size_t mi = 0; mi + 1 < x->mentions.n; mi++) {
        mention *a = &x->mentions.v[mi], *b = &x->mentions.v[mi + 1];
        size_t glue = a->last + (AFS_TOK_IS(t, a->last, ",") ? 1 : 0);
        if (b->first != glue + 1 || !AFS_TOK_IS(t, glue, "and") ||
            b->last >= t->token_count)
            continue;
        if (!afs_tok_is_one_of(t, b->last, heads))
            continue;
        b->cls = NAME_PLACE;
        b->strength = 2;
        /* "Barry, Berrien, Calhoun and Cass counties": the whole list */
        for (size_t k = mi + 1; k-- > 0;) {
            mention *m = &x->mentions.v[k];
            m->cls = NAME_PLACE;
            m->strength = 2;
            if (k == 0 || m->first < 2 ||
                x->mentions.v[k - 1].last + 1 != m->first ||
                !AFS_TOK_IS(t, m->first - 1, ","))
                break;
        }
    }
}

/* "Communist party", "Hong Kong police": "party" and "police" right after
 * a name make a body only when the name is none itself, nor a person's
 * ("a Guy Fawkes party" is a feast, "Kenya African National Union party"
 * keeps its name as it is). */
static bool is_lower_head_of_name(const afs_text *t, size_t k, const mention *m)
{
    static const char *const heads[] = {"party", "police", NULL};
    if (k != m->last || m->cls == NAME_PERSON || m->cls == NAME_ORGANIZATION ||
        !afs_tok_is_one_of(t, k, heads))
        return false;
    /* "a John Smith party": a name yet unclassed that opens with a given
     * name is a host's */
    if (AFS_TOK_IS(t, k, "party") &&
        afs_tok_has_key(t, m->first, AFS_LEX_GIVEN_NAMES))
        return false;
    /* "Forest Hill police sergeant": the force only describes its officer */
    return k + 1 >= t->token_count ||
           (t->tokens[k + 1].flags & AFS_TF_CAPITAL) ||
           title_length(t, k + 1, k + 2) == 0;
}

/* Whether some mention of the text is token word alone. */
static bool names_alone(const extraction *x, const char *word)
{
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        const mention *m = &x->mentions.v[mi];
        if (m->last - m->first == 1 && afs_tok_is(x->text, m->first, word))
            return true;
    }
    return false;
}

/* "impeached by the House and removed by the Senate": "the House" alone,
 * no "House Democrats" nor "House of Lords", is the lower chamber of a
 * legislature whose upper one or whole the text names. */
static void name_lower_chamber(extraction *x)
{
    const afs_text *t = x->text;
    bool legislature = false, looked = false;
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        mention *m = &x->mentions.v[mi];
        size_t i = m->first;
        if (m->last != i + 1 || !AFS_TOK_IS(t, i, "House") || i == 0 ||
            !(AFS_TOK_IS(t, i - 1, "the") || AFS_TOK_IS(t, i - 1, "The")) ||
            (i + 1 < t->token_count &&
             ((t->tokens[i + 1].flags & AFS_TF_CAPITAL) ||
              AFS_TOK_IS(t, i + 1, "of"))))
            continue;
        if (!looked) {
            legislature =
                names_alone(x, "Senate") || names_alone(x, "Congress");
            looked = true;
        }
        if (!legislature)
            return;
        m->cls = NAME_ORGANIZATION;
        m->strength = 2;
    }
}

/* "the state Legislature", "the state Senate": a body of one head word
 * after a lower-case "state" is the state's, no other of its name. */
static void take_state_prefix(extraction *x)
{
    const afs_text *t = x->text;
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        mention *m = &x->mentions.v[mi];
        if (m->last != m->first + 1 || m->first == 0 ||
            m->cls != NAME_ORGANIZATION ||
            !AFS_TOK_IS(t, m->first - 1, "state") ||
            !afs_tok_has_key(t, m->first, AFS_LEX_ORG_KEYWORDS))
            continue;
        set_span(x, m, m->first - 1, m->last);
        m->canonical = NULL;
    }
}

/* "the Independent newspaper", "the Bild tabloid": a name that no
 * lexicon places, right before a kind of periodical, is the periodical;
 * the noun stays out of its name. "A Hong Kong newspaper" is a place's. */
static void name_periodicals(extraction *x)
{
    static const char *const kinds[] = {"newspaper", "magazine", "tabloid",
                                        NULL};
    const afs_text *t = x->text;
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        mention *m = &x->mentions.v[mi];
        if (m->last >= t->token_count || m->cls == NAME_PERSON ||
            m->cls == NAME_PLACE || m->strength < 0 || m->role ||
            !afs_tok_is_one_of(t, m->last, kinds))
            continue;
        m->cls = NAME_ORGANIZATION;
        m->strength = 2;
    }
}

/* "the Punjab province", "the Sahel region": a lexicon's place and the
 * word for its kind name the lexicon's place, as a county or a prison
 * after a city's name does not ("Zabul province" wants the word: no
 * lexicon knows Zabul). */
static bool is_kind_of_known_place(const afs_text *t, size_t k,
                                   const mention *m)
{
    static const char *const kinds[] = {"province", "region", "district", NULL};
    return m->cls == NAME_PLACE && m->strength >= 3 &&
           afs_tok_is_one_of(t, k, kinds);
}

/* "the Yerba Buena theater", "the Halden arena": a building's noun right
 * after a name no lexicon nor head classed is the venue's (a town's or a
 * person's theater is any of theirs: "a Chicago theater"). */
static bool is_venue_of_unknown_name(const afs_text *t, size_t k,
                                     const mention *m)
{
    static const char *const heads[] = {"theater", "theatre",    "arena",
                                        "stadium", "auditorium", NULL};
    return m->cls == NAME_UNKNOWN && m->strength == 0 && !m->role &&
           m->first > 0 && afs_tok_is(t, m->first - 1, "the") &&
           afs_tok_is_one_of(t, k, heads);
}

/* "Japan's foreign ministry", "Trump administration", "Kenyan government",
 * "Hoa Lo prison": a name, maybe a possessive, up to two lower-case words
 * and a lower-case head make one organization (or place). */
static void extend_lower_heads(extraction *x)
{
    const afs_text *t = x->text;
    size_t n = x->mentions.n;
    for (size_t mi = 0; mi < n; mi++) {
        mention *m = &x->mentions.v[mi];
        size_t j = m->last;
        bool possessive =
            j < t->token_count && (t->tokens[j].flags & AFS_TF_POSSESSIVE);
        if (possessive)
            j++;
        for (size_t k = j; k < j + 3 && k < t->token_count; k++) {
            if (t->tokens[k].kind != AFS_TOK_WORD ||
                (t->tokens[k].flags & AFS_TF_CAPITAL) ||
                t->tokens[k].sentence != t->tokens[m->first].sentence)
                break;
            bool org =
                is_lower_org_head(t, k) || is_lower_head_of_name(t, k, m);
            /* "Hoa Lo prison" is a venue, "a US prison" any of a
             * country's */
            bool place =
                !org && k == m->last &&
                ((is_lower_place_head(t, k) &&
                  !afs_lex_has(AFS_LEX_COUNTRIES, m->text, strlen(m->text)) &&
                  !is_kind_of_known_place(t, k, m)) ||
                 is_venue_of_unknown_name(t, k, m));
            if (!org && !place) {
                if (is_function_word(t, k))
                    break; /* "Muslims in government" is no body */
                continue;
            }
            /* "Russia's foreign ministry" names Russia too */
            /* "Fort Worth police" names Fort Worth too, and "the U.S.
             * government" the country a lexicon knows, possessive or not */
            bool names_owner =
                m->strength >= 3 ||
                (!possessive && m->strength >= 2 && AFS_TOK_IS(t, k, "police"));
            if (org && names_owner && m->cls == NAME_PLACE) {
                mention *owner = VEC_PUSH(x->arena, x->mentions);
                m = &x->mentions.v[mi];
                *owner = *m;
                owner->nested = true;
            }
            set_span(x, m, m->first, k + 1);
            m->cls = org ? NAME_ORGANIZATION : NAME_PLACE;
            m->strength = 2;
            m->role = NULL;
            m->canonical = NULL;
            break;
        }
    }
}

/* The folded texts of the one-word names, made for the few articles
 * with a compound of names. */
static strmap *one_word_names(extraction *x)
{
    strmap *words = strmap_new(x->arena);
    for (size_t k = 0; k < x->mentions.n; k++) {
        const mention *o = &x->mentions.v[k];
        if (o->last - o->first == 1 && !strchr(o->text, '-'))
            strmap_put(words, afs_fold(x->arena, o->text, strlen(o->text)), 1);
    }
    return words;
}

/* "Browns-Steelers game", "the Gannett-GateHouse merger": every part
 * of s..end is a capitalised name the article uses alone too. */
static bool parts_named_alone(extraction *x, strmap **alone, const char *s,
                              const char *end)
{
    for (const char *p = s; p < end;) {
        const char *dash = memchr(p, '-', (size_t)(end - p));
        const char *q = dash ? dash : end;
        if (q - p < 3 || !isupper((unsigned char)*p))
            return false;
        if (!*alone)
            *alone = one_word_names(x);
        if (strmap_get(*alone, afs_fold(x->arena, p, (size_t)(q - p))) ==
            STRMAP_NONE)
            return false;
        p = dash ? dash + 1 : end;
    }
    return true;
}

/* "Japan-US" is two places when every part is one; "Browns-Steelers"
 * two names when each stands alone elsewhere. */
static void split_compounds(extraction *x)
{
    size_t n = x->mentions.n;
    strmap *alone = NULL;
    for (size_t mi = 0; mi < n; mi++) {
        mention *m = &x->mentions.v[mi];
        if (m->last - m->first != 1 || !strchr(m->text, '-'))
            continue;
        const char *s = m->text, *end = s + strlen(s);
        bool all_places = true;
        for (const char *p = s; p < end;) {
            const char *dash = memchr(p, '-', (size_t)(end - p));
            const char *q = dash ? dash : end;
            all_places &= afs_lex_has(AFS_LEX_COUNTRIES, p, (size_t)(q - p)) ||
                          afs_lex_has(AFS_LEX_PLACES, p, (size_t)(q - p));
            p = dash ? dash + 1 : end;
        }
        if (!all_places && !parts_named_alone(x, &alone, s, end))
            continue;
        size_t base = m->start;
        mention whole = *m;
        bool first_part = true;
        for (const char *p = s; p < end;) {
            const char *dash = memchr(p, '-', (size_t)(end - p));
            const char *q = dash ? dash : end;
            mention *part = first_part ? &x->mentions.v[mi]
                                       : VEC_PUSH(x->arena, x->mentions);
            *part = whole;
            part->start = base + (size_t)(p - s);
            part->end = base + (size_t)(q - s);
            part->text = afs_arena_strndup(x->arena, p, (size_t)(q - p));
            const char *c =
                afs_lex_value(AFS_LEX_COUNTRIES, p, (size_t)(q - p));
            part->canonical = c && *c ? c : NULL;
            part->cls = all_places ? NAME_PLACE : NAME_UNKNOWN;
            part->strength = all_places ? 3 : 1;
            first_part = false;
            p = dash ? dash + 1 : end;
        }
    }
}

/* Which kind of thing the acronym lexicon holds token i as: "" for
 * WordNet's things ("LED"), "t" for a technical term ("HDMI"), NULL for
 * none. */
static const char *acronym_sense(const afs_text *t, size_t i)
{
    if (!afs_tok_has_key(t, i, AFS_LEX_COMMON_ACRONYMS))
        return NULL;
    return afs_span_value(t, i, i + 1, AFS_LEX_COMMON_ACRONYMS);
}

static bool is_wordnet_thing(const afs_text *t, size_t i)
{
    const char *v = acronym_sense(t, i);
    return v && *v == '\0';
}

/* "VOA", "NFL": capitals only, no country's ("US"), thing's ("LED") or
 * shouted word's ("LIGHT"); "USB-C" is a product's. */
static bool is_body_capitals(const afs_text *t, size_t i)
{
    size_t n = afs_tok_len(t, i);
    if (!(t->tokens[i].flags & AFS_TF_ALL_CAPS) || n < 2 ||
        afs_tok_has_key(t, i, AFS_LEX_COUNTRIES) || is_wordnet_thing(t, i) ||
        is_common_word_text(afs_tok_str(t, i), n))
        return false;
    for (size_t c = 0; c < n; c++)
        if (afs_tok_str(t, i)[c] < 'A' || afs_tok_str(t, i)[c] > 'Z')
            return false;
    return true;
}

/* "VOA", "White House", "CBS Sports": a body a lexicon, its capitals or
 * its head word name. */
static bool is_known_body(const afs_text *t, size_t first, size_t last)
{
    return (last - first == 1 && is_body_capitals(t, first)) ||
           afs_span_value(t, first, last, AFS_LEX_ORGANIZATIONS) ||
           ends_with_org_head(t, first, last);
}

/* "White House Russia adviser", "VOA Pentagon correspondent", "CBS
 * Sports NFL Insider": a body's name and a country's or another body's
 * before a role are two names, the second the role's subject. */
static void split_body_modifiers(extraction *x)
{
    const afs_text *t = x->text;
    size_t n = x->mentions.n;
    for (size_t mi = 0; mi < n; mi++) {
        mention *m = &x->mentions.v[mi];
        size_t k = m->last - 1, next = m->last;
        /* a role after the name first: most names have none */
        if (m->last - m->first < 2 || m->role || m->strength < 0 ||
            next >= t->token_count || t->tokens[next].kind != AFS_TOK_WORD ||
            ((t->tokens[next].flags & AFS_TF_CAPITAL) &&
             !afs_tok_lower_in(t, next, AFS_LEX_TITLES)) ||
            t->tokens[k].kind != AFS_TOK_WORD || is_reporting_verb(t, next))
            continue;
        bool country = afs_tok_has_key(t, k, AFS_LEX_COUNTRIES);
        bool body = !country && (is_body_capitals(t, k) ||
                                 afs_tok_has_key(t, k, AFS_LEX_ORGANIZATIONS));
        if ((!country && !body) || !is_known_body(t, m->first, k))
            continue;
        mention whole = *m;
        set_span(x, m, whole.first, k);
        m->cls = NAME_ORGANIZATION;
        m->strength = 3;
        m->canonical = NULL;
        mention *part = VEC_PUSH(x->arena, x->mentions);
        *part = whole;
        set_span(x, part, k, k + 1);
        part->title_first = k;
        part->canonical = NULL;
        /* "Russia" of a "Russia adviser" is the brief's subject, no place
         * the story is in; a body there is one ("the Pentagon") */
        part->cls = country ? NAME_UNKNOWN : NAME_ORGANIZATION;
        part->strength = country ? -1 : 3;
    }
}

static const char *fold(extraction *x, const char *s)
{
    return afs_fold(x->arena, s, strlen(s));
}

/* ---- products, programmes, missions, works ---------------------------- */

/* A lower-case word of four letters or more: what the noun lists below
 * hold, tested before them because most tokens are not. */
static bool is_lower_word(const afs_text *t, size_t i)
{
    return i < t->token_count && t->tokens[i].kind == AFS_TOK_WORD &&
           !(t->tokens[i].flags & AFS_TF_CAPITAL) && afs_tok_len(t, i) >= 4;
}

/* "the Artemis program", "the Orion spacecraft", "the VIPER rover", "the
 * HDMI port": a lower-case noun of a made thing after a name makes the
 * name that thing's, not an organization's. Makers' nouns (jet, app, service)
 * are left out: "Boeing jets" are still Boeing's. */
static bool is_work_noun(const afs_text *t, size_t i)
{
    /* by initial: a word is compared with the few nouns that share its
     * first letter */
    static const char *const a[] = {"album", "adapter", NULL};
    static const char *const b[] = {"button", "buttons", NULL};
    static const char *const c[] = {"capsule", "conference", "cable",
                                    "cables",  "connector",  "connectors",
                                    "charger", NULL};
    /* "Pneumonic plague", "Zika virus": a disease, no body or place */
    static const char *const d[] = {"disease", NULL};
    static const char *const e[] = {"effort", "exam", NULL};
    static const char *const f[] = {"film", "franchise", NULL};
    static const char *const i_[] = {"initiative", NULL};
    static const char *const k[] = {"key", "keys", NULL}; /* "the Esc key" */
    static const char *const l[] = {"lander", "landers", "lineup", NULL};
    static const char *const m[] = {"mission", "missions", "missile", "movie",
                                    NULL};
    static const char *const p[] = {"program", "programme", "programs",
                                    "probe",   "port",      "ports",
                                    "plague",  "podcast",   NULL};
    static const char *const r[] = {"rocket", "rockets", "rover", NULL};
    static const char *const s_[] = {"spacecraft", "satellite", "series",
                                     "standard", NULL};
    static const char *const t_[] = {"telescope", "tournament", NULL};
    static const char *const v[] = {"vehicle", "vehicles", "virus", NULL};
    static const char *const *const by_initial[26] = {
        ['a' - 'a'] = a,  ['b' - 'a'] = b,  ['c' - 'a'] = c,  ['d' - 'a'] = d,
        ['e' - 'a'] = e,  ['f' - 'a'] = f,  ['i' - 'a'] = i_, ['k' - 'a'] = k,
        ['l' - 'a'] = l,  ['m' - 'a'] = m,  ['p' - 'a'] = p,  ['r' - 'a'] = r,
        ['s' - 'a'] = s_, ['t' - 'a'] = t_, ['v' - 'a'] = v};
    /* "key" is the one noun shorter than is_lower_word's four bytes */
    if (!is_lower_word(t, i) && !afs_tok_is(t, i, "key"))
        return false;
    char initial = *afs_tok_str(t, i);
    return initial >= 'a' && initial <= 'z' && by_initial[initial - 'a'] &&
           afs_tok_is_one_of(t, i, by_initial[initial - 'a']);
}

/* "reusable", "launch", "lunar": a lower-case word that may describe a
 * noun; "finds" and "sometimes" ("GiveWell sometimes finds programs")
 * act or qualify an act instead. */
static bool is_describing_word(const afs_text *t, size_t i)
{
    if (!is_lower_word(t, i) || is_function_word(t, i) ||
        is_reporting_verb(t, i))
        return false;
    const char *w = afs_tok_str(t, i);
    size_t n = afs_tok_len(t, i);
    return w[n - 1] != 's' && !(w[n - 2] == 'l' && w[n - 1] == 'y');
}

/* "Payload Services (CLPS) program": the name's acronym in brackets may
 * stand before the noun. The token after the name and its brackets. */
static size_t after_bracketed_acronym(const afs_text *t, const mention *m)
{
    size_t k = m->last;
    /* a mark's kind first: most names end before a word or a stop */
    if (k + 2 < t->token_count && t->tokens[k].kind == AFS_TOK_PUNCT &&
        AFS_TOK_IS(t, k, "(") && (t->tokens[k + 1].flags & AFS_TF_ALL_CAPS) &&
        AFS_TOK_IS(t, k + 2, ")"))
        return k + 3;
    return k;
}

/* "Starship reusable launch vehicle", "Starship lunar lander missions":
 * the noun may follow a word or two of description, when no context
 * made the name a body and no capitals make it an acronym ("NASA lunar
 * lander program" stays NASA's). */
static bool work_noun_follows(const afs_text *t, const mention *m)
{
    size_t next = after_bracketed_acronym(t, m);
    if (next != m->last)
        return is_work_noun(t, next);
    if (!is_lower_word(t, m->last)) /* most names: a capital or a mark */
        return afs_tok_is(t, m->last, "key"); /* "the Esc key" */
    if (is_work_noun(t, m->last))
        return true;
    if (m->org_votes > 0 || (t->tokens[m->first].flags & AFS_TF_ALL_CAPS))
        return false;
    /* the noun first: it is rare, the description's tests are not cheap */
    for (size_t k = m->last; k < m->last + 2; k++)
        if (is_work_noun(t, k + 1))
            return is_describing_word(t, m->last) &&
                   (k == m->last || is_describing_word(t, k));
    return false;
}

/* Every byte of w has the bit 0x40 that letters (and the lead bytes of
 * accented ones) have and digits, marks and spaces lack: eight bytes at
 * a time, as names are read by the thousand. */
static bool only_letter_bytes(const char *w, size_t n)
{
    const uint64_t bits = 0x4040404040404040u;
    uint64_t all = bits;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t v;
        memcpy(&v, w + i, 8);
        all &= v;
    }
    if (i < n) /* the bytes past the end count as letters */
        all &= afs_load_head8(w + i, n - i) | bits << (8 * (n - i));
    return (all & bits) == bits;
}

/* "RAV4", "PS4", "AC1200", "RS-25": letters and digits in one word are a
 * model's or a thing's designation, no body's name. One letter and one or
 * two digits ("G7", "G20", "F-35") as often name a group of countries. */
static bool is_model_number(const afs_text *t, size_t i)
{
    if (t->tokens[i].kind != AFS_TOK_WORD)
        return false;
    const char *w = afs_tok_str(t, i);
    size_t n = afs_tok_len(t, i), letters = 0, digits = 0;
    if (only_letter_bytes(w, n)) /* most names: no digit to count */
        return false;
    /* ASCII tests, as isdigit and isalpha make in the C locale, without
     * a call for each byte */
    for (size_t k = 0; k < n; k++) {
        char c = w[k];
        if (c >= '0' && c <= '9')
            digits++;
        else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
            letters++;
        else if (w[k] != '-')
            return false;
    }
    return digits > 0 && (letters >= 2 || digits >= 3);
}

static bool is_dash_or_colon(const afs_text *t, size_t i);
static const char *token_key(extraction *x, size_t tok);

/* "Mortal Kombat 11,", "Windows 10 is", "Rage 2 and": a name and a
 * number of one or two digits after it name an edition. Not a model
 * ("Boeing 737", "Airbus A350" are the maker's), a score ("Opelka 7-6",
 * "Chelsea 2 Arsenal 1"), a station that reports ("Fox 5 said"), a body
 * by its head word ("Channel 4") or a name the text made a body. */
static bool edition_follows(const afs_text *t, const mention *m)
{
    size_t k = m->last;
    if (k + 1 >= t->token_count || m->org_votes > 0 || m->cls == NAME_PERSON ||
        m->cls == NAME_PLACE ||
        (t->tokens[m->first].flags & AFS_TF_ALL_CAPS) || /* "NBC 5" */
        t->tokens[k].kind != AFS_TOK_NUMBER || afs_tok_len(t, k) > 2 ||
        !isdigit((unsigned char)afs_tok_str(t, k)[afs_tok_len(t, k) - 1]))
        return false;
    /* "Siemans 7 saves", "Moreno 2 goals": a player's count; an
     * edition ends its phrase or goes on with a function word */
    static const char *const marks[] = {",", ".", ";", ")", "!", "?", NULL};
    static const char *const verbs[] = {"is", "was", "will", "has", NULL};
    size_t after = k + 1;
    bool phrase_ends =
        afs_tok_is_one_of(t, after, marks) ||
        (t->tokens[after].kind == AFS_TOK_WORD &&
         !(t->tokens[after].flags & AFS_TF_CAPITAL) &&
         (is_function_word(t, after) || afs_tok_is_one_of(t, after, verbs)));
    return phrase_ends && !ends_with_org_head(t, m->first, m->last);
}

/* "Hang Seng Index (HSI)", "Consumer Electronics Show (CES)": the
 * acronym in brackets after an index's, a show's or a cup's name is that
 * name's, no body's. */
static bool abbreviates_event_or_work(const afs_text *t, const mention *m)
{
    return m->first >= 2 && m->last < t->token_count &&
           t->tokens[m->first - 1].kind == AFS_TOK_PUNCT &&
           AFS_TOK_IS(t, m->first - 1, "(") && AFS_TOK_IS(t, m->last, ")") &&
           is_event_or_work_head(t, m->first - 2);
}

/* "a PPI of 401", "a handsome EV.", "1 TFL, 2 QH", "8.69 GW": an
 * acronym counted, or after "a" as the noun it ends, is a thing or a
 * unit, no body ("a NASA astronaut" is NASA's). */
static bool is_counted_acronym(const afs_text *t, const mention *m)
{
    size_t i = m->first;
    /* "4-1\nBUFFALO, N.Y.": a dateline after a headline's score */
    if (m->last - i != 1 || i == 0 || m->org_votes > 0 ||
        (t->tokens[i].flags & (AFS_TF_ALL_CAPS | AFS_TF_SENT_START)) !=
            AFS_TF_ALL_CAPS)
        return false;
    if (t->tokens[i - 1].kind == AFS_TOK_NUMBER)
        return true;
    size_t a = i - 1;
    if (is_lower_word(t, a) && a > 0 && !is_function_word(t, a))
        a--; /* "a handsome EV" */
    if (!AFS_TOK_IS(t, a, "a") && !AFS_TOK_IS(t, a, "an"))
        return false;
    size_t next = m->last;
    return next >= t->token_count || t->tokens[next].kind != AFS_TOK_WORD ||
           is_function_word(t, next);
}

/* "the new MacBook Air is", "its latest Galaxy,": what is new is a
 * product. Not a name before a noun, which is what is new ("a new Fast
 * Company report", "the new House majority"), nor one before or of a
 * title ("the new Korvane CEO", "our new President") or a nationality, nor a
 * person's or a body's by context. */
static bool is_new_product(const afs_text *t, const mention *m)
{
    static const char *const fresh[] = {"new", "latest", NULL};
    static const char *const owners[] = {"the", "a",   "its", "their",
                                         "our", "his", "her", NULL};
    static const char *const auxiliaries[] = {
        "is", "was", "will", "has", "can", "would", "could", "does", NULL};
    size_t f = m->first, next = m->last;
    if (f < 2 || !afs_tok_is_one_of(t, f - 1, fresh) || m->cls == NAME_PERSON ||
        m->org_votes > 0)
        return false;
    bool owned = afs_tok_is_one_of(t, f - 2, owners) ||
                 (t->tokens[f - 2].flags & AFS_TF_POSSESSIVE);
    bool before_noun =
        next < t->token_count && t->tokens[next].kind == AFS_TOK_WORD &&
        !(t->tokens[next].flags & AFS_TF_CAPITAL) &&
        !is_function_word(t, next) && !afs_tok_is_one_of(t, next, auxiliaries);
    bool titled = afs_tok_lower_in(t, next, AFS_LEX_TITLES) ||
                  afs_tok_lower_starts(t, next, AFS_LEX_TITLES);
    bool named_otherwise = titled || afs_tok_lower_in(t, f, AFS_LEX_TITLES) ||
                           afs_tok_lower_starts(t, f, AFS_LEX_TITLES) ||
                           afs_tok_has_key(t, m->last - 1, AFS_LEX_DEMONYMS);
    return owned && !before_noun && !named_otherwise;
}

static bool has_org_keyword(const afs_text *t, const mention *m)
{
    for (size_t i = m->first; i < m->last; i++)
        if (afs_tok_has_key(t, i, AFS_LEX_ORG_KEYWORDS))
            return true;
    return false;
}

/* "2020", "1967": a number of four digits that may be a year. */
static bool is_year_number(const afs_text *t, size_t i)
{
    const char *w = afs_tok_str(t, i);
    return t->tokens[i].kind == AFS_TOK_NUMBER && afs_tok_len(t, i) == 4 &&
           (memcmp(w, "19", 2) == 0 || memcmp(w, "20", 2) == 0) &&
           isdigit((unsigned char)w[2]) && isdigit((unsigned char)w[3]);
}

/* "16-inch", "12.9-inch", "256GB", "2TB": a number measured in a
 * screen's or a memory's unit describes a device. */
static bool is_device_measure(const afs_text *t, size_t i)
{
    static const char *const units[] = {"-inch", "inch", "GB", "TB", NULL};
    if (i >= t->token_count || t->tokens[i].kind != AFS_TOK_NUMBER)
        return false;
    const char *w = afs_tok_str(t, i);
    size_t n = afs_tok_len(t, i);
    for (size_t k = 0; units[k]; k++) {
        size_t u = strlen(units[k]);
        if (n > u && memcmp(w + n - u, units[k], u) == 0 &&
            isdigit((unsigned char)w[n - u - 1]))
            return true;
    }
    return false;
}

/* "the 2020 Sentra", "its 2016 Vortan Pro", "the 16-inch Pad Pro",
 * "Tarvik's 12-inch Slate 256GB": a model year after a determiner, or a
 * screen's or memory's size, next to a name makes it a model, no body.
 * Not a body by its head word or by context ("the 2017 National
 * Football League draft", "a 2019 Pew survey" where Pew is a body). */
static bool is_dated_or_sized_model(const afs_text *t, const mention *m)
{
    static const char *const owners[] = {"the", "a",     "an",
                                         "its", "their", NULL};
    size_t f = m->first, next = m->last;
    /* a number next to the name first: most names have none, and the
     * head-word tests below cost */
    bool measured =
        is_device_measure(t, m->last) || (f > 0 && is_device_measure(t, f - 1));
    bool dated = f >= 2 && is_year_number(t, f - 1) &&
                 (afs_tok_is_one_of_ci(t, f - 2, owners) ||
                  (t->tokens[f - 2].flags & AFS_TF_POSSESSIVE));
    if (!measured && !dated)
        return false;
    if (m->cls == NAME_PERSON || m->cls == NAME_PLACE || m->org_votes > 0 ||
        ends_with_org_head(t, m->first, m->last) || has_org_keyword(t, m))
        return false;
    /* "the 2020 Tarvik e-ride": a model's own lower-case name after the
     * maker's, no English word */
    if (next < t->token_count && t->tokens[next].kind == AFS_TOK_WORD &&
        !(t->tokens[next].flags & AFS_TF_CAPITAL) && !is_common_word(t, next) &&
        !is_function_word(t, next))
        return false;
    return true;
}

/* "G-SYNC", "Wi-Fi", "USB-C": a word whose every part is capitals or
 * two letters at most (not "T-Mobile", "Coca-Cola"). */
static bool is_acronym_shaped(const afs_text *t, size_t i)
{
    if (t->tokens[i].flags & AFS_TF_ALL_CAPS)
        return true;
    const char *w = afs_tok_str(t, i);
    size_t n = afs_tok_len(t, i), start = 0;
    bool hyphen = false;
    for (size_t k = 0; k <= n; k++) {
        if (k < n && w[k] != '-')
            continue;
        bool capitals = k > start;
        for (size_t c = start; c < k; c++)
            capitals &= isupper((unsigned char)w[c]) != 0;
        if (k - start == 0 || (!capitals && k - start > 2))
            return false;
        hyphen |= k < n;
        start = k + 1;
    }
    return hyphen;
}

/* "RGB lighting", "G-SYNC compatibility", "USB-C connectivity", "a GT
 * version", "GSM signal": a noun of a device's feature or a standard's
 * after a name makes the name a technology, no body. "mode", "format",
 * "version" and "signal" follow bodies' names too ("the Tarvik version"),
 * so only an acronym's. */
static bool is_feature_term(const afs_text *t, const mention *m)
{
    static const char *const features[] = {"compatibility", "connectivity",
                                           "lighting", NULL};
    static const char *const acronym_features[] = {"mode", "format", "version",
                                                   "signal", NULL};
    size_t next = m->last;
    if (next >= t->token_count || !is_lower_word(t, next) || m->org_votes > 0 ||
        m->cls == NAME_PERSON || m->cls == NAME_PLACE)
        return false;
    if (afs_tok_is_one_of(t, next, features))
        return true;
    return m->last - m->first == 1 && is_acronym_shaped(t, m->first) &&
           afs_tok_is_one_of(t, next, acronym_features);
}

/* A text folded lately, found again by its length and first eight bytes:
 * news names a name many times, and each mention would fold it anew. */
typedef struct folded_text {
    const char *text, *folded;
    size_t len;
    uint64_t head;
} folded_text;

#define FOLDED_SLOTS 64

static void fold_mentions(extraction *x)
{
    folded_text seen[FOLDED_SLOTS] = {0};
    /* "Friday", "Japanese": a mention that names nothing needs no key */
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        mention *m = &x->mentions.v[mi];
        if (m->strength < 0)
            continue;
        size_t len = strlen(m->text);
        uint64_t head = afs_load_head8(m->text, len);
        folded_text *f = &seen[((head ^ len) * 0x9E3779B97F4A7C15ULL) >> 58 &
                               (FOLDED_SLOTS - 1)];
        if (f->text && f->len == len && f->head == head &&
            (len <= 8 || memcmp(f->text + 8, m->text + 8, len - 8) == 0)) {
            m->folded = f->folded;
            continue;
        }
        m->folded = afs_fold(x->arena, m->text, len);
        *f = (folded_text){m->text, m->folded, len, head};
    }
}

/* "Boeing's Dreamliner", "Universal's Meet the Fockers", "1992's Batman
 * Returns": a name owned by an organization or a year is
 * a product or a work; a person's name there is an employee ("Google's
 * Sundar Pichai") and stays. */
static bool is_owned_work(const extraction *x, size_t mi)
{
    const afs_text *t = x->text;
    const mention *m = &x->mentions.v[mi];
    /* a subsidiary is owned too ("Disney's ESPN", "ESA's SciSpacE"):
     * acronyms, head words and names acting as bodies elsewhere stay */
    if (m->cls == NAME_PERSON || m->first < 2 || m->org_votes > 0 ||
        (t->tokens[m->first].flags & AFS_TF_ALL_CAPS))
        return false;
    size_t p = m->first - 1;
    /* "1992's": the tokenizer leaves a year's "'s" as a mark and an "s" */
    bool year = p >= 2 && AFS_TOK_IS(t, p, "s") &&
                t->tokens[p - 1].kind == AFS_TOK_QUOTE &&
                t->tokens[p - 2].kind == AFS_TOK_NUMBER;
    /* an owner first: most names have none, and the tests below cost */
    if ((!year && !(t->tokens[p].flags & AFS_TF_POSSESSIVE)) ||
        has_org_keyword(t, m))
        return false;
    /* "Walmart's Black Friday": a name cut from a day's is no title */
    if (m->last < t->token_count &&
        afs_tok_has_key(t, m->last, AFS_LEX_TIME_WORDS))
        return false;
    if (year)
        return true;
    if (t->tokens[p - 1].kind == AFS_TOK_NUMBER)
        return true;
    const mention *owner = mi > 0 ? &x->mentions.v[mi - 1] : NULL;
    /* "the People's Daily", "the Agency's SciSpacE": a common word after
     * "the" is a noun or the first word of the name, no company owning
     * a product ("Apple's AirPods") */
    bool one_name = owner && owner->strength < 3 &&
                    owner->last - owner->first == 1 && owner->first > 0 &&
                    AFS_TOK_IS(t, owner->first - 1, "the") &&
                    is_common_word(t, owner->first);
    return owner && owner->last == p && owner->cls != NAME_PERSON &&
           owner->cls != NAME_PLACE && owner->strength >= 0 && !one_name;
}

/* The words after a maker's name in "Nintendo Switch", "Uber Money",
 * "Ascom Unite Connect": capitalised, one an English word, none a
 * place's, a nationality's, a title's or a body's word ("Ascom North America",
 * "Disney Chief", "VOA Pentagon", "Tyvak Systems" are the body's own or two
 * names). */
static bool is_product_tail(const afs_text *t, size_t first, size_t last,
                            bool need_word)
{
    for (size_t i = first; i < last; i++)
        if (t->tokens[i].kind != AFS_TOK_WORD ||
            !(t->tokens[i].flags & AFS_TF_CAPITAL) ||
            afs_tok_has_key(t, i, AFS_LEX_PLACES) ||
            afs_tok_has_key(t, i, AFS_LEX_COUNTRIES) ||
            afs_tok_has_key(t, i, AFS_LEX_DEMONYMS) ||
            afs_tok_has_key(t, i, AFS_LEX_ORGANIZATIONS) ||
            afs_tok_has_key(t, i, AFS_LEX_ORG_KEYWORDS) ||
            afs_tok_has_key(t, i, AFS_LEX_CITIES) ||
            afs_tok_lower_in(t, i, AFS_LEX_TITLES) ||
            afs_tok_lower_starts(t, i, AFS_LEX_TITLES))
            return false;
    /* "Money", "Switch", "Connect": a product's words are words, or
     * capitals ("TV", "LC"); "Avinoam Rubinstain", "Rose-Lynn Harlan" are
     * a person's name */
    bool word = !need_word;
    for (size_t i = first; i < last && !word; i++)
        word = is_common_word(t, i) || (t->tokens[i].flags & AFS_TF_ALL_CAPS);
    return word && !ends_with_org_head(t, first - 1, last) &&
           !ends_with_place_head(t, first - 1, last);
}

/* A name no lexicon, head word or context made anything, of a maker's
 * word and a tail. */
static bool may_be_product_name(const afs_text *t, const mention *m)
{
    /* a capitalised word before may be the name's own ("A" opening a
     * sentence is not) */
    static const char *const articles[] = {"A", "An", "The", NULL};
    return m->last - m->first >= 2 && m->cls != NAME_PERSON &&
           m->cls != NAME_PLACE && m->org_votes == 0 && m->place_votes == 0 &&
           !(m->first > 0 && (t->tokens[m->first - 1].flags & AFS_TF_CAPITAL) &&
             !afs_tok_is_one_of(t, m->first - 1, articles));
}

static bool follows_article(const afs_text *t, size_t first);

/* "the Ascom Myco", "the Velmo Tark 2", "an Amazon Alexa device": an
 * article, a model's number or a device's noun shows a thing, where a
 * person's name has none ("Rose-Lynn Harlan sings"). */
static bool named_as_thing(const afs_text *t, const mention *m)
{
    static const char *const nouns[] = {
        "device", "devices", "support", "speaker", "app", "assistant", NULL};
    size_t next = m->last;
    /* "a Goldman Sachs analyst": a body's staff */
    if (next < t->token_count &&
        (afs_tok_lower_in(t, next, AFS_LEX_TITLES) ||
         afs_tok_lower_starts(t, next, AFS_LEX_TITLES)))
        return false;
    return follows_article(t, m->first) ||
           (next < t->token_count && (t->tokens[next].kind == AFS_TOK_NUMBER ||
                                      afs_tok_is_one_of(t, next, nouns)));
}

/* 1: a longer name whose first word may be its maker's, named alone
 * elsewhere, and whose tail holds a word ("Uber Money"); 2: a name of
 * two whose second word no dictionary holds ("Ascom Myco", "Amazon
 * Alexa"), which needs a maker that acts as a body alone, as a person's
 * surname may follow a word of the text too; 0: neither. */
static int makers_product_shape(const afs_text *t, const mention *m)
{
    if (!may_be_product_name(t, m))
        return 0;
    if (is_product_tail(t, m->first + 1, m->last, true))
        return 1;
    return m->last - m->first == 2 && named_as_thing(t, m) &&
                   !afs_tok_has_key(t, m->first, AFS_LEX_GIVEN_NAMES) &&
                   is_product_tail(t, m->first + 1, m->last, false)
               ? 2
               : 0;
}

/* "Nintendo Switch", "Uber Money", "Ascom Unite Connect" where
 * "Nintendo", "Uber", "Ascom" stand alone as a name too: the maker's
 * name before more capitalised words names its product (the maker stays
 * a body where it stands alone). Marks the products in works. */
/* A bit of a word's first letter and length: which lone names an
 * article has, told without hashing them. */
static uint64_t shape_bit(const char *w, size_t n)
{
    return (uint64_t)1 << (((unsigned)afs_ascii_lower(w[0]) * 31u + n) & 63);
}

static bool may_be_alone(const mention *m)
{
    return m->last - m->first == 1 && m->folded && m->strength >= 0 &&
           m->cls != NAME_PERSON && m->cls != NAME_PLACE;
}

static bool acts_as_body(const extraction *x, size_t mi);

/* A body of more words by a head word or a lexicon: "Amazon Web
 * Services", "Ascom North America". */
static bool is_headed_body(const mention *m)
{
    return m->last - m->first >= 2 && m->cls == NAME_ORGANIZATION &&
           m->strength >= 2 && !m->role && m->folded;
}

/* The names a maker may have: 1 a lone name, 3 the first word of a
 * headed body only ("Amazon" of "Amazon Web Services"). */
static strmap *makers_named(extraction *x)
{
    strmap *makers = strmap_new(x->arena);
    for (size_t k = 0; k < x->mentions.n; k++) {
        const mention *o = &x->mentions.v[k];
        if (may_be_alone(o)) /* a lone name outranks a head's word */
            strmap_put(makers, o->folded, 1);
        else if (is_headed_body(o) &&
                 strmap_get(makers, token_key(x, o->first)) == STRMAP_NONE)
            strmap_put(makers, token_key(x, o->first), 3);
    }
    return makers;
}

/* Some mention of the name folded acts as a body ("Goldman Sachs said",
 * "Goldman Sachs's shares"): it is no product. */
static bool name_acts_as_body(const extraction *x, const char *folded)
{
    for (size_t k = 0; k < x->mentions.n; k++)
        if (x->mentions.v[k].folded &&
            strcmp(x->mentions.v[k].folded, folded) == 0 && acts_as_body(x, k))
            return true;
    return false;
}

static bool take_makers_products(extraction *x, strmap *works,
                                 const uint64_t shapes[2])
{
    const afs_text *t = x->text;
    strmap *alone = NULL;
    bool any = false;
    for (size_t mi = 0; (shapes[0] | shapes[1]) && mi < x->mentions.n; mi++) {
        const mention *m = &x->mentions.v[mi];
        if (m->strength >= 3 || m->strength < 0 || m->role || !m->folded)
            continue;
        uint64_t bit =
            shape_bit(afs_tok_str(t, m->first), afs_tok_len(t, m->first));
        /* a headed body's word makes only a product of two words */
        if (!(shapes[0] & bit) &&
            !((shapes[1] & bit) && m->last - m->first == 2))
            continue;
        int shape = makers_product_shape(t, m);
        if (!shape)
            continue;
        if (!alone) /* built for the few articles with a candidate */
            alone = makers_named(x);
        const char *key = token_key(x, m->first);
        size_t maker = strmap_get(alone, key);
        /* a lone maker of a product of shape 2 acts as a body ("Ascom
         * said"), where the product's name never does */
        if (maker == STRMAP_NONE || (shape == 1 && maker == 3) ||
            (shape == 2 && ((maker == 1 && !name_acts_as_body(x, key)) ||
                            name_acts_as_body(x, m->folded))))
            continue;
        /* the maker is a body: "Amazon" of "Amazon Alexa" where only
         * "Amazon Web Services" names it else */
        strmap_put(works, m->folded, maker == 3 ? 2 : 1);
        any = true;
    }
    return any;
}

/* Mentions a and b stand side by side in a list: between them only
 * commas, "and", "or" and an edition's number ("Rage 2, Kine"). */
static bool listed_together(const afs_text *t, const mention *a,
                            const mention *b)
{
    static const char *const glue[] = {",", "and", "or", ":", NULL};
    if (b->first <= a->last || b->first > a->last + 4)
        return false;
    bool comma = false;
    for (size_t k = a->last; k < b->first; k++) {
        if (t->tokens[k].kind == AFS_TOK_NUMBER)
            continue;
        if (!afs_tok_is_one_of(t, k, glue))
            return false;
        comma |= !AFS_TOK_IS(t, k, ":");
    }
    return comma;
}

/* A name no lexicon, role or context made anything, that a list of
 * works may take. */
static bool is_weak_name(const mention *m)
{
    return m->strength >= 0 && m->strength < 3 && !m->role &&
           m->cls != NAME_PERSON && m->cls != NAME_PLACE && m->org_votes == 0 &&
           m->folded;
}

/* "Gylt, Just Dance 2020, Kine, Mortal Kombat 11, Rage 2 and Thumper":
 * a list that holds two works or more is a list of works, and its names
 * of no class of their own are works too (what is listed together is of
 * one kind). */
static void take_listed_works(extraction *x, strmap *works)
{
    const afs_text *t = x->text;
    size_t start = 0;
    for (size_t mi = 1; mi <= x->mentions.n; mi++) {
        if (mi < x->mentions.n &&
            listed_together(t, &x->mentions.v[mi - 1], &x->mentions.v[mi]))
            continue;
        /* the list is [start, mi) */
        size_t listed = 0;
        for (size_t k = start; k < mi && mi - start >= 3; k++)
            listed += x->mentions.v[k].folded &&
                      strmap_get(works, x->mentions.v[k].folded) != STRMAP_NONE;
        for (size_t k = start; listed >= 2 && k < mi; k++)
            if (is_weak_name(&x->mentions.v[k]))
                strmap_put(works, x->mentions.v[k].folded, 1);
        start = mi;
    }
}

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
static void drop_counted_acronyms(extraction *x)
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
static void drop_spelled_out_terms(extraction *x)
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
static void drop_genera(extraction *x)
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
static void drop_derived_words(extraction *x)
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

static bool is_org_noun(const afs_text *t, size_t i);
static bool named_as_organization(const extraction *x, size_t mi);

/* "the HDMI port", "with HDR": an acronym a dictionary of computing
 * terms expands, that no lexicon, head word or context makes a body: the
 * term, in every mention (one sense per discourse). A body acts: it
 * speaks ("IDC said"), owns ("IDC's analyst"), is named so ("firm
 * IDC", "the IDC team"), spelt out before or listed with a body, and any
 * such mention keeps all of them. */
static bool acts_as_body(const extraction *x, size_t mi)
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

static void drop_technical_terms(extraction *x)
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

/* "the Quorix controllers", "Velmo earbuds", "the Tarn app": a noun of a
 * device or of software after a name makes the name that product's. A
 * maker's name stands before such nouns too ("Tarvik headphones"), so
 * the product is taken only where no mention of the name acts as a body
 * (see drop_device_names). */
static bool device_noun_follows(const afs_text *t, const mention *m)
{
    static const char *const devices[] = {
        "controller", "controllers", "console",    "consoles",    "headphones",
        "earbuds",    "headset",     "smartphone", "smartphones", "laptop",
        "laptops",    "tablet",      "tablets",    "smartwatch",  "app",
        "apps",       "interface",   "keyboard",   "browser",     "chip",
        "chipset",    "processor",   "handset",    "handsets",    "devices",
        "hotspot",    "router",      "earphones",  "speakers",    "connection",
        NULL};
    size_t next = m->last;
    return next < t->token_count && is_lower_word(t, next) &&
           afs_tok_is_one_of(t, next, devices) && m->org_votes == 0 &&
           m->cls != NAME_PERSON && m->cls != NAME_PLACE &&
           !(t->tokens[m->first].flags & AFS_TF_ALL_CAPS);
}

/* "novel", "series", "album": a lower-case noun of a titled work ("show"
 * and "play" are verbs as often: "polls show Marlow", "to play Ann"). */
static bool is_title_noun(const afs_text *t, size_t i)
{
    static const char *const works[] = {
        "book",       "books",     "novel",       "novels",  "novella",
        "film",       "films",     "movie",       "movies",  "series",
        "sitcom",     "drama",     "documentary", "album",   "song",
        "poem",       "musical",   "opera",       "story",   "stories",
        "collection", "anthology", "memoir",      "podcast", "thriller",
        "fantasy",    "comedy",    "biography",   "episode", "season",
        "painting",   "video",     NULL};
    return is_lower_word(t, i) && afs_tok_is_one_of(t, i, works);
}

/* "the novel Winter Harbor", "a book titled The Silver Orchard", "the
 * series, The Long Field,", "Winter Harbor, a ghost story", "the third
 * season of The Iron Gate": a name a work's noun introduces or stands in
 * apposition to is that work's title. A lone word right after the noun
 * may be the subject of a clause ("the book Marlow wrote"), so it needs
 * the commas, "titled" or "of". */
static bool names_titled_work(const afs_text *t, const mention *m)
{
    static const char *const titling[] = {"titled", "entitled", "called", NULL};
    static const char *const articles[] = {"a", "an", "the", NULL};
    size_t f = m->first, next = m->last;
    if (m->cls == NAME_PERSON || m->cls == NAME_PLACE || m->org_votes > 0 ||
        (t->tokens[f].flags & AFS_TF_ALL_CAPS))
        return false;
    bool long_name = m->last - f >= 2 || AFS_TOK_IS(t, f, "The");
    bool comma_after = next < t->token_count && AFS_TOK_IS(t, next, ",");
    if (f >= 1 && is_title_noun(t, f - 1) && long_name)
        return true;
    if (f >= 2 && AFS_TOK_IS(t, f - 1, ",") && is_title_noun(t, f - 2) &&
        comma_after)
        return true;
    if (f >= 2 && AFS_TOK_IS(t, f - 1, "of") &&
        (AFS_TOK_IS(t, f - 2, "season") || AFS_TOK_IS(t, f - 2, "episode")))
        return true;
    /* "a book called X", "the film was called X", not "a company called X" */
    if (f >= 2 && afs_tok_is_one_of(t, f - 1, titling))
        for (size_t k = f - 2; k + 4 >= f && k > 0; k--)
            if (is_title_noun(t, k))
                return true;
    /* "X, an urban fantasy about elves" */
    if (comma_after && next + 2 < t->token_count &&
        afs_tok_is_one_of(t, next + 1, articles))
        for (size_t k = next + 2; k < next + 5 && k < t->token_count; k++) {
            if (is_title_noun(t, k))
                return true;
            if (!is_describing_word(t, k))
                break;
        }
    return false;
}

/* "on an Xbox or a PS4", "drives a Kelmor.": a lone name after "a" that
 * ends its noun phrase is a thing of that name, no body ("a Tarvik
 * spokesman" is the firm's; a surname or a given name may be a
 * family's). */
static bool is_indefinite_thing(const afs_text *t, const mention *m)
{
    static const char *const ends[] = {",", ".",  ";",   "?",
                                       "!", "or", "and", NULL};
    size_t f = m->first;
    return m->last - f == 1 && f > 0 &&
           (AFS_TOK_IS(t, f - 1, "a") || AFS_TOK_IS(t, f - 1, "an")) &&
           afs_tok_is_one_of(t, m->last, ends) && m->cls != NAME_PERSON &&
           m->cls != NAME_PLACE && m->org_votes == 0 &&
           !(t->tokens[f].flags & AFS_TF_ALL_CAPS) &&
           !afs_tok_has_key(t, f, AFS_LEX_GIVEN_NAMES) &&
           !afs_tok_has_key(t, f, AFS_LEX_DEMONYMS);
}

/* Names a device noun follows or a work's noun titles, where no mention
 * of the name acts as a body (speaks, owns, is named a firm), go into
 * works: one sense per discourse, as a maker that makes the product also
 * acts. */
static bool take_device_names(extraction *x, strmap *works)
{
    strmap *devices = NULL;
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        const mention *m = &x->mentions.v[mi];
        if (m->strength < 3 && m->strength >= 0 && !m->role && m->folded &&
            (device_noun_follows(x->text, m) ||
             is_indefinite_thing(x->text, m) ||
             names_titled_work(x->text, m))) {
            if (!devices)
                devices = strmap_new(x->arena);
            strmap_put(devices, m->folded, 1);
        }
    }
    if (!devices)
        return false;
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        const mention *m = &x->mentions.v[mi];
        if (m->folded && strmap_get(devices, m->folded) != STRMAP_NONE &&
            (m->strength >= 3 || acts_as_body(x, mi)))
            strmap_put(devices, m->folded, 0);
    }
    bool any = false;
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        const mention *m = &x->mentions.v[mi];
        if (m->folded && strmap_get(devices, m->folded) == 1) {
            strmap_put(works, m->folded, 1);
            any = true;
        }
    }
    return any;
}

/* Every mention of a name that is once followed by such a noun is the
 * work (one sense per discourse): no entity of the three kinds. */
static bool is_possessed(const afs_text *t, const mention *m);

/* "Assassin's Creed", "Devil's Advocate": a common noun capitalised
 * inside a sentence that owns a capitalised word opens a work's title;
 * a body or a person is not named by a common noun ("the Agency's
 * Advisory Panel" is a body's short name after "the"). */
static bool owns_in_a_title(const afs_text *t, const mention *m)
{
    return m->last - m->first == 1 && is_possessed(t, m) &&
           !(m->first > 0 && AFS_TOK_IS(t, m->first - 1, "the")) &&
           m->last + 1 < t->token_count &&
           (t->tokens[m->last + 1].flags & AFS_TF_CAPITAL) &&
           !(t->tokens[m->first].flags &
             (AFS_TF_SENT_START | AFS_TF_PARA_START | AFS_TF_ALL_CAPS)) &&
           is_common_word_text(afs_tok_str(t, m->first),
                               afs_tok_len(t, m->first));
}

/* The text writes m's word elsewhere capitalised and owning nothing:
 * "Apple is" makes "Apple's AirPods" the company's. Asked of rare
 * mentions only. */
static bool named_unowned(const extraction *x, const mention *m)
{
    const afs_text *t = x->text;
    const char *w = afs_tok_str(t, m->first);
    size_t n = afs_tok_len(t, m->first);
    for (size_t k = 0; k < t->token_count; k++)
        if (k != m->first && afs_tok_len(t, k) == n &&
            memcmp(afs_tok_str(t, k), w, n) == 0 &&
            !(k + 1 < t->token_count &&
              (t->tokens[k + 1].flags & AFS_TF_POSSESSIVE)))
            return true;
    return false;
}

/* "the WTA and ATP Finals", "the Grammy and Brit Awards": a name before
 * "and" and another that ends in an event's head shares the head. */
static bool shares_event_head(const afs_text *t, const mention *m)
{
    if (!AFS_TOK_IS(t, m->last, "and"))
        return false;
    for (size_t k = m->last + 1; k < m->last + 4 && k < t->token_count &&
                                 (t->tokens[k].flags & AFS_TF_CAPITAL);
         k++)
        if (k > m->last + 1 && is_event_or_work_head(t, k))
            return true;
    return false;
}

/* The maker's words of a product's name: "Bang & Olufsen" of "Bang &
 * Olufsen Premium", "Amazon" of "Amazon Alexa". */
static size_t maker_end(const afs_text *t, const mention *m)
{
    for (size_t k = m->first + 1; k + 2 < m->last; k++)
        if (AFS_TOK_IS(t, k, "&"))
            return k + 2;
    return m->first + 1;
}

/* The maker named inside a product's name is a body of its own (the
 * product stays a work). */
static void push_maker(extraction *x, size_t mi)
{
    mention whole = x->mentions.v[mi];
    mention *maker = VEC_PUSH(x->arena, x->mentions);
    *maker = whole;
    set_span(x, maker, whole.first, maker_end(x->text, &whole));
    maker->title_first = maker->first;
    maker->folded = fold(x, maker->text);
    maker->canonical = NULL;
    maker->key = NULL;
    maker->cls = NAME_ORGANIZATION;
    maker->strength = 2;
    maker->work = false;
}

/* "a Bang & Olufsen Premium 3D Sound System": a name joined by "&" is a
 * firm's ("Procter & Gamble"), and more capitalised words after it with
 * a word among them its product, where no head word makes the whole a
 * body ("Barnes & Noble Booksellers"). Marks the products in works, to
 * split their makers. */
static bool take_joined_makers(extraction *x, strmap *works)
{
    const afs_text *t = x->text;
    bool any = false;
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        const mention *m = &x->mentions.v[mi];
        if (m->last - m->first < 4 || m->strength >= 3 || m->strength < 0 ||
            m->role || !m->folded || !may_be_product_name(t, m))
            continue;
        size_t end = maker_end(t, m);
        if (end == m->first + 1 || !named_as_thing(t, m) ||
            !is_product_tail(t, end, m->last, true) ||
            (is_common_word(t, m->first) && is_common_word(t, end - 1)))
            continue;
        strmap_put(works, m->folded, 2);
        any = true;
    }
    return any;
}

static void drop_works(extraction *x)
{
    const afs_text *t = x->text;
    strmap *works = strmap_new(x->arena);
    bool any = false;
    /* of the lone names and of headed bodies' first words, which makers
     * may be */
    uint64_t shapes[2] = {0, 0};
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        const mention *m = &x->mentions.v[mi];
        if (may_be_alone(m) || is_headed_body(m))
            shapes[may_be_alone(m) ? 0 : 1] |=
                shape_bit(afs_tok_str(t, m->first), afs_tok_len(t, m->first));
        /* the rare shapes of a work first: most names have neither */
        if (m->strength >= 3 || m->strength < 0 || m->role)
            continue;
        if ((owns_in_a_title(t, m) && !named_unowned(x, m)) ||
            shares_event_head(t, m)) {
            /* this mention alone: "WTA" may stand for the body elsewhere */
            x->mentions.v[mi].cls = NAME_UNKNOWN;
            x->mentions.v[mi].strength = -1;
            continue;
        }
        bool noun = work_noun_follows(t, m);
        bool shaped =
            !noun && (is_model_number(t, m->last - 1) || is_new_product(t, m) ||
                      is_dated_or_sized_model(t, m) || is_feature_term(t, m) ||
                      edition_follows(t, m) || is_counted_acronym(t, m) ||
                      abbreviates_event_or_work(t, m));
        if (!shaped && !noun && !is_owned_work(x, mi))
            continue;
        /* "the Gates Foundation initiative" is the foundation's, but
         * "NASA's Commercial Orbital Transportation Services effort" is
         * NASA's: an owner before the name takes the body's place */
        if (!shaped && ends_with_org_head(t, m->first, m->last) &&
            !(m->first > 0 &&
              (t->tokens[m->first - 1].flags & AFS_TF_POSSESSIVE) && noun))
            continue;
        strmap_put(works, m->folded, 1);
        any = true;
        /* "(CLPS)": the work's acronym names the work too */
        const mention *next = mi + 1 < x->mentions.n ? m + 1 : NULL;
        if (next && next->first == m->last + 1 && next->folded &&
            after_bracketed_acronym(t, m) == next->last + 1)
            strmap_put(works, next->folded, 1);
    }
    any |= take_makers_products(x, works, shapes);
    any |= take_device_names(x, works);
    if (any)
        take_listed_works(x, works);
    any |= take_joined_makers(x, works);
    size_t n = x->mentions.n;
    for (size_t mi = 0; any && mi < n; mi++) {
        mention *m = &x->mentions.v[mi];
        if (m->strength < 3 && m->strength >= 0 && !m->role &&
            strmap_get(works, m->folded) != STRMAP_NONE) {
            bool split = strmap_get(works, m->folded) == 2;
            m->cls = NAME_UNKNOWN;
            m->strength = -1;
            m->work = true;
            if (split)
                push_maker(x, mi);
        }
    }
}

/* The folded name of m's family: all but the last word of a product's
 * name when that word names a model of it ("nintendo switch" of "Nintendo
 * Switch Pro", "lexus lc" of "Lexus LC 500"), or NULL; "Uber Money" is
 * Uber's product, no model of an Uber. */
static const char *family_of(extraction *x, const mention *m)
{
    const afs_text *t = x->text;
    const char *space = m->folded ? strrchr(m->folded, ' ') : NULL;
    size_t model = m->last - 1;
    if (m->last - m->first < 2 || !space ||
        !(t->tokens[model].kind == AFS_TOK_NUMBER ||
          is_event_or_work_head(t, model) || is_model_number(t, model)))
        return NULL;
    return afs_arena_strndup(x->arena, m->folded, (size_t)(space - m->folded));
}

/* A family name written alone, or in the plural ("macbook" of
 * "MacBooks"), or a work's name after its maker's. */
static bool in_family(const strmap *families, extraction *x, const mention *m)
{
    if (strmap_get(families, m->folded) == 1)
        return true;
    /* "Lexus LC" where "LC" names the car: the maker's name before it */
    const char *space = strchr(m->folded, ' ');
    if (space && strmap_get(families, space + 1) == 2)
        return true;
    size_t n = strlen(m->folded);
    return n > 4 && m->folded[n - 1] == 's' &&
           strmap_get(families, afs_arena_strndup(x->arena, m->folded,
                                                  n - 1)) != STRMAP_NONE;
}

/* "a Chromecast Ultra ... the Chromecast", "the Nintendo Switch Pro
 * controller ... a Nintendo Switch", "a MacBook Pro ... old MacBooks": the
 * name a product's name adds a model's word to is the product family, and
 * its plural the family's devices, no body (the maker stays one where it
 * acts: "Nintendo said"; a lexicon's body or an acronym stays too: "HBO
 * Max"). */
static void take_work_families(extraction *x)
{
    const afs_text *t = x->text;
    strmap *families = NULL;
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        const mention *m = &x->mentions.v[mi];
        if (!m->work || !m->folded)
            continue;
        const char *family = family_of(x, m);
        if (!families)
            families = strmap_new(x->arena);
        /* 2: the name of a work; 1: a family's */
        strmap_put(families, m->folded, 2);
        if (family && strmap_get(families, family) == STRMAP_NONE)
            strmap_put(families, family, 1);
    }
    if (!families)
        return;
    strmap *bodies = strmap_new(x->arena);
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        const mention *m = &x->mentions.v[mi];
        if (m->folded && !m->work && in_family(families, x, m) &&
            (m->strength >= 3 || acts_as_body(x, mi) ||
             (t->tokens[m->first].flags & AFS_TF_ALL_CAPS)))
            strmap_put(bodies, m->folded, 1);
    }
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        mention *m = &x->mentions.v[mi];
        if (!m->folded || m->work || m->strength < 0 || m->role ||
            strmap_get(bodies, m->folded) != STRMAP_NONE ||
            !in_family(families, x, m))
            continue;
        m->cls = NAME_UNKNOWN;
        m->strength = -1;
        m->work = true;
    }
}

/* "GovExec.com", "Polygraph.info": a name that goes on with a web
 * domain is the site's, an organization. */
static void take_web_domains(extraction *x)
{
    static const char *const domains[] = {".com", ".org", ".net",   ".info",
                                          ".gov", ".io",  ".co.uk", NULL};
    const char *clean = x->text->clean;
    size_t len = x->text->len;
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        mention *m = &x->mentions.v[mi];
        if (m->end + 2 >= len || clean[m->end] != '.' ||
            !isalpha((unsigned char)clean[m->end + 1]))
            continue; /* most names end at a space */
        for (const char *const *d = domains; *d; d++) {
            size_t n = strlen(*d), end = m->end + n;
            if (end > len || strncasecmp(clean + m->end, *d, n) != 0 ||
                (end < len && isalnum((unsigned char)clean[end])))
                continue;
            m->end = end;
            m->text = afs_arena_strndup(x->arena, clean + m->start,
                                        m->end - m->start);
            m->cls = NAME_ORGANIZATION;
            m->strength = 2;
            m->canonical = NULL;
            m->role = NULL;
            break;
        }
    }
}

/* "Group A", "Plan B.", "World Cup-style": a word and a letter, or a name
 * made a modifier by its last word, name nothing. */
/* "WHO IS THE FRONT-RUNNER?", "HOW WILL OBAMA PLAY?": a sub-heading in
 * capitals that holds a verb or a question word is a sentence, no name. */
static bool is_shouted_sentence(const afs_text *t, const mention *m)
{
    static const char *const verbs[] = {"IS",  "ARE", "WAS",  "WERE", "WILL",
                                        "HOW", "WHO", "WHAT", "WHY",  "DOES",
                                        "CAN", "UP",  NULL};
    if (m->last - m->first < 2 ||
        !(t->tokens[m->first].flags & AFS_TF_ALL_CAPS))
        return false;
    for (size_t i = m->first; i < m->last; i++)
        if (afs_tok_is_one_of(t, i, verbs))
            return true;
    return false;
}

/* "@MattBevin", "#TodayInPlenary": an account's handle or a tag, a
 * string of the platform's, no name as the text writes one. */
static bool is_handle(const afs_text *t, const mention *m)
{
    return m->start > 0 &&
           (t->clean[m->start - 1] == '@' || t->clean[m->start - 1] == '#');
}

static void drop_labels(extraction *x)
{
    const afs_text *t = x->text;
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        mention *m = &x->mentions.v[mi];
        const char *w = afs_tok_str(t, m->last - 1);
        size_t n = afs_tok_len(t, m->last - 1);
        const char *dash = memchr(w, '-', n);
        /* the letter's shape first: the word look-up is the dear test */
        bool letter =
            m->last - m->first == 2 && (n == 1 || (n == 2 && w[1] == '.')) &&
            isupper((unsigned char)w[0]) && is_common_word(t, m->first);
        /* "-style", "-owned"; not "Moon Jae-in": four letters or more */
        bool whole = m->end == t->tokens[m->last - 1].end; /* not "Texas" */
        bool modifier =
            whole && dash && dash + 4 < w + n &&
            islower((unsigned char)dash[1]) &&
            is_common_word_text(dash + 1, (size_t)(w + n - dash - 1));
        if (letter || modifier || is_handle(t, m) ||
            is_shouted_sentence(t, m)) {
            m->cls = NAME_UNKNOWN;
            m->strength = -1;
        }
    }
}

/* ---- text in another language ------------------------------------------ */

/* In a text that is not English, the English rules would make a name of
 * every capitalised article and noun ("Les", "Selon Jean Dupont"). Kept
 * are the names a lexicon gives a class, and people named by a given
 * name inside a sentence; none of them a frequent word of the language
 * ("La" is also a subdivision's code, "Le" a given name). */
static bool has_strong_evidence(const extraction *x, const mention *m)
{
    const afs_text *t = x->text;
    if (m->role || is_function_word_of(t, m->first, x->language))
        return false;
    if (m->strength >= 3)
        return m->cls == NAME_PLACE || m->cls == NAME_ORGANIZATION;
    return m->cls == NAME_PERSON && m->last - m->first >= 2 &&
           afs_tok_has_key(t, m->first, AFS_LEX_GIVEN_NAMES) &&
           !(t->tokens[m->first].flags & AFS_TF_SENT_START);
}

/* A place the lexicons know by one word, not a word of the language nor
 * the first of a sentence ("Como" opens many a question). */
static bool is_known_place_word(const extraction *x, size_t i)
{
    const afs_text *t = x->text;
    if ((t->tokens[i].flags & AFS_TF_SENT_START) ||
        is_function_word_of(t, i, x->language))
        return false;
    const char *city = afs_span_value(t, i, i + 1, AFS_LEX_CITIES);
    return afs_tok_has_key(t, i, AFS_LEX_COUNTRIES) ||
           afs_tok_has_key(t, i, AFS_LEX_PLACES) || (city && *city == 'c');
}

/* The English rules join a sentence's first word and words joined by the
 * language's "y", "de" to a name ("Selon Jean Dupont", "En Barcelona y
 * Sevilla"): what stands after the first word, when it opens with a
 * given name, is a person; else the first place the lexicons know in a
 * run of places and the language's words. False when neither. */
static bool narrow_to_known(extraction *x, mention *m)
{
    const afs_text *t = x->text;
    if (m->last - m->first >= 3 &&
        (t->tokens[m->first].flags & AFS_TF_SENT_START) &&
        afs_tok_has_key(t, m->first + 1, AFS_LEX_GIVEN_NAMES) &&
        !is_function_word_of(t, m->first + 1, x->language)) {
        set_span(x, m, m->first + 1, m->last);
        m->cls = NAME_PERSON;
        m->strength = 2;
        return true;
    }
    /* a run of the language's words and known places only ("En
     * Barcelona y Sevilla"): a place among other names is a part of their
     * name ("Fédération ... de France", "Como Educar seus Filhos") */
    size_t place = m->last;
    for (size_t i = m->first; m->last - m->first >= 2 && i < m->last; i++) {
        if (is_known_place_word(x, i))
            place = place == m->last ? i : place;
        else if (!is_function_word_of(t, i, x->language))
            return false;
    }
    if (place == m->last)
        return false;
    set_span(x, m, place, place + 1);
    m->cls = NAME_PLACE;
    m->strength = 3;
    m->canonical = afs_span_value(t, place, place + 1, AFS_LEX_COUNTRIES);
    return true;
}

static void keep_strong_names(extraction *x)
{
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        mention *m = &x->mentions.v[mi];
        if (m->strength < 0 || has_strong_evidence(x, m) ||
            narrow_to_known(x, m))
            continue;
        m->cls = NAME_UNKNOWN;
        m->strength = -1;
    }
}

/* ---- keys -------------------------------------------------------------- */

/* Lower-case words of a mention, possessives dropped, demonyms read as
 * their country: "Japan's foreign ministry" = "Japanese foreign ministry". */
static size_t append_word(char *buf, size_t len, size_t cap, const char *w,
                          size_t wl)
{
    if (len + wl + 2 >= cap)
        return len;
    if (len)
        buf[len++] = ' ';
    for (size_t c = 0; c < wl; c++)
        buf[len++] = afs_ascii_lower(w[c]); /* tolower in the C locale */
    return len;
}

/* Appends tokens [first, last) lower-cased, possessives dropped,
 * demonyms read as their country. */
static size_t append_words(const afs_text *t, size_t first, size_t last,
                           char *buf, size_t len, size_t cap)
{
    for (size_t i = first; i < last; i++) {
        if (t->tokens[i].flags & AFS_TF_POSSESSIVE)
            continue;
        const char *w = afs_tok_str(t, i);
        size_t wl = afs_tok_len(t, i);
        const char *country = afs_span_value(t, i, i + 1, AFS_LEX_DEMONYMS);
        if (country && *country) {
            w = country;
            wl = strlen(country);
        }
        len = append_word(buf, len, cap, w, wl);
    }
    return len;
}

/* The words of a mention in a form that different wordings of one name
 * share: "Japan's foreign ministry" = "Japanese foreign ministry", and
 * (GATE's OrthoMatcher) "Department of Defense" = "Defense Department". */
static const char *make_key(extraction *x, const mention *m);

/* The key of a mention, made once: attaching and looking up ask for it
 * several times. */
static const char *mention_key(extraction *x, mention *m)
{
    if (!m->key)
        m->key = make_key(x, m);
    return m->key;
}

/* The words of m, from token first on, make its folded text as they
 * are: ASCII, one space apart, none a possessive or a demonym, as most
 * names. */
static bool key_is_folded(const extraction *x, const mention *m, size_t first)
{
    const afs_text *t = x->text;
    if (!m->folded || first != m->first || m->end - m->start >= 256 ||
        m->start != t->tokens[m->first].start ||
        m->end != t->tokens[m->last - 1].end)
        return false;
    for (size_t i = m->first; i < m->last; i++) {
        const afs_token *k = &t->tokens[i];
        if ((k->flags & AFS_TF_POSSESSIVE) || !(k->flags & AFS_TF_LEXICONS) ||
            (k->lex.keys >> AFS_LEX_DEMONYMS & 1))
            return false;
        if (i + 1 < m->last &&
            (t->tokens[i + 1].start != k->end + 1 || t->clean[k->end] != ' '))
            return false;
    }
    return afs_is_ascii(t->clean + m->start, m->end - m->start);
}

static const char *make_key(extraction *x, const mention *m)
{
    const afs_text *t = x->text;
    if (m->canonical)
        return fold(x, m->canonical);
    if (m->last - m->first == 1)
        return m->folded ? m->folded : fold(x, m->text);
    size_t first = m->first;
    if (afs_tok_len(t, first) == 3 && afs_tok_is_ci(t, first, "the"))
        first++;
    char buf[512];
    size_t len = 0;
    bool head_of = first + 2 < m->last && AFS_TOK_IS(t, first + 1, "of") &&
                   (afs_tok_has_key(t, first, AFS_LEX_ORG_KEYWORDS) ||
                    AFS_TOK_IS(t, first, "Government"));
    if (head_of) {
        len = append_words(t, first + 2, m->last, buf, len, sizeof buf);
        len = append_words(t, first, first + 1, buf, len, sizeof buf);
    } else if (key_is_folded(x, m, first)) {
        return m->folded;
    } else {
        len = append_words(t, first, m->last, buf, len, sizeof buf);
    }
    /* "Xbox One X." before a sentence: the stop the mention left out */
    if (len && buf[len - 1] == '.' && m->end < t->tokens[m->last - 1].end)
        len--;
    return afs_fold(x->arena, buf, len);
}

/* ---- entities ---------------------------------------------------------- */

static enum afs_kind kind_of(enum name_class cls)
{
    return cls == NAME_PERSON         ? AFS_PERSON
           : cls == NAME_ORGANIZATION ? AFS_ORGANIZATION
                                      : AFS_PLACE;
}

#define AMBIGUOUS ((size_t)-2)

/* word -> entity, or AMBIGUOUS once two entities claim it. */
static void claim(strmap *map, const char *word, size_t e)
{
    size_t *old = strmap_at(map, word);
    *old = *old == STRMAP_NONE || *old == e ? e : AMBIGUOUS;
}

/* The capitals that start the words of a name: "CPUC" for "California
 * Public Utilities Commission", "PGE" for "Pacific Gas & Electric Co.". */
static const char *initials_of(afs_arena *arena, const char *name)
{
    char initials[64];
    size_t n = 0;
    bool word_start = true;
    if (strncmp(name, "The ", 4) == 0) /* "The Associated Press": AP */
        name += 4;
    for (const char *p = name; *p && n < sizeof initials - 1; p++) {
        if (word_start && *p >= 'A' && *p <= 'Z') /* isupper, no call */
            initials[n++] = *p;
        word_start = *p == ' ' || *p == '-';
    }
    size_t len = strlen(name);
    if (n > 2 && ((len >= 3 && strcmp(name + len - 3, "Co.") == 0) ||
                  (len >= 4 && strcmp(name + len - 4, "Inc.") == 0)))
        n--;
    return afs_arena_strndup(arena, initials, n);
}

static const char *capitals_of(afs_arena *arena, const char *acronym)
{
    char letters[32];
    size_t n = 0;
    for (const char *p = acronym; *p && n < sizeof letters - 1; p++)
        if (*p >= 'A' && *p <= 'Z') /* isupper, no call */
            letters[n++] = *p;
    return afs_arena_strndup(arena, letters, n);
}

/* An organization answers to its initials and, from three letters on, to
 * their tail ("PUC" of "CPUC"). */
static void register_acronyms(extraction *x, size_t e)
{
    const char *initials = initials_of(x->arena, x->entities.v[e].name);
    size_t n = strlen(initials);
    for (size_t i = 0; n >= 2 && i + 2 <= n; i++)
        if (i == 0 || n - i >= 3)
            claim(x->acronyms, initials + i, e);
}

/* "European Aeronautic Defense & Space Company (EADS)": the capitals in
 * brackets after a body's name are its acronym, whatever its initials. */
/* The capitals in brackets after m are the initials of m's capitalised
 * words, in order: "Democratic Republic of Congo (DRC)". */
static bool bracket_spells_initials(const afs_text *t, const mention *m)
{
    size_t open = m->last;
    if (open + 2 >= t->token_count || !AFS_TOK_IS(t, open, "(") ||
        !AFS_TOK_IS(t, open + 2, ")"))
        return false;
    const char *a = afs_tok_str(t, open + 1);
    size_t n = afs_tok_len(t, open + 1), used = 0;
    for (size_t k = m->first; k < m->last; k++)
        if (t->tokens[k].flags & AFS_TF_CAPITAL) {
            if (used == n || *afs_tok_str(t, k) != a[used])
                return false;
            used++;
        }
    return used == n;
}

static void register_bracketed_acronym(extraction *x, const mention *m,
                                       size_t e)
{
    const afs_text *t = x->text;
    size_t open = m->last;
    if (open + 2 >= t->token_count || !AFS_TOK_IS(t, open, "(") ||
        !AFS_TOK_IS(t, open + 2, ")") ||
        !(t->tokens[open + 1].flags & AFS_TF_ALL_CAPS))
        return;
    const char *acronym = afs_arena_strndup(x->arena, afs_tok_str(t, open + 1),
                                            afs_tok_len(t, open + 1));
    claim(x->acronyms, capitals_of(x->arena, acronym), e);
}

/* A word that could be a name on its own: no common word, given name,
 * place, nationality or head word. */
static bool is_distinctive(const char *w, size_t n)
{
    char lower[64];
    if (n < 3 || n >= sizeof lower || !isupper((unsigned char)w[0]))
        return false;
    for (size_t i = 0; i < n; i++)
        lower[i] = (char)tolower((unsigned char)w[i]);
    return !afs_lex_has(AFS_LEX_COMMON_WORDS, lower, n) &&
           !afs_lex_has(AFS_LEX_GIVEN_NAMES, w, n) &&
           !afs_lex_has(AFS_LEX_PLACES, w, n) &&
           !afs_lex_has(AFS_LEX_COUNTRIES, w, n) &&
           !afs_lex_has(AFS_LEX_CITIES, w, n) &&
           !afs_lex_has(AFS_LEX_DEMONYMS, w, n) &&
           !afs_lex_has(AFS_LEX_ORG_KEYWORDS, w, n);
}

/* is_distinctive of token tok, whose lexicons the tokenizer found. */
static bool is_distinctive_token(const afs_text *t, size_t tok)
{
    const afs_token *k = &t->tokens[tok];
    size_t n = afs_tok_len(t, tok);
    char c = *afs_tok_str(t, tok);
    const unsigned names = 1u << AFS_LEX_GIVEN_NAMES | 1u << AFS_LEX_PLACES |
                           1u << AFS_LEX_COUNTRIES | 1u << AFS_LEX_CITIES |
                           1u << AFS_LEX_DEMONYMS | 1u << AFS_LEX_ORG_KEYWORDS;
    return n >= 3 && n < 64 && c >= 'A' && c <= 'Z' &&
           !(k->lower.keys >> AFS_LEX_COMMON_WORDS & 1) &&
           !(k->lex.keys & names);
}

static bool is_corporate_suffix(const char *w, size_t n)
{
    static const char *const suffixes[] = {
        "Co.",  "Co",  "Inc.", "Inc", "Corp.", "Corp",    "Corporation",
        "Ltd.", "Ltd", "LLC",  "plc", "PLC",   "Company", NULL};
    for (const char *const *s = suffixes; *s; s++)
        if (strlen(*s) == n && memcmp(*s, w, n) == 0)
            return true;
    return false;
}

/* Companies go by a short name (GATE's OrthoMatcher): "Tyvak" for
 * "Tyvak Nano-Satellite Systems", "Disney" for "Walt Disney Co.": the
 * first word, and the word before a corporate suffix, when distinctive. */
static void register_short_names(extraction *x, const mention *m, size_t e)
{
    const afs_text *t = x->text;
    const char *name = x->entities.v[e].name;
    const char *space = strchr(name, ' ');
    if (!space)
        return;
    size_t first = (size_t)(space - name);
    /* a first word that is the mention's first token: its lexicons are
     * known */
    bool first_token = name == m->text &&
                       m->start == t->tokens[m->first].start &&
                       afs_tok_len(t, m->first) == first &&
                       (t->tokens[m->first].flags & AFS_TF_LEXICONS);
    /* an acronym first ("NASA Ames Research Center") is a body of its
     * own, which the name is a part of */
    bool acronym = first_token && (t->tokens[m->first].flags & AFS_TF_ALL_CAPS);
    if (!acronym && (first_token ? is_distinctive_token(t, m->first)
                                 : is_distinctive(name, first)))
        claim(x->short_names, afs_fold(x->arena, name, first), e);
    const char *last = strrchr(name, ' ');
    const char *before = last;
    while (before > name && before[-1] != ' ')
        before--;
    /* "the Conservatives", "the Democrats": a party by its members */
    if (before == name && strcmp(last + 1, "Party") == 0) {
        size_t n = (size_t)(last - name);
        if (n > 3 && memcmp(name + n - 2, "ic", 2) == 0)
            n -= 2; /* Democratic -> Democrats */
        claim(x->short_names,
              afs_fold(x->arena,
                       afs_arena_printf(x->arena, "%.*ss", (int)n, name),
                       n + 1),
              e);
    }
    if (before > name && before != last &&
        is_corporate_suffix(last + 1, strlen(last + 1)) &&
        is_distinctive(before, (size_t)(last - before)))
        claim(x->short_names,
              afs_fold(x->arena, before, (size_t)(last - before)), e);
}

/* The key of the body a listed name stands for, one for all its names:
 * "GOP", "Republicans" and "Republican Party" share "republican party"
 * (the lexicon's synonyms, WordNet's); NULL for a name not listed. */
static const char *synonym_key(extraction *x, const mention *m)
{
    const afs_text *t = x->text;
    const char *v = afs_span_value(t, m->first, m->last, AFS_LEX_ORGANIZATIONS);
    const char *colon = v ? strchr(v, ':') : NULL;
    if (colon)
        return fold(x, colon + 1);
    if (v)
        return fold(x, m->text);
    char party[PARTY_NAME_MAX];
    return m->last - m->first == 1 &&
                   party_of_members(afs_tok_str(t, m->first),
                                    afs_tok_len(t, m->first), party)
               ? fold(x, party)
               : NULL;
}

/* The key a new entity of m is filed under: m's folded text when m is
 * so named, else its name's. */
static const char *entity_key(extraction *x, const mention *m, const char *name)
{
    return !m->canonical && m->folded ? m->folded : fold(x, name);
}

/* key_absent: the caller looked m's key up in entity_keys, found nothing,
 * and it is the key the entity is filed under (no need to look again). */
static size_t new_entity_keyed(extraction *x, const mention *m,
                               enum afs_kind kind, bool key_absent)
{
    entity *e = VEC_PUSH(x->arena, x->entities); /* zeroed */
    e->kind = kind;
    e->name = m->canonical ? m->canonical : m->text;
    e->first_token = m->first;
    e->merged_into = NO_ENTITY;
    size_t index = x->entities.n - 1;
    const char *key = entity_key(x, m, e->name);
    size_t *keyed = strmap_at(x->entity_keys, key);
    if (key_absent || *keyed == STRMAP_NONE)
        *keyed = index;
    const char *synonym = kind == AFS_ORGANIZATION ? synonym_key(x, m) : NULL;
    if (synonym)
        claim(x->synonyms, synonym, index);
    if (kind == AFS_ORGANIZATION && m->last - m->first >= 2) {
        register_acronyms(x, index);
        register_bracketed_acronym(x, m, index);
        register_short_names(x, m, index);
    }
    /* "the Democratic Republic of Congo (DRC)": the acronym names the
     * place again ("ST. LOUIS (AP)" is a dateline's agency) */
    if (kind == AFS_PLACE && m->last - m->first >= 2 &&
        bracket_spells_initials(x->text, m))
        register_bracketed_acronym(x, m, index);
    return index;
}

static size_t new_entity(extraction *x, const mention *m, enum afs_kind kind)
{
    return new_entity_keyed(x, m, kind, false);
}

static void add_unique(extraction *x, str_vec *v, const char *s)
{
    for (size_t i = 0; i < v->n;
         i++) /* the same text is often the same pointer */
        if (v->v[i] == s || strcmp(v->v[i], s) == 0)
            return;
    *VEC_PUSH(x->arena, *v) = s;
}

/* "President" adds nothing to "President of the United States". */
static void add_role(extraction *x, str_vec *roles, const char *role)
{
    size_t n = strlen(role);
    for (size_t i = 0; i < roles->n; i++) {
        if (strncmp(roles->v[i], role, n) == 0)
            return;
        if (strncmp(role, roles->v[i], strlen(roles->v[i])) == 0) {
            roles->v[i] = role;
            return;
        }
    }
    *VEC_PUSH(x->arena, *roles) = role;
}

/* "Mr.", "Mrs.", "Dr.": a courtesy title says how a person is addressed,
 * no office or role. */
static bool is_courtesy_title(const char *role)
{
    static const char *const titles[] = {"Mr.", "Mrs.", "Ms.", "Miss",
                                         "Mr",  "Mrs",  "Ms",  "Dr.",
                                         "Dr",  "Mx.",  NULL};
    if (role[0] != 'M' && role[0] != 'D') /* most roles: no compare */
        return false;
    for (const char *const *p = titles; *p; p++)
        if (strcmp(role, *p) == 0)
            return true;
    return false;
}

/* key_mapped: the caller knows entity_keys holds m's key already. */
static void attach_keyed(extraction *x, size_t mi, size_t ei, bool key_mapped)
{
    mention *m = &x->mentions.v[mi];
    entity *e = &x->entities.v[ei];
    m->entity = ei;
    *VEC_PUSH(x->arena, e->spans) = (afs_span){m->start, m->end};
    const char *key = mention_key(x, m);
    if (!key_mapped) {
        size_t *keyed = strmap_at(x->entity_keys, key);
        if (*keyed == STRMAP_NONE)
            *keyed = ei;
    }
    /* the entity's first mention gave it this very text as its name */
    if (m->text != e->name && strcmp(m->text, e->name) != 0)
        add_unique(x, &e->aliases, m->text);
    if (m->title_first < m->first) {
        const char *titled = token_span_text(x, m->title_first, m->last);
        add_unique(x, &e->aliases, titled);
    }
    if (m->role && !is_courtesy_title(m->role))
        add_role(x, &e->roles, m->role);
    if (e->gender == AFS_GENDER_UNKNOWN)
        e->gender = m->gender;
}

static void attach(extraction *x, size_t mi, size_t ei)
{
    attach_keyed(x, mi, ei, false);
}

/* Name tokens of a person without initials and suffixes. */
static void person_core(const afs_text *t, const mention *m, size_t *given,
                        size_t *surname)
{
    size_t last = m->last;
    while (last > m->first + 1 &&
           (AFS_TOK_IS(t, last - 1, "Jr.") || AFS_TOK_IS(t, last - 1, "Sr.") ||
            AFS_TOK_IS(t, last - 1, "Jr") || AFS_TOK_IS(t, last - 1, "II") ||
            AFS_TOK_IS(t, last - 1, "III")))
        last--;
    *given = m->first;
    *surname = last - 1;
}

/* "Pat" and "Patrick", "J." and "James": one given name could be the
 * other's short form. */
static bool given_compatible(const afs_text *t, size_t a, size_t b)
{
    size_t la = afs_tok_len(t, a), lb = afs_tok_len(t, b);
    size_t n = la < lb ? la : lb;
    if (n && afs_tok_str(t, a)[n - 1] == '.')
        n--;
    return n >= 1 && memcmp(afs_tok_str(t, a), afs_tok_str(t, b), n) == 0 &&
           (n >= 3 || la <= 2 || lb <= 2);
}

/* The folded text of one token: its clean bytes, which hold no space
 * and no NUL, so token_span_text would copy them as they are. */
static const char *token_key(extraction *x, size_t tok)
{
    return afs_fold(x->arena, afs_tok_str(x->text, tok),
                    afs_tok_len(x->text, tok));
}

/* Whether the person of mention other may be the one m names: a
 * compatible given name and no clashing middle name. */
static bool same_person_named(const afs_text *t, const mention *m,
                              const mention *other)
{
    size_t g, s, og, os;
    person_core(t, m, &g, &s);
    person_core(t, other, &og, &os);
    /* "Jeong Hye Jin" and "Jeong Jae Jin" are two people; "John F. Marsh"
     * and "John Fitzgerald Marsh" one */
    bool middles_differ =
        s == g + 2 && os == og + 2 && !given_compatible(t, g + 1, og + 1);
    return given_compatible(t, g, og) && !middles_differ;
}

/* The person already met with this surname (its key surname_key) and a
 * compatible given name: "Pat Carlineo" is "Patrick Carlineo Jr.".
 * by_surname holds the latest new person of each surname and
 * earlier_namesake[mi] the one before mi, so that with two Olsens the
 * first named again is still found. */
static size_t find_person(extraction *x, strmap *by_surname,
                          const size_t *earlier_namesake, const mention *m,
                          const char *surname_key)
{
    for (size_t other = strmap_get(by_surname, surname_key);
         other != STRMAP_NONE; other = earlier_namesake[other])
        if (same_person_named(x->text, m, &x->mentions.v[other]))
            return x->mentions.v[other].entity;
    return NO_ENTITY;
}

static bool is_full_person(const mention *m)
{
    return m->cls == NAME_PERSON && m->last - m->first >= 2 && !m->heading;
}

/* The folded words the body names alone ("Kovalenko said"), headings
 * left out. */
static strmap *body_single_names(extraction *x)
{
    strmap *words = strmap_new(x->arena);
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        const mention *m = &x->mentions.v[mi];
        if (!m->heading && m->last - m->first == 1 && m->strength >= 0)
            strmap_put(words, mention_key(x, &x->mentions.v[mi]), 1);
    }
    return words;
}

/* "Marta Kovalenko wins race" over "Kovalenko said": a headline's full
 * name is the person the body names by the surname alone (a headline's
 * capitals alone make no person). */
static bool is_headline_person(extraction *x, const mention *m,
                               strmap *body_names)
{
    return m->heading && m->cls == NAME_PERSON && m->last - m->first >= 2 &&
           strmap_get(body_names, token_key(x, m->last - 1)) != STRMAP_NONE;
}

/* "Zelenskiy", "Zelensky", "Zelenskyy": romanisations of one Slavic
 * "-sky" ending. Claims each spelling of a surname with the ending (its
 * folded key) for person e. */
static void claim_romanised_surname(extraction *x, const char *key, size_t e)
{
    static const char *const endings[] = {"skiy", "skyy", "sky", NULL};
    size_t n = strlen(key);
    for (const char *const *end = endings; *end; end++) {
        size_t k = strlen(*end);
        if (n <= k || memcmp(key + n - k, *end, k) != 0)
            continue;
        for (const char *const *other = endings; *other; other++) {
            char *spelling =
                afs_arena_alloc(x->arena, n - k + strlen(*other) + 1);
            memcpy(spelling, key, n - k);
            strcpy(spelling + n - k, *other);
            claim(x->surnames, spelling, e);
        }
        return;
    }
}

static void build_people(extraction *x)
{
    strmap *by_surname = strmap_new(x->arena);
    size_t *earlier_namesake = afs_arena_alloc(
        x->arena, (x->mentions.n + 1) * sizeof *earlier_namesake);
    strmap *body_names = body_single_names(x);
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        mention *m = &x->mentions.v[mi];
        if (!is_full_person(m) && !is_headline_person(x, m, body_names))
            continue;
        size_t g, s;
        person_core(x->text, m, &g, &s);
        const char *surname_key = token_key(x, s);
        size_t e = find_person(x, by_surname, earlier_namesake, m, surname_key);
        /* a new person is filed under m's folded text: when that is m's
         * key too, attaching need not look it up again */
        bool key_mapped = false;
        if (e == NO_ENTITY) {
            const char *key = mention_key(x, m);
            key_mapped = !m->canonical && m->folded && key == m->folded;
            e = new_entity(x, m, AFS_PERSON);
            earlier_namesake[mi] = strmap_get(by_surname, surname_key);
            strmap_put(by_surname, surname_key, mi);
        } else if (strlen(m->text) > strlen(x->entities.v[e].name)) {
            add_unique(x, &x->entities.v[e].aliases, x->entities.v[e].name);
            x->entities.v[e].name = m->text;
        }
        attach_keyed(x, mi, e, key_mapped);
        claim(x->surnames, surname_key, e);
        if (is_pinyin_name(x->text, m)) /* "President Xi": the surname */
            claim(x->surnames, token_key(x, m->first), e);
        size_t *first = strmap_at(x->first_named, surname_key);
        if (*first == STRMAP_NONE)
            *first = e;
        claim_romanised_surname(x, surname_key, e);
        claim(x->given_names, token_key(x, g), e);
    }
}

/* A person whose surname (or, failing that, given name) is this mention. */
static size_t person_with_part(extraction *x, const mention *m, bool surname)
{
    const char *key = m->folded ? m->folded : fold(x, m->text);
    size_t e = strmap_get(surname ? x->surnames : x->given_names, key);
    /* "Joe Biden ... Hunter Biden ... Biden": news names the one it
     * introduced first by the surname alone */
    if (e == AMBIGUOUS && surname)
        e = strmap_get(x->first_named, key);
    return e == STRMAP_NONE || e == AMBIGUOUS ? NO_ENTITY : e;
}

static bool is_acronym(const extraction *x, const mention *m)
{
    const afs_token *k = &x->text->tokens[m->first];
    return m->last - m->first == 1 && (k->flags & AFS_TF_ALL_CAPS);
}

/* An entity this mention names again: the same key, or an organization's
 * acronym. A weak guess may cross kinds ("Beijing" the place acting). */
static size_t entity_of_kind(extraction *x, enum afs_kind kind, const char *key,
                             const mention *m, size_t e)
{
    if (e == STRMAP_NONE && kind == AFS_ORGANIZATION && is_acronym(x, m)) {
        e = strmap_get(x->acronyms, capitals_of(x->arena, m->text));
        if (e == AMBIGUOUS)
            e = STRMAP_NONE;
    }
    if (e == STRMAP_NONE && kind == AFS_ORGANIZATION &&
        m->last - m->first == 1) {
        e = strmap_get(x->short_names, key);
        if (e == AMBIGUOUS)
            e = STRMAP_NONE;
    }
    const char *synonym =
        e == STRMAP_NONE && kind == AFS_ORGANIZATION ? synonym_key(x, m) : NULL;
    if (synonym) {
        e = strmap_get(x->synonyms, synonym);
        if (e == AMBIGUOUS)
            e = STRMAP_NONE;
    }
    if (e == STRMAP_NONE)
        return NO_ENTITY;
    enum afs_kind k = x->entities.v[e].kind;
    if (k != kind && !(m->strength < 2 && k != AFS_PERSON))
        return NO_ENTITY;
    return e;
}

/* e is the entity that key names, STRMAP_NONE for none */
static size_t entity_with_key(extraction *x, enum afs_kind kind,
                              const char *key, const mention *m)
{
    return entity_of_kind(x, kind, key, m, strmap_get(x->entity_keys, key));
}

static bool is_possessed(const afs_text *t, const mention *m);

/* "companies", "a firm": nouns whose list or apposition names
 * organizations. */
static bool is_org_noun(const afs_text *t, size_t i)
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

/* ",", "and", "or", "(" or ")": what joins the names of a list. Tested
 * by length, for each token back from every name. */
static bool is_list_glue(const afs_text *t, size_t i)
{
    const char *w = afs_tok_str(t, i);
    switch (afs_tok_len(t, i)) {
    case 1:
        return *w == ',' || *w == '(' || *w == ')';
    case 2:
        return w[0] == 'o' && w[1] == 'r';
    case 3:
        return memcmp(w, "and", 3) == 0;
    default:
        return false;
    }
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
static bool named_as_organization(const extraction *x, size_t mi)
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

static bool is_locative(const afs_text *t, size_t i)
{
    /* "in", "near", "outside", "across", "throughout", "around": by
     * length, as it is asked before every name */
    if (i >= t->token_count)
        return false;
    const char *w = afs_tok_str(t, i);
    switch (afs_tok_len(t, i)) {
    case 2:
        return w[0] == 'i' && w[1] == 'n';
    case 4:
        return memcmp(w, "near", 4) == 0;
    case 6:
        return memcmp(w, "across", 6) == 0 || memcmp(w, "around", 6) == 0;
    case 7:
        return memcmp(w, "outside", 7) == 0;
    case 10:
        return memcmp(w, "throughout", 10) == 0;
    default:
        return false;
    }
}

/* "the Rukban refugee camp", "the Gush Etzion settlement bloc": a
 * settlement's noun after the name, maybe after a word describing it. */
static bool settlement_noun_follows(const afs_text *t, const mention *m)
{
    static const char *const nouns[] = {
        "camp",         "camps",         "settlement", "settlements", "village",
        "neighborhood", "neighbourhood", "suburb",     NULL};
    for (size_t k = m->last; k < m->last + 2 && k < t->token_count; k++) {
        if (t->tokens[k].kind != AFS_TOK_WORD ||
            (t->tokens[k].flags & AFS_TF_CAPITAL))
            return false;
        /* each noun starts with one of these: most words are spared */
        char c = afs_tok_str(t, k)[0];
        if ((c == 'c' || c == 's' || c == 'v' || c == 'n') &&
            afs_tok_is_one_of(t, k, nouns))
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
    if ((m->first > 0 && is_locative(t, prev) && !owner) ||
        (m->last - m->first == 1 && settlement_noun_follows(t, m)) ||
        is_hometown(t, m))
        (*place)++;
    if (m->first > 1 && m->cls != NAME_PERSON && is_of_at_or_for(t, prev) &&
        title_before_preposition(t, prev))
        (*org)++;
    /* "Disney's chairman"; a person has a chief of staff too */
    if (m->cls != NAME_PERSON && is_possessed(t, m) &&
        m->last + 1 < t->token_count &&
        !(t->tokens[m->last + 1].flags & AFS_TF_CAPITAL) &&
        title_length(t, m->last + 1, m->last + 4) > 0)
        (*org)++;
    if (named_as_organization(x, mi) || credits_a_source(t, m) ||
        (m->cls != NAME_PERSON && owns_a_business(t, m)))
        (*org)++;
    /* "Zentrix chief executive Mara Olin": the holder's employer */
    if (m->cls != NAME_PERSON && employs_title_holder(t, m->first, m->last))
        (*org)++;
    /* "Google has bought", "Rolling Stone reported" opening a sentence */
    if (m->cls != NAME_PERSON &&
        (t->tokens[m->first].flags & AFS_TF_SENT_START) &&
        acts_as_company_after(t, m->first, m->last))
        (*org)++;
    if (is_city_only(t, m))
        vote_on_city(x, m, place, org);
}

/* A key looked up lately, by its pointer: the mentions of one wording
 * share their folded text (fold_mentions), so a map that does not change
 * meanwhile need not hash it again. */
typedef struct recent_key {
    const char *key;
    size_t value;
} recent_key;

#define RECENT_SLOTS 64

static size_t recent_slot(const char *key)
{
    return (size_t)(((uintptr_t)key * 0x9E3779B97F4A7C15ULL) >> 58);
}

/* strmap_get of a map that the caller leaves alone while recent lives */
static size_t recent_get(recent_key *recent, const strmap *map, const char *key)
{
    recent_key *r = &recent[recent_slot(key)];
    if (r->key != key)
        *r = (recent_key){key, strmap_get(map, key)};
    return r->value;
}

/* Sums the votes of every mention of each name, by its folded text, and
 * gives each mention the sums: the class is decided once for all. */
static void collect_votes(extraction *x)
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
static void apply_votes(extraction *x)
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

/* A word in lower case of at most seven letters: the test before a
 * list's, which most tokens fail. */
static bool is_short_lower_word(const afs_text *t, size_t i)
{
    return t->tokens[i].kind == AFS_TOK_WORD &&
           !(t->tokens[i].flags & AFS_TF_CAPITAL) && afs_tok_len(t, i) <= 7;
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

/* A city whose name is once a team's (above) is the team in every
 * mention (one sense per discourse), unless the article also puts
 * something in it ("a rematch in Pittsburgh"): then the city is meant
 * and "Pittsburgh quarterback" reads as the city's too. Countries keep
 * their sense: their teams are named by the country, as a nation's inside
 * a state are ("Wales beat Hungary 2-0"). */
static void take_teams(extraction *x)
{
    const afs_text *t = x->text;
    strmap *teams = NULL;
    /* the game's words name sides in a game's report only */
    bool scored = has_score(t);
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        const mention *m = &x->mentions.v[mi];
        if (m->cls != NAME_PLACE || !m->folded)
            continue;
        bool side =
            team_member_follows(t, m) || score_follows(t, m) ||
            beats_side(x, mi) ||
            (scored && (game_word_follows(t, m) || game_side_before(t, m)));
        if (!side || afs_span_value(t, m->first, m->last, AFS_LEX_COUNTRIES) ||
            is_nation(t, m))
            continue;
        if (!teams)
            teams = strmap_new(x->arena);
        strmap_put(teams, m->folded, 1);
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
        if (m->cls != NAME_PLACE || !m->folded ||
            strmap_get(teams, m->folded) != 1)
            continue;
        m->cls = NAME_ORGANIZATION;
        m->strength = 3;
        m->canonical = NULL;
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

static void attach_remaining(extraction *x)
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

/* Where the token after a name's apposition ("Manohla Dargis, film critic
 * for the New York Times, said") is: past the closing comma, or at a
 * reporting verb when the writer left that comma out. */
static size_t after_apposition(const afs_text *t, size_t end)
{
    if (end >= t->token_count || !AFS_TOK_IS(t, end, ","))
        return end;
    for (size_t i = end + 1; i < t->token_count && i < end + 14; i++) {
        if (t->tokens[i].kind == AFS_TOK_QUOTE ||
            t->tokens[i].sentence != t->tokens[end].sentence)
            break;
        if (AFS_TOK_IS(t, i, ","))
            return i + 1;
        if (is_reporting_verb(t, i))
            return i;
    }
    return end;
}

static bool is_age_apposition(const afs_text *t, size_t end)
{
    return end + 2 < t->token_count && AFS_TOK_IS(t, end, ",") &&
           t->tokens[end + 1].kind == AFS_TOK_NUMBER &&
           AFS_TOK_IS(t, end + 2, ",");
}

static bool has_all_caps(const afs_text *t, const mention *m);

/* "Sen. Cory Booker, Hawaii Rep. Tulsi Gabbard, and ...": the phrase after
 * the comma is the next person of a list, in capitals to the end of her
 * name, not the role of the one before. */
static bool names_next_person(const extraction *x, const mention *m, size_t end)
{
    const afs_text *t = x->text;
    const mention *next = m + 1, *stop = x->mentions.v + x->mentions.n;
    while (next < stop && next->last < end)
        next++;
    size_t e = next < stop && next->last == end
                   ? resolve_entity(x, next->entity)
                   : NO_ENTITY;
    /* "President Ascom North America" is an office and its body */
    if (e == NO_ENTITY || x->entities.v[e].kind != AFS_PERSON ||
        has_all_caps(t, next))
        return false;
    for (size_t k = m->last + 1; k < end; k++)
        if (t->tokens[k].kind == AFS_TOK_WORD &&
            !(t->tokens[k].flags & AFS_TF_CAPITAL))
            return false;
    return true;
}

/* "Esper, the defense secretary,", "Takaichi, Japan's first female
 * premier,": a short phrase between commas after a person's name that
 * holds a title is a role. */
static const char *apposition_role(extraction *x, const mention *m)
{
    const afs_text *t = x->text;
    size_t i = m->last;
    if (i >= t->token_count || !afs_tok_is(t, i, ","))
        return NULL;
    bool titled = false;
    size_t end = i + 1;
    for (; end < t->token_count && end < i + 10; end++) {
        const afs_token *k = &t->tokens[end];
        if (k->kind == AFS_TOK_QUOTE || k->sentence != t->tokens[i].sentence)
            return NULL;
        /* "X, film critic for the Daily Star said": the role ends where
         * the telling starts */
        if (afs_tok_is(t, end, ",") || afs_tok_is(t, end, ".") ||
            is_reporting_verb(t, end))
            break;
        titled |= title_length(t, end, end + 1) > 0;
    }
    if (!titled || end == i + 1 || end >= i + 10 ||
        t->tokens[i + 1].kind == AFS_TOK_NUMBER || names_next_person(x, m, end))
        return NULL;
    size_t first = i + 1;
    if (afs_tok_is(t, first, "the") || afs_tok_is(t, first, "a") ||
        afs_tok_is(t, first, "an"))
        first++;
    return first < end ? token_span_text(x, first, end) : NULL;
}

static void apposition_roles(extraction *x)
{
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        const mention *m = &x->mentions.v[mi];
        if (m->entity == NO_ENTITY ||
            x->entities.v[m->entity].kind != AFS_PERSON)
            continue;
        const char *role = apposition_role(x, m);
        if (role)
            add_role(x, &x->entities.v[m->entity].roles, role);
    }
}

/* "told The Hill": the name after these verbs is who listens. */
bool is_listener_verb(const afs_text *t, size_t i)
{
    static const char *const verbs[] = {"told",   "tells",     "tell",
                                        "asked",  "informed",  "urged",
                                        "warned", "according", NULL};
    return afs_tok_is_one_of_ci(t, i, verbs);
}

/* "USA Today", "Global Affairs Canada", "Linn County Circuit": no
 * personal name has a word in capitals (initials aside), a country or
 * place, or the head word of a place or an organization. */
static bool has_all_caps(const afs_text *t, const mention *m)
{
    for (size_t i = m->first; i < m->last; i++) {
        const char *w = afs_tok_str(t, i);
        size_t n = afs_tok_len(t, i);
        if ((t->tokens[i].flags & AFS_TF_ALL_CAPS) ||
            (m->last - m->first > 1 &&
             (afs_lex_has(AFS_LEX_COUNTRIES, w, n) ||
              afs_lex_has(AFS_LEX_ORG_KEYWORDS, w, n) ||
              ends_with_place_head(t, i, i + 1))))
            return true;
    }
    return false;
}

/* "astronaut Tom Stafford and executive Tom Young": a given name and a
 * word, listed right after a person with "and" or a comma, is a person
 * too, though both its words are words of the language. */
static bool listed_after_person(const extraction *x, size_t mi)
{
    const afs_text *t = x->text;
    const mention *m = &x->mentions.v[mi];
    if (mi == 0 || m->last - m->first != 2 ||
        !afs_tok_has_key(t, m->first, AFS_LEX_GIVEN_NAMES))
        return false;
    const mention *prev = &x->mentions.v[mi - 1];
    size_t e = resolve_entity(x, prev->entity);
    if (e == NO_ENTITY || x->entities.v[e].kind != AFS_PERSON ||
        prev->last >= m->first || prev->last + 6 < m->first ||
        t->tokens[prev->last].sentence != t->tokens[m->first].sentence)
        return false;
    bool joined = false;
    for (size_t k = prev->last; k < m->first; k++) {
        if (afs_tok_is(t, k, "and") || afs_tok_is(t, k, ","))
            joined = true;
        else if (t->tokens[k].kind != AFS_TOK_WORD ||
                 (t->tokens[k].flags & AFS_TF_CAPITAL) ||
                 is_reporting_verb(t, k))
            return false;
    }
    return joined;
}

/* Kin, a colleague or a teammate: only a person has them. */
static bool is_kin_noun(const afs_text *t, size_t i)
{
    static const char *const kin[] = {
        "colleague",     "colleagues", "wife",      "husband", "son",
        "sons",          "daughter",   "daughters", "mother",  "father",
        "brother",       "brothers",   "sister",    "sisters", "parents",
        "girlfriend",    "boyfriend",  "fiancée",   "fiancee", "widow",
        "teammate",      "teammates",  "co-author", "mentor",  "grandson",
        "granddaughter", "uncle",      "aunt",      "nephew",  "niece",
        "cousin",        "spouse",     NULL};
    return i < t->token_count && is_lower_word(t, i) &&
           afs_tok_is_one_of(t, i, kin);
}

/* "Orvane's colleague", "Marlow's wife", "his wife Kali": who has kin, a
 * colleague or a teammate, or is someone's, is a person; a body has
 * staff, members and lawyers, no kin ("Tarvik's family of phones" takes
 * "of"). */
static bool is_kin_of_someone(const afs_text *t, const mention *m)
{
    size_t k = m->last; /* the "'s" */
    if (k + 1 < t->token_count && (t->tokens[k].flags & AFS_TF_POSSESSIVE) &&
        is_kin_noun(t, k + 1) &&
        !(k + 2 < t->token_count && AFS_TOK_IS(t, k + 2, "of")))
        return true;
    /* "his wife Kali", "her brother Dale": named as someone's kin */
    static const char *const owners[] = {"his", "her", "their",
                                         "my",  "our", NULL};
    size_t f = m->first; /* the owner first: few names have one */
    return f >= 2 &&
           ((t->tokens[f - 2].flags & AFS_TF_POSSESSIVE) ||
            afs_tok_is_one_of(t, f - 2, owners)) &&
           is_kin_noun(t, f - 1);
}

/* The folded names that own kin somewhere in the article: a person's
 * (one sense per discourse), though the name speaks alone first. */
static strmap *kin_owners(extraction *x)
{
    strmap *owners = NULL;
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        const mention *m = &x->mentions.v[mi];
        if (m->strength < 0 || m->strength >= 2 || m->org_votes > 0 ||
            !m->folded || m->cls == NAME_ORGANIZATION || m->cls == NAME_PLACE ||
            !is_kin_of_someone(x->text, m))
            continue;
        if (!owners)
            owners = strmap_new(x->arena);
        strmap_put(owners, m->folded, 1);
    }
    return owners;
}

/* "Bank of Japan", "High Commissioner for Human Rights": "of", "for" or
 * "&" joins the words of a body's or an office's name, never a person's
 * ("Rebelo de Sousa" joins by a particle). */
static bool has_name_joiner(const afs_text *t, const mention *m)
{
    static const char *const joiners[] = {"of", "for", "&", NULL};
    for (size_t i = m->first + 1; i + 1 < m->last; i++)
        if (afs_tok_is_one_of(t, i, joiners))
            return true;
    return false;
}

/* "Varda Institutional Equities said": two dictionary words after a
 * first word no given name list has name a business; a person's name has
 * one at most ("Tiger Woods"), or opens with a given name ("Rose Young"). */
static bool is_worded_name(const afs_text *t, const mention *m)
{
    if (afs_tok_has_key(t, m->first, AFS_LEX_GIVEN_NAMES))
        return false;
    size_t words = 0;
    for (size_t i = m->first + 1; i < m->last; i++)
        words += is_common_word(t, i);
    return words >= 2;
}

/* A name nobody placed that speaks ("X said", "said X"), has an age
 * ("X, 55,"), is listed with a person or owns kin is a person. */
static bool person_pronoun_follows(const afs_text *t, size_t i);

/* "Dale wrote that he ...", "Tomer said she": a lone given name that
 * speaks, with a "he" or a "she" soon after and no "it" before, is
 * someone named by one name (a firm speaks of itself as "it"). */
static bool is_given_name_speaking_of_self(const afs_text *t, const mention *m)
{
    return m->last - m->first == 1 &&
           !(t->tokens[m->first].flags & AFS_TF_ALL_CAPS) &&
           afs_tok_has_key(t, m->first, AFS_LEX_GIVEN_NAMES) &&
           !afs_tok_has_key(t, m->first, AFS_LEX_ORGANIZATIONS) &&
           person_pronoun_follows(t, m->first);
}

static void promote_speakers(extraction *x)
{
    const afs_text *t = x->text;
    strmap *kin = kin_owners(x);
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        mention *m = &x->mentions.v[mi];
        if (m->entity != NO_ENTITY || m->strength < 0 || m->heading ||
            m->cls == NAME_PLACE || m->cls == NAME_ORGANIZATION)
            continue;
        size_t next = after_apposition(t, m->last);
        size_t before = m->first ? m->first - 1 : 0;
        bool speaks =
            (next < t->token_count && is_reporting_verb(t, next)) ||
            (m->first > 0 && is_reporting_verb(t, before) &&
             !is_listener_verb(t, before) &&
             t->tokens[before].sentence == t->tokens[m->first].sentence);
        bool aged = is_age_apposition(t, m->last) || listed_after_person(x, mi);
        /* "the panel's Ranking Member said": a title alone is nobody's
         * name */
        bool only_title =
            title_length(t, m->first, m->last) == m->last - m->first;
        if ((!speaks && !aged) || has_all_caps(t, m) || only_title ||
            is_event_or_work_head(t, m->last - 1) ||
            (m->last < t->token_count && title_length(t, m->last, m->last + 3)))
            continue;
        /* News introduces a person by full name: a lone word that speaks
         * first ("Tottenham said") is an organization. */
        bool person =
            aged ||
            (m->last - m->first >= 2 && !has_name_joiner(t, m) &&
             !is_worded_name(t, m)) ||
            (kin && m->folded && strmap_get(kin, m->folded) != STRMAP_NONE) ||
            is_given_name_speaking_of_self(t, m);
        m->cls = person ? NAME_PERSON : NAME_ORGANIZATION;
        /* the second "Halvard Rystad said" is the first one again */
        size_t e = entity_with_key(x, person ? AFS_PERSON : AFS_ORGANIZATION,
                                   mention_key(x, m), m);
        if (e == NO_ENTITY && person)
            e = person_with_part(x, m, true);
        if (e == NO_ENTITY) {
            e = new_entity(x, m, person ? AFS_PERSON : AFS_ORGANIZATION);
            /* "Young, in his testimony, ...": the surname alone later,
             * and "joining Avinoam and his team" the given name */
            if (person && m->last - m->first >= 2) {
                claim(x->surnames, token_key(x, m->last - 1), e);
                claim(x->given_names, token_key(x, m->first), e);
            }
        }
        attach(x, mi, e);
    }
}

static bool is_possessed(const afs_text *t, const mention *m)
{
    return m->last < t->token_count &&
           (t->tokens[m->last].flags & AFS_TF_POSSESSIVE);
}

/* The first person named in its sentence, not as an owner: its subject. */
static bool is_sentence_subject(const extraction *x, const mention *m)
{
    const afs_text *t = x->text;
    size_t from = t->sentences[t->tokens[m->first].sentence].first;
    if (m->first > from + CLAUSE_WINDOW)
        from = m->first - CLAUSE_WINDOW;
    for (size_t k = from; k < m->first; k++) {
        size_t o = x->mention_at[k];
        if (o && x->mentions.v[o - 1].cls == NAME_PERSON)
            return false;
    }
    return !is_possessed(t, m);
}

/* A person of unknown gender who is a sentence's subject takes the gender
 * of the first he/she that follows in that sentence or the next, before
 * anybody else is named: "Omar asked ..., saying she". */
static void infer_genders(extraction *x)
{
    const afs_text *t = x->text;
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        const mention *m = &x->mentions.v[mi];
        size_t e = m->entity;
        if (e == NO_ENTITY || m->heading ||
            x->entities.v[e].kind != AFS_PERSON ||
            x->entities.v[e].gender != AFS_GENDER_UNKNOWN ||
            !is_sentence_subject(x, m))
            continue;
        size_t sentence = t->tokens[m->first].sentence;
        bool quoted = false;
        for (size_t k = m->last;
             k < t->token_count && k < m->last + CLAUSE_WINDOW &&
             t->tokens[k].sentence <= sentence + 1;
             k++) {
            if (t->tokens[k].kind == AFS_TOK_QUOTE)
                quoted = !quoted;
            size_t o = x->mention_at[k];
            const mention *om = o ? &x->mentions.v[o - 1] : NULL;
            /* a person quoted ("the Assad regime", he said) is no
             * antecedent of the pronoun after the quote */
            if (om && om->entity != e && om->cls == NAME_PERSON &&
                !is_possessed(t, om) && !quoted)
                break;
            enum afs_gender g;
            /* no pronoun is longer than four bytes, and the gendered ones
             * start with an h or an s ("he", "she"): most words need no
             * call */
            char c = afs_ascii_lower(*afs_tok_str(t, k));
            if (!quoted && afs_tok_len(t, k) <= 4 && (c == 'h' || c == 's') &&
                personal_pronoun(t, k, &g) && g != AFS_GENDER_UNKNOWN) {
                x->entities.v[e].gender = g;
                break;
            }
        }
    }
}

bool is_subject_at(const extraction *x, size_t tok)
{
    size_t m = tok < x->text->token_count ? x->mention_at[tok] : 0;
    return m && is_sentence_subject(x, &x->mentions.v[m - 1]);
}

static bool any_digit(const afs_text *t, size_t first, size_t last)
{
    for (size_t k = t->tokens[first].start; k < t->tokens[last - 1].end; k++)
        if (t->clean[k] >= '0' && t->clean[k] <= '9')
            return true;
    return false;
}

/* True when the word of token i stands in lower case somewhere in the
 * text; looks at most limit tokens. */
static bool also_lower_case(const afs_text *t, size_t i, size_t limit)
{
    const char *w = afs_tok_str(t, i);
    size_t n = afs_tok_len(t, i);
    for (size_t k = 0; k < t->token_count && k < limit; k++) {
        const afs_token *o = &t->tokens[k];
        /* the length first: it turns away most tokens */
        if (afs_tok_len(t, k) == n && o->kind == AFS_TOK_WORD &&
            !(o->flags & AFS_TF_CAPITAL) &&
            afs_ascii_lower(afs_tok_str(t, k)[0]) == afs_ascii_lower(w[0]) &&
            strncasecmp(afs_tok_str(t, k), w, n) == 0)
            return true;
    }
    return false;
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
static bool person_pronoun_follows(const afs_text *t, size_t i)
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
        return !also_lower_case(t, i, WHOLE_TEXT_SCAN);
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
               !person_pronoun_follows(t, i) &&
               !also_lower_case(t, i, WHOLE_TEXT_SCAN);
    bool plural = afs_tok_str(t, i)[n - 1] == 's';
    return (plural || acting) && !also_lower_case(t, i, WHOLE_TEXT_SCAN);
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
    static const char *const prepositions[] = {"at",  "by",  "with", "from",
                                               "for", "via", "to",   NULL};
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
    return m->last - i <= 3 &&
           (m->last - i > 1 || (!also_lower_case(t, i, WHOLE_TEXT_SCAN) &&
                                !opens_longer_name(x, m)));
}

/* "the Velmora theater", "a Quorix Nine": nobody's name takes an article
 * (a name of two words with particles: "Botic van de Zanschulp"). */
static bool follows_article(const afs_text *t, size_t first)
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
static bool looks_like_unknown_person(const extraction *x, const mention *m)
{
    const afs_text *t = x->text;
    static const char *const particles[] = {"van", "von", "de", "der", "den",
                                            "da",  "del", "la", "le",  "du",
                                            "bin", "dos", "di", NULL};
    if (is_pinyin_name(t, m))
        return !follows_article(t, m->first);
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
    return !also_lower_case(t, s, WHOLE_TEXT_SCAN) &&
           capitalised_alone_elsewhere(t, s);
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
static void drop_quoted_towns(extraction *x)
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

/* The folded names of leftovers a player's count or kin follows once:
 * every mention of them is that person (one sense per discourse). */
static strmap *counted_players(extraction *x)
{
    strmap *players = NULL;
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        const mention *m = &x->mentions.v[mi];
        if (m->entity != NO_ENTITY || m->strength < 0 || m->strength >= 2 ||
            m->org_votes > 0 || !m->folded ||
            !(players_count_follows(x->text, m) ||
              is_kin_of_someone(x->text, m)))
            continue;
        if (!players)
            players = strmap_new(x->arena);
        strmap_put(players, m->folded, 1);
    }
    return players;
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
        f[ORG_F_LOWER_ELSEWHERE] =
            single && also_lower_case(t, m->first, WHOLE_TEXT_SCAN);
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

static void place_leftovers(extraction *x)
{
    strmap *players = counted_players(x);
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
        if (settlement_noun_follows(x->text, m)) {
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
static void take_listed_bodies(extraction *x)
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

/* ---- a surname names the person ---------------------------------------- */

static bool is_generation(const char *w)
{
    static const char *const words[] = {"Jr.", "Sr.", "Jr", "Sr",
                                        "II",  "III", "IV", NULL};
    if (w[0] != 'J' && w[0] != 'S' && w[0] != 'I') /* most words */
        return false;
    for (const char *const *p = words; *p; p++)
        if (strcmp(w, *p) == 0)
            return true;
    return false;
}

/* News names a person again by the end of the name: "Parise" for "Zach
 * Parise", "Rebelo de Sousa" for "Marcelo Rebelo de Sousa", "Eriksson Ek"
 * for "Joel Eriksson Ek". Claims every tail from the second word on,
 * folded, a generational suffix left off. */
static void claim_name_tails(extraction *x, strmap *tails, uint64_t *initials,
                             size_t e)
{
    const char *name = x->entities.v[e].name;
    size_t len = strlen(name);
    const char *space = strrchr(name, ' ');
    if (space && is_generation(space + 1))
        len = (size_t)(space - name);
    for (const char *p = memchr(name, ' ', len); p;
         p = memchr(p + 1, ' ', len - (size_t)(p + 1 - name))) {
        size_t n = len - (size_t)(p + 1 - name);
        if (n && islower((unsigned char)p[1]) == 0) {
            const char *tail = afs_fold(x->arena, p + 1, n);
            *initials |= (uint64_t)1 << ((unsigned char)tail[0] & 63);
            claim(tails, tail, e);
        }
    }
    /* "Rashidi" for "Omar al-Rashidi": news drops the article too */
    const char *last = space ? strrchr(name, ' ') : NULL;
    if (last && len > (size_t)(last - name) + 4 &&
        (last[1] == 'a' || last[1] == 'e') && last[2] == 'l' &&
        last[3] == '-' && isupper((unsigned char)last[4])) {
        const char *tail =
            afs_fold(x->arena, last + 4, len - (size_t)(last + 4 - name));
        *initials |= (uint64_t)1 << ((unsigned char)tail[0] & 63);
        claim(tails, tail, e);
    }
}

static void remove_span(entity *e, const mention *m)
{
    for (size_t i = 0; i < e->spans.n; i++)
        if (e->spans.v[i].start == m->start && e->spans.v[i].end == m->end) {
            e->spans.v[i] = e->spans.v[--e->spans.n];
            return;
        }
}

/* Mention mi names entity to now; the entity it leaves, left with no
 * mention, has gone into to. */
static void move_mention(extraction *x, size_t mi, size_t to)
{
    mention *m = &x->mentions.v[mi];
    size_t old = m->entity;
    if (old != NO_ENTITY) {
        remove_span(&x->entities.v[old], m);
        if (x->entities.v[old].spans.n == 0)
            x->entities.v[old].merged_into = to;
    }
    attach(x, mi, to);
}

/* Whether person e's name ends in the folded tail, from its second word
 * on, as claim_name_tails claims it. */
static bool has_name_tail(extraction *x, size_t e, const char *tail)
{
    const char *name = x->entities.v[e].name;
    for (const char *p = strchr(name, ' '); p; p = strchr(p + 1, ' ')) {
        const char *rest = p + 1;
        const char *space = strrchr(rest, ' ');
        size_t n = space && is_generation(space + 1) ? (size_t)(space - rest)
                                                     : strlen(rest);
        if (n && strcmp(afs_fold(x->arena, rest, n), tail) == 0)
            return true;
    }
    return false;
}

/* "Carl Vantresse and his son Peter Vantresse ... Vantresse said": a tail
 * two people share names one of them, no body; the one named last
 * before the mention, else the first one named. Rare, so the people are
 * scanned. */
static size_t sharer_of_tail(extraction *x, const mention *m)
{
    size_t best = NO_ENTITY, best_start = 0;
    bool best_before = false;
    for (size_t e = 0; e < x->entities.n; e++) {
        const entity *p = &x->entities.v[e];
        if (p->kind != AFS_PERSON || p->merged_into != NO_ENTITY ||
            p->spans.n == 0 || !has_name_tail(x, e, m->folded))
            continue;
        size_t last_before = 0, first = SIZE_MAX;
        bool before = false;
        for (size_t i = 0; i < p->spans.n; i++) {
            size_t start = p->spans.v[i].start;
            first = start < first ? start : first;
            if (start < m->start && (!before || start > last_before)) {
                last_before = start;
                before = true;
            }
        }
        bool better =
            before ? !best_before || last_before > best_start
                   : !best_before && (best == NO_ENTITY || first < best_start);
        if (better) {
            best = e;
            best_before = before;
            best_start = before ? last_before : first;
        }
    }
    return best;
}

/* A name that ends a person's full name is that person wherever it
 * stands, headlines too: never an organization or a place while the
 * person is in the article (one sense per discourse). Countries keep
 * their sense. */
static void resolve_to_people(extraction *x)
{
    strmap *tails = strmap_new(x->arena);
    /* the first bytes of the tails, bit b & 63: most names start with
     * none of them, and need not be hashed */
    uint64_t initials = 0;
    for (size_t e = 0; e < x->entities.n; e++)
        if (x->entities.v[e].kind == AFS_PERSON &&
            x->entities.v[e].merged_into == NO_ENTITY)
            claim_name_tails(x, tails, &initials, e);
    recent_key recent[RECENT_SLOTS] = {0}; /* tails stays as it is */
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        mention *m = &x->mentions.v[mi];
        size_t p = m->strength < 0 || !m->folded ||
                           !(initials >> ((unsigned char)m->folded[0] & 63) & 1)
                       ? STRMAP_NONE
                       : recent_get(recent, tails, m->folded);
        size_t old = m->entity;
        /* a mention a person already has stays hers */
        if (p == AMBIGUOUS)
            p = old != NO_ENTITY && x->entities.v[old].kind == AFS_PERSON
                    ? NO_ENTITY
                    : sharer_of_tail(x, m);
        if (p == STRMAP_NONE || p == NO_ENTITY || old == p ||
            afs_lex_has(AFS_LEX_COUNTRIES, m->text, strlen(m->text)) ||
            (m->cls == NAME_PLACE && m->strength >= 3 && m->first > 0 &&
             is_locative(x->text, m->first - 1)))
            continue; /* "in Lima" is the city, whoever Pedro Lima is */
        m->cls = NAME_PERSON;
        move_mention(x, mi, p);
    }
}

/* "UN", "U.S.", "United States": an owner news leaves off a body's name. */
static bool is_owner_prefix(const char *s, size_t n)
{
    if (afs_lex_has(AFS_LEX_COUNTRIES, s, n) ||
        afs_lex_has(AFS_LEX_PLACES, s, n))
        return true;
    size_t letters = 0;
    for (size_t i = 0; i < n; i++) {
        if (islower((unsigned char)s[i]) || s[i] == ' ')
            return false;
        letters += isupper((unsigned char)s[i]) != 0;
    }
    return letters >= 2;
}

/* "the Security Council" and "the UN Security Council", "Air Force" and
 * "United States Air Force": a body named again without its country or
 * acronym is the same body, whichever came first. */
static void merge_owned_bodies(extraction *x)
{
    strmap *tails = strmap_new(x->arena);
    bool any = false;
    for (size_t e = 0; e < x->entities.n; e++) {
        const entity *b = &x->entities.v[e];
        if (b->kind != AFS_ORGANIZATION || b->merged_into != NO_ENTITY)
            continue;
        const char *space = strchr(b->name, ' ');
        for (; space; space = strchr(space + 1, ' '))
            if (is_owner_prefix(b->name, (size_t)(space - b->name))) {
                claim(tails, space + 1, e);
                any = true;
            }
    }
    if (!any)
        return;
    /* each organization's name looked up once, not once a mention; as
     * written, for an article spells a body's name one way */
    size_t *into = afs_arena_array(x->arena, x->entities.n + 1, sizeof *into);
    for (size_t e = 0; e < x->entities.n; e++) {
        const char *name = x->entities.v[e].name;
        into[e] = x->entities.v[e].kind != AFS_ORGANIZATION
                      ? STRMAP_NONE
                      : strmap_get(tails, name);
    }
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        mention *m = &x->mentions.v[mi];
        size_t old = m->entity;
        size_t b = old == NO_ENTITY ? STRMAP_NONE : into[old];
        if (b == STRMAP_NONE || b == AMBIGUOUS || b == old)
            continue;
        move_mention(x, mi, b);
    }
}

/* "AP", "CPUC": two to six capitals and nothing else. */
static bool is_acronym_name(const char *name)
{
    size_t n = 0;
    for (; name[n]; n++)
        if (name[n] < 'A' || name[n] > 'Z')
            return false;
    return n >= 2 && n <= 6;
}

/* "(AP)" in the dateline, "the Associated Press" at the end: an acronym
 * named before the body whose initials it is names that body too, as it
 * does after it (entity_of_kind). */
static void merge_early_acronyms(extraction *x)
{
    size_t *into = afs_arena_array(x->arena, x->entities.n + 1, sizeof *into);
    bool any = false;
    for (size_t e = 0; e < x->entities.n; e++) {
        const entity *a = &x->entities.v[e];
        into[e] = STRMAP_NONE;
        if (a->kind != AFS_ORGANIZATION || a->merged_into != NO_ENTITY ||
            !is_acronym_name(a->name))
            continue;
        size_t b = strmap_get(x->acronyms, a->name);
        if (b != STRMAP_NONE && b != AMBIGUOUS && b != e &&
            x->entities.v[b].kind == AFS_ORGANIZATION &&
            x->entities.v[b].merged_into == NO_ENTITY) {
            into[e] = b;
            any = true;
        }
    }
    for (size_t mi = 0; any && mi < x->mentions.n; mi++) {
        mention *m = &x->mentions.v[mi];
        size_t old = m->entity;
        if (old == NO_ENTITY || into[old] == STRMAP_NONE)
            continue;
        move_mention(x, mi, into[old]);
    }
}

/* A first word that names no body alone, however many names start with
 * it: "National", "American", "New", "The"; or names another (the
 * chamber "House" of "House Ethics Committee"). */
static bool is_generic_lead(const char *w, size_t n)
{
    static const char *const leads[] = {
        "The",     "National", "New",     "First",  "United",   "General",
        "Federal", "Global",   "Central", "Royal",  "Great",    "Grand",
        "North",   "South",    "East",    "West",   "Northern", "Southern",
        "Eastern", "Western",  "Saint",   "St.",    "Dear",     "House",
        "Senate",  "State",    "City",    "County", NULL};
    for (const char *const *l = leads; *l; l++)
        if (strlen(*l) == n && memcmp(*l, w, n) == 0)
            return true;
    return n < 3 || afs_lex_has(AFS_LEX_DEMONYMS, w, n) ||
           afs_lex_has(AFS_LEX_COUNTRIES, w, n) ||
           afs_lex_has(AFS_LEX_PLACES, w, n) ||
           afs_lex_has(AFS_LEX_CITIES, w, n) ||
           afs_lex_has(AFS_LEX_ORG_KEYWORDS, w, n);
}

/* A body's arm, named after the body: "BART Police", "Acme Foundation",
 * "Senate Budget Committee". */
static bool is_arm_head(const char *w)
{
    static const char *const arms[] = {
        "Police", "Department", "Committee",  "Subcommittee",
        "Board",  "Division",   "Office",     "Bureau",
        "Unit",   "Foundation", "Commission", "Council",
        "Museum", NULL};
    for (const char *const *a = arms; *a; a++)
        if (strcmp(*a, w) == 0)
            return true;
    return false;
}

/* The rest of a body's name after its short form says what kind of body
 * it is ("Investment Group", "Capital", "Inc."): the short form is the
 * body. One other word ("Apple Music") may be a product or an arm of
 * its own ("BART Police"). */
static bool tail_names_a_kind(const char *tail)
{
    static const char *const kinds[] = {"Capital",    "Ventures", "Advisors",
                                        "Associates", "Brothers", "Investments",
                                        NULL};
    const char *last = strrchr(tail, ' ');
    if (!last && is_arm_head(tail))
        return false;
    last = last ? last + 1 : tail;
    size_t n = strlen(last);
    if (is_corporate_suffix(last, n) ||
        afs_lex_has(AFS_LEX_ORG_KEYWORDS, last, n))
        return true;
    for (const char *const *k = kinds; *k; k++)
        if (strcmp(*k, last) == 0)
            return true;
    return false;
}

/* Each leading part of organization e's name, whole words, claimed for e:
 * two bodies that start alike share the part and neither gets it. */
static void claim_leading_parts(extraction *x, strmap *parts, size_t e)
{
    const char *name = x->entities.v[e].name;
    for (const char *space = strchr(name, ' '); space;
         space = strchr(space + 1, ' ')) {
        size_t n = (size_t)(space - name);
        if (memchr(name, ' ', n) || !is_generic_lead(name, n))
            claim(parts, afs_arena_strndup(x->arena, name, n), e);
    }
}

/* The body whose name organization e's name leads, or STRMAP_NONE. */
static size_t body_led_by(extraction *x, const strmap *parts, size_t e)
{
    const char *name = x->entities.v[e].name;
    size_t b = strmap_get(parts, name); /* as written: news spells a
                                         * body's name one way */
    /* a body the lexicon knows, or an acronym ("NASA" of "NASA Ames
     * Research Center"), is one of its own */
    if (b == STRMAP_NONE || b == AMBIGUOUS || b == e ||
        afs_lex_has(AFS_LEX_ORGANIZATIONS, name, strlen(name)) ||
        is_acronym_name(name))
        return STRMAP_NONE;
    const char *whole = x->entities.v[b].name;
    size_t n = strlen(name);
    return strlen(whole) > n + 1 && tail_names_a_kind(whole + n + 1)
               ? b
               : STRMAP_NONE;
}

/* "Harrow Bay Capital ... Harrow Bay", "Quillon Investment Group ...
 * Quillon": news names a body again by the first words of its name, before
 * or after the full name; merged when one body's name starts so. */
static void merge_leading_parts(extraction *x)
{
    strmap *parts = strmap_new(x->arena);
    for (size_t e = 0; e < x->entities.n; e++)
        if (x->entities.v[e].kind == AFS_ORGANIZATION &&
            x->entities.v[e].merged_into == NO_ENTITY)
            claim_leading_parts(x, parts, e);
    size_t *into = afs_arena_array(x->arena, x->entities.n + 1, sizeof *into);
    bool any = false;
    for (size_t e = 0; e < x->entities.n; e++) {
        into[e] = STRMAP_NONE;
        if (x->entities.v[e].kind == AFS_ORGANIZATION &&
            x->entities.v[e].merged_into == NO_ENTITY)
            into[e] = body_led_by(x, parts, e);
        any |= into[e] != STRMAP_NONE;
    }
    for (size_t mi = 0; any && mi < x->mentions.n; mi++) {
        size_t old = x->mentions.v[mi].entity;
        if (old != NO_ENTITY && into[old] != STRMAP_NONE)
            move_mention(x, mi, into[old]);
    }
}

/* "DEAR ABBY:" written where the extractor took "ABBY" alone: a body's
 * name cut after a capitalised word that, put back, spells another
 * body's whole name is that body. */
static void merge_cut_names(extraction *x)
{
    const afs_text *t = x->text;
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        mention *m = &x->mentions.v[mi];
        size_t old = m->entity;
        /* the word before is no name of its own, and nothing else
         * stands between */
        if (old == NO_ENTITY || m->first == 0 ||
            x->entities.v[old].kind != AFS_ORGANIZATION ||
            t->tokens[m->first - 1].kind != AFS_TOK_WORD ||
            !isupper((unsigned char)*afs_tok_str(t, m->first - 1)) ||
            t->tokens[m->first].start != t->tokens[m->first - 1].end + 1 ||
            (mi > 0 && x->mentions.v[mi - 1].last >= m->first))
            continue;
        const char *from = afs_tok_str(t, m->first - 1);
        const char *to =
            afs_tok_str(t, m->last - 1) + afs_tok_len(t, m->last - 1);
        size_t b = strmap_get(x->entity_keys,
                              afs_fold(x->arena, from, (size_t)(to - from)));
        if (b != STRMAP_NONE && b != AMBIGUOUS && b != old &&
            x->entities.v[b].kind == AFS_ORGANIZATION &&
            x->entities.v[b].merged_into == NO_ENTITY)
            move_mention(x, mi, b);
    }
}

static void index_mentions(extraction *x)
{
    memset(x->mention_at, 0, x->text->token_count * sizeof *x->mention_at);
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        const mention *m = &x->mentions.v[mi];
        if (m->entity == NO_ENTITY || m->nested)
            continue;
        for (size_t k = m->first; k < m->last; k++)
            x->mention_at[k] = mi + 1;
    }
}

void resolve_entities(extraction *x)
{
    x->entity_keys = strmap_new(x->arena);
    x->surnames = strmap_new(x->arena);
    x->first_named = strmap_new(x->arena);
    x->given_names = strmap_new(x->arena);
    x->acronyms = strmap_new(x->arena);
    x->short_names = strmap_new(x->arena);
    x->synonyms = strmap_new(x->arena);
    extend_lower_heads(x);
    name_lower_chamber(x);
    name_periodicals(x);
    take_state_prefix(x);
    pair_with_plural_head(x);
    split_compounds(x);
    split_body_modifiers(x);
    take_web_domains(x);
    drop_labels(x);
    if (x->foreign)
        keep_strong_names(x);
    fold_mentions(x);
    collect_votes(x);
    drop_counted_acronyms(x);
    drop_spelled_out_terms(x);
    drop_genera(x);
    drop_derived_words(x);
    drop_works(x);
    drop_quoted_towns(x);
    take_work_families(x);
    drop_technical_terms(x);
    apply_votes(x);
    take_teams(x);
    build_people(x);
    attach_remaining(x);
    promote_speakers(x);
    place_leftovers(x);
    take_listed_bodies(x);
    merge_owned_bodies(x);
    merge_early_acronyms(x);
    merge_leading_parts(x);
    merge_cut_names(x);
    resolve_to_people(x);
    apposition_roles(x);
    index_mentions(x);
    infer_genders(x);
}

size_t resolve_entity(const extraction *x, size_t e)
{
    while (e != NO_ENTITY && x->entities.v[e].merged_into != NO_ENTITY)
        e = x->entities.v[e].merged_into;
    return e;
}

size_t entity_at_token(const extraction *x, size_t tok)
{
    size_t m = tok < x->text->token_count ? x->mention_at[tok] : 0;
    return m ? resolve_entity(x, x->mentions.v[m - 1].entity) : NO_ENTITY;
}
