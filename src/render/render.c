/* Text cards and JSON from the model. Both read the same fields through
 * the same helpers, so a card and its JSON never disagree. */
#include "articlefs/render.h"

#include <jansson.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "articlefs/utf8.h"
#include "articlefs/vector.h"
#include "json.h"

/* ---- output buffers ---------------------------------------------------- */

typedef struct buf {
    char *data;
    size_t len, cap;
} buf;

static void buf_grow(buf *b, size_t more)
{
    if (b->len + more + 1 > b->cap)
        b->data =
            afs_vec_grow(b->data, &b->cap, b->len + more + 1, b->len, 1, NULL);
}

static void buf_add(buf *b, const char *s, size_t n)
{
    buf_grow(b, n);
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

__attribute__((format(printf, 2, 3))) static void
buf_printf(buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n <= 0)
        return;
    buf_grow(b, (size_t)n);
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

/* Moves the text into the arena, ending it with a newline. */
static char *buf_finish(buf *b, afs_arena *arena, size_t *len)
{
    if (b->len == 0 || b->data[b->len - 1] != '\n')
        buf_add(b, "\n", 1);
    char *out = afs_arena_strndup(arena, b->data, b->len);
    *len = b->len;
    free(b->data);
    return out;
}

/* ---- JSON helpers ------------------------------------------------------ */

/* A JSON string even from bytes that are not UTF-8. */
static json_t *jstr(const char *s)
{
    if (!s)
        return json_null();
    json_t *j = json_string(s);
    if (j)
        return j;
    size_t n = strlen(s);
    char *clean = malloc(n + 1);
    if (!clean)
        abort();
    afs_utf8_clean(s, n, clean);
    j = json_string(clean);
    free(clean);
    return j ? j : json_string("");
}

/* ---- relations --------------------------------------------------------- */

/* The ids of what e said, and of the events it took part in (the
 * model's entity index). */
static void write_said_ids(jw *w, const afs_article *a, const afs_entity *e)
{
    const afs_entity_links *l = afs_entity_links_of(a, e);
    jw_array_begin(w);
    for (size_t i = 0; i < l->quote_count; i++)
        jw_string(w, l->quotes[i]->id);
    jw_array_end(w);
}

static void write_done_ids(jw *w, const afs_article *a, const afs_entity *e)
{
    const afs_entity_links *l = afs_entity_links_of(a, e);
    jw_array_begin(w);
    for (size_t i = 0; i < l->event_count; i++)
        jw_string(w, l->events[i]->id);
    jw_array_end(w);
}

static void write_id(jw *w, const afs_entity *e)
{
    jw_string(w, e ? e->id : NULL);
}

/* Spans as [{"start", "end"}, ...]. */
static void write_spans(jw *w, const afs_span *spans, size_t n)
{
    jw_span_array(w, "start", "end", spans, n);
}

static void write_entity(jw *w, const afs_article *a, const afs_entity *e,
                         bool relations)
{
    jw_object_begin(w);
    jw_key(w, "id");
    jw_string(w, e->id);
    jw_key(w, "name");
    jw_string(w, e->name);
    jw_key(w, "type");
    jw_string(w, afs_kind_name(e->kind));
    jw_key(w, "aliases");
    jw_strings(w, e->aliases, e->alias_count);
    jw_key(w, "roles");
    jw_strings(w, e->roles, e->role_count);
    jw_key(w, "mentions");
    write_spans(w, e->mentions, e->mention_count);
    if (relations) {
        jw_key(w, "quotes");
        write_said_ids(w, a, e);
        jw_key(w, "events");
        write_done_ids(w, a, e);
    }
    jw_object_end(w);
}

static void write_quote(jw *w, const afs_quote *q)
{
    jw_object_begin(w);
    jw_key(w, "id");
    jw_string(w, q->id);
    jw_key(w, "text");
    jw_string(w, q->text);
    jw_key(w, "speaker");
    write_id(w, q->speaker);
    jw_key(w, "speaker_name");
    jw_string(w, q->speaker ? q->speaker->name : NULL);
    jw_key(w, "kind");
    jw_string(w, q->kind == AFS_QUOTE_DIRECT ? "direct" : "indirect");
    jw_key(w, "start");
    jw_int(w, (long long)q->span.start);
    jw_key(w, "end");
    jw_int(w, (long long)q->span.end);
    jw_object_end(w);
}

static void write_event(jw *w, const afs_event *ev)
{
    jw_object_begin(w);
    jw_key(w, "id");
    jw_string(w, ev->id);
    jw_key(w, "summary");
    jw_string(w, ev->summary);
    jw_key(w, "trigger");
    jw_string(w, ev->trigger);
    jw_key(w, "type");
    jw_string(w, ev->type);
    jw_key(w, "participants");
    jw_array_begin(w);
    for (size_t i = 0; i < ev->participant_count; i++)
        write_id(w, ev->participants[i]);
    jw_array_end(w);
    jw_key(w, "when");
    if (ev->when) {
        jw_object_begin(w);
        jw_key(w, "text");
        jw_string(w, ev->when->text);
        jw_key(w, "date");
        jw_string(w, ev->when->date);
        jw_key(w, "end");
        jw_string(w, ev->when->end);
        jw_object_end(w);
    } else {
        jw_null(w);
    }
    jw_key(w, "where");
    write_id(w, ev->where);
    jw_key(w, "start");
    jw_int(w, (long long)ev->span.start);
    jw_key(w, "end");
    jw_int(w, (long long)ev->span.end);
    jw_key(w, "mentions");
    write_spans(w, ev->mentions, ev->mention_count);
    jw_object_end(w);
}

/* Products, programmes, missions and works: named, but none of the three
 * kinds of entity. */
static void write_works(jw *w, const afs_article *a)
{
    jw_array_begin(w);
    for (size_t i = 0; i < a->work_count; i++) {
        const afs_work *work = &a->works[i];
        jw_object_begin(w);
        jw_key(w, "id");
        jw_string(w, work->id);
        jw_key(w, "name");
        jw_string(w, work->name);
        jw_key(w, "mentions");
        write_spans(w, work->mentions, work->mention_count);
        jw_object_end(w);
    }
    jw_array_end(w);
}

static void write_article(jw *w, const afs_article *a)
{
    jw_object_begin(w);
    jw_key(w, "title");
    jw_string(w, a->title);
    jw_key(w, "date");
    jw_string(w, a->date);
    jw_key(w, "authors");
    jw_strings(w, (const char *const *)a->authors, a->author_count);
    jw_key(w, "site");
    jw_string(w, a->site);
    jw_key(w, "url");
    jw_string(w, a->url);
    jw_key(w, "source");
    jw_string(w, a->source_name);
    jw_key(w, "language");
    jw_string(w, a->language);
    for (int k = 0; k < AFS_KIND_COUNT; k++) {
        size_t n;
        const afs_entity *e = afs_article_kind(a, (enum afs_kind)k, &n);
        jw_key(w, afs_kind_folder((enum afs_kind)k));
        jw_array_begin(w);
        for (size_t i = 0; i < n; i++)
            write_entity(w, a, &e[i], false);
        jw_array_end(w);
    }
    jw_key(w, "works");
    write_works(w, a);
    jw_key(w, "quotes");
    jw_array_begin(w);
    for (size_t i = 0; i < a->quote_count; i++)
        write_quote(w, &a->quotes[i]);
    jw_array_end(w);
    jw_key(w, "events");
    jw_array_begin(w);
    for (size_t i = 0; i < a->event_count; i++)
        write_event(w, &a->events[i]);
    jw_array_end(w);
    jw_object_end(w);
}

/* The writer's output moved into the arena. */
static char *jw_into_arena(jw *w, afs_arena *arena, size_t *len)
{
    char *data = jw_take(w, len);
    /* handed over, not copied; shrinking in place keeps what it holds */
    char *fitted = realloc(data, *len + 1);
    if (fitted)
        data = fitted;
    afs_arena_adopt(arena, data);
    return data;
}

static int count_bytes(void *context, const char *bytes, size_t len)
{
    (void)bytes;
    *(size_t *)context += len;
    return 0;
}

typedef struct filling {
    char *out;
    size_t len, cap;
} filling;

static int fill_bytes(void *context, const char *bytes, size_t len)
{
    filling *f = context;
    if (len > f->cap - f->len)
        return -1;
    memcpy(f->out + f->len, bytes, len);
    f->len += len;
    return 0;
}

/* Written twice, once to count and once into an arena block of exactly
 * that size: a huge article's JSON (fifty megabytes and more) is then
 * held once, not in a doubling buffer and its copy. */
char *afs_render_article_json(afs_arena *arena, const afs_article *a,
                              size_t *len)
{
    size_t size = 0;
    afs_render_article_json_to(a, false, count_bytes, &size);
    filling f = {afs_arena_array_raw(arena, size + 1, 1), 0, size};
    afs_render_article_json_to(a, false, fill_bytes, &f);
    f.out[f.len] = '\0';
    *len = f.len;
    return f.out;
}

char *afs_render_article_json_line(afs_arena *arena, const afs_article *a,
                                   size_t *len)
{
    jw w;
    jw_init(&w, false, NULL, NULL);
    /* a news article's line takes about 1.4 times its text */
    jw_expect(&w, a->text_len * 2 + 1024);
    write_article(&w, a);
    return jw_into_arena(&w, arena, len);
}

int afs_render_article_json_to(const afs_article *a, bool one_line,
                               afs_render_sink sink, void *context)
{
    jw w;
    jw_init(&w, !one_line, sink, context);
    write_article(&w, a);
    return jw_finish(&w);
}

char *afs_render_entity_json(afs_arena *arena, const afs_article *a,
                             const afs_entity *e, size_t *len)
{
    jw w;
    jw_init(&w, true, NULL, NULL);
    write_entity(&w, a, e, true);
    return jw_into_arena(&w, arena, len);
}

char *afs_render_quote_json(afs_arena *arena, const afs_article *a,
                            const afs_quote *q, size_t *len)
{
    (void)a;
    jw w;
    jw_init(&w, true, NULL, NULL);
    write_quote(&w, q);
    return jw_into_arena(&w, arena, len);
}

char *afs_render_event_json(afs_arena *arena, const afs_article *a,
                            const afs_event *ev, size_t *len)
{
    (void)a;
    jw w;
    jw_init(&w, true, NULL, NULL);
    write_event(&w, ev);
    return jw_into_arena(&w, arena, len);
}

/* ---- text -------------------------------------------------------------- */

/* Adds text[start, end) on one line: runs of white space become one
 * space, bytes that are not UTF-8 become '?'. */
static void add_one_line(buf *b, const char *text, size_t start, size_t end)
{
    char *clean = malloc(end - start + 1);
    if (!clean)
        abort();
    afs_utf8_clean(text + start, end - start, clean);
    bool space = false;
    size_t first = b->len;
    for (size_t i = 0; i < end - start; i++) {
        char c = clean[i];
        if (c == ' ' || c == '\n' || c == '\t') {
            space = b->len > first;
            continue;
        }
        if (space)
            buf_add(b, " ", 1);
        space = false;
        buf_add(b, &c, 1);
    }
    free(clean);
}

static void add_list(buf *b, const char *label, const char *const *v, size_t n)
{
    if (!n)
        return;
    buf_printf(b, "%s: ", label);
    for (size_t i = 0; i < n; i++)
        buf_printf(b, "%s%s", i ? "; " : "", v[i]);
    buf_add(b, "\n", 1);
}

static void add_when(buf *b, const afs_when *w)
{
    if (!w)
        return;
    buf_printf(b, "%s", w->text);
    if (w->date && w->end)
        buf_printf(b, " (%s to %s)", w->date, w->end);
    else if (w->date)
        buf_printf(b, " (%s)", w->date);
}

char *afs_render_entity_card(afs_arena *arena, const afs_article *a,
                             const afs_entity *e, size_t *len)
{
    buf b = {0};
    buf_printf(&b, "%s\nType: %s\nId: %s\n", e->name, afs_kind_name(e->kind),
               e->id);
    add_list(&b, "Roles", e->roles, e->role_count);
    add_list(&b, "Also called", e->aliases, e->alias_count);
    buf_printf(&b, "Mentions: %zu", e->mention_count);
    if (e->mention_count)
        buf_printf(&b, " (first at bytes %zu-%zu)", e->mentions[0].start,
                   e->mentions[0].end);
    buf_add(&b, "\n", 1);
    const afs_entity_links *l = afs_entity_links_of(a, e);
    for (size_t i = 0; i < l->quote_count; i++)
        buf_printf(&b, "Quote %s: \"%s\"\n", l->quotes[i]->id,
                   l->quotes[i]->text);
    for (size_t i = 0; i < l->event_count; i++)
        buf_printf(&b, "Event %s: %s\n", l->events[i]->id,
                   l->events[i]->summary);
    return buf_finish(&b, arena, len);
}

char *afs_render_mentions(afs_arena *arena, const afs_article *a,
                          const afs_entity *e, size_t *len)
{
    buf b = {0};
    size_t last = (size_t)-1;
    for (size_t i = 0; i < e->mention_count; i++) {
        size_t s = afs_article_sentence_at(a, e->mentions[i].start);
        if (s == last || s >= a->sentence_count)
            continue;
        last = s;
        add_one_line(&b, a->text, a->sentences[s].start, a->sentences[s].end);
        buf_add(&b, "\n", 1);
    }
    if (b.len == 0) {
        free(b.data);
        *len = 0;
        return afs_arena_strdup(arena, "");
    }
    return buf_finish(&b, arena, len);
}

char *afs_render_quote_card(afs_arena *arena, const afs_article *a,
                            const afs_quote *q, size_t *len)
{
    (void)a;
    buf b = {0};
    buf_printf(&b, "\"%s\"\nId: %s\nKind: %s\nSpeaker: %s\n", q->text, q->id,
               q->kind == AFS_QUOTE_DIRECT ? "direct" : "indirect",
               q->speaker ? q->speaker->name : "unknown");
    buf_printf(&b, "Bytes: %zu-%zu\n", q->span.start, q->span.end);
    return buf_finish(&b, arena, len);
}

char *afs_render_event_card(afs_arena *arena, const afs_article *a,
                            const afs_event *ev, size_t *len)
{
    buf b = {0};
    buf_printf(&b, "%s\nId: %s\nType: %s\nTrigger: %s\n", ev->summary, ev->id,
               ev->type ? ev->type : "other", ev->trigger);
    buf_add(&b, "When: ", 6);
    if (ev->when)
        add_when(&b, ev->when);
    else
        buf_add(&b, "(not told)", 10);
    buf_printf(&b, "\nWhere: %s\n", ev->where ? ev->where->name : "(not told)");
    for (size_t i = 0; i < ev->participant_count; i++)
        buf_printf(&b, "Participant: %s (%s)\n", ev->participants[i]->name,
                   afs_kind_name(ev->participants[i]->kind));
    buf_printf(&b, "Told: %zu time%s\n", ev->mention_count,
               ev->mention_count == 1 ? "" : "s");
    size_t end = ev->span.end <= a->text_len ? ev->span.end : a->text_len;
    size_t start = ev->span.start < end ? ev->span.start : end;
    buf_add(&b, "Sentence: ", 10);
    add_one_line(&b, a->text, start, end);
    buf_printf(&b, "\nBytes: %zu-%zu\n", ev->span.start, ev->span.end);
    return buf_finish(&b, arena, len);
}

char *afs_render_event_mentions(afs_arena *arena, const afs_article *a,
                                const afs_event *ev, size_t *len)
{
    buf b = {0};
    size_t last = SIZE_MAX;
    for (size_t i = 0; i < ev->mention_count; i++) {
        size_t s = afs_article_sentence_at(a, ev->mentions[i].start);
        if (s == last || s >= a->sentence_count)
            continue; /* two mentions in one sentence: one line */
        last = s;
        add_one_line(&b, a->text, a->sentences[s].start, a->sentences[s].end);
        buf_add(&b, "\n", 1);
    }
    if (b.len == 0)
        buf_add(&b, "\n", 1);
    return buf_finish(&b, arena, len);
}

char *afs_render_summary(afs_arena *arena, const afs_article *a, size_t *len)
{
    buf b = {0};
    buf_printf(&b, "Title: %s\nDate: %s\n", a->title ? a->title : "(none)",
               a->date ? a->date : "(unknown)");
    size_t counts[AFS_KIND_COUNT];
    for (int k = 0; k < AFS_KIND_COUNT; k++)
        afs_article_kind(a, (enum afs_kind)k, &counts[k]);
    buf_printf(&b,
               "People: %zu  Organizations: %zu  Places: %zu  Quotes: %zu  "
               "Events: %zu\n\n",
               counts[AFS_PERSON], counts[AFS_ORGANIZATION], counts[AFS_PLACE],
               a->quote_count, a->event_count);
    for (size_t i = 0; i < a->entity_count; i++) {
        const afs_entity *e = &a->entities[i];
        buf_printf(&b, "%-12s %s", afs_kind_name(e->kind), e->name);
        if (e->role_count)
            buf_printf(&b, " (%s)", e->roles[0]);
        buf_add(&b, "\n", 1);
    }
    for (size_t i = 0; i < a->quote_count; i++)
        buf_printf(&b, "quote        %s: \"%s\"\n",
                   a->quotes[i].speaker ? a->quotes[i].speaker->name : "?",
                   a->quotes[i].text);
    for (size_t i = 0; i < a->event_count; i++) {
        buf_add(&b, "event        ", 13);
        if (a->events[i].when) {
            add_when(&b, a->events[i].when);
            buf_add(&b, ": ", 2);
        }
        buf_printf(&b, "%s\n", a->events[i].summary);
    }
    return buf_finish(&b, arena, len);
}

static int compare_events_by_time(const void *x, const void *y)
{
    const afs_event *p = *(const afs_event *const *)x;
    const afs_event *q = *(const afs_event *const *)y;
    const char *dp = p->when ? p->when->date : NULL;
    const char *dq = q->when ? q->when->date : NULL;
    if (dp && dq && strcmp(dp, dq) != 0)
        return strcmp(dp, dq);
    if (!dp != !dq)
        return dp ? -1 : 1;
    return p->span.start < q->span.start ? -1 : p->span.start > q->span.start;
}

/* "2026-01-02  meet       Summary": the date (or the range's first day,
 * or "?" when only the text's order places it), the type, the summary. */
static void timeline_line(buf *b, const char *article, const afs_event *ev)
{
    const char *date = ev->when && ev->when->date ? ev->when->date : "?";
    buf_printf(b, "%-10s  ", date);
    if (article)
        buf_printf(b, "%-8s  ", article);
    buf_printf(b, "%-15s  %s\n", ev->type ? ev->type : "other", ev->summary);
}

char *afs_render_timeline(afs_arena *arena, const afs_article *a, size_t *len)
{
    const afs_event **order =
        afs_arena_array(arena, a->event_count + 1, sizeof *order);
    for (size_t i = 0; i < a->event_count; i++)
        order[i] = &a->events[i];
    qsort(order, a->event_count, sizeof *order, compare_events_by_time);
    buf b = {0};
    for (size_t i = 0; i < a->event_count; i++)
        timeline_line(&b, NULL, order[i]);
    if (b.len == 0)
        buf_printf(&b, "(no events)\n");
    return buf_finish(&b, arena, len);
}

char *afs_render_readme(afs_arena *arena, const afs_article *a, size_t *len)
{
    buf b = {0};
    size_t n;
    const afs_entity *people = afs_article_kind(a, AFS_PERSON, &n);
    const char *someone = n ? people[0].id : "SOMEONE";
    buf_printf(&b,
               "This is articlefs: the article %s%s%s as a tree of files.\n\n"
               "article.txt    the article, byte for byte%s\n"
               "%s"
               "article.json   everything below as one JSON document\n"
               "summary.txt    headline, date, counts, one line per fact\n"
               "timeline.txt   events in time order\n"
               "people/ organizations/ places/   one folder per entity: name,\n"
               "               info.txt, entity.json, mentions.txt, quotes/, "
               "events/\n"
               "quotes/        one folder per quote: text, speaker -> its "
               "speaker\n"
               "events/        one folder per event: summary, when, "
               "participants/\n\n"
               "Try:\n"
               "  cat people/%s/info.txt\n"
               "  cat quotes/*/text\n"
               "  grep -r -l SOMETHING events/\n"
               "  jq -r '.people[].name' article.json\n",
               a->source_name ? "'" : "",
               a->source_name ? a->source_name : "you mounted",
               a->source_name ? "'" : "",
               a->original ? " (the article found in the page)" : "",
               a->original ? "source.html    the web page as it was read\n"
                           : "",
               someone);
    return buf_finish(&b, arena, len);
}

/* ---- the picture -------------------------------------------------------- */

/* A DOT string: quotes and backslashes escaped, control bytes dropped. */
static void add_dot_string(buf *b, const char *s, size_t max)
{
    buf_add(b, "\"", 1);
    size_t n = 0;
    for (const char *p = s; *p && n < max; p++, n++) {
        unsigned char c = (unsigned char)*p;
        if (c == '"' || c == '\\')
            buf_add(b, "\\", 1);
        if (c >= 0x20)
            buf_add(b, p, 1);
    }
    if (strlen(s) > max)
        buf_add(b, "...", 3);
    buf_add(b, "\"", 1);
}

static bool takes_part_anywhere(const afs_article *a, const afs_entity *e)
{
    const afs_entity_links *l = afs_entity_links_of(a, e);
    return l->quote_count > 0 || l->event_count > 0;
}

char *afs_render_graph(afs_arena *arena, const afs_article *a, size_t *len)
{
    static const char *const shapes[] = {"ellipse", "box", "house"};
    static const char *const colors[] = {"lightblue", "lightyellow",
                                         "palegreen"};
    buf b = {0};
    buf_printf(&b, "digraph article {\n  rankdir=LR;\n"
                   "  node [style=filled, fontname=\"Helvetica\"];\n");
    for (size_t i = 0; i < a->entity_count; i++) {
        const afs_entity *e = &a->entities[i];
        if (!takes_part_anywhere(a, e))
            continue; /* the picture shows who did what, not every name */
        buf_printf(&b, "  \"%s\" [label=", e->id);
        add_dot_string(&b, e->name, 60);
        buf_printf(&b, ", shape=%s, fillcolor=%s];\n", shapes[e->kind],
                   colors[e->kind]);
    }
    for (size_t i = 0; i < a->quote_count; i++) {
        const afs_quote *q = &a->quotes[i];
        if (!q->speaker)
            continue;
        buf_printf(&b, "  \"q:%s\" [label=", q->id);
        add_dot_string(&b, q->text, 40);
        buf_printf(&b,
                   ", shape=note, fillcolor=white];\n"
                   "  \"%s\" -> \"q:%s\" [label=\"said\"];\n",
                   q->speaker->id, q->id);
    }
    for (size_t i = 0; i < a->event_count; i++) {
        const afs_event *ev = &a->events[i];
        buf_printf(&b, "  \"e:%s\" [label=", ev->id);
        add_dot_string(&b, ev->trigger, 40);
        buf_printf(&b, ", shape=diamond, fillcolor=mistyrose];\n");
        for (size_t p = 0; p < ev->participant_count; p++)
            buf_printf(&b, "  \"%s\" -> \"e:%s\";\n", ev->participants[p]->id,
                       ev->id);
        if (ev->where)
            buf_printf(&b, "  \"e:%s\" -> \"%s\" [label=\"where\"];\n", ev->id,
                       ev->where->id);
    }
    buf_printf(&b, "}\n");
    return buf_finish(&b, arena, len);
}

/* ---- a folder of articles ---------------------------------------------- */

static void merged_names(const afs_merged *m, json_t *aliases, json_t *roles)
{
    for (size_t i = 0; i < m->member_count; i++) {
        const afs_entity *e = m->members[i].entity;
        const char *name = e->name;
        for (size_t k = 0; k <= e->alias_count;
             k++, name = k <= e->alias_count ? e->aliases[k - 1] : NULL) {
            bool seen = strcmp(name, m->name) == 0;
            for (size_t j = 0; !seen && j < json_array_size(aliases); j++)
                seen = strcmp(json_string_value(json_array_get(aliases, j)),
                              name) == 0;
            if (!seen)
                json_array_append_new(aliases, jstr(name));
        }
        for (size_t k = 0; k < e->role_count; k++) {
            bool seen = false;
            for (size_t j = 0; !seen && j < json_array_size(roles); j++)
                seen = strcmp(json_string_value(json_array_get(roles, j)),
                              e->roles[k]) == 0;
            if (!seen)
                json_array_append_new(roles, jstr(e->roles[k]));
        }
    }
}

/* A JSON array of the strings that merged_names collected. */
static void write_json_strings(jw *w, json_t *strings)
{
    jw_array_begin(w);
    for (size_t i = 0; i < json_array_size(strings); i++)
        jw_string(w, json_string_value(json_array_get(strings, i)));
    jw_array_end(w);
}

static void write_member(jw *w, const afs_corpus *c, const afs_member *mem)
{
    const afs_article *a = c->articles[mem->article];
    jw_object_begin(w);
    jw_key(w, "article");
    jw_string(w, c->ids[mem->article]);
    jw_key(w, "id");
    jw_string(w, mem->entity->id);
    jw_key(w, "name");
    jw_string(w, mem->entity->name);
    jw_key(w, "mentions");
    jw_int(w, (long long)mem->entity->mention_count);
    jw_key(w, "quotes");
    write_said_ids(w, a, mem->entity);
    jw_key(w, "events");
    write_done_ids(w, a, mem->entity);
    jw_object_end(w);
}

static void write_merged(jw *w, const afs_corpus *c, const afs_merged *m)
{
    jw_object_begin(w);
    jw_key(w, "id");
    jw_string(w, m->id);
    jw_key(w, "name");
    jw_string(w, m->name);
    jw_key(w, "type");
    jw_string(w, afs_kind_name(m->kind));
    json_t *aliases = json_array(), *roles = json_array();
    merged_names(m, aliases, roles);
    jw_key(w, "aliases");
    write_json_strings(w, aliases);
    jw_key(w, "roles");
    write_json_strings(w, roles);
    json_decref(aliases);
    json_decref(roles);
    jw_key(w, "articles");
    jw_array_begin(w);
    for (size_t i = 0; i < m->member_count; i++)
        write_member(w, c, &m->members[i]);
    jw_array_end(w);
    jw_object_end(w);
}

char *afs_render_merged_json(afs_arena *arena, const afs_corpus *c,
                             const afs_merged *m, size_t *len)
{
    jw w;
    jw_init(&w, true, NULL, NULL);
    write_merged(&w, c, m);
    return jw_into_arena(&w, arena, len);
}

char *afs_render_merged_card(afs_arena *arena, const afs_corpus *c,
                             const afs_merged *m, size_t *len)
{
    json_t *aliases = json_array(), *roles = json_array();
    merged_names(m, aliases, roles);
    buf b = {0};
    buf_printf(&b, "%s\nType: %s\nId: %s\n", m->name, afs_kind_name(m->kind),
               m->id);
    for (size_t i = 0; i < json_array_size(roles); i++)
        buf_printf(&b, "%s%s", i ? "; " : "Roles: ",
                   json_string_value(json_array_get(roles, i)));
    if (json_array_size(roles))
        buf_add(&b, "\n", 1);
    for (size_t i = 0; i < json_array_size(aliases); i++)
        buf_printf(&b, "%s%s", i ? "; " : "Also called: ",
                   json_string_value(json_array_get(aliases, i)));
    if (json_array_size(aliases))
        buf_add(&b, "\n", 1);
    json_decref(aliases);
    json_decref(roles);
    buf_printf(&b, "Articles: %zu\n", m->member_count);
    for (size_t i = 0; i < m->member_count; i++) {
        const afs_member *mem = &m->members[i];
        const afs_article *a = c->articles[mem->article];
        buf_printf(&b, "  %s: %s (%zu mentions)\n", c->ids[mem->article],
                   a->title ? a->title : "(no headline)",
                   mem->entity->mention_count);
    }
    return buf_finish(&b, arena, len);
}

char *afs_render_merged_mentions(afs_arena *arena, const afs_corpus *c,
                                 const afs_merged *m, size_t *len)
{
    buf b = {0};
    for (size_t i = 0; i < m->member_count; i++) {
        const afs_member *mem = &m->members[i];
        const afs_article *a = c->articles[mem->article];
        size_t last = (size_t)-1;
        for (size_t k = 0; k < mem->entity->mention_count; k++) {
            size_t s =
                afs_article_sentence_at(a, mem->entity->mentions[k].start);
            if (s == last || s >= a->sentence_count)
                continue;
            last = s;
            buf_printf(&b, "%s: ", c->ids[mem->article]);
            add_one_line(&b, a->text, a->sentences[s].start,
                         a->sentences[s].end);
            buf_add(&b, "\n", 1);
        }
    }
    if (b.len == 0) {
        free(b.data);
        *len = 0;
        return afs_arena_strdup(arena, "");
    }
    return buf_finish(&b, arena, len);
}

char *afs_render_corpus_summary(afs_arena *arena, const afs_corpus *c,
                                size_t *len)
{
    size_t counts[AFS_KIND_COUNT] = {0};
    for (size_t i = 0; i < c->merged_count; i++)
        counts[c->merged[i].kind]++;
    buf b = {0};
    buf_printf(
        &b, "Articles: %zu  People: %zu  Organizations: %zu  Places: %zu\n\n",
        c->article_count, counts[AFS_PERSON], counts[AFS_ORGANIZATION],
        counts[AFS_PLACE]);
    for (size_t i = 0; i < c->article_count; i++) {
        const afs_article *a = c->articles[i];
        buf_printf(&b, "article      %s: %s (%s)\n", c->ids[i],
                   a->title ? a->title : "(no headline)",
                   a->date ? a->date : "undated");
    }
    for (size_t i = 0; i < c->merged_count; i++)
        buf_printf(&b, "%-12s %s (%zu article%s)\n",
                   afs_kind_name(c->merged[i].kind), c->merged[i].name,
                   c->merged[i].member_count,
                   c->merged[i].member_count == 1 ? "" : "s");
    return buf_finish(&b, arena, len);
}

typedef struct dated_event {
    const char *article;
    const afs_event *event;
} dated_event;

static int compare_dated(const void *x, const void *y)
{
    const dated_event *p = x, *q = y;
    int c = compare_events_by_time(&p->event, &q->event);
    return c ? c : strcmp(p->article, q->article);
}

char *afs_render_corpus_timeline(afs_arena *arena, const afs_corpus *c,
                                 size_t *len)
{
    size_t n = 0;
    for (size_t i = 0; i < c->article_count; i++)
        n += c->articles[i]->event_count;
    dated_event *all = afs_arena_array(arena, n + 1, sizeof *all);
    size_t k = 0;
    for (size_t i = 0; i < c->article_count; i++)
        for (size_t e = 0; e < c->articles[i]->event_count; e++)
            all[k++] = (dated_event){c->ids[i], &c->articles[i]->events[e]};
    qsort(all, n, sizeof *all, compare_dated);
    buf b = {0};
    for (size_t i = 0; i < n; i++)
        timeline_line(&b, all[i].article, all[i].event);
    if (b.len == 0)
        buf_printf(&b, "(no events)\n");
    return buf_finish(&b, arena, len);
}

char *afs_render_corpus_readme(afs_arena *arena, const afs_corpus *c,
                               size_t *len)
{
    buf b = {0};
    buf_printf(&b,
               "This is articlefs: %zu articles as one tree of files.\n\n"
               "articles/<id>/   each article's own tree (article.txt, "
               "article.json, people/ ...)\n"
               "people/ organizations/ places/   entities merged across "
               "articles:\n"
               "                 name, info.txt, entity.json, mentions.txt, "
               "articles/, quotes/, events/\n"
               "quotes/ events/  every article's, as links\n"
               "summary.txt      the articles and who is in them\n"
               "timeline.txt     every event in time order\n\n"
               "Try:\n"
               "  ls people/*/articles/\n"
               "  cat people/*/quotes/*/text\n"
               "  grep -h . people/%s/mentions.txt\n",
               c->article_count, c->merged_count ? c->merged[0].id : "SOMEONE");
    return buf_finish(&b, arena, len);
}
