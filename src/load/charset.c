/* A page's character set, and its bytes as UTF-8 (iconv). */
#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "page_internal.h"

void afs_buf_add(afs_buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *bigger = realloc(b->s, cap);
        if (!bigger)
            abort();
        b->s = bigger;
        b->cap = cap;
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

void afs_buf_reserve(afs_buf *b, size_t cap)
{
    if (cap <= b->cap)
        return;
    char *bigger = realloc(b->s, cap);
    if (!bigger)
        abort();
    b->s = bigger;
    b->cap = cap;
}

void afs_buf_addc(afs_buf *b, char c)
{
    afs_buf_add(b, &c, 1);
}

/* Length of the valid UTF-8 sequence at s (at most n bytes), 0 if none. */
static size_t utf8_sequence(const unsigned char *s, size_t n)
{
    if (s[0] < 0x80)
        return 1;
    size_t k = s[0] >= 0xF0 && s[0] <= 0xF4   ? 4
               : s[0] >= 0xE0                 ? 3
               : s[0] >= 0xC2 && s[0] <= 0xDF ? 2
                                              : 0;
    if (!k || k > n)
        return 0;
    for (size_t i = 1; i < k; i++)
        if ((s[i] & 0xC0) != 0x80)
            return 0;
    if (k == 3 &&
        ((s[0] == 0xE0 && s[1] < 0xA0) || (s[0] == 0xED && s[1] >= 0xA0)))
        return 0;
    if (k == 4 &&
        ((s[0] == 0xF0 && s[1] < 0x90) || (s[0] == 0xF4 && s[1] >= 0x90)))
        return 0;
    return k;
}

/* Where the first byte is that is no valid UTF-8 or is NUL, else n;
 * ASCII goes eight bytes at a time. */
static size_t first_bad_byte(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        if (i + 8 <= n) {
            uint64_t chunk;
            memcpy(&chunk, s + i, 8);
            /* no high bit and no zero byte in the eight */
            if (!(chunk & 0x8080808080808080u) &&
                !((chunk - 0x0101010101010101u) & ~chunk &
                  0x8080808080808080u)) {
                i += 8;
                continue;
            }
        }
        size_t k = utf8_sequence((const unsigned char *)s + i, n - i);
        if (!k || s[i] == '\0')
            return i;
        i += k;
    }
    return n;
}

static bool valid_utf8(const char *s, size_t n)
{
    for (size_t i = 0;;) {
        i += first_bad_byte(s + i, n - i);
        if (i >= n)
            return true;
        if (s[i] != '\0')
            return false;
        i++;
    }
}

/* UTF-8 with each undecodable byte replaced by U+FFFD, and NUL dropped
 * (libxml2 would end the document there). */
static char *repair_utf8(const char *s, size_t n, size_t *out_len)
{
    afs_buf b = {0};
    afs_buf_reserve(&b, n + 1);
    for (size_t i = 0; i < n;) {
        size_t good = first_bad_byte(s + i, n - i);
        afs_buf_add(&b, s + i, good);
        i += good;
        if (i >= n)
            break;
        if (s[i] != '\0')
            afs_buf_add(&b, "\xEF\xBF\xBD", 3);
        i++;
    }
    afs_buf_add(&b, "", 0);
    *out_len = b.len;
    return b.s;
}

/* The value after "charset=" or "encoding=" in the first 4 KB, or "". */
static void declared_charset(const char *s, size_t n, char *out, size_t cap)
{
    out[0] = '\0';
    size_t limit = n < 4096 ? n : 4096;
    for (size_t i = 0; i < limit; i++) {
        size_t skip = 0;
        if (limit - i > 8 && !strncasecmp(s + i, "charset", 7))
            skip = 7;
        else if (limit - i > 9 && !strncasecmp(s + i, "encoding", 8) && i > 0 &&
                 s[i - 1] == ' ')
            skip = 8;
        if (!skip)
            continue;
        size_t j = i + skip;
        while (j < limit && (s[j] == ' ' || s[j] == '\t'))
            j++;
        if (j >= limit || s[j] != '=')
            continue;
        j++;
        while (j < limit && (s[j] == ' ' || s[j] == '"' || s[j] == '\''))
            j++;
        size_t k = 0;
        while (j < limit && k + 1 < cap &&
               (isalnum((unsigned char)s[j]) || s[j] == '-' || s[j] == '_' ||
                s[j] == '.' || s[j] == ':'))
            out[k++] = (char)tolower((unsigned char)s[j++]);
        out[k] = '\0';
        if (k)
            return;
    }
}

