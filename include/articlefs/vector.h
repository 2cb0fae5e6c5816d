/* vector.h - the one growable array.
 *
 *     AFS_VEC(afs_token) tokens = {0};         (or {.arena = a})
 *     afs_token *t = afs_vec_push(&tokens);    (a zeroed new last element)
 *     ... tokens.v[i] for i < tokens.n ...
 *     afs_vec_free(&tokens);
 *
 * It doubles as it grows, in malloc'ed memory, or in an arena when one is
 * set (an outgrown small array then stays in the arena until the arena
 * goes; one of 64 KB or more grows in a block of its own).
 * Out of memory ends the program with a message. The macros evaluate
 * their argument more than once: pass a plain name or pointer.
 *
 * Layer: core (docs/ARCHITECTURE.md). */
#ifndef ARTICLEFS_VECTOR_H
#define ARTICLEFS_VECTOR_H

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "articlefs/arena.h"

#define AFS_VEC(type)                                                          \
    struct {                                                                   \
        type *v;                                                               \
        size_t n, cap;                                                         \
        afs_arena *arena; /* NULL: malloc'ed */                                \
    }

/* Array v (used of *cap elements of size bytes) grown to hold at least
 * need: the new array, its capacity in *cap. */
void *afs_vec_grow(void *v, size_t *cap, size_t need, size_t used, size_t size,
                   afs_arena *arena);

/* Room for more elements after the n used. */
#define afs_vec_reserve(vec, more)                                             \
    ((vec)->n + (more) <= (vec)->cap                                           \
         ? (void)0                                                             \
         : (void)((vec)->v =                                                   \
                      afs_vec_grow((vec)->v, &(vec)->cap, (vec)->n + (more),   \
                                   (vec)->n, sizeof *(vec)->v, (vec)->arena)))

/* A new last element, zeroed. */
#define afs_vec_push(vec)                                                      \
    (afs_vec_reserve((vec), 1),                                                \
     memset(&(vec)->v[(vec)->n], 0, sizeof *(vec)->v), &(vec)->v[(vec)->n++])

/* Frees a malloc'ed array (an arena's goes with the arena). */
#define afs_vec_free(vec)                                                      \
    ((vec)->arena ? (void)0 : free((vec)->v), (vec)->v = NULL,                 \
     (vec)->n = (vec)->cap = 0)

#endif
