/* The tree of a folder of articles: each article's own tree under
 * articles/<id>/, and at the top the entities merged across articles,
 * every quote and event as a link, a summary and one timeline. What the
 * rows of a corpus's kinds (kinds.c) list and render. */

#include "articlefs/render.h"
#include "internal.h"

/* ---- children ---------------------------------------------------------- */

void list_merged_kind_dirs(const afs_tree *t, const node *dir, children *out)
{
    (void)t, (void)dir;
    for (int k = 0; k < AFS_KIND_COUNT; k++) {
        add_child(out, afs_kind_folder((enum afs_kind)k), K_MERGED_KIND, NULL);
        set_entity_kind(out, (enum afs_kind)k);
    }
}

void list_merged(const afs_tree *t, const node *dir, children *out)
{
    const afs_corpus *c = t->corpus;
    for (size_t i = 0; i < c->merged_count; i++)
        if (c->merged[i].kind == dir->entity_kind)
            add_child(out, c->merged[i].id, K_MERGED, &c->merged[i]);
}

/* people/<id>/articles/: a link to each article the entity is in;
 * quotes/ and events/: "<article>-<id>" links to what it said and did. */
void list_member_links(const afs_tree *t, const node *dir, children *out)
{
    const afs_corpus *c = t->corpus;
    const afs_merged *m = dir->object;
    for (size_t i = 0; i < m->member_count; i++) {
        size_t ai = m->members[i].article;
        const char *aid = c->ids[ai];
        if (dir->kind == K_MERGED_ARTICLES) {
            add_link(out, aid,
                     afs_arena_printf(out->arena, "../../../articles/%s", aid));
            continue;
        }
        link_said_and_done(
            out, c->articles[ai], m->members[i].entity,
            dir->kind == K_MERGED_QUOTES,
            afs_arena_printf(out->arena, "%s-", aid),
            afs_arena_printf(out->arena, "../../../articles/%s/", aid));
    }
}

/* quotes/ and events/ at the top: "<article>-<id>" links to each one. */
static void link_all(const afs_corpus *c, bool quotes, children *out)
{
    for (size_t i = 0; i < c->article_count; i++) {
        const afs_article *a = c->articles[i];
        size_t n = quotes ? a->quote_count : a->event_count;
        for (size_t k = 0; k < n; k++) {
            const char *id = quotes ? a->quotes[k].id : a->events[k].id;
            add_link(out, afs_arena_printf(out->arena, "%s-%s", c->ids[i], id),
                     afs_arena_printf(out->arena, "../articles/%s/%s/%s",
                                      c->ids[i], quotes ? "quotes" : "events",
                                      id));
        }
    }
}

void list_all_quotes(const afs_tree *t, const node *dir, children *out)
{
    (void)dir;
    link_all(t->corpus, true, out);
}

void list_all_events(const afs_tree *t, const node *dir, children *out)
{
    (void)dir;
    link_all(t->corpus, false, out);
}

/* ---- subdirectories known before the children are made ------------------ */

size_t subdirs_articles(const afs_tree *t, const node *dir)
{
    (void)dir;
    return t->article_count;
}

size_t subdirs_merged_kind(const afs_tree *t, const node *dir)
{
    size_t count = 0;
    for (size_t i = 0; i < t->corpus->merged_count; i++)
        count += t->corpus->merged[i].kind == dir->entity_kind;
    return count;
}

/* ---- contents ---------------------------------------------------------- */

CONTENT(merged_name_file)
{
    (void)t;
    return line_file(arena, ((const afs_merged *)n->object)->name, len);
}

CONTENT(merged_card_file)
{
    return afs_render_merged_card(arena, t->corpus, n->object, len);
}

CONTENT(merged_json_file)
{
    return afs_render_merged_json(arena, t->corpus, n->object, len);
}

CONTENT(merged_mentions_file)
{
    return afs_render_merged_mentions(arena, t->corpus, n->object, len);
}

CONTENT(corpus_readme_file)
{
    (void)n;
    return afs_render_corpus_readme(arena, t->corpus, len);
}

CONTENT(corpus_summary_file)
{
    (void)n;
    return afs_render_corpus_summary(arena, t->corpus, len);
}

CONTENT(corpus_timeline_file)
{
    (void)n;
    return afs_render_corpus_timeline(arena, t->corpus, len);
}

/* ---- extended attributes ----------------------------------------------- */

XATTRS(corpus_xattrs)
{
    (void)t, (void)n, (void)buf, (void)cap;
    out[0] = (afs_xattr){"user.articlefs.type", "corpus"};
    return 1;
}

XATTRS(merged_xattrs)
{
    (void)t, (void)buf, (void)cap;
    const afs_merged *m = n->object;
    out[0] = (afs_xattr){"user.articlefs.type", afs_kind_name(m->kind)};
    out[1] = (afs_xattr){"user.articlefs.id", m->id};
    return 2;
}
