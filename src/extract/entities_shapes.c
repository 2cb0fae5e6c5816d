/* Mention shapes, before any class: lower-case heads, compounds split,
 * web domains, labels, and a foreign text's names kept to strong ones. */
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

/* ---- mention shapes ---------------------------------------------------- */

void set_span(extraction *x, mention *m, size_t first, size_t last)
{
    const afs_text *t = x->text;
    m->first = first;
    m->last = last;
    m->start = t->tokens[first].start;
    m->end = t->tokens[last - 1].end;
    m->text = token_span_text(x, first, last);
}

bool is_common_word_text(const char *w, size_t n)
{
    char buf[32];
    if (n >= sizeof buf)
        return false;
    for (size_t i = 0; i < n; i++)
        buf[i] = (char)tolower((unsigned char)w[i]);
    return afs_lex_has(AFS_LEX_COMMON_WORDS, buf, n);
}

/* Two bytes as one number, for a switch over two-letter words. */
#define PAIR(a, b) ((unsigned)(unsigned char)(a) << 8 | (unsigned char)(b))

bool is_listed_function_word(const afs_text *t, size_t i)
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
void pair_with_plural_head(extraction *x)
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
void name_lower_chamber(extraction *x)
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
 * after a lower-case "state" is the state's, no other of its name (no
 * lexicon's). News names it by the head alone ("Legislature"): "state"
 * says whose it is, as "the city council" does, and stays out. */
void take_state_prefix(extraction *x)
{
    const afs_text *t = x->text;
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        mention *m = &x->mentions.v[mi];
        if (m->last != m->first + 1 || m->first == 0 ||
            m->cls != NAME_ORGANIZATION ||
            !AFS_TOK_IS(t, m->first - 1, "state") ||
            !afs_tok_has_key(t, m->first, AFS_LEX_ORG_KEYWORDS))
            continue;
        m->canonical = NULL;
    }
}

/* "the Independent newspaper", "the Bild tabloid": a name that no
 * lexicon places, right before a kind of periodical, is the periodical;
 * the noun stays out of its name. "A Hong Kong newspaper" is a place's. */
void name_periodicals(extraction *x)
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
    return m->cls == NAME_PLACE && m->strength >= 3 &&
           is_region_kind_word(t, k);
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
void extend_lower_heads(extraction *x)
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
            /* "Prime Minister Alain Duclos's government": a person's
             * government is a time in office, as an administration is */
            if (org && possessive && m->cls == NAME_PERSON)
                break;
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
void split_compounds(extraction *x)
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
const char *acronym_sense(const afs_text *t, size_t i)
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
void split_body_modifiers(extraction *x)
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

const char *fold(extraction *x, const char *s)
{
    return afs_fold(x->arena, s, strlen(s));
}

/* "GovExec.com", "Polygraph.info": a name that goes on with a web
 * domain is the site's, an organization. */
void take_web_domains(extraction *x)
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

/* "Bo Vance, Jay Z, Ana Orr": the mention before or after mi, across
 * a comma or an "and" only, is a person's by its own shape. */
static bool beside_listed_person(const extraction *x, size_t mi)
{
    const afs_text *t = x->text;
    const mention *m = &x->mentions.v[mi];
    for (int dir = -1; dir <= 1; dir += 2) {
        if (dir < 0 ? mi == 0 : mi + 1 >= x->mentions.n)
            continue;
        const mention *o = &x->mentions.v[dir < 0 ? mi - 1 : mi + 1];
        size_t from = dir < 0 ? o->last : m->last;
        size_t to = dir < 0 ? m->first : o->first;
        if (o->cls != NAME_PERSON || to <= from || to > from + 2)
            continue;
        bool glue = true;
        for (size_t k = from; k < to; k++)
            glue &= AFS_TOK_IS(t, k, ",") || AFS_TOK_IS(t, k, "and");
        if (glue)
            return true;
    }
    return false;
}

void drop_labels(extraction *x)
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
            isupper((unsigned char)w[0]) && is_common_word(t, m->first) &&
            /* "Jay Z" among people is a stage name, no "Plan B" */
            !(afs_tok_has_key(t, m->first, AFS_LEX_GIVEN_NAMES) &&
              beside_listed_person(x, mi));
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

void keep_strong_names(extraction *x)
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
