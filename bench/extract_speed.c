/* extract-speed: in-process extraction speed, the articlefs side of
 * compromise's bench.mjs. Reads every FILE into memory, extracts each
 * once to warm up, then ROUNDS times more, and prints the mean
 * milliseconds per article and MB/s on one core.
 * Usage: extract-speed [--rounds N] FILE... */
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "articlefs/extract.h"
#include "harness.h"

typedef struct article_text {
    char *bytes;
    size_t len;
} article_text;

static void extract_all(const article_text *texts, size_t count)
{
    for (size_t i = 0; i < count; i++)
        afs_article_free(afs_extract(texts[i].bytes, texts[i].len, NULL));
}

int main(int argc, char **argv)
{
    /* as articlefs itself does: keep freed pages for the next article */
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    int rounds = 5, first = 1;
    if (argc > 2 && !strcmp(argv[1], "--rounds")) {
        rounds = atoi(argv[2]);
        first = 3;
    }
    if (first >= argc || rounds < 1) {
        fprintf(stderr, "usage: extract-speed [--rounds N] FILE...\n");
        return 2;
    }
    size_t count = (size_t)(argc - first), bytes = 0;
    article_text *texts = calloc(count, sizeof *texts);
    for (size_t i = 0; i < count; i++) {
        if (bench_read_file(argv[first + (int)i], &texts[i].bytes,
                            &texts[i].len))
            return 1;
        bytes += texts[i].len;
    }
    extract_all(texts, count);
    double start = bench_now();
    for (int r = 0; r < rounds; r++)
        extract_all(texts, count);
    double ms = (bench_now() - start) * 1e3;
    printf("%.3f ms/article %.3f MB/s\n", ms / (rounds * (double)count),
           (double)bytes * rounds / 1e3 / ms);
    for (size_t i = 0; i < count; i++)
        free(texts[i].bytes);
    free(texts);
    return 0;
}
