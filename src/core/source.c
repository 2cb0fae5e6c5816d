#include "articlefs/source.h"

#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "articlefs/extract.h"

int afs_valid_date(const char *s)
{
    int y, m, d;
    char tail;
    if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-' ||
        sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3)
        return 0;
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return y >= 1 && m >= 1 && m <= 12 && d >= 1 &&
           d <= days[m - 1] - (m == 2 && !leap);
}

static const char *base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash && slash[1] ? slash + 1 : path;
}

static char *read_fd(int fd, size_t size, size_t *len)
{
    char *data = malloc(size + 1);
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

afs_article *afs_source_load(const char *path,
                             const afs_source_options *options,
                             struct timespec *mtime, char *err, size_t err_size)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0) {
        snprintf(err, err_size, "cannot read '%s': %s", path, strerror(errno));
        if (fd >= 0)
            close(fd);
        return NULL;
    }
    const char *why = S_ISDIR(st.st_mode)
                          ? "is a directory (corpus mode is not built yet)"
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
    char *data = read_fd(fd, (size_t)st.st_size, &len);
    int saved = errno;
    close(fd);
    if (!data) {
        snprintf(err, err_size, "cannot read '%s': %s", path, strerror(saved));
        return NULL;
    }
    if (mtime)
        *mtime = st.st_mtim;
    afs_extract_options xo = {.date = options ? options->date : NULL,
                              .source_name = base_name(path)};
    afs_article *a = afs_extract(data, len, &xo);
    free(data);
    return a;
}
