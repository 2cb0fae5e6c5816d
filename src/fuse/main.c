/* articlefs: the command line. Mounting follows libfuse's hello_ll.c;
 * options follow sshfs and squashfuse (fstab words accepted, -o date=,
 * -o max_size= of our own). */
#include <errno.h>
#include <jansson.h>
#include <limits.h>
#include <malloc.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "articlefs/render.h"
#include "articlefs/source.h"
#include "articlefs/watch.h"
#include "config.h"
#include "fs.h"

static const char usage[] =
    "usage: articlefs [options] SOURCE MOUNTPOINT\n"
    "       articlefs extract SOURCE...\n"
    "       articlefs export SOURCE DIR\n"
    "       articlefs text SOURCE\n"
    "       articlefs --help | --version\n"
    "\n"
    "Mounts a news article (or a folder of them: plain text .txt, .md,\n"
    ".text, or web pages .html, .htm, .xhtml, each possibly .gz) as a\n"
    "read-only tree of its people, organizations, places, quotes and\n"
    "events. Unmount with 'fusermount3 -u MOUNTPOINT'.\n"
    "\n"
    "commands:\n"
    "    extract SOURCE...      print article.json (several articles, or a\n"
    "                           folder: JSON Lines, one article a line)\n"
    "    export SOURCE DIR      write the tree as real files into DIR\n"
    "    text SOURCE            print article.txt (for a web page, the\n"
    "                           article found in it, headline first)\n"
    "\n"
    "options:\n"
    "    -h, --help             print this help\n"
    "    -V, --version          print the version\n"
    "    -f                     stay in the foreground\n"
    "    -d                     debug output (implies -f)\n"
    "    -s                     single-threaded (the default; see "
    "multithread)\n"
    "    -o multithread         serve with libfuse's thread pool; every "
    "answer\n"
    "                           comes from memory, and on few cores one "
    "thread\n"
    "                           is faster\n"
    "    -o noxattr             no extended attributes: ls -l then never "
    "waits\n"
    "                           for the daemon (it asks for security.selinux\n"
    "                           of every file, which the kernel never "
    "caches)\n"
    "    -o date=YYYY-MM-DD     publication date, to resolve \"Friday\"\n"
    "                           (default: the page's date, or a 'Date:'\n"
    "                           line in the article)\n"
    "    -o max_size=BYTES      refuse larger articles\n"
    "    -o allow_other         let other users read the mount\n"
    "    -o default_permissions let the kernel check permissions\n"
    "    -o auto_unmount        unmount when the daemon exits\n"
    "    -o ro, noauto, auto, user, users, nouser, _netdev, nofail,\n"
    "       exec, noexec, suid, nosuid, dev, nodev, defaults\n"
    "                           accepted and ignored (mount(8), fstab)\n";

typedef struct cli {
    char *date;
    char *max_size;
    int multithread;
    int noxattr;
    const char *source;
    const char *mountpoint;
    int extra_args;
} cli;

enum { KEY_IGNORE };

static const struct fuse_opt cli_opts[] = {
    {"date=%s", offsetof(cli, date), 0},
    {"max_size=%s", offsetof(cli, max_size), 0},
    {"multithread", offsetof(cli, multithread), 1},
    {"noxattr", offsetof(cli, noxattr), 1},
    FUSE_OPT_KEY("ro", KEY_IGNORE),
    FUSE_OPT_KEY("noauto", KEY_IGNORE),
    FUSE_OPT_KEY("auto", KEY_IGNORE),
    FUSE_OPT_KEY("user", KEY_IGNORE),
    FUSE_OPT_KEY("users", KEY_IGNORE),
    FUSE_OPT_KEY("nouser", KEY_IGNORE),
    FUSE_OPT_KEY("_netdev", KEY_IGNORE),
    FUSE_OPT_KEY("nofail", KEY_IGNORE),
    FUSE_OPT_KEY("exec", KEY_IGNORE),
    FUSE_OPT_KEY("noexec", KEY_IGNORE),
    FUSE_OPT_KEY("suid", KEY_IGNORE),
    FUSE_OPT_KEY("nosuid", KEY_IGNORE),
    FUSE_OPT_KEY("dev", KEY_IGNORE),
    FUSE_OPT_KEY("nodev", KEY_IGNORE),
    FUSE_OPT_KEY("defaults", KEY_IGNORE),
    FUSE_OPT_KEY("atime", KEY_IGNORE),
    FUSE_OPT_KEY("noatime", KEY_IGNORE),
    FUSE_OPT_END};