/* Through iconv from charset; NULL when iconv does not know it. */
static char *convert(const char *s, size_t n, const char *charset,
                     size_t *out_len)
{
    iconv_t cd = iconv_open("UTF-8", charset);
    if (cd == (iconv_t)-1)
        return NULL;
    afs_buf b = {0};
    afs_buf_add(&b, "", 0);
    char chunk[4096];
    char *in = (char *)s;
    size_t left = n;
    while (left) {
        char *out = chunk;
        size_t room = sizeof chunk;
        size_t rc = iconv(cd, &in, &left, &out, &room);
        afs_buf_add(&b, chunk, sizeof chunk - room);
        if (rc == (size_t)-1 && errno != E2BIG) {
            /* an invalid or truncated sequence: one byte becomes U+FFFD */
            afs_buf_add(&b, "\xEF\xBF\xBD", 3);
            in++;
            left--;
        }
    }
    iconv_close(cd);
    /* the converter may pass NUL through; repair drops it */
    char *clean = repair_utf8(b.s, b.len, out_len);
    free(b.s);
    return clean;
}

/* WHATWG's aliases that matter: Latin-1 and ASCII labels mean
 * windows-1252, which is a superset used in their place. */
static const char *charset_alias(const char *label)
{
    static const char *const as_1252[] = {
        "iso-8859-1", "iso8859-1",    "latin1",     "l1",
        "us-ascii",   "ascii",        "iso_8859-1", "cp1252",
        "x-cp1252",   "windows-1252", "cp819"};
    for (size_t i = 0; i < sizeof as_1252 / sizeof *as_1252; i++)
        if (!strcmp(label, as_1252[i]))
            return "WINDOWS-1252";
    if (!strcmp(label, "utf8") || !strcmp(label, "unicode-1-1-utf-8"))
        return "UTF-8";
    if (!strcmp(label, "x-sjis") || !strcmp(label, "shift-jis"))
        return "SHIFT_JIS";
    if (!strcmp(label, "gb2312") || !strcmp(label, "x-gbk"))
        return "GBK";
    return label;
}

char *afs_page_to_utf8(const char *bytes, size_t len, size_t *out_len)
{
    const unsigned char *u = (const unsigned char *)bytes;
    if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
        return repair_utf8(bytes + 3, len - 3, out_len);
    if (len >= 2 && u[0] == 0xFF && u[1] == 0xFE) {
        char *s = convert(bytes + 2, len - 2, "UTF-16LE", out_len);
        if (s)
            return s;
    }
    if (len >= 2 && u[0] == 0xFE && u[1] == 0xFF) {
        char *s = convert(bytes + 2, len - 2, "UTF-16BE", out_len);
        if (s)
            return s;
    }
    char label[64];
    declared_charset(bytes, len, label, sizeof label);
    const char *charset = label[0] ? charset_alias(label) : NULL;
    if (!charset || !strcasecmp(charset, "UTF-8")) {
        /* undeclared: UTF-8 when it is valid, else the commonest legacy
         * set; declared UTF-8 stays UTF-8, repaired */
        if (charset || valid_utf8(bytes, len))
            return repair_utf8(bytes, len, out_len);
        char *s = convert(bytes, len, "WINDOWS-1252", out_len);
        return s ? s : repair_utf8(bytes, len, out_len);
    }
    /* plain ASCII is the same in every ASCII-compatible set */
    bool ascii = true;
    for (size_t i = 0; i < len && ascii; i++)
        ascii = u[i] < 0x80;
    if (ascii)
        return repair_utf8(bytes, len, out_len);
    char *s = convert(bytes, len, charset, out_len);
    if (!s)
        s = valid_utf8(bytes, len)
                ? repair_utf8(bytes, len, out_len)
                : convert(bytes, len, "WINDOWS-1252", out_len);
    return s ? s : repair_utf8(bytes, len, out_len);
}
