/* The JSON writer (json.h). Formatting follows jansson's dump.c, so the
 * files it makes are the ones json_dumps made before. */
#include "json.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "articlefs/fold.h"
#include "articlefs/utf8.h"

/* The sink gets the buffer when it holds this much: big enough that a
 * write costs little, small enough that a huge article never sits in
 * memory twice. */
#define JW_FLUSH_AT ((size_t)64 * 1024)

/* Bytes past what may be written that the fast paths may still touch: a
 * short string is copied and then tested sixteen bytes at once, a
 * number written eight digits at once, without a test of its length. */
#define JW_SLACK 16

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
    size_t room = w->cap ? w->cap - 1 - JW_SLACK : 0;
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
    size_t need = w->len + more + 1 + JW_SLACK;
    if (need <= w->cap)
        return;
    size_t cap = w->cap ? w->cap * 2 : 1024;
    while (cap < need)
        cap *= 2;
    char *data = realloc(w->data, cap);
    if (!data) {
        fprintf(stderr, "articlefs: out of memory\n");
        abort();
    }
    w->data = data;
    w->cap = cap;
}

/* Room for n more bytes, what the buffer holds handed to the sink first
 * when they would take it past JW_FLUSH_AT. */
static void jw_make_room(jw *w, size_t n)
{
    if (w->sink && w->len + n > JW_FLUSH_AT)
        jw_flush(w);
    jw_reserve(w, n);
    jw_set_room(w);
}

void jw_expect(jw *w, size_t bytes)
{
    if (!w->sink)
        jw_make_room(w, bytes);
}

void jw_put_slow(jw *w, const char *s, size_t n)
{
    jw_make_room(w, n);
    memcpy(w->data + w->len, s, n);
    w->len += n;
}

/* A newline and two spaces a level, as JSON_INDENT(2) lays it out. */
void jw_newline(jw *w, unsigned depth)
{
    static const char spaces[] = "                                ";
    jw_byte(w, '\n');
    for (size_t n = 2 * (size_t)depth; n > 0;) {
        size_t k = n < sizeof spaces - 1 ? n : sizeof spaces - 1;
        jw_put(w, spaces, k);
        n -= k;
    }
}

void jw_too_deep(void)
{
    fprintf(stderr, "articlefs: JSON nested too deep\n");
    abort();
}

/* Bytes that go into a JSON string as they are. */
static bool is_plain(unsigned char c)
{
    return c >= 0x20 && c != '"' && c != '\\';
}

/* The top bit of each byte of x that a JSON string cannot take as it is
 * (a byte below 0x20, a quote, a backslash), and maybe of bytes after
 * one of those: a byte below 0x20 borrows into its top bit when 0x20 is
 * taken away, and a quote or a backslash becomes 0 when xor-ed with it
 * (a borrow only runs on upwards). */
static uint64_t special8(uint64_t x)
{
    const uint64_t ones = 0x0101010101010101u, tops = 0x8080808080808080u;
    uint64_t quote = x ^ ('"' * ones), backslash = x ^ ('\\' * ones);
    uint64_t special = ((x - 0x20 * ones) & ~x) | ((quote - ones) & ~quote) |
                       ((backslash - ones) & ~backslash);
    return special & tops;
}

static uint64_t load8(const char *s)
{
    uint64_t x;
    memcpy(&x, s, sizeof x);
    return x;
}

/* Eight bytes at s are all plain. */
static bool eight_plain(const char *s)
{
    return special8(load8(s)) == 0;
}

static bool plain_ascii16(const char *s)
{
    jw_bytes16 v;
    memcpy(&v, s, sizeof v);
    return !jw_any_byte(jw_not_plain16(v));
}

/* The n >= 16 bytes at s are printable ASCII with no quote or
 * backslash (most strings of an article, which go out as they are),
 * sixteen a step, the last step overlapping the one before. */
static bool plain_ascii(const char *s, size_t n)
{
    for (size_t i = 0; i + 16 < n; i += 16)
        if (!plain_ascii16(s + i))
            return false;
    return plain_ascii16(s + n - 16);
}

/* s[0, n) copied to to when it is all plain ASCII; false, with to[0, n)
 * garbage, when it is not. A short string is copied first and tested
 * where it went: a test of s itself could read no further than
 * s[n - 1]. The bytes after it are zeroed first, so that the test never
 * reads memory nothing wrote. */
