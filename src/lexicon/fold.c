#include "articlefs/fold.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

static bool is_ascii(const char *s, size_t len)
{
    unsigned char any = 0;
    for (size_t i = 0; i < len; i++)
        any |= (unsigned char)s[i];
    return any < 0x80;
}

static const char *fold_ascii(afs_arena *arena, const char *s, size_t len)
{
    char *out = afs_arena_alloc(arena, len + 1);
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        out[i] = c >= 'A' && c <= 'Z' ? (char)(c | 0x20) : c;
    }
    out[len] = '\0';
    return out;
}

const char *afs_fold(afs_arena *arena, const char *s, size_t len)
{
    if (is_ascii(s, len)) /* most names: no need for the library */
        return fold_ascii(arena, s, len);
    utf8proc_uint8_t *folded = NULL;
    utf8proc_ssize_t n = utf8proc_map(
        (const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &folded,
        UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD |
            UTF8PROC_STRIPMARK | UTF8PROC_LUMP | UTF8PROC_IGNORE);
    if (n < 0)
        return fold_ascii(arena, s, len);
    const char *out = afs_arena_strndup(arena, (const char *)folded, (size_t)n);
    free(folded);
    return out;
}
