#include "articlefs/fold.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* Eight bytes at a time: names are short, and every mention is folded. */
bool afs_is_ascii(const char *s, size_t len)
{
    uint64_t any = 0;
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        any |= w;
    }
    any |= afs_load_head8(s + i, len - i); /* the last few, at once */
    return !(any & 0x8080808080808080u);
}

static const char *fold_ascii(afs_arena *arena, const char *s, size_t len)
{
    char *out = afs_arena_array_raw(arena, len + 1, 1);
    size_t i = 0;
    for (uint64_t w, capitals; i + 8 <= len; i += 8) {
        memcpy(&w, s + i, 8);
        w = afs_ascii_lower8(w, &capitals);
        memcpy(out + i, &w, 8);
    }
    /* the last few at once too, stored in pieces inside out[i, len) */
    size_t n = len - i;
    uint64_t capitals,
        w = afs_ascii_lower8(afs_load_head8(s + i, n), &capitals);
    if (n & 4) {
        uint32_t v = (uint32_t)w;
        memcpy(out + i, &v, 4);
        i += 4;
        w >>= 32;
    }
    if (n & 2) {
        uint16_t v = (uint16_t)w;
        memcpy(out + i, &v, 2);
        i += 2;
        w >>= 16;
    }
    if (n & 1)
        out[i] = (char)w;
    out[len] = '\0';
    return out;
}

const char *afs_fold(afs_arena *arena, const char *s, size_t len)
{
    if (afs_is_ascii(s, len)) /* most names: no need for the library */
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
