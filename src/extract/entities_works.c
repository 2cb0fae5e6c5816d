/* Products, programmes and works: a name a work's noun, a model's number,
 * a maker or a title shows to be a thing is no entity (its maker is). */
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

/* ---- products, programmes, missions, works ---------------------------- */

/* "the Artemis program", "the Orion spacecraft", "the VIPER rover", "the
 * HDMI port": a lower-case noun of a made thing after a name makes the
 * name that thing's, not an organization's. Makers' nouns (jet, app, service)
 * are left out: "Boeing jets" are still Boeing's. */
static bool is_work_noun(const afs_text *t, size_t i)
{
    /* by initial: a word is compared with the few nouns that share its
     * first letter */
    static const char *const a[] = {"album", "adapter", NULL};
    static const char *const b[] = {"button", "buttons", "benchmark",
                                    "benchmarks", NULL};
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
    if (m->last >= t->token_count) /* the name ends the text */
        return false;
    if (!is_lower_word(t, m->last)) /* most names: a capital or a mark */
        return afs_tok_is(t, m->last, "key") || /* "the Esc key" */
               /* "a Tarlink 2 connector": a standard's version */
               (t->tokens[m->last].kind == AFS_TOK_NUMBER &&
                afs_tok_len(t, m->last) <= 3 && m->org_votes == 0 &&
                is_work_noun(t, m->last + 1));
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

/* "Tre Holloway 18, Andre Pike 11", "Cocoa Beach 58, Titusville 51": a
 * name and its number in a list of such pairs is a player's or a team's
 * count, no edition; a next name of two words at most ("Rage 2, Red Dead
 * Redemption 2" stay games). */
static bool in_stat_list(const afs_text *t, const mention *m)
{
    return opens_result_pair(t, m->last, 2) ||
           closes_result_pair(t, m->first, m->last);
}

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
    return phrase_ends && !ends_with_org_head(t, m->first, m->last) &&
           !in_stat_list(t, m);
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

bool has_org_keyword(const afs_text *t, const mention *m)
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

void fold_mentions(extraction *x)
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
    /* "Tequila Works' Gylt": a plural's owner is an apostrophe glued to
     * a word in "s", the tokenizer's mark */
    bool plural_owner =
        !year && t->tokens[p].kind == AFS_TOK_QUOTE &&
        t->tokens[p].start == t->tokens[p - 1].end &&
        t->tokens[p].end < t->tokens[m->first].start &&
        t->tokens[p - 1].kind == AFS_TOK_WORD &&
        t->clean[t->tokens[p - 1].end - 1] == 's' &&
        (t->clean[t->tokens[p].start] == '\'' ||
         memcmp(t->clean + t->tokens[p].start, "\xE2\x80\x99", 3) == 0);
    /* an owner first: most names have none, and the tests below cost */
    if ((!year && !plural_owner && !(t->tokens[p].flags & AFS_TF_POSSESSIVE)) ||
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
static bool is_body_word(const afs_text *t, size_t i)
{
    return afs_tok_has_key(t, i, AFS_LEX_ORGANIZATIONS) ||
           afs_tok_has_key(t, i, AFS_LEX_ORG_KEYWORDS);
}

static bool is_product_tail(const afs_text *t, size_t first, size_t last,
                            bool need_word)
{
    /* "NBA League Pass": a body's word inside the tail, where an English
     * word that is none ends it, heads no body ("Big Ten Network" ends
     * on one and is a body) */
    bool inner_bodies = need_word && last - first >= 2 &&
                        is_common_word(t, last - 1) &&
                        !is_body_word(t, last - 1);
    for (size_t i = first; i < last; i++)
        if (t->tokens[i].kind != AFS_TOK_WORD ||
            !(t->tokens[i].flags & AFS_TF_CAPITAL) ||
            afs_tok_has_key(t, i, AFS_LEX_PLACES) ||
            afs_tok_has_key(t, i, AFS_LEX_COUNTRIES) ||
            afs_tok_has_key(t, i, AFS_LEX_DEMONYMS) ||
            (!(inner_bodies && i + 1 < last) && is_body_word(t, i)) ||
            afs_tok_has_key(t, i, AFS_LEX_CITIES) ||
            afs_tok_lower_in(t, i, AFS_LEX_TITLES) ||
            /* "Pass" may open "pass rusher", not as the last word */
            (i + 1 < last && afs_tok_lower_starts(t, i, AFS_LEX_TITLES)))
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

/* "Watching", "Using": an English verb's "-ing" form opening the
 * sentence (or an answer after "A:") is no word of the name after it. */
static bool opens_with_verb(const afs_text *t, size_t i)
{
    const char *w = afs_tok_str(t, i);
    size_t n = afs_tok_len(t, i);
    return ((t->tokens[i].flags & AFS_TF_SENT_START) ||
            (i > 0 && AFS_TOK_IS(t, i - 1, ":"))) &&
           n > 5 && memcmp(w + n - 3, "ing", 3) == 0 && is_common_word(t, i);
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
             !afs_tok_is_one_of(t, m->first - 1, articles) &&
             !opens_with_verb(t, m->first - 1));
}

/* "the Ascom Myco", "the Velmo Tark 2", "an Amazon Alexa device": an
 * article, a model's number or a device's noun shows a thing, where a
 * person's name has none ("Rose-Lynn Harlan sings"). */
/* "device", "support", "assistant": a thing's noun after its name. */
static bool thing_noun_follows(const afs_text *t, const mention *m)
{
    static const char *const nouns[] = {
        "device", "devices", "support", "speaker", "app", "assistant", NULL};
    return m->last < t->token_count && is_lower_word(t, m->last) &&
           afs_tok_is_one_of(t, m->last, nouns);
}

static bool named_as_thing(const afs_text *t, const mention *m)
{
    size_t next = m->last;
    /* "a Goldman Sachs analyst": a body's staff */
    if (next < t->token_count &&
        (afs_tok_lower_in(t, next, AFS_LEX_TITLES) ||
         afs_tok_lower_starts(t, next, AFS_LEX_TITLES)))
        return false;
    return follows_article(t, m->first) ||
           (next < t->token_count && t->tokens[next].kind == AFS_TOK_NUMBER) ||
           thing_noun_follows(t, m);
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

/* "Chromecast Ultra", "Kindle 2": a tail of a model's word or number
 * names a model of a product family, whose name alone is the family's
 * (take_work_families), no maker's. */
static bool tail_names_model(const afs_text *t, const mention *m)
{
    for (size_t k = m->first + 1; k < m->last; k++)
        if (t->tokens[k].kind == AFS_TOK_NUMBER ||
            is_event_or_work_head(t, k) || is_model_number(t, k))
            return true;
    return false;
}

/* "the Kindle", "a Chromecast": a lone mention of the word after an
 * article is a thing's name, no maker's. */
static bool named_alone_as_thing(const extraction *x, const char *key)
{
    for (size_t k = 0; k < x->mentions.n; k++) {
        const mention *o = &x->mentions.v[k];
        if (o->last - o->first == 1 && o->folded &&
            strcmp(o->folded, key) == 0 && follows_article(x->text, o->first))
            return true;
    }
    return false;
}

/* "Google Stadia ... Google's offices", "its Apple Arcade service ...
 * fellow powerhouse Apple": the lone name a product's name opens is its
 * maker, a body (one sense per discourse), though its word is English
 * ("apple") or owns only lower-case nouns: a vote for each of its
 * mentions, read by apply_votes. */
static void vote_for_makers(extraction *x, const strmap *makers)
{
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        mention *m = &x->mentions.v[mi];
        if (m->last - m->first == 1 && m->folded && m->strength >= 0 &&
            m->strength < 3 && !m->role && m->cls != NAME_PERSON &&
            m->cls != NAME_PLACE &&
            strmap_get(makers, m->folded) != STRMAP_NONE)
            m->org_votes++;
    }
}

static bool take_makers_products(extraction *x, strmap *works,
                                 const uint64_t shapes[2])
{
    strmap *lone_makers = NULL;
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
            !((shapes[1] & bit) && m->last - m->first == 2) &&
            !(m->last - m->first == 2 && thing_noun_follows(t, m)))
            continue;
        int shape = makers_product_shape(t, m);
        if (!shape)
            continue;
        if (!alone) /* built for the few articles with a candidate */
            alone = makers_named(x);
        const char *key = token_key(x, m->first);
        size_t maker = strmap_get(alone, key);
        /* "integrated Amazon Alexa support": a maker's word and a word no
         * dictionary holds before a thing's noun name the thing and its
         * maker, though the maker is named nowhere alone */
        if (maker == STRMAP_NONE && shape == 2 && thing_noun_follows(t, m) &&
            !name_acts_as_body(x, m->folded)) {
            strmap_put(works, m->folded, 2);
            any = true;
            continue;
        }
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
        /* a maker acts as a body alone somewhere ("Google's offices",
         * "Apple said"): "been to Boulder ... the Boulder Flatirons" names
         * a town, "Mike ... a Mike Ford novel" a man */
        if (maker == 1 && !tail_names_model(t, m) &&
            !afs_tok_has_key(t, m->first, AFS_LEX_GIVEN_NAMES) &&
            !named_alone_as_thing(x, key) && name_acts_as_body(x, key)) {
            if (!lone_makers)
                lone_makers = strmap_new(x->arena);
            strmap_put(lone_makers, key, 1);
        }
    }
    if (lone_makers)
        vote_for_makers(x, lone_makers);
    return any;
}

