/* Finding the article in a web page (libxml2's HTML parser).
 *
 * The approach of Readability and trafilatura, written for this tree:
 * furniture goes first (scripts, navigation, share bars, comments, related
 * lists, hidden parts); then every block of running text scores its
 * ancestors by its length and commas, markup that names the article body
 * adds to the score and link-heavy blocks lose; the best container and
 * those of its siblings that read like it are the article, written one
 * block a line. */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "page_internal.h"

/* Deeper than this the page is not read (a parser bomb, not a story). */
#define MAX_DEPTH 400

const char *afs_tag(const xmlNode *node)
{
    return node && node->type == XML_ELEMENT_NODE && node->name
               ? (const char *)node->name
               : "";
}

char *afs_attr(xmlNode *node, const char *name)
{
    return (char *)xmlGetProp(node, (const xmlChar *)name);
}

static bool is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
           c == '\v';
}

void afs_buf_add_collapsed(afs_buf *b, const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        bool space = false;
        while (*p && (is_space(*p) || (p[0] == 0xC2 && p[1] == 0xA0) ||
                      (p[0] == 0xE2 && p[1] == 0x80 &&
                       (p[2] == 0x8B || p[2] == 0xAF || p[2] == 0x89)))) {
            p += is_space(*p) ? 1 : p[0] == 0xC2 ? 2 : 3;
            space = true;
        }
        if (space && b->len && b->s[b->len - 1] != ' ' &&
            b->s[b->len - 1] != '\n')
            afs_buf_addc(b, ' ');
        const unsigned char *start = p;
        while (*p && !is_space(*p) && !(p[0] == 0xC2 && p[1] == 0xA0) &&
               !(p[0] == 0xE2 && p[1] == 0x80 &&
                 (p[2] == 0x8B || p[2] == 0xAF || p[2] == 0x89)))
            p++;
        afs_buf_add(b, (const char *)start, (size_t)(p - start));
    }
}

/* ---- what each element is --------------------------------------------- */

static bool tag_in(const char *tag, const char *const *list)
{
    for (; *list; list++)
        if (!strcmp(tag, *list))
            return true;
    return false;
}

/* Never part of a story, wherever they stand. */
static bool furniture_tag(const char *tag)
{
    static const char *const tags[] = {
        "script", "style",  "noscript", "template", "svg",    "math",
        "iframe", "object", "embed",    "canvas",   "button", "select",
        "input",  "option", "textarea", "nav",      "aside",  "footer",
        "form",   "label",  "dialog",   "menu",     "audio",  "video",
        "map",    "head",   "title",    "link",     "meta",   NULL};
    return tag_in(tag, tags);
}

static bool block_tag(const char *tag)
{
    static const char *const tags[] = {
        "address",  "article",    "aside",  "blockquote", "center", "dd",
        "details",  "dialog",     "dir",    "div",        "dl",     "dt",
        "fieldset", "figcaption", "figure", "footer",     "form",   "h1",
        "h2",       "h3",         "h4",     "h5",         "h6",     "header",
        "hgroup",   "hr",         "li",     "main",       "menu",   "nav",
        "ol",       "p",          "pre",    "section",    "table",  "tbody",
        "thead",    "tfoot",      "tr",     "td",         "th",     "ul",
        "summary",  "caption",    "br",     "body",       "html",   "noscript",
        NULL};
    return tag_in(tag, tags);
}

static bool heading_tag(const char *tag)
{
    return tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6' && !tag[2];
}

/* Words in class and id names: the lower-cased attribute values, split
 * at anything but letters and digits. */
typedef struct name_words {
    char text[512];
} name_words;

/* The value of an attribute node as parsed (one text child), no copy. */
static const char *attr_value(const xmlAttr *a)
{
    return a->children && a->children->type == XML_TEXT_NODE &&
                   a->children->content
               ? (const char *)a->children->content
               : "";
}

static void class_and_id(xmlNode *node, name_words *w)
{
    size_t n = 0;
    for (const xmlAttr *a = node->properties; a; a = a->next) {
        const char *name = (const char *)a->name;
        if (strcmp(name, "class") && strcmp(name, "id") &&
            strcmp(name, "role") && strcmp(name, "itemprop"))
            continue;
        for (const char *p = attr_value(a); *p && n + 2 < sizeof w->text; p++)
            w->text[n++] = isalnum((unsigned char)*p)
                               ? (char)tolower((unsigned char)*p)
                               : ' ';
        if (n + 1 < sizeof w->text)
            w->text[n++] = ' ';
    }
    w->text[n] = '\0';
}

