/* People: roles from appositions, speakers no rule named yet, and
 * genders from the pronouns after a sentence's subject. */
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

void apposition_roles(extraction *x)
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
        "colleague",    "colleagues",    "wife",
        "husband",      "son",           "sons",
        "daughter",     "daughters",     "mother",
        "father",       "brother",       "brothers",
        "sister",       "sisters",       "parents",
        "girlfriend",   "boyfriend",     "fiancée",
        "fiancee",      "widow",         "teammate",
        "teammates",    "co-author",     "mentor",
        "grandson",     "granddaughter", "uncle",
        "aunt",         "nephew",        "niece",
        "cousin",       "spouse",        "friend",
        "grandmother",  "grandfather",   "stepson",
        "stepdaughter", "stepmother",    "stepfather",
        "mom",          "dad",           NULL};
    return i < t->token_count && is_lower_word(t, i) &&
           afs_tok_is_one_of(t, i, kin);
}

/* "Orvane's colleague", "Marlow's wife", "his wife Kali": who has kin, a
 * colleague or a teammate, or is someone's, is a person; a body has
 * staff, members and lawyers, no kin ("Tarvik's family of phones" takes
 * "of"). */
bool is_kin_of_someone(const afs_text *t, const mention *m)
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

void promote_speakers(extraction *x)
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
         * first ("Tottenham said") is an organization, and so is a name
         * an article leads ("The Varno Animal Shelter announced"): no
         * personal name takes one. */
        bool person =
            aged || given_name_in_apposition(t, m) ||
            (m->last - m->first >= 2 && !has_name_joiner(t, m) &&
             !is_worded_name(t, m) && !follows_article(t, m->first)) ||
            (kin && m->folded && strmap_get(kin, m->folded) != STRMAP_NONE) ||
            is_given_name_speaking_of_self(t, m);
        /* one sense per discourse: a word a person of the article is
         * named by stays hers when it speaks alone ("Dale ... Dale
         * wrote") */
        person = person || entity_with_key(x, AFS_PERSON, mention_key(x, m),
                                           m) != NO_ENTITY;
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
void infer_genders(extraction *x)
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