/* Mentions a and b stand side by side in a list: between them only
 * commas, "and", "or" and an edition's number ("Rage 2, Kine"). */
bool listed_together(const afs_text *t, const mention *a, const mention *b)
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
           (AFS_TOK_IS(t, f - 1, "a") || AFS_TOK_IS(t, f - 1, "an") ||
            AFS_TOK_IS(t, f - 1, "another")) &&
           afs_tok_is_one_of(t, m->last, ends) && m->cls != NAME_PERSON &&
           m->cls != NAME_PLACE && m->org_votes == 0 &&
           !(t->tokens[f].flags & AFS_TF_ALL_CAPS) &&
           !afs_tok_has_key(t, f, AFS_LEX_GIVEN_NAMES) &&
           !afs_tok_has_key(t, f, AFS_LEX_DEMONYMS);
}

/* "I also use Wunderlist as a tool", "instructions for using SecureDrop":
 * a lone name that is used is a tool, an app, no body (the caller keeps
 * one that acts as a body elsewhere: "GiveWell said"). */
static bool is_used_thing(const afs_text *t, const mention *m)
{
    static const char *const uses[] = {"use", "uses", "using", "used", NULL};
    size_t f = m->first;
    return m->last - f == 1 && f > 0 && afs_tok_len(t, f - 1) <= 5 &&
           afs_tok_is_one_of(t, f - 1, uses) && m->cls != NAME_PERSON &&
           m->cls != NAME_PLACE && m->org_votes == 0 &&
           !(t->tokens[f].flags & AFS_TF_ALL_CAPS) && !is_possessed(t, m) &&
           !afs_tok_has_key(t, f, AFS_LEX_GIVEN_NAMES);
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
             is_indefinite_thing(x->text, m) || is_used_thing(x->text, m) ||
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
static void push_maker(extraction *x, size_t mi, bool product_line)
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
    /* a heading's product ("Tarvik Nomo R200 Router for $60") names its
     * maker as the body would */
    if (product_line)
        maker->heading = false;
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

/* "i5-9300H", "R6700", "5300M", "65UM7300", "i7": a model's designation
 * right after a name ("Intel Core i7", "AMD Radeon Pro 5300M"); a
 * number with a unit's letters ("4K", "256GB", "120Hz") and one letter
 * with a number ("G20", "S10") are none. */
static bool is_model_token(const afs_text *t, size_t i)
{
    if (i >= t->token_count)
        return false;
    if (t->tokens[i].kind == AFS_TOK_WORD)
        return is_model_number(t, i) ||
               /* "i7", "i9": a chip's lower-case letter and its digit */
               (afs_tok_len(t, i) == 2 && afs_tok_str(t, i)[0] == 'i' &&
                isdigit((unsigned char)afs_tok_str(t, i)[1]));
    if (t->tokens[i].kind != AFS_TOK_NUMBER)
        return false;
    const char *w = afs_tok_str(t, i);
    size_t n = afs_tok_len(t, i), digits = 0, capitals = 0;
    for (size_t k = 0; k < n; k++) {
        if (isdigit((unsigned char)w[k]))
            digits++;
        else if (isupper((unsigned char)w[k]))
            capitals++;
        else
            return false;
    }
    /* a unit ends it: "256GB", "4K", "120HZ" */
    bool unit = n > 1 && (w[n - 1] == 'B' || w[n - 1] == 'K' ||
                          w[n - 1] == 'Z' || w[n - 1] == 'W');
    return digits >= 3 && capitals >= 1 && !unit;
}

/* "Wi-Fi", "USB-C", "TV", "MX", "R6700": a word of a product's tail
 * that names a model or a standard, no body's word. */
static bool tail_holds_model(const afs_text *t, const mention *m)
{
    for (size_t k = m->first + 1; k < m->last; k++) {
        /* capitals or a hyphen soon, before the shape's walk */
        const char *w = afs_tok_str(t, k);
        size_t n = afs_tok_len(t, k);
        bool capitals = (t->tokens[k].flags & AFS_TF_ALL_CAPS) ||
                        (n >= 3 && (w[1] == '-' || w[2] == '-'));
        if (is_model_number(t, k) ||
            (capitals && is_acronym_shaped(t, k) && !is_body_word(t, k) &&
             acronym_sense(t, k) == NULL))
            return true;
    }
    return is_model_token(t, m->last);
}

/* Word i is a maker's name by its shape: capitalised, no digit, no
 * inner capital ("MacBook", "PlayStation", "iPhone" are product lines),
 * no place's, nationality's, given name's, title's or technical
 * acronym's word; a word in capitals stands before a word that is not
 * ("AMD Radeon", not "USB-C PD" or "PFF CLE"). */
static bool may_be_maker_word(const afs_text *t, size_t i, size_t next,
                              bool model_after)
{
    const afs_token *k = &t->tokens[i];
    const char *w = afs_tok_str(t, i);
    size_t n = afs_tok_len(t, i);
    if (k->kind != AFS_TOK_WORD || !(k->flags & AFS_TF_CAPITAL) || n < 2 ||
        (n < 3 && !(k->flags & AFS_TF_ALL_CAPS)))
        return false;
    if (k->flags & AFS_TF_ALL_CAPS) {
        /* a thing's letters ("AMD" of WordNet's) before a model's
         * designation are the maker's too */
        const char *sense = acronym_sense(t, i);
        if (next >= t->token_count ||
            (t->tokens[next].flags & AFS_TF_ALL_CAPS) ||
            (sense && !(*sense == '\0' && model_after)))
            return false;
    } else
        for (size_t c = 1; c < n; c++)
            if (!islower((unsigned char)w[c]) && w[c] != '-')
                return false;
    return !afs_tok_has_key(t, i, AFS_LEX_GIVEN_NAMES) &&
           !afs_tok_has_key(t, i, AFS_LEX_PLACES) &&
           !afs_tok_has_key(t, i, AFS_LEX_COUNTRIES) &&
           !afs_tok_has_key(t, i, AFS_LEX_CITIES) &&
           !afs_tok_has_key(t, i, AFS_LEX_DEMONYMS) &&
           !afs_tok_has_key(t, i, AFS_LEX_TIME_WORDS) &&
           !afs_tok_lower_in(t, i, AFS_LEX_TITLES) && !is_body_word(t, i);
}

/* What the text says of token maker's word elsewhere: a product line
 * stands after another maker's name ("Google Stadia" makes "Stadia Pro"
 * no maker's), or alone after an article ("the Xbox"); a common English
 * word ("Apple", "Galaxy", "Falcon") is a maker only where it also acts
 * as a body alone ("Apple said"). */
static bool named_as_maker(const extraction *x, size_t maker, bool common)
{
    const afs_text *t = x->text;
    const char *w = afs_tok_str(t, maker);
    size_t n = afs_tok_len(t, maker);
    bool acts = false;
    for (size_t k = 0; k < x->mentions.n; k++) {
        const mention *o = &x->mentions.v[k];
        if (!o->folded || o->strength < 0)
            continue;
        /* the token's length first: most words differ in it */
        for (size_t i = o->first + 1; i < o->last; i++)
            if (afs_tok_len(t, i) == n &&
                strncasecmp(afs_tok_str(t, i), w, n) == 0)
                return false;
        if (o->last - o->first != 1 || afs_tok_len(t, o->first) != n ||
            strncasecmp(afs_tok_str(t, o->first), w, n) != 0)
            continue;
        /* "the Xbox is", not "the Tarvik smart TV" */
        if (follows_article(t, o->first) &&
            !(is_lower_word(t, o->last) && !is_function_word(t, o->last)))
            return false;
        acts = acts || (common && acts_as_body(x, k));
    }
    return !common || acts;
}

/* "Intel Core i7", "AMD Radeon Pro 5300M", "Netgear Nighthawk R6700",
 * "Linksys Velop Wi-Fi", "Logitech MX Master", a product a rule above
 * made a work: a maker's name opens a product's name whose tail (or the
 * token after it) holds a model's designation or a standard's, or that a
 * work's rule took. The maker is a body, the rest the product (no body):
 * marked 2 in works, to split the maker off. The maker's word must look
 * like a maker's and the text not name it a product line. */
/* "Tarvik Philippines", "Tarvik North America": a place's word in the
 * tail names the maker's branch there, no product. */
static bool names_a_place_in(const afs_text *t, size_t first, size_t last)
{
    for (size_t i = first; i < last; i++)
        if (afs_tok_has_key(t, i, AFS_LEX_COUNTRIES) ||
            afs_tok_has_key(t, i, AFS_LEX_PLACES) ||
            afs_tok_has_key(t, i, AFS_LEX_CITIES) ||
            afs_tok_has_key(t, i, AFS_LEX_DEMONYMS))
            return true;
    return false;
}

/* Mention m may be a product's name that its maker's word opens: a
 * weak name of two words or more, no body's by a head word, whose first
 * word looks like a maker's. */
static bool may_open_product(const afs_text *t, const mention *m)
{
    if (m->last - m->first < 2 || m->strength >= 3 || m->strength < 0 ||
        m->role || !m->folded || m->cls == NAME_PERSON ||
        m->cls == NAME_PLACE || m->org_votes > 0)
        return false;
    /* the first word's capital first: most names fail it cheaply */
    size_t f = m->first;
    if (!(t->tokens[f].flags & AFS_TF_CAPITAL) ||
        t->tokens[f].kind != AFS_TOK_WORD)
        return false;
    return maker_end(t, m) == f + 1 &&
           may_be_maker_word(t, f, f + 1, is_model_token(t, m->last)) &&
           !(f > 0 && (t->tokens[f - 1].flags & AFS_TF_CAPITAL) &&
             !(t->tokens[f].flags & AFS_TF_SENT_START) &&
             !follows_article(t, f)) &&
           !has_org_keyword(t, m) && !ends_with_org_head(t, f, m->last) &&
           !names_a_place_in(t, f + 1, m->last);
}

/* A weak name of two words or more opening with a capitalised word:
 * what may_open_product asks first, as most names fail it. */
static bool may_be_product_shape(const afs_text *t, const mention *m)
{
    return m->last - m->first >= 2 && m->strength < 3 && m->strength >= 0 &&
           !m->role && m->folded && m->cls != NAME_PERSON &&
           m->cls != NAME_PLACE && m->org_votes == 0 &&
           (t->tokens[m->first].flags & AFS_TF_CAPITAL) &&
           t->tokens[m->first].kind == AFS_TOK_WORD;
}

static unsigned first_word_slot(const afs_text *t, const mention *m)
{
    const char *w = afs_tok_str(t, m->first);
    size_t n = afs_tok_len(t, m->first);
    return ((unsigned)afs_ascii_lower(w[0]) * 31u + (unsigned)n +
            (unsigned)afs_ascii_lower(w[n - 1]) * 7u) &
           63;
}

/* "Velo Prime Energize, Velo Prime Hydrate, Velo Prime Recover": the
 * maker's words open three names or more of the text, a line of its
 * products. The first words' keys that do, counted in the map made, or
 * NULL; slots counts the names of each first word's slot. */
static strmap *product_lines(extraction *x, const uint8_t slots[64])
{
    strmap *seen = NULL, *opens = NULL;
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        const mention *m = &x->mentions.v[mi];
        if (!may_be_product_shape(x->text, m) ||
            slots[first_word_slot(x->text, m)] < 3 ||
            !may_open_product(x->text, m))
            continue;
        if (!seen) {
            seen = strmap_new(x->arena);
            opens = strmap_new(x->arena);
        }
        if (strmap_get(seen, m->folded) != STRMAP_NONE)
            continue;
        strmap_put(seen, m->folded, 1);
        const char *key = token_key(x, m->first);
        size_t n = strmap_get(opens, key);
        strmap_put(opens, key, n == STRMAP_NONE ? 1 : n + 1);
    }
    return opens;
}

