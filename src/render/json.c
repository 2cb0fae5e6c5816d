/* The JSON writer (json.h). Formatting follows jansson's dump.c, so the
 * files it makes are the ones json_dumps made before. */
#include "json.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "articlefs/utf8.h"

/* The sink gets the buffer when it holds this much: big enough that a
 * write costs little, small enough that a huge article never sits in
 * memory twice. */
#define JW_FLUSH_AT ((size_t)64 * 1024)

void jw_init(jw *w, bool pretty, afs_render_sink sink, void *context)
{
    memset(w, 0, sizeof *w);
    w->pretty = pretty;
    w->sink = sink;
    w->context = context;
}

/* Bytes that fit before the buffer must grow or go to the sink. */
static void jw_set_room(jw *w)
{
    size_t room = w->cap ? w->cap - 1 : 0;
    w->room = w->sink && room > JW_FLUSH_AT ? JW_FLUSH_AT : room;
}

static void jw_flush(jw *w)
{
    if (!w->sink || w->len == 0)
        return;
    if (!w->failed && w->sink(w->context, w->data, w->len) != 0)
        w->failed = true;
    w->len = 0;
}

static void jw_reserve(jw *w, size_t more)
{
    if (w->len + more + 1 <= w->cap)
        return;
    size_t cap = w->cap ? w->cap * 2 : 1024;
    while (cap < w->len + more + 1)
        cap *= 2;
    char *data = realloc(w->data, cap);
    if (!data) {
        fprintf(stderr, "articlefs: out of memory\n");
        abort();
    }
    w->data = data;
    w->cap = cap;
}

static void jw_put_slow(jw *w, const char *s, size_t n)
{
    if (w->sink && w->len + n > JW_FLUSH_AT)
        jw_flush(w);
    jw_reserve(w, n);
    jw_set_room(w);
    memcpy(w->data + w->len, s, n);
    w->len += n;
}

/* n <= 16 bytes in two moves that may overlap, none outside [s, s + n):
 * a memcpy of a length not known here is a call. */
static inline void copy_short(char *to, const char *s, size_t n)
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

/* Most pieces are a few bytes: the common case is one test and a copy. */
static inline void jw_put(jw *w, const char *s, size_t n)
{
    if (w->len + n > w->room) {
        jw_put_slow(w, s, n);
        return;
    }
    if (n <= 16)
        copy_short(w->data + w->len, s, n);
    else
        memcpy(w->data + w->len, s, n);
    w->len += n;
}

static inline void jw_byte(jw *w, char c)
{
    jw_put(w, &c, 1);
}

/* A newline and two spaces a level, as JSON_INDENT(2) lays it out. */
static void jw_newline(jw *w, unsigned depth)
{
    if (!w->pretty)
        return;
    static const char spaces[] = "                                ";
    jw_byte(w, '\n');
    for (size_t n = 2 * (size_t)depth; n > 0;) {
        size_t k = n < sizeof spaces - 1 ? n : sizeof spaces - 1;
        jw_put(w, spaces, k);
        n -= k;
    }
}

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
    jw_newline(w, w->depth);
}

static void jw_open(jw *w, char mark)
{
    jw_before_value(w);
    if (w->depth >= JW_MAX_DEPTH) {
        fprintf(stderr, "articlefs: JSON nested too deep\n");
        abort();
    }
    jw_byte(w, mark);
    w->has_items[w->depth++] = false;
}

static void jw_close(jw *w, char mark)
{
    bool had_items = w->has_items[--w->depth];
    if (had_items)
        jw_newline(w, w->depth);
    jw_byte(w, mark);
}

void jw_object_begin(jw *w)
{
    jw_open(w, '{');
}

void jw_object_end(jw *w)
{
    jw_close(w, '}');
}

void jw_array_begin(jw *w)
{
    jw_open(w, '[');
}

void jw_array_end(jw *w)
{
    jw_close(w, ']');
}

/* Bytes that go into a JSON string as they are. */
static bool is_plain(unsigned char c)
{
    return c >= 0x20 && c != '"' && c != '\\';
}

/* Eight bytes at s are all plain, tested at once: a byte below 0x20
 * borrows into its top bit when 0x20 is taken away, and a quote or a
 * backslash becomes 0 when xor-ed with it. */
static bool eight_plain(const char *s)
{
    const uint64_t ones = 0x0101010101010101u, tops = 0x8080808080808080u;
    uint64_t x;
    memcpy(&x, s, sizeof x);
    uint64_t quote = x ^ ('"' * ones), backslash = x ^ ('\\' * ones);
    uint64_t special = ((x - 0x20 * ones) & ~x) | ((quote - ones) & ~quote) |
                       ((backslash - ones) & ~backslash);
    return (special & tops) == 0;
}

