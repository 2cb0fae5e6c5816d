/* Keys the wordings of a name share, entities made and mentions attached
 * to them, and people built from their full names. */
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
const char *mention_key(extraction *x, mention *m)
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

/* word -> entity, or AMBIGUOUS once two entities claim it. */
void claim(strmap *map, const char *word, size_t e)
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

/* "Inc.", "GmbH", "SpA" (org_keywords.hand.tsv's suffixes), and the
 * words WordNet gives as heads that end a company's name the same way. */
bool is_corporate_suffix(const char *w, size_t n)
{
    static const char *const heads[] = {"Corp", "Corporation", "Company", NULL};
    const char *v = afs_lex_value(AFS_LEX_ORG_KEYWORDS, w, n);
    if (!v)
        return false;
    if (strcmp(v, "suffix") == 0)
        return true;
    for (const char *const *s = heads; *s; s++)
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
size_t new_entity_keyed(extraction *x, const mention *m, enum afs_kind kind,
                        bool key_absent)
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

size_t new_entity(extraction *x, const mention *m, enum afs_kind kind)
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
void add_role(extraction *x, str_vec *roles, const char *role)
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

/* "in Zabul province": the place and its kind's word, which news writes
 * as one name as often as not, is a form of the place's name. */
static bool names_kind_of_place(const afs_text *t, const mention *m)
{
    return m->cls == NAME_PLACE && is_region_kind_word(t, m->last) &&
           t->tokens[m->last].sentence == t->tokens[m->first].sentence;
}

/* key_mapped: the caller knows entity_keys holds m's key already. */
void attach_keyed(extraction *x, size_t mi, size_t ei, bool key_mapped)
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
    if (names_kind_of_place(x->text, m))
        add_unique(x, &e->aliases, token_span_text(x, m->first, m->last + 1));
    if (m->role && !is_courtesy_title(m->role))
        add_role(x, &e->roles, m->role);
    if (e->gender == AFS_GENDER_UNKNOWN)
        e->gender = m->gender;
}

void attach(extraction *x, size_t mi, size_t ei)
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
const char *token_key(extraction *x, size_t tok)
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

/* "Yoon Suk Yeol", "Kim Jong Un", "Lee Jae-yong", "Okonkwo Chidi": a
 * name that may put the family name first: three words, a given name
 * joined by a hyphen in lower case, or a first word no given name; not
 * "James Smith", whose "Mr. James" is somebody else. */
static bool may_lead_with_family_name(const afs_text *t, const mention *m)
{
    if (m->last - m->first < 2)
        return false;
    if (m->last - m->first == 3 ||
        !afs_tok_has_key(t, m->first, AFS_LEX_GIVEN_NAMES))
        return true;
    const char *w = afs_tok_str(t, m->first + 1);
    const char *dash = memchr(w, '-', afs_tok_len(t, m->first + 1));
    return dash && dash[1] >= 'a' && dash[1] <= 'z';
}

/* "Mr. Yoon", "President Yoon": one word after a courtesy title or an
 * office, by its token key: a surname wherever it stands in a name. */
static strmap *titled_single_names(extraction *x)
{
    strmap *names = strmap_new(x->arena);
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        const mention *m = &x->mentions.v[mi];
        if (!m->heading && m->last - m->first == 1 &&
            (m->role || m->title_first < m->first))
            strmap_put(names, token_key(x, m->first), 1);
    }
    return names;
}

void build_people(extraction *x)
{
    strmap *by_surname = strmap_new(x->arena);
    strmap *titled = NULL; /* titled_single_names, made when first asked */
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
        /* "President Xi": the surname; "Yoon Suk Yeol ... Mr. Yoon": a
         * family name first, as the title shows */
        if (is_pinyin_name(x->text, m) ||
            (may_lead_with_family_name(x->text, m) &&
             strmap_get(titled ? titled : (titled = titled_single_names(x)),
                        token_key(x, m->first)) != STRMAP_NONE)) {
            claim(x->surnames, token_key(x, m->first), e);
            x->entities.v[e].family_first = true;
        }
        size_t *first = strmap_at(x->first_named, surname_key);
        if (*first == STRMAP_NONE)
            *first = e;
        claim_romanised_surname(x, surname_key, e);
        claim(x->given_names, token_key(x, g), e);
    }
}

/* A person whose surname (or, failing that, given name) is this mention. */
size_t person_with_part(extraction *x, const mention *m, bool surname)
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
size_t entity_of_kind(extraction *x, enum afs_kind kind, const char *key,
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
size_t entity_with_key(extraction *x, enum afs_kind kind, const char *key,
                       const mention *m)
{
    return entity_of_kind(x, kind, key, m, strmap_get(x->entity_keys, key));
}