static bool split_product_makers(extraction *x, strmap *works)
{
    const afs_text *t = x->text;
    strmap *tails = NULL, *lines = NULL;
    bool any = false, lines_made = false;
    /* the names of each first word's slot, at most 255 */
    uint8_t slots[64] = {0};
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        mention *m = &x->mentions.v[mi];
        if (may_be_product_shape(t, m)) {
            uint8_t *c = &slots[first_word_slot(t, m)];
            *c += *c < 255;
        } else if (m->last - m->first == 1 && m->last + 1 < t->token_count &&
                   afs_tok_len(t, m->last) == 5 &&
                   AFS_TOK_IS(t, m->last, "model") &&
                   (t->tokens[m->last + 1].kind == AFS_TOK_NUMBER ||
                    is_model_token(t, m->last + 1)) &&
                   m->strength >= 0 && m->cls != NAME_PERSON &&
                   m->cls != NAME_PLACE) {
            /* "a Tarvik model 4431 meter": the maker of the model */
            m->org_votes++;
        }
    }
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        const mention *m = &x->mentions.v[mi];
        if (!may_be_product_shape(t, m))
            continue;
        size_t f = m->first;
        /* a work's rule alone takes a name of two words, not a title's
         * ("Kospi Index", "Meet the Parents") */
        bool model = tail_holds_model(t, m);
        bool line = slots[first_word_slot(t, m)] >= 3;
        if (!model && !line && m->last - m->first > 2)
            continue;
        size_t wv = strmap_get(works, m->folded);
        if (wv == 2 || wv == 3)
            continue;
        bool taken = wv == 1 && m->last - m->first == 2 &&
                     !is_event_or_work_head(t, m->last - 1);
        if ((!model && !taken && !line) || !may_open_product(t, m))
            continue;
        if (!model && !taken) {
            if (!line)
                continue;
            if (!lines_made) {
                lines = product_lines(x, slots);
                lines_made = true;
            }
            size_t n = lines ? strmap_get(lines, token_key(x, f)) : STRMAP_NONE;
            if (n == STRMAP_NONE || n < 3)
                continue;
        }
        if (!named_as_maker(x, f, is_common_word(t, f)))
            continue;
        strmap_put(works, m->folded, 3);
        any = true;
        const char *space = strchr(m->folded, ' ');
        if (space) {
            if (!tails)
                tails = strmap_new(x->arena);
            strmap_put(tails, space + 1, 1);
        }
    }
    /* "the MX Vale 2S" after "Tarvik MX Vale": the product named without
     * its maker is the product still */
    for (size_t mi = 0; tails && mi < x->mentions.n; mi++) {
        const mention *m = &x->mentions.v[mi];
        if (is_weak_name(m) && strmap_get(tails, m->folded) != STRMAP_NONE &&
            strmap_get(works, m->folded) == STRMAP_NONE)
            strmap_put(works, m->folded, 1);
    }
    return any;
}

