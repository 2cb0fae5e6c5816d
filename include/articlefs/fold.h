/* fold.h - the form two spellings of one name share: "José Mourinho",
 * "JOSE MOURINHO" and "Jose Mourinho" fold alike, as do "O’Neill" and
 * "O'Neill" and the dashes of "Ngo–Anh" and "Ngo-Anh".
 *
 * Layer: core (docs/ARCHITECTURE.md). */
#ifndef ARTICLEFS_FOLD_H
#define ARTICLEFS_FOLD_H

#include <stddef.h>

#include "articlefs/arena.h"

/* s[0..len) case-folded, accents stripped, quotes and dashes lumped to
 * ASCII (utf8proc), in the arena; invalid UTF-8 is folded as ASCII. */
const char *afs_fold(afs_arena *arena, const char *s, size_t len);

#endif
