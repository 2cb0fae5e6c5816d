/* The loader's cache is keyed on the file as it was read: a file that
 * changes while it is being extracted is read again on the next reload,
 * and a file that did not change is not. The change is made from the
 * seam of src/load/seams.h, between the read and the extraction. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <fcntl.h>
#include <limits.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../../src/load/seams.h"
#include "articlefs/source.h"

/* The change the seam makes, once, to the file at path. */
static struct {
    char path[PATH_MAX];
    const char *text;
    atomic_int armed;
} change;

static void write_file(const char *path, const char *text)
{
    int fd = open(path, O_WRONLY | O_CREAT, 0644);
    assert_true(fd >= 0);
    size_t len = strlen(text);
    assert_int_equal(pwrite(fd, text, len, 0), (ssize_t)len);
    assert_int_equal(ftruncate(fd, (off_t)len), 0);
    assert_int_equal(close(fd), 0);
}

void afs_source_after_read(const char *path)
{
    if (strcmp(path, change.path) == 0 && atomic_exchange(&change.armed, 0))
        write_file(path, change.text);
}

static void change_while_extracting(const char *path, const char *text)
{
    snprintf(change.path, sizeof change.path, "%s", path);
    change.text = text;
    atomic_store(&change.armed, 1);
}

/* Long enough that the files' times are a few clock ticks old. */
static void let_times_settle(void)
{
    nanosleep(&(struct timespec){.tv_nsec = 60 * 1000 * 1000}, NULL);
}

typedef struct folder {
    char dir[64], a[128], b[128];
    afs_source_cache *cache;
} folder;

static const char first_text[] = "Anna Berg spoke in Oslo on Monday.\n";
static const char other_text[] = "Karl Weber spoke in Bonn.\n";
/* as long as first_text */
static const char same_size[] = "Lena Holm spoke in Riga on Monday.\n";

static int make_folder(void **state)
{
    folder *f = calloc(1, sizeof *f);
    assert_non_null(f);
    snprintf(f->dir, sizeof f->dir, "/tmp/afs-cache-key.XXXXXX");
    assert_non_null(mkdtemp(f->dir));
    snprintf(f->a, sizeof f->a, "%s/a.txt", f->dir);
    snprintf(f->b, sizeof f->b, "%s/b.txt", f->dir);
    write_file(f->a, first_text);
    write_file(f->b, other_text);
    f->cache = afs_source_cache_new();
    *state = f;
    return 0;
}

static int remove_folder(void **state)
{
    folder *f = *state;
    atomic_store(&change.armed, 0);
    afs_source_cache_free(f->cache);
    unlink(f->a);
    unlink(f->b);
    rmdir(f->dir);
    free(f);
    return 0;
}

static afs_corpus *load(folder *f)
{
    char err[512];
    afs_corpus *c = afs_source_load_folder_cached(f->dir, NULL, f->cache, NULL,
                                                  0, err, sizeof err);
    assert_non_null(c);
    assert_int_equal(c->article_count, 2);
    return c;
}

static void assert_text(const afs_article *a, const char *text)
{
    assert_int_equal(a->text_len, strlen(text));
    assert_memory_equal(a->text, text, a->text_len);
}

static void test_unchanged_file_comes_from_cache(void **state)
{
    folder *f = *state;
    let_times_settle();
    afs_corpus *first = load(f);
    afs_corpus *second = load(f);
    assert_ptr_equal(second->articles[0], first->articles[0]);
    assert_ptr_equal(second->articles[1], first->articles[1]);
    afs_corpus_free(first);
    afs_corpus_free(second);
}

/* The save lands after the read: the old text was extracted, and the
 * next reload must not take the new times for the old text's. */
static void test_save_during_extraction_is_read_next_time(void **state)
{
    folder *f = *state;
    let_times_settle();
    change_while_extracting(f->a, other_text);
    afs_corpus *during = load(f);
    assert_int_equal(atomic_load(&change.armed), 0);
    assert_text(during->articles[0], first_text);
    afs_corpus *next = load(f);
    assert_text(next->articles[0], other_text);
    assert_ptr_equal(next->articles[1], during->articles[1]);
    afs_corpus_free(during);
    afs_corpus_free(next);
}

/* Same size, and most often the same clock tick as the read: before
 * Linux 6.13 (no fine-grained times after a stat) the same times too, and
 * only a key that distrusts so fresh a file sees the change. */
static void test_same_size_save_in_the_same_tick_is_read(void **state)
{
    folder *f = *state;
    write_file(f->a, first_text); /* changed just now */
    change_while_extracting(f->a, same_size);
    afs_corpus *during = load(f);
    assert_text(during->articles[0], first_text);
    afs_corpus *next = load(f);
    assert_text(next->articles[0], same_size);
    afs_corpus_free(during);
    afs_corpus_free(next);
}

/* The single-file load reads through the same path; its time is the
 * file's as read. */
static void test_single_file_is_read_as_it_was(void **state)
{
    folder *f = *state;
    change_while_extracting(f->a, other_text);
    char err[512];
    struct timespec mtime = {0};
    afs_article *a = afs_source_load(f->a, NULL, &mtime, err, sizeof err);
    assert_non_null(a);
    assert_text(a, first_text);
    assert_true(mtime.tv_sec > 0);
    afs_article_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_unchanged_file_comes_from_cache,
                                        make_folder, remove_folder),
        cmocka_unit_test_setup_teardown(
            test_save_during_extraction_is_read_next_time, make_folder,
            remove_folder),
        cmocka_unit_test_setup_teardown(
            test_same_size_save_in_the_same_tick_is_read, make_folder,
            remove_folder),
        cmocka_unit_test_setup_teardown(test_single_file_is_read_as_it_was,
                                        make_folder, remove_folder),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
