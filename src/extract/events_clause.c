/* Events: the clause of a trigger and its arguments - who takes part,
 * when and where. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "articlefs/lexicon.h"
#include "events_internal.h"
#include "words.h"

/* ---- clauses ----------------------------------------------------------- */

/* A comma that an attribution follows: ", Esper said", ", said Derek
 * Scissors", ", the ministry said". */
static bool attribution_follows(const afs_text *t, size_t comma, size_t last)
{
    for (size_t k = comma + 1; k < last && k < comma + 6; k++) {
        if (is_reporting_verb(t, k))
            return true;
        if (t->tokens[k].kind == AFS_TOK_PUNCT)
            return false;
    }
    return false;
}

/* "According to statements from Tokyo, both leaders agreed": the
 * attribution before the comma is no part of the clause. */
static bool attribution_before(const afs_text *t, size_t first, size_t comma)
{
    for (size_t k = comma; k-- > first && k + 8 > comma;)
        if (afs_tok_is_ci(t, k, "according"))
            return true;
    return false;
}

/* How far apart the brackets of an aside after a name may stand:
 * "(R-AZ)", "(D-N.Y.)", "(SNC)". */
#define ASIDE_REACH 8

/* "Senator John McCain (R-AZ) entered": a short aside in brackets
 * between a name and its verb; the '(' it opens at (k is its ')'), or k
 * when there is none. */
static size_t name_aside_start(const extraction *x, size_t first, size_t k)
{
    const afs_text *t = x->text;
    if (!afs_tok_is(t, k, ")") || !is_word(t, k + 1))
        return k;
    for (size_t j = k; j-- > first && j + ASIDE_REACH > k;) {
        if (afs_tok_is(t, j, "("))
            return j > first && x->mention_at[j - 1] ? j : k;
        if (afs_tok_is(t, j, ")"))
            break;
    }
    return k;
}

/* ", including Marvel and Lucasfilm": the objects listed, in the
 * clause; ", including recognising Jerusalem" opens one of its own. */
static bool lists_objects(const afs_text *t, size_t k)
{
    return afs_tok_is_ci(t, k, "including") && k + 1 < t->token_count &&
           (t->tokens[k + 1].flags & AFS_TF_CAPITAL) &&
           !is_participle(t, k + 1);
}

/* "Now that his trial has ended, prosecutors released": the sentence
 * opens with a clause of its own up to this comma; who is in it takes no
 * part in the main clause's happening. */
static bool subordinate_before(const afs_text *t, size_t first, size_t comma)
{
    /* not "after", "before", "until": "After months of talks," is a
     * phrase of the main clause */
    static const char *const openers[] = {"although", "though", "because",
                                          "if",       "while",  "unless",
                                          "whereas",  "now",    NULL};
    return comma > first + 2 && afs_tok_is_one_of_ci(t, first, openers) &&
           !(afs_tok_is_ci(t, first, "now") &&
             !afs_tok_is_ci(t, first + 1, "that"));
}

/* "the nine companies selected by NASA: Astrobotic, Draper, ... and
 * OrbitBeyond.": a colon before a list of names that ends the sentence
 * names what the clause told of; the clause runs to the list's end. The
 * list's end, or colon when there is none. */
static size_t name_list_end(const extraction *x, size_t colon, size_t last)
{
    const afs_text *t = x->text;
    if (!afs_tok_is(t, colon, ":"))
        return colon;
    size_t names = 0, k = colon + 1;
    while (k < last) {
        if (x->mention_at[k]) {
            k = x->mentions.v[x->mention_at[k] - 1].last;
            names++;
        } else if (afs_tok_is(t, k, ",") || afs_tok_is_ci(t, k, "and") ||
                   afs_tok_is_ci(t, k, "or") ||
                   (is_word(t, k) && (t->tokens[k].flags & AFS_TF_CAPITAL))) {
            k++; /* a capitalised word: part of a name not known as one */
        } else {
            break;
        }
    }
    bool ends = k >= last || (k + 1 == last && afs_tok_is(t, k, "."));
    return ends && names >= 2 ? last : colon;
}

afs_range clause_of(const event_pass *p, const afs_range *sentence,
                    size_t first_token, size_t trigger, size_t trigger_last)
{
    const extraction *x = p->x;
    const afs_text *t = x->text;
    afs_range c = {.first = first_token, .last = sentence->last};
    size_t stop = trigger > first_token + CLAUSE_REACH ? trigger - CLAUSE_REACH
                                                       : first_token;
    for (size_t k = trigger; k-- > stop;) {
        /* a ")" is a hard stop: the class saves a look at most words */
        size_t aside =
            has_class(p, k, WC_HARD_STOP) ? name_aside_start(x, stop, k) : k;
        if (aside != k && aside > stop) {
            k = aside;
            c.first = k;
            continue;
        }
        if (has_class(p, k, WC_HARD_STOP | WC_CLAUSE_OPENER) ||
            (has_class(p, k, WC_COMMA) &&
             ((has_class(p, k + 1, WC_OPENS_AFTER_COMMA) &&
               !afs_tok_is_ci(t, k + 1, "with")) ||
              attribution_before(t, stop, k) ||
              subordinate_before(t, first_token, k)))) {
            c.first = k + 1;
            break;
        }
        c.first = k;
    }
    if (trigger_last + CLAUSE_REACH < c.last)
        c.last = trigger_last + CLAUSE_REACH;
    /* ", which signed a lease on Monday, expects": an aside ends at its
     * comma */
    bool aside = c.first >= first_token + 2 &&
                 has_class(p, c.first - 1, WC_CLAUSE_OPENER) &&
                 has_class(p, c.first - 2, WC_COMMA);
    for (size_t k = trigger_last; k < c.last; k++) {
        size_t list_end = has_class(p, k, WC_HARD_STOP)
                              ? name_list_end(x, k, sentence->last)
                              : k;
        if (list_end != k) {
            c.last = list_end;
            break;
        }
        if (has_class(p, k, WC_HARD_STOP | WC_CLAUSE_OPENER) ||
            (aside && has_class(p, k, WC_COMMA)) ||
            (has_class(p, k, WC_COMMA) && c.first <= first_token + 1 &&
             subordinate_before(t, first_token, k)) ||
            (has_class(p, k, WC_COMMA) &&
             ((has_class(p, k + 1, WC_OPENS_AFTER_COMMA) &&
               !lists_objects(t, k + 1)) ||
              attribution_follows(t, k, c.last)))) {
            c.last = k;
            break;
        }
    }
    return c;
}