static int keep_positional(void *data, const char *arg, int key,
                           struct fuse_args *outargs)
{
    (void)outargs;
    cli *c = data;
    if (key == KEY_IGNORE)
        return 0;
    if (key != FUSE_OPT_KEY_NONOPT)
        return 1;
    if (!c->source) {
        c->source = arg;
        return 0;
    }
    if (!c->mountpoint) {
        c->mountpoint = arg;
        return 1; /* fuse_parse_cmdline takes it from here */
    }
    c->extra_args++;
    return 0;
}

static void fail(const char *message)
{
    fprintf(stderr, "articlefs: %s\n", message);
}

/* Checks -o date= and -o max_size=; fills the loader's options. */
static int source_options(const cli *c, afs_source_options *o)
{
    o->date = c->date;
    o->max_size = 0;
    if (c->date && !afs_valid_date(c->date)) {
        fprintf(stderr,
                "articlefs: bad date '%s': not a day written YYYY-MM-DD\n",
                c->date);
        return -1;
    }
    if (c->max_size) {
        char *end;
        errno = 0;
        unsigned long long v = strtoull(c->max_size, &end, 10);
        if (errno || *end || end == c->max_size || v == 0) {
            fprintf(stderr, "articlefs: bad max_size '%s': use a byte count\n",
                    c->max_size);
            return -1;
        }
        o->max_size = (size_t)v;
    }
    return 0;
}

/* Every article's scratch arena is freed after extraction; glibc would
 * hand those pages back to the kernel each time and fault them in again
 * for the next article, which doubles the time to load a folder. */
static void keep_freed_pages(void)
{
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
}

/* Once a folder is loaded, the pages its workers' scratch arenas held go
 * back (keep_freed_pages kept them while loading). */
static void return_freed_pages(void)
{
    malloc_trim(0);
}

/* An article file gives its own tree; a folder, the corpus tree. */
static afs_tree *load_tree(const char *path, const afs_source_options *o,
                           afs_source_cache *cache, const afs_tree *previous,
                           struct timespec *mtime, int verbose)
{
    char err[512];
    if (afs_source_is_folder(path) == 1) {
        afs_corpus *c = afs_source_load_folder_cached(path, o, cache, mtime,
                                                      verbose, err, sizeof err);
        return_freed_pages();
        if (!c) {
            fail(err);
            return NULL;
        }
        return afs_tree_build_corpus(c, previous);
    }
    afs_article *a = afs_source_load(path, o, mtime, err, sizeof err);
    if (!a) {
        fail(err);
        return NULL;
    }
    return afs_tree_build_article(a, previous);
}

/* ---- extract and export ------------------------------------------------ */

/* Straight from the model: extract needs no tree. */
static int write_stdout(void *context, const char *bytes, size_t len)
{
    (void)context;
    return fwrite(bytes, 1, len, stdout) == len ? 0 : -1;
}

/* A folder's JSON Lines: each article's line made on the worker that
 * extracted it, written here in path order. */
typedef struct json_line {
    afs_arena *arena;
    const char *text;
    size_t len;
} json_line;

static void *render_json_line(void *context, const afs_article *a)
{
    (void)context;
    json_line *line = malloc(sizeof *line);
    if (!line)
        abort();
    line->arena = afs_arena_new();
    line->text = afs_render_article_json_line(line->arena, a, &line->len);
    return line;
}

static void write_json_line(void *context, void *result)
{
    json_line *line = result;
    write_stdout(context, line->text, line->len);
    afs_arena_free(line->arena);
    free(line);
}

