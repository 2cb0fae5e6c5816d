/* Entities from name mentions: resolve_entities runs the passes of the
 * entities_*.c files in order, then the merges of names here. */
#include <ctype.h>
#include <limits.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "articlefs/fold.h"
#include "articlefs/lexicon.h"
#include "articlefs/strmap.h"
#include "entities_internal.h"
#include "internal.h"
#include "words.h"

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

/* "Wang Donghai" as its first mention spells it: pinyin's shape, or a
 * family name first as a title showed ("Mr. Yoon"). */
static bool leads_with_family_name(const extraction *x, size_t e)
{
    const entity *p = &x->entities.v[e];
    const char *space = strchr(p->name, ' ');
    mention span = {.first = p->first_token, .last = p->first_token + 2};
    return p->family_first || (space && !strchr(space + 1, ' ') &&
                               span.last <= x->text->token_count &&
                               has_pinyin_shape(x->text, &span));
}

/* "President Clinton ... their Clinton counterparts": a person named by
 * one word is that word elsewhere too, and "Wang" of "Wang Donghai"
 * his family name, unless a fuller name ends in it. */
static void claim_one_word_name(extraction *x, strmap *tails,
                                uint64_t *initials, size_t e)
{
    const char *name = x->entities.v[e].name;
    const char *space = strchr(name, ' ');
    if ((space && !leads_with_family_name(x, e)) || !name[0] || !name[1])
        return;
    const char *whole =
        afs_fold(x->arena, name, space ? (size_t)(space - name) : strlen(name));
    if (strmap_get(tails, whole) != STRMAP_NONE)
        return;
    *initials |= (uint64_t)1 << ((unsigned char)whole[0] & 63);
    claim(tails, whole, e);
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
    for (size_t e = 0; e < x->entities.n; e++)
        if (x->entities.v[e].kind == AFS_PERSON &&
            x->entities.v[e].merged_into == NO_ENTITY)
            claim_one_word_name(x, tails, &initials, e);
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

/* "Oxford" of "University of Oxford": the one word after "University
 * of ", or NULL. */
static const char *university_place(const char *name)
{
    static const char prefix[] = "University of ";
    if (strncmp(name, prefix, sizeof prefix - 1) != 0)
        return NULL;
    const char *last_space = strrchr(name, ' ');
    return (size_t)(last_space - name) == sizeof prefix - 2 ? last_space + 1
                                                            : NULL;
}

/* Each leading part of organization e's name, whole words, claimed for e:
 * two bodies that start alike share the part and neither gets it. */
static void claim_leading_parts(extraction *x, strmap *parts, size_t e)
{
    const char *name = x->entities.v[e].name;
    /* "University of Oxford ... Oxford's Jenner Institute": the place a
     * university is named by names it again */
    const char *place = university_place(name);
    if (place)
        claim(parts, place, e);
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
    const char *place = university_place(whole);
    if (place && strcmp(place, name) == 0)
        return b;
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

/* "according to the Intelligencer, the Wheeling News-Register.": a body
 * renamed in apposition, "the" before both names and the sentence or
 * the clause going on after the second (no "and": "the Herald, the Star
 * and the Bee" is a list), is one body; the second name is its alias. */
static void merge_renamed_bodies(extraction *x)
{
    const afs_text *t = x->text;
    for (size_t mi = 1; mi < x->mentions.n; mi++) {
        const mention *o = &x->mentions.v[mi], *m = &x->mentions.v[mi - 1];
        size_t k = o->last;
        if (o->first != m->last + 2 || o->entity == NO_ENTITY ||
            m->entity == NO_ENTITY || m->first == 0 || o->nested || m->nested ||
            !AFS_TOK_IS(t, m->last, ",") ||
            !AFS_TOK_IS(t, o->first - 1, "the") ||
            !AFS_TOK_IS(t, m->first - 1, "the") || k >= t->token_count ||
            t->tokens[k].kind != AFS_TOK_PUNCT)
            continue;
        char c = t->clean[t->tokens[k].start];
        bool ends = c == '.' || c == ';' || c == ')' ||
                    (c == ',' && k + 1 < t->token_count &&
                     is_lower_word(t, k + 1) && !AFS_TOK_IS(t, k + 1, "and"));
        size_t a = resolve_entity(x, m->entity),
               b = resolve_entity(x, o->entity);
        if (!ends || a == b || x->entities.v[a].kind != AFS_ORGANIZATION ||
            x->entities.v[b].kind != AFS_ORGANIZATION)
            continue;
        for (size_t j = 0; j < x->mentions.n; j++)
            if (x->mentions.v[j].entity != NO_ENTITY &&
                resolve_entity(x, x->mentions.v[j].entity) == b)
                move_mention(x, j, a);
    }
}

/* A word of the language or a body's head ends m ("Shelter"). */
static bool ends_in_body_word(const afs_text *t, const mention *m)
{
    return is_common_word(t, m->last - 1) ||
           afs_tok_has_key(t, m->last - 1, AFS_LEX_ORG_KEYWORDS);
}

/* "the Marion Animal Shelter": three words or more after "the", a word
 * of the language or a body's head last; nobody's own name takes an
 * article ("the Dana Orr campaign" is hers, two words). */
static bool is_article_led_body(const afs_text *t, const mention *m)
{
    return m->last - m->first >= 3 && m->first > 0 && !m->role &&
           (AFS_TOK_IS(t, m->first - 1, "the") ||
            AFS_TOK_IS(t, m->first - 1, "The")) &&
           ends_in_body_word(t, m);
}

/* What the mentions of one name say of its kind, summed over them. */
typedef struct name_sense {
    size_t entity;      /* the first mention's */
    enum afs_kind kind; /* of the surest mention, the first on a tie */
    int strength;       /* that mention's */
    bool mixed;         /* its mentions are in more than one entity */
    bool body;          /* one says it is a body */
    bool titled;        /* one has a title: a person */
} name_sense;

/* One sense per discourse: the mentions of one name of two words or
 * more that the passes left to a person or an organization go to the one
 * kind their evidence together decides, and to one entity: an
 * organization when one of them is a body's ending in a word of the
 * language or a body's head, or "the" leads one of three words or more so
 * ending ("the Marion Animal Shelter"); a person when one has a title;
 * else the kind of the surest mention. */
static void one_kind_per_name(extraction *x)
{
    const afs_text *t = x->text;
    strmap *slots = NULL;
    AFS_VEC(name_sense) senses = {0};
    size_t *slot_of = NULL; /* mention -> its name's sense, or STRMAP_NONE */
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        mention *m = &x->mentions.v[mi];
        if (m->entity == NO_ENTITY || m->nested || m->last - m->first < 2)
            continue;
        size_t e = resolve_entity(x, m->entity);
        enum afs_kind kind = x->entities.v[e].kind;
        if (kind != AFS_PERSON && kind != AFS_ORGANIZATION)
            continue;
        if (!slots) {
            slots = strmap_new(x->arena);
            slot_of = afs_arena_array(x->arena, x->mentions.n, sizeof *slot_of);
            for (size_t k = 0; k < x->mentions.n; k++)
                slot_of[k] = STRMAP_NONE;
        }
        size_t *slot = strmap_at(slots, mention_key(x, m));
        if (*slot == STRMAP_NONE) {
            *slot = senses.n;
            *VEC_PUSH(x->arena, senses) =
                (name_sense){.entity = e, .kind = kind, .strength = -2};
        }
        slot_of[mi] = *slot;
        name_sense *s = &senses.v[*slot];
        s->mixed |= e != s->entity;
        s->titled |= m->role != NULL;
        s->body |= (kind == AFS_ORGANIZATION && ends_in_body_word(t, m)) ||
                   is_article_led_body(t, m);
        if (m->strength > s->strength) {
            s->strength = m->strength;
            s->kind = kind;
        }
    }
    size_t pending = 0;
    for (size_t k = 0; k < senses.n; k++) {
        name_sense *s = &senses.v[k];
        enum afs_kind want = s->titled ? AFS_PERSON
                             : s->body ? AFS_ORGANIZATION
                                       : s->kind;
        if (x->entities.v[s->entity].kind != want &&
            (!s->mixed || x->entities.v[s->entity].kind == AFS_PERSON)) {
            /* nobody else of the name has the kind: the first becomes it */
            x->entities.v[s->entity].kind = want;
            x->entities.v[s->entity].gender = AFS_GENDER_UNKNOWN;
        }
        s->kind = want;
        if (x->entities.v[s->entity].kind != want)
            s->mixed = true; /* the mentions' own entity of it, found below */
        else if (!s->mixed)
            s->strength = INT_MIN; /* done */
        pending += s->strength != INT_MIN;
    }
    if (!pending)
        return;
    size_t *target = afs_arena_array(x->arena, senses.n, sizeof *target);
    for (size_t k = 0; k < senses.n; k++)
        target[k] = x->entities.v[senses.v[k].entity].kind == senses.v[k].kind
                        ? senses.v[k].entity
                        : NO_ENTITY;
    for (int pass = 0; pass < 2; pass++)
        for (size_t mi = 0; mi < x->mentions.n; mi++) {
            mention *m = &x->mentions.v[mi];
            size_t slot = slot_of[mi];
            if (slot == STRMAP_NONE || senses.v[slot].strength == INT_MIN)
                continue;
            size_t e = resolve_entity(x, m->entity);
            if (pass == 0) {
                if (target[slot] == NO_ENTITY &&
                    x->entities.v[e].kind == senses.v[slot].kind)
                    target[slot] = e;
                continue;
            }
            if (target[slot] == NO_ENTITY || e == target[slot])
                continue;
            m->cls = senses.v[slot].kind == AFS_PERSON ? NAME_PERSON
                                                       : NAME_ORGANIZATION;
            move_mention(x, mi, target[slot]);
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
    drop_work_acronyms(x);
    drop_technical_terms(x);
    apply_votes(x);
    take_teams(x);
    build_people(x);
    attach_remaining(x);
    promote_speakers(x);
    place_leftovers(x);
    take_listed_bodies(x);
    unlist_people_among_bodies(x);
    one_kind_per_name(x);
    merge_owned_bodies(x);
    merge_early_acronyms(x);
    merge_leading_parts(x);
    merge_cut_names(x);
    merge_renamed_bodies(x);
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
