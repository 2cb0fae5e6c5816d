/* Placeholder until the real loader lands: title and sentences only. */
#include "articlefs/extract.h"

#include <string.h>

afs_article *afs_extract(const char *bytes, size_t len,
                         const afs_extract_options *options)
{
    afs_arena *arena = afs_arena_new();
    afs_article *a = afs_arena_alloc(arena, sizeof *a);
    a->arena = arena;
    a->text = afs_arena_strndup(arena, bytes, len);
    a->text_len = len;
    a->date = options && options->date ? afs_arena_strdup(arena, options->date) : NULL;
    a->source_name = options && options->source_name ? afs_arena_strdup(arena, options->source_name) : NULL;
    const char *nl = memchr(bytes, '\n', len);
    size_t first = nl ? (size_t)(nl - bytes) : len;
    a->title = first ? afs_arena_strndup(arena, bytes, first) : NULL;
    afs_span *s = afs_arena_alloc(arena, sizeof *s);
    s->start = 0;
    s->end = len;
    a->sentences = s;
    a->sentence_count = 1;
    return a;
}
