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
#include <stdint.h>
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
/* Room for about bytes of output up front (without a sink): the buffer
 * is then allocated once, not grown by doubling copies. */
void jw_expect(jw *w, size_t bytes);
/* Ends the output with a newline, hands the rest to the sink and frees
 * the buffer: 0, or -1 when the sink failed at any point. */
int jw_finish(jw *w);
/* Without a sink: the output ended with a newline, NUL-terminated, as
 * one malloc'd buffer the caller frees; *len its length. */
char *jw_take(jw *w, size_t *len);

/* ---- the fast paths, inline: most of an article's JSON is keys, short
 * strings and offsets, each a few bytes, where a call cost as much as
 * the writing. The slow paths are in json.c. */

/* Bytes that fit before the buffer must grow or go to the sink (the
 * room for a NUL at the end kept). */
static inline bool jw_fits(const jw *w, size_t n)
{
    return w->len + n <= w->room;
}

void jw_put_slow(jw *w, const char *s, size_t n);

/* n <= 16 bytes in two moves that may overlap, none outside [s, s + n):
 * a memcpy of a length not known here is a call. */
static inline void jw_copy_short(char *to, const char *s, size_t n)
{
    if (n >= 8) {
        uint64_t head, tail;
        memcpy(&head, s, 8);
        memcpy(&tail, s + n - 8, 8);
        memcpy(to, &head, 8);
        memcpy(to + n - 8, &tail, 8);
    } else if (n >= 4) {
        uint32_t head, tail;
        memcpy(&head, s, 4);
        memcpy(&tail, s + n - 4, 4);
        memcpy(to, &head, 4);
        memcpy(to + n - 4, &tail, 4);
    } else if (n >= 2) {
        uint16_t head, tail;
        memcpy(&head, s, 2);
        memcpy(&tail, s + n - 2, 2);
        memcpy(to, &head, 2);
        memcpy(to + n - 2, &tail, 2);
    } else if (n) {
        to[0] = s[0];
    }
}

static inline void jw_put(jw *w, const char *s, size_t n)
{
    if (!jw_fits(w, n)) {
        jw_put_slow(w, s, n);
        return;
    }
    if (n <= 16)
        jw_copy_short(w->data + w->len, s, n);
    else
        memcpy(w->data + w->len, s, n);
    w->len += n;
}

static inline void jw_byte(jw *w, char c)
{
    if (!jw_fits(w, 1)) {
        jw_put_slow(w, &c, 1);
        return;
    }
    w->data[w->len++] = c;
}

/* The line and indent of an item in pretty output. */
void jw_newline(jw *w, unsigned depth);

/* What comes before a value: a comma after an earlier item, the line
 * and indent of the item in pretty output; nothing after a key. */
static inline void jw_before_value(jw *w)
{
    if (w->after_key) {
        w->after_key = false;
        return;
    }
    if (w->depth == 0)
        return;
    if (w->has_items[w->depth - 1])
        jw_byte(w, ',');
    w->has_items[w->depth - 1] = true;
    if (w->pretty)
        jw_newline(w, w->depth);
}

/* Ends the program: a bug in the caller. */
_Noreturn void jw_too_deep(void);

static inline void jw_open(jw *w, char mark)
{
    jw_before_value(w);
    if (w->depth >= JW_MAX_DEPTH)
        jw_too_deep();
    jw_byte(w, mark);
    w->has_items[w->depth++] = false;
}

static inline void jw_close(jw *w, char mark)
{
    bool had_items = w->has_items[--w->depth];
    if (had_items && w->pretty)
        jw_newline(w, w->depth);
    jw_byte(w, mark);
}

static inline void jw_object_begin(jw *w)
{
    jw_open(w, '{');
}

static inline void jw_object_end(jw *w)
{
    jw_close(w, '}');
}

static inline void jw_array_begin(jw *w)
{
    jw_open(w, '[');
}

static inline void jw_array_end(jw *w)
{
    jw_close(w, ']');
}

void jw_key_slow(jw *w, const char *key, size_t len);

/* The next value belongs to key[0..len) (nothing to escape). Most keys
 * are short, inside an object, with room in the buffer: one test and a
 * few moves. */