/* A word (or a prefix of one, with a trailing '*') among the names. */
static bool has_word(const name_words *w, const char *word)
{
    size_t k = strlen(word);
    bool prefix = word[k - 1] == '*';
    if (prefix)
        k--;
    for (const char *p = w->text; *p;) {
        while (*p == ' ')
            p++;
        const char *end = p;
        while (*end && *end != ' ')
            end++;
        size_t n = (size_t)(end - p);
        if (n && (prefix ? n >= k : n == k) && !strncmp(p, word, k))
            return true;
        p = end;
    }
    return false;
}

/* Substrings that name a part of a page that is not its story. */
static const char *const junk_parts[] = {
    "comment",     "sidebar",      "related",    "share",
    "social",      "newsletter",   "cookie",     "consent",
    "gdpr",        "promo",        "breadcrumb", "subscribe",
    "signup",      "sponsor",      "outbrain",   "taboola",
    "popular",     "trending",     "recommend",  "masthead",
    "navbar",      "navigation",   "footer",     "toolbar",
    "widget",      "advert",       "banner",     "paywall",
    "disqus",      "byline",       "caption",    "credit",
    "pagination",  "author-bio",   "authorbio",  "more-stories",
    "morestories", "read-more",    "readmore",   "tags",
    "skip",        "modal",        "popup",      "overlay",
    "print",       "follow",       "newsfeed",   "ticker",
    "rating",      "survey",       "login",      "signin",
    "headerbar",   "topbar",       "dateline",   "timestamp",
    "meta",        "menu",         "nav",        "hidden",
    "sharing",     "tools",        "utility",    "bottom",
    "disclaimer",  "inline-ad",    "adslot",     "ad-slot",
    "adunit",      "ad-container", "playlist",   "carousel",
    "slideshow",   "gallery",      "video",      NULL};

/* Whole words for the short names that are parts of longer ones. */
static const char *const junk_words[] = {
    "ad",       "ads",       "advertisement", "nav",
    "header",   "foot",      "share",         "tags",
    "tag",      "meta",      "aside",         "extra",
    "author",   "date",      "related*",      "promo*",
    "social*",  "sponsor*",  "dfp*",          "outbrain*",
    "taboola*", "comments*", "newsletter*",   "caption*",
    "credit*",  "byline*",   "breadcrumb*",   "prev",
    "next",     "previous",  "pager",         "prevnext",
    NULL};

/* Names that say "this is the story": an element with these is never
 * dropped for its name. */
static const char *const story_words[] = {
    "article*", "story*",       "content*", "entry*", "post*", "main*", "body*",
    "text*",    "articlebody*", "hentry",   "blog*",  "page*", NULL};

/* The letter pairs in the names, so that most parts are ruled out
 * without a search. */
typedef struct pairs {
    uint64_t bits[(26 * 26 + 63) / 64];
} pairs;

static int pair_index(const char *s)
{
    return s[0] >= 'a' && s[0] <= 'z' && s[1] >= 'a' && s[1] <= 'z'
               ? (s[0] - 'a') * 26 + (s[1] - 'a')
               : -1;
}

static void collect_pairs(const char *text, pairs *p)
{
    memset(p, 0, sizeof *p);
    for (const char *c = text; c[0] && c[1]; c++) {
        int i = pair_index(c);
        if (i >= 0)
            p->bits[i / 64] |= (uint64_t)1 << (i % 64);
    }
}

static bool any_part_in(const char *text, const pairs *p,
                        const char *const *parts)
{
    for (; *parts; parts++) {
        int i = pair_index(*parts);
        if ((i < 0 || (p->bits[i / 64] >> (i % 64) & 1)) &&
            strstr(text, *parts))
            return true;
    }
    return false;
}

static bool any_word(const name_words *w, const char *const *words)
{
    for (; *words; words++)
        if (has_word(w, *words))
            return true;
    return false;
}

/* How surely the names say "furniture". */
enum name_verdict { NAME_FINE, NAME_DOUBTFUL, NAME_JUNK };

/* Names of the story's own body. */
static const char *const body_names[] = {"articlebody",
                                         "article body",
                                         "story body",
                                         "storybody",
                                         "entry content",
                                         "post content",
                                         "article content",
                                         "post body",
                                         "article text",
                                         "story content",
                                         NULL};

typedef struct name_reading {
    enum name_verdict verdict;
    double weight; /* story words up, furniture down */
} name_reading;

static name_reading read_names(const name_words *w)
{
    pairs p;
    collect_pairs(w->text, &p);
    bool junk_word = any_word(w, junk_words);
    bool junk_part = any_part_in(w->text, &p, junk_parts);
    bool story = any_word(w, story_words);
    name_reading r = {NAME_FINE, 0};
    if (junk_word)
        r.verdict = NAME_JUNK;
    else if (junk_part)
        /* "article-sidebar" or "story-comments": furniture unless it
         * holds the story's paragraphs */
        r.verdict = story ? NAME_DOUBTFUL : NAME_JUNK;
    r.weight = (story ? 25 : 0) +
               (any_part_in(w->text, &p, body_names) ? 25 : 0) -
               (junk_word || junk_part ? 25 : 0);
    return r;
}

