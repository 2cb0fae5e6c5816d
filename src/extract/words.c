#include "words.h"

#include <ctype.h>
#include <stdint.h>
#include <string.h>

#include "articlefs/lexicon.h"
#include "internal.h"

static bool token_in(const afs_text *t, size_t tok, const char *const *list)
{
    return afs_tok_is_one_of(t, tok, list);
}

bool ends_with_org_head(const afs_text *t, size_t first, size_t last)
{
    if (last <= first)
        return false;
    /* "Premier League": a league is a body, but news names by it the
     * competition more often */
    return afs_span_value(t, last - 1, last, AFS_LEX_ORG_KEYWORDS) != NULL &&
           !is_event_or_work_head(t, last - 1);
}

bool ends_with_place_head(const afs_text *t, size_t first, size_t last)
{
    /* by initial: a name's last word is compared with the few heads that
     * share its first letter */
    static const char *const a[] = {"Airport", "Avenue",     "Arena",
                                    "Area",    "Auditorium", NULL};
    static const char *const b[] = {"Bay", "Bridge", "Borough", "Boulevard",
                                    NULL};
    static const char *const c[] = {"County", "City",    "Canal",
                                    "Coast",  "Capitol", NULL};
    static const char *const d[] = {"Desert", "District", "Drive", NULL};
    static const char *const f[] = {"Field", NULL};
    static const char *const g[] = {"Gulf", NULL};
    static const char *const h[] = {"Heights", "Harbor",       "Harbour",
                                    "Highway", "Headquarters", NULL};
    static const char *const i_[] = {"Island", "Islands", NULL};
    static const char *const l[] = {"Lake", "Lane", NULL};
    static const char *const m[] = {"Mountains", NULL};
    static const char *const o[] = {"Ocean", NULL};
    static const char *const p[] = {"Province", "Peninsula", "Park", "Prison",
                                    "Parish",   "Place",     NULL};
    static const char *const r[] = {"River", "Region", "Road", NULL};
    static const char *const s[] = {"Sea",    "Strait",     "Stadium", "Square",
                                    "Street", "Statehouse", "St.",     NULL};
    static const char *const t_[] = {"Township", "Terrace", NULL};
    static const char *const v[] = {"Valley", NULL};
    static const char *const *const by_initial[26] = {
        ['A' - 'A'] = a, ['B' - 'A'] = b, ['C' - 'A'] = c,  ['D' - 'A'] = d,
        ['F' - 'A'] = f, ['G' - 'A'] = g, ['H' - 'A'] = h,  ['I' - 'A'] = i_,
        ['L' - 'A'] = l, ['M' - 'A'] = m, ['O' - 'A'] = o,  ['P' - 'A'] = p,
        ['R' - 'A'] = r, ['S' - 'A'] = s, ['T' - 'A'] = t_, ['V' - 'A'] = v};
    if (last <= first || last - 1 >= t->token_count)
        return false;
    char initial = *afs_tok_str(t, last - 1);
    if (initial < 'A' || initial > 'Z' || !by_initial[initial - 'A'])
        return false;
    return token_in(t, last - 1, by_initial[initial - 'A']);
}

bool is_lower_org_head(const afs_text *t, size_t tok)
{
    /* not "administration": "the Trump administration" is a time in
     * office more than a body, and news does not list it as one */
    static const char *const heads[] = {"ministry",   "government", "committee",
                                        "parliament", "cabinet",    "network",
                                        "militia",    "movement",   "council",
                                        "commission", NULL};
    /* seven letters or more, all of them, and one of five initials: most
     * words are shorter or start with another */
    if (tok >= t->token_count || afs_tok_len(t, tok) < 7)
        return false;
    char c = *afs_tok_str(t, tok);
    return (c == 'c' || c == 'g' || c == 'm' || c == 'n' || c == 'p') &&
           token_in(t, tok, heads);
}

bool is_region_kind_word(const afs_text *t, size_t tok)
{
    static const char *const kinds[] = {"province", "region", "district", NULL};
    return tok < t->token_count && afs_tok_is_one_of(t, tok, kinds);
}

bool is_lower_place_head(const afs_text *t, size_t tok)
{
    static const char *const heads[] = {"prison",   "county", "province",
                                        "district", "region", NULL};
    if (tok >= t->token_count || afs_tok_len(t, tok) < 6)
        return false;
    char c = *afs_tok_str(t, tok);
    return (c == 'p' || c == 'c' || c == 'd' || c == 'r') &&
           token_in(t, tok, heads);
}