/* A lone word that ends a longer name opening with a given name ("Pike"
 * of "Dana Pike"): a person's surname. */
static bool ends_a_persons_name(const extraction *x, const mention *m)
{
    const afs_text *t = x->text;
    if (m->last - m->first != 1)
        return false;
    const char *w = afs_tok_str(t, m->first);
    size_t n = afs_tok_len(t, m->first);
    for (size_t k = 0; k < x->mentions.n; k++) {
        const mention *o = &x->mentions.v[k];
        if (o->last - o->first >= 2 && afs_tok_len(t, o->last - 1) == n &&
            memcmp(afs_tok_str(t, o->last - 1), w, n) == 0 &&
            (o->cls == NAME_PERSON ||
             afs_tok_has_key(t, o->first, AFS_LEX_GIVEN_NAMES)))
            return true;
    }
    return false;
}

/* Mention mi, "X" of "X from Y": the mention right after its "from", or
 * NULL. */
static const mention *made_by(const extraction *x, size_t mi)
{
    const afs_text *t = x->text;
    const mention *m = &x->mentions.v[mi];
    /* by the next token's initial first: it is asked of every name */
    if (mi + 1 >= x->mentions.n || m->last >= t->token_count ||
        *afs_tok_str(t, m->last) != 'f' || !AFS_TOK_IS(t, m->last, "from"))
        return NULL;
    const mention *by = m + 1;
    return by->first == m->last + 1 ? by : NULL;
}

