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
        if (n <= 0)
            break;
        got += (size_t)n;
    }
    *len = got;
    return data;
}

/* The memory a worker extracts with (both may be NULL). */
typedef struct worker_memory {
    afs_arena *scratch;
    afs_page_pool *pages;
} worker_memory;

static afs_article *load_article(const char *path,
                                 const afs_source_options *options,
                                 worker_memory memory, struct timespec *mtime,
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
    if (mtime)
        *mtime = st.st_mtim;
    afs_extract_options xo = {.date = options ? options->date : NULL,
                              .source_name = base_name(path),
                              .scratch = scratch,
                              .pages = memory.pages};
    afs_article *a = afs_extract(data, len, &xo);
    if (scratch)
        afs_arena_reset(scratch);
    else
        free(data);
    return a;
}

afs_article *afs_source_load(const char *path,
                             const afs_source_options *options,
                             struct timespec *mtime, char *err, size_t err_size)
{
    return load_article(path, options, (worker_memory){0}, mtime, err,
                        err_size);
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
    const char *dot = strrchr(name, '.');
    return dot && dot != name &&
           (strcmp(dot, ".txt") == 0 || strcmp(dot, ".md") == 0 ||
            strcmp(dot, ".text") == 0);
}

/* Relative paths of the articles under dir, subfolders included; hidden
 * files and folders are skipped. */
static void collect(const char *root, const char *rel, path_list *out,
                    int verbose, int depth)
{
    char *dir_path = rel[0] ? malloc(strlen(root) + strlen(rel) + 2) : NULL;
    if (dir_path)
        sprintf(dir_path, "%s/%s", root, rel);
    DIR *d = opendir(dir_path ? dir_path : root);
    free(dir_path);
    if (!d || depth > 32) {
        if (d)
            closedir(d);
        return;
    }
    for (struct dirent *e; (e = readdir(d));) {
        if (e->d_name[0] == '.')
            continue;
        char *child = malloc(strlen(rel) + strlen(e->d_name) + 2);
        if (!child)
            abort();
        sprintf(child, "%s%s%s", rel, rel[0] ? "/" : "", e->d_name);
        if (e->d_type == DT_DIR) {
            collect(root, child, out, verbose, depth + 1);
            free(child);
        } else if (is_article_name(e->d_name)) {
            push_path(out, child);
        } else {
            if (verbose)
                fprintf(stderr,
                        "articlefs: skipping '%s': not .txt, .md or "
                        ".text\n",
                        child);
            free(child);
        }
    }
    closedir(d);
}

static int compare_paths(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* "sub/000.txt" -> "sub-000" */
static char *article_id(const char *rel)
{
    char *id = strdup(rel);
    if (!id)
        abort();
    char *dot = strrchr(id, '.');
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
    off_t size;
    struct timespec mtime;
    ino_t ino;
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
    if (!hit || stat(full, &st) != 0 || st.st_size != hit->size ||
        st.st_ino != hit->ino || st.st_mtim.tv_sec != hit->mtime.tv_sec ||
        st.st_mtim.tv_nsec != hit->mtime.tv_nsec)
        return NULL;
    hit->seen = true;
    return afs_article_ref(hit->article);
}

/* Remembers the article just loaded from full. */
static void cache_store(afs_source_cache *c, const char *full, afs_article *a)
{
    struct stat st;
    if (!c || stat(full, &st) != 0)
        return;
    cached *hit = cache_find(c, full);
    if (hit) {
        afs_article_free(hit->article);
    } else {
        if (c->n == c->cap) {
            c->cap = c->cap ? c->cap * 2 : 64;
            c->v = realloc(c->v, c->cap * sizeof *c->v);
            if (!c->v)
                abort();
        }
        hit = &c->v[c->n++];
        hit->path = strdup(full);
    }
    hit->size = st.st_size;
    hit->ino = st.st_ino;
    hit->mtime = st.st_mtim;
    hit->article = afs_article_ref(a);
    hit->seen = true;
}

/* ---- loading in parallel ------------------------------------------------ */

/* One file of a folder: what to read, and what came of it. */
typedef struct job {
    char *full;
    afs_article *article; /* from the cache, or loaded by a worker */
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
            j->article = load_article(j->full, q->options, memory, NULL, j->why,
                                      sizeof j->why);
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
    struct stat st;
    if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode)) {
        snprintf(err, err_size, "cannot read folder '%s': %s", path,
                 strerror(errno ? errno : ENOTDIR));
        return NULL;
    }
    if (mtime)
        *mtime = st.st_mtim;
    path_list files = {0};
    collect(path, "", &files, verbose, 0);
    qsort(files.v, files.n, sizeof *files.v, compare_paths);
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
                cache_store(cache, j->full, j->article);
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