bool personal_pronoun(const afs_text *t, size_t tok, enum afs_gender *gender)
{
    static const char *const male[] = {"he", "He", "him", "his", "His", NULL};
    static const char *const female_h[] = {"her", "Her", NULL};
    static const char *const female_s[] = {"she", "She", NULL};
    static const char *const plural_t[] = {"they", "They", NULL};
    static const char *const plural_w[] = {"we", "We", NULL};
    if (tok >= t->token_count || afs_tok_len(t, tok) > 4)
        return false; /* no pronoun is longer */
    /* by initial and length: most words have others, or one pronoun's */
    char initial = afs_ascii_lower(*afs_tok_str(t, tok));
    size_t n = afs_tok_len(t, tok);
    if (initial == 'h'   ? n < 2 || n > 3
        : initial == 's' ? n != 3
        : initial == 't' ? n != 4
        : initial == 'w' ? n != 2
                         : true)
        return false;
    if (initial == 'h' && token_in(t, tok, male))
        *gender = AFS_GENDER_MALE;
    else if ((initial == 'h' && token_in(t, tok, female_h)) ||
             (initial == 's' && token_in(t, tok, female_s)))
        *gender = AFS_GENDER_FEMALE;
    else if ((initial == 't' && token_in(t, tok, plural_t)) ||
             (initial == 'w' && token_in(t, tok, plural_w)))
        *gender = AFS_GENDER_UNKNOWN;
    else
        return false;
    return true;
}

bool is_event_or_work_head(const afs_text *t, size_t i)
{
    /* by initial: a word is compared with the few heads that share its
     * first letter; product lines too ("MacBook Pro", "HBO Max") */
    static const char *const a[] = {"Award", "Awards", "Act", "Average", NULL};
    /* a plan, a model, a car's body: "Development Plan", "Kuznets Curve",
     * "Vizzion Concept", "LC 500 Convertible" */
    static const char *const c[] = {
        "Cup",   "Championship", "Class",       "Conference", "Composite",
        "Curve", "Concept",      "Convertible", "Coupe",      NULL};
    static const char *const d[] = {"Day", "Division", NULL};
    static const char *const e[] = {"Expo", "Edition", NULL};
    static const char *const f[] = {"Festival", "Fair", "Final", "Finals",
                                    NULL};
    static const char *const g[] = {"Games", NULL};
    static const char *const i_[] = {"Index", NULL}; /* a market's, a price's */
    static const char *const l[] = {"League", "Lite", NULL};
    static const char *const m[] = {"Marathon", "Medley", "Mini", "Max", NULL};
    static const char *const o[] = {"Olympics", "Open", NULL};
    static const char *const p[] = {"Prize",   "Pro",  "Plus",
                                    "Podcast", "Plan", NULL};
    static const char *const r[] = {"Roadmap", "Roadster", NULL};
    static const char *const s[] = {"Show", "Series", "Summit", "Sedan", NULL};
    static const char *const t_[] = {"Tournament", "Trophy", NULL};
    static const char *const u[] = {"Ultra", NULL};
    static const char *const w[] = {"War", "Week", NULL};
    static const char *const *const by_initial[26] = {
        ['A' - 'A'] = a, ['C' - 'A'] = c,  ['D' - 'A'] = d,  ['E' - 'A'] = e,
        ['F' - 'A'] = f, ['G' - 'A'] = g,  ['I' - 'A'] = i_, ['L' - 'A'] = l,
        ['M' - 'A'] = m, ['O' - 'A'] = o,  ['P' - 'A'] = p,  ['R' - 'A'] = r,
        ['S' - 'A'] = s, ['T' - 'A'] = t_, ['U' - 'A'] = u,  ['W' - 'A'] = w};
    size_t n = afs_tok_len(t, i);
    char c0 = *afs_tok_str(t, i);
    if (n < 3 || n > 12 || c0 < 'A' || c0 > 'Z' || !by_initial[c0 - 'A'])
        return false;
    /* "Act." ends a sentence as one token: CLDR lists it as the
     * abbreviation of "Acting" */
    if (n == 4 && memcmp(afs_tok_str(t, i), "Act.", 4) == 0)
        return true;
    return afs_tok_is_one_of(t, i, by_initial[c0 - 'A']);
}

