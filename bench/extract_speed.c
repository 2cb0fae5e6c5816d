/* extract-speed: in-process extraction speed, the articlefs side of
 * compromise's bench.mjs. Reads every FILE into memory, extracts each
 * once to warm up, then ROUNDS times more, and prints the mean
 * milliseconds per article and MB/s on one core.
 * Usage: extract-speed [--rounds N] FILE... */
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "articlefs/extract.h"

typedef struct article_text {
    char *bytes;
    size_t len;
} article_text;

static int read_file(const char *path, article_text *out)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return -1;
    }
    size_t cap = 1 << 16, len = 0;
    char *bytes = malloc(cap);
    size_t n;
    while (bytes && (n = fread(bytes + len, 1, cap - len, f)) > 0) {
        len += n;
        if (len == cap)
            bytes = realloc(bytes, cap *= 2);
    }
    fclose(f);
    out->bytes = bytes;
    out->len = len;
    return bytes ? 0 : -1;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

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
        if (read_file(argv[first + (int)i], &texts[i]))
            return 1;
        bytes += texts[i].len;
    }
    extract_all(texts, count);
    double start = now();
    for (int r = 0; r < rounds; r++)
        extract_all(texts, count);
    double ms = (now() - start) * 1e3;
    printf("%.3f ms/article %.3f MB/s\n", ms / (rounds * (double)count),
           (double)bytes * rounds / 1e3 / ms);
    for (size_t i = 0; i < count; i++)
        free(texts[i].bytes);
    free(texts);
    return 0;
}
