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

/* What each byte is in a slug: a lower-case letter or digit of an ASCII
 * one, 0 for a dash or a byte that is not ASCII. A table: a slug is cut
 * from every name and quote, a byte at a time. */
#define SLUG_DIGITS                                                            \
    ['0'] = '0', ['1'] = '1', ['2'] = '2', ['3'] = '3', ['4'] = '4',           \
    ['5'] = '5', ['6'] = '6', ['7'] = '7', ['8'] = '8', ['9'] = '9'
#define SLUG_LETTER(c) [c] = c, [c - 'a' + 'A'] = c
static const char slug_chars[256] = {
    SLUG_DIGITS,      SLUG_LETTER('a'), SLUG_LETTER('b'), SLUG_LETTER('c'),
    SLUG_LETTER('d'), SLUG_LETTER('e'), SLUG_LETTER('f'), SLUG_LETTER('g'),
    SLUG_LETTER('h'), SLUG_LETTER('i'), SLUG_LETTER('j'), SLUG_LETTER('k'),
    SLUG_LETTER('l'), SLUG_LETTER('m'), SLUG_LETTER('n'), SLUG_LETTER('o'),
    SLUG_LETTER('p'), SLUG_LETTER('q'), SLUG_LETTER('r'), SLUG_LETTER('s'),
    SLUG_LETTER('t'), SLUG_LETTER('u'), SLUG_LETTER('v'), SLUG_LETTER('w'),
    SLUG_LETTER('x'), SLUG_LETTER('y'), SLUG_LETTER('z'),
};
#undef SLUG_DIGITS
#undef SLUG_LETTER

static char ascii_slug_char(unsigned char c)
{
    return slug_chars[c];
}

/* Appends alen letters to the slug out[0..*n), after a dash when one is
 * due; false when they do not fit. */
static bool put_letters(char *out, size_t *n, bool *dash, const char *letters,
                        size_t alen)
{
    if (*n + (*dash ? 1 : 0) + alen > AFS_SLUG_MAX)
        return false;
    if (*dash)
        out[(*n)++] = '-';
    *dash = false;
    memcpy(out + *n, letters, alen);
    *n += alen;
    return true;
}

/* Writes the slug of s[0..len) into out (AFS_SLUG_MAX + 1 bytes) until it
 * holds stop bytes or more, and returns its length. A slug only grows as
 * it reads on: what it holds then starts the whole text's slug. */
static size_t slug_into(char *out, const unsigned char *s, size_t len,
                        size_t stop)
{
    size_t n = 0;
    bool dash = false;
    if (stop > AFS_SLUG_MAX)
        stop = AFS_SLUG_MAX; /* so below n < stop leaves room for a byte */
    for (size_t i = 0; i < len && n < stop;) {
        char c = ascii_slug_char(s[i]); /* 0 for a non-ASCII byte too */
        if (c) {        /* most of a name: a run of ASCII letters and digits */
            if (dash) { /* the dash and the letter fit together or not */
                if (n + 2 > AFS_SLUG_MAX)
                    break;
                out[n++] = '-';
                dash = false;
            }
            do {
                out[n++] = c;
                i++;
            } while (i < len && n < stop && (c = ascii_slug_char(s[i])));
            continue;
        }
        if (s[i] < 0x80) {
            i++;
            dash = n > 0;
            continue;
        }
        size_t step;
        const char *ascii = fold_latin(decode(s + i, len - i, &step));
        i += step;
        if (!ascii)
            dash = n > 0;
        else if (!put_letters(out, &n, &dash, ascii, strlen(ascii)))
            break;
    }
    out[n] = '\0';
    return n;
}

static char *slug_or_fallback(afs_arena *arena, const char *text, size_t len,
                              size_t stop, const char *fallback)
{
    char *out = afs_arena_alloc(arena, AFS_SLUG_MAX + 1);
    if (slug_into(out, (const unsigned char *)text, len, stop) == 0)
        return afs_arena_strdup(arena,
                                fallback && *fallback ? fallback : "item");
    return out;
}

char *afs_slug(afs_arena *arena, const char *text, size_t len,
               const char *fallback)
{
    return slug_or_fallback(arena, text, len, AFS_SLUG_MAX, fallback);
}

size_t afs_slug_lead_into(char *out, const char *text, size_t len, size_t want,
                          const char *fallback)
{
    if (want > AFS_SLUG_MAX)
        want = AFS_SLUG_MAX;
    size_t n = slug_into(out, (const unsigned char *)text, len, want);
    if (n == 0) {
        fallback = fallback && *fallback ? fallback : "item";
        n = strnlen(fallback, want);
        memcpy(out, fallback, n);
    }
    if (n > want)
        n = want;
    out[n] = '\0';
    return n;
}

char *afs_slug_lead(afs_arena *arena, const char *text, size_t len, size_t want,
                    const char *fallback)
{
    char *out = slug_or_fallback(
        arena, text, len, want < AFS_SLUG_MAX ? want : AFS_SLUG_MAX, fallback);
    if (strlen(out) > want)
        out[want] = '\0';
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
    /* one look-up that finds the name taken or takes it */
    for (unsigned k = 2;; k++) {
        size_t *taken = strmap_at(set->taken, candidate);
        if (*taken == STRMAP_NONE) {
            *taken = 1;
            return candidate;
        }
        candidate = afs_arena_printf(set->arena, "%s-%u", name, k);
    }
}