size_t lower_join(const afs_text *t, size_t i, size_t n, char *buf, size_t cap)
{
    size_t len = 0;
    for (size_t k = i; k < i + n; k++) {
        if (k >= t->token_count || t->tokens[k].kind != AFS_TOK_WORD)
            return 0;
        size_t l = afs_tok_len(t, k);
        if (len + l + 2 > cap)
            return 0;
        if (k > i)
            buf[len++] = ' ';
        for (size_t c = 0; c < l; c++)
            buf[len++] = afs_ascii_lower(afs_tok_str(t, k)[c]);
    }
    buf[len] = '\0';
    return len;
}

/* "season", "quarterback": words of a game's report, looked for only
 * when a name might be a team's. */
bool has_sports_words(const afs_text *t)
{
    static const char *const words[] = {
        "season",   "coach",      "quarterback", "touchdown", "touchdowns",
        "playoffs", "playoff",    "halftime",    "inning",    "innings",
        "roster",   "snaps",      "defense",     "offense",   "tackles",
        "striker",  "goalkeeper", NULL};
    size_t n =
        t->token_count < WHOLE_TEXT_SCAN ? t->token_count : WHOLE_TEXT_SCAN;
    /* the words' initials and lengths first: most tokens fail them */
    const uint32_t initials =
        1u << ('s' - 'a') | 1u << ('c' - 'a') | 1u << ('q' - 'a') |
        1u << ('t' - 'a') | 1u << ('p' - 'a') | 1u << ('h' - 'a') |
        1u << ('i' - 'a') | 1u << ('r' - 'a') | 1u << ('d' - 'a') |
        1u << ('o' - 'a') | 1u << ('g' - 'a');
    for (size_t k = 0; k < n; k++) {
        const afs_token *tok = &t->tokens[k];
        unsigned first = (unsigned char)t->clean[tok->start] - 'a';
        size_t len = tok->end - tok->start;
        if (len >= 5 && len <= 11 && first < 26 && (initials >> first & 1) &&
            tok->kind == AFS_TOK_WORD && afs_tok_is_one_of(t, k, words))
            return true;
    }
    return false;
}

bool reports_a_game(extraction *x)
{
    if (!x->game_report)
        x->game_report = has_sports_words(x->text) ? 2 : 1;
    return x->game_report == 2;
}

bool is_body_kind_noun(const afs_text *t, size_t i)
{
    static const char *const nouns[] = {
        "developer", "publisher", "studio",      "maker",   "firm",  "company",
        "startup",   "retailer",  "broadcaster", "carrier", "rival", "insurer",
        "lender",    "automaker", "chipmaker",   NULL};
    size_t n = afs_tok_len(t, i);
    return n >= 4 && n <= 11 && afs_tok_is_one_of_ci(t, i, nouns);
}

bool is_count_token(const afs_text *t, size_t k)
{
    if (k >= t->token_count || t->tokens[k].kind != AFS_TOK_NUMBER ||
        afs_tok_len(t, k) > 3)
        return false;
    const char *w = afs_tok_str(t, k);
    for (size_t c = 0; c < afs_tok_len(t, k); c++)
        if (w[c] < '0' || w[c] > '9')
            return false;
    return true;
}

bool opens_result_pair(const afs_text *t, size_t last, size_t max_words)
{
    size_t k = last + 2;
    if (!is_count_token(t, last) || k >= t->token_count ||
        !AFS_TOK_IS(t, last + 1, ","))
        return false;
    while (k < t->token_count && k < last + 2 + max_words &&
           t->tokens[k].kind == AFS_TOK_WORD &&
           (t->tokens[k].flags & AFS_TF_CAPITAL))
        k++;
    return k > last + 2 && is_count_token(t, k);
}

bool closes_result_pair(const afs_text *t, size_t first, size_t last)
{
    return first >= 2 && is_count_token(t, last) &&
           AFS_TOK_IS(t, first - 1, ",") && is_count_token(t, first - 2);
}

/* "Der Spiegel", "Le Matin", "El Al": a name opening on another
 * language's article is a paper's, a firm's or a place's, not a
 * person's, whose surname alone may have one ("Le Pen" of "Marine Le
 * Pen" is claimed by her full name later). */
bool opens_with_foreign_article(const afs_text *t, size_t first, size_t last)
{
    static const char *const articles[] = {"Le",  "La",  "Les", "Der",
                                           "Die", "Das", "El",  "Il",
                                           "Lo",  "Los", "Las", NULL};
    return last - first >= 2 && afs_tok_len(t, first) <= 3 &&
           !(t->tokens[first].flags & AFS_TF_ALL_CAPS) &&
           afs_tok_is_one_of(t, first, articles);
}
