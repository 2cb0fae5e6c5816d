/* Time expressions ("on Friday", "March 21", "late last year", "in 1967")
 * and their dates, resolved against the publication date when one is
 * known. Only expressions that name a day get a date. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "articlefs/date.h"
#include "articlefs/lexicon.h"
#include "internal.h"

/* ---- calendar ---------------------------------------------------------- */

static const char *format_days(afs_arena *arena, long days)
{
    char out[11];
    if (!afs_date_format(afs_date_from_days(days), out))
        return NULL;
    return afs_arena_strndup(arena, out, 10);
}

static long days_of(int y, int m, int d)
{
    return afs_date_to_days((afs_date){y, m, d});
}

/* ---- words ------------------------------------------------------------- */

/* "day:5", "month:3", "rel:-1", "season:spring" for the token, or NULL. */
static const char *time_word(const afs_text *t, size_t i)
{
    if (i >= t->token_count || t->tokens[i].kind != AFS_TOK_WORD)
        return NULL;
    const char *s = afs_tok_str(t, i);
    size_t n = afs_tok_len(t, i);
    bool exact = afs_tok_in(t, i, AFS_LEX_TIME_WORDS);
    bool lower = afs_tok_lower_in(t, i, AFS_LEX_TIME_WORDS);
    if (!exact && !lower && s[n - 1] != '.')
        return NULL;
    /* the word index answers for the word as written and in lower case:
     * "Mr." asks the lexicon only for "Mr" */
    bool indexed = t->tokens[i].flags & AFS_TF_LEXICONS;
    const char *v =
        exact || !indexed ? afs_lex_value(AFS_LEX_TIME_WORDS, s, n) : NULL;
    if (!v && n > 1 && s[n - 1] == '.')
        v = afs_lex_value(AFS_LEX_TIME_WORDS, s, n - 1);
    if (!v && (lower || !indexed) && isupper((unsigned char)s[0]) && n < 16) {
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
    const char *end; /* a range's last day */
} match;

/* A range [first, last] of days as the match's date and end. */
static void set_range(const extraction *x, match *out, long first, long last)
{
    out->date = format_days(x->arena, first);
    out->end = last > first ? format_days(x->arena, last) : NULL;
}

/* "will meet on Friday", "is scheduled for March": the sentence looks
 * ahead, so a bare weekday or month is the next one. */
static bool looks_ahead(const afs_text *t, size_t i)
{
    /* "would": the future told in reported speech ("said the talks
     * would take place in March") */
    static const char *const words[] = {
        "will",  "'ll",      "shall", "scheduled", "expected", "plans",
        "due",   "upcoming", "next",  "planned",   "to",       "would",
        "going", "hopes",    "aims",  "intends",   "set",      NULL};
    size_t stop = i > 6 ? i - 6 : 0;
    for (size_t k = i; k-- > stop;) {
        if (t->tokens[k].sentence != t->tokens[i].sentence)
            break;
        /* the words start so: most tokens are passed over at a glance */
        if (!strchr("w'sedpungtai", afs_ascii_lower(*afs_tok_str(t, k))))
            continue;
        if (afs_tok_is_one_of_ci(t, k, words) &&
            !(afs_tok_is_ci(t, k, "to") && !afs_tok_is_ci(t, k + 1, "be")))
            return true;
    }
    return false;
}

static const char *const part_of_day[] = {"night", "morning", "afternoon",
                                          "evening", NULL};

/* The publication date in days, parsed once: every word asks for it. */
typedef struct publication {
    bool known;
    long days;
} publication;

static publication publication_of(const extraction *x)
{
    afs_date d;
    publication pub = {x->date && afs_date_parse(x->date, strlen(x->date), &d),
                       0};
    if (pub.known)
        pub.days = afs_date_to_days(d);
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
        bool ahead = !next && !(i > 0 && afs_tok_is_ci(t, i - 1, "last")) &&
                     looks_ahead(t, out->first);
        long pub = when->days;
        int pub_wd = afs_date_weekday(pub);
        long delta =
            next || ahead ? (wd - pub_wd + 7) % 7 : -((pub_wd - wd + 7) % 7);
        /* "next Friday", "last Friday" said on a Friday: a week away */
        if (next && delta == 0)
            delta = 7;
        if (delta == 0 && i > 0 && afs_tok_is_ci(t, i - 1, "last"))
            delta = -7;
        out->date = format_days(x->arena, pub + delta);
    }
    return true;
}

