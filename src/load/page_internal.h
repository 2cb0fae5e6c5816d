/* page_internal.h - the parts of the web-page reader (load layer only). */
#ifndef ARTICLEFS_PAGE_INTERNAL_H
#define ARTICLEFS_PAGE_INTERNAL_H

#include <libxml/HTMLparser.h>
#include <stdbool.h>
#include <stddef.h>

#include "articlefs/page.h"

/* The page as UTF-8 (malloc'd, NUL-terminated): the character set comes
 * from a byte-order mark, then a <meta charset> or XML declaration in the
 * first bytes, then a guess (valid UTF-8, else windows-1252). Bytes that
 * do not decode become U+FFFD. */
char *afs_page_to_utf8(const char *bytes, size_t len, size_t *out_len);

/* A growing NUL-terminated string; abort()s when memory runs out. */
typedef struct afs_buf {
    char *s;
    size_t len, cap;
} afs_buf;
void afs_buf_add(afs_buf *b, const char *s, size_t n);
void afs_buf_addc(afs_buf *b, char c);
/* Room for cap bytes in all. */
void afs_buf_reserve(afs_buf *b, size_t cap);

/* Appends s with runs of white space (and no-break spaces) as one space. */
void afs_buf_add_collapsed(afs_buf *b, const char *s);

/* The attribute's value (NULL when absent); the caller xmlFree()s it. */
char *afs_attr(xmlNode *node, const char *name);

/* Lower-case tag name of an element, "" for other nodes. */
const char *afs_tag(const xmlNode *node);

/* Title, date, authors, site and URL from <meta>, <link>, JSON-LD,
 * microdata, <time> and the URL. */
void afs_page_metadata(xmlDoc *doc, afs_page *page);

/* "2019-11-19T10:00:00Z", "Nov. 19, 2019", "19 November 2019",
 * "/2019/11/19/" -> "2019-11-19" (malloc'd), or NULL. */
char *afs_parse_date(const char *s);

#endif
