/* One article's tree (DESIGN.md section 2): what each directory holds,
 * and each file's content, rendered from the model. Every link stays
 * inside the article's own directory, so the same subtree serves alone or
 * under articles/<id>/ of a corpus. */
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

static void root_children(const afs_article *a, children *out)
{
    add_child(out, "README", K_README, NULL);
    add_child(out, "article.txt", K_ARTICLE_TEXT, NULL);
    add_child(out, "article.json", K_ARTICLE_JSON, NULL);
    add_child(out, "summary.txt", K_SUMMARY, NULL);
    add_child(out, "timeline.txt", K_TIMELINE, NULL);
    add_child(out, "graph.dot", K_GRAPH, NULL);
    for (int k = 0; k < AFS_KIND_COUNT; k++) {
        add_child(out, afs_kind_folder((enum afs_kind)k), K_KIND_DIR, a);
        set_entity_kind(out, (enum afs_kind)k);
    }
    add_child(out, "quotes", K_QUOTES, NULL);
    add_child(out, "events", K_EVENTS, NULL);
}

static void entity_children(const afs_entity *e, children *out)
{
    add_child(out, "name", K_ENTITY_NAME, e);
    add_child(out, "info.txt", K_ENTITY_CARD, e);
    add_child(out, "entity.json", K_ENTITY_JSON, e);
    add_child(out, "mentions.txt", K_MENTIONS, e);
    add_child(out, "quotes", K_ENTITY_QUOTES, e);
    add_child(out, "events", K_ENTITY_EVENTS, e);
}

/* people/<id>/quotes/ and events/: links to what the entity said and
 * took part in, named prefix + id. Shared with the corpus's merged
 * entities, which link into articles/<id>/ with a prefix. */
void link_said_and_done(children *out, const afs_article *a,
                        const afs_entity *e, bool quotes, const char *prefix,
                        const char *up)
{
    if (quotes) {
        for (size_t i = 0; i < a->quote_count; i++)
            if (a->quotes[i].speaker == e)
                add_link(out,
                         afs_arena_printf(out->arena, "%s%s", prefix,
                                          a->quotes[i].id),
                         afs_arena_printf(out->arena, "%squotes/%s", up,
                                          a->quotes[i].id));
        return;
    }
    for (size_t i = 0; i < a->event_count; i++)
        if (afs_event_involves(&a->events[i], e))
            add_link(
                out,
                afs_arena_printf(out->arena, "%s%s", prefix, a->events[i].id),
                afs_arena_printf(out->arena, "%sevents/%s", up,
                                 a->events[i].id));
}

static void quote_children(afs_arena *arena, const afs_quote *q, children *out)
{
    add_child(out, "text", K_QUOTE_TEXT, q);
    if (q->speaker)
        add_link(out, "speaker", entity_dir(arena, q->speaker, "../../"));
    add_child(out, "info.txt", K_QUOTE_CARD, q);
    add_child(out, "quote.json", K_QUOTE_JSON, q);
}

static void event_children(afs_arena *arena, const afs_event *ev, children *out)
{
    add_child(out, "summary", K_EVENT_SUMMARY, ev);
    if (ev->when)
        add_child(out, "when", K_EVENT_WHEN, ev);
    add_child(out, "info.txt", K_EVENT_CARD, ev);
    add_child(out, "event.json", K_EVENT_JSON, ev);
    add_child(out, "mentions.txt", K_EVENT_MENTIONS, ev);
    add_child(out, "participants", K_PARTICIPANTS, ev);
    if (ev->where)
        add_link(out, "where", entity_dir(arena, ev->where, "../../"));
}

void article_children(const node *dir, children *out)
{
    const afs_article *a = article_of(dir);
    size_t n;
    const afs_entity *e;
    switch (dir->kind) {
    case K_ARTICLE_ROOT:
        root_children(a, out);
        break;
    case K_KIND_DIR:
        e = afs_article_kind(a, (enum afs_kind)dir->entity_kind, &n);
        for (size_t i = 0; i < n; i++)
            add_child(out, e[i].id, K_ENTITY, &e[i]);
        break;
    case K_ENTITY:
        entity_children(dir->object, out);
        break;
    case K_ENTITY_QUOTES:
    case K_ENTITY_EVENTS:
        link_said_and_done(out, a, dir->object, dir->kind == K_ENTITY_QUOTES,
                           "", "../../../");
        break;
    case K_QUOTES:
        for (size_t i = 0; i < a->quote_count; i++)
            add_child(out, a->quotes[i].id, K_QUOTE, &a->quotes[i]);
        break;
    case K_QUOTE:
        quote_children(out->arena, dir->object, out);
        break;
    case K_EVENTS:
        for (size_t i = 0; i < a->event_count; i++)
            add_child(out, a->events[i].id, K_EVENT, &a->events[i]);
        break;
    case K_EVENT:
        event_children(out->arena, dir->object, out);
        break;
    case K_PARTICIPANTS: {
        const afs_event *ev = dir->object;
        for (size_t i = 0; i < ev->participant_count; i++)
            add_link(out, ev->participants[i]->id,
                     entity_dir(out->arena, ev->participants[i], "../../../"));
        break;
    }
    default:
        break;
    }
}

