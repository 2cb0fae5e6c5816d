/* The loader: runs the passes over the text and freezes what they found
 * into the immutable model, with ids that are safe file names. */
#include "articlefs/extract.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "articlefs/date.h"
#include "articlefs/lexicon.h"
#include "articlefs/slug.h"
#include "articlefs/strmap.h"
#include "internal.h"

/* Arrays this large grow in a block of their own: the copies doubling
 * leaves behind took a huge article's mentions three times over. */
#define VEC_OWN_BLOCK ((size_t)64 * 1024)

void *vec_grow(afs_arena *arena, void *v, size_t n, size_t *cap, size_t size)
{
    if (n < *cap)
        return v;
    size_t grown = *cap ? *cap * 2 : 8;
    if (grown * size >= VEC_OWN_BLOCK) {
        *cap = grown;
        return afs_arena_grow(arena, v, n, grown, size);
    }
    void *w = afs_arena_array_raw(arena, grown, size);
    if (n)
        memcpy(w, v, n * size);
    *cap = grown;
    return w;
}

const char *token_span_text(const extraction *x, size_t first, size_t last)
{
    const afs_text *t = x->text;
    if (first >= last)
        return "";
    size_t start = t->tokens[first].start, end = t->tokens[last - 1].end;
    char *s = afs_arena_strndup(x->arena, t->clean + start, end - start);
    /* One line, single spaces: names and summaries go into one-line files.
     * Most spans are so already, which two library scans tell faster than
     * the loop below. */
    if (!strpbrk(s, "\n\t") && !strstr(s, "  "))
        return s;
    char *w = s;
    bool space = false;
    for (char *r = s; *r; r++) {
        if (*r == '\n' || *r == '\t' || *r == ' ') {
            space = true;
            continue;
        }
        if (space && w != s)
            *w++ = ' ';
        space = false;
        *w++ = *r;
    }
    *w = '\0';
    return s;
}

bool is_common_word(const afs_text *t, size_t tok)
{
    return afs_tok_lower_in(t, tok, AFS_LEX_COMMON_WORDS);
}

/* ---- publication date -------------------------------------------------- */

/* A "Date: YYYY-MM-DD" line among the first lines. */
static const char *date_line(afs_arena *arena, const char *s, size_t len)
{
    size_t line_start = 0;
    for (int line = 0; line < 5 && line_start < len; line++) {
        const char *nl = memchr(s + line_start, '\n', len - line_start);
        size_t line_end = nl ? (size_t)(nl - s) : len;
        const char *p = s + line_start;
        size_t n = line_end - line_start;
        if (n >= 16 && strncasecmp(p, "Date:", 5) == 0) {
            size_t k = 5;
            while (k < n && p[k] == ' ')
                k++;
            if (n - k >= 10 && afs_date_parse(p + k, 10, NULL))
                return afs_arena_strndup(arena, p + k, 10);
        }
        line_start = line_end + 1;
    }
    return NULL;
}

/* ---- freezing ---------------------------------------------------------- */