/* A day of the month just before the month's name, no part of a time
 * found before it: "17 November". */
static bool day_before_month(const extraction *x, size_t i)
{
    const afs_text *t = x->text;
    return number_at(t, i - 1, 1, 31) && afs_tok_len(t, i - 1) <= 4 &&
           t->tokens[i - 1].end + 1 == t->tokens[i].start &&
           (!x->times.n || x->times.v[x->times.n - 1].last < i - 1);
}

static bool match_month(const extraction *x, const publication *when, size_t i,
                        const char *v, match *out)
{
    const afs_text *t = x->text;
    if (!v || strncmp(v, "month:", 6) != 0)
        return false;
    int month = atoi(v + 6);
    int day = number_at(t, i + 1, 1, 31);
    /* "17 November", "on 10 November 2004": the day first */
    size_t at = i;
    if (!day && i > x->body_first && day_before_month(x, i)) {
        day = number_at(t, i - 1, 1, 31);
        at = i - 1;
    }
    size_t last = i + 1 + (day != 0 && at == i);
    size_t year_tok = last;
    if (day && (afs_tok_is(t, last, ",")))
        year_tok = last + 1;
    int year = number_at(t, year_tok, 1000, 2999);
    if (year)
        last = year_tok + 1;
    bool preposition =
        at > 0 && word_is_any(t, at - 1,
                              (const char *const[]){"in", "on", "since", "by",
                                                    "late", "early", "mid",
                                                    "until", "from", NULL});
    /* "may" and "march" are verbs too: want a day, a year or "in"; or, for
     * the other months, a capital inside the sentence ("an October news
     * conference") */
    bool named = (t->tokens[i].flags & AFS_TF_CAPITAL) &&
                 !(t->tokens[i].flags & AFS_TF_SENT_START) && month != 3 &&
                 month != 5;
    if (!day && !year && !preposition && !named)
        return false;
    out->first = preposition ? at - 1 : at;
    out->last = last;
    if (!when->known && !year)
        return true;
    afs_date pub = afs_date_from_days(when->known ? when->days : 0);
    int y = year;
    if (!y) /* the last such month, or the next when the text looks ahead */
        y = looks_ahead(t, out->first) ? pub.year + (month < pub.month)
                                       : pub.year - (month > pub.month);
    if (day && afs_date_valid(y, month, day)) {
        out->date = format_days(x->arena, days_of(y, month, day));
    } else if (!day) {
        long first = days_of(y, month, 1);
        long last = days_of(y, month, afs_date_month_days(y, month));
        if (out->first < at && afs_tok_is_ci(t, out->first, "late"))
            first = days_of(y, month, 21);
        else if (out->first < at && afs_tok_is_ci(t, out->first, "early"))
            last = days_of(y, month, 10);
        set_range(x, out, first, last);
    }
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
    int year = number_at(t, i, 1800, 2199);
    set_range(x, out, days_of(year, 1, 1), days_of(year, 12, 31));
    return true;
}

/* The first month of a season word (Northern, meteorological), or 0. */
static int season_start(const afs_text *t, size_t i)
{
    if (afs_tok_is_ci(t, i, "spring"))
        return 3;
    if (afs_tok_is_ci(t, i, "summer"))
        return 6;
    if (afs_tok_is_ci(t, i, "autumn") || afs_tok_is_ci(t, i, "fall"))
        return 9;
    if (afs_tok_is_ci(t, i, "winter"))
        return 12;
    return 0;
}

/* The three months of a season starting in month start of year y. */
static void season_range(long *first, long *last, int y, int start)
{
    int end_year = y + (start + 2 > 12), end_month = (start + 1) % 12 + 1;
    *first = days_of(y, start, 1);
    *last =
        days_of(end_year, end_month, afs_date_month_days(end_year, end_month));
}

