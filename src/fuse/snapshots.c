/* Snapshot lifetimes. Each table the kernel holds names in has an entry
 * (an open-addressing map by table number) with its count and the newest
 * snapshot that has the table; that snapshot's own count is the sum over
 * the entries that name it. A snapshot goes when it is no longer current,
 * answers no request and counts no name. Tables are shared only forward,
 * from a tree to the next one built from it, so the newest snapshot with
 * a table can change only at a reload, from the current one to its
 * successor. */
#include "snapshots.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FIRST_HELD_CAP ((size_t)16)

static void *checked(void *p)
{
    if (!p) {
        fprintf(stderr, "articlefs: out of memory\n");
        abort();
    }
    return p;
}

static afs_snapshot *snapshot_new(afs_tree *tree, struct timespec mtime)
{
    afs_snapshot *snap = checked(calloc(1, sizeof *snap));
    snap->tree = tree;
    snap->mtime = mtime;
    snap->busy = 1; /* current */
    return snap;
}

static void snapshot_free(afs_snapshot *snap)
{
    afs_tree_free(snap->tree);
    free(snap);
}

void afs_snapshots_init(afs_snapshots *s, afs_tree *tree, struct timespec mtime)
{
    memset(s, 0, sizeof *s);
    pthread_mutex_init(&s->lock, NULL);
    s->current = snapshot_new(tree, mtime);
}

void afs_snapshots_destroy(afs_snapshots *s)
{
    for (afs_snapshot *snap = s->current, *next; snap; snap = next) {
        next = snap->older;
        snapshot_free(snap);
    }
    free(s->held);
    pthread_mutex_destroy(&s->lock);
}

/* ---- the map of held tables -------------------------------------------- */

static size_t slot_of(uint32_t table, size_t cap)
{
    return (size_t)(table * UINT32_C(2654435761)) & (cap - 1);
}

/* The entry of table, or the free slot where it belongs. */
static afs_held_table *find_slot(afs_held_table *held, size_t cap,
                                 uint32_t table)
{
    size_t i = slot_of(table, cap);
    while (held[i].table && held[i].table != table)
        i = (i + 1) & (cap - 1);
    return &held[i];
}

/* Entries whose count went to 0 stay until the map is remade: table
 * numbers are never reused, so they are only dropped here. */
static void remake_map(afs_snapshots *s)
{
    size_t live = 0;
    for (size_t i = 0; i < s->held_cap; i++)
        live += s->held[i].names > 0;
    size_t cap = FIRST_HELD_CAP;
    while (cap < 4 * (live + 1))
        cap *= 2;
    afs_held_table *held = checked(calloc(cap, sizeof *held));
    for (size_t i = 0; i < s->held_cap; i++)
        if (s->held[i].names > 0)
            *find_slot(held, cap, s->held[i].table) = s->held[i];
    free(s->held);
    s->held = held;
    s->held_cap = cap;
    s->held_used = live;
}

static afs_held_table *entry_of(afs_snapshots *s, uint32_t table)
{
    return s->held_cap ? find_slot(s->held, s->held_cap, table) : NULL;
}

static afs_held_table *claim_entry(afs_snapshots *s, uint32_t table)
{
    afs_held_table *e = entry_of(s, table);
    if (e && e->table)
        return e;
    if (4 * (s->held_used + 1) > 3 * s->held_cap) {
        remake_map(s);
        e = entry_of(s, table);
    }
    s->held_used++;
    e->table = table;
    return e;
}

/* ---- lifetimes ---------------------------------------------------------- */

/* Frees snap when nothing keeps it; the caller holds the lock. */
static void release_if_unused_locked(afs_snapshots *s, afs_snapshot *snap)
{
    if (snap->busy > 0 || snap->names > 0)
        return; /* the current snapshot is always busy */
    afs_snapshot **p = &s->current;
    while (*p != snap)
        p = &(*p)->older;
    *p = snap->older;
    snapshot_free(snap);
}

const afs_tree *afs_snapshots_current_tree(afs_snapshots *s)
{
    pthread_mutex_lock(&s->lock);
    const afs_tree *tree = s->current->tree;
    pthread_mutex_unlock(&s->lock);
    return tree;
}

/* Names in tables the fresh tree shares are its to keep now. */
static void move_shared_names_locked(afs_snapshots *s, afs_snapshot *old,
                                     afs_snapshot *fresh)
{
    for (size_t i = 0; i < s->held_cap; i++) {
        afs_held_table *e = &s->held[i];
        if (e->names == 0 || e->newest != old ||
            !afs_tree_node(fresh->tree, e->some_ino))
            continue;
        old->names -= e->names;
        fresh->names += e->names;
        e->newest = fresh;
    }
}