static bool hidden(xmlNode *node)
{
    for (const xmlAttr *a = node->properties; a; a = a->next) {
        const char *name = (const char *)a->name, *value = attr_value(a);
        if (!strcmp(name, "hidden"))
            return true;
        if (!strcmp(name, "aria-hidden") && !strcmp(value, "true"))
            return true;
        if (strcmp(name, "style"))
            continue;
        char squeezed[256];
        size_t n = 0;
        for (const char *p = value; *p && n + 1 < sizeof squeezed; p++)
            if (!is_space((unsigned char)*p))
                squeezed[n++] = (char)tolower((unsigned char)*p);
        squeezed[n] = '\0';
        if (strstr(squeezed, "display:none") ||
            strstr(squeezed, "visibility:hidden"))
            return true;
    }
    return false;
}

/* What the names of an element say, remembered per page: most elements
 * share their class with many others. */
typedef struct name_judgement {
    uint64_t hash; /* of the names; 0 for an empty slot */
    double weight;
    uint8_t verdict;
    bool articlebody;
} name_judgement;

#define JUDGEMENTS 1024

static uint64_t hash_names(const char *s)
{
    uint64_t h = 1469598103934665603u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h | 1;
}

/* ---- measuring --------------------------------------------------------- */

typedef struct info {
    double score;
    double weight;       /* from names and tag */
    uint32_t chars;      /* visible characters */
    uint32_t link_chars; /* of them, inside links */
    uint32_t own_chars;  /* in text and inline children, not blocks */
    uint32_t commas;     /* in own text */
    uint32_t paragraphs; /* <p> with running text below */
    uint32_t links, images;
    uint8_t name_verdict; /* enum name_verdict */
    bool junk;            /* dropped before scoring */
    bool scored;          /* got a score from text below */
    bool story_mark;      /* <article>, itemprop=articleBody and the like */
} info;

typedef struct reader {
    name_judgement *judgements; /* JUDGEMENTS slots */
    info *infos;
    size_t count;
    bool drop_by_name; /* off on the second try, when names took it all */
    const char *title;
} reader;

static info *info_of(const xmlNode *node)
{
    return node->type == XML_ELEMENT_NODE ? (info *)node->_private : NULL;
}

static size_t count_chars(const char *s)
{
    size_t n = 0;
    bool space = true;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (is_space(*p)) {
            if (!space)
                n++;
            space = true;
        } else if ((*p & 0xC0) != 0x80) {
            n++;
            space = false;
        }
    }
    return n;
}

static size_t count_commas(const char *s)
{
    size_t n = 0;
    for (const char *p = s; (p = strpbrk(p, ",\xEF")); p++)
        if (*p == ',' || !strncmp(p, "\xEF\xBC\x8C", 3))
            n++;
    return n;
}

/* Gives each element its info and marks what is dropped up front. */
static void number(reader *r, xmlNode *node, int depth)
{
    for (xmlNode *c = node; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        c->_private = &r->infos[r->count++];
        if (depth < MAX_DEPTH)
            number(r, c->children, depth + 1);
    }
}

static size_t count_elements(xmlNode *node, int depth)
{
    size_t n = 0;
    for (xmlNode *c = node; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE)
            n += 1 + (depth < MAX_DEPTH ? count_elements(c->children, depth + 1)
                                        : 0);
    return n;
}

static name_judgement judge(reader *r, xmlNode *node)
{
    name_judgement j = {0};
    if (!node->properties)
        return j;
    name_words w;
    class_and_id(node, &w);
    if (!w.text[0])
        return j;
    uint64_t h = hash_names(w.text);
    name_judgement *slot = &r->judgements[h % JUDGEMENTS];
    if (slot->hash == h)
        return *slot;
    j.hash = h;
    name_reading reading = read_names(&w);
    j.weight = reading.weight;
    j.verdict = (uint8_t)reading.verdict;
    j.articlebody = strstr(w.text, "articlebody") != NULL;
    *slot = j;
    return j;
}

/* Drops what is furniture by its tag or is hidden; judges the names. */
static void mark(reader *r, xmlNode *node, int depth)
{
    for (xmlNode *c = node; c; c = c->next) {
        info *in = info_of(c);
        if (!in)
            continue;
        memset(in, 0, sizeof *in);
        const char *tag = afs_tag(c);
        name_judgement j = judge(r, c);
        in->weight = j.weight;
        in->name_verdict = j.verdict;
        in->story_mark =
            !strcmp(tag, "article") || !strcmp(tag, "main") || j.articlebody;
        if (in->story_mark)
            in->weight += 10;
        in->junk = depth >= MAX_DEPTH ||
                   (furniture_tag(tag) && !(in->story_mark)) ||
                   (c->properties && hidden(c));
        if (!in->junk)
            mark(r, c->children, depth + 1);
    }
}

