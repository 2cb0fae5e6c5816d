/* What a page says about itself: headline, date, authors, outlet, URL.
 *
 * In order of trust: JSON-LD and Open Graph / article meta tags (written
 * for machines), microdata, <time>, then the headline element, the
 * <title> less the site's name, and the date in the URL. */
#include <ctype.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "page_internal.h"

#define MAX_AUTHORS 8
#define META_DEPTH 400

typedef struct found {
    char *ld_title, *og_title, *h1, *title_tag;
    char *ld_date, *meta_date, *micro_date, *time_date;
    char *ld_site, *og_site;
    char *canonical, *og_url, *ld_url;
    char *authors[MAX_AUTHORS];
    size_t author_count;
    bool authors_from_ld;
} found;

/* A trimmed copy with white space collapsed, or NULL when empty. */
static char *clean_copy(const char *s)
{
    if (!s)
        return NULL;
    afs_buf b = {0};
    afs_buf_add(&b, "", 0);
    afs_buf_add_collapsed(&b, s);
    size_t start = 0;
    while (b.s[start] == ' ')
        start++;
    size_t end = b.len;
    while (end > start && b.s[end - 1] == ' ')
        end--;
    if (end == start) {
        free(b.s);
        return NULL;
    }
    memmove(b.s, b.s + start, end - start);
    b.s[end - start] = '\0';
    return b.s;
}

static void set_once(char **slot, const char *value)
{
    if (!*slot)
        *slot = clean_copy(value);
}

static bool same_text(const char *a, const char *b)
{
    return !strcasecmp(a, b);
}

static void add_author(found *f, const char *name)
{
    char *clean = clean_copy(name);
    if (!clean)
        return;
    /* "By Jane Doe" -> "Jane Doe"; a URL is a profile, not a name */
    char *s = clean;
    if (!strncasecmp(s, "by ", 3))
        s += 3;
    bool url =
        !strncmp(s, "http", 4) || strchr(s, '/') || strlen(s) > 80 || !*s;
    for (size_t i = 0; !url && i < f->author_count; i++)
        url = same_text(f->authors[i], s);
    if (url || f->author_count == MAX_AUTHORS) {
        free(clean);
        return;
    }
    memmove(clean, s, strlen(s) + 1);
    f->authors[f->author_count++] = clean;
}

/* ---- JSON-LD ----------------------------------------------------------- */

static bool article_type(json_t *type)
{
    if (json_is_array(type)) {
        size_t i;
        json_t *v;
        json_array_foreach(type, i, v) if (article_type(v)) return true;
        return false;
    }
    const char *t = json_string_value(type);
    return t && (strstr(t, "Article") || strstr(t, "BlogPosting") ||
                 strstr(t, "Report") || !strcmp(t, "LiveBlogPosting"));
}

static const char *name_of(json_t *v)
{
    if (json_is_string(v))
        return json_string_value(v);
    if (json_is_object(v))
        return json_string_value(json_object_get(v, "name"));
    return NULL;
}

static void ld_authors(found *f, json_t *author)
{
    if (json_is_array(author)) {
        size_t i;
        json_t *v;
        json_array_foreach(author, i, v) ld_authors(f, v);
        return;
    }
    const char *name = name_of(author);
    if (name) {
        add_author(f, name);
        f->authors_from_ld = true;
    }
}

static void ld_object(found *f, json_t *o, int depth)
{
    if (depth > 8)
        return;
    if (json_is_array(o)) {
        size_t i;
        json_t *v;
        json_array_foreach(o, i, v) ld_object(f, v, depth + 1);
        return;
    }
    if (!json_is_object(o))
        return;
    json_t *graph = json_object_get(o, "@graph");
    if (graph)
        ld_object(f, graph, depth + 1);
    if (!article_type(json_object_get(o, "@type")))
        return;
    set_once(&f->ld_title, json_string_value(json_object_get(o, "headline")));
    const char *date = json_string_value(json_object_get(o, "datePublished"));
    if (!date)
        date = json_string_value(json_object_get(o, "dateCreated"));
    if (date && !f->ld_date)
        f->ld_date = afs_parse_date(date);
    if (!f->authors_from_ld)
        ld_authors(f, json_object_get(o, "author"));
    set_once(&f->ld_site, name_of(json_object_get(o, "publisher")));
    json_t *page = json_object_get(o, "mainEntityOfPage");
    const char *url = json_string_value(json_object_get(o, "url"));
    if (!url && json_is_object(page))
        url = json_string_value(json_object_get(page, "@id"));
    if (!url)
        url = json_string_value(page);
    if (url && !strncmp(url, "http", 4))
        set_once(&f->ld_url, url);
}

