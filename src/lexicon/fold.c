#include "articlefs/fold.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

static const char *fold_ascii(afs_arena *arena, const char *s, size_t len)
{
    char *out = afs_arena_strndup(arena, s, len);
    for (char *p = out; *p; p++)
        if (*p >= 'A' && *p <= 'Z')
            *p = (char)(*p - 'A' + 'a');
    return out;
}

const char *afs_fold(afs_arena *arena, const char *s, size_t len)
{
    bool ascii = true;
    for (size_t i = 0; i < len && ascii; i++)
        ascii = (unsigned char)s[i] < 0x80;
    if (ascii) /* most names: no need for the library's allocation */
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