/* "last week", "this month", "next year", "next spring": offset is -1, 0
 * or 1 from the publication's own; false for a unit without a range. */
static bool unit_range(long pub, int offset, const afs_text *t, size_t unit,
                       long *first, long *last)
{
    afs_date d = afs_date_from_days(pub);
    int start = season_start(t, unit);
    if (afs_tok_is_ci(t, unit, "week") || afs_tok_is_ci(t, unit, "weekend")) {
        long monday = pub - (afs_date_weekday(pub) - 1) + 7L * offset;
        bool weekend = afs_tok_is_ci(t, unit, "weekend");
        *first = monday + (weekend ? 5 : 0);
        *last = monday + 6;
    } else if (afs_tok_is_ci(t, unit, "month")) {
        int m = d.month + offset, y = d.year;
        if (m < 1) {
            m += 12;
            y--;
        } else if (m > 12) {
            m -= 12;
            y++;
        }
        *first = days_of(y, m, 1);
        *last = days_of(y, m, afs_date_month_days(y, m));
    } else if (afs_tok_is_ci(t, unit, "year")) {
        *first = days_of(d.year + offset, 1, 1);
        *last = days_of(d.year + offset, 12, 31);
    } else if (start) {
        /* the season under way or next (this), the one after it (next),
         * the last one over (last) */
        int y = d.year - (start == 12 && d.month <= 2);
        season_range(first, last, y, start);
        if (*last < pub && offset >= 0)
            season_range(first, last, ++y, start);
        if (offset > 0 && *first <= pub)
            season_range(first, last, ++y, start);
        if (offset < 0) {
            while (*last >= pub)
                season_range(first, last, --y, start);
        }
    } else {
        return false;
    }
    return true;
}

/* The first day of the month nearest to day: "late last year" starts
 * on the 1st of September, not on the 2nd. */
static long nearest_month_start(long day)
{
    afs_date d = afs_date_from_days(day);
    long start = days_of(d.year, d.month, 1);
    return d.day <= 15 ? start : start + afs_date_month_days(d.year, d.month);
}

/* "late last year": the last third of the range, "early": the first;
 * a range of months in whole months. */
static void narrow_range(const afs_text *t, size_t edge, long *first,
                         long *last)
{
    long third = (*last - *first + 1) / 3;
    bool months = third >= 28;
    if (afs_tok_is_ci(t, edge, "late")) {
        long from = *last - third + 1;
        *first = months ? nearest_month_start(from) : from;
    } else if (afs_tok_is_ci(t, edge, "early")) {
        long after = *first + third;
        *last = (months ? nearest_month_start(after) : after) - 1;
    }
}

static uint32_t load4(const char *s)
{
    uint32_t w;
    memcpy(&w, s, sizeof w);
    return w;
}

/* Token i is "last", "this", "next" or "past" in any case: its four
 * bytes with the case bit set, one load and no loop over the letters. */
static inline bool is_deictic_at(const char *s);

static inline bool is_deictic(const afs_text *t, size_t i)
{
    return afs_tok_len(t, i) == 4 && is_deictic_at(afs_tok_str(t, i));
}

/* "last night", "this month", "next year", "late last year", "today",
 * "recently", "next spring". */
