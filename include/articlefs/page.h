/* page.h - source formats: plain text, web pages, either gzip-compressed.
 *
 * The loading layer turns a file into the text the extractor reads and the
 * metadata a page carries. For a web page the text is the article found in
 * it, one paragraph a line, the headline on the first line; nothing below
 * the loader knows the text came from a page.
 *
 * Layer: load (docs/ARCHITECTURE.md). */
#ifndef ARTICLEFS_PAGE_H
#define ARTICLEFS_PAGE_H

#include <stdbool.h>
#include <stddef.h>

enum afs_format { AFS_FORMAT_TEXT, AFS_FORMAT_HTML };

/* By name (.html, .htm, .xhtml, with or without .gz) or, failing that,
 * by content that starts like HTML. bytes are already decompressed. */
enum afs_format afs_format_detect(const char *name, const char *bytes,
                                  size_t len);

/* True for a name the loader reads from a folder: .txt, .md, .text,
 * .html, .htm, .xhtml, each optionally followed by .gz. */
bool afs_format_known_name(const char *name);

/* True when the bytes start with the gzip magic. */
bool afs_format_is_gzip(const char *bytes, size_t len);

/* Inflates a gzip stream (several members allowed) into malloc'd memory,
 * NUL-terminated; at most limit bytes out (0: no limit). NULL with a
 * reason in err on a corrupt stream, or one that inflates past limit. */
char *afs_gunzip(const char *bytes, size_t len, size_t limit, size_t *out_len,
                 char *err, size_t err_size);

/* What a page gives: every string is malloc'd, UTF-8, or NULL. */
typedef struct afs_page {
    char *text; /* headline line, then the article's paragraphs */
    size_t text_len;
    char *title;
    char *date; /* YYYY-MM-DD */
    char *site;
    char *url;
    char **authors;
    size_t author_count;
} afs_page;

/* Finds the article and the metadata in a page of any character set.
 * Returns 0, or -1 with a reason in err when the bytes are no page at
 * all (the parser built nothing). A page without an article gives its
 * headline and an empty body. */
int afs_page_read(const char *html, size_t len, afs_page *page, char *err,
                  size_t err_size);
void afs_page_free(afs_page *page);

#endif
