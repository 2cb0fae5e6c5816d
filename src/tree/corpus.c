/* The tree of a folder of articles: each article's own tree under
 * articles/<id>/, and at the top the entities merged across articles,
 * every quote and event as a link, a summary and one timeline. */
#include <string.h>

#include "articlefs/render.h"
#include "builder.h"

typedef char *(*corpus_render_fn)(afs_arena *, const afs_corpus *, size_t *);

static void add_corpus_file(builder *b, afs_ino dir, const char *name,
                            const afs_corpus *c, corpus_render_fn render)
{
    size_t len;
    char *data = render(b->arena, c, &len);
    add_file(b, dir, name, data, len);
}

/* Links from a merged entity to each article it is in, and to the quotes
 * and events it has there. */
static void link_members(builder *b, afs_ino dir, const afs_corpus *c,
                         const afs_merged *m, const article_dirs *dirs)
{
    afs_ino articles = add_dir(b, dir, "articles");
    afs_ino quotes = add_dir(b, dir, "quotes");
    afs_ino events = add_dir(b, dir, "events");
    for (size_t i = 0; i < m->member_count; i++) {
        size_t ai = m->members[i].article;
        const afs_article *a = c->articles[ai];
        const afs_entity *e = m->members[i].entity;
        const char *aid = c->ids[ai];
        add_link(b, articles, aid,
                 afs_arena_printf(b->arena, "../../../articles/%s", aid));
        link_quotes_and_events(
            b, quotes, events, a, e, &dirs[ai],
            afs_arena_printf(b->arena, "%s-", aid),
            afs_arena_printf(b->arena, "../../../articles/%s/", aid));
    }
}

static void build_merged(builder *b, afs_ino dir, const afs_corpus *c,
                         const afs_merged *m, const article_dirs *dirs)
{
    size_t len;
    char *data;
    add_line(b, dir, "name", m->name);
    data = afs_render_merged_card(b->arena, c, m, &len);
    add_file(b, dir, "info.txt", data, len);
    data = afs_render_merged_json(b->arena, c, m, &len);
    add_file(b, dir, "entity.json", data, len);
    data = afs_render_merged_mentions(b->arena, c, m, &len);
    add_file(b, dir, "mentions.txt", data, len);
    link_members(b, dir, c, m, dirs);
    add_xattr(b, dir, "user.articlefs.type", afs_kind_name(m->kind));
    add_xattr(b, dir, "user.articlefs.id", m->id);
}

/* quotes/ and events/ at the top: "<article>-<id>" links to each one. */
static void link_all(builder *b, afs_ino quotes, afs_ino events,
                     const afs_corpus *c, const article_dirs *dirs)
{
    for (size_t i = 0; i < c->article_count; i++) {
        const afs_article *a = c->articles[i];
        for (size_t q = 0; q < a->quote_count; q++)
            add_link(b, quotes,
                     afs_arena_printf(b->arena, "%s-%s", c->ids[i],
                                      dirs[i].quote[q]),
                     afs_arena_printf(b->arena, "../articles/%s/quotes/%s",
                                      c->ids[i], dirs[i].quote[q]));
        for (size_t v = 0; v < a->event_count; v++)
            add_link(b, events,
                     afs_arena_printf(b->arena, "%s-%s", c->ids[i],
                                      dirs[i].event[v]),
                     afs_arena_printf(b->arena, "../articles/%s/events/%s",
                                      c->ids[i], dirs[i].event[v]));
    }
}

afs_tree *afs_tree_build_corpus(afs_corpus *corpus)
{
    builder b = {.arena = afs_arena_new(), .scratch = afs_arena_new()};
    afs_ino root = add_dir(&b, 0, "");
    add_corpus_file(&b, root, "README", corpus, afs_render_corpus_readme);
    add_corpus_file(&b, root, "summary.txt", corpus, afs_render_corpus_summary);
    add_corpus_file(&b, root, "timeline.txt", corpus,
                    afs_render_corpus_timeline);
    afs_ino articles = add_dir(&b, root, "articles");
    afs_ino kind_dir[AFS_KIND_COUNT];
    for (int k = 0; k < AFS_KIND_COUNT; k++)
        kind_dir[k] = add_dir(&b, root, afs_kind_folder((enum afs_kind)k));
    afs_ino quotes = add_dir(&b, root, "quotes");
    afs_ino events = add_dir(&b, root, "events");
    article_dirs *dirs =
        afs_arena_array(b.arena, corpus->article_count + 1, sizeof *dirs);
    for (size_t i = 0; i < corpus->article_count; i++) {
        afs_ino dir = add_dir(&b, articles, corpus->ids[i]);
        /* the id the folder really got, for every link that points there */
        corpus->ids[i] = node_of(&b, dir)->name;
        dirs[i] = build_article(&b, dir, corpus->articles[i]);
    }
    for (size_t i = 0; i < corpus->merged_count; i++) {
        const afs_merged *m = &corpus->merged[i];
        afs_ino dir = add_dir(&b, kind_dir[m->kind], m->id);
        build_merged(&b, dir, corpus, m, dirs);
    }
    link_all(&b, quotes, events, corpus, dirs);
    add_xattr(&b, root, "user.articlefs.type", "corpus");
    return finish_corpus(&b, corpus);
}