static bool match_relative(const extraction *x, const publication *when,
                           size_t i, const char *v, match *out)
{
    const afs_text *t = x->text;
    static const char *const units[] = {
        "year",    "month",   "week",      "weekend", "night",
        "morning", "evening", "afternoon", "season",  "spring",
        "summer",  "autumn",  "fall",      "winter",  NULL};
    size_t first = i, last = i + 1;
    bool known = when->known, range = false;
    long pub = when->days, r_first = 0, r_last = 0;
    if (v && strncmp(v, "rel:", 4) == 0) {
        if (known && strcmp(v + 4, "?") != 0)
            out->date = format_days(x->arena, pub + atoi(v + 4));
    } else if (is_deictic(t, i) && word_is_any(t, i + 1, units)) {
        last = i + 2;
        int offset = afs_tok_is_ci(t, i, "next")   ? 1
                     : afs_tok_is_ci(t, i, "this") ? 0
                                                   : -1;
        if (known && word_is_any(t, i + 1, part_of_day))
            out->date = format_days(x->arena, pub + offset);
        else if (known)
            range = unit_range(pub, offset, t, i + 1, &r_first, &r_last);
    } else if (v && strncmp(v, "season:", 7) == 0) {
        /* a bare season only as a time: "planned for spring" */
        if (i == 0 || !word_is_any(t, i - 1,
                                   (const char *const[]){"for", "in", "by",
                                                         "until", NULL}))
            return false;
        range = known && unit_range(pub, 0, t, i, &r_first, &r_last);
    } else {
        return false;
    }
    if (first > 0 &&
        word_is_any(
            t, first - 1,
            (const char *const[]){"late", "early", "earlier", "later", NULL}))
        first--;
    if (range) {
        narrow_range(t, first, &r_first, &r_last);
        set_range(x, out, r_first, r_last);
    }
    out->first = first;
    out->last = last;
    return true;
}

/* How many a count word or number at i says ("two", "a", "3"), or 0. */
static int count_at(const afs_text *t, size_t i)
{
    static const char *const words[] = {"a",    "an",   "one", "two",   "three",
                                        "four", "five", "six", "seven", "eight",
                                        "nine", "ten",  NULL};
    for (int k = 0; words[k]; k++)
        if (afs_tok_is_ci(t, i, words[k]))
            return k < 2 ? 1 : k - 1;
    return number_at(t, i, 1, 99);
}

/* "two days ago", "a year ago", "three weeks later", "months earlier",
 * found at the unit (a time word, so most tokens cost nothing): a
 * distance from the publication date (ago) or from the time told before
 * (later, earlier). Only "N days/weeks ago" gets a date. */
static bool match_distance(const extraction *x, const publication *when,
                           size_t i, const char *v, match *out)
{
    const afs_text *t = x->text;
    static const char *const ends[] = {"ago", "later", "earlier", NULL};
    if (!v || strcmp(v, "unit") != 0 || !word_is_any(t, i + 1, ends))
        return false;
    /* the count before the unit is no part of a time found before */
    bool free_before = i > x->body_first &&
                       (!x->times.n || x->times.v[x->times.n - 1].last < i);
    int n = free_before ? count_at(t, i - 1) : 0;
    bool ago = afs_tok_is_ci(t, i + 1, "ago");
    if (!n && ago)
        return false;
    out->first = n ? i - 1 : i;
    out->last = i + 2;
    if (n && out->first > x->body_first &&
        (!x->times.n || x->times.v[x->times.n - 1].last < out->first) &&
        word_is_any(
            t, out->first - 1,
            (const char *const[]){"nearly", "about", "almost", "some", NULL}))
        out->first--;
    if (when->known && n && ago) {
        char u = afs_ascii_lower(*afs_tok_str(t, i));
        if (u == 'd')
            out->date = format_days(x->arena, when->days - n);
        else if (u == 'w')
            out->date = format_days(x->arena, when->days - 7L * n);
    }
    return true;
}

/* How many days a plural unit spans in "the coming weeks", or 0. */
static int vague_unit_days(const afs_text *t, size_t i)
{
    static const char *const units[] = {"days", "weeks", "months", "years",
                                        NULL};
    static const int days[] = {7, 28, 180, 3 * 365};
    for (int k = 0; units[k]; k++)
        if (afs_tok_is_ci(t, i, units[k]))
            return days[k];
    return 0;
}

/* "in the coming weeks", "over the last few days", "in recent months":
 * a stretch before or after the publication date, found at the unit. */
