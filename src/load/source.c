#include "articlefs/source.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "articlefs/date.h"
#include "articlefs/extract.h"
#include "seams.h"

/* The empty default of the seam in seams.h; a test links its own. */
__attribute__((weak)) void afs_source_after_read(const char *path)
{
    (void)path;
}
#include "articlefs/page.h"

int afs_valid_date(const char *s)
{
    return s && afs_date_parse(s, strlen(s), NULL);
}

static const char *base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash && slash[1] ? slash + 1 : path;
}

/* The whole file, in scratch when given (a folder load reuses it). */
static char *read_fd(int fd, size_t size, afs_arena *scratch, size_t *len)
{
    char *data =
        scratch ? afs_arena_array_raw(scratch, size + 1, 1) : malloc(size + 1);
    if (!data)
        return NULL;
    size_t got = 0;
    while (got < size) {
        ssize_t n = read(fd, data + got, size - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            int saved = errno;
            if (!scratch)
                free(data);
            errno = saved;
            return NULL;
        }
        if (n == 0)
            break; /* it shrank since the fstat: the key will not match */
        got += (size_t)n;
    }
    data[got] = '\0';
    *len = got;
    return data;
}

/* What a file was when its text was read, from the descriptor it was read
 * through: a cached article is used again only while the file still
 * matches. A stat() taken later could see a save that landed meanwhile
 * and pair the new times with the old text. */
typedef struct file_key {
    off_t size;
    ino_t ino;
    struct timespec mtime, ctime;
    bool settled; /* unchanged for two clock ticks before the read ended */
} file_key;

