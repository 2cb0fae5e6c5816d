/* The calendar: proleptic Gregorian, days counted with H. Hinnant's
 * civil-from-days algorithms (exact for every year articlefs shows). */
#include "articlefs/date.h"

#include <stdio.h>

int afs_date_month_days(int year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return days[month - 1] + (month == 2 && leap);
}

bool afs_date_valid(int year, int month, int day)
{
    return year >= 1 && year <= 9999 && day >= 1 &&
           day <= afs_date_month_days(year, month);
}

/* The value of n ASCII digits at s, or -1. */
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

bool afs_date_parse(const char *s, size_t len, afs_date *out)
{
    if (!s || len != 10 || s[4] != '-' || s[7] != '-')
        return false;
    afs_date d = {digits(s, 4), digits(s + 5, 2), digits(s + 8, 2)};
    if (!afs_date_valid(d.year, d.month, d.day))
        return false;
    if (out)
        *out = d;
    return true;
}

long afs_date_to_days(afs_date d)
{
    long y = d.year - (d.month <= 2);
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5 + d.day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

afs_date afs_date_from_days(long z)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    afs_date d;
    d.day = (int)(doy - (153 * mp + 2) / 5 + 1);
    d.month = (int)(mp < 10 ? mp + 3 : mp - 9);
    d.year = (int)(yoe + era * 400 + (d.month <= 2));
    return d;
}

int afs_date_weekday(long days)
{
    return (int)(((days % 7) + 7 + 3) % 7) + 1; /* 1970-01-01 was a Thursday */
}

bool afs_date_format(afs_date d, char out[11])
{
    if (d.year < 1 || d.year > 9999)
        return false;
    if (d.month < 1 || d.month > 99 || d.day < 1 || d.day > 99) {
        snprintf(out, 11, "%04d-%02d-%02d", d.year, d.month, d.day);
        return true;
    }
    /* by hand: every dated time and event formats one, printf costs more
     * than all the rest of it */
    int digits[] = {d.year / 1000, d.year / 100 % 10, d.year / 10 % 10,
                    d.year % 10,   d.month / 10,      d.month % 10,
                    d.day / 10,    d.day % 10};
    static const int at[] = {0, 1, 2, 3, 5, 6, 8, 9};
    for (size_t i = 0; i < 8; i++)
        out[at[i]] = (char)('0' + digits[i]);
    out[4] = out[7] = '-';
    out[10] = '\0';
    return true;
}
