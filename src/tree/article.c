/* One article's tree (README.md, "The tree"): what the rows of its kinds
 * (kinds.c) list and render, from the model. Every link stays inside the
 * article's own directory, so the same subtree serves alone or under
 * articles/<id>/ of a corpus. */
#include <stdio.h>
#include <string.h>

#include "articlefs/render.h"
#include "internal.h"

static const char *entity_dir(afs_arena *arena, const afs_entity *e,
                              const char *up)
{
    return afs_arena_printf(arena, "%s%s/%s", up, afs_kind_folder(e->kind),
                            e->id);
}

/* ---- children ---------------------------------------------------------- */

void list_kind_dirs(const afs_tree *t, const node *dir, children *out)
{
    (void)t, (void)dir;
    for (int k = 0; k < AFS_KIND_COUNT; k++) {
        add_child(out, afs_kind_folder((enum afs_kind)k), K_KIND_DIR, NULL);
        set_entity_kind(out, (enum afs_kind)k);
    }
}

void list_entities(const afs_tree *t, const node *dir, children *out)
{
    (void)t;
    size_t n;
    const afs_entity *e =
        afs_article_kind(article_of(dir), (enum afs_kind)dir->entity_kind, &n);
    for (size_t i = 0; i < n; i++)
        add_child(out, e[i].id, K_ENTITY, &e[i]);
}

/* people/<id>/quotes/ and events/: links to what the entity said and
 * took part in, named prefix + id. Shared with the corpus's merged
 * entities, which link into articles/<id>/ with a prefix. */
void link_said_and_done(children *out, const afs_article *a,
                        const afs_entity *e, bool quotes, const char *prefix,
                        const char *up)
{
    const afs_entity_links *l = afs_entity_links_of(a, e);
    size_t n = quotes ? l->quote_count : l->event_count;
    for (size_t i = 0; i < n; i++) {
        const char *id = quotes ? l->quotes[i]->id : l->events[i]->id;
        add_link(out, afs_arena_printf(out->arena, "%s%s", prefix, id),
                 afs_arena_printf(out->arena, "%s%s/%s", up,
                                  quotes ? "quotes" : "events", id));
    }
}

void list_entity_quotes(const afs_tree *t, const node *dir, children *out)
{
    (void)t;
    link_said_and_done(out, article_of(dir), dir->object, true, "",
                       "../../../");
}

void list_entity_events(const afs_tree *t, const node *dir, children *out)
{
    (void)t;
    link_said_and_done(out, article_of(dir), dir->object, false, "",
                       "../../../");
}

void list_quotes(const afs_tree *t, const node *dir, children *out)
{
    (void)t;
    const afs_article *a = article_of(dir);
    for (size_t i = 0; i < a->quote_count; i++)
        add_child(out, a->quotes[i].id, K_QUOTE, &a->quotes[i]);
}

void list_quote_links(const afs_tree *t, const node *dir, children *out)
{
    (void)t;
    const afs_quote *q = dir->object;
    if (q->speaker)
        add_link(out, "speaker", entity_dir(out->arena, q->speaker, "../../"));
}

void list_events(const afs_tree *t, const node *dir, children *out)
{
    (void)t;
    const afs_article *a = article_of(dir);
    for (size_t i = 0; i < a->event_count; i++)
        add_child(out, a->events[i].id, K_EVENT, &a->events[i]);
}

void list_event_links(const afs_tree *t, const node *dir, children *out)
{
    (void)t;
    const afs_event *ev = dir->object;
    if (ev->where)
        add_link(out, "where", entity_dir(out->arena, ev->where, "../../"));
}

void list_participants(const afs_tree *t, const node *dir, children *out)
{
    (void)t;
    const afs_event *ev = dir->object;
    for (size_t i = 0; i < ev->participant_count; i++)
        add_link(out, ev->participants[i]->id,
                 entity_dir(out->arena, ev->participants[i], "../../../"));
}

bool event_has_when(const node *event_dir)
{
    return ((const afs_event *)event_dir->object)->when != NULL;
}

/* ---- subdirectories known before the children are made ------------------ */

size_t no_subdirs(const afs_tree *t, const node *dir)
{
    (void)t, (void)dir;
    return 0; /* links only */
}

size_t subdirs_of_kind(const afs_tree *t, const node *dir)
{
    (void)t;
    size_t n;
    afs_article_kind(article_of(dir), (enum afs_kind)dir->entity_kind, &n);
    return n;
}

size_t subdirs_quotes(const afs_tree *t, const node *dir)
{
    (void)t;
    return article_of(dir)->quote_count;
}

size_t subdirs_events(const afs_tree *t, const node *dir)
{
    (void)t;
    return article_of(dir)->event_count;
}