static long long nanoseconds(struct timespec t)
{
    return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

/* A write in the clock tick of the read can leave the times as they were
 * with other bytes (file times come from the coarse clock): a file
 * changed that recently proves nothing by its times, and is extracted
 * again next time. (Times coarser than the clock, as on FAT, are not
 * covered.) */
static bool settled_before_now(const struct stat *st)
{
    struct timespec now, tick;
    if (clock_gettime(CLOCK_REALTIME_COARSE, &now) != 0 ||
        clock_getres(CLOCK_REALTIME_COARSE, &tick) != 0)
        return false;
    long long limit = nanoseconds(now) - 2 * nanoseconds(tick);
    return nanoseconds(st->st_mtim) < limit && nanoseconds(st->st_ctim) < limit;
}

static bool key_matches(const file_key *key, const struct stat *st)
{
    return key->settled && st->st_size == key->size && st->st_ino == key->ino &&
           nanoseconds(st->st_mtim) == nanoseconds(key->mtime) &&
           nanoseconds(st->st_ctim) == nanoseconds(key->ctime);
}

/* The memory a worker extracts with (both may be NULL). */
typedef struct worker_memory {
    afs_arena *scratch;
    afs_page_pool *pages;
} worker_memory;

/* The text and metadata of a web page into the extractor's options; the
 * page's date stands in for -o date= when none was given. */
static afs_article *extract_page(const char *html, size_t len, const char *path,
                                 afs_extract_options *xo, char *err,
                                 size_t err_size)
{
    afs_page page;
    char why[200];
    if (afs_page_read(html, len, &page, why, sizeof why) != 0) {
        snprintf(err, err_size, "cannot read '%s': %s", path, why);
        return NULL;
    }
    if (!xo->date && page.date)
        xo->date = page.date;
    xo->title = page.title;
    xo->authors = (const char *const *)page.authors;
    xo->author_count = page.author_count;
    xo->site = page.site;
    xo->url = page.url;
    xo->original = html;
    xo->original_len = len;
    afs_article *a = afs_extract(page.text, page.text_len, xo);
    afs_page_free(&page);
    return a;
}

/* Plain text or a web page, either possibly gzip-compressed. When owned,
 * data is malloc'ed and this frees it, or hands it to the model of a plain
 * text (no copy). */
static afs_article *extract_source(char *data, size_t len, bool owned,
                                   const char *path,
                                   const afs_source_options *options,
                                   afs_extract_options *xo, char *err,
                                   size_t err_size)
{
    char *inflated = NULL;
    const char *bytes = data;
    if (afs_format_is_gzip(data, len)) {
        char why[200];
        size_t inflated_len;
        inflated = afs_gunzip(data, len, options ? options->max_size : 0,
                              &inflated_len, why, sizeof why);
        if (!inflated) {
            snprintf(err, err_size, "cannot read '%s': %s", path, why);
            if (owned)
                free(data);
            return NULL;
        }
        bytes = inflated;
        len = inflated_len;
    }
    bool page =
        afs_format_detect(base_name(path), bytes, len) == AFS_FORMAT_HTML;
    xo->adopt_bytes = owned && !page && !inflated;
    afs_article *a = page ? extract_page(bytes, len, path, xo, err, err_size)
                          : afs_extract(bytes, len, xo);
    free(inflated);
    if (owned && !xo->adopt_bytes)
        free(data);
    return a;
}

static afs_article *load_article(const char *path,
                                 const afs_source_options *options,
                                 worker_memory memory, file_key *read_as,
                                 char *err, size_t err_size)
{
    /* O_NONBLOCK: a FIFO must not hang the open; regular files ignore it */
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0) {
        snprintf(err, err_size, "cannot read '%s': %s", path, strerror(errno));
        if (fd >= 0)
            close(fd);
        return NULL;
    }
    const char *why = S_ISDIR(st.st_mode)    ? "Is a directory"
                      : !S_ISREG(st.st_mode) ? "not a regular file"
                                             : NULL;
    if (!why && options && options->max_size &&
        (size_t)st.st_size > options->max_size)
        why = "larger than max_size";
    if (why) {
        snprintf(err, err_size, "cannot read '%s': %s", path, why);
        close(fd);
        return NULL;
    }
    size_t len = 0;
    afs_arena *scratch = memory.scratch;
    char *data = read_fd(fd, (size_t)st.st_size, scratch, &len);
    int saved = errno;
    close(fd);
    if (!data) {
        snprintf(err, err_size, "cannot read '%s': %s", path, strerror(saved));
        return NULL;
    }
    if (read_as)
        *read_as = (file_key){.size = st.st_size,
                              .ino = st.st_ino,
                              .mtime = st.st_mtim,
                              .ctime = st.st_ctim,
                              .settled = settled_before_now(&st)};
    afs_source_after_read(path);
    afs_extract_options xo = {.date = options ? options->date : NULL,
                              .source_name = base_name(path),
                              .scratch = scratch,
                              .pages = memory.pages};
    /* a file alone: malloc'ed, and its model may keep the buffer */
    afs_article *a = extract_source(data, len, scratch == NULL, path, options,
                                    &xo, err, err_size);
    if (scratch)
        afs_arena_reset(scratch);
    return a;
}

afs_article *afs_source_load(const char *path,
                             const afs_source_options *options,
                             struct timespec *mtime, char *err, size_t err_size)
{
    file_key key;
    afs_article *a =
        load_article(path, options, (worker_memory){0}, &key, err, err_size);
    if (a && mtime)
        *mtime = key.mtime;
    return a;
}

int afs_source_is_folder(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return -1;
    return S_ISDIR(st.st_mode) ? 1 : 0;
}

/* ---- folders ----------------------------------------------------------- */

typedef struct path_list {
    char **v;
    size_t n, cap;
} path_list;

static void push_path(path_list *l, char *path)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 64;
        l->v = realloc(l->v, l->cap * sizeof *l->v);
        if (!l->v)
            abort();
    }
    l->v[l->n++] = path;
}

static bool is_article_name(const char *name)
{
    return name[0] != '.' && afs_format_known_name(name);
}

/* Folders below this depth are not read (a link loop a bind mount made). */
#define MAX_DEPTH 32

/* Relative paths of the articles under root/rel, subfolders included;
 * hidden files and folders are skipped. 0, or the errno of opening
 * root/rel itself: a subfolder that cannot be read is skipped with a
 * line on stderr. */
