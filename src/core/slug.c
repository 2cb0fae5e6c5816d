#include "articlefs/slug.h"

#include "articlefs/strmap.h"
#include "articlefs/utf8.h"

#include <stdbool.h>
#include <string.h>

/* ASCII for the Latin letters news names use: "é" -> "e", "ß" -> "ss". */
static const char *fold_latin(unsigned cp)
{
    static const char *const latin1[64] = {
        "a", "a", "a", "a",  "a",  "a",  "ae", "c", "e", "e", "e",  "e", "i",
        "i", "i", "i", "d",  "n",  "o",  "o",  "o", "o", "o", NULL, "o", "u",
        "u", "u", "u", "y",  "th", "ss", "a",  "a", "a", "a", "a",  "a", "ae",
        "c", "e", "e", "e",  "e",  "i",  "i",  "i", "i", "d", "n",  "o", "o",
        "o", "o", "o", NULL, "o",  "u",  "u",  "u", "u", "y", "th", "y"};
    static const char extended_a[] =
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiijjjjkkklllll"
        "lllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
    static const char singles[26][2] = {
        "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m",
        "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z"};
    if (cp >= 0xC0 && cp <= 0xFF)
        return latin1[cp - 0xC0];
    if (cp >= 0x100 && cp <= 0x17F) {
        size_t i = cp - 0x100;
        if (i >= sizeof extended_a - 1)
            return NULL;
        return singles[extended_a[i] - 'a'];
    }
    return NULL;
}

/* The code point at s, or U+FFFD for one byte that is not UTF-8. */
static unsigned decode(const unsigned char *s, size_t len, size_t *n)
{
    unsigned cp;
    *n = afs_utf8_decode(s, len, &cp);
    if (*n)
        return cp;
    *n = 1;
    return 0xFFFD;
}

/* The ASCII a code point becomes in a slug, in *len bytes, or NULL for a
 * dash; *lower holds a one-letter answer. */
static const char *slug_ascii(unsigned cp, char *lower, size_t *len)
{
    if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9'))
        *lower = (char)cp;
    else if (cp >= 'A' && cp <= 'Z')
        *lower = (char)(cp - 'A' + 'a');
    else if (cp < 0x80)
        return NULL;
    else {
        const char *folded = fold_latin(cp);
        *len = folded ? strlen(folded) : 0;
        return folded;
    }
    *len = 1;
    return lower;
}

char *afs_slug(afs_arena *arena, const char *text, size_t len,
               const char *fallback)
{
    char *out = afs_arena_alloc(arena, AFS_SLUG_MAX + 1);
    size_t n = 0;
    bool dash = false;
    const unsigned char *s = (const unsigned char *)text;
    for (size_t i = 0; i < len && n < AFS_SLUG_MAX;) {
        size_t step = 1; /* most of a name is ASCII: no decoding */
        unsigned cp = s[i] < 0x80 ? s[i] : decode(s + i, len - i, &step);
        i += step;
        char lower;
        size_t alen;
        const char *ascii = slug_ascii(cp, &lower, &alen);
        if (!ascii) {
            dash = n > 0;
            continue;
        }
        if (n + (dash ? 1 : 0) + alen > AFS_SLUG_MAX)
            break;
        if (dash)
            out[n++] = '-';
        dash = false;
        for (size_t k = 0; k < alen; k++)
            out[n++] = ascii[k];
    }
    out[n] = '\0';
    if (n == 0)
        return afs_arena_strdup(arena,
                                fallback && *fallback ? fallback : "item");
    return out;
}

struct afs_slug_set {
    afs_arena *arena;
    strmap *taken;
};

const char *afs_safe_name(afs_arena *arena, const char *name)
{
    size_t n = strlen(name);
    bool ok =
        n > 0 && n <= 255 && strcmp(name, ".") != 0 && strcmp(name, "..") != 0;
    for (size_t i = 0; ok && i < n; i++) {
        unsigned char c = (unsigned char)name[i];
        ok = c >= 0x20 && c != 0x7F && c != '/';
    }
    return ok ? name : afs_slug(arena, name, n, "item");
}

afs_slug_set *afs_slug_set_new(afs_arena *arena)
{
    afs_slug_set *set = afs_arena_alloc(arena, sizeof *set);
    set->arena = arena;
    set->taken = strmap_new(arena);
    return set;
}

const char *afs_slug_set_claim(afs_slug_set *set, const char *name)
{
    const char *candidate = name;
    for (unsigned k = 2; strmap_get(set->taken, candidate) != STRMAP_NONE; k++)
        candidate = afs_arena_printf(set->arena, "%s-%u", name, k);
    strmap_put(set->taken, candidate, 1);
    return candidate;
}
