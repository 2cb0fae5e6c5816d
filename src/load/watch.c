#include "articlefs/watch.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

/* Quiet time that ends a burst, and the longest a burst may delay a
 * reload: together they keep a change visible within a second. */
#define SETTLE_MS 100
#define BURST_MAX_MS 500

#define EVENTS                                                                 \
    (IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM |      \
     IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF | IN_ATTRIB)

struct afs_watch {
    int inotify, stop[2];
    char *only; /* the file's name when one file is watched, else NULL */
    afs_watch_fn on_change;
    void *context;
    pthread_t thread;
};

/* Watches path and the folders below it; 0, or the error of path itself
 * (a folder below that cannot be watched still loads, without reloads). */
static int watch_tree(int inotify, const char *path, int depth)
{
    if (depth > 32)
        return 0;
    if (inotify_add_watch(inotify, path, EVENTS | IN_ONLYDIR) < 0)
        return errno;
    DIR *d = opendir(path);
    if (!d)
        return 0;
    for (struct dirent *e; (e = readdir(d));) {
        if (e->d_name[0] == '.' || e->d_type != DT_DIR)
            continue;
        char child[PATH_MAX];
        if (snprintf(child, sizeof child, "%s/%s", path, e->d_name) <
            (int)sizeof child)
            watch_tree(inotify, child, depth + 1);
    }
    closedir(d);
    return 0;
}

/* Reads what inotify has; true when something that matters changed.
 * Folders that appear are watched too. */
static bool drain(afs_watch *w, const char *root)
{
    char buf[16384] __attribute__((aligned(__alignof__(struct inotify_event))));
    bool relevant = false;
    ssize_t n = read(w->inotify, buf, sizeof buf);
    for (char *p = buf; n > 0 && p < buf + n;) {
        const struct inotify_event *e = (const struct inotify_event *)p;
        p += sizeof *e + e->len;
        if (w->only && (e->len == 0 || strcmp(e->name, w->only) != 0))
            continue;
        relevant = true;
        if (!w->only && (e->mask & IN_ISDIR) &&
            (e->mask & (IN_CREATE | IN_MOVED_TO)) && root)
            watch_tree(w->inotify, root, 0); /* cheap: re-adding is a no-op */
    }
    return relevant;
}

typedef struct thread_args {
    afs_watch *watch;
    char *root;
} thread_args;

static long elapsed_ms(const struct timespec *since)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (now.tv_sec - since->tv_sec) * 1000 +
           (now.tv_nsec - since->tv_nsec) / 1000000;
}

static void *run(void *arg)
{
    thread_args *args = arg;
    afs_watch *w = args->watch;
    struct pollfd fds[2] = {{w->inotify, POLLIN, 0}, {w->stop[0], POLLIN, 0}};
    bool dirty = false;
    struct timespec first = {0};
    for (;;) {
        int ready = poll(fds, 2, dirty ? SETTLE_MS : -1);
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready < 0 || (fds[1].revents & POLLIN))
            break;
        if (ready > 0 && (fds[0].revents & POLLIN) && drain(w, args->root)) {
            if (!dirty)
                clock_gettime(CLOCK_MONOTONIC, &first);
            dirty = true;
            if (elapsed_ms(&first) < BURST_MAX_MS)
                continue;
        }
        if (dirty && (ready == 0 || elapsed_ms(&first) >= BURST_MAX_MS)) {
            dirty = false;
            w->on_change(w->context);
        }
    }
    free(args->root);
    free(args);
    return NULL;
}

/* One file: its folder, since editors save by renaming a new file over
 * it. 0 or an errno. */
static int watch_file(afs_watch *w, const char *path)
{
    char *copy = strdup(path);
    if (!copy)
        return ENOMEM;
    char *slash = strrchr(copy, '/');
    w->only = strdup(slash ? slash + 1 : copy);
    if (slash)
        *slash = '\0';
    const char *folder = slash ? (copy[0] ? copy : "/") : ".";
    int error = 0;
    if (!w->only)
        error = ENOMEM;
    else if (inotify_add_watch(w->inotify, folder, EVENTS) < 0)
        error = errno;
    free(copy);
    return error;
}

/* Everything start made; the thread is not running. */
static void discard(afs_watch *w, thread_args *args)
{
    if (args)
        free(args->root);
    free(args);
    if (!w)
        return;
    int fds[] = {w->inotify, w->stop[0], w->stop[1]};
    for (size_t i = 0; i < sizeof fds / sizeof *fds; i++)
        if (fds[i] >= 0)
            close(fds[i]);
    free(w->only);
    free(w);
}

/* 0, or the errno of the first step that failed: the watch is complete
 * and its thread running, or there is no watch. */
static int start(afs_watch *w, thread_args *args, const char *path,
                 const struct stat *st)
{
    w->inotify = inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
    if (w->inotify < 0 || pipe(w->stop) != 0)
        return errno;
    if (S_ISDIR(st->st_mode)) {
        if (!(args->root = strdup(path)))
            return ENOMEM;
        int error = watch_tree(w->inotify, path, 0);
        if (error)
            return error;
    } else {
        int error = watch_file(w, path);
        if (error)
            return error;
    }
    return pthread_create(&w->thread, NULL, run, args);
}

afs_watch *afs_watch_start(const char *path, afs_watch_fn on_change,
                           void *context, char *err, size_t err_size)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        snprintf(err, err_size, "cannot watch '%s': %s", path, strerror(errno));
        return NULL;
    }
    afs_watch *w = calloc(1, sizeof *w);
    thread_args *args = calloc(1, sizeof *args);
    int error = ENOMEM;
    if (w && args) {
        *w = (afs_watch){.inotify = -1,
                         .stop = {-1, -1},
                         .on_change = on_change,
                         .context = context};
        args->watch = w;
        error = start(w, args, path, &st);
    }
    if (error) {
        snprintf(err, err_size, "cannot watch '%s': %s", path, strerror(error));
        discard(w, args);
        return NULL;
    }
    return w;
}

void afs_watch_stop(afs_watch *w)
{
    if (!w)
        return;
    /* the thread runs: afs_watch_start gives no watch when it did not */
    ssize_t n;
    while ((n = write(w->stop[1], "x", 1)) < 0 && errno == EINTR)
        ;
    if (n < 0)
        perror("articlefs: stopping the watch");
    pthread_join(w->thread, NULL);
    discard(w, NULL);
}