static int collect(const char *root, const char *rel, path_list *out,
                   int verbose, int depth)
{
    char *dir_path = malloc(strlen(root) + strlen(rel) + 2);
    if (!dir_path)
        abort();
    if (rel[0])
        sprintf(dir_path, "%s/%s", root, rel);
    else
        strcpy(dir_path, root);
    DIR *d = opendir(dir_path);
    int error = d ? 0 : errno;
    free(dir_path);
    if (!d)
        return error;
    for (struct dirent *e; (e = readdir(d));) {
        if (e->d_name[0] == '.')
            continue;
        char *child = malloc(strlen(rel) + strlen(e->d_name) + 2);
        if (!child)
            abort();
        sprintf(child, "%s%s%s", rel, rel[0] ? "/" : "", e->d_name);
        if (e->d_type == DT_DIR) {
            bool too_deep = depth + 1 > MAX_DEPTH;
            int sub =
                too_deep ? 0 : collect(root, child, out, verbose, depth + 1);
            if (too_deep || sub)
                fprintf(stderr, "articlefs: skipping folder '%s': %s\n", child,
                        too_deep ? "more than 32 folders deep" : strerror(sub));
            free(child);
        } else if (is_article_name(e->d_name)) {
            push_path(out, child);
        } else {
            if (verbose)
                fprintf(stderr,
                        "articlefs: skipping '%s': not .txt, .md, .text, "
                        ".html, .htm or .xhtml\n",
                        child);
            free(child);
        }
    }
    closedir(d);
    return 0;
}

static int compare_paths(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The articles of a folder, by their paths below it, in path order; the
 * folder's mtime in *mtime when asked. -1 with err when the folder
 * itself cannot be read. */
static int folder_articles(const char *path, int verbose, path_list *files,
                           struct timespec *mtime, char *err, size_t err_size)
{
    struct stat st;
    if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode)) {
        snprintf(err, err_size, "cannot read folder '%s': %s", path,
                 strerror(errno ? errno : ENOTDIR));
        return -1;
    }
    if (mtime)
        *mtime = st.st_mtim;
    int error = collect(path, "", files, verbose, 0);
    if (error) {
        snprintf(err, err_size, "cannot read folder '%s': %s", path,
                 strerror(error));
        return -1;
    }
    qsort(files->v, files->n, sizeof *files->v, compare_paths);
    return 0;
}

/* "sub/000.txt" -> "sub-000" */
static char *article_id(const char *rel)
{
    char *id = strdup(rel);
    if (!id)
        abort();
    char *dot = strrchr(id, '.');
    if (dot && !strcmp(dot, ".gz")) {
        *dot = '\0';
        dot = strrchr(id, '.');
    }
    if (dot)
        *dot = '\0';
    for (char *p = id; *p; p++)
        if (*p == '/')
            *p = '-';
    return id;
}

/* ---- the cache --------------------------------------------------------- */

typedef struct cached {
    char *path;
    file_key key; /* of the file as read */
    afs_article *article;
    bool seen; /* in the latest scan */
} cached;

struct afs_source_cache {
    cached *v;
    size_t n, cap;
    size_t sorted; /* v[0 .. sorted) is in path order; newer entries follow */
};

afs_source_cache *afs_source_cache_new(void)
{
    afs_source_cache *c = calloc(1, sizeof *c);
    if (!c)
        abort();
    return c;
}

void afs_source_cache_free(afs_source_cache *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->n; i++) {
        afs_article_free(c->v[i].article);
        free(c->v[i].path);
    }
    free(c->v);
    free(c);
}

static int compare_cached(const void *a, const void *b)
{
    return strcmp(((const cached *)a)->path, ((const cached *)b)->path);
}

/* The entry for path (the cache is sorted by path), or NULL. */
static cached *cache_find(afs_source_cache *c, const char *path)
{
    cached key = {.path = (char *)path};
    return c->sorted
               ? bsearch(&key, c->v, c->sorted, sizeof *c->v, compare_cached)
               : NULL;
}

/* The cached article for full when the file is unchanged, else NULL. */
static afs_article *cache_hit(afs_source_cache *c, const char *full)
{
    struct stat st;
    cached *hit = c ? cache_find(c, full) : NULL;
    if (!hit || stat(full, &st) != 0 || !key_matches(&hit->key, &st))
        return NULL;
    hit->seen = true;
    return afs_article_ref(hit->article);
}