/* Bottom up: characters, link characters, own text, paragraphs. */
static void measure(xmlNode *node, bool in_link)
{
    info *in = info_of(node);
    const char *tag = afs_tag(node);
    bool link = in_link || !strcmp(tag, "a");
    in->chars = in->link_chars = in->own_chars = in->commas = 0;
    in->paragraphs = 0;
    in->links = !strcmp(tag, "a");
    in->images = !strcmp(tag, "img");
    for (xmlNode *c = node->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            const char *text = (const char *)c->content;
            if (!text)
                continue;
            size_t n = count_chars(text);
            in->chars += (uint32_t)n;
            in->own_chars += (uint32_t)n;
            in->commas += (uint32_t)count_commas(text);
            if (link)
                in->link_chars += (uint32_t)n;
            continue;
        }
        info *ci = info_of(c);
        if (!ci || ci->junk)
            continue;
        measure(c, link);
        in->chars += ci->chars;
        in->link_chars += ci->link_chars;
        in->paragraphs += ci->paragraphs;
        in->links += ci->links;
        in->images += ci->images;
        if (!block_tag(afs_tag(c))) {
            in->own_chars += ci->own_chars;
            in->commas += ci->commas;
        }
    }
    if (!strcmp(tag, "p") && in->chars >= 40)
        in->paragraphs++;
}

/* Top down: parts named like furniture go, unless they are marked as the
 * story or hold several of its paragraphs. */
static void drop_named(xmlNode *node)
{
    for (xmlNode *c = node->children; c; c = c->next) {
        info *in = info_of(c);
        if (!in || in->junk)
            continue;
        if (!in->story_mark && strcmp(afs_tag(c), "a") &&
            (in->name_verdict == NAME_JUNK ||
             (in->name_verdict == NAME_DOUBTFUL && in->paragraphs < 2))) {
            in->junk = true;
            continue;
        }
        drop_named(c);
    }
}

static double link_density(const info *in)
{
    return in->chars ? (double)in->link_chars / in->chars : 0;
}

/* ---- scoring ----------------------------------------------------------- */

static double tag_weight(const char *tag)
{
    if (!strcmp(tag, "div") || !strcmp(tag, "article") ||
        !strcmp(tag, "section") || !strcmp(tag, "main"))
        return 5;
    if (!strcmp(tag, "pre") || !strcmp(tag, "td") || !strcmp(tag, "blockquote"))
        return 3;
    if (!strcmp(tag, "ol") || !strcmp(tag, "ul") || !strcmp(tag, "dl") ||
        !strcmp(tag, "dd") || !strcmp(tag, "dt") || !strcmp(tag, "li") ||
        !strcmp(tag, "address"))
        return -3;
    if (heading_tag(tag) || !strcmp(tag, "th"))
        return -5;
    return 0;
}

static bool scorable_tag(const char *tag)
{
    static const char *const tags[] = {
        "p",          "pre", "td",     "div",  "section", "article", "main",
        "blockquote", "dd",  "center", "font", "span",    NULL};
    return tag_in(tag, tags);
}

static void add_score(xmlNode *node, double points)
{
    info *in = info_of(node);
    if (!in)
        return;
    if (!in->scored) {
        in->scored = true;
        in->score = tag_weight(afs_tag(node)) + in->weight;
    }
    in->score += points;
}

/* A block of running text gives points to its parent and, less and less,
 * to four more ancestors. */
static void score_blocks(xmlNode *node)
{
    for (xmlNode *c = node->children; c; c = c->next) {
        info *in = info_of(c);
        if (!in || in->junk)
            continue;
        score_blocks(c);
        const char *tag = afs_tag(c);
        if (!scorable_tag(tag) || in->own_chars < 25)
            continue;
        /* a span or font is a block only when its parent is not one */
        if ((!strcmp(tag, "span") || !strcmp(tag, "font")) &&
            !block_tag(afs_tag(c->parent)))
            continue;
        double points = 1 + in->commas +
                        (in->own_chars / 100 > 3 ? 3 : in->own_chars / 100);
        points *= 1 - link_density(in);
        xmlNode *up = c->parent;
        for (int level = 0; up && up->type == XML_ELEMENT_NODE && level < 5;
             level++, up = up->parent)
            add_score(up, points / (level == 0   ? 1
                                    : level == 1 ? 2
                                                 : level * 3));
    }
}

/* The best-scoring container (after link density), or NULL. */
typedef struct best {
    xmlNode *nodes[5];
    double scores[5];
} best;

static void keep_best(best *b, xmlNode *node, double score)
{
    for (int i = 0; i < 5; i++) {
        if (!b->nodes[i] || score > b->scores[i]) {
            for (int k = 4; k > i; k--) {
                b->nodes[k] = b->nodes[k - 1];
                b->scores[k] = b->scores[k - 1];
            }
            b->nodes[i] = node;
            b->scores[i] = score;
            return;
        }
    }
}

