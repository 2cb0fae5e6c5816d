/* fold.h - the form two spellings of one name share: "José Mourinho",
 * "JOSE MOURINHO" and "Jose Mourinho" fold alike, as do "O’Neill" and
 * "O'Neill" and the dashes of "Ngo–Anh" and "Ngo-Anh".
 *
 * Layer: core (docs/ARCHITECTURE.md). */
#ifndef ARTICLEFS_FOLD_H
#define ARTICLEFS_FOLD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "articlefs/arena.h"

/* s[0..len) case-folded, accents stripped, quotes and dashes lumped to
 * ASCII (utf8proc), in the arena; invalid UTF-8 is folded as ASCII. */
const char *afs_fold(afs_arena *arena, const char *s, size_t len);

/* No byte of s[0..len) has its top bit set, eight bytes a step. */
bool afs_is_ascii(const char *s, size_t len);

/* Eight bytes with their ASCII capitals lowered, every other byte as it
 * was, at once: a byte's low seven bits reach 'A' and pass 'Z' as a carry
 * into its top bit. *capitals gets 0x80 in each byte that was one. */
static inline uint64_t afs_ascii_lower8(uint64_t x, uint64_t *capitals)
{
    const uint64_t ones = 0x0101010101010101u, tops = 0x8080808080808080u;
    uint64_t low7 = x & ~tops;
    uint64_t from_a = low7 + (0x80 - 'A') * ones;
    uint64_t past_z = low7 + (0x80 - 'Z' - 1) * ones;
    *capitals = from_a & ~past_z & ~x & tops;
    return x | *capitals >> 2;
}

/* The first min(n, 8) bytes at s as one word, zero-padded, read in
 * pieces that stay inside [s, s + n): a string may end at the last byte
 * of its buffer, and a memcpy of n bytes is a call. Four to seven bytes
 * are two loads of four that overlap, one to three bytes the first, the
 * middle and the last (some of them the same byte, in its own place):
 * two branches, not one a piece. */
static inline uint64_t afs_load_head8(const char *s, size_t n)
{
    if (n >= 8) {
        uint64_t w;
        memcpy(&w, s, 8);
        return w;
    }
    if (n >= 4) {
        uint32_t first, last;
        memcpy(&first, s, 4);
        memcpy(&last, s + n - 4, 4);
        return first | (uint64_t)last << (8 * (n - 4));
    }
    if (n == 0)
        return 0;
    const unsigned char *u = (const unsigned char *)s;
    return u[0] | (uint64_t)u[n / 2] << (8 * (n / 2)) |
           (uint64_t)u[n - 1] << (8 * (n - 1));
}

#endif