char *line_file(afs_arena *arena, const char *text, size_t *len)
{
    char *s = afs_arena_printf(arena, "%s\n", text ? text : "");
    *len = strlen(s);
    return s;
}

static char *when_line(afs_arena *arena, const afs_when *w, size_t *len)
{
    char *s = w->date ? afs_arena_printf(arena, "%s (%s)\n", w->text, w->date)
                      : afs_arena_printf(arena, "%s\n", w->text);
    *len = strlen(s);
    return s;
}

char *article_content(afs_arena *arena, const node *n, size_t *len)
{
    const afs_article *a = article_of(n);
    const afs_entity *e = n->object;
    const afs_quote *q = n->object;
    const afs_event *ev = n->object;
    switch (n->kind) {
    case K_README:
        return afs_render_readme(arena, a, len);
    case K_ARTICLE_JSON:
        return afs_render_article_json(arena, a, len);
    case K_SUMMARY:
        return afs_render_summary(arena, a, len);
    case K_TIMELINE:
        return afs_render_timeline(arena, a, len);
    case K_GRAPH:
        return afs_render_graph(arena, a, len);
    case K_ENTITY_NAME:
        return line_file(arena, e->name, len);
    case K_ENTITY_CARD:
        return afs_render_entity_card(arena, a, e, len);
    case K_ENTITY_JSON:
        return afs_render_entity_json(arena, a, e, len);
    case K_MENTIONS:
        return afs_render_mentions(arena, a, e, len);
    case K_QUOTE_TEXT:
        return line_file(arena, q->text, len);
    case K_QUOTE_CARD:
        return afs_render_quote_card(arena, a, q, len);
    case K_QUOTE_JSON:
        return afs_render_quote_json(arena, a, q, len);
    case K_EVENT_SUMMARY:
        return line_file(arena, ev->summary, len);
    case K_EVENT_WHEN:
        return when_line(arena, ev->when, len);
    case K_EVENT_CARD:
        return afs_render_event_card(arena, a, ev, len);
    case K_EVENT_JSON:
        return afs_render_event_json(arena, a, ev, len);
    case K_EVENT_MENTIONS:
        return afs_render_event_mentions(arena, a, ev, len);
    default:
        return line_file(arena, "", len);
    }
}

size_t article_xattrs(const node *n, afs_xattr *out, char *buf, size_t cap)
{
    const afs_article *a = article_of(n);
    const afs_entity *e = n->object;
    const afs_quote *q = n->object;
    const afs_event *ev = n->object;
    size_t count = 0;
    switch (n->kind) {
    case K_ARTICLE_ROOT:
        out[count++] = (afs_xattr){"user.articlefs.type", "article"};
        if (a->source_name)
            out[count++] = (afs_xattr){"user.articlefs.source",
                                       printable(a->source_name, buf, cap)};
        break;
    case K_ENTITY:
        out[count++] =
            (afs_xattr){"user.articlefs.type", afs_kind_name(e->kind)};
        out[count++] = (afs_xattr){"user.articlefs.id", e->id};
        if (e->mention_count) {
            snprintf(buf, cap, "%zu-%zu", e->mentions[0].start,
                     e->mentions[0].end);
            out[count++] = (afs_xattr){"user.articlefs.first_mention", buf};
        }
        break;
    case K_QUOTE:
        out[count++] = (afs_xattr){"user.articlefs.type", "quote"};
        out[count++] = (afs_xattr){"user.articlefs.id", q->id};
        break;
    case K_EVENT:
        out[count++] = (afs_xattr){"user.articlefs.type", "event"};
        out[count++] = (afs_xattr){"user.articlefs.id", ev->id};
        break;
    default:
        break;
    }
    return count;
}