static void final_scores(xmlNode *node, best *b)
{
    for (xmlNode *c = node->children; c; c = c->next) {
        info *in = info_of(c);
        if (!in || in->junk)
            continue;
        if (in->scored) {
            in->score *= 1 - link_density(in);
            keep_best(b, c, in->score);
        }
        final_scores(c, b);
    }
}

static bool contains(const xmlNode *outer, const xmlNode *inner)
{
    for (const xmlNode *p = inner; p; p = p->parent)
        if (p == outer)
            return true;
    return false;
}

static double score_of(const xmlNode *node)
{
    const info *in = info_of(node);
    return in && in->scored ? in->score : 0;
}

/* Moves up from the top candidate when the text is spread over several
 * of its relatives (a story split into sections). */
static xmlNode *settle(xmlNode *top, const best *b)
{
    /* close runners-up that share an ancestor with the top: that ancestor */
    for (xmlNode *up = top->parent;
         up && up->type == XML_ELEMENT_NODE && strcmp(afs_tag(up), "body");
         up = up->parent) {
        int near = 0;
        for (int i = 1; i < 5; i++)
            if (b->nodes[i] && b->scores[i] >= 0.75 * b->scores[0] &&
                contains(up, b->nodes[i]))
                near++;
        if (near >= 2) {
            top = up;
            break;
        }
    }
    /* an only child says little: its parent is the container */
    double last = score_of(top), floor = last / 3;
    for (xmlNode *up = top->parent;
         up && up->type == XML_ELEMENT_NODE && strcmp(afs_tag(up), "body");
         up = up->parent) {
        double s = score_of(up);
        if (s < floor)
            break;
        if (s > last) {
            top = up;
        }
        last = s;
    }
    while (top->parent && top->parent->type == XML_ELEMENT_NODE &&
           strcmp(afs_tag(top->parent), "body")) {
        int elements = 0;
        for (xmlNode *c = top->parent->children; c; c = c->next) {
            const info *ci = info_of(c);
            if (ci && !ci->junk && ci->chars > 0)
                elements++;
        }
        if (elements != 1)
            break;
        top = top->parent;
    }
    return top;
}

/* ---- writing the article ---------------------------------------------- */

typedef struct writer {
    afs_buf out;
    afs_buf line;
    size_t line_link_chars; /* bytes of the line inside links */
    bool in_list_item;
    const char *title;
    size_t lines;
    /* where each written line starts, and whether it is mostly a link */
    size_t *starts;
    bool *linked;
    size_t cap;
} writer;

static void remember_line(writer *w, size_t start, bool linked)
{
    if (w->lines == w->cap) {
        w->cap = w->cap ? w->cap * 2 : 64;
        w->starts = realloc(w->starts, w->cap * sizeof *w->starts);
        w->linked = realloc(w->linked, w->cap * sizeof *w->linked);
        if (!w->starts || !w->linked)
            abort();
    }
    w->starts[w->lines] = start;
    w->linked[w->lines++] = linked;
}

/* A list of links after the story (more stories, the outlet's other
 * pages), and the short heading over it, is not the story. */
static void trim_trailing_links(writer *w)
{
    bool dropped = false;
    while (w->lines) {
        size_t last = w->lines - 1;
        const char *line = w->out.s + w->starts[last];
        size_t n = w->out.len - w->starts[last] - 1;
        bool heading = n < 60 && line[n - 1] != '.' && line[n - 1] != '"';
        if (!w->linked[last] && !(dropped && heading))
            break;
        dropped = dropped || w->linked[last];
        w->out.len = w->starts[last];
        w->out.s[w->out.len] = '\0';
        w->lines--;
    }
}

static void writer_free(writer *w)
{
    free(w->line.s);
    free(w->starts);
    free(w->linked);
}

/* A line that sends the reader to another story. */
static bool pointer_line(const char *s)
{
    static const char *const labels[] = {"read more",
                                         "related",
                                         "see also",
                                         "also read",
                                         "more:",
                                         "don't miss",
                                         "don\xE2\x80\x99t miss",
                                         "must read",
                                         "recommended",
                                         "read also",
                                         "also see",
                                         "watch:",
                                         NULL};
    for (const char *const *l = labels; *l; l++)
        if (!strncasecmp(s, *l, strlen(*l)))
            return true;
    return false;
}

/* Lines a page puts around every story: ad labels, comment counters,
 * "Posted: ..." stamps. */
