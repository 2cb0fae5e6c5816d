/* date.h - the one calendar of articlefs: YYYY-MM-DD dates (checked
 * against the real calendar, so 2025-02-31 is refused), day arithmetic
 * and weekdays. The -o date= option, an article's Date: line and the
 * time expressions of the text all go through it.
 *
 * Layer: core (docs/ARCHITECTURE.md). */
#ifndef ARTICLEFS_DATE_H
#define ARTICLEFS_DATE_H

#include <stdbool.h>
#include <stddef.h>

typedef struct afs_date {
    int year, month, day;
} afs_date;

/* Days in the month (1..12) of the year; 0 for a month out of range. */
int afs_date_month_days(int year, int month);
/* The day exists: year 1..9999, month 1..12, day within the month. */
bool afs_date_valid(int year, int month, int day);
/* Exactly len bytes "YYYY-MM-DD" naming a real day. */
bool afs_date_parse(const char *s, size_t len, afs_date *out);
/* Days since 1970-01-01 (negative before). */
long afs_date_to_days(afs_date d);
afs_date afs_date_from_days(long days);
/* 1 = Monday .. 7 = Sunday (ISO 8601). */
int afs_date_weekday(long days);
/* "YYYY-MM-DD" and a NUL into out; false when the year is not 1..9999. */
bool afs_date_format(afs_date d, char out[11]);

#endif