static void json_ld(found *f, xmlNode *script)
{
    char *text = (char *)xmlNodeGetContent(script);
    if (!text)
        return;
    /* CMSs wrap it in comments or CDATA markers */
    char *start = text;
    while (*start && *start != '{' && *start != '[')
        start++;
    json_error_t error;
    json_t *j =
        json_loads(start, JSON_DISABLE_EOF_CHECK | JSON_DECODE_ANY, &error);
    xmlFree(text);
    if (j)
        ld_object(f, j, 0);
    json_decref(j);
}

/* ---- meta tags and microdata ------------------------------------------ */

static bool key_is(const char *key, const char *const *names)
{
    for (; *names; names++)
        if (!strcasecmp(key, *names))
            return true;
    return false;
}

static void meta_tag(found *f, xmlNode *node)
{
    char *key = afs_attr(node, "property");
    if (!key)
        key = afs_attr(node, "name");
    if (!key)
        key = afs_attr(node, "itemprop");
    char *value = afs_attr(node, "content");
    if (key && value) {
        static const char *const titles[] = {"og:title", "twitter:title", NULL};
        static const char *const dates[] = {"article:published_time",
                                            "article:published",
                                            "og:article:published_time",
                                            "datepublished",
                                            "pubdate",
                                            "publishdate",
                                            "publish-date",
                                            "publish_date",
                                            "date",
                                            "dc.date",
                                            "dc.date.issued",
                                            "dcterms.created",
                                            "sailthru.date",
                                            "parsely-pub-date",
                                            "article.published",
                                            "published_time",
                                            "og:published_time",
                                            "original-publish-date",
                                            "dc.date.created",
                                            "citation_publication_date",
                                            NULL};
        static const char *const sites[] = {"og:site_name", "application-name",
                                            NULL};
        static const char *const authors[] = {
            "author",          "article:author",
            "parsely-author",  "sailthru.author",
            "dc.creator",      "byl",
            "citation_author", NULL};
        if (key_is(key, titles))
            set_once(&f->og_title, value);
        else if (key_is(key, dates) && !f->meta_date)
            f->meta_date = afs_parse_date(value);
        else if (key_is(key, sites))
            set_once(&f->og_site, value);
        else if (key_is(key, authors) && !f->authors_from_ld)
            add_author(f, value);
        else if (!strcasecmp(key, "og:url"))
            set_once(&f->og_url, value);
    }
    xmlFree(key);
    xmlFree(value);
}

static void visit(found *f, xmlNode *node, int depth)
{
    for (xmlNode *c = node; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        const char *tag = afs_tag(c);
        if (!strcmp(tag, "meta")) {
            meta_tag(f, c);
        } else if (!strcmp(tag, "link")) {
            char *rel = afs_attr(c, "rel");
            if (rel && !strcasecmp(rel, "canonical")) {
                char *href = afs_attr(c, "href");
                if (href && !strncmp(href, "http", 4))
                    set_once(&f->canonical, href);
                xmlFree(href);
            }
            xmlFree(rel);
        } else if (!strcmp(tag, "script")) {
            char *type = afs_attr(c, "type");
            if (type && !strcasecmp(type, "application/ld+json"))
                json_ld(f, c);
            xmlFree(type);
            continue;
        } else if (!strcmp(tag, "title") && !f->title_tag) {
            char *text = (char *)xmlNodeGetContent(c);
            set_once(&f->title_tag, text);
            xmlFree(text);
        } else if (!strcmp(tag, "h1") && !f->h1) {
            char *text = (char *)xmlNodeGetContent(c);
            set_once(&f->h1, text);
            xmlFree(text);
        } else if (!strcmp(tag, "time") && !f->time_date) {
            char *when = afs_attr(c, "datetime");
            if (when)
                f->time_date = afs_parse_date(when);
            xmlFree(when);
        }
        char *prop = afs_attr(c, "itemprop");
        if (prop && !f->micro_date &&
            (!strcasecmp(prop, "datePublished") ||
             !strcasecmp(prop, "dateCreated"))) {
            char *when = afs_attr(c, "datetime");
            if (!when)
                when = afs_attr(c, "content");
            if (when)
                f->micro_date = afs_parse_date(when);
            xmlFree(when);
        }
        xmlFree(prop);
        if (depth < META_DEPTH)
            visit(f, c->children, depth + 1);
    }
}

