/* The tree of a folder of articles: each article's own tree under
 * articles/<id>/, and at the top the entities merged across articles,
 * every quote and event as a link, a summary and one timeline. */

#include "articlefs/render.h"
#include "internal.h"

static void root_children(children *out)
{
    add_child(out, "README", K_CORPUS_README, NULL);
    add_child(out, "summary.txt", K_CORPUS_SUMMARY, NULL);
    add_child(out, "timeline.txt", K_CORPUS_TIMELINE, NULL);
    add_child(out, "articles", K_ARTICLES, NULL);
    for (int k = 0; k < AFS_KIND_COUNT; k++) {
        add_child(out, afs_kind_folder((enum afs_kind)k), K_MERGED_KIND, NULL);
        set_entity_kind(out, (enum afs_kind)k);
    }
    add_child(out, "quotes", K_CORPUS_QUOTES, NULL);
    add_child(out, "events", K_CORPUS_EVENTS, NULL);
}

static void merged_children(const afs_merged *m, children *out)
{
    add_child(out, "name", K_MERGED_NAME, m);
    add_child(out, "info.txt", K_MERGED_CARD, m);
    add_child(out, "entity.json", K_MERGED_JSON, m);
    add_child(out, "mentions.txt", K_MERGED_MENTIONS, m);
    add_child(out, "articles", K_MERGED_ARTICLES, m);
    add_child(out, "quotes", K_MERGED_QUOTES, m);
    add_child(out, "events", K_MERGED_EVENTS, m);
}

/* people/<id>/articles/: a link to each article the entity is in;
 * quotes/ and events/: "<article>-<id>" links to what it said and did. */
static void member_links(const afs_corpus *c, const node *dir, children *out)
{
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

void corpus_children(const afs_tree *t, const node *dir, children *out)
{
    const afs_corpus *c = t->corpus;
    switch (dir->kind) {
    case K_CORPUS_ROOT:
        root_children(out);
        break;
    case K_MERGED_KIND:
        for (size_t i = 0; i < c->merged_count; i++)
            if (c->merged[i].kind == dir->entity_kind)
                add_child(out, c->merged[i].id, K_MERGED, &c->merged[i]);
        break;
    case K_MERGED:
        merged_children(dir->object, out);
        break;
    case K_MERGED_ARTICLES:
    case K_MERGED_QUOTES:
    case K_MERGED_EVENTS:
        member_links(c, dir, out);
        break;
    case K_CORPUS_QUOTES:
    case K_CORPUS_EVENTS:
        link_all(c, dir->kind == K_CORPUS_QUOTES, out);
        break;
    default:
        break;
    }
}

char *corpus_content(afs_arena *arena, const afs_tree *t, const node *n,
                     size_t *len)
{
    const afs_corpus *c = t->corpus;
    const afs_merged *m = n->object;
    switch (n->kind) {
    case K_MERGED_NAME:
        return line_file(arena, m->name, len);
    case K_MERGED_CARD:
        return afs_render_merged_card(arena, c, m, len);
    case K_MERGED_JSON:
        return afs_render_merged_json(arena, c, m, len);
    case K_MERGED_MENTIONS:
        return afs_render_merged_mentions(arena, c, m, len);
    case K_CORPUS_README:
        return afs_render_corpus_readme(arena, c, len);
    case K_CORPUS_SUMMARY:
        return afs_render_corpus_summary(arena, c, len);
    case K_CORPUS_TIMELINE:
        return afs_render_corpus_timeline(arena, c, len);
    default:
        return line_file(arena, "", len);
    }
}

size_t corpus_xattrs(const afs_tree *t, const node *n, afs_xattr *out,
                     char *buf, size_t cap)
{
    (void)t, (void)buf, (void)cap;
    const afs_merged *m = n->object;
    size_t count = 0;
    if (n->kind == K_CORPUS_ROOT) {
        out[count++] = (afs_xattr){"user.articlefs.type", "corpus"};
    } else if (n->kind == K_MERGED) {
        out[count++] =
            (afs_xattr){"user.articlefs.type", afs_kind_name(m->kind)};
        out[count++] = (afs_xattr){"user.articlefs.id", m->id};
    }
    return count;
}
