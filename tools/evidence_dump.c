/* evidence-dump: the evidence extraction weighs, for tools/fit-org-evidence.
 * Extracts each FILE (plain text) and prints a line "file PATH", then the
 * lines the extraction logs (see afs_extract_options.evidence).
 * Usage: evidence-dump FILE... */
#include <stdio.h>
#include <stdlib.h>

#include "articlefs/extract.h"

static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap + 1);
    size_t got;
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            char *bigger = realloc(buf, (cap *= 2) + 1);
            if (!bigger)
                free(buf);
            buf = bigger;
        }
    }
    fclose(f);
    *len = n;
    return buf;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: evidence-dump FILE...\n");
        return 2;
    }
    int status = 0;
    for (int i = 1; i < argc; i++) {
        size_t len = 0;
        char *bytes = read_all(argv[i], &len);
        if (!bytes) {
            perror(argv[i]);
            status = 1;
            continue;
        }
        printf("file\t%s\n", argv[i]);
        afs_extract_options o = {.evidence = stdout};
        afs_article_free(afs_extract(bytes, len, &o));
        free(bytes);
    }
    return status;
}
