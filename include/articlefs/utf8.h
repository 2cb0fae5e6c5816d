/* utf8.h - UTF-8 decoding and the code points that hide, for every layer.
 *
 * One decoder and one list: text cleaning, rendering, names and
 * attribute values all agree on what is UTF-8 and what is shown.
 *
 * Layer: core (docs/ARCHITECTURE.md). */
#ifndef ARTICLEFS_UTF8_H
#define ARTICLEFS_UTF8_H

#include <stdbool.h>
#include <stddef.h>

/* Length (1..4) of the UTF-8 sequence at s, of at most avail bytes, with
 * its code point in *cp; 0 when the bytes are not UTF-8: a stray or
 * missing continuation byte, an overlong form, a surrogate, or a code
 * point past U+10FFFF. */
size_t afs_utf8_decode(const unsigned char *s, size_t avail, unsigned *cp);

/* Code points that change how text shows without showing themselves, or
 * would confuse a terminal: C0 and C1 controls and DEL, the zero-width
 * space, bidi marks, overrides and isolates, the line and paragraph
 * separators, the invisible operators and the BOM. The zero-width
 * joiners (U+200C, U+200D) are not among them: scripts need them to
 * join letters, and they reorder nothing. */
bool afs_utf8_is_hidden(unsigned cp);

/* A copy of in of the same length (out has len + 1 bytes, NUL-ended):
 * bytes that are not UTF-8 become '?', control characters and hidden
 * code points spaces, except newlines; a CR becomes a newline unless one
 * follows it. Valid UTF-8 with byte offsets unchanged. */
void afs_utf8_clean(const char *in, size_t len, char *out);

/* The len bytes at s are UTF-8 (of any code points). */
bool afs_utf8_is_valid(const char *s, size_t len);
/* afs_utf8_clean would copy the len bytes at s unchanged: most texts,
 * which then need no clean copy. */
bool afs_utf8_is_clean(const char *s, size_t len);

#endif
