/* entities_internal.h - what the files of the entities pass share, and
 * only they include: resolve_entities (entities.c) runs their passes.
 * Helpers asked for each token or name are inline here, as they were when
 * the pass was one file. */
#ifndef ARTICLEFS_EXTRACT_ENTITIES_INTERNAL_H
#define ARTICLEFS_EXTRACT_ENTITIES_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "articlefs/strmap.h"
#include "internal.h"

/* An entity's map value once two entities claim the word. */
#define AMBIGUOUS ((size_t)-2)

/* ---- entities_shapes.c: mention shapes -------------------------------- */

void extend_lower_heads(extraction *x);
void name_lower_chamber(extraction *x);
void name_periodicals(extraction *x);
void take_state_prefix(extraction *x);
void pair_with_plural_head(extraction *x);
void split_compounds(extraction *x);
void split_body_modifiers(extraction *x);
void take_web_domains(extraction *x);
void drop_labels(extraction *x);
void keep_strong_names(extraction *x);
/* m covers tokens [first, last): its bytes and its text follow. */
void set_span(extraction *x, mention *m, size_t first, size_t last);
/* w[0..n), in lower case, is in the common words lexicon. */
bool is_common_word_text(const char *w, size_t n);
/* Token i is "a", "of", "the", "from" ...: is_function_word's list. */
bool is_listed_function_word(const afs_text *t, size_t i);
/* Which kind of thing the acronym lexicon holds token i as: "" for
 * WordNet's things ("LED"), "t" for a technical term ("HDMI"), NULL for
 * none. */
const char *acronym_sense(const afs_text *t, size_t i);
/* s case-folded, accents off, in the extraction's arena. */
const char *fold(extraction *x, const char *s);

/* The length and initial inline: most words fail them, and a call for
 * each word after each name costs more than the tests. */
static inline bool is_function_word(const afs_text *t, size_t i)
{
    if (i >= t->token_count || afs_tok_len(t, i) > 4)
        return false;
    char c = *afs_tok_str(t, i);
    return c >= 'a' && c <= 'z' && is_listed_function_word(t, i);
}

/* ---- entities_works.c: products, programmes, works ------------------- */

void fold_mentions(extraction *x);
void drop_works(extraction *x);
void take_work_families(extraction *x);
/* Mentions a and b stand side by side in a list: between them only
 * commas, "and", "or" and an edition's number ("Rage 2, Kine"). */
bool listed_together(const afs_text *t, const mention *a, const mention *b);

/* A word of m is an organization's keyword ("Group", "Bank"). */
bool has_org_keyword(const afs_text *t, const mention *m);

/* ---- entities_products.c: models, diseases, indices, offerings -------- */

/* "Xbox One X", "Mach E": a name ending in a lone capital letter. */
bool ends_in_model_letter(const afs_text *t, const mention *m);
/* "Eastern Equine Encephalitis": a name ending in a disease's suffix. */
bool ends_in_disease_suffix(const afs_text *t, const mention *m);
/* "the benchmark Sensex", "Japan's Nikkei 225 (N225) declined": a stock
 * index (the caller keeps one a mention of which acts as a body). */
bool is_market_index(const afs_text *t, const mention *m);
/* Names in apposition to an offering a body owns ("the tech giant's
 * streaming service, Stadia,") go into works, where none speaks. */
bool take_owned_offerings(extraction *x, strmap *works);
/* Names a list after offerings' noun holds ("platforms like A, B and
 * C") go into works, where none acts as a body. */
bool take_listed_offerings(extraction *x, strmap *works);

/* A lower-case word of four letters or more: what the noun lists of
 * entities_works.c hold, tested before them because most tokens are not. */
static inline bool is_lower_word(const afs_text *t, size_t i)
{
    return i < t->token_count && t->tokens[i].kind == AFS_TOK_WORD &&
           !(t->tokens[i].flags & AFS_TF_CAPITAL) && afs_tok_len(t, i) >= 4;
}

/* ---- entities_terms.c: acronyms, terms, genera, derived words -------- */

void drop_counted_acronyms(extraction *x);
void drop_spelled_out_terms(extraction *x);
void drop_genera(extraction *x);
void drop_derived_words(extraction *x);
void drop_technical_terms(extraction *x);
/* Capitals spelling a work named before them ("(CLPS)") name the work. */
void drop_work_acronyms(extraction *x);
/* Mention mi speaks, owns, is listed or named as a body ("IDC said",
 * "firm IDC"). */
bool acts_as_body(const extraction *x, size_t mi);

/* ---- entities_keys.c: keys, entities, people -------------------------- */