static bool furniture_line(const char *s)
{
    static const char *const lines[] = {"advertisement",
                                        "advertising",
                                        "advert",
                                        "sponsored",
                                        "story continues below",
                                        "continue reading",
                                        "read more",
                                        "share this",
                                        "share",
                                        "comments",
                                        "comment",
                                        "post a comment",
                                        "leave a comment",
                                        "leave a reply",
                                        "tell us what you think...",
                                        "tell us what you think",
                                        NULL};
    for (const char *const *l = lines; *l; l++)
        if (!strcasecmp(s, *l))
            return true;
    /* "12 Comments" */
    const char *p = s;
    while (*p >= '0' && *p <= '9')
        p++;
    if (p > s && (!strcasecmp(p, " comments") || !strcasecmp(p, " comment")))
        return true;
    static const char *const stamps[] = {
        "posted:",    "updated:",      "published:", "last updated",
        "posted on ", "published on ", NULL};
    size_t n = strlen(s);
    for (const char *const *st = stamps; *st && n < 80; st++)
        if (!strncasecmp(s, *st, strlen(*st)) && strpbrk(s, "0123456789"))
            return true;
    return false;
}

/* A newsroom's credit line: "Jane Doe contributed to this report." */
static bool credit_line(const char *s)
{
    static const char *const tails[] = {"contributed to this report.",
                                        "contributed reporting.",
                                        "contributed to this story.", NULL};
    size_t n = strlen(s);
    for (const char *const *t = tails; *t; t++) {
        size_t k = strlen(*t);
        if (n >= k && n < 400 && !strcasecmp(s + n - k, *t))
            return true;
    }
    return false;
}

static void end_line(writer *w)
{
    afs_buf *l = &w->line;
    size_t start = 0, end = l->len;
    while (start < end && (l->s[start] == ' ' || l->s[start] == '\n'))
        start++;
    while (end > start && (l->s[end - 1] == ' ' || l->s[end - 1] == '\n'))
        end--;
    size_t n = end - start;
    bool keep = n > 0;
    if (keep) {
        l->s[end] = '\0';
        const char *text = l->s + start;
        size_t chars = count_chars(text);
        double links = chars ? (double)w->line_link_chars / (double)n : 0;
        if (links > 0.6 && (w->in_list_item || pointer_line(text)))
            keep = false;
        else if (furniture_line(text) || credit_line(text))
            keep = false;
        else if (w->lines == 0 && w->title && !strcasecmp(text, w->title))
            keep = false;
        if (keep) {
            remember_line(w, w->out.len, links > 0.6);
            afs_buf_add(&w->out, text, n);
            afs_buf_addc(&w->out, '\n');
        }
    }
    l->len = 0;
    if (l->s)
        l->s[0] = '\0';
    w->line_link_chars = 0;
}

/* Items of a list: one or two links in a story are where to buy or read
 * the thing it is about; three or more are a list of other stories. */
static size_t list_items(xmlNode *list)
{
    size_t n = 0;
    for (xmlNode *c = list->children; c; c = c->next)
        n += !strcmp(afs_tag(c), "li");
    return n;
}

static xmlNode *first_element(xmlNode *node)
{
    for (xmlNode *c = node->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE)
            return c;
    return NULL;
}

/* Inside the article: a part that is a list of links, a caption, or
 * furniture by its name is left out. */
static bool drop_in_article(xmlNode *node, const info *in)
{
    const char *tag = afs_tag(node);
    if (!strcmp(tag, "figcaption") || !strcmp(tag, "header") ||
        !strcmp(tag, "h1") || !strcmp(tag, "figure") ||
        !strcmp(tag, "picture") || !strcmp(tag, "img"))
        return true;
    /* a card that pops up over a name: a picture and links, inline */
    if (!block_tag(tag) && strcmp(tag, "a") && in->links >= 2 && in->images &&
        link_density(in) >= 0.9) {
        xmlNode *first = first_element(node);
        if (!first || strcmp(afs_tag(first), "a"))
            return true;
    }
    bool list = !strcmp(tag, "ul") || !strcmp(tag, "ol");
    bool container = !strcmp(tag, "div") || !strcmp(tag, "section") ||
                     !strcmp(tag, "table") || !strcmp(tag, "dl");
    if (in->chars == 0)
        return false;
    double ld = link_density(in);
    if (list)
        return ld > 0.3 && list_items(node) >= 3;
    if (container && ld > 0.5)
        return true;
    return container && in->weight < 0 && in->commas < 10 && ld > 0.2;
}