/* ---- arguments --------------------------------------------------------- */

bool has_participant(const event *ev, size_t e)
{
    for (size_t i = 0; i < ev->participants.n; i++)
        if (ev->participants.v[i] == e)
            return true;
    return false;
}

void add_participant(extraction *x, event *ev, size_t e)
{
    if (e == NO_ENTITY || x->entities.v[e].kind == AFS_PLACE ||
        has_participant(ev, e) || ev->participants.n >= MAX_PARTICIPANTS)
        return;
    *VEC_PUSH(x->arena, ev->participants) = e;
}

/* How many mentions start before token tok (they are in text order). */
static size_t mentions_before(const extraction *x, size_t tok)
{
    size_t lo = 0, hi = x->mentions.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (x->mentions.v[mid].first < tok)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The entity of the latest mention before *m (counting down) that ends
 * after stop, or NO_ENTITY when there is none: names looked back at one
 * mention at a time, not one token. */
static size_t entity_before(const extraction *x, size_t *m, size_t stop)
{
    while (*m > 0) {
        size_t i = --*m;
        const mention *mm = &x->mentions.v[i];
        if (mm->last <= stop)
            break;
        if (x->mention_at[mm->first] == i + 1)
            return entity_at_token(x, mm->first);
    }
    *m = 0;
    return NO_ENTITY;
}

/* The person a pronoun at tok stands for: the latest one before it of
 * its gender. */
static size_t antecedent(const extraction *x, size_t tok, enum afs_gender g)
{
    size_t stop = tok > x->body_first + ANTECEDENT_WINDOW
                      ? tok - ANTECEDENT_WINDOW
                      : x->body_first;
    /* "she" after "Wangari Maathai ... Daniel arap Moi": a person known to
     * be of the pronoun's gender before the nearer one of unknown gender */
    size_t unsure = NO_ENTITY;
    for (size_t m = mentions_before(x, tok); m > 0;) {
        size_t c = entity_before(x, &m, stop);
        if (c == NO_ENTITY || x->entities.v[c].kind != AFS_PERSON)
            continue;
        enum afs_gender cg = x->entities.v[c].gender;
        if (g == AFS_GENDER_UNKNOWN || cg == g)
            return c;
        if (cg == AFS_GENDER_UNKNOWN && unsure == NO_ENTITY)
            unsure = c;
    }
    return unsure;
}

/* "leaders", "men", "ministers": a plural that names people, not "two
 * months" or "two companies". */
bool names_people(const afs_text *t, size_t k)
{
    static const char *const people[] = {
        "men",     "women",   "leaders",   "officials", "sides",
        "players", "parents", "sons",      "daughters", "brothers",
        "sisters", "friends", "lawmakers", NULL};
    if (afs_tok_is_one_of_ci(t, k, people))
        return true;
    const char *s = afs_tok_str(t, k);
    size_t n = afs_tok_len(t, k);
    char buf[32];
    if (n < 4 || n > sizeof buf || s[n - 1] != 's')
        return false;
    for (size_t i = 0; i + 1 < n; i++)
        buf[i] = afs_ascii_lower(s[i]);
    return afs_lex_has(AFS_LEX_TITLES, buf, n - 1);
}

/* "the two leaders", "both men" (tok is a pair word): the last two
 * people named before. */
static bool add_pair_before(extraction *x, event *ev, size_t tok)
{
    const afs_text *t = x->text;
    if (!is_word(t, tok + 1) || entity_at_token(x, tok + 1) != NO_ENTITY)
        return false;
    if (!names_people(t, tok + 1))
        return false;
    size_t found[2], count = 0;
    size_t stop = tok > x->body_first + ANTECEDENT_WINDOW
                      ? tok - ANTECEDENT_WINDOW
                      : x->body_first;
    for (size_t m = mentions_before(x, tok); m > 0 && count < 2;) {
        size_t c = entity_before(x, &m, stop);
        if (c != NO_ENTITY && x->entities.v[c].kind == AFS_PERSON &&
            (count == 0 || found[0] != c))
            found[count++] = c;
    }
    if (count < 2)
        return false;
    add_participant(x, ev, found[1]);
    add_participant(x, ev, found[0]);
    return true;
}

/* "a speech", "announced", "a statement": a happening that is a
 * telling. */
bool is_telling(const event *ev)
{
    /* asked of every event many times: the first byte turns most away */
    return ev->type[0] == 's' && !strncmp(ev->type, "statement,", 10);
}

/* "in remarks at the party's headquarters, Esper said": the teller
 * named in the attribution that ends a telling's clause; "During a news
 * conference with X, Bush said": the subject of the sentence a phrase
 * opens. */
static size_t teller_after(const event_pass *p, const event *ev,
                           const afs_range *clause, bool opens_sentence)
{
    const extraction *x = p->x;
    const afs_text *t = x->text;
    size_t comma = clause->last;
    if (comma >= t->token_count || !has_class(p, comma, WC_COMMA) ||
        !(is_telling(ev) || opens_sentence))
        return NO_ENTITY;
    for (size_t k = comma + 1; k < t->token_count && k < comma + 6; k++) {
        if (x->mention_at[k] && !x->in_quote[k]) {
            size_t e = entity_at_token(x, k);
            size_t last = x->mentions.v[x->mention_at[k] - 1].last;
            return last < t->token_count && is_reporting_verb(t, last)
                       ? e
                       : NO_ENTITY;
        }
        if (!is_word(t, k))
            return NO_ENTITY;
    }
    return NO_ENTITY;
}

/* "according to X", "as reported by X", "(AP)": who tells, not who
 * takes part. */
static bool is_source_at(const event_pass *p, size_t first, size_t tok,
                         const event *ev)
{
    const afs_text *t = p->x->text;
    for (size_t k = tok; k-- > first && k + 6 > tok;) {
        if (afs_tok_is_ci(t, k, "according"))
            return true;
        if (afs_tok_is_ci(t, k, "by") && k > first &&
            is_reporting_verb(t, k - 1))
            return true;
        if (has_class(p, k, WC_COMMA | WC_HARD_STOP))
            break;
    }
    /* "Esper said in a speech": the teller of a telling takes part */
    if (is_telling(ev))
        return false;
    /* "X said", "X told reporters": the subject of a reporting verb
     * after the trigger */
    for (size_t k = tok + 1; k < t->token_count && k < tok + 5; k++) {
        /* "Esper announced": the teller of a telling takes part in it */
        if (k >= ev->trigger_first && k < ev->trigger_last)
            return false;
        if (is_reporting_verb(t, k))
            return true;
        if (!is_word(t, k) || !(t->tokens[k].flags & AFS_TF_CAPITAL))
            break;
    }
    return false;
}

/* How surely a name in the clause tells where the event happened. */
enum place_rank {
    PLACE_NOT,
    PLACE_ASIDE,    /* "China's ministry", "a New York man", "from Kenya" */
    PLACE_DATELINE, /* not the clause's: the dateline's */
    PLACE_TOWARD,   /* "to the United States", "visited Hanoi" */
    PLACE_AT,       /* "in Hanoi", "near Taiwan", "southwest of Okinawa" */
};

/* "in 18 Northern and central California counties", "in the southern
 * city of Aleppo": words between a locative and its place. */
static bool is_place_modifier(const event_pass *p, size_t k)
{
    const afs_text *t = p->x->text;
    static const char *const words[] = {
        "northern", "southern", "eastern", "western",  "central", "north",
        "south",    "east",     "west",    "downtown", "coastal", "rural",
        "remote",   "nearby",   "and",     "city",     "town",    "village",
        "province", "state",    "region",  "capital",  "county",  "district",
        "port",     "island",   "of",      "area",     "country", "nation",
        NULL};
    /* "the city's Hoa Lo prison": a place word's, not a name's */
    if (t->tokens[k].flags & AFS_TF_POSSESSIVE)
        return k > 0 && !(t->tokens[k - 1].flags & AFS_TF_CAPITAL) &&
               afs_tok_is_one_of_ci(t, k - 1, words);
    if (has_class(p, k, WC_DETERMINER) || t->tokens[k].kind == AFS_TOK_NUMBER)
        return true;
    size_t n = afs_tok_len(t, k);
    return n <= 8 && t->tokens[k].kind == AFS_TOK_WORD &&
           (afs_tok_is_ci(t, k, "a") || afs_tok_is_ci(t, k, "an") ||
            afs_tok_is_one_of_ci(t, k, words));
}

/* "southwest of Okinawa", "north of the capital": a bearing from it. */
static bool is_bearing(const afs_text *t, size_t k)
{
    static const char *const words[] = {"north",     "south",     "east",
                                        "west",      "northeast", "northwest",
                                        "southeast", "southwest", NULL};
    return afs_tok_is_one_of_ci(t, k, words);
}

/* The rank the words before a place give it: "in Hanoi", "to the United
 * States", "from Kenya", over a few modifiers. */
static enum place_rank rank_by_preposition(const event_pass *p, size_t first,
                                           size_t place, const event *ev)
{
    const afs_text *t = p->x->text;
    size_t k = place;
    while (k > first && k + 5 > place && !has_class(p, k - 1, WC_LOCATIVE)) {
        /* "southwest of Okinawa" */
        bool of = afs_tok_is_ci(t, k - 1, "of");
        if (of && k - 1 > first && is_bearing(t, k - 2))
            return PLACE_AT;
        /* "visited Hanoi", "the invasion of Iraq": the trigger's object */
        if (k == ev->trigger_last || (of && k - 1 == ev->trigger_last)) {
            static const char *const types[] = {"visit,", "military action,",
                                                "assault,", NULL};
            for (const char *const *ty = types; *ty; ty++)
                if (!strncmp(ev->type, *ty, strlen(*ty)))
                    return PLACE_TOWARD;
        }
        if (!is_place_modifier(p, k - 1))
            return PLACE_NOT;
        k--;
    }
    if (k <= first || !has_class(p, k - 1, WC_LOCATIVE))
        return PLACE_NOT;
    /* the locative words: "in", "at", "near", "inside", "outside", "off",
     * "across" (at); "to", "into" (toward); "from", "over" (aside: "a 2-1
     * win over Russia" is over whom, "tensions over Taiwan" about) */
    const char *s = afs_tok_str(t, k - 1);
    size_t n = afs_tok_len(t, k - 1);
    char c = afs_ascii_lower(s[0]);
    /* "envoy to Ukraine", "ambassador to China": whose title, no where */
    if (c == 't' && n == 2 && k >= 2 &&
        afs_tok_lower_in(t, k - 2, AFS_LEX_TITLES))
        return PLACE_NOT;
    if ((c == 't' && n == 2) || (c == 'i' && n == 4))
        return PLACE_TOWARD;
    if ((c == 'f' && n == 4) || (c == 'o' && n == 4))
        return PLACE_ASIDE;
    return PLACE_AT;
}

/* "at the White House", "in KeyBank Center": an organization's name
 * that is a building. */
static bool is_building(const extraction *x, size_t e)
{
    static const char *const words[] = {
        "House",  "Center",  "Centre",  "Stadium", "Arena", "Hall",
        "Palace", "Capitol", "Airport", "Square",  "Park",  NULL};
    const char *name = x->entities.v[e].name;
    const char *last = strrchr(name, ' ');
    if (!last)
        return false;
    for (const char *const *w = words; *w; w++)
        if (!strcmp(last + 1, *w))
            return true;
    return false;
}

/* How the clause tells the place at token i, the first of mention m. */
static enum place_rank place_rank_at(const event_pass *p, const event *ev,
                                     const afs_range *clause, size_t i,
                                     size_t e)
{
    const extraction *x = p->x;
    const afs_text *t = x->text;
    size_t after = x->mentions.v[x->mention_at[i] - 1].last;
    bool place = x->entities.v[e].kind == AFS_PLACE;
    if (x->entities.v[e].kind == AFS_PERSON)
        return PLACE_NOT;
    if (!place) {
        /* "at the White House": right after a locative */
        size_t k =
            i > clause->first && afs_tok_is_ci(t, i - 1, "the") ? i - 1 : i;
        if (k <= clause->first || !has_class(p, k - 1, WC_LOCATIVE))
            return PLACE_NOT;
        enum place_rank r = rank_by_preposition(p, clause->first, i, ev);
        return r == PLACE_AT && is_building(x, e) ? r : PLACE_NOT;
    }
    /* "Vietnam's party headquarters": the country of the place or body */
    if (after < t->token_count && (t->tokens[after].flags & AFS_TF_POSSESSIVE))
        return PLACE_ASIDE;
    enum place_rank r = rank_by_preposition(p, clause->first, i, ev);
    if (r != PLACE_NOT)
        return r;
    /* "a New York man pleaded": whose, a guess below any other; "the
     * U.S. military" is a country's, no place's */
    const char *name = x->entities.v[e].name;
    bool modifies = after < clause->last && is_word(t, after) &&
                    !has_class(p, after, WC_FUNCTION) &&
                    !(t->tokens[after].flags & AFS_TF_CAPITAL) &&
                    (i == clause->first || afs_tok_is_ci(t, i - 1, "a") ||
                     has_class(p, i - 1, WC_DETERMINER)) &&
                    !afs_lex_has(AFS_LEX_COUNTRIES, name, strlen(name));
    return modifies ? PLACE_ASIDE : PLACE_NOT;
}

/* Happenings that take place somewhere: a meeting, a match, a speech,
 * not a statement's words. */
static bool happens_at_a_place(const event_pass *p, const event *ev)
{
    static const char *const verbal[] = {"statement,", "appeal,",     "intent,",
                                         "demand,",    "disapprove,", "reject,",
                                         "threaten,",  NULL};
    bool words = false;
    for (const char *const *ty = verbal; *ty; ty++)
        words |= !strncmp(ev->type, *ty, strlen(*ty));
    if (!words)
        return true;
    /* "in a speech", "his remarks": the occasion, a noun */
    const afs_text *t = p->x->text;
    size_t k = ev->trigger_first;
    return k > 0 &&
           (has_class(p, k - 1, WC_DETERMINER | WC_PREPOSITION) ||
            afs_tok_is_ci(t, k - 1, "a") || afs_tok_is_ci(t, k - 1, "an"));
}

/* "founded in 1977": long before the dateline's day. */
static bool told_of_a_year(const afs_text *t, const time_expr *te)
{
    for (size_t k = te ? te->first : 0; te && k < te->last; k++)
        if (t->tokens[k].kind == AFS_TOK_NUMBER && afs_tok_len(t, k) == 4)
            return true;
    return false;
}

/* "the Gush Etzion settlement bloc in the West Bank", "Hoa Lo prison
 * in Hanoi": a place "in" another told right after it lies inside it;
 * the first says where more nearly. */
static bool in_the_place_before(const event_pass *p, size_t before, size_t i)
{
    const extraction *x = p->x;
    const afs_text *t = x->text;
    size_t k = x->mentions.v[x->mention_at[before] - 1].last;
    for (size_t words = 0; k < i && words < 3; k++, words++) {
        if (afs_tok_is_ci(t, k, "in") || afs_tok_is_ci(t, k, "inside") ||
            (is_bearing(t, k) && afs_tok_is_ci(t, k + 1, "of")))
            break;
        if (!is_word(t, k) || has_class(p, k, WC_FUNCTION) ||
            (t->tokens[k].flags & AFS_TF_CAPITAL))
            return false;
    }
    if (k >= i)
        return false;
    for (k += is_bearing(t, k) ? 2 : 1; k < i; k++)
        if (!afs_tok_is_ci(t, k, "the"))
            return false;
    return true;
}

/* "at Vietnam's party headquarters" under a "HANOI, Vietnam" dateline:
 * a venue of the dateline's country lies in its city, which says where
 * more nearly than the country does. */
static bool is_venue_in_dateline_region(const event_pass *p,
                                        const afs_range *clause, size_t i,
                                        size_t e)
{
    const extraction *x = p->x;
    const afs_text *t = x->text;
    if (e == NO_ENTITY || e != p->dateline_region)
        return false;
    size_t after = x->mentions.v[x->mention_at[i] - 1].last;
    bool possessive = (t->tokens[after - 1].flags & AFS_TF_POSSESSIVE) ||
                      (after < t->token_count &&
                       (t->tokens[after].flags & AFS_TF_POSSESSIVE));
    if (!possessive)
        return false;
    size_t k = i > clause->first && afs_tok_is_ci(t, i - 1, "the") ? i - 1 : i;
    return k > clause->first &&
           (afs_tok_is_ci(t, k - 1, "at") || afs_tok_is_ci(t, k - 1, "in"));
}

/* Where: the place of the clause's locative phrase nearest after the
 * trigger (else before it), else the dateline's for a happening of the
 * opening paragraphs, else a place the clause names in passing. */
static size_t place_of(const event_pass *p, const event *ev,
                       const afs_range *clause, bool names_a_place)
{
    const extraction *x = p->x;
    const afs_text *t = x->text;
    size_t best = NO_ENTITY, best_at = 0;
    enum place_rank best_rank = PLACE_NOT;
    size_t inner = 0; /* the latest of the places best lies in */
    /* the names of the clause, one mention at a time */
    for (size_t m = names_a_place ? mentions_before(x, clause->first)
                                  : x->mentions.n;
         m < x->mentions.n && x->mentions.v[m].first < clause->last; m++) {
        size_t i = x->mentions.v[m].first;
        if (x->mention_at[i] != m + 1 || x->in_quote[i])
            continue;
        size_t e = entity_at_token(x, i);
        if (e == NO_ENTITY)
            continue;
        enum place_rank r = place_rank_at(p, ev, clause, i, e);
        if (is_venue_in_dateline_region(p, clause, i, e)) {
            e = p->dateline_place;
            r = PLACE_AT;
        }
        if (best_rank >= PLACE_TOWARD && best_at >= ev->trigger_last &&
            in_the_place_before(p, inner, i)) {
            inner = i;
            continue;
        }
        /* after the trigger the first wins, before it the nearest */
        bool wins = r > best_rank ||
                    (r == best_rank && r != PLACE_NOT &&
                     (i < ev->trigger_first || best_at < ev->trigger_first));
        if (wins) {
            best = e;
            best_at = inner = i;
            best_rank = r;
        }
    }
    if (best_rank < PLACE_DATELINE && p->dateline_place != NO_ENTITY &&
        t->tokens[ev->trigger_first].paragraph <=
            p->first_paragraph + DATELINE_PARAGRAPHS &&
        happens_at_a_place(p, ev) &&
        !told_of_a_year(t, time_of(x, clause, ev->trigger_first)))
        return p->dateline_place;
    return best;
}

/* A lower-case word that reads as a noun: no closed-class word, no
 * trigger, no verb's or adverb's ending ("said", "sells", "quickly"). */
static bool is_plain_noun(const event_pass *p, size_t k)
{
    const afs_text *t = p->x->text;
    size_t n = afs_tok_len(t, k);
    const char *s = afs_tok_str(t, k);
    if (n < 3 || (t->tokens[k].flags & AFS_TF_CAPITAL) || ends_in_ed(t, k) ||
        s[n - 1] == 's' || (s[n - 2] == 'l' && s[n - 1] == 'y') ||
        is_trigger_word(t, k) || is_reporting_verb(t, k))
        return false;
    return class_of(p, k) &&
           !has_class(p, k,
                      WC_FUNCTION | WC_PREPOSITION | WC_CLAUSE_OPENER |
                          WC_OPENS_AFTER_COMMA | WC_PRONOUN | WC_PAIR);
}

/* "Emirates President Tim Clark", "Browns DL Sheldon Richardson": a body
 * that qualifies a person's title says whom the person works for; the
 * person takes part, not the body. */
static bool is_affiliation(const event_pass *p, size_t tok)
{
    const extraction *x = p->x;
    uint32_t m = x->mention_at[tok];
    if (!m || m >= x->mentions.n)
        return false;
    const mention *org = &x->mentions.v[m - 1], *next = &x->mentions.v[m];
    size_t e = entity_at_token(x, tok);
    size_t person = resolve_entity(x, next->entity);
    if (e == NO_ENTITY || x->entities.v[e].kind != AFS_ORGANIZATION)
        return false;
    const afs_text *t = x->text;
    if (person == NO_ENTITY || x->entities.v[person].kind != AFS_PERSON ||
        next->first <= org->last)
        return false;
    /* "Emirates President Tim Clark", "State Department official David
     * Holmes": a title or a noun or two between */
    if (next->title_first == org->last)
        return true;
    for (size_t k = org->last; k < next->first; k++)
        if (k >= org->last + 2 || !is_word(t, k) || !is_plain_noun(p, k))
            return false;
    return true;
}

/* How many capitalised words unmarked by the entity pass may make a
 * name the pass knows by another mention. */
#define UNMARKED_NAME_WORDS 4

static size_t entity_by_words(const extraction *x, size_t first, size_t last);

/* "Matt Bevin, who lost his reelection bid": the name a relative clause
 * hangs on is its subject. */
static size_t relative_antecedent(const event_pass *p, const afs_range *clause)
{
    const extraction *x = p->x;
    const afs_text *t = x->text;
    static const char *const relatives[] = {"who", "which", NULL};
    size_t k = clause->first;
    if (k < 2 || !afs_tok_is_one_of_ci(t, k - 1, relatives))
        return NO_ENTITY;
    k -= 2;
    if (has_class(p, k, WC_COMMA) && k > 0)
        k--;
    if (x->in_quote[k] || (t->tokens[k].flags & AFS_TF_POSSESSIVE))
        return NO_ENTITY;
    if (x->mention_at[k])
        return entity_at_token(x, k);
    /* "also from Universal, which": a name the entity pass left unmarked */
    size_t name_first = k;
    while (name_first > 0 && k - name_first + 1 < UNMARKED_NAME_WORDS &&
           is_word(t, name_first - 1) && !x->mention_at[name_first - 1] &&
           (t->tokens[name_first - 1].flags & AFS_TF_CAPITAL))
        name_first--;
    return entity_by_words(x, name_first, k + 1);
}

/* "she was the director ..., and is known for founding": a verb
 * joined on without a subject shares the sentence's first one. */
static size_t shared_subject(const event_pass *p, size_t sentence_first,
                             const afs_range *clause, const event *ev)
{
    const extraction *x = p->x;
    const afs_text *t = x->text;
    static const char *const joins[] = {"and", "but", NULL};
    size_t k = clause->first;
    if (k >= ev->trigger_first || !afs_tok_is_one_of_ci(t, k, joins))
        return NO_ENTITY;
    /* "and is", "and accused": a verb comes first, no subject of its own */
    if (k + 1 < ev->trigger_first &&
        (has_class(p, k + 1, WC_DETERMINER) ||
         !(has_class(p, k + 1, WC_FUNCTION) || ends_in_ed(t, k + 1))))
        return NO_ENTITY;
    for (size_t j = k + 1; j < ev->trigger_first; j++)
        if (x->mention_at[j] || has_class(p, j, WC_PRONOUN | WC_PAIR) ||
            (t->tokens[j].flags & AFS_TF_CAPITAL))
            return NO_ENTITY;
    for (size_t j = sentence_first; j < k; j++) {
        if (has_class(p, j, WC_COMMA | WC_HARD_STOP) || x->in_quote[j])
            return NO_ENTITY;
        enum afs_gender g;
        if (x->mention_at[j]) {
            size_t e = entity_at_token(x, j);
            return e != NO_ENTITY && x->entities.v[e].kind != AFS_PLACE
                       ? e
                       : NO_ENTITY;
        }
        if (has_class(p, j, WC_PRONOUN) && personal_pronoun(t, j, &g) &&
            !afs_tok_is_ci(t, j, "they") && !afs_tok_is_ci(t, j, "we"))
            return antecedent(x, j, g);
    }
    return NO_ENTITY;
}

/* Who takes part though the clause does not name them there: the name a
 * relative clause hangs on, a telling's teller, a shared subject. */
void add_clause_subject(event_pass *p, event *ev, size_t sentence_first,
                        const afs_range *clause)
{
    extraction *x = p->x;
    bool opens_sentence = clause->first == sentence_first &&
                          has_class(p, clause->first, WC_PREPOSITION);
    add_participant(x, ev, relative_antecedent(p, clause));
    add_participant(x, ev, teller_after(p, ev, clause, opens_sentence));
    add_participant(x, ev, shared_subject(p, sentence_first, clause, ev));
}

/* "a meeting at the White House", "a rally in KeyBank Center": a
 * building the clause places the happening in is where, not who. */
static bool is_venue(const event_pass *p, size_t e, size_t tok)
{
    static const char *const locatives[] = {"at", "in", "inside", "outside",
                                            NULL};
    const afs_text *t = p->x->text;
    size_t k = tok;
    if (k > 0 && afs_tok_is_ci(t, k - 1, "the"))
        k--;
    return k > 0 && afs_tok_is_one_of_ci(t, k - 1, locatives) &&
           is_building(p->x, e);
}

/* How many lower-case words may stand between two joined modifiers and
 * their plural head: "the Russian and Syrian defense ministries". */
#define JOINED_HEAD_WORDS 3

/* The entity named name (its name or an alias, in any case), or
 * NO_ENTITY. */
static size_t entity_named(const extraction *x, const char *name, size_t n)
{
    for (size_t e = 0; e < x->entities.n; e++) {
        const entity *en = &x->entities.v[e];
        if (en->merged_into != NO_ENTITY)
            continue;
        if (strlen(en->name) == n && !strncasecmp(en->name, name, n))
            return e;
        for (size_t a = 0; a < en->aliases.n; a++)
            if (strlen(en->aliases.v[a]) == n &&
                !strncasecmp(en->aliases.v[a], name, n))
                return e;
    }
    return NO_ENTITY;
}

/* "Universal" for "Universal Pictures": the capitalised words from first
 * (before last), unmarked by the entity pass, as an entity's name or
 * alias, or as the opening words of one organization's name and no
 * other's; NO_ENTITY when they are none of these. */
static size_t entity_by_words(const extraction *x, size_t first, size_t last)
{
    const afs_text *t = x->text;
    size_t end = first;
    while (end < last && end < first + UNMARKED_NAME_WORDS && is_word(t, end) &&
           !x->mention_at[end] && (t->tokens[end].flags & AFS_TF_CAPITAL))
        end++;
    if (end == first)
        return NO_ENTITY;
    const char *name = afs_tok_str(t, first);
    size_t n = t->tokens[end - 1].end - t->tokens[first].start;
    size_t found = entity_named(x, name, n);
    if (found != NO_ENTITY || n < 3)
        return found;
    for (size_t e = 0; e < x->entities.n; e++) {
        const entity *en = &x->entities.v[e];
        if (en->merged_into != NO_ENTITY || en->kind != AFS_ORGANIZATION ||
            strncasecmp(en->name, name, n) || en->name[n] != ' ')
            continue;
        if (found != NO_ENTITY)
            return NO_ENTITY;
        found = e;
    }
    return found;
}

/* The entity one modifier makes of the head "the M words heads": "the
 * Russian defense ministry" (the plural made singular) or "the Russian
 * forces". */
static size_t entity_of_one(const extraction *x, size_t modifier, size_t words,
                            size_t head)
{
    const afs_text *t = x->text;
    char name[128];
    size_t n = afs_tok_len(t, modifier);
    size_t words_len = t->tokens[head].end - t->tokens[words].start;
    if (n + words_len + 2 > sizeof name)
        return NO_ENTITY;
    memcpy(name, afs_tok_str(t, modifier), n);
    name[n++] = ' ';
    memcpy(name + n, afs_tok_str(t, words), words_len);
    n += words_len;
    size_t e = entity_named(x, name, n);
    if (e != NO_ENTITY)
        return e;
    /* "ministries" -> "ministry", "governments" -> "government" */
    if (n > 3 && name[n - 3] == 'i' && name[n - 2] == 'e') {
        name[n - 3] = 'y';
        return entity_named(x, name, n - 2);
    }
    return entity_named(x, name, n - 1);
}

/* "the Russian and Syrian defense ministries": two bodies that share
 * their head, each known by its own name elsewhere in the article, take
 * part. tok is the "and". */
static void add_joined_heads(extraction *x, event *ev, size_t tok)
{
    const afs_text *t = x->text;
    if (tok == 0 || !is_word(t, tok - 1) || !is_word(t, tok + 1) ||
        !(t->tokens[tok - 1].flags & AFS_TF_CAPITAL) ||
        !(t->tokens[tok + 1].flags & AFS_TF_CAPITAL))
        return;
    size_t head = tok + 2;
    while (head < t->token_count && head < tok + 2 + JOINED_HEAD_WORDS &&
           is_word(t, head) && !(t->tokens[head].flags & AFS_TF_CAPITAL)) {
        const char *s = afs_tok_str(t, head);
        size_t n = afs_tok_len(t, head);
        if (n > 3 && s[n - 1] == 's') {
            size_t a = entity_of_one(x, tok - 1, tok + 2, head);
            size_t b = entity_of_one(x, tok + 1, tok + 2, head);
            if (a != NO_ENTITY && b != NO_ENTITY && a != b) {
                add_participant(x, ev, a);
                add_participant(x, ev, b);
            }
            return;
        }
        head++;
    }
}

/* "the company", "the league": a body's head noun; a generic one stands
 * for the latest body named, the others for the latest whose name holds
 * the word ("the ministry": "Japan's foreign ministry"). */
static const char *const generic_body_nouns[] = {"company", "firm",    "group",
                                                 "carrier", "airline", NULL};
static const char *const named_body_nouns[] = {
    "league",    "club",  "party",      "ministry",   "government",
    "union",     "bank",  "department", "commission", "council",
    "committee", "board", "agency",     "court",      NULL};

/* The organization a sentence opens with ("Blue Origin will offer",
 * "The Pentagon said"), named as such or left unmarked, or NO_ENTITY. */
static size_t organization_opening(const extraction *x, size_t sentence)
{
    const afs_text *t = x->text;
    size_t first = t->sentences[sentence].first,
           last = t->sentences[sentence].last;
    if (first + 1 < last && afs_tok_is_ci(t, first, "the"))
        first++;
    size_t e = x->mention_at[first] ? entity_at_token(x, first)
                                    : entity_by_words(x, first, last);
    return e != NO_ENTITY && x->entities.v[e].kind == AFS_ORGANIZATION
               ? e
               : NO_ENTITY;
}

/* The latest organization before tok whose name holds word (any, for
 * NULL). */
static size_t organization_before(const extraction *x, size_t tok,
                                  const char *word, size_t n)
{
    size_t stop = tok > x->body_first + ANTECEDENT_WINDOW
                      ? tok - ANTECEDENT_WINDOW
                      : x->body_first;
    const afs_text *t = x->text;
    for (size_t m = mentions_before(x, tok); m > 0;) {
        size_t e = entity_before(x, &m, stop);
        if (e == NO_ENTITY || x->entities.v[e].kind != AFS_ORGANIZATION)
            continue;
        if (word) {
            for (const char *s = x->entities.v[e].name; *s; s++)
                if (!strncasecmp(s, word, n))
                    return e;
            continue;
        }
        /* "Blue Origin will offer NASA its lander that the company
         * unveiled": the body the sentence opens with is the one it speaks
         * of, before one named later in it */
        size_t sentence = t->tokens[tok].sentence;
        size_t opener = t->tokens[x->mentions.v[m].first].sentence == sentence
                            ? organization_opening(x, sentence)
                            : NO_ENTITY;
        return opener != NO_ENTITY ? opener : e;
    }
    return NO_ENTITY;
}

/* "The Portuguese boss had been out of work", "the company unveiled": a
 * description in the subject's place (the determiner at det, a modifier
 * or none, a title or a body's noun right before the verb) stands for the
 * person or body told of last. */
static size_t described_subject(const event_pass *p, const event *ev,
                                size_t det)
{
    const extraction *x = p->x;
    const afs_text *t = x->text;
    /* a noun trigger's clause subject does no more than speak of it:
     * "The envoy is likely to face questions about Trump's call" */
    if (!afs_tok_is_ci(t, det, "the") ||
        !(ends_in_ed(t, ev->trigger_first) ||
          is_verb_context(p, ev->trigger_first)))
        return NO_ENTITY;
    for (size_t h = det + 1; h <= det + 2 && h < ev->trigger_first; h++) {
        if (x->mention_at[h] || !is_word(t, h))
            return NO_ENTITY;
        size_t next = h + 1;
        if (t->tokens[h].flags & AFS_TF_CAPITAL ||
            (next != ev->trigger_first &&
             !(has_class(p, next, WC_FUNCTION) && is_word(t, next))))
            continue;
        if (afs_tok_lower_in(t, h, AFS_LEX_TITLES))
            return antecedent(x, det, AFS_GENDER_UNKNOWN);
        if (afs_tok_is_one_of_ci(t, h, generic_body_nouns))
            return organization_before(x, det, NULL, 0);
        if (afs_tok_is_one_of_ci(t, h, named_body_nouns))
            return organization_before(x, det, afs_tok_str(t, h),
                                       afs_tok_len(t, h));
    }
    return NO_ENTITY;
}

void fill_arguments(event_pass *p, event *ev, const afs_range *clause)
{
    extraction *x = p->x;
    const afs_text *t = x->text;
    bool names_a_place = false;
    for (size_t i = clause->first; i < clause->last; i++) {
        /* most words are neither a name nor may stand for one */
        if ((!x->mention_at[i] &&
             !has_class(p, i, WC_PAIR | WC_PRONOUN | WC_AND | WC_DETERMINER)) ||
            x->in_quote[i])
            continue;
        if (has_class(p, i, WC_AND)) {
            add_joined_heads(x, ev, i);
            continue;
        }
        size_t e = x->mention_at[i] ? entity_at_token(x, i) : NO_ENTITY;
        enum afs_gender g;
        if (e == NO_ENTITY && has_class(p, i, WC_PAIR) &&
            add_pair_before(x, ev, i))
            continue;
        if (e == NO_ENTITY && has_class(p, i, WC_PRONOUN) &&
            i < ev->trigger_first && personal_pronoun(t, i, &g) &&
            !afs_tok_is_ci(t, i, "they") && !afs_tok_is_ci(t, i, "we"))
            e = antecedent(x, i, g);
        else if (e == NO_ENTITY && has_class(p, i, WC_DETERMINER) &&
                 i < ev->trigger_first)
            e = described_subject(p, ev, i);
        if (e == NO_ENTITY)
            continue;
        /* a name of several tokens counts once, at its first */
        if (i > clause->first && entity_at_token(x, i - 1) == e)
            continue;
        if (x->entities.v[e].kind != AFS_PERSON)
            names_a_place = true; /* or a building: place_of looks */
        if (x->entities.v[e].kind == AFS_PLACE)
            continue; /* where, not who */
        if (t->tokens[i].flags & AFS_TF_POSSESSIVE)
            continue;
        if (!is_source_at(p, clause->first, i, ev) && !is_affiliation(p, i) &&
            !is_venue(p, e, i))
            add_participant(x, ev, e);
    }
    ev->where = place_of(p, ev, clause, names_a_place);
}

/* How far a time stands from the trigger, in half tokens, after it
 * nearer on a tie; and how much less it tells the trigger's time:
 * "weigh in on Thursday's fight" names a thing, "since 2016" a span's start, a
 * time before a comma before the trigger another clause's ("In addition to its
 * order Wednesday, it announced ... on Monday"). */
static size_t time_distance(const afs_text *t, const time_expr *te,
                            size_t trigger)
{
    enum { ASIDE = 64 };
    size_t d = te->first >= trigger ? 2 * (te->first - trigger)
                                    : 2 * (trigger - te->last) + 3;
    for (size_t k = te->last; k < trigger; k++)
        if (afs_tok_is(t, k, ","))
            d += ASIDE;
    /* "Thursday night's fight" is the fight's own time */
    if (te->last < t->token_count && te->last + 1 != trigger &&
        (t->tokens[te->last].flags & AFS_TF_POSSESSIVE))
        d += ASIDE;
    if (afs_tok_is_ci(t, te->first, "since"))
        d += ASIDE;
    return d;
}

/* ", allowing PG&E to begin restoring", ", as the NFL decided": a
 * clause hanging on the one before its comma happens at its time, when
 * the trigger is the clause's own verb, near its start (not "..., saying
 * he should be punished for his role in the fight"). */
static const time_expr *time_hung_on(const extraction *x,
                                     const afs_range *clause, size_t trigger)
{
    const afs_text *t = x->text;
    size_t k = clause->first;
    size_t sentence_first = t->sentences[t->tokens[k].sentence].first;
    if (k <= sentence_first + 1 || trigger > k + HUNG_VERB_REACH ||
        !afs_tok_is(t, k - 1, ",") || !is_word(t, k) ||
        (t->tokens[k].flags & AFS_TF_CAPITAL) ||
        !(is_participle(t, k) || afs_tok_is_ci(t, k, "as")))
        return NULL;
    size_t reach = k > sentence_first + 6 ? k - 6 : sentence_first;
    const time_expr *found = NULL;
    for (const time_expr *te = time_in_range(x, reach, k - 1);
         te && te < x->times.v + x->times.n && te->last <= k - 1; te++)
        found = te;
    return found;
}

/* "testified about a July 10 meeting": a time between an article and
 * a noun other than the trigger is that noun's. */
static bool names_another_things_time(const afs_text *t, const time_expr *te,
                                      size_t trigger)
{
    return te->first > 0 && te->last < t->token_count &&
           (trigger < te->last || trigger >= te->last + 3) &&
           (afs_tok_is_ci(t, te->first - 1, "a") ||
            afs_tok_is_ci(t, te->first - 1, "the")) &&
           t->tokens[te->last].kind == AFS_TOK_WORD &&
           !(t->tokens[te->last].flags & AFS_TF_CAPITAL);
}

/* "Nadal earlier defeated Khachanov": a time only before another
 * happening of the text, no time of its own. */
static bool only_relative(const afs_text *t, const time_expr *te)
{
    return te->last == te->first + 1 &&
           (afs_tok_is_ci(t, te->first, "earlier") ||
            afs_tok_is_ci(t, te->first, "later"));
}

/* The time expression of the clause nearest the trigger. */
const time_expr *time_of(const extraction *x, const afs_range *clause,
                         size_t trigger)
{
    const time_expr *best = NULL;
    size_t best_distance = SIZE_MAX;
    for (const time_expr *te = time_in_range(x, clause->first, clause->last);
         te && te < x->times.v + x->times.n && te->last <= clause->last; te++) {
        size_t d = time_distance(x->text, te, trigger);
        if (d < best_distance &&
            !names_another_things_time(x->text, te, trigger) &&
            !only_relative(x->text, te)) {
            best = te;
            best_distance = d;
        }
    }
    return best ? best : time_hung_on(x, clause, trigger);
}

/* "On Friday, ...", "Last week the ministry said ...": a time that opens
 * the sentence sets the time of every clause in it. */
const time_expr *sentence_opening_time(const extraction *x,
                                       size_t sentence_first,
                                       size_t clause_first)
{
    const afs_text *t = x->text;
    size_t start = sentence_first;
    while (start < clause_first && !is_word(t, start) &&
           t->tokens[start].kind != AFS_TOK_NUMBER)
        start++;
    if (start >= clause_first)
        return NULL;
    const time_expr *te = time_in_range(x, start, clause_first);
    if (!te || te >= x->times.v + x->times.n || te->last > clause_first)
        return NULL;
    /* "On Friday", "Earlier this month": a preposition or two before */
    return te->first <= start + 2 ? te : NULL;
}

/* ", continuing a tradition that began in 1912", ", Bush said he was
 * pleased with the welcome he received Tuesday": the words between the
 * clause and a time after it open a clause of their own. */
static bool opens_own_clause(const afs_text *t, size_t from, size_t to)
{
    if (from + 1 < to && afs_tok_is(t, from, ",") && is_participle(t, from + 1))
        return true;
    static const char *const subjects[] = {"he", "she", "they",
                                           "we", "i",   NULL};
    for (size_t k = from; k < to; k++)
        if (afs_tok_len(t, k) <= 4 &&
            strchr("hstwiHSTWI", *afs_tok_str(t, k)) &&
            afs_tok_is_one_of_ci(t, k, subjects))
            return true;
    return false;
}

/* "..., officials said on Wednesday": a time right after the clause's
 * end, before any other clause could claim it. */
const time_expr *time_just_after(const extraction *x, const afs_range *clause,
                                 size_t sentence_last)
{
    size_t reach = clause->last + TIME_AFTER_REACH < sentence_last
                       ? clause->last + TIME_AFTER_REACH
                       : sentence_last;
    const time_expr *te = time_in_range(x, clause->last, reach);
    if (!te || te >= x->times.v + x->times.n || te->first >= reach ||
        opens_own_clause(x->text, clause->last, te->first))
        return NULL;
    return te;
}