/* Remembers the article just loaded from full, read as key says. */
static void cache_store(afs_source_cache *c, const char *full,
                        const file_key *key, afs_article *a)
{
    if (!c)
        return;
    cached *hit = cache_find(c, full);
    if (hit) {
        afs_article_free(hit->article);
    } else {
        char *copy = strdup(full);
        if (!copy)
            return; /* not cached: extracted again next time */
        if (c->n == c->cap) {
            c->cap = c->cap ? c->cap * 2 : 64;
            c->v = realloc(c->v, c->cap * sizeof *c->v);
            if (!c->v)
                abort();
        }
        hit = &c->v[c->n++];
        hit->path = copy;
    }
    hit->key = *key;
    hit->article = afs_article_ref(a);
    hit->seen = true;
}

/* ---- loading in parallel ------------------------------------------------ */

/* One file of a folder: what to read, and what came of it. */
typedef struct job {
    char *full;
    afs_article *article; /* from the cache, or loaded by a worker */
    file_key key;         /* the file as the worker read it */
    bool from_cache;
    char why[256];
} job;

typedef struct job_queue {
    job *jobs;
    size_t count;
    _Atomic size_t next;
    const afs_source_options *options;
    bool pooled; /* many to extract: models from page pools */
} job_queue;

/* Fewer articles than this to extract (a reload, most often) take their
 * models from malloc: a pool's region would outlive them half empty. */
#define POOLED_LOAD 64

static void *load_worker(void *arg)
{
    job_queue *q = arg;
    worker_memory memory = {
        .scratch = afs_arena_new(),
        .pages = q->pooled ? afs_page_pool_new() : NULL,
    };
    for (size_t i; (i = atomic_fetch_add(&q->next, 1)) < q->count;) {
        job *j = &q->jobs[i];
        if (!j->from_cache)
            j->article = load_article(j->full, q->options, memory, &j->key,
                                      j->why, sizeof j->why);
    }
    afs_arena_free(memory.scratch);
    afs_page_pool_free(memory.pages);
    return NULL;
}

/* Articles are independent: each core extracts its share. */
static void load_all(job_queue *q)
{
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    size_t threads = cores < 1 ? 2 : cores > 8 ? 16 : 2 * (size_t)cores;
    if (threads > q->count)
        threads = q->count ? q->count : 1;
    pthread_t helpers[16];
    size_t started = 0;
    for (; started + 1 < threads; started++)
        if (pthread_create(&helpers[started], NULL, load_worker, q) != 0)
            break;
    load_worker(q);
    for (size_t i = 0; i < started; i++)
        pthread_join(helpers[i], NULL);
}

/* Forgets files that are gone, and sorts the cache for the next scan. */
static void cache_settle(afs_source_cache *c)
{
    size_t kept = 0;
    for (size_t i = 0; i < c->n; i++) {
        if (!c->v[i].seen) {
            afs_article_free(c->v[i].article);
            free(c->v[i].path);
            continue;
        }
        c->v[i].seen = false;
        c->v[kept++] = c->v[i];
    }
    c->n = kept;
    if (c->n)
        qsort(c->v, c->n, sizeof *c->v, compare_cached);
    c->sorted = c->n;
}

afs_corpus *afs_source_load_folder(const char *path,
                                   const afs_source_options *options,
                                   struct timespec *mtime, int verbose,
                                   char *err, size_t err_size)
{
    return afs_source_load_folder_cached(path, options, NULL, mtime, verbose,
                                         err, err_size);
}