static void write_node(writer *w, xmlNode *node, bool link, int depth)
{
    for (xmlNode *c = node->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            if (!c->content)
                continue;
            size_t before = w->line.len;
            if (!strcmp(afs_tag(node), "pre")) {
                for (const char *p = (const char *)c->content; *p; p++)
                    if (*p == '\n')
                        end_line(w);
                    else
                        afs_buf_addc(&w->line, *p);
            } else {
                afs_buf_add_collapsed(&w->line, (const char *)c->content);
            }
            if (link && w->line.len > before)
                w->line_link_chars += w->line.len - before;
            continue;
        }
        info *in = info_of(c);
        if (!in || in->junk || depth > MAX_DEPTH)
            continue;
        if (drop_in_article(c, in))
            continue;
        const char *tag = afs_tag(c);
        if (!strcmp(tag, "br") || !strcmp(tag, "hr")) {
            end_line(w);
            continue;
        }
        bool block = block_tag(tag);
        bool item = !strcmp(tag, "li");
        if (block)
            end_line(w);
        bool was_item = w->in_list_item;
        if (item)
            w->in_list_item = list_items(c->parent) >= 3;
        if (!block && w->line.len && w->line.s[w->line.len - 1] != ' ' &&
            (!strcmp(tag, "td") || !strcmp(tag, "th")))
            afs_buf_addc(&w->line, ' ');
        write_node(w, c, link || !strcmp(tag, "a"), depth + 1);
        if (block)
            end_line(w);
        w->in_list_item = was_item;
    }
}

/* Siblings of the container that read like part of the story. */
static bool sibling_belongs(xmlNode *sibling, xmlNode *top)
{
    info *in = info_of(sibling);
    if (!in || in->junk || !in->chars)
        return false;
    double top_score = score_of(top);
    double threshold = top_score * 0.2 > 10 ? top_score * 0.2 : 10;
    char *a = afs_attr(sibling, "class"), *b = afs_attr(top, "class");
    double bonus = a && b && a[0] && !strcmp(a, b) ? top_score * 0.2 : 0;
    xmlFree(a);
    xmlFree(b);
    if (in->scored && in->score + bonus >= threshold)
        return true;
    if (!strcmp(afs_tag(sibling), "p")) {
        double ld = link_density(in);
        if (in->chars > 80 && ld < 0.25)
            return true;
        if (in->chars > 0 && in->chars <= 80 && ld == 0) {
            char *text = (char *)xmlNodeGetContent(sibling);
            bool sentence = text && strstr(text, ". ");
            xmlFree(text);
            return sentence;
        }
    }
    return false;
}

static void write_article(writer *w, xmlNode *top)
{
    xmlNode *parent = top->parent;
    if (!parent || parent->type != XML_ELEMENT_NODE) {
        write_node(w, top, false, 0);
        end_line(w);
        return;
    }
    for (xmlNode *c = parent->children; c; c = c->next) {
        if (c == top || sibling_belongs(c, top)) {
            info *in = info_of(c);
            if (c != top && drop_in_article(c, in))
                continue;
            end_line(w);
            /* the container itself is written whatever its name */
            write_node(w, c, !strcmp(afs_tag(c), "a"), 0);
            end_line(w);
        }
    }
}

static xmlNode *find_body(xmlNode *root)
{
    for (xmlNode *c = root; c; c = c->next) {
        if (!strcmp(afs_tag(c), "body"))
            return c;
        if (!strcmp(afs_tag(c), "html")) {
            xmlNode *b = find_body(c->children);
            if (b)
                return b;
        }
    }
    return NULL;
}

/* One try: marks, scores and writes; the body text's length. */
static size_t read_article(reader *r, xmlNode *root, writer *w)
{
    mark(r, root, 0);
    xmlNode *body = find_body(root);
    if (!body)
        body = root;
    if (!info_of(body) || info_of(body)->junk)
        return 0;
    measure(body, false);
    if (r->drop_by_name) {
        drop_named(body);
        measure(body, false);
    }
    score_blocks(body);
    best b = {0};
    final_scores(body, &b);
    xmlNode *top = b.nodes[0] ? settle(b.nodes[0], &b) : NULL;
    if (!top)
        return 0;
    write_article(w, top);
    trim_trailing_links(w);
    return w->out.len;
}

/* The headline first, then the story one block a line. */
static void compose(afs_page *page, const char *body, size_t body_len)
{
    afs_buf text = {0};
    afs_buf_add(&text, "", 0);
    if (page->title)
        afs_buf_add(&text, page->title, strlen(page->title));
    afs_buf_addc(&text, '\n');
    afs_buf_add(&text, body, body_len);
    page->text = text.s;
    page->text_len = text.len;
}

/* The element at s ("<script", "<style") is one of these, by name. */
static size_t raw_text_element(const char *s, size_t left)
{
    static const char *const names[] = {"<script", "<style", "<svg",
                                        "<noscript", "<template"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        size_t k = strlen(names[i]);
        if (left > k && !strncasecmp(s, names[i], k) &&
            (s[k] == '>' || is_space((unsigned char)s[k])))
            return k;
    }
    return 0;
}

/* Empties scripts, styles, inline pictures, noscript and template
 * elements (but JSON-LD) and drops comments, in place, before parsing:
 * they are most of many pages' bytes, none of the story (the reader
 * drops those elements anyway), and the parser reads them a character at
 * a time. Returns the new length. */
