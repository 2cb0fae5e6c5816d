/* render.h - the files of a tree, rendered from the model.
 *
 * Text cards (info.txt, summary.txt, ...) and JSON (article.json,
 * entity.json, ...) come from the same model, so they never disagree.
 * Every function returns a NUL-terminated buffer allocated in the arena
 * given, stores its length in *len, and every text ends with a newline.
 *
 * Layer: render (docs/ARCHITECTURE.md). */
#ifndef ARTICLEFS_RENDER_H
#define ARTICLEFS_RENDER_H

#include <stdbool.h>
#include <stddef.h>

#include "articlefs/arena.h"
#include "articlefs/corpus.h"
#include "articlefs/model.h"

char *afs_render_article_json(afs_arena *arena, const afs_article *a,
                              size_t *len);
/* The same on one line, for JSON Lines. */
char *afs_render_article_json_line(afs_arena *arena, const afs_article *a,
                                   size_t *len);
/* Where streamed output goes, piece by piece in order: returns 0, or -1
 * to have the rest dropped (a failed write). */
typedef int (*afs_render_sink)(void *context, const char *bytes, size_t len);
/* article.json (one_line: its JSON Lines form) handed to sink as it is
 * written, a few tens of kilobytes at a time: a huge article is never
 * held twice. 0, or -1 when the sink failed. */
int afs_render_article_json_to(const afs_article *a, bool one_line,
                               afs_render_sink sink, void *context);
char *afs_render_summary(afs_arena *arena, const afs_article *a, size_t *len);
char *afs_render_timeline(afs_arena *arena, const afs_article *a, size_t *len);
char *afs_render_readme(afs_arena *arena, const afs_article *a, size_t *len);

/* Graphviz: people, organizations and places linked to the quotes and
 * events they take part in; `dot -Tsvg graph.dot` draws it. */
char *afs_render_graph(afs_arena *arena, const afs_article *a, size_t *len);

char *afs_render_entity_json(afs_arena *arena, const afs_article *a,
                             const afs_entity *e, size_t *len);
char *afs_render_entity_card(afs_arena *arena, const afs_article *a,
                             const afs_entity *e, size_t *len);
/* One sentence a line, each sentence that mentions the entity. */
char *afs_render_mentions(afs_arena *arena, const afs_article *a,
                          const afs_entity *e, size_t *len);

char *afs_render_quote_json(afs_arena *arena, const afs_article *a,
                            const afs_quote *q, size_t *len);
char *afs_render_quote_card(afs_arena *arena, const afs_article *a,
                            const afs_quote *q, size_t *len);

char *afs_render_event_json(afs_arena *arena, const afs_article *a,
                            const afs_event *ev, size_t *len);
char *afs_render_event_card(afs_arena *arena, const afs_article *a,
                            const afs_event *ev, size_t *len);
/* One sentence a line, each sentence that tells the event. */
char *afs_render_event_mentions(afs_arena *arena, const afs_article *a,
                                const afs_event *ev, size_t *len);

/* A folder of articles: the merged entity's files and the corpus-wide
 * summary, timeline and README. */
char *afs_render_merged_json(afs_arena *arena, const afs_corpus *c,
                             const afs_merged *m, size_t *len);
char *afs_render_merged_card(afs_arena *arena, const afs_corpus *c,
                             const afs_merged *m, size_t *len);
/* "ARTICLE-ID: sentence", one a line, every sentence in every article. */
char *afs_render_merged_mentions(afs_arena *arena, const afs_corpus *c,
                                 const afs_merged *m, size_t *len);
char *afs_render_corpus_summary(afs_arena *arena, const afs_corpus *c,
                                size_t *len);
char *afs_render_corpus_timeline(afs_arena *arena, const afs_corpus *c,
                                 size_t *len);
char *afs_render_corpus_readme(afs_arena *arena, const afs_corpus *c,
                               size_t *len);

#endif