afs_snapshot *afs_snapshots_replace(afs_snapshots *s, afs_tree *tree,
                                    struct timespec mtime)
{
    afs_snapshot *fresh = snapshot_new(tree, mtime);
    pthread_mutex_lock(&s->lock);
    afs_snapshot *old = s->current;
    fresh->older = old;
    s->current = fresh;
    move_shared_names_locked(s, old, fresh);
    pthread_mutex_unlock(&s->lock);
    return old; /* its reference as the current one passes to the caller */
}

static afs_snapshot *newest_with_locked(afs_snapshots *s, afs_ino ino,
                                        const afs_node **node)
{
    for (afs_snapshot *snap = s->current; snap; snap = snap->older)
        if ((*node = afs_tree_node(snap->tree, ino)))
            return snap;
    return NULL;
}

afs_snapshot *afs_snapshots_hold(afs_snapshots *s, afs_ino ino,
                                 const afs_node **node)
{
    pthread_mutex_lock(&s->lock);
    afs_snapshot *snap = newest_with_locked(s, ino, node);
    if (snap)
        snap->busy++;
    pthread_mutex_unlock(&s->lock);
    return snap;
}

void afs_snapshots_release(afs_snapshots *s, afs_snapshot *snap)
{
    pthread_mutex_lock(&s->lock);
    assert(snap->busy > 0);
    snap->busy--;
    release_if_unused_locked(s, snap);
    pthread_mutex_unlock(&s->lock);
}

size_t afs_snapshots_hold_unswept(afs_snapshots *s, afs_snapshot **out,
                                  size_t cap)
{
    size_t n = 0;
    pthread_mutex_lock(&s->lock);
    for (afs_snapshot *snap = s->current->older; snap && n < cap;
         snap = snap->older)
        if (!snap->swept && snap->names > 0) {
            snap->swept = true;
            snap->busy++;
            out[n++] = snap;
        }
    pthread_mutex_unlock(&s->lock);
    return n;
}

bool afs_snapshots_is_current(afs_snapshots *s, const afs_snapshot *snap)
{
    pthread_mutex_lock(&s->lock);
    bool current = s->current == snap;
    pthread_mutex_unlock(&s->lock);
    return current;
}

void afs_snapshots_name_given(afs_snapshots *s, afs_ino ino)
{
    uint32_t table = afs_ino_table(ino);
    pthread_mutex_lock(&s->lock);
    if (table == 0) {
        s->fixed_names++;
        pthread_mutex_unlock(&s->lock);
        return;
    }
    const afs_node *node;
    afs_snapshot *newest = newest_with_locked(s, ino, &node);
    assert(newest); /* the caller holds a snapshot that has it */
    afs_held_table *e = claim_entry(s, table);
    assert(e->names == 0 || e->newest == newest);
    e->some_ino = ino;
    e->newest = newest;
    e->names++;
    newest->names++;
    pthread_mutex_unlock(&s->lock);
}

static void forget_locked(afs_snapshots *s, afs_ino ino, uint64_t count)
{
    uint32_t table = afs_ino_table(ino);
    if (ino == AFS_ROOT_INO)
        return;
    if (table == 0) {
        assert(count <= s->fixed_names);
        s->fixed_names -= count;
        return;
    }
    afs_held_table *e = entry_of(s, table);
    /* a name forgotten that was never given, or forgotten twice */
    assert(e && e->table == table && count <= e->names);
    afs_snapshot *newest = e->newest;
    e->names -= count;
    newest->names -= count;
    if (e->names == 0)
        e->newest = NULL;
    release_if_unused_locked(s, newest);
}

void afs_snapshots_forget(afs_snapshots *s, afs_ino ino, uint64_t count)
{
    pthread_mutex_lock(&s->lock);
    forget_locked(s, ino, count);
    pthread_mutex_unlock(&s->lock);
}

void afs_snapshots_forget_batch(afs_snapshots *s,
                                const afs_name_forget *forgets, size_t n)
{
    pthread_mutex_lock(&s->lock);
    for (size_t i = 0; i < n; i++)
        forget_locked(s, forgets[i].ino, forgets[i].count);
    pthread_mutex_unlock(&s->lock);
}

size_t afs_snapshots_alive(afs_snapshots *s)
{
    pthread_mutex_lock(&s->lock);
    size_t n = 0;
    for (const afs_snapshot *snap = s->current; snap; snap = snap->older)
        n++;
    pthread_mutex_unlock(&s->lock);
    return n;
}

uint64_t afs_snapshots_names_held(afs_snapshots *s)
{
    pthread_mutex_lock(&s->lock);
    uint64_t n = s->fixed_names;
    for (const afs_snapshot *snap = s->current; snap; snap = snap->older)
        n += snap->names;
    pthread_mutex_unlock(&s->lock);
    return n;
}