/* "Starship from SpaceX, Vulcan from United Launch Alliance, New Glenn
 * from Blue Origin": a list of two or more things each named with its
 * maker after "from" lists the things, no bodies (the makers stay what
 * they are). A name of the list that is a person's surname elsewhere
 * ("Pike from Tarvik, Lund from Velmo") stays. */
static bool take_made_from(extraction *x, strmap *works)
{
    const afs_text *t = x->text;
    bool any = false;
    for (size_t mi = 0; mi + 3 < x->mentions.n; mi++) {
        const mention *by = made_by(x, mi);
        if (!by)
            continue;
        /* the chain of pairs: the next item after ",", "and" or ", and" */
        size_t pairs = 1, end = mi;
        for (size_t k = mi + 2; k + 1 < x->mentions.n; k += 2) {
            const mention *prev_by = &x->mentions.v[k - 1];
            const mention *item = &x->mentions.v[k];
            if (item->first <= prev_by->last ||
                item->first > prev_by->last + 2 || !made_by(x, k))
                break;
            bool glue = true;
            for (size_t g = prev_by->last; g < item->first; g++)
                glue &= is_list_glue(t, g) && !AFS_TOK_IS(t, g, "(") &&
                        !AFS_TOK_IS(t, g, ")");
            if (!glue)
                break;
            pairs++;
            end = k;
        }
        if (pairs < 2) {
            continue;
        }
        for (size_t k = mi; k <= end; k += 2) {
            const mention *item = &x->mentions.v[k];
            if (!is_weak_name(item) || ends_a_persons_name(x, item))
                continue;
            strmap_put(works, item->folded, 1);
            any = true;
        }
        mi = end;
    }
    return any;
}