static bool match_vague_span(const extraction *x, const publication *when,
                             size_t i, const char *v, match *out)
{
    const afs_text *t = x->text;
    static const char *const ahead[] = {"coming", "next", NULL};
    static const char *const behind[] = {"past", "last", "recent", NULL};
    static const char *const openers[] = {"in",     "over", "within",
                                          "during", "for",  NULL};
    if (!v || v[0] != 'u' || strcmp(v, "unit") != 0)
        return false;
    int days = vague_unit_days(t, i);
    size_t floor = x->times.n ? x->times.v[x->times.n - 1].last : 0;
    if (floor < x->body_first)
        floor = x->body_first;
    size_t k = i;
    if (!days || k < floor + 2)
        return false;
    if (word_is_any(t, k - 1, (const char *const[]){"few", "several", NULL}))
        k--;
    bool future = word_is_any(t, k - 1, ahead);
    if (k <= floor + 1 || (!future && !word_is_any(t, k - 1, behind)))
        return false;
    k--;
    bool recent = afs_tok_is_ci(t, k, "recent");
    if (k > floor && afs_tok_is_ci(t, k - 1, "the"))
        k--;
    else if (!recent)
        return false;
    if (k > floor && word_is_any(t, k - 1, openers))
        k--;
    out->first = k;
    out->last = i + 1;
    if (when->known)
        set_range(x, out, future ? when->days + 1 : when->days - days,
                  future ? when->days + days : when->days);
    return true;
}

/* "on the 29th": a day of the month, the last such day on or before the
 * publication date. Found at the number. */
static bool match_ordinal_day(const extraction *x, const publication *when,
                              size_t i, match *out)
{
    const afs_text *t = x->text;
    if (t->tokens[i].kind != AFS_TOK_NUMBER || i <= x->body_first ||
        !afs_tok_is_ci(t, i - 1, "the") ||
        (x->times.n && x->times.v[x->times.n - 1].last >= i))
        return false;
    const char *s = afs_tok_str(t, i);
    size_t n = afs_tok_len(t, i), digits = 0;
    int day = 0;
    while (digits < n && digits < 3 && s[digits] >= '0' && s[digits] <= '9')
        day = day * 10 + (s[digits++] - '0');
    static const char *const suffixes[] = {"st", "nd", "rd", "th"};
    bool ordinal = false;
    for (size_t k = 0; k < 4 && digits + 2 == n; k++)
        ordinal |= afs_ascii_lower(s[digits]) == suffixes[k][0] &&
                   afs_ascii_lower(s[digits + 1]) == suffixes[k][1];
    if (!ordinal || day < 1 || day > 31)
        return false;
    out->first = i - 1;
    if (i - 1 > x->body_first && afs_tok_is_ci(t, i - 2, "on"))
        out->first = i - 2;
    out->last = i + 1;
    if (when->known) {
        afs_date pub = afs_date_from_days(when->days);
        int y = pub.year, m = pub.month;
        if (day > pub.day) {
            m = m == 1 ? 12 : m - 1;
            y -= pub.month == 1;
        }
        if (afs_date_valid(y, m, day))
            out->date = format_days(x->arena, days_of(y, m, day));
    }
    return true;
}

static void push_time(extraction *x, const match *m)
{
    time_expr *te = VEC_PUSH(x->arena, x->times);
    te->first = m->first;
    te->last = m->last;
    te->text = token_span_text(x, m->first, m->last);
    te->date = m->date;
    te->end = m->end;
}

/* "in the second period", "17:46 into the third period", "late in the
 * first half": a time on a game's clock, found at the unit; no date. */
static bool match_game_time(const extraction *x, size_t i, match *out)
{
    const afs_text *t = x->text;
    static const char *const units[] = {"period", "half",    "quarter",
                                        "inning", "innings", NULL};
    static const char *const ordinals[] = {
        "first",  "second", "third", "fourth",  "fifth",   "sixth", "seventh",
        "eighth", "ninth",  "final", "opening", "closing", NULL};
    size_t floor = x->times.n ? x->times.v[x->times.n - 1].last : 0;
    if (floor < x->body_first)
        floor = x->body_first;
    if (i < floor + 2 || !afs_tok_is_one_of_ci(t, i, units) ||
        !afs_tok_is_one_of_ci(t, i - 1, ordinals) ||
        !afs_tok_is_ci(t, i - 2, "the"))
        return false;
    size_t k = i - 2;
    static const char *const openers[] = {"in", "into", "during", NULL};
    if (k > floor && afs_tok_is_one_of_ci(t, k - 1, openers)) {
        k--;
        /* "17:46 into the third period", "late in the first half" */
        if (k > floor && (t->tokens[k - 1].kind == AFS_TOK_NUMBER ||
                          afs_tok_is_ci(t, k - 1, "late") ||
                          afs_tok_is_ci(t, k - 1, "early")))
            k--;
    }
    out->first = k;
    out->last = i + 1;
    return true;
}