static int extract_one(const char *path, const afs_source_options *o,
                       bool one_line)
{
    char err[512];
    if (afs_source_is_folder(path) == 1) {
        /* JSON Lines, one article a line, in path order */
        if (afs_source_stream_folder(path, o, 0, render_json_line,
                                     write_json_line, NULL, err,
                                     sizeof err) != 0) {
            fail(err);
            return 1;
        }
        return 0;
    }
    afs_article *a = afs_source_load(path, o, NULL, err, sizeof err);
    if (!a) {
        fail(err);
        return 1;
    }
    afs_render_article_json_to(a, one_line, write_stdout, NULL);
    afs_article_free(a);
    return 0;
}

/* A full disk or a closed pipe fails extract, with the reason. */
static int flush_output(void)
{
    if (fflush(stdout) == 0 && !ferror(stdout))
        return 0;
    fprintf(stderr, "articlefs: cannot write the output: %s\n",
            strerror(errno));
    return 1;
}

/* One -o list of extract or export: date= and max_size= as a mount takes
 * them; the mount-only words mean nothing without a mount. */
static int offline_option_list(char *list, cli *c)
{
    for (char *opt = strtok(list, ","); opt; opt = strtok(NULL, ",")) {
        char **slot = !strncmp(opt, "date=", 5)       ? &c->date
                      : !strncmp(opt, "max_size=", 9) ? &c->max_size
                                                      : NULL;
        if (!slot) {
            fprintf(stderr,
                    "articlefs: unknown option '%s' (extract and "
                    "export take -o date= and -o max_size=)\n",
                    opt);
            return -1;
        }
        free(*slot);
        *slot = strdup(strchr(opt, '=') + 1);
    }
    return 0;
}

/* The -o options and the paths of extract or export: paths are moved to
 * the front of argv, their count returned, or -1 on a bad option. */
static int offline_args(int argc, char **argv, cli *c, afs_source_options *o)
{
    int paths = 0;
    for (int i = 2; i < argc; i++) {
        const char *list = NULL;
        if (!strcmp(argv[i], "-o")) {
            if (++i == argc) {
                fail("-o needs an option list (-o date=YYYY-MM-DD)");
                return -1;
            }
            list = argv[i];
        } else if (!strncmp(argv[i], "-o", 2)) {
            list = argv[i] + 2;
        }
        if (!list) {
            argv[paths++] = argv[i];
            continue;
        }
        char *copy = strdup(list);
        int rc = copy ? offline_option_list(copy, c) : -1;
        free(copy);
        if (rc)
            return -1;
    }
    return source_options(c, o) ? -1 : paths;
}

/* One large buffer for the output: a folder's JSON Lines then go out in
 * a few big writes, not one for every four kilobytes. */
#define OUTPUT_BUFFER ((size_t)1 << 20)

/* stdout keeps the buffer until the process ends (glibc ignores the size
 * asked of setvbuf without one); without memory, the default buffer. */
static void buffer_output(void)
{
    char *buffer = malloc(OUTPUT_BUFFER);
    if (buffer)
        setvbuf(stdout, buffer, _IOFBF, OUTPUT_BUFFER);
}

static int run_extract(int argc, char **argv)
{
    cli c = {0};
    afs_source_options o = {0};
    int paths = offline_args(argc, argv, &c, &o);
    int status = 2;
    buffer_output();
    if (paths == 0)
        fail("extract: which article? (articlefs extract [-o date=...] "
             "ARTICLE...)");
    if (paths > 0) {
        status = 0;
        for (int i = 0; i < paths; i++)
            status |= extract_one(argv[i], &o, paths > 1);
        status |= flush_output();
    }
    free(c.date);
    free(c.max_size);
    return status;
}