static int compare_spans(const void *a, const void *b)
{
    const afs_span *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

typedef struct freezer {
    extraction *x;
    afs_article *a;
    afs_slug_set *ids;
    const afs_entity **by_index; /* working entity -> model entity */
} freezer;

static const char *const *freeze_strings(afs_arena *arena, const str_vec *v,
                                         const char *skip, size_t *count)
{
    const char **out = afs_arena_array(arena, v->n + 1, sizeof *out);
    size_t n = 0;
    for (size_t i = 0; i < v->n; i++)
        if (!skip || strcmp(v->v[i], skip) != 0)
            out[n++] = afs_arena_strdup(arena, v->v[i]);
    *count = n;
    return out;
}

static void freeze_entity(freezer *f, const entity *e, afs_entity *out)
{
    afs_arena *arena = f->a->arena;
    out->kind = e->kind;
    out->gender = e->gender;
    out->name = afs_arena_strdup(arena, e->name);
    /* the slug and the set of ids taken are working state: scratch */
    out->id = afs_arena_strdup(
        arena, afs_slug_set_claim(f->ids, afs_slug(f->x->arena, e->name,
                                                   strlen(e->name),
                                                   afs_kind_name(e->kind))));
    out->aliases =
        freeze_strings(arena, &e->aliases, e->name, &out->alias_count);
    out->roles = freeze_strings(arena, &e->roles, NULL, &out->role_count);
    afs_span *spans = afs_arena_array(arena, e->spans.n + 1, sizeof *spans);
    if (e->spans.n)
        memcpy(spans, e->spans.v, e->spans.n * sizeof *spans);
    if (e->spans.n)
        qsort(spans, e->spans.n, sizeof *spans, compare_spans);
    out->mentions = spans;
    out->mention_count = e->spans.n;
}

static int compare_first_token(const void *a, const void *b, void *ctx)
{
    const extraction *x = ctx;
    size_t i = *(const size_t *)a, j = *(const size_t *)b;
    const entity *p = &x->entities.v[i], *q = &x->entities.v[j];
    if (p->kind != q->kind)
        return (int)p->kind - (int)q->kind;
    return p->first_token < q->first_token   ? -1
           : p->first_token > q->first_token ? 1
                                             : 0;
}

static void freeze_entities(freezer *f)
{
    extraction *x = f->x;
    size_t *order = afs_arena_array(x->arena, x->entities.n + 1, sizeof *order);
    size_t n = 0;
    for (size_t e = 0; e < x->entities.n; e++)
        if (x->entities.v[e].merged_into == NO_ENTITY &&
            x->entities.v[e].spans.n > 0)
            order[n++] = e;
    if (n)
        qsort_r(order, n, sizeof *order, compare_first_token, x);
    afs_entity *out = afs_arena_array(f->a->arena, n + 1, sizeof *out);
    f->by_index =
        afs_arena_array(x->arena, x->entities.n + 1, sizeof *f->by_index);
    for (int k = 0; k <= AFS_KIND_COUNT; k++)
        f->a->kind_start[k] = n;
    /* in text order, so the first of several namesakes keeps the plain id */
    for (size_t i = 0; i < n; i++) {
        freeze_entity(f, &x->entities.v[order[i]], &out[i]);
        f->by_index[order[i]] = &out[i];
    }
    for (size_t i = n; i-- > 0;)
        f->a->kind_start[x->entities.v[order[i]].kind] = i;
    for (int k = AFS_KIND_COUNT; k-- > 0;)
        if (f->a->kind_start[k] > f->a->kind_start[k + 1])
            f->a->kind_start[k] = f->a->kind_start[k + 1];
    f->a->entities = out;
    f->a->entity_count = n;
}

/* The works, one per folded name, in order of first mention; ids from
 * the same set as the entities', so no id names two things. */
static void freeze_works(freezer *f)
{
    extraction *x = f->x;
    afs_arena *arena = f->a->arena;
    size_t first = 0;
    while (first < x->mentions.n && !x->mentions.v[first].work)
        first++;
    if (first == x->mentions.n)
        return; /* most articles name none */
    strmap *seen = strmap_new(x->arena);
    size_t n = 0;
    for (size_t mi = 0; mi < x->mentions.n; mi++)
        if (x->mentions.v[mi].work &&
            strmap_get(seen, x->mentions.v[mi].folded) == STRMAP_NONE)
            strmap_put(seen, x->mentions.v[mi].folded, n++);
    afs_work *out = afs_arena_array(arena, n + 1, sizeof *out);
    size_t *counts = afs_arena_array(x->arena, n + 1, sizeof *counts);
    afs_span **spans = afs_arena_array(x->arena, n + 1, sizeof *spans);
    for (size_t mi = 0; mi < x->mentions.n; mi++)
        if (x->mentions.v[mi].work)
            counts[strmap_get(seen, x->mentions.v[mi].folded)]++;
    for (size_t mi = 0; mi < x->mentions.n; mi++) {
        const mention *m = &x->mentions.v[mi];
        if (!m->work)
            continue;
        size_t i = strmap_get(seen, m->folded);
        afs_work *w = &out[i];
        if (!w->name) {
            w->name = afs_arena_strdup(arena, m->text);
            w->id = afs_arena_strdup(
                arena,
                afs_slug_set_claim(f->ids, afs_slug(x->arena, m->text,
                                                    strlen(m->text), "work")));
            spans[i] = afs_arena_array(arena, counts[i] + 1, sizeof **spans);
            w->mentions = spans[i];
        }
        spans[i][w->mention_count++] = (afs_span){m->start, m->end};
    }
    f->a->works = out;
    f->a->work_count = n;
}

static const afs_entity *model_entity(const freezer *f, size_t e)
{
    e = resolve_entity(f->x, e);
    return e == NO_ENTITY ? NULL : f->by_index[e];
}

#define ID_SLUG_MAX 40

/* The first max bytes of the slug of label, or all of it when shorter. A
 * slug only grows as it reads on, so a prefix of the label whose slug
 * reaches max bytes has the label's first max bytes: a quote can be
 * thousands of bytes, and its id wants forty. */
static const char *leading_slug(afs_arena *scratch, const char *label,
                                size_t max)
{
    size_t len = strnlen(label, max + 8);
    const char *slug = afs_slug(scratch, label, len, "item");
    if (label[len] && strlen(slug) < max)
        slug = afs_slug(scratch, label, strlen(label), "item");
    return slug;
}

static size_t decimal_digits(size_t v)
{
    size_t digits = 1;
    for (; v >= 10; v /= 10)
        digits++;
    return digits;
}

/* "03-extremely-good-friends": numbered so ls sorts them. Written by
 * hand, not printf: a model has an id for every quote and event. */
static const char *numbered_id(afs_arena *arena, afs_arena *scratch,
                               size_t number, size_t total, const char *label)
{
    size_t width = 2; /* as many digits as the largest number needs */
    for (size_t t = total; t >= 100; t /= 10)
        width++;
    size_t digits = decimal_digits(number);
    if (width < digits)
        width = digits;
    const char *slug = leading_slug(scratch, label, ID_SLUG_MAX);
    size_t l = strnlen(slug, ID_SLUG_MAX);
    while (l > 0 && slug[l - 1] == '-')
        l--;
    char id[3 * sizeof(size_t) + ID_SLUG_MAX + 2];
    memset(id, '0', width);
    for (size_t v = number, k = width; digits-- > 0; v /= 10)
        id[--k] = (char)('0' + v % 10);
    id[width] = '-';
    memcpy(id + width + 1, slug, l);
    return afs_arena_strndup(arena, id, width + 1 + l);
}

static int compare_quotes(const void *a, const void *b)
{
    const quote *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

static void freeze_quotes(freezer *f)
{
    extraction *x = f->x;
    if (x->quotes.n)
        qsort(x->quotes.v, x->quotes.n, sizeof *x->quotes.v, compare_quotes);
    size_t n = 0;
    for (size_t i = 0; i < x->quotes.n; i++)
        n += !x->quotes.v[i].dropped;
    afs_quote *out = afs_arena_array(f->a->arena, n + 1, sizeof *out);
    size_t k = 0;
    for (size_t i = 0; i < x->quotes.n; i++) {
        const quote *q = &x->quotes.v[i];
        if (q->dropped)
            continue;
        afs_quote *o = &out[k++];
        o->text = afs_arena_strndup(f->a->arena, x->text->clean + q->start,
                                    q->end - q->start);
        o->kind = q->kind;
        o->span = (afs_span){q->start, q->end};
        o->speaker = model_entity(f, q->speaker);
        o->id = numbered_id(f->a->arena, f->x->arena, k, n, o->text);
    }
    f->a->quotes = out;
    f->a->quote_count = n;
}

static void freeze_events(freezer *f)
{
    extraction *x = f->x;
    size_t n = x->events.n;
    afs_event *out = afs_arena_array(f->a->arena, n + 1, sizeof *out);
    for (size_t i = 0; i < n; i++) {
        const event *ev = &x->events.v[i];
        afs_event *o = &out[i];
        o->trigger = afs_arena_strdup(f->a->arena, ev->trigger);
        o->summary = afs_arena_strdup(f->a->arena, ev->summary);
        o->type = afs_arena_strdup(f->a->arena, ev->type);
        afs_span *mentions =
            afs_arena_array(f->a->arena, ev->mentions.n + 1, sizeof *mentions);
        if (ev->mentions.n)
            memcpy(mentions, ev->mentions.v, ev->mentions.n * sizeof *mentions);
        o->mentions = mentions;
        o->mention_count = ev->mentions.n;
        o->id = numbered_id(f->a->arena, f->x->arena, i + 1, n, ev->trigger);
        const afs_entity **parts =
            afs_arena_array(f->a->arena, ev->participants.n + 1, sizeof *parts);
        size_t np = 0;
        for (size_t p = 0; p < ev->participants.n; p++) {
            const afs_entity *e = model_entity(f, ev->participants.v[p]);
            if (e)
                parts[np++] = e;
        }
        o->participants = parts;
        o->participant_count = np;
        if (ev->when) {
            afs_when *w = afs_arena_alloc(f->a->arena, sizeof *w);
            w->text = afs_arena_strdup(f->a->arena, ev->when->text);
            w->date = ev->when->date
                          ? afs_arena_strdup(f->a->arena, ev->when->date)
                          : NULL;
            w->end = ev->when->end
                         ? afs_arena_strdup(f->a->arena, ev->when->end)
                         : NULL;
            o->when = w;
        }
        o->where = ev->where == NO_ENTITY ? NULL : model_entity(f, ev->where);
        const afs_range *r = &x->text->sentences[ev->sentence];
        o->span = (afs_span){r->start, r->end};
    }
    f->a->events = out;
    f->a->event_count = n;
}

static void freeze_sentences(freezer *f)
{
    const afs_text *t = f->x->text;
    afs_span *s =
        afs_arena_array(f->a->arena, t->sentence_count + 1, sizeof *s);
    for (size_t i = 0; i < t->sentence_count; i++)
        s[i] = (afs_span){t->sentences[i].start, t->sentences[i].end};
    f->a->sentences = s;
    f->a->sentence_count = t->sentence_count;
}

static const char *headline(const extraction *x)
{
    const afs_text *t = x->text;
    if (t->paragraph_count < 2 || !x->heading_paragraph[0])
        return NULL;
    return token_span_text(x, t->paragraphs[0].first, t->paragraphs[0].last);
}

/* A web page's own metadata, copied into the model as given. */
static void copy_source_metadata(afs_arena *arena, afs_article *a,
                                 const afs_extract_options *o)
{
    if (o->title)
        a->title = afs_arena_strdup(arena, o->title);
    if (o->site)
        a->site = afs_arena_strdup(arena, o->site);
    if (o->url)
        a->url = afs_arena_strdup(arena, o->url);
    if (o->author_count) {
        const char **authors =
            afs_arena_array(arena, o->author_count, sizeof *authors);
        for (size_t i = 0; i < o->author_count; i++)
            authors[i] = afs_arena_strdup(arena, o->authors[i]);
        a->authors = authors;
        a->author_count = o->author_count;
    }
    if (o->original) {
        a->original = afs_arena_strndup(arena, o->original, o->original_len);
        a->original_len = o->original_len;
    }
}

afs_article *afs_extract(const char *bytes, size_t len,
                         const afs_extract_options *options)
{
    /* A model takes about 3.5 times its text (measured over news
     * articles); growing by a quarter wastes little where it takes more.
     * From a pool, one block for all of it, its unused end given back. */
    afs_page_pool *pages = options ? options->pages : NULL;
    afs_arena *arena =
        pages ? afs_arena_new_pooled(pages, len * 5 + 1024, len / 4 + 1024)
              : afs_arena_new_sized(len / 2 * 7 + 512, len / 4 + 1024);
    afs_article *a = afs_arena_alloc(arena, sizeof *a);
    a->arena = arena;
    char *copy;
    if (options && options->adopt_bytes && bytes) {
        copy = (char *)bytes;
        afs_arena_adopt(arena, copy);
    } else {
        copy = afs_arena_strndup(arena, bytes ? bytes : "", len);
    }
    a->text = copy;
    a->text_len = len;
    if (options && options->source_name)
        a->source_name = afs_arena_strdup(arena, options->source_name);
    const char *given = options ? options->date : NULL;
    a->date = given && afs_date_parse(given, strlen(given), NULL)
                  ? afs_arena_strdup(arena, given)
                  : date_line(arena, copy, len);

    /* The passes' working state lives in a scratch arena, freed at the
     * end: the model keeps only what it shows. */
    afs_arena *own = options && options->scratch ? NULL : afs_arena_new();
    afs_arena *scratch = own ? own : options->scratch;
    extraction x = {.arena = scratch, .date = a->date};
    x.text = afs_text_new(scratch, copy, len);
    find_headings(&x);
    find_names(&x);
    resolve_entities(&x);
    find_quotes(&x);
    find_times(&x);
    find_events(&x);

    const char *title = headline(&x);
    a->title = title ? afs_arena_strdup(arena, title) : NULL;
    if (options)
        copy_source_metadata(arena, a, options);
    freezer f = {.x = &x, .a = a, .ids = afs_slug_set_new(scratch)};
    freeze_entities(&f);
    freeze_works(&f);
    freeze_quotes(&f);
    freeze_events(&f);
    freeze_sentences(&f);
    afs_article_index(a);
    afs_arena_free(own);
    afs_arena_shrink(arena);
    return a;
}