/* The units match_game_time looks for ("period", "inning", "quarter",
 * "half") by length, first and last letter of s[0, n): a cheap test for
 * the words that are no time word. */
static inline bool may_be_game_unit_at(const char *s, size_t n)
{
    unsigned first = (unsigned char)s[0] | 0x20;
    unsigned last = (unsigned char)s[n - 1] | 0x20;
    if (n == 6)
        return (first == 'p' && last == 'd') || (first == 'i' && last == 'g');
    return (n == 7 && first == 'q' && last == 'r') ||
           (n == 4 && first == 'h' && last == 'f');
}

static inline bool may_be_game_unit(const afs_text *t, size_t i, size_t n)
{
    return may_be_game_unit_at(afs_tok_str(t, i), n);
}

/* s[0, 4) is "last", "this", "next" or "past" in any case. */
static inline bool is_deictic_at(const char *s)
{
    uint32_t w = load4(s) | load4("    ");
    return w == load4("last") || w == load4("this") || w == load4("next") ||
           w == load4("past");
}

/* Token k of the text whose clean bytes are clean may start a time: a
 * number, a word a lexicon calls a time word (or one with a full stop,
 * which the lexicon may know without it), a deictic or a game's unit.
 * Those last are four, six or seven bytes long: one test of a mask
 * rules out the other lengths. */
static inline bool may_start_time(const char *clean, const afs_token *k)
{
    if (k->kind != AFS_TOK_WORD)
        return k->kind == AFS_TOK_NUMBER;
    if ((k->lex.keys | k->lower.keys) >> AFS_LEX_TIME_WORDS & 1)
        return true;
    uint32_t end = k->end, n = end - k->start;
    if (clean[end - 1] == '.')
        return true;
    if (n > 7 || !((1u << 4 | 1u << 6 | 1u << 7) >> n & 1))
        return false;
    const char *s = clean + k->start;
    return (n == 4 && is_deictic_at(s)) || may_be_game_unit_at(s, n);
}

/* The first token at or after i that may start a time, or the token
 * count: a pointer walk, one test of most tokens. */
static size_t next_time_start(const afs_text *t, size_t i)
{
    const char *clean = t->clean;
    const afs_token *k = t->tokens + i, *end = t->tokens + t->token_count;
    while (k < end && !may_start_time(clean, k))
        k++;
    return (size_t)(k - t->tokens);
}

/* The matchers that may start at token i, by its kind: a number starts
 * only a year or an ordinal day, a word no lexicon calls a time word only
 * a deictic ("last week") or a game's time. */
static bool match_at(extraction *x, const publication *when, size_t i, match *m)
{
    const afs_text *t = x->text;
    const afs_token *k = &t->tokens[i];
    *m = (match){0};
    if (k->kind == AFS_TOK_NUMBER)
        return match_year(x, i, m) || match_ordinal_day(x, when, i, m);
    const char *v = time_word(t, i); /* once: each matcher wants it */
    size_t n = k->end - k->start;
    if (!v)
        return (is_deictic(t, i) && match_relative(x, when, i, NULL, m)) ||
               (may_be_game_unit(t, i, n) && match_game_time(x, i, m));
    return match_weekday(x, when, i, v, m) || match_month(x, when, i, v, m) ||
           match_relative(x, when, i, v, m) ||
           match_distance(x, when, i, v, m) ||
           match_vague_span(x, when, i, v, m) ||
           (may_be_game_unit(t, i, n) && match_game_time(x, i, m));
}

void find_times(extraction *x)
{
    const afs_text *t = x->text;
    publication when = publication_of(x);
    for (size_t i = next_time_start(t, x->body_first); i < t->token_count;) {
        match m;
        if (match_at(x, &when, i, &m)) {
            push_time(x, &m);
            i = next_time_start(t, m.last);
        } else {
            i = next_time_start(t, i + 1);
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