static int run_export(int argc, char **argv)
{
    cli c = {0};
    afs_source_options o = {0};
    int paths = offline_args(argc, argv, &c, &o);
    int rc = 2;
    if (paths >= 0 && paths != 2)
        fail("export: use 'articlefs export [-o date=...] ARTICLE DIR'");
    afs_tree *tree =
        paths == 2 ? load_tree(argv[0], &o, NULL, NULL, NULL, 0) : NULL;
    if (tree) {
        char err[512];
        rc = afs_tree_export(tree, argv[1], err, sizeof err) ? 1 : 0;
        if (rc)
            fail(err);
        afs_tree_free(tree);
    } else if (paths == 2) {
        rc = 1;
    }
    free(c.date);
    free(c.max_size);
    return rc;
}

/* The text the extraction reads: for a web page, the article in it. */
static int run_text(int argc, char **argv)
{
    if (argc != 3) {
        fail("text: use 'articlefs text ARTICLE'");
        return 2;
    }
    if (afs_source_is_folder(argv[2]) == 1) {
        fprintf(stderr, "articlefs: text: '%s' is a folder: give one article\n",
                argv[2]);
        return 2;
    }
    afs_source_options o = {0};
    char err[512];
    afs_article *a = afs_source_load(argv[2], &o, NULL, err, sizeof err);
    if (!a) {
        fail(err);
        return 1;
    }
    fwrite(a->text, 1, a->text_len, stdout);
    afs_article_free(a);
    return fflush(stdout) == 0 ? 0 : 1;
}

/* ---- mount ------------------------------------------------------------- */

static int check_mountpoint(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        fprintf(stderr, "articlefs: cannot mount on '%s': %s\n", path,
                strerror(errno));
        return -1;
    }
    if (!S_ISDIR(st.st_mode)) {
        fprintf(stderr, "articlefs: cannot mount on '%s': Not a directory\n",
                path);
        return -1;
    }
    return 0;
}

/* The mount table shows "fuse.articlefs" and the article as device. */
static int add_mount_options(struct fuse_args *args, const char *source)
{
    char *opts = NULL;
    char *fsname = malloc(strlen(source) + 8);
    if (!fsname)
        return -1;
    sprintf(fsname, "fsname=%s", source);
    int rc = fuse_opt_add_opt(&opts, "ro") ||
             fuse_opt_add_opt(&opts, "subtype=articlefs") ||
             fuse_opt_add_opt_escaped(&opts, fsname) ||
             fuse_opt_add_arg(args, "-o") || fuse_opt_add_arg(args, opts);
    free(fsname);
    free(opts);
    return rc ? -1 : 0;
}

typedef struct reloader {
    afs_fs *fs;
    const char *source;
    afs_source_options options;
    afs_source_cache *cache; /* only the watch thread touches it */
} reloader;

/* A change in the source: a new snapshot beside the old, swapped in. An
 * article that no longer loads keeps the last good tree. */
static void reload(void *context)
{
    reloader *r = context;
    struct timespec mtime;
    afs_tree *tree = load_tree(r->source, &r->options, r->cache,
                               afs_fs_current_tree(r->fs), &mtime, 0);
    if (tree)
        afs_fs_replace(r->fs, tree, mtime);
}

/* libfuse's thread pool; -1 when it cannot be set up. */
static int loop_multithreaded(struct fuse_session *se,
                              const struct fuse_cmdline_opts *opts)
{
    struct fuse_loop_config *config = fuse_loop_cfg_create();
    if (!config) {
        fail("cannot set up the thread pool: out of memory");
        return -1;
    }
    fuse_loop_cfg_set_clone_fd(config, opts->clone_fd);
    fuse_loop_cfg_set_max_threads(config, opts->max_threads);
    /* idle workers stay: making a thread per request costs more than the
     * request (ls -lR was three times slower) */
    fuse_loop_cfg_set_idle_threads(config, opts->max_idle_threads == UINT_MAX
                                               ? opts->max_threads
                                               : opts->max_idle_threads);
    int rc = fuse_session_loop_mt(se, config);
    fuse_loop_cfg_destroy(config);
    return rc;
}

/* Mounted: into the background (unless -f), then the watch and the
 * loop. */
