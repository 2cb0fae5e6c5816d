/* extract.h - plain text in, entity model out.
 *
 * All of extraction: segmentation, names, classification, coreference,
 * quotes and speakers, events and dates. It never fails on content: any
 * bytes give a (possibly empty) article.
 *
 * Layer: extract (docs/ARCHITECTURE.md). */
#ifndef ARTICLEFS_EXTRACT_H
#define ARTICLEFS_EXTRACT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "articlefs/model.h"

typedef struct afs_extract_options {
    const char *date;        /* publication date YYYY-MM-DD, or NULL */
    const char *source_name; /* shown in README and summary, or NULL */
    /* Working memory, or NULL for a fresh arena each time. The caller
     * resets it between articles (see afs_arena_reset). */
    afs_arena *scratch;
    /* Where the model's memory comes from, or NULL for malloc: a pool
     * when many articles are extracted at once (see afs_page_pool). */
    afs_page_pool *pages;
    /* The bytes come from malloc with a NUL after them: the model takes
     * them over (and frees them) instead of copying them. */
    bool adopt_bytes;
    /* What the source said about itself (a web page's metadata), all
     * NULL for plain text: the title wins over the first line's. */
    const char *title;
    const char *const *authors;
    size_t author_count;
    const char *site;
    const char *url;
    const char *original; /* copied into the article when not NULL */
    /* Where extraction writes the evidence it weighs (a line a name), for
     * tools/fit-org-evidence; NULL for none. */
    FILE *evidence;
    size_t original_len;
} afs_extract_options;

/* Builds the model of one article. The bytes are copied (or adopted). */
afs_article *afs_extract(const char *bytes, size_t len,
                         const afs_extract_options *options);

#endif
