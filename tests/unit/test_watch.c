/* The watch calls back when a folder or a file changes, and when it
 * cannot be started it says why and leaves nothing open or running: no
 * descriptor for inotify or for the pipe, no thread to join. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "articlefs/watch.h"

typedef struct calls {
    pthread_mutex_t lock;
    pthread_cond_t changed;
    int count;
} calls;

static void on_change(void *context)
{
    calls *c = context;
    pthread_mutex_lock(&c->lock);
    c->count++;
    pthread_cond_signal(&c->changed);
    pthread_mutex_unlock(&c->lock);
}

/* True once the watch has called back; gives up after ten seconds (it
 * should take about a tenth of one). */
static bool called_back(calls *c)
{
    struct timespec until;
    clock_gettime(CLOCK_REALTIME, &until);
    until.tv_sec += 10;
    pthread_mutex_lock(&c->lock);
    while (c->count == 0 &&
           pthread_cond_timedwait(&c->changed, &c->lock, &until) == 0)
        ;
    bool called = c->count > 0;
    pthread_mutex_unlock(&c->lock);
    return called;
}

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    assert_true(fputs(text, f) >= 0);
    assert_int_equal(fclose(f), 0);
}

/* The lowest descriptor number free: what a leak would move. */
static int lowest_free_fd(void)
{
    int fd = dup(0);
    assert_true(fd >= 0);
    close(fd);
    return fd;
}

typedef struct place {
    char dir[64], file[128];
    calls calls;
} place;

static int make_place(void **state)
{
    place *p = calloc(1, sizeof *p);
    assert_non_null(p);
    snprintf(p->dir, sizeof p->dir, "/tmp/afs-watch.XXXXXX");
    assert_non_null(mkdtemp(p->dir));
    snprintf(p->file, sizeof p->file, "%s/one.txt", p->dir);
    write_file(p->file, "Anna Berg spoke in Oslo.\n");
    pthread_mutex_init(&p->calls.lock, NULL);
    pthread_cond_init(&p->calls.changed, NULL);
    *state = p;
    return 0;
}

static int remove_place(void **state)
{
    place *p = *state;
    char path[160];
    snprintf(path, sizeof path, "%s/two.txt", p->dir);
    unlink(path);
    snprintf(path, sizeof path, "%s/one.tmp", p->dir);
    unlink(path);
    unlink(p->file);
    rmdir(p->dir);
    pthread_mutex_destroy(&p->calls.lock);
    pthread_cond_destroy(&p->calls.changed);
    free(p);
    return 0;
}

static void test_a_new_file_in_the_folder_calls_back(void **state)
{
    place *p = *state;
    char err[256] = "";
    afs_watch *w =
        afs_watch_start(p->dir, on_change, &p->calls, err, sizeof err);
    assert_non_null(w);
    char two[160];
    snprintf(two, sizeof two, "%s/two.txt", p->dir);
    write_file(two, "Karl Weber spoke in Bonn.\n");
    assert_true(called_back(&p->calls));
    afs_watch_stop(w);
}

static void test_a_file_saved_by_rename_calls_back(void **state)
{
    place *p = *state;
    char err[256] = "";
    afs_watch *w =
        afs_watch_start(p->file, on_change, &p->calls, err, sizeof err);
    assert_non_null(w);
    char tmp[160];
    snprintf(tmp, sizeof tmp, "%s/one.tmp", p->dir);
    write_file(tmp, "Karl Weber spoke in Bonn.\n");
    assert_int_equal(rename(tmp, p->file), 0);
    assert_true(called_back(&p->calls));
    afs_watch_stop(w);
}

static void test_a_missing_path_is_refused(void **state)
{
    place *p = *state;
    char missing[160], err[256] = "";
    snprintf(missing, sizeof missing, "%s/gone/away", p->dir);
    assert_null(
        afs_watch_start(missing, on_change, &p->calls, err, sizeof err));
    assert_non_null(strstr(err, "cannot watch"));
    assert_non_null(strstr(err, missing));
    assert_non_null(strstr(err, strerror(ENOENT)));
}

/* With room for one descriptor or none, inotify or the pipe cannot be
 * made: no watch, and nothing it opened stays open. */
static void test_no_descriptors_left_is_refused(void **state)
{
    place *p = *state;
    struct rlimit saved;
    assert_int_equal(getrlimit(RLIMIT_NOFILE, &saved), 0);
    int lowest = lowest_free_fd();
    for (int room = 0; room < 2; room++) {
        struct rlimit tight = {(rlim_t)(lowest + room), saved.rlim_max};
        assert_int_equal(setrlimit(RLIMIT_NOFILE, &tight), 0);
        char err[256] = "";
        afs_watch *w =
            afs_watch_start(p->dir, on_change, &p->calls, err, sizeof err);
        assert_int_equal(setrlimit(RLIMIT_NOFILE, &saved), 0);
        assert_null(w);
        assert_non_null(strstr(err, strerror(EMFILE)));
        assert_int_equal(lowest_free_fd(), lowest);
    }
}

/* A default stack larger than the address space: pthread_create fails,
 * and the watch is not half made (a stop would join no thread). */
static void test_a_thread_that_cannot_start_is_refused(void **state)
{
    place *p = *state;
    pthread_attr_t saved, huge;
    assert_int_equal(pthread_getattr_default_np(&saved), 0);
    assert_int_equal(pthread_attr_init(&huge), 0);
    assert_int_equal(pthread_attr_setstacksize(&huge, (size_t)1 << 60), 0);
    assert_int_equal(pthread_setattr_default_np(&huge), 0);
    int lowest = lowest_free_fd();
    char err[256] = "";
    afs_watch *w =
        afs_watch_start(p->dir, on_change, &p->calls, err, sizeof err);
    assert_int_equal(pthread_setattr_default_np(&saved), 0);
    pthread_attr_destroy(&huge);
    pthread_attr_destroy(&saved);
    assert_null(w);
    assert_non_null(strstr(err, "cannot watch"));
    assert_int_equal(lowest_free_fd(), lowest);
    afs_watch_stop(w); /* no watch: nothing to stop */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(
            test_a_new_file_in_the_folder_calls_back, make_place, remove_place),
        cmocka_unit_test_setup_teardown(test_a_file_saved_by_rename_calls_back,
                                        make_place, remove_place),
        cmocka_unit_test_setup_teardown(test_a_missing_path_is_refused,
                                        make_place, remove_place),
        cmocka_unit_test_setup_teardown(test_no_descriptors_left_is_refused,
                                        make_place, remove_place),
        cmocka_unit_test_setup_teardown(
            test_a_thread_that_cannot_start_is_refused, make_place,
            remove_place),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
