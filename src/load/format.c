/* Which format a source file is, and inflating gzip (zlib). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>

#include "articlefs/page.h"

static bool ends_with(const char *s, size_t n, const char *suffix)
{
    size_t k = strlen(suffix);
    return n > k && strncasecmp(s + n - k, suffix, k) == 0;
}

/* The name without a trailing ".gz". */
static size_t stem_length(const char *name)
{
    size_t n = strlen(name);
    return ends_with(name, n, ".gz") ? n - 3 : n;
}

static bool html_name(const char *name)
{
    size_t n = stem_length(name);
    return ends_with(name, n, ".html") || ends_with(name, n, ".htm") ||
           ends_with(name, n, ".xhtml");
}

bool afs_format_known_name(const char *name)
{
    size_t n = stem_length(name);
    return html_name(name) || ends_with(name, n, ".txt") ||
           ends_with(name, n, ".md") || ends_with(name, n, ".text");
}

bool afs_format_is_gzip(const char *bytes, size_t len)
{
    return len >= 2 && (uint8_t)bytes[0] == 0x1f && (uint8_t)bytes[1] == 0x8b;
}

/* The content starts (after a BOM, blanks and comments) with a doctype or
 * one of the tags a page opens with. */
static bool starts_like_html(const char *s, size_t len)
{
    size_t i = 0;
    if (len >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3))
        i = 3;
    for (;;) {
        while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' ||
                           s[i] == '\r' || s[i] == '\f'))
            i++;
        if (i + 4 <= len && !memcmp(s + i, "<!--", 4)) {
            const char *end = memmem(s + i, len - i, "-->", 3);
            if (!end)
                return false;
            i = (size_t)(end - s) + 3;
            continue;
        }
        break;
    }
    static const char *const openings[] = {"<!doctype html", "<html", "<head",
                                           "<?xml",          "<meta", "<body"};
    for (size_t k = 0; k < sizeof openings / sizeof *openings; k++) {
        size_t n = strlen(openings[k]);
        if (len - i >= n && strncasecmp(s + i, openings[k], n) == 0)
            return true;
    }
    return false;
}

enum afs_format afs_format_detect(const char *name, const char *bytes,
                                  size_t len)
{
    if (name && html_name(name))
        return AFS_FORMAT_HTML;
    return starts_like_html(bytes, len) ? AFS_FORMAT_HTML : AFS_FORMAT_TEXT;
}

char *afs_gunzip(const char *bytes, size_t len, size_t limit, size_t *out_len,
                 char *err, size_t err_size)
{
    z_stream z = {0};
    if (inflateInit2(&z, 15 + 32) != Z_OK) {
        snprintf(err, err_size, "cannot inflate: out of memory");
        return NULL;
    }
    size_t cap = len * 4 + 4096, got = 0;
    char *out = malloc(cap + 1);
    z.next_in = (Bytef *)bytes;
    z.avail_in = (uInt)(len > UINT32_MAX ? UINT32_MAX : len);
    size_t fed = z.avail_in;
    const char *why = NULL;
    while (out && !why) {
        if (got == cap) {
            if (limit && cap >= limit) {
                why = "larger than max_size once inflated";
                break;
            }
            cap *= 2;
            char *bigger = realloc(out, cap + 1);
            if (!bigger) {
                why = "out of memory";
                break;
            }
            out = bigger;
        }
        z.next_out = (Bytef *)out + got;
        size_t room = cap - got > UINT32_MAX ? UINT32_MAX : cap - got;
        z.avail_out = (uInt)room;
        int rc = inflate(&z, Z_NO_FLUSH);
        got += room - z.avail_out;
        if (z.avail_in == 0 && fed < len) {
            size_t more = len - fed > UINT32_MAX ? UINT32_MAX : len - fed;
            z.next_in = (Bytef *)bytes + fed;
            z.avail_in = (uInt)more;
            fed += more;
        }
        if (rc == Z_STREAM_END) {
            /* another member follows, or the end (padding after the
             * last member is ignored, as gzip does) */
            if (z.avail_in < 2 || z.next_in[0] != 0x1f || z.next_in[1] != 0x8b)
                break;
            if (inflateReset(&z) != Z_OK)
                why = "corrupt gzip data";
        } else if (rc != Z_OK) {
            why = rc == Z_BUF_ERROR && z.avail_in == 0 ? "truncated gzip data"
                                                       : "corrupt gzip data";
        }
    }
    inflateEnd(&z);
    if (!out || why) {
        snprintf(err, err_size, "%s", why ? why : "out of memory");
        free(out);
        return NULL;
    }
    if (limit && got > limit) {
        snprintf(err, err_size, "larger than max_size once inflated");
        free(out);
        return NULL;
    }
    out[got] = '\0';
    *out_len = got;
    return out;
}