static inline void jw_key_n(jw *w, const char *key, size_t len)
{
    if (w->pretty || w->after_key || w->depth == 0 || len > 16 ||
        !jw_fits(w, len + 4)) {
        jw_key_slow(w, key, len);
        return;
    }
    char *to = w->data + w->len;
    bool *has_items = &w->has_items[w->depth - 1];
    if (*has_items)
        *to++ = ',';
    *has_items = true;
    to[0] = '"';
    jw_copy_short(to + 1, key, len);
    to[len + 1] = '"';
    to[len + 2] = ':';
    w->len = (size_t)(to + len + 3 - w->data);
    w->after_key = true;
}

/* The same for a NUL-terminated key: a literal's length is counted when
 * it compiles. */
static inline void jw_key(jw *w, const char *key)
{
    jw_key_n(w, key, strlen(key));
}

void jw_null(jw *w);

/* Sixteen bytes in one step of the compiler's vectors (SSE2 on x86-64). */
typedef unsigned char jw_bytes16 __attribute__((vector_size(16)));

/* 0xFF in each byte of v that is not printable ASCII, a quote or a
 * backslash. */
static inline jw_bytes16 jw_not_plain16(jw_bytes16 v)
{
    return (jw_bytes16)((v < 0x20) | (v >= 0x80) | (v == '"') | (v == '\\'));
}

static inline bool jw_any_byte(jw_bytes16 v)
{
    uint64_t halves[2];
    memcpy(halves, &v, sizeof halves);
    return (halves[0] | halves[1]) != 0;
}

/* s[0, n < 16) copied to to when it is all printable ASCII with no quote
 * or backslash; false, with to[0, n) garbage, when it is not. Copied
 * first and tested where it went, sixteen bytes at once: a test of s
 * itself could read no further than s[n - 1]. The sixteen bytes at to
 * must be the writer's (its slack), and are zeroed first so that the
 * test never reads memory nothing wrote; what is past n is masked off. */
static inline bool jw_copy_plain_short(char *to, const char *s, size_t n)
{
    static const unsigned char first_of_16[32] = {
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
    memset(to, 0, 16);
    jw_copy_short(to, s, n);
    jw_bytes16 v, keep;
    memcpy(&v, to, sizeof v);
    memcpy(&keep, first_of_16 + 16 - n, sizeof keep);
    return !jw_any_byte(jw_not_plain16(v) & keep);
}

/* s[0, n) as a string, what comes before a value written: the long,
 * escaped and unclean ones, and any that needs room. */
void jw_string_rest(jw *w, const char *s, size_t n);

/* A string, or null for NULL. Most are names and ids of a few words,
 * plain ASCII: written here, with no call but strlen's. */
static inline void jw_string(jw *w, const char *s)
{
    if (!s) {
        jw_null(w);
        return;
    }
    jw_before_value(w);
    size_t n = strlen(s);
    if (n < 16 && jw_fits(w, n + 2)) {
        char *to = w->data + w->len;
        if (jw_copy_plain_short(to + 1, s, n)) {
            to[0] = '"';
            to[n + 1] = '"';
            w->len += n + 2;
            return;
        }
    }
    jw_string_rest(w, s, n);
}
void jw_int(jw *w, long long v);
/* {key1: v1, key2: v2}, as the calls for it would write it: a span, much
 * of an article's JSON. */
void jw_int_pair_n(jw *w, const char *key1, size_t len1, long long v1,
                   const char *key2, size_t len2, long long v2);
static inline void jw_int_pair(jw *w, const char *key1, long long v1,
                               const char *key2, long long v2)
{
    jw_int_pair_n(w, key1, strlen(key1), v1, key2, strlen(key2), v2);
}
/* [{key1: start, key2: end}, ...] of spans[0, n), as the calls for each
 * pair would write it: most of an article's JSON is spans. Keys need no
 * escaping. */
void jw_span_array_n(jw *w, const char *key1, size_t len1, const char *key2,
                     size_t len2, const afs_span *spans, size_t n);
static inline void jw_span_array(jw *w, const char *key1, const char *key2,
                                 const afs_span *spans, size_t n)
{
    jw_span_array_n(w, key1, strlen(key1), key2, strlen(key2), spans, n);
}
void jw_strings_n(jw *w, const char *const *v, size_t n);
/* An array of strings. Most entities have no aliases and no roles: an
 * empty one costs no call. */
static inline void jw_strings(jw *w, const char *const *v, size_t n)
{
    if (n) {
        jw_strings_n(w, v, n);
        return;
    }
    jw_array_begin(w);
    jw_array_end(w);
}

#endif
