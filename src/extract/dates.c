/* Time expressions ("on Friday", "March 21", "late last year", "in 1967")
 * and their dates, resolved against the publication date when one is
 * known. Only expressions that name a day get a date. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "articlefs/lexicon.h"
#include "internal.h"

/* ---- calendar ---------------------------------------------------------- */

/* Days since 1970-01-01 of a civil date (H. Hinnant's algorithm). */
static long days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, int *y, int *m, int *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

/* The value of n digits at s, or -1. */
static int digits(const char *s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

/* "YYYY-MM-DD"; by hand, not sscanf: the matchers ask for every word. */
static bool parse_date(const char *s, int *y, int *m, int *d)
{
    if (!s || strnlen(s, 10) < 10 || s[4] != '-' || s[7] != '-')
        return false;
    *y = digits(s, 4);
    *m = digits(s + 5, 2);
    *d = digits(s + 8, 2);
    return *y >= 0 && *m >= 1 && *m <= 12 && *d >= 1 && *d <= 31;
}

static const char *format_days(afs_arena *arena, long days)
{
    int y, m, d;
    civil_from_days(days, &y, &m, &d);
    if (y < 1 || y > 9999)
        return NULL;
    return afs_arena_printf(arena, "%04d-%02d-%02d", y, m, d);
}

/* ---- words ------------------------------------------------------------- */

/* "day:5", "month:3", "rel:-1", "season:spring" for the token, or NULL. */
static const char *time_word(const afs_text *t, size_t i)
{
    if (i >= t->token_count || t->tokens[i].kind != AFS_TOK_WORD)
        return NULL;
    const char *s = afs_tok_str(t, i);
    size_t n = afs_tok_len(t, i);
    if (!afs_tok_in(t, i, AFS_LEX_TIME_WORDS) &&
        !afs_tok_lower_in(t, i, AFS_LEX_TIME_WORDS) && s[n - 1] != '.')
        return NULL;
    const char *v = afs_lex_value(AFS_LEX_TIME_WORDS, s, n);
    if (!v && n > 1 && s[n - 1] == '.')
        v = afs_lex_value(AFS_LEX_TIME_WORDS, s, n - 1);
    if (!v && isupper((unsigned char)s[0]) && n < 16) {
        char low[16];
        for (size_t k = 0; k < n; k++)
            low[k] = (char)tolower((unsigned char)s[k]);
        v = afs_lex_value(AFS_LEX_TIME_WORDS, low, n);
        if (v && strncmp(v, "rel:", 4) != 0 && strncmp(v, "season:", 7) != 0)
            v = NULL; /* "Friday" is written with a capital, not "FRIDAY" */
    }
    return v;
}

static int number_at(const afs_text *t, size_t i, int lo, int hi)
{
    if (i >= t->token_count || t->tokens[i].kind != AFS_TOK_NUMBER)
        return 0;
    const char *s = afs_tok_str(t, i);
    size_t n = afs_tok_len(t, i);
    int v = 0;
    size_t k = 0;
    for (; k < n && isdigit((unsigned char)s[k]) && v < 100000; k++)
        v = v * 10 + (s[k] - '0');
    bool ordinal = k + 2 == n && isalpha((unsigned char)s[k]);
    if ((k != n && !ordinal) || v < lo || v > hi)
        return 0;
    return v;
}

static bool word_is_any(const afs_text *t, size_t i, const char *const *words)
{
    return afs_tok_is_one_of_ci(t, i, words);
}

/* ---- matching ---------------------------------------------------------- */

typedef struct match {
    size_t first, last;
    const char *date;
} match;

static const char *const part_of_day[] = {"night", "morning", "afternoon",
                                          "evening", NULL};

/* The publication date in days, parsed once: every word asks for it. */
typedef struct publication {
    bool known;
    long days;
} publication;

static publication publication_of(const extraction *x)
{
    int y, m, d;
    publication pub = {parse_date(x->date, &y, &m, &d), 0};
    if (pub.known)
        pub.days = days_from_civil(y, m, d);
    return pub;
}

static bool match_weekday(const extraction *x, const publication *when,
                          size_t i, const char *v, match *out)
{
    const afs_text *t = x->text;
    if (!v || strncmp(v, "day:", 4) != 0)
        return false;
    int wd = atoi(v + 4); /* 1 = Monday */
    out->first = i;
    out->last = i + 1;
    bool next = false;
    if (i > 0 &&
        word_is_any(t, i - 1,
                    (const char *const[]){"on", "last", "next", "this", "by",
                                          "early", "late", "until", NULL})) {
        out->first = i - 1;
        next = afs_tok_is_ci(t, i - 1, "next");
    }
    if (word_is_any(t, i + 1, part_of_day))
        out->last = i + 2;
    if (when->known) {
        long pub = when->days;
        int pub_wd = (int)(((pub % 7) + 7 + 3) % 7) + 1; /* 1970-01-01: Thu */
        long delta = next ? (wd - pub_wd + 7) % 7 : -((pub_wd - wd + 7) % 7);
        if (next && delta == 0)
            delta = 7;
        out->date = format_days(x->arena, pub + delta);
    }
    return true;
}

static bool match_month(const extraction *x, const publication *when, size_t i,
                        const char *v, match *out)
{
    const afs_text *t = x->text;
    if (!v || strncmp(v, "month:", 6) != 0)
        return false;
    int month = atoi(v + 6);
    int day = number_at(t, i + 1, 1, 31);
    size_t last = i + 1 + (day != 0);
    size_t year_tok = last;
    if (day && (afs_tok_is(t, last, ",")))
        year_tok = last + 1;
    int year = number_at(t, year_tok, 1000, 2999);
    if (year)
        last = year_tok + 1;
    bool preposition =
        i > 0 && word_is_any(t, i - 1,
                             (const char *const[]){"in", "on", "since", "by",
                                                   "late", "early", "mid",
                                                   "until", "from", NULL});
    /* "may" and "march" are verbs too: want a day, a year or "in". */
    if (!day && !year && !preposition)
        return false;
    out->first = preposition ? i - 1 : i;
    out->last = last;
    int py, pm, pd;
    if (when->known)
        civil_from_days(when->days, &py, &pm, &pd);
    if (day && (year || when->known))
        out->date = format_days(x->arena,
                                days_from_civil(year ? year : py, month, day));
    return true;
}

static bool match_year(const extraction *x, size_t i, match *out)
{
    const afs_text *t = x->text;
    /* the cheap tests first: find_times asks this of every token */
    if (afs_tok_len(t, i) != 4 || !number_at(t, i, 1800, 2199) || i == 0 ||
        !word_is_any(t, i - 1,
                     (const char *const[]){"in", "since", "by", "until",
                                           "during", NULL}))
        return false;
    out->first = i - 1;
    out->last = i + 1;
    return true;
}

/* "last night", "this month", "next year", "late last year", "today",
 * "recently", "next spring". */
static bool match_relative(const extraction *x, const publication *when,
                           size_t i, const char *v, match *out)
{
    const afs_text *t = x->text;
    static const char *const units[] = {"year",   "month",  "week",   "weekend",
                                        "night",  "season", "spring", "summer",
                                        "autumn", "fall",   "winter", NULL};
    static const char *const deictic[] = {"last", "this", "next", "past", NULL};
    size_t first = i, last = i + 1;
    bool known = when->known;
    long pub = when->days;
    if (v && strncmp(v, "rel:", 4) == 0) {
        if (known && strcmp(v + 4, "?") != 0)
            out->date = format_days(x->arena, pub + atoi(v + 4));
    } else if (word_is_any(t, i, deictic) && word_is_any(t, i + 1, units)) {
        last = i + 2;
        if (known && afs_tok_is_ci(t, i, "last") &&
            afs_tok_is_ci(t, i + 1, "night"))
            out->date = format_days(x->arena, pub - 1);
    } else if (v && strncmp(v, "season:", 7) == 0) {
        /* a bare season only as a time: "planned for spring" */
        if (i == 0 || !word_is_any(t, i - 1,
                                   (const char *const[]){"for", "in", "by",
                                                         "until", NULL}))
            return false;
    } else {
        return false;
    }
    if (first > 0 &&
        word_is_any(
            t, first - 1,
            (const char *const[]){"late", "early", "earlier", "later", NULL}))
        first--;
    out->first = first;
    out->last = last;
    return true;
}

void find_times(extraction *x)
{
    const afs_text *t = x->text;
    publication when = publication_of(x);
    for (size_t i = x->body_first; i < t->token_count;) {
        if (t->tokens[i].kind != AFS_TOK_WORD &&
            t->tokens[i].kind != AFS_TOK_NUMBER) {
            i++; /* every time expression starts with a word or number */
            continue;
        }
        match m = {0};
        const char *v = time_word(t, i); /* once: each matcher wants it */
        if (match_weekday(x, &when, i, v, &m) ||
            match_month(x, &when, i, v, &m) || match_year(x, i, &m) ||
            match_relative(x, &when, i, v, &m)) {
            time_expr *te = VEC_PUSH(x->arena, x->times);
            te->first = m.first;
            te->last = m.last;
            te->text = token_span_text(x, m.first, m.last);
            te->date = m.date;
            i = m.last;
        } else {
            i++;
        }
    }
}

/* Times are found in text order: a binary search finds the first one
 * starting at or after first. */
const time_expr *time_in_range(const extraction *x, size_t first, size_t last)
{
    size_t lo = 0, hi = x->times.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (x->times.v[mid].first < first)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < x->times.n && x->times.v[lo].last <= last)
        return &x->times.v[lo];
    return NULL;
}
