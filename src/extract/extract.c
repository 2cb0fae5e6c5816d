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
#include "articlefs/utf8.h"
#include "internal.h"

const char *token_span_text(const extraction *x, size_t first, size_t last)
{
    const afs_text *t = x->text;
    if (first >= last)
        return "";
    size_t start = t->tokens[first].start, end = t->tokens[last - 1].end;
    char *s = afs_arena_strndup(x->arena, t->clean + start, end - start);
    /* One line, single spaces: names and summaries go into one-line files.
     * Most spans are so already: tokens hold no white space, so tokens
     * that touch or stand one space apart tell it without a scan, and two
     * library scans tell the rest faster than the loop below. */
    bool single_spaced = true;
    for (size_t k = first; k + 1 < last && single_spaced; k++) {
        size_t gap_at = t->tokens[k].end, gap = t->tokens[k + 1].start - gap_at;
        single_spaced = gap == 0 || (gap == 1 && t->clean[gap_at] == ' ');
    }
    if (single_spaced || (!strpbrk(s, "\n\t") && !strstr(s, "  ")))
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

/* Arrays sort_small sorts by insertion, no longer than this. */
#define SMALL_SORT 64

/* Sorts base[0, n) of size-byte elements as glibc's qsort_r does (a
 * merge sort: stable): by insertion when there are few, for most arrays
 * here are in order or nearly, where a merge sort costs a thousand
 * instructions before it starts. */
static void sort_small(void *base, size_t n, size_t size,
                       int (*compare)(const void *, const void *, void *),
                       void *context)
{
    unsigned char *b = base, held[64];
    if (n > SMALL_SORT || size > sizeof held) {
        qsort_r(base, n, size, compare, context);
        return;
    }
    for (size_t i = 1; i < n; i++) {
        size_t j = i; /* after everything that does not sort after it */
        while (j > 0 && compare(b + (j - 1) * size, b + i * size, context) > 0)
            j--;
        if (j == i)
            continue;
        memcpy(held, b + i * size, size);
        memmove(b + (j + 1) * size, b + j * size, (i - j) * size);
        memcpy(b + j * size, held, size);
    }
}

static int compare_spans(const void *a, const void *b, void *unused)
{
    (void)unused;
    const afs_span *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

/* Each span starts after the one before: what the sort would make of
 * them already, as for most entities, mentioned in text order. */
static bool strictly_in_order(const afs_span *spans, size_t n)
{
    for (size_t i = 1; i < n; i++)
        if (spans[i].start <= spans[i - 1].start)
            return false;
    return true;
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
    const char **out = afs_arena_array_raw(arena, v->n + 1, sizeof *out);
    size_t n = 0;
    for (size_t i = 0; i < v->n; i++)
        if (!skip || strcmp(v->v[i], skip) != 0)
            out[n++] = afs_arena_strdup(arena, v->v[i]);
    *count = n;
    return out;
}

/* The id of a thing named name: its slug (fallback when it has none),
 * made unique in the set of ids taken, in the model. The slug is cut on
 * the stack and copied once; the set keeps the model's copy as its key. */
static const char *claim_id(freezer *f, const char *name, const char *fallback)
{
    char slug[AFS_SLUG_MAX + 1];
    size_t n =
        afs_slug_lead_into(slug, name, strlen(name), AFS_SLUG_MAX, fallback);
    const char *id = afs_arena_strndup(f->a->arena, slug, n);
    const char *claimed = afs_slug_set_claim(f->ids, id);
    /* a namesake's "name-2" is made in the set's arena: scratch */
    return claimed == id ? id : afs_arena_strdup(f->a->arena, claimed);
}

static void freeze_entity(freezer *f, const entity *e, afs_entity *out)
{
    afs_arena *arena = f->a->arena;
    out->kind = e->kind;
    out->gender = e->gender;
    out->name = afs_arena_strdup(arena, e->name);
    out->id = claim_id(f, e->name, afs_kind_name(e->kind));
    out->aliases =
        freeze_strings(arena, &e->aliases, e->name, &out->alias_count);
    out->roles = freeze_strings(arena, &e->roles, NULL, &out->role_count);
    afs_span *spans = afs_arena_array_raw(arena, e->spans.n + 1, sizeof *spans);
    if (e->spans.n)
        memcpy(spans, e->spans.v, e->spans.n * sizeof *spans);
    if (!strictly_in_order(spans, e->spans.n))
        sort_small(spans, e->spans.n, sizeof *spans, compare_spans, NULL);
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

/* Each entity of order[0, n) comes after the one before it as
 * compare_first_token has them, and is not its tie. */
static bool strictly_by_first_token(const extraction *x, const size_t *order,
                                    size_t n)
{
    for (size_t i = 1; i < n; i++)
        if (compare_first_token(&order[i - 1], &order[i], (void *)x) >= 0)
            return false;
    return true;
}

/* The entities the model keeps, by kind and then by first mention, into
 * order: their count. A pass a kind keeps them in the order the passes
 * made them, most often the order of first mention already; only when
 * it is not are they sorted (stably, so a kind's entities come in the
 * order a sort of all of them gives). */
static size_t entity_order(const extraction *x, size_t *order)
{
    size_t n = 0;
    for (int k = 0; k < AFS_KIND_COUNT; k++)
        for (size_t e = 0; e < x->entities.n; e++) {
            const entity *en = &x->entities.v[e];
            if ((int)en->kind == k && en->merged_into == NO_ENTITY &&
                en->spans.n > 0)
                order[n++] = e;
        }
    if (n && !strictly_by_first_token(x, order, n))
        sort_small(order, n, sizeof *order, compare_first_token, (void *)x);
    return n;
}

static void freeze_entities(freezer *f)
{
    extraction *x = f->x;
    size_t *order =
        afs_arena_array_raw(x->arena, x->entities.n + 1, sizeof *order);
    size_t n = entity_order(x, order);
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
            w->id = claim_id(f, m->text, "work");
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

static size_t decimal_digits(size_t v)
{
    size_t digits = 1;
    for (; v >= 10; v /= 10)
        digits++;
    return digits;
}

/* "03-extremely-good-friends": numbered so ls sorts them, then the first
 * ID_SLUG_MAX bytes of the label's slug. Written by hand on the stack
 * and copied once: a model has an id for every quote and event. */
static const char *numbered_id(afs_arena *arena, size_t number, size_t total,
                               const char *label, size_t label_len)
{
    size_t width = 2; /* as many digits as the largest number needs */
    for (size_t t = total; t >= 100; t /= 10)
        width++;
    size_t digits = decimal_digits(number);
    if (width < digits)
        width = digits;
    char id[3 * sizeof(size_t) + 1 + AFS_SLUG_MAX + 1];
    char *slug = id + width + 1;
    size_t l = afs_slug_lead_into(slug, label, label_len, ID_SLUG_MAX, "item");
    while (l > 0 && slug[l - 1] == '-')
        l--;
    for (size_t v = number, k = width; k-- > 0; v /= 10)
        id[k] = (char)('0' + v % 10);
    id[width] = '-';
    return afs_arena_strndup(arena, id, width + 1 + l);
}

static int compare_quotes(const void *a, const void *b, void *unused)
{
    (void)unused;
    const quote *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

/* Each quote starts after the one before: found in text order, as most
 * are. */
static bool quotes_in_order(const quote *q, size_t n)
{
    for (size_t i = 1; i < n; i++)
        if (q[i].start <= q[i - 1].start)
            return false;
    return true;
}

static void freeze_quotes(freezer *f)
{
    extraction *x = f->x;
    if (!quotes_in_order(x->quotes.v, x->quotes.n))
        sort_small(x->quotes.v, x->quotes.n, sizeof *x->quotes.v,
                   compare_quotes, NULL);
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
        o->id = numbered_id(f->a->arena, k, n, o->text, q->end - q->start);
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
        afs_span *mentions = afs_arena_array_raw(
            f->a->arena, ev->mentions.n + 1, sizeof *mentions);
        if (ev->mentions.n)
            memcpy(mentions, ev->mentions.v, ev->mentions.n * sizeof *mentions);
        o->mentions = mentions;
        o->mention_count = ev->mentions.n;
        o->id = numbered_id(f->a->arena, i + 1, n, ev->trigger,
                            strlen(ev->trigger));
        const afs_entity **parts = afs_arena_array_raw(
            f->a->arena, ev->participants.n + 1, sizeof *parts);
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

/* ---- windows of a huge text ------------------------------------------- */

/* Texts longer than HUGE_TEXT_BYTES are read a window of whole
 * paragraphs, about WINDOW_BYTES, at a time: the passes' working memory
 * (a token every five bytes, 28 bytes each, and more per name) would take
 * many times a huge text, while no news article comes near a megabyte. A
 * window costs some twenty times its size while it is read. */
#define HUGE_TEXT_BYTES ((size_t)3 << 19)
#define WINDOW_BYTES ((size_t)256 << 10)

/* What the windows found, with offsets into the whole text: an extraction
 * with no tokens, that the freezing reads as it reads one window's. */
typedef struct merged {
    extraction x;
    afs_text text;
    AFS_VEC(afs_range) sentences;
    struct strmap *names; /* "kind name" -> entity */
} merged;

/* Binary data, or a text in an encoding other than UTF-8, holds a token
 * for almost every byte and names and quotes all over: read so, it takes
 * a hundred times its size. When more than one byte in this many is not
 * clean text, it is read in windows of GARBAGE_WINDOW_BYTES. */
#define GARBAGE_SHARE 16
#define GARBAGE_WINDOW_BYTES ((size_t)8 << 10)

/* The end of the window that starts at start: after the first blank line
 * past window bytes, else the first line end, else the first space, else
 * the next character. */
static size_t window_end(const char *clean, size_t len, size_t start,
                         size_t window)
{
    if (len - start <= window + window / 2)
        return len;
    size_t from = start + window, limit = from + window / 2;
    for (size_t i = from; i + 1 < limit; i++)
        if (clean[i] == '\n' && clean[i + 1] == '\n')
            return i + 2;
    for (size_t i = from; i < limit; i++)
        if (clean[i] == '\n')
            return i + 1;
    for (size_t i = from; i < limit; i++)
        if (clean[i] == ' ')
            return i + 1;
    size_t i = from;
    while (i < len && ((unsigned char)clean[i] & 0xC0) == 0x80)
        i++;
    return i;
}

static bool has_string(const str_vec *v, const char *s)
{
    for (size_t i = 0; i < v->n; i++)
        if (strcmp(v->v[i], s) == 0)
            return true;
    return false;
}

static void merge_strings(afs_arena *arena, str_vec *into, const str_vec *from)
{
    for (size_t i = 0; i < from->n; i++)
        if (!has_string(into, from->v[i]))
            *VEC_PUSH(arena, *into) = afs_arena_strdup(arena, from->v[i]);
}

/* The merged entity of window entity e: one per kind and name. */
static size_t merge_entity(merged *m, const entity *e, size_t offset)
{
    afs_arena *arena = m->x.arena;
    const char *key = afs_arena_printf(arena, "%d %s", (int)e->kind, e->name);
    size_t k = strmap_get(m->names, key);
    if (k == STRMAP_NONE) {
        k = m->x.entities.n;
        entity *n = VEC_PUSH(arena, m->x.entities);
        *n = (entity){.kind = e->kind,
                      .gender = e->gender,
                      .name = afs_arena_strdup(arena, e->name),
                      .first_token = e->spans.v[0].start + offset,
                      .merged_into = NO_ENTITY};
        strmap_put(m->names, key, k);
    }
    entity *n = &m->x.entities.v[k];
    if (n->gender == AFS_GENDER_UNKNOWN)
        n->gender = e->gender;
    merge_strings(arena, &n->aliases, &e->aliases);
    merge_strings(arena, &n->roles, &e->roles);
    for (size_t s = 0; s < e->spans.n; s++)
        *VEC_PUSH(arena, n->spans) = (afs_span){e->spans.v[s].start + offset,
                                                e->spans.v[s].end + offset};
    return k;
}

static size_t merged_of(const extraction *w, const size_t *map, size_t e)
{
    e = resolve_entity(w, e);
    return e == NO_ENTITY ? NO_ENTITY : map[e];
}

/* The window's works as mentions of the whole text: all that freezing
 * reads of a work. */
static void merge_works(merged *m, const extraction *w, size_t offset)
{
    afs_arena *arena = m->x.arena;
    for (size_t i = 0; i < w->mentions.n; i++) {
        const mention *wm = &w->mentions.v[i];
        if (wm->work && wm->text && wm->folded)
            *VEC_PUSH(arena, m->x.mentions) =
                (mention){.start = wm->start + offset,
                          .end = wm->end + offset,
                          .text = afs_arena_strdup(arena, wm->text),
                          .folded = afs_arena_strdup(arena, wm->folded),
                          .work = true};
    }
}

static void merge_window(merged *m, const extraction *w, size_t offset)
{
    afs_arena *arena = m->x.arena;
    size_t *map = afs_arena_array(w->arena, w->entities.n + 1, sizeof *map);
    for (size_t e = 0; e < w->entities.n; e++) {
        const entity *we = &w->entities.v[e];
        map[e] = we->merged_into == NO_ENTITY && we->spans.n > 0
                     ? merge_entity(m, we, offset)
                     : NO_ENTITY;
    }
    for (size_t i = 0; i < w->quotes.n; i++) {
        const quote *q = &w->quotes.v[i];
        if (q->dropped)
            continue;
        *VEC_PUSH(arena, m->x.quotes) =
            (quote){.start = q->start + offset,
                    .end = q->end + offset,
                    .speaker = merged_of(w, map, q->speaker),
                    .kind = q->kind};
    }
    size_t sentence_base = m->sentences.n;
    for (size_t i = 0; i < w->events.n; i++) {
        const event *ev = &w->events.v[i];
        event *o = VEC_PUSH(arena, m->x.events);
        *o =
            (event){.trigger = afs_arena_strdup(arena, ev->trigger),
                    .type = ev->type ? afs_arena_strdup(arena, ev->type) : NULL,
                    .summary = afs_arena_strdup(arena, ev->summary),
                    .where = merged_of(w, map, ev->where),
                    .sentence = ev->sentence + sentence_base,
                    .last_sentence = ev->last_sentence + sentence_base};
        for (size_t k = 0; k < ev->mentions.n; k++)
            *VEC_PUSH(arena, o->mentions) =
                (afs_span){ev->mentions.v[k].start + offset,
                           ev->mentions.v[k].end + offset};
        for (size_t p = 0; p < ev->participants.n; p++) {
            size_t e = merged_of(w, map, ev->participants.v[p]);
            if (e != NO_ENTITY)
                *VEC_PUSH(arena, o->participants) = e;
        }
        if (ev->when) {
            time_expr *t = afs_arena_alloc(arena, sizeof *t);
            t->text = afs_arena_strdup(arena, ev->when->text);
            t->date =
                ev->when->date ? afs_arena_strdup(arena, ev->when->date) : NULL;
            t->end =
                ev->when->end ? afs_arena_strdup(arena, ev->when->end) : NULL;
            o->when = t;
        }
    }
    merge_works(m, w, offset);
    for (size_t i = 0; i < w->text->sentence_count; i++) {
        const afs_range *r = &w->text->sentences[i];
        *VEC_PUSH(arena, m->sentences) =
            (afs_range){.start = r->start + offset, .end = r->end + offset};
    }
}

static void run_passes(extraction *x)
{
    x->language = detect_language(x->arena, x->text);
    x->foreign = x->language && strcmp(x->language, "en") != 0;
    find_headings(x);
    find_names(x);
    resolve_entities(x);
    find_quotes(x);
    if (x->foreign)
        return; /* events are told in English words */
    find_times(x);
    find_events(x);
}

static void freeze(extraction *x, afs_article *a)
{
    freezer f = {.x = x, .a = a, .ids = afs_slug_set_new(x->arena)};
    a->language = x->language ? afs_arena_strdup(a->arena, x->language) : NULL;
    freeze_entities(&f);
    freeze_works(&f);
    freeze_quotes(&f);
    freeze_events(&f);
    freeze_sentences(&f);
}

/* More than one byte in GARBAGE_SHARE of raw is not clean text: binary
 * data, or another encoding than UTF-8. Read, it yields names and quotes
 * of noise and a model many times its size; it names nothing. */
static bool is_garbage(const char *raw, const char *clean, size_t len)
{
    if (raw == clean)
        return false;
    size_t dirty = 0;
    for (size_t i = 0; i < len; i++)
        dirty += raw[i] != clean[i];
    return dirty > len / GARBAGE_SHARE;
}

/* Each window is extracted in scratch, reset between them; what it found
 * joins the merged state (in arena, freed here), which is frozen as one
 * text's would be. */
static void extract_windows(afs_article *a, afs_arena *arena, const char *clean,
                            size_t window, afs_arena *scratch)
{
    const char *copy = a->text;
    size_t len = a->text_len;
    merged *m = afs_arena_alloc(arena, sizeof *m);
    m->x = (extraction){.arena = arena, .date = a->date};
    m->names = strmap_new(arena);
    for (size_t start = 0; start < len;) {
        size_t end = window_end(clean, len, start, window);
        if (is_garbage(copy + start, clean + start, end - start)) {
            start = end;
            continue;
        }
        afs_arena_reset(scratch);
        extraction w = {.arena = scratch, .date = a->date};
        w.text = afs_text_new(
            scratch, afs_arena_strndup(scratch, clean + start, end - start),
            end - start);
        run_passes(&w);
        if (start == 0) {
            const char *title = headline(&w);
            a->title = title ? afs_arena_strdup(a->arena, title) : NULL;
            m->x.language =
                w.language ? afs_arena_strdup(arena, w.language) : NULL;
        }
        merge_window(m, &w, start);
        start = end;
    }
    afs_arena_reset(scratch);
    m->text = (afs_text){.raw = copy,
                         .clean = clean,
                         .len = len,
                         .sentences = m->sentences.v,
                         .sentence_count = m->sentences.n};
    m->x.text = &m->text;
    m->x.arena = scratch;
    freeze(&m->x, a);
    afs_arena_free(arena);
}

/* The clean copy of the article's text, in arena, or the text itself when
 * it is clean; *dirty counts the bytes that differ. */
static const char *clean_copy(afs_arena *arena, const afs_article *a,
                              size_t *dirty)
{
    *dirty = 0;
    if (afs_utf8_is_clean(a->text, a->text_len))
        return a->text;
    char *c = afs_arena_array_raw(arena, a->text_len + 1, 1);
    afs_utf8_clean(a->text, a->text_len, c);
    for (size_t i = 0; i < a->text_len; i++)
        *dirty += c[i] != a->text[i];
    return c;
}

/* Extracts a in windows when it is huge or garbage; false when it is
 * neither, for the passes to read it whole. */
static bool extract_windowed(afs_article *a, afs_arena *scratch)
{
    size_t len = a->text_len;
    if (len <= GARBAGE_WINDOW_BYTES + GARBAGE_WINDOW_BYTES / 2)
        return false;
    afs_arena *arena = afs_arena_new();
    size_t dirty;
    const char *clean = clean_copy(arena, a, &dirty);
    size_t window = dirty > len / GARBAGE_SHARE ? GARBAGE_WINDOW_BYTES
                    : len > HUGE_TEXT_BYTES     ? WINDOW_BYTES
                                                : 0;
    if (!window) {
        afs_arena_free(arena);
        return false;
    }
    extract_windows(a, arena, clean, window, scratch);
    return true;
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
    if (!extract_windowed(a, scratch)) {
        extraction x = {.arena = scratch,
                        .date = a->date,
                        .evidence = options ? options->evidence : NULL};
        x.text = afs_text_new(scratch, copy, len);
        run_passes(&x);
        const char *title = headline(&x);
        a->title = title ? afs_arena_strdup(arena, title) : NULL;
        freeze(&x, a);
    }
    if (options)
        copy_source_metadata(arena, a, options);
    afs_article_index(a);
    afs_arena_free(own);
    afs_arena_shrink(arena);
    return a;
}