static int run_mounted(struct fuse_session *se, struct fuse_cmdline_opts *opts,
                       int multithread, reloader *r)
{
    if (fuse_daemonize(opts->foreground) != 0) {
        fail("cannot run in the background (libfuse says why above); "
             "-f stays in the foreground");
        return 1;
    }
    /* after daemonizing: the watch thread must live in the daemon */
    char err[512];
    afs_watch *watch = afs_watch_start(r->source, reload, r, err, sizeof err);
    if (!watch)
        fail(err); /* served as loaded, without live reloads */
    /* Every reply comes from memory: one thread does not wait, and
     * libfuse's pool made grep -r 6x slower on 2 cores. */
    int rc = opts->singlethread || !multithread ? fuse_session_loop(se)
                                                : loop_multithreaded(se, opts);
    afs_watch_stop(watch);
    /* the loop returns the signal that ended it: SIGTERM and SIGINT are
     * how a mount is meant to stop */
    return rc < 0 ? 1 : 0;
}

static int serve(struct fuse_args *args, struct fuse_cmdline_opts *opts,
                 int multithread, afs_fs *fs, reloader *r)
{
    struct fuse_session *se =
        fuse_session_new(args, &afs_fs_ops, sizeof afs_fs_ops, fs);
    if (!se)
        return 1;
    fs->session = se;
    int rc = 1;
    if (fuse_set_signal_handlers(se) == 0) {
        if (fuse_session_mount(se, opts->mountpoint) == 0) {
            rc = run_mounted(se, opts, multithread, r);
            fuse_session_unmount(se);
        }
        fuse_remove_signal_handlers(se);
    }
    fuse_session_destroy(se);
    return rc ? 1 : 0;
}

static int run_mount(int argc, char **argv)
{
    struct fuse_args args = FUSE_ARGS_INIT(argc, argv);
    cli c = {0};
    int status = 1;
    struct fuse_cmdline_opts opts = {0};
    if (fuse_opt_parse(&args, &c, cli_opts, keep_positional) != 0)
        goto out;
    afs_source_options so;
    if (!c.source || !c.mountpoint) {
        fprintf(stderr, "%s", usage);
        fail(!c.source ? "missing ARTICLE and MOUNTPOINT"
                       : "missing MOUNTPOINT");
        goto out;
    }
    if (c.extra_args) {
        fail("too many arguments (one ARTICLE, one MOUNTPOINT)");
        goto out;
    }
    if (source_options(&c, &so) != 0 || check_mountpoint(c.mountpoint) != 0 ||
        add_mount_options(&args, c.source) != 0 ||
        fuse_parse_cmdline(&args, &opts) != 0)
        goto out;
    /* the watch reloads from an absolute path: the daemon changes to / */
    char *source = realpath(c.source, NULL);
    afs_source_cache *cache = afs_source_cache_new();
    struct timespec mtime;
    afs_tree *tree = load_tree(source ? source : c.source, &so, cache, NULL,
                               &mtime, opts.debug);
    if (tree) {
        afs_fs fs;
        afs_fs_init(&fs, tree, mtime);
        fs.no_xattrs = c.noxattr != 0;
        reloader r = {&fs, source ? source : c.source, so, cache};
        status = serve(&args, &opts, c.multithread, &fs, &r);
        afs_fs_destroy(&fs);
    }
    afs_source_cache_free(cache);
    free(source);
out:
    free(opts.mountpoint);
    free(c.date);
    free(c.max_size);
    fuse_opt_free_args(&args);
    return status;
}

int main(int argc, char **argv)
{
    keep_freed_pages();
    if (argc >= 2 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h"))) {
        printf("%s", usage);
        return 0;
    }
    if (argc >= 2 &&
        (!strcmp(argv[1], "--version") || !strcmp(argv[1], "-V"))) {
        printf("articlefs %s (libfuse %s)\n", AFS_VERSION, fuse_pkgversion());
        return 0;
    }
    if (argc >= 2 && !strcmp(argv[1], "extract"))
        return run_extract(argc, argv);
    if (argc >= 2 && !strcmp(argv[1], "export"))
        return run_export(argc, argv);
    if (argc >= 2 && !strcmp(argv[1], "text"))
        return run_text(argc, argv);
    return run_mount(argc, argv);
}
