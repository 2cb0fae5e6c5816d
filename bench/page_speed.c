/* page-speed: finding the article in web pages, in process, the articlefs
 * side of Readability's bench.mjs. Reads every PAGE (.html or .html.gz)
 * into memory (inflated), reads each once to warm up, then ROUNDS times
 * more, and prints the mean milliseconds per page, MB/s of HTML and
 * pages per second on one core. --extract also builds the entity model
 * from what each page gives, as a mount does.
 * Usage: page-speed [--rounds N] [--extract] PAGE... */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "articlefs/extract.h"
#include "articlefs/page.h"
#include "harness.h"

typedef struct page_bytes {
    char *bytes;
    size_t len;
} page_bytes;

static int read_page(const char *path, page_bytes *out)
{
    char *bytes;
    size_t len;
    if (bench_read_file(path, &bytes, &len) != 0)
        return -1;
    if (afs_format_is_gzip(bytes, len)) {
        char err[200];
        char *plain = afs_gunzip(bytes, len, 0, &len, err, sizeof err);
        free(bytes);
        if (!plain) {
            fprintf(stderr, "page-speed: %s: %s\n", path, err);
            return -1;
        }
        bytes = plain;
    }
    out->bytes = bytes;
    out->len = len;
    return 0;
}

static void read_all(const page_bytes *pages, size_t count, bool extract)
{
    for (size_t i = 0; i < count; i++) {
        afs_page page;
        char err[200];
        if (afs_page_read(pages[i].bytes, pages[i].len, &page, err,
                          sizeof err) != 0)
            continue;
        if (extract) {
            afs_extract_options o = {.date = page.date, .title = page.title};
            afs_article_free(afs_extract(page.text, page.text_len, &o));
        }
        afs_page_free(&page);
    }
}

int main(int argc, char **argv)
{
    int rounds = 3, first = 1;
    bool extract = false;
    for (; first < argc && !strncmp(argv[first], "--", 2); first++) {
        if (!strcmp(argv[first], "--rounds") && first + 1 < argc)
            rounds = atoi(argv[++first]);
        else if (!strcmp(argv[first], "--extract"))
            extract = true;
    }
    size_t count = (size_t)(argc - first);
    if (count == 0 || rounds < 1) {
        fprintf(stderr, "usage: page-speed [--rounds N] [--extract] PAGE...\n");
        return 2;
    }
    page_bytes *pages = calloc(count, sizeof *pages);
    size_t bytes = 0;
    for (size_t i = 0; i < count; i++) {
        if (read_page(argv[first + (int)i], &pages[i]) != 0)
            return 1;
        bytes += pages[i].len;
    }
    read_all(pages, count, extract);
    double t0 = bench_now();
    for (int r = 0; r < rounds; r++)
        read_all(pages, count, extract);
    double seconds = (bench_now() - t0) / rounds;
    printf("%.3f ms/page %.2f MB/s %.1f pages/s %zu pages\n",
           seconds * 1000 / (double)count, (double)bytes / 1e6 / seconds,
           (double)count / seconds, count);
    for (size_t i = 0; i < count; i++)
        free(pages[i].bytes);
    free(pages);
    return 0;
}