static size_t drop_script_bodies(char *s, size_t len)
{
    size_t in = 0, out = 0;
    while (in < len) {
        const char *lt = memchr(s + in, '<', len - in);
        size_t next = lt ? (size_t)(lt - s) : len;
        memmove(s + out, s + in, next - in);
        out += next - in;
        in = next;
        if (in >= len)
            break;
        if (len - in >= 4 && !memcmp(s + in, "<!--", 4)) {
            const char *end = memmem(s + in + 4, len - in - 4, "-->", 3);
            if (end) {
                in = (size_t)(end - s) + 3;
                continue;
            }
        }
        size_t name = raw_text_element(s + in, len - in);
        const char *open_end = name ? memchr(s + in, '>', len - in) : NULL;
        if (!open_end) {
            s[out++] = s[in++];
            continue;
        }
        size_t body = (size_t)(open_end - s) + 1;
        bool json_ld = memmem(s + in, body - in, "ld+json", 7) != NULL;
        /* "</script" or "</style": the name after "<" */
        char close[16] = "</";
        memcpy(close + 2, s + in + 1, name - 1);
        size_t close_len = name + 1;
        const char *end = NULL;
        for (size_t at = body; !json_ld && at + close_len <= len;) {
            const char *p = memchr(s + at, '<', len - at);
            if (!p || (size_t)(p - s) + close_len > len)
                break;
            if (!strncasecmp(p, close, close_len)) {
                end = p;
                break;
            }
            at = (size_t)(p - s) + 1;
        }
        size_t keep_to = end ? body : json_ld ? body : len;
        memmove(s + out, s + in, keep_to - in);
        out += keep_to - in;
        in = end ? (size_t)(end - s) : keep_to;
    }
    s[out] = '\0';
    return out;
}

/* NUL or many control bytes early on: an image or an archive named .html
 * (a UTF-16 page, which has NULs, starts with its byte-order mark). */
static bool looks_binary(const char *bytes, size_t len)
{
    const unsigned char *u = (const unsigned char *)bytes;
    if (len >= 2 &&
        ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF)))
        return false;
    size_t sample = len < 65536 ? len : 65536, controls = 0;
    for (size_t i = 0; i < sample; i++) {
        if (u[i] == 0)
            return true;
        controls += (u[i] < 0x20 && u[i] != '\t' && u[i] != '\n' &&
                     u[i] != '\r' && u[i] != '\f') ||
                    u[i] == 0x7F;
    }
    return controls * 100 > sample;
}

int afs_page_read(const char *html, size_t len, afs_page *page, char *err,
                  size_t err_size)
{
    memset(page, 0, sizeof *page);
    if (looks_binary(html, len)) {
        snprintf(err, err_size, "not a web page: binary data");
        return -1;
    }
    size_t utf8_len;
    char *utf8 = afs_page_to_utf8(html, len, &utf8_len);
    utf8_len = drop_script_bodies(utf8, utf8_len);
    if (utf8_len > INT32_MAX) {
        free(utf8);
        snprintf(err, err_size, "page too large for the HTML parser");
        return -1;
    }
    xmlDoc *doc = htmlReadMemory(
        utf8, (int)utf8_len, NULL, "UTF-8",
        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
            HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC);
    free(utf8);
    xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
    if (!root) {
        xmlFreeDoc(doc);
        snprintf(err, err_size, "not a web page: no HTML in it");
        return -1;
    }
    afs_page_metadata(doc, page);
    reader r = {.count = 0, .drop_by_name = true, .title = page->title};
    size_t elements = count_elements(root, 0);
    r.infos = calloc(elements + 1, sizeof *r.infos);
    r.judgements = calloc(JUDGEMENTS, sizeof *r.judgements);
    if (!r.infos || !r.judgements)
        abort();
    number(&r, root, 0);
    writer w = {.title = page->title};
    afs_buf_add(&w.out, "", 0);
    if (read_article(&r, root, &w) < 200) {
        /* the names took the story with the furniture: again without */
        writer again = {.title = page->title};
        afs_buf_add(&again.out, "", 0);
        r.drop_by_name = false;
        if (read_article(&r, root, &again) > w.out.len) {
            writer worse = w;
            w = again;
            again = worse;
        }
        free(again.out.s);
        writer_free(&again);
    }
    compose(page, w.out.s, w.out.len);
    free(w.out.s);
    writer_free(&w);
    free(r.infos);
    free(r.judgements);
    xmlFreeDoc(doc);
    return 0;
}

void afs_page_free(afs_page *page)
{
    if (!page)
        return;
    free(page->text);
    free(page->title);
    free(page->date);
    free(page->site);
    free(page->url);
    for (size_t i = 0; i < page->author_count; i++)
        free(page->authors[i]);
    free(page->authors);
    memset(page, 0, sizeof *page);
}