/* ---- choosing ---------------------------------------------------------- */

/* "Headline | Site", "Headline - Site": the headline, when the site's
 * name (or any short tail) follows a separator. */
static char *strip_site(const char *title, const char *site)
{
    static const char *const separators[] = {
        " | ",        " - ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " :: ",
        " \xC2\xBB ", NULL};
    char *copy = clean_copy(title);
    if (!copy)
        return NULL;
    for (const char *const *sep = separators; *sep; sep++) {
        char *cut = NULL;
        for (char *p = copy; (p = strstr(p, *sep)); p++)
            cut = p; /* the last one */
        if (!cut)
            continue;
        const char *tail = cut + strlen(*sep);
        bool site_tail = (site && strcasestr(tail, site)) ||
                         (strlen(tail) < 30 && cut - copy > 20);
        if (site_tail) {
            *cut = '\0';
            break;
        }
    }
    return copy;
}

/* Days since 1970-01-01 of a YYYY-MM-DD date (Howard Hinnant's
 * days_from_civil). */
static long day_number(const char *date)
{
    int y = atoi(date), m = atoi(date + 5), d = atoi(date + 8);
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/* The date in a URL's path ("/2019/11/19/", "/story/2019-11-19/"). */
static char *url_path_date(const char *url)
{
    const char *path = strstr(url, "://");
    path = path ? strchr(path + 3, '/') : NULL;
    return path ? afs_parse_date(path) : NULL;
}

static const char *first_of(char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (list[i])
            return list[i];
    return NULL;
}

static char *choose_title(found *f, const char *site)
{
    /* the h1 when the other sources agree with it: it is the page's own
     * headline, without a site's suffix */
    const char *machine = f->og_title ? f->og_title : f->ld_title;
    if (f->h1 && strlen(f->h1) > 10 &&
        ((machine && strcasestr(machine, f->h1)) ||
         (f->title_tag && strcasestr(f->title_tag, f->h1))))
        return strdup(f->h1);
    if (machine)
        return strip_site(machine, site);
    if (f->title_tag)
        return strip_site(f->title_tag, site);
    return f->h1 ? strdup(f->h1) : NULL;
}

void afs_page_metadata(xmlDoc *doc, afs_page *page)
{
    found f = {0};
    visit(&f, xmlDocGetRootElement(doc), 0);
    const char *site = f.og_site ? f.og_site : f.ld_site;
    page->site = site ? strdup(site) : NULL;
    page->title = choose_title(&f, site);
    const char *url_list[] = {f.canonical, f.og_url, f.ld_url};
    const char *url = first_of((char *const *)url_list, 3);
    page->url = url ? strdup(url) : NULL;
    char *dates[] = {f.ld_date, f.meta_date, f.micro_date, f.time_date};
    const char *date = first_of(dates, 4);
    char *url_date = url ? url_path_date(url) : NULL;
    /* A timestamp in UTC can fall on the next day where the newsroom is;
     * the date in the URL is the newsroom's own. */
    if (date && url_date && day_number(url_date) + 1 == day_number(date))
        date = url_date;
    page->date = date ? strdup(date) : url_date ? strdup(url_date) : NULL;
    free(url_date);
    if (f.author_count) {
        page->authors = calloc(f.author_count, sizeof *page->authors);
        if (!page->authors)
            abort();
        for (size_t i = 0; i < f.author_count; i++)
            page->authors[i] = f.authors[i];
        page->author_count = f.author_count;
    }
    char *owned[] = {f.ld_title, f.og_title,  f.h1,         f.title_tag,
                     f.ld_date,  f.meta_date, f.micro_date, f.time_date,
                     f.ld_site,  f.og_site,   f.canonical,  f.og_url,
                     f.ld_url};
    for (size_t i = 0; i < sizeof owned / sizeof *owned; i++)
        free(owned[i]);
}

/* ---- dates ------------------------------------------------------------- */

static bool plausible(int y, int m, int d)
{
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 &&
           d <= days[m - 1] - (m == 2 && !leap);
}

static char *format_date(int y, int m, int d)
{
    if (!plausible(y, m, d))
        return NULL;
    char *s = malloc(32);
    if (!s)
        abort();
    snprintf(s, 32, "%04d-%02d-%02d", y, m, d);
    return s;
}

static int month_number(const char *s)
{
    static const char *const months[] = {"jan", "feb", "mar", "apr",
                                         "may", "jun", "jul", "aug",
                                         "sep", "oct", "nov", "dec"};
    for (int i = 0; i < 12; i++)
        if (!strncasecmp(s, months[i], 3))
            return i + 1;
    return 0;
}

static int digits(const char *s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (!isdigit((unsigned char)s[i]))
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return isdigit((unsigned char)s[n]) ? -1 : v;
}

char *afs_parse_date(const char *s)
{
    if (!s)
        return NULL;
    /* 2019-11-19, 2019/11/19, 20191119 (in a URL: /2019/11/19/) */
    for (const char *p = s; *p; p++) {
        if (!isdigit((unsigned char)*p) ||
            (p > s && isdigit((unsigned char)p[-1])))
            continue;
        int y = -1, m = -1, d = -1;
        if (isdigit((unsigned char)p[1]) && isdigit((unsigned char)p[2]) &&
            isdigit((unsigned char)p[3]) && (p[4] == '-' || p[4] == '/') &&
            p[5] && p[6] && (p[7] == p[4])) {
            y = digits(p, 4);
            m = digits(p + 5, 2);
            d = p[8] && p[9] ? digits(p + 8, 2) : -1;
        } else if (strlen(p) >= 8 && digits(p, 8) >= 0) {
            y = digits(p, 4) / 1;
            int all = digits(p, 8);
            y = all / 10000;
            m = all / 100 % 100;
            d = all % 100;
        }
        if (y > 0 && plausible(y, m, d))
            return format_date(y, m, d);
    }
    /* "Nov. 19, 2019", "November 19 2019", "19 November 2019" */
    for (const char *p = s; *p; p++) {
        if (!isalpha((unsigned char)*p) ||
            (p > s && isalpha((unsigned char)p[-1])))
            continue;
        int m = month_number(p);
        if (!m)
            continue;
        const char *q = p;
        while (isalpha((unsigned char)*q) || *q == '.')
            q++;
        while (*q == ' ' || *q == ',')
            q++;
        int d = 0, y = 0;
        if (isdigit((unsigned char)*q)) {
            d = atoi(q);
            while (isdigit((unsigned char)*q))
                q++;
            while (*q == ' ' || *q == ',' || isalpha((unsigned char)*q))
                q++;
            y = digits(q, 4);
        }
        if (y > 0 && plausible(y, m, d))
            return format_date(y, m, d);
        /* the day before the month */
        const char *back = p;
        while (back > s && (back[-1] == ' ' || back[-1] == '.'))
            back--;
        const char *day = back;
        while (day > s && isdigit((unsigned char)day[-1]))
            day--;
        if (day < back && back - day <= 2) {
            d = atoi(day);
            q = p;
            while (isalpha((unsigned char)*q) || *q == '.' || *q == ',' ||
                   *q == ' ')
                q++;
            y = digits(q, 4);
            if (y > 0 && plausible(y, m, d))
                return format_date(y, m, d);
        }
    }
    return NULL;
}