/* ---- contents ---------------------------------------------------------- */

char *line_file(afs_arena *arena, const char *text, size_t *len)
{
    char *s = afs_arena_printf(arena, "%s\n", text ? text : "");
    *len = strlen(s);
    return s;
}

CONTENT(no_content)
{
    (void)t, (void)n;
    return line_file(arena, "", len);
}

CONTENT(readme_file)
{
    (void)t;
    return afs_render_readme(arena, article_of(n), len);
}

CONTENT(article_text_file)
{
    (void)t;
    const afs_article *a = article_of(n);
    *len = a->text_len;
    return afs_arena_strndup(arena, a->text, a->text_len);
}

bool article_has_source_page(const node *root)
{
    return article_of(root)->original != NULL;
}

CONTENT(source_html_file)
{
    (void)t;
    const afs_article *a = article_of(n);
    *len = a->original_len;
    return afs_arena_strndup(arena, a->original, a->original_len);
}

CONTENT(article_json_file)
{
    (void)t;
    return afs_render_article_json(arena, article_of(n), len);
}

CONTENT(summary_file)
{
    (void)t;
    return afs_render_summary(arena, article_of(n), len);
}

CONTENT(timeline_file)
{
    (void)t;
    return afs_render_timeline(arena, article_of(n), len);
}

CONTENT(graph_file)
{
    (void)t;
    return afs_render_graph(arena, article_of(n), len);
}

CONTENT(entity_name_file)
{
    (void)t;
    return line_file(arena, ((const afs_entity *)n->object)->name, len);
}

CONTENT(entity_card_file)
{
    (void)t;
    return afs_render_entity_card(arena, article_of(n), n->object, len);
}

CONTENT(entity_json_file)
{
    (void)t;
    return afs_render_entity_json(arena, article_of(n), n->object, len);
}

CONTENT(mentions_file)
{
    (void)t;
    return afs_render_mentions(arena, article_of(n), n->object, len);
}

CONTENT(quote_text_file)
{
    (void)t;
    return line_file(arena, ((const afs_quote *)n->object)->text, len);
}

CONTENT(quote_card_file)
{
    (void)t;
    return afs_render_quote_card(arena, article_of(n), n->object, len);
}

CONTENT(quote_json_file)
{
    (void)t;
    return afs_render_quote_json(arena, article_of(n), n->object, len);
}

CONTENT(event_summary_file)
{
    (void)t;
    return line_file(arena, ((const afs_event *)n->object)->summary, len);
}

CONTENT(event_when_file)
{
    (void)t;
    const afs_when *w = ((const afs_event *)n->object)->when;
    char *s = w->date ? afs_arena_printf(arena, "%s (%s)\n", w->text, w->date)
                      : afs_arena_printf(arena, "%s\n", w->text);
    *len = strlen(s);
    return s;
}

CONTENT(event_card_file)
{
    (void)t;
    return afs_render_event_card(arena, article_of(n), n->object, len);
}

CONTENT(event_json_file)
{
    (void)t;
    return afs_render_event_json(arena, article_of(n), n->object, len);
}

CONTENT(event_mentions_file)
{
    (void)t;
    return afs_render_event_mentions(arena, article_of(n), n->object, len);
}

/* ---- extended attributes ----------------------------------------------- */

XATTRS(article_xattrs)
{
    (void)t;
    const afs_article *a = article_of(n);
    size_t count = 0;
    out[count++] = (afs_xattr){"user.articlefs.type", "article"};
    if (a->source_name)
        out[count++] = (afs_xattr){"user.articlefs.source",
                                   printable(a->source_name, buf, cap)};
    return count;
}

XATTRS(entity_xattrs)
{
    (void)t;
    const afs_entity *e = n->object;
    size_t count = 0;
    out[count++] = (afs_xattr){"user.articlefs.type", afs_kind_name(e->kind)};
    out[count++] = (afs_xattr){"user.articlefs.id", e->id};
    if (e->mention_count) {
        snprintf(buf, cap, "%zu-%zu", e->mentions[0].start, e->mentions[0].end);
        out[count++] = (afs_xattr){"user.articlefs.first_mention", buf};
    }
    return count;
}

XATTRS(quote_xattrs)
{
    (void)t, (void)buf, (void)cap;
    out[0] = (afs_xattr){"user.articlefs.type", "quote"};
    out[1] =
        (afs_xattr){"user.articlefs.id", ((const afs_quote *)n->object)->id};
    return 2;
}

XATTRS(event_xattrs)
{
    (void)t, (void)buf, (void)cap;
    out[0] = (afs_xattr){"user.articlefs.type", "event"};
    out[1] =
        (afs_xattr){"user.articlefs.id", ((const afs_event *)n->object)->id};
    return 2;
}
