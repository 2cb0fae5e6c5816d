/* json.h - a JSON writer for render: values go straight into a byte
 * buffer, with no tree of objects in between.
 *
 * The output is byte for byte what jansson's json_dumps gives with
 * JSON_PRESERVE_ORDER and JSON_INDENT(2) (pretty) or JSON_COMPACT: keys
 * in the order written, "\u001F" for control characters, a string that is
 * not UTF-8 written as afs_utf8_clean makes it. With a sink the buffer
 * is handed on whenever it holds a few tens of kilobytes, so an article of
 * any size streams out in bounded memory; without one it grows and the
 * caller takes it (jw_take). */
#ifndef ARTICLEFS_RENDER_JSON_H
#define ARTICLEFS_RENDER_JSON_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "articlefs/render.h"

/* Deeper containers than this are a bug in the caller, not in input. */
#define JW_MAX_DEPTH 32

typedef struct jw {
    char *data;
    size_t len, cap;
    size_t room;          /* len may grow to this before a check */
    afs_render_sink sink; /* NULL: keep everything in data */
    void *context;
    bool failed; /* the sink refused: later output is dropped */
    bool pretty;
    bool after_key;
    unsigned depth;
    bool has_items[JW_MAX_DEPTH]; /* per open container */
} jw;

/* A writer into its own buffer (sink NULL) or streaming to sink. */
void jw_init(jw *w, bool pretty, afs_render_sink sink, void *context);
/* Ends the output with a newline, hands the rest to the sink and frees
 * the buffer: 0, or -1 when the sink failed at any point. */
int jw_finish(jw *w);
/* Without a sink: the output ended with a newline, NUL-terminated, as
 * one malloc'd buffer the caller frees; *len its length. */
char *jw_take(jw *w, size_t *len);

void jw_object_begin(jw *w);
void jw_object_end(jw *w);
void jw_array_begin(jw *w);
void jw_array_end(jw *w);
/* The next value belongs to key[0..len) (ASCII, nothing to escape). */
void jw_key_n(jw *w, const char *key, size_t len);
/* The same for a NUL-terminated key: inline, so a literal's length is
 * counted when it compiles. */
static inline void jw_key(jw *w, const char *key)
{
    jw_key_n(w, key, strlen(key));
}
/* A string, or null for NULL. */
void jw_string(jw *w, const char *s);
void jw_int(jw *w, long long v);
void jw_null(jw *w);
/* An array of strings. */
void jw_strings(jw *w, const char *const *v, size_t n);

#endif