void drop_works(extraction *x)
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
            !noun &&
            (is_model_number(t, m->last - 1) || is_new_product(t, m) ||
             is_dated_or_sized_model(t, m) || is_feature_term(t, m) ||
             edition_follows(t, m) || is_counted_acronym(t, m) ||
             ends_in_model_letter(t, m) || ends_in_disease_suffix(t, m) ||
             (is_market_index(t, m) && !name_acts_as_body(x, m->folded)) ||
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
    any |= take_made_from(x, works);
    any |= take_makers_products(x, works, shapes);
    any |= take_device_names(x, works);
    any |= take_owned_offerings(x, works);
    any |= take_listed_offerings(x, works);
    if (any)
        take_listed_works(x, works);
    any |= take_joined_makers(x, works);
    any |= split_product_makers(x, works);
    size_t n = x->mentions.n;
    for (size_t mi = 0; any && mi < n; mi++) {
        mention *m = &x->mentions.v[mi];
        if (m->strength < 3 && m->strength >= 0 && !m->role &&
            strmap_get(works, m->folded) != STRMAP_NONE) {
            size_t value = strmap_get(works, m->folded);
            m->cls = NAME_UNKNOWN;
            m->strength = -1;
            m->work = true;
            if (value >= 2)
                push_maker(x, mi, value == 3);
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
    return n >= 4 && m->folded[n - 1] == 's' &&
           strmap_get(families, afs_arena_strndup(x->arena, m->folded,
                                                  n - 1)) != STRMAP_NONE;
}

/* "a Chromecast Ultra ... the Chromecast", "the Nintendo Switch Pro
 * controller ... a Nintendo Switch", "a MacBook Pro ... old MacBooks": the
 * name a product's name adds a model's word to is the product family, and
 * its plural the family's devices, no body (the maker stays one where it
 * acts: "Nintendo said"; a lexicon's body or an acronym stays too: "HBO
 * Max"). */
void take_work_families(extraction *x)
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
    /* whether each name is of a family, asked once: both passes need it */
    bool *of_family =
        afs_arena_array(x->arena, x->mentions.n, sizeof *of_family);
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        const mention *m = &x->mentions.v[mi];
        of_family[mi] = m->folded && !m->work && in_family(families, x, m);
        if (of_family[mi] && (m->strength >= 3 || acts_as_body(x, mi) ||
                              (t->tokens[m->first].flags & AFS_TF_ALL_CAPS)))
            strmap_put(bodies, m->folded, 1);
    }
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        mention *m = &x->mentions.v[mi];
        /* of_family holds only for a name with folded text, no work */
        if (!of_family[mi] || m->strength < 0 || m->role ||
            strmap_get(bodies, m->folded) != STRMAP_NONE)
            continue;
        m->cls = NAME_UNKNOWN;
        m->strength = -1;
        m->work = true;
    }
}