afs_corpus *afs_source_load_folder_cached(const char *path,
                                          const afs_source_options *options,
                                          afs_source_cache *cache,
                                          struct timespec *mtime, int verbose,
                                          char *err, size_t err_size)
{
    path_list files = {0};
    if (folder_articles(path, verbose, &files, mtime, err, err_size) != 0)
        return NULL;
    job_queue q = {.jobs = calloc(files.n + 1, sizeof *q.jobs),
                   .count = files.n,
                   .options = options};
    afs_article **articles = calloc(files.n + 1, sizeof *articles);
    char **ids = calloc(files.n + 1, sizeof *ids);
    if (!q.jobs || !articles || !ids)
        abort();
    size_t to_extract = 0;
    for (size_t i = 0; i < files.n; i++) {
        job *j = &q.jobs[i];
        if (!(j->full = malloc(strlen(path) + strlen(files.v[i]) + 2)))
            abort();
        sprintf(j->full, "%s/%s", path, files.v[i]);
        j->article = cache_hit(cache, j->full);
        j->from_cache = j->article != NULL;
        to_extract += !j->from_cache;
    }
    q.pooled = to_extract >= POOLED_LOAD;
    load_all(&q);
    size_t loaded = 0;
    for (size_t i = 0; i < files.n; i++) {
        job *j = &q.jobs[i];
        if (j->article) {
            if (!j->from_cache)
                cache_store(cache, j->full, &j->key, j->article);
            articles[loaded] = j->article;
            ids[loaded++] = article_id(files.v[i]);
        } else {
            fprintf(stderr, "articlefs: %s (skipped)\n", j->why);
        }
        free(j->full);
        free(files.v[i]);
    }
    free(q.jobs);
    free(files.v);
    if (cache)
        cache_settle(cache);
    afs_corpus *c = afs_corpus_new(articles, (const char *const *)ids, loaded);
    for (size_t i = 0; i < loaded; i++)
        free(ids[i]);
    free(ids);
    free(articles);
    return c;
}

/* ---- streaming a folder ------------------------------------------------ */

/* One article of a stream: done once a worker has run work on it. */
typedef struct stream_slot {
    void *result;
    bool done, failed;
    char why[256];
} stream_slot;

/* Articles a stream has in hand at once, loaded or waiting to be
 * emitted: what keeps its memory flat however large the folder. */
#define STREAM_WINDOW 64

typedef struct stream {
    char **full; /* paths in path order */
    size_t count;
    size_t next;    /* the next to load */
    size_t emitted; /* the next to emit; slots hold [emitted, next) */
    stream_slot slots[STREAM_WINDOW];
    pthread_mutex_t lock;
    pthread_cond_t ready; /* the results to emit next are done */
    pthread_cond_t room;  /* a slot is free */
    /* Who waits, so that a wake-up goes only to a waiter: one a slot
     * was a futex call an article, most of them for nothing. */
    bool emitter_waits;
    size_t claimers_waiting;
    const afs_source_options *options;
    afs_source_work_fn work;
    void *context;
} stream;

/* The next article to load, waiting while the window is full; false
 * when there are none left. The lock held. */
static bool stream_claim(stream *s, size_t *index)
{
    while (s->next < s->count && s->next >= s->emitted + STREAM_WINDOW) {
        s->claimers_waiting++;
        pthread_cond_wait(&s->room, &s->lock);
        s->claimers_waiting--;
    }
    bool any = s->next < s->count;
    if (any)
        *index = s->next++;
    return any;
}

/* Results the emitter waits for once it has none: it then wakes once
 * for several articles, not once for each. */
#define EMIT_BATCH 8
_Static_assert(EMIT_BATCH <= STREAM_WINDOW, "the window holds a batch");

/* The next EMIT_BATCH results (or all that are left) are done. */
static bool emit_batch_done(const stream *s)
{
    size_t left = s->count - s->emitted;
    size_t want = left < EMIT_BATCH ? left : EMIT_BATCH;
    for (size_t k = 0; k < want; k++)
        if (!s->slots[(s->emitted + k) % STREAM_WINDOW].done)
            return false;
    return true;
}

/* Loads article i and runs work on it. */
static stream_slot stream_load(stream *s, size_t i, worker_memory memory)
{
    stream_slot done = {.done = true};
    afs_article *a = load_article(s->full[i], s->options, memory, NULL,
                                  done.why, sizeof done.why);
    if (a) {
        done.result = s->work(s->context, a);
        afs_article_free(a);
    } else {
        done.failed = true;
    }
    return done;
}

