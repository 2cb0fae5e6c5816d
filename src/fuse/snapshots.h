/* snapshots.h - which trees are still served, and for how long.
 *
 * The tree served now is the current snapshot; a reload makes a new one.
 * An older snapshot lives while a request is being answered from it or
 * while the kernel holds a name (a lookup count) in it, so a file opened
 * before a reload keeps reading what it opened. Names are counted exactly,
 * per inode table (afs_ino_table): a table the next tree shares is served
 * by the newest snapshot that has it, so a name in it keeps only that one
 * alive. Knows nothing of FUSE: the glue in fs.c tells it what the kernel
 * was given and what it forgot. Every call is safe from several threads. */
#ifndef ARTICLEFS_FUSE_SNAPSHOTS_H
#define ARTICLEFS_FUSE_SNAPSHOTS_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "articlefs/tree.h"

typedef struct afs_snapshot afs_snapshot;
struct afs_snapshot {
    afs_tree *tree;
    struct timespec mtime; /* of the source, for every node */
    /* the rest belongs to snapshots.c */
    uint64_t busy;  /* one while current, one per request answered from it */
    uint64_t names; /* names the kernel holds in tables it is newest for */
    bool swept;     /* handed out by afs_snapshots_hold_unswept */
    afs_snapshot *older;
};

/* Names held in one table, and the newest snapshot that has the table. */
typedef struct afs_held_table {
    uint32_t table;   /* 0: a free slot */
    afs_ino some_ino; /* a number in the table, to ask a tree if it has it */
    uint64_t names;
    afs_snapshot *newest;
} afs_held_table;

typedef struct afs_snapshots {
    pthread_mutex_t lock;
    afs_snapshot *current; /* then older ones, newest first */
    afs_held_table *held;  /* open addressing by table */
    size_t held_cap, held_used;
    uint64_t fixed_names; /* of the root and articles/: every tree has them */
} afs_snapshots;

/* One forget of a batch: the kernel dropped count names of ino. */
typedef struct afs_name_forget {
    afs_ino ino;
    uint64_t count;
} afs_name_forget;

/* Serves tree (taken over) with the source's mtime. */
void afs_snapshots_init(afs_snapshots *s, afs_tree *tree,
                        struct timespec mtime);
/* Frees every snapshot, whatever the kernel still holds. */
void afs_snapshots_destroy(afs_snapshots *s);

/* The tree served now: valid until the caller replaces it. */
const afs_tree *afs_snapshots_current_tree(afs_snapshots *s);
/* Serves tree from now on. Returns the snapshot it replaces, held: the
 * caller may compare the two trees, then releases it. */
afs_snapshot *afs_snapshots_replace(afs_snapshots *s, afs_tree *tree,
                                    struct timespec mtime);

/* The newest snapshot that has a node numbered ino, held, and the node;
 * NULL when none has (any more). */
afs_snapshot *afs_snapshots_hold(afs_snapshots *s, afs_ino ino,
                                 const afs_node **node);
void afs_snapshots_release(afs_snapshots *s, afs_snapshot *snap);
bool afs_snapshots_is_current(afs_snapshots *s, const afs_snapshot *snap);

/* Up to cap snapshots no longer current that still count names and were
 * not handed out here before, held. A lookup answered just before a
 * reload can leave the kernel a name below a directory the reload made it
 * drop, where the reload's own invalidation does not reach and nothing
 * but memory pressure would end it: at the next reload the caller tells
 * the kernel to drop the names of these once more, then releases them. */
size_t afs_snapshots_hold_unswept(afs_snapshots *s, afs_snapshot **out,
                                  size_t cap);

/* The kernel was given a name of ino (a held snapshot has it). */
void afs_snapshots_name_given(afs_snapshots *s, afs_ino ino);
/* The kernel forgot count names of ino. Forgetting more than it was given
 * is a broken count, and fails an assertion. The root's are ignored: the
 * kernel holds it without a lookup. */
void afs_snapshots_forget(afs_snapshots *s, afs_ino ino, uint64_t count);
void afs_snapshots_forget_batch(afs_snapshots *s,
                                const afs_name_forget *forgets, size_t n);

/* Snapshots alive, the current one included, and the names held in all
 * of them: what the tests watch. */
size_t afs_snapshots_alive(afs_snapshots *s);
uint64_t afs_snapshots_names_held(afs_snapshots *s);

#endif
