/* watch.h - tells when an article file or a folder of articles changes.
 *
 * A thread waits on inotify (the file's folder for one file, every folder
 * below for a folder) and calls back once a burst of changes has settled,
 * so an editor's save or a copy of a thousand files means few reloads.
 *
 * Layer: load (docs/ARCHITECTURE.md). */
#ifndef ARTICLEFS_WATCH_H
#define ARTICLEFS_WATCH_H

#include <stddef.h>

typedef struct afs_watch afs_watch;
typedef void (*afs_watch_fn)(void *context);

/* NULL with a message in err when the path cannot be watched: it is
 * missing, inotify or its folder refuses, or the thread cannot start.
 * Nothing is left running or open then. */
afs_watch *afs_watch_start(const char *path, afs_watch_fn on_change,
                           void *context, char *err, size_t err_size);
/* Stops the thread and waits for it; a callback under way finishes. */
void afs_watch_stop(afs_watch *watch);

#endif