static void stream_emit(stream *s, afs_source_emit_fn emit, stream_slot taken)
{
    if (taken.failed)
        fprintf(stderr, "articlefs: %s (skipped)\n", taken.why);
    else
        emit(s->context, taken.result);
}

static void *stream_worker(void *arg)
{
    stream *s = arg;
    worker_memory memory = {.scratch = afs_arena_new()};
    /* one hold of the lock an article: its result in, the next out */
    pthread_mutex_lock(&s->lock);
    for (size_t i; stream_claim(s, &i);) {
        pthread_mutex_unlock(&s->lock);
        stream_slot done = stream_load(s, i, memory);
        pthread_mutex_lock(&s->lock);
        s->slots[i % STREAM_WINDOW] = done;
        if (s->emitter_waits && emit_batch_done(s))
            pthread_cond_signal(&s->ready);
    }
    pthread_mutex_unlock(&s->lock);
    afs_arena_free(memory.scratch);
    return NULL;
}

/* On the calling thread: each result in path order, as it comes. */
static void stream_emit_all(stream *s, afs_source_emit_fn emit)
{
    pthread_mutex_lock(&s->lock);
    while (s->emitted < s->count) {
        stream_slot *slot = &s->slots[s->emitted % STREAM_WINDOW];
        if (!slot->done) {
            s->emitter_waits = true;
            while (!emit_batch_done(s))
                pthread_cond_wait(&s->ready, &s->lock);
            s->emitter_waits = false;
        }
        stream_slot taken = *slot;
        slot->done = false;
        s->emitted++;
        if (s->claimers_waiting)
            pthread_cond_broadcast(&s->room);
        pthread_mutex_unlock(&s->lock);
        stream_emit(s, emit, taken);
        pthread_mutex_lock(&s->lock);
    }
    pthread_mutex_unlock(&s->lock);
}

/* Workers as load_all has them; with none at all, the caller loads. */
static size_t stream_threads(size_t count)
{
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    size_t threads = cores < 1 ? 2 : cores > 8 ? 16 : 2 * (size_t)cores;
    return threads > count ? count : threads;
}

static void stream_run(stream *s, afs_source_emit_fn emit)
{
    pthread_t workers[16];
    size_t started = 0, wanted = stream_threads(s->count);
    while (started < wanted &&
           pthread_create(&workers[started], NULL, stream_worker, s) == 0)
        started++;
    if (started == 0) {
        /* no thread to be had: one article at a time, here */
        worker_memory memory = {.scratch = afs_arena_new()};
        for (size_t i = 0; i < s->count; i++)
            stream_emit(s, emit, stream_load(s, i, memory));
        afs_arena_free(memory.scratch);
        return;
    }
    stream_emit_all(s, emit);
    for (size_t i = 0; i < started; i++)
        pthread_join(workers[i], NULL);
}

int afs_source_stream_folder(const char *path,
                             const afs_source_options *options, int verbose,
                             afs_source_work_fn work, afs_source_emit_fn emit,
                             void *context, char *err, size_t err_size)
{
    path_list files = {0};
    if (folder_articles(path, verbose, &files, NULL, err, err_size) != 0)
        return -1;
    stream *s = calloc(1, sizeof *s);
    if (!s)
        abort();
    s->count = files.n;
    s->full = calloc(files.n + 1, sizeof *s->full);
    if (!s->full)
        abort();
    for (size_t i = 0; i < files.n; i++) {
        if (!(s->full[i] = malloc(strlen(path) + strlen(files.v[i]) + 2)))
            abort();
        sprintf(s->full[i], "%s/%s", path, files.v[i]);
        free(files.v[i]);
    }
    free(files.v);
    s->options = options;
    s->work = work;
    s->context = context;
    pthread_mutex_init(&s->lock, NULL);
    pthread_cond_init(&s->ready, NULL);
    pthread_cond_init(&s->room, NULL);
    stream_run(s, emit);
    pthread_cond_destroy(&s->room);
    pthread_cond_destroy(&s->ready);
    pthread_mutex_destroy(&s->lock);
    for (size_t i = 0; i < s->count; i++)
        free(s->full[i]);
    free(s->full);
    free(s);
    return 0;
}