static bool copy_plain_ascii(char *to, const char *s, size_t n)
{
    if (n >= 16) {
        memcpy(to, s, n);
        return plain_ascii(to, n);
    }
    return jw_copy_plain_short(to, s, n);
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

void jw_key_slow(jw *w, const char *key, size_t len)
{
    jw_before_value(w);
    jw_byte(w, '"');
    jw_put(w, key, len);
    jw_put(w, w->pretty ? "\": " : "\":", w->pretty ? 3 : 2);
    w->after_key = true;
}

/* A string that is not plain ASCII: escaped, or cleaned first when it
 * is not UTF-8. Apart, so that the common case pays for no registers it
 * needs. */
__attribute__((noinline)) static void jw_string_slow(jw *w, const char *s,
                                                     size_t n)
{
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

void jw_string_rest(jw *w, const char *s, size_t n)
{
    if (!jw_fits(w, n + 2))
        jw_make_room(w, n + 2);
    if (jw_fits(w, n + 2)) {
        char *to = w->data + w->len;
        if (copy_plain_ascii(to + 1, s, n)) {
            to[0] = '"';
            to[n + 1] = '"';
            w->len += n + 2;
            return;
        }
    }
    jw_string_slow(w, s, n);
}

/* Bytes a number takes at most: 20 digits and a sign. */
#define JW_INT_MAX 21

/* Digits of u, from its bit length (log10 2 is about 1233 / 4096) and
 * one comparison, not a loop over powers of ten. u | 1 has as many as
 * u, and a bit length of at least one. */
static size_t decimal_length(unsigned long long u)
{
    static const unsigned long long powers[20] = {
        1ull,
        10ull,
        100ull,
        1000ull,
        10000ull,
        100000ull,
        1000000ull,
        10000000ull,
        100000000ull,
        1000000000ull,
        10000000000ull,
        100000000000ull,
        1000000000000ull,
        10000000000000ull,
        100000000000000ull,
        1000000000000000ull,
        10000000000000000ull,
        100000000000000000ull,
        1000000000000000000ull,
        10000000000000000000ull,
    };
    unsigned long long v = u | 1;
    size_t bits = 64 - (size_t)__builtin_clzll(v);
    size_t guess = bits * 1233 >> 12; /* the digits, or one too many */
    return guess + 1 - (v < powers[guess]);
}

/* u in decimal at to, two digits a division (offsets have four or
 * five): where it ends. */
static char *put_uint(char *to, unsigned long long u)
{
    static const char pairs[] = "00010203040506070809101112131415161718192021"
                                "22232425262728293031323334353637383940414243"
                                "44454647484950515253545556575859606162636465"
                                "66676869707172737475767778798081828384858687"
                                "888990919293949596979899";
    char *end = to + decimal_length(u), *at = end;
    for (; u >= 100; u /= 100) {
        at -= 2;
        memcpy(at, pairs + 2 * (u % 100), 2);
    }
    if (u >= 10)
        memcpy(at - 2, pairs + 2 * u, 2);
    else
        at[-1] = (char)('0' + u);
    return end;
}

static char *put_int(char *to, long long v)
{
    unsigned long long u = (unsigned long long)v;
    if (v < 0) {
        *to++ = '-';
        u = 0ull - u;
    }
    return put_uint(to, u);
}

void jw_int(jw *w, long long v)
{
    jw_before_value(w);
    if (!jw_fits(w, JW_INT_MAX))
        jw_make_room(w, JW_INT_MAX);
    w->len = (size_t)(put_int(w->data + w->len, v) - w->data);
}

/* Copies n bytes to to: where they end. */
static char *put_short(char *to, const char *s, size_t n)
{
    jw_copy_short(to, s, n);
    return to + n;
}

void jw_int_pair_n(jw *w, const char *key1, size_t len1, long long v1,
                   const char *key2, size_t len2, long long v2)
{
    if (w->pretty || len1 > 16 || len2 > 16) {
        jw_object_begin(w);
        jw_key_n(w, key1, len1);
        jw_int(w, v1);
        jw_key_n(w, key2, len2);
        jw_int(w, v2);
        jw_object_end(w);
        return;
    }
    jw_before_value(w);
    size_t most = len1 + len2 + 2 * JW_INT_MAX + 8;
    if (!jw_fits(w, most))
        jw_make_room(w, most);
    char *to = w->data + w->len;
    *to++ = '{';
    *to++ = '"';
    to = put_short(to, key1, len1);
    to = put_short(to, "\":", 2);
    to = put_int(to, v1);
    to = put_short(to, ",\"", 2);
    to = put_short(to, key2, len2);
    to = put_short(to, "\":", 2);
    to = put_int(to, v2);
    *to++ = '}';
    w->len = (size_t)(to - w->data);
}

/* "{\"key\":" (comma: ",\"key\":") into out, 24 bytes: its length. */
static size_t pair_key(char *out, bool comma, const char *key, size_t len)
{
    char *to = out;
    if (comma)
        *to++ = ',';
    else
        *to++ = '{';
    *to++ = '"';
    to = put_short(to, key, len);
    to = put_short(to, "\":", 2);
    return (size_t)(to - out);
}

/* The keys' bytes of a pair, made once for all the pairs of an array:
 * at most this long, so that each goes in one move of sixteen bytes. */
#define PAIR_KEY_MAX 16

void jw_span_array_n(jw *w, const char *key1, size_t len1, const char *key2,
                     size_t len2, const afs_span *spans, size_t n)
{
    jw_array_begin(w);
    if (w->pretty || len1 + 4 > PAIR_KEY_MAX || len2 + 4 > PAIR_KEY_MAX) {
        for (size_t i = 0; i < n; i++)
            jw_int_pair_n(w, key1, len1, (long long)spans[i].start, key2, len2,
                          (long long)spans[i].end);
        jw_array_end(w);
        return;
    }
    /* pairs need no comma, indent or key state of the writer's: the
     * bytes around the numbers go in whole, sixteen at a time (what is
     * past a key's end lands in the slack, and is written over) */
    char head[24] = {0}, middle[24] = {0};
    size_t head_len = pair_key(head, false, key1, len1);
    size_t middle_len = pair_key(middle, true, key2, len2);
    size_t most = 1 + 2 * PAIR_KEY_MAX + 2 * JW_INT_MAX + 1;
    for (size_t i = 0; i < n; i++) {
        if (!jw_fits(w, most))
            jw_make_room(w, most);
        char *to = w->data + w->len;
        if (i)
            *to++ = ',';
        memcpy(to, head, PAIR_KEY_MAX);
        to = put_uint(to + head_len, spans[i].start);
        memcpy(to, middle, PAIR_KEY_MAX);
        to = put_uint(to + middle_len, spans[i].end);
        *to++ = '}';
        w->len = (size_t)(to - w->data);
    }
    w->has_items[w->depth - 1] = n > 0;
    jw_array_end(w);
}

void jw_null(jw *w)
{
    jw_before_value(w);
    jw_put(w, "null", 4);
}

void jw_strings_n(jw *w, const char *const *v, size_t n)
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