static void jw_escaped(jw *w, const char *s, size_t n)
{
    static const char hex[] = "0123456789ABCDEF";
    jw_byte(w, '"');
    size_t i = 0;
    while (i < n) {
        size_t run = i;
        while (run + 8 <= n && eight_plain(s + run))
            run += 8;
        while (run < n && is_plain((unsigned char)s[run]))
            run++;
        jw_put(w, s + i, run - i);
        if (run == n)
            break;
        unsigned char c = (unsigned char)s[run];
        char esc[7] = {'\\', 0};
        size_t len = 2;
        switch (c) {
        case '"':
        case '\\':
            esc[1] = (char)c;
            break;
        case '\b':
            esc[1] = 'b';
            break;
        case '\f':
            esc[1] = 'f';
            break;
        case '\n':
            esc[1] = 'n';
            break;
        case '\r':
            esc[1] = 'r';
            break;
        case '\t':
            esc[1] = 't';
            break;
        default:
            memcpy(esc + 1, "u00", 3);
            esc[4] = hex[c >> 4];
            esc[5] = hex[c & 15];
            len = 6;
        }
        jw_put(w, esc, len);
        i = run + 1;
    }
    jw_byte(w, '"');
}

__attribute__((noinline)) static void jw_key_slow(jw *w, const char *key,
                                                  size_t len)
{
    jw_before_value(w);
    jw_byte(w, '"');
    jw_put(w, key, len);
    jw_put(w, w->pretty ? "\": " : "\":", w->pretty ? 3 : 2);
    w->after_key = true;
}

/* Most keys are short, inside an object, with room in the buffer: one
 * test and a few moves, the rest out of line. */
void jw_key_n(jw *w, const char *key, size_t len)
{
    if (w->pretty || w->after_key || w->depth == 0 || len > 16 ||
        w->len + len + 4 > w->room) {
        jw_key_slow(w, key, len);
        return;
    }
    char *to = w->data + w->len;
    bool *has_items = &w->has_items[w->depth - 1];
    if (*has_items)
        *to++ = ',';
    *has_items = true;
    to[0] = '"';
    copy_short(to + 1, key, len);
    to[len + 1] = '"';
    to[len + 2] = ':';
    w->len = (size_t)(to + len + 3 - w->data);
    w->after_key = true;
}

/* s[0, n) is printable ASCII with no quote or backslash, eight bytes a
 * step: most strings of an article, which go out as they are. */
static bool is_plain_ascii(const char *s, size_t n)
{
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t x;
        memcpy(&x, s + i, sizeof x);
        if ((x & 0x8080808080808080u) || !eight_plain(s + i))
            return false;
    }
    for (; i < n; i++)
        if ((unsigned char)s[i] >= 0x80 || !is_plain((unsigned char)s[i]))
            return false;
    return true;
}

void jw_string(jw *w, const char *s)
{
    if (!s) {
        jw_null(w);
        return;
    }
    jw_before_value(w);
    size_t n = strlen(s);
    if (is_plain_ascii(s, n)) { /* valid UTF-8, nothing to escape */
        jw_byte(w, '"');
        jw_put(w, s, n);
        jw_byte(w, '"');
        return;
    }
    if (afs_utf8_is_valid(s, n)) {
        jw_escaped(w, s, n);
        return;
    }
    /* jansson refuses such a string; render always wrote it cleaned */
    char *clean = malloc(n + 1);
    if (!clean) {
        fprintf(stderr, "articlefs: out of memory\n");
        abort();
    }
    afs_utf8_clean(s, n, clean);
    jw_escaped(w, clean, n);
    free(clean);
}

void jw_int(jw *w, long long v)
{
    /* two digits a division: offsets have four or five */
    static const char pairs[] = "00010203040506070809101112131415161718192021"
                                "22232425262728293031323334353637383940414243"
                                "44454647484950515253545556575859606162636465"
                                "66676869707172737475767778798081828384858687"
                                "888990919293949596979899";
    char digits[24];
    size_t k = sizeof digits;
    unsigned long long u =
        v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
    for (; u >= 100; u /= 100) {
        k -= 2;
        memcpy(digits + k, pairs + 2 * (u % 100), 2);
    }
    if (u >= 10) {
        k -= 2;
        memcpy(digits + k, pairs + 2 * u, 2);
    } else {
        digits[--k] = (char)('0' + u);
    }
    if (v < 0)
        digits[--k] = '-';
    jw_before_value(w);
    jw_put(w, digits + k, sizeof digits - k);
}

void jw_null(jw *w)
{
    jw_before_value(w);
    jw_put(w, "null", 4);
}

void jw_strings(jw *w, const char *const *v, size_t n)
{
    jw_array_begin(w);
    for (size_t i = 0; i < n; i++)
        jw_string(w, v[i]);
    jw_array_end(w);
}

int jw_finish(jw *w)
{
    jw_byte(w, '\n');
    jw_flush(w);
    free(w->data);
    w->data = NULL;
    w->len = w->cap = w->room = 0;
    return w->failed ? -1 : 0;
}

char *jw_take(jw *w, size_t *len)
{
    jw_byte(w, '\n');
    w->data[w->len] = '\0';
    *len = w->len;
    char *out = w->data;
    w->data = NULL;
    w->len = w->cap = w->room = 0;
    return out;
}