void build_people(extraction *x);
/* The key of a mention, made once and kept in it. */
const char *mention_key(extraction *x, mention *m);
/* The folded text of one token. */
const char *token_key(extraction *x, size_t tok);
/* word -> entity, or AMBIGUOUS once two entities claim it. */
void claim(strmap *map, const char *word, size_t e);
/* "Co.", "Inc.", "Ltd": w[0..n) ends a company's name. */
bool is_corporate_suffix(const char *w, size_t n);
/* A new entity of m's name; key_absent: the caller looked m's key up in
 * entity_keys, found nothing, and it is the key the entity is filed under. */
size_t new_entity_keyed(extraction *x, const mention *m, enum afs_kind kind,
                        bool key_absent);
size_t new_entity(extraction *x, const mention *m, enum afs_kind kind);
/* Adds a role unless a longer one holds it ("President" of "President
 * of the United States"). */
void add_role(extraction *x, str_vec *roles, const char *role);
/* Mention mi names entity ei; key_mapped: the caller knows entity_keys
 * holds m's key already. */
void attach_keyed(extraction *x, size_t mi, size_t ei, bool key_mapped);
void attach(extraction *x, size_t mi, size_t ei);
/* A person whose surname (or, failing that, given name) is this mention. */
size_t person_with_part(extraction *x, const mention *m, bool surname);
/* An entity this mention names again, e the one its key maps to: the same
 * key, or an organization's acronym. */
size_t entity_of_kind(extraction *x, enum afs_kind kind, const char *key,
                      const mention *m, size_t e);
/* The entity that key names, or NO_ENTITY. */
size_t entity_with_key(extraction *x, enum afs_kind kind, const char *key,
                       const mention *m);

/* ---- entities_votes.c: class votes, teams, places --------------------- */

void collect_votes(extraction *x);
void apply_votes(extraction *x);
void take_teams(extraction *x);
void attach_remaining(extraction *x);
/* "companies", "a firm": nouns whose list or apposition names
 * organizations. */
bool is_org_noun(const afs_text *t, size_t i);
/* The text calls mention mi an organization ("the five companies — A, B
 * and C", "research firm A", "A, a company that"). */
bool named_as_organization(const extraction *x, size_t mi);
/* "the Rukban refugee camp": a settlement's noun after the name. */
bool settlement_noun_follows(const afs_text *t, const mention *m);

/* ",", "and", "or", "(" or ")": what joins the names of a list. Tested
 * by length, for each token back from every name. */
static inline bool is_list_glue(const afs_text *t, size_t i)
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

static inline bool is_locative(const afs_text *t, size_t i)
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

/* A key looked up lately, by its pointer: the mentions of one wording
 * share their folded text (fold_mentions), so a map that does not change
 * meanwhile need not hash it again. */
typedef struct recent_key {
    const char *key;
    size_t value;
} recent_key;

#define RECENT_SLOTS 64

static inline size_t recent_slot(const char *key)
{
    return (size_t)(((uintptr_t)key * 0x9E3779B97F4A7C15ULL) >> 58);
}

/* strmap_get of a map that the caller leaves alone while recent lives */
static inline size_t recent_get(recent_key *recent, const strmap *map,
                                const char *key)
{
    recent_key *r = &recent[recent_slot(key)];
    if (r->key != key)
        *r = (recent_key){key, strmap_get(map, key)};
    return r->value;
}

/* ---- entities_people.c: appositions, speakers, genders ---------------- */

void promote_speakers(extraction *x);
void apposition_roles(extraction *x);
void infer_genders(extraction *x);
/* "Marlow's wife", "his wife Kali": m has kin or is someone's. */
bool is_kin_of_someone(const afs_text *t, const mention *m);

/* "Orvane's": the name owns what follows. */
static inline bool is_possessed(const afs_text *t, const mention *m)
{
    return m->last < t->token_count &&
           (t->tokens[m->last].flags & AFS_TF_POSSESSIVE);
}

/* ---- entities_leftovers.c: names no rule placed ----------------------- */

void drop_quoted_towns(extraction *x);
void place_leftovers(extraction *x);
void take_listed_bodies(extraction *x);
void unlist_people_among_bodies(extraction *x);
/* A "he" or a "she" soon after token i, before any "it". */
bool person_pronoun_follows(const afs_text *t, size_t i);
/* "the heir to the throne, Charles,": m is a lone given name in
 * apposition after a person's noun. */
bool given_name_in_apposition(const afs_text *t, const mention *m);
/* "Maurkice Pouncey": two words no dictionary knows, neither a place nor
 * an organization's head, are a person's given name and surname. */
bool looks_like_unknown_person(const extraction *x, const mention *m);
/* An article ("the", "a") stands before token first. */
bool follows_article(const afs_text *t, size_t first);
#endif
