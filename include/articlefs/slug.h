/* slug.h - safe, unique file names from arbitrary text.
 *
 * A slug is lower-case ASCII letters, digits and single dashes, never empty,
 * never "." or "..", at most AFS_SLUG_MAX bytes. Accented Latin letters
 * lose their accents; anything else becomes a dash.
 *
 * Layer: core (docs/ARCHITECTURE.md). */
#ifndef ARTICLEFS_SLUG_H
#define ARTICLEFS_SLUG_H

#include <stddef.h>

#include "articlefs/arena.h"

#define AFS_SLUG_MAX 80

/* Slug of text[0..len), or fallback when nothing usable remains. */
char *afs_slug(afs_arena *arena, const char *text, size_t len,
               const char *fallback);
/* The first want bytes of afs_slug's answer (all of it when shorter),
 * reading text only as far as they need: a quote's id wants forty bytes
 * of a quote that may run to thousands. */
char *afs_slug_lead(afs_arena *arena, const char *text, size_t len, size_t want,
                    const char *fallback);
/* The same into out (AFS_SLUG_MAX + 1 bytes), NUL-terminated: its
 * length. For a slug that is copied on at once (an id), with no copy of
 * its own in an arena. */
size_t afs_slug_lead_into(char *out, const char *text, size_t len, size_t want,
                          const char *fallback);

/* name itself when it is a safe file name (not empty, not "." or "..", no
 * '/', no control character, at most 255 bytes), else its slug. */
const char *afs_safe_name(afs_arena *arena, const char *name);

/* Set of names already taken in one directory. */
typedef struct afs_slug_set afs_slug_set;
afs_slug_set *afs_slug_set_new(afs_arena *arena);
/* Returns name, or name-2, name-3 ... whichever is still free, and takes it. */
const char *afs_slug_set_claim(afs_slug_set *set, const char *name);

#endif
