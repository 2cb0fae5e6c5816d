#include "articlefs/utf8.h"

#include <stdint.h>
#include <string.h>

size_t afs_utf8_decode(const unsigned char *s, size_t avail, unsigned *cp)
{
    if (avail == 0)
        return 0;
    unsigned c = s[0];
    size_t n = c < 0x80                ? 1
               : c >= 0xC2 && c < 0xE0 ? 2
               : c >= 0xE0 && c < 0xF0 ? 3
               : c >= 0xF0 && c < 0xF5 ? 4
                                       : 0;
    if (n == 0 || avail < n)
        return 0;
    unsigned v = n == 1 ? c : c & (0x7F >> n);
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        v = v << 6 | (s[i] & 0x3F);
    }
    static const unsigned least[] = {0, 0, 0x80, 0x800, 0x10000};
    if (v < least[n] || v > 0x10FFFF || (v >= 0xD800 && v < 0xE000))
        return 0;
    *cp = v;
    return n;
}

bool afs_utf8_is_hidden(unsigned cp)
{
    return cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || cp == 0x200B ||
           cp == 0x200E || cp == 0x200F || (cp >= 0x2028 && cp <= 0x202E) ||
           (cp >= 0x2060 && cp <= 0x206F) || cp == 0xFEFF;
}

/* Eight bytes at s are all printable ASCII (0x20..0x7E), tested at once:
 * a byte below 0x20 borrows into its top bit when 0x20 is taken away, and
 * 0x7F becomes 0 when xor-ed with it. */
static bool eight_printable(const unsigned char *s)
{
    const uint64_t ones = 0x0101010101010101u, tops = 0x8080808080808080u;
    uint64_t x;
    memcpy(&x, s, sizeof x);
    uint64_t below_space = (x - 0x20 * ones) & ~x;
    uint64_t del = x ^ (0x7F * ones);
    uint64_t is_del = (del - ones) & ~del;
    return ((x | below_space | is_del) & tops) == 0;
}

/* One ASCII byte at s[i] of in[0, len). */
static char clean_ascii(const unsigned char *s, size_t i, size_t len)
{
    unsigned char c = s[i];
    if (c == '\r')
        return i + 1 < len && s[i + 1] == '\n' ? ' ' : '\n';
    return c == '\n' || !afs_utf8_is_hidden(c) ? (char)c : ' ';
}

void afs_utf8_clean(const char *in, size_t len, char *out)
{
    const unsigned char *s = (const unsigned char *)in;
    size_t i = 0;
    while (i < len) {
        if (len - i >= 8 && eight_printable(s + i)) {
            memcpy(out + i, s + i, 8);
            i += 8;
            continue;
        }
        if (s[i] < 0x80) { /* most of an English text */
            out[i] = clean_ascii(s, i, len);
            i++;
            continue;
        }
        unsigned cp;
        size_t n = afs_utf8_decode(s + i, len - i, &cp);
        if (n == 0) {
            out[i++] = '?';
            continue;
        }
        if (afs_utf8_is_hidden(cp))
            memset(out + i, ' ', n);
        else
            memcpy(out + i, s + i, n);
        i += n;
    }
    out[len] = '\0';
}

/* Eight bytes at s are all ASCII. */
static bool eight_ascii(const unsigned char *s)
{
    uint64_t x;
    memcpy(&x, s, sizeof x);
    return (x & 0x8080808080808080u) == 0;
}

bool afs_utf8_is_valid(const char *in, size_t len)
{
    const unsigned char *s = (const unsigned char *)in;
    unsigned cp;
    for (size_t i = 0; i < len;) {
        if (len - i >= 8 && eight_ascii(s + i)) {
            i += 8;
            continue;
        }
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        size_t n = afs_utf8_decode(s + i, len - i, &cp);
        if (n == 0)
            return false;
        i += n;
    }
    return true;
}

/* Top bit set in the first byte of x (in memory order) that is not
 * printable ASCII, and maybe in later ones (a borrow runs upwards): zero
 * when all eight are. */
static uint64_t unprintable8(uint64_t x)
{
    const uint64_t ones = 0x0101010101010101u, tops = 0x8080808080808080u;
    uint64_t below_space = (x - 0x20 * ones) & ~x;
    uint64_t del = x ^ (0x7F * ones);
    uint64_t is_del = (del - ones) & ~del;
    return (x | below_space | is_del) & tops;
}

/* Sixteen bytes at s are all printable ASCII, in one step of the
 * compiler's vectors (SSE2 on x86-64). */
typedef unsigned char bytes16 __attribute__((vector_size(16)));

static bool printable16(const unsigned char *s)
{
    bytes16 v;
    memcpy(&v, s, sizeof v);
    bytes16 bad = (v < 0x20) | (v >= 0x7F);
    uint64_t halves[2];
    memcpy(halves, &bad, sizeof halves);
    return (halves[0] | halves[1]) == 0;
}

/* Sixty-four bytes at s are all printable ASCII: 0x20 to 0x7E are the
 * bytes that adding 0x60 (unsigned, wrapping) takes to -128 to -34 as
 * signed bytes, so a vector of sixteen costs an add and a compare, and
 * the four are tested once. */
typedef signed char signed16 __attribute__((vector_size(16)));

static bool printable64(const unsigned char *s)
{
    signed16 all = {0};
    for (size_t k = 0; k < 64; k += 16) {
        bytes16 v;
        memcpy(&v, s + k, sizeof v);
        all |= (signed16)(v + 0x60) >= -33;
    }
    uint64_t halves[2];
    memcpy(halves, &all, sizeof halves);
    return (halves[0] | halves[1]) == 0;
}

bool afs_utf8_is_clean(const char *in, size_t len)
{
    const unsigned char *s = (const unsigned char *)in;
    unsigned cp;
    for (size_t i = 0; i < len;) {
        if (len - i >= 64 && printable64(s + i)) { /* most of a text */
            i += 64;
            continue;
        }
        if (len - i >= 16 && printable16(s + i)) {
            i += 16;
            continue;
        }
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        if (len - i >= 8) { /* up to a line end or a mark */
            uint64_t x;
            memcpy(&x, s + i, sizeof x);
            uint64_t stop = unprintable8(x);
            if (!stop) {
                i += 8;
                continue;
            }
            i += (size_t)__builtin_ctzll(stop) / 8;
        }
#endif
        unsigned char c = s[i];
        if (c < 0x80) { /* a line end, a control character, or the tail */
            if (c != '\n' && (c < 0x20 || c == 0x7F))
                return false;
            i++;
            continue;
        }
        size_t n = afs_utf8_decode(s + i, len - i, &cp);
        if (n == 0 || afs_utf8_is_hidden(cp))
            return false;
        i += n;
    }
    return true;
}
