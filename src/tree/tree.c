/* The inode table of a snapshot: every file rendered once, every directory
 * sorted by name for binary-search look-ups, every symlink relative. */
#include "articlefs/tree.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "articlefs/render.h"
#include "articlefs/slug.h"
#include "builder.h"

struct afs_tree {
    afs_arena *arena;
    afs_article **articles; /* owned, unless a corpus owns them */
    size_t article_count;
    afs_corpus *corpus; /* owned, or NULL */
    afs_node *nodes;    /* nodes[ino - 1] */
    size_t count;
};

/* ---- building ---------------------------------------------------------- */

static void *grow_array(void *v, size_t count, size_t *cap, size_t size)
{
    if (count < *cap)
        return v;
    size_t grown = *cap ? *cap * 2 : 64;
    void *w = realloc(v, grown * size);
    if (!w) {
        fprintf(stderr, "articlefs: out of memory\n");
        abort();
    }
    memset((char *)w + *cap * size, 0, (grown - *cap) * size);
    *cap = grown;
    return w;
}

/* A name that is safe in any directory: not empty, not "." or "..", no
 * '/', no control character, at most 255 bytes; else its slug. */
const char *safe_name(afs_arena *arena, const char *name)
{
    size_t n = strlen(name);
    bool ok =
        n > 0 && n <= 255 && strcmp(name, ".") != 0 && strcmp(name, "..") != 0;
    for (size_t i = 0; ok && i < n; i++) {
        unsigned char c = (unsigned char)name[i];
        ok = c >= 0x20 && c != 0x7F && c != '/';
    }
    return ok ? name : afs_slug(arena, name, n, "item");
}

/* Room for one more node in the three parallel arrays. */
static void reserve(builder *b)
{
    size_t cap = b->cap;
    b->nodes = grow_array(b->nodes, b->count, &cap, sizeof *b->nodes);
    cap = b->cap;
    b->children = grow_array(b->children, b->count, &cap, sizeof *b->children);
    cap = b->cap;
    b->names = grow_array(b->names, b->count, &cap, sizeof *b->names);
    b->cap = cap;
}

afs_ino add_node(builder *b, afs_ino parent, enum afs_node_type type,
                 const char *name)
{
    reserve(b);
    afs_node *node = &b->nodes[b->count];
    node->ino = ++b->count;
    node->parent = parent ? parent : node->ino;
    node->type = type;
    if (parent) {
        afs_slug_set **set = &b->names[parent - 1];
        if (!*set)
            *set = afs_slug_set_new(b->scratch);
        const char *safe = safe_name(b->arena, name);
        const char *claimed = afs_slug_set_claim(*set, safe);
        /* a "-2" name was made in the scratch arena: keep a copy */
        node->name =
            claimed == safe ? safe : afs_arena_strdup(b->arena, claimed);
        child_list *kids = &b->children[parent - 1];
        kids->v = grow_array(kids->v, kids->n, &kids->cap, sizeof *kids->v);
        kids->v[kids->n++] = node->ino;
    } else {
        node->name = "";
    }
    return node->ino;
}

afs_node *node_of(builder *b, afs_ino ino)
{
    return &b->nodes[ino - 1];
}

afs_ino add_dir(builder *b, afs_ino parent, const char *name)
{
    return add_node(b, parent, AFS_NODE_DIR, name);
}

void add_file(builder *b, afs_ino parent, const char *name, const char *data,
              size_t size)
{
    afs_ino ino = add_node(b, parent, AFS_NODE_FILE, name);
    node_of(b, ino)->data = data;
    node_of(b, ino)->size = size;
}

/* A one-line file: the text and a newline. */
void add_line(builder *b, afs_ino parent, const char *name, const char *text)
{
    char *data = afs_arena_printf(b->arena, "%s\n", text);
    add_file(b, parent, name, data, strlen(data));
}

void add_link(builder *b, afs_ino parent, const char *name, const char *target)
{
    afs_ino ino = add_node(b, parent, AFS_NODE_LINK, name);
    node_of(b, ino)->data = target;
    node_of(b, ino)->size = strlen(target);
}

void add_xattr(builder *b, afs_ino ino, const char *name, const char *value)
{
    afs_node *node = node_of(b, ino);
    if (!node->xattrs) /* most nodes have none: allocated on first use */
        node->xattrs = afs_arena_array(b->arena, MAX_XATTRS, sizeof(afs_xattr));
    if (node->xattr_count == MAX_XATTRS)
        return;
    afs_xattr *x = (afs_xattr *)node->xattrs + node->xattr_count++;
    x->name = name;
    x->value = safe_name(b->arena, value);
}

/* ---- one article ------------------------------------------------------- */

typedef char *(*render_fn)(afs_arena *, const afs_article *, size_t *);

static void add_rendered(builder *b, afs_ino dir, const char *name,
                         const afs_article *a, render_fn render)
{
    size_t len;
    char *data = render(b->arena, a, &len);
    add_file(b, dir, name, data, len);
}

static const char *entity_target(const article_dirs *d, const afs_article *a,
                                 const afs_entity *e, const char *up)
{
    return afs_arena_printf(a->arena, "%s%s/%s", up, afs_kind_folder(e->kind),
                            d->entity[e - a->entities]);
}

void link_quotes_and_events(builder *b, afs_ino quotes, afs_ino events,
                            const afs_article *a, const afs_entity *e,
                            const article_dirs *d, const char *name_prefix,
                            const char *up)
{
    for (size_t i = 0; i < a->quote_count; i++)
        if (a->quotes[i].speaker == e)
            add_link(
                b, quotes,
                afs_arena_printf(b->arena, "%s%s", name_prefix, d->quote[i]),
                afs_arena_printf(b->arena, "%squotes/%s", up, d->quote[i]));
    for (size_t i = 0; i < a->event_count; i++)
        if (afs_event_involves(&a->events[i], e))
            add_link(
                b, events,
                afs_arena_printf(b->arena, "%s%s", name_prefix, d->event[i]),
                afs_arena_printf(b->arena, "%sevents/%s", up, d->event[i]));
}

static void build_entity(builder *b, afs_ino dir, const afs_article *a,
                         const afs_entity *e, const article_dirs *d)
{
    size_t len;
    char *data;
    add_line(b, dir, "name", e->name);
    data = afs_render_entity_card(b->arena, a, e, &len);
    add_file(b, dir, "info.txt", data, len);
    data = afs_render_entity_json(b->arena, a, e, &len);
    add_file(b, dir, "entity.json", data, len);
    data = afs_render_mentions(b->arena, a, e, &len);
    add_file(b, dir, "mentions.txt", data, len);
    link_quotes_and_events(b, add_dir(b, dir, "quotes"),
                           add_dir(b, dir, "events"), a, e, d, "", "../../../");
    add_xattr(b, dir, "user.articlefs.type", afs_kind_name(e->kind));
    add_xattr(b, dir, "user.articlefs.id", e->id);
    if (e->mention_count)
        add_xattr(b, dir, "user.articlefs.first_mention",
                  afs_arena_printf(b->arena, "%zu-%zu", e->mentions[0].start,
                                   e->mentions[0].end));
}

static void build_quote(builder *b, afs_ino dir, const afs_article *a,
                        const afs_quote *q, const article_dirs *d)
{
    size_t len;
    char *data;
    add_line(b, dir, "text", q->text);
    if (q->speaker)
        add_link(b, dir, "speaker", entity_target(d, a, q->speaker, "../../"));
    data = afs_render_quote_card(b->arena, a, q, &len);
    add_file(b, dir, "info.txt", data, len);
    data = afs_render_quote_json(b->arena, a, q, &len);
    add_file(b, dir, "quote.json", data, len);
    add_xattr(b, dir, "user.articlefs.type", "quote");
    add_xattr(b, dir, "user.articlefs.id", q->id);
}

static void build_event(builder *b, afs_ino dir, const afs_article *a,
                        const afs_event *ev, const article_dirs *d)
{
    size_t len;
    char *data;
    add_line(b, dir, "summary", ev->summary);
    if (ev->when)
        add_line(b, dir, "when",
                 ev->when->date
                     ? afs_arena_printf(b->arena, "%s (%s)", ev->when->text,
                                        ev->when->date)
                     : ev->when->text);
    data = afs_render_event_card(b->arena, a, ev, &len);
    add_file(b, dir, "info.txt", data, len);
    data = afs_render_event_json(b->arena, a, ev, &len);
    add_file(b, dir, "event.json", data, len);
    afs_ino parts = add_dir(b, dir, "participants");
    for (size_t i = 0; i < ev->participant_count; i++) {
        const afs_entity *e = ev->participants[i];
        add_link(b, parts, d->entity[e - a->entities],
                 entity_target(d, a, e, "../../../"));
    }
    if (ev->where)
        add_link(b, dir, "where", entity_target(d, a, ev->where, "../../"));
    add_xattr(b, dir, "user.articlefs.type", "event");
    add_xattr(b, dir, "user.articlefs.id", ev->id);
}

/* Directory names are claimed before any link points at them, so links
 * use the names the directories really got. */
static article_dirs claim_dirs(builder *b, afs_ino root, const afs_article *a,
                               afs_ino kind_dir[AFS_KIND_COUNT],
                               afs_ino *quotes, afs_ino *events)
{
    article_dirs d;
    d.entity = afs_arena_array(b->arena, a->entity_count + 1, sizeof(char *));
    d.quote = afs_arena_array(b->arena, a->quote_count + 1, sizeof(char *));
    d.event = afs_arena_array(b->arena, a->event_count + 1, sizeof(char *));
    for (int k = 0; k < AFS_KIND_COUNT; k++)
        kind_dir[k] = add_dir(b, root, afs_kind_folder((enum afs_kind)k));
    *quotes = add_dir(b, root, "quotes");
    *events = add_dir(b, root, "events");
    return d;
}

article_dirs build_article(builder *b, afs_ino root, const afs_article *a)
{
    add_rendered(b, root, "README", a, afs_render_readme);
    add_file(b, root, "article.txt", a->text, a->text_len);
    add_rendered(b, root, "article.json", a, afs_render_article_json);
    add_rendered(b, root, "summary.txt", a, afs_render_summary);
    add_rendered(b, root, "timeline.txt", a, afs_render_timeline);
    add_rendered(b, root, "graph.dot", a, afs_render_graph);
    afs_ino kind_dir[AFS_KIND_COUNT], quotes, events;
    article_dirs d = claim_dirs(b, root, a, kind_dir, &quotes, &events);
    afs_ino *entity_ino =
        afs_arena_array(b->arena, a->entity_count + 1, sizeof *entity_ino);
    afs_ino *quote_ino =
        afs_arena_array(b->arena, a->quote_count + 1, sizeof *quote_ino);
    afs_ino *event_ino =
        afs_arena_array(b->arena, a->event_count + 1, sizeof *event_ino);
    for (size_t i = 0; i < a->entity_count; i++) {
        entity_ino[i] =
            add_dir(b, kind_dir[a->entities[i].kind], a->entities[i].id);
        d.entity[i] = node_of(b, entity_ino[i])->name;
    }
    for (size_t i = 0; i < a->quote_count; i++) {
        quote_ino[i] = add_dir(b, quotes, a->quotes[i].id);
        d.quote[i] = node_of(b, quote_ino[i])->name;
    }
    for (size_t i = 0; i < a->event_count; i++) {
        event_ino[i] = add_dir(b, events, a->events[i].id);
        d.event[i] = node_of(b, event_ino[i])->name;
    }
    for (size_t i = 0; i < a->entity_count; i++)
        build_entity(b, entity_ino[i], a, &a->entities[i], &d);
    for (size_t i = 0; i < a->quote_count; i++)
        build_quote(b, quote_ino[i], a, &a->quotes[i], &d);
    for (size_t i = 0; i < a->event_count; i++)
        build_event(b, event_ino[i], a, &a->events[i], &d);
    add_xattr(b, root, "user.articlefs.type", "article");
    if (a->source_name)
        add_xattr(b, root, "user.articlefs.source", a->source_name);
    return d;
}

/* ---- finishing --------------------------------------------------------- */

static int compare_names(const void *x, const void *y, void *ctx)
{
    const afs_node *nodes = ctx;
    return strcmp(nodes[*(const afs_ino *)x - 1].name,
                  nodes[*(const afs_ino *)y - 1].name);
}

afs_tree *finish(builder *b, afs_article **articles, size_t article_count)
{
    afs_tree *tree = afs_arena_alloc(b->arena, sizeof *tree);
    tree->arena = b->arena;
    tree->articles = articles;
    tree->article_count = article_count;
    tree->count = b->count;
    tree->nodes = afs_arena_array(b->arena, b->count, sizeof *tree->nodes);
    memcpy(tree->nodes, b->nodes, b->count * sizeof *tree->nodes);
    for (size_t i = 0; i < b->count; i++) {
        child_list *kids = &b->children[i];
        afs_ino *sorted =
            afs_arena_array(b->arena, kids->n + 1, sizeof *sorted);
        if (kids->n) {
            memcpy(sorted, kids->v, kids->n * sizeof *sorted);
            qsort_r(sorted, kids->n, sizeof *sorted, compare_names,
                    tree->nodes);
        }
        tree->nodes[i].children = sorted;
        tree->nodes[i].child_count = kids->n;
        free(kids->v);
    }
    free(b->nodes);
    free(b->children);
    free(b->names);
    afs_arena_free(b->scratch);
    return tree;
}

afs_tree *finish_corpus(builder *b, afs_corpus *corpus)
{
    afs_tree *tree = finish(b, NULL, 0);
    tree->corpus = corpus;
    return tree;
}

afs_tree *afs_tree_build_article(afs_article *article)
{
    builder b = {.arena = afs_arena_new(), .scratch = afs_arena_new()};
    afs_ino root = add_dir(&b, 0, "");
    build_article(&b, root, article);
    afs_article **owned = afs_arena_alloc(b.arena, sizeof *owned);
    owned[0] = article;
    return finish(&b, owned, 1);
}

void afs_tree_free(afs_tree *tree)
{
    if (!tree)
        return;
    if (tree->corpus)
        afs_corpus_free(tree->corpus);
    else
        for (size_t i = 0; i < tree->article_count; i++)
            afs_article_free(tree->articles[i]);
    afs_arena_free(tree->arena);
}

/* ---- reading ----------------------------------------------------------- */

size_t afs_tree_node_count(const afs_tree *tree)
{
    return tree->count;
}

const afs_node *afs_tree_node(const afs_tree *tree, afs_ino ino)
{
    return ino >= 1 && ino <= tree->count ? &tree->nodes[ino - 1] : NULL;
}

const afs_node *afs_tree_lookup(const afs_tree *tree, afs_ino parent,
                                const char *name)
{
    const afs_node *dir = afs_tree_node(tree, parent);
    if (!dir || dir->type != AFS_NODE_DIR || !name)
        return NULL;
    size_t lo = 0, hi = dir->child_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const afs_node *child = &tree->nodes[dir->children[mid] - 1];
        int c = strcmp(name, child->name);
        if (c == 0)
            return child;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

const afs_node *afs_tree_resolve(const afs_tree *tree, const char *path)
{
    const afs_node *node = afs_tree_node(tree, AFS_ROOT_INO);
    char part[256];
    while (node && *path) {
        while (*path == '/')
            path++;
        size_t n = strcspn(path, "/");
        if (n == 0)
            break;
        if (n >= sizeof part)
            return NULL;
        memcpy(part, path, n);
        part[n] = '\0';
        node = afs_tree_lookup(tree, node->ino, part);
        path += n;
    }
    return node;
}

/* ---- export ------------------------------------------------------------ */

static int write_all(int fd, const char *data, size_t size)
{
    while (size > 0) {
        ssize_t n = write(fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -errno;
        data += n;
        size -= (size_t)n;
    }
    return 0;
}

static int export_node(const afs_tree *tree, int dirfd, const afs_node *node,
                       char *err, size_t err_size);

static int export_children(const afs_tree *tree, int dirfd, const afs_node *dir,
                           char *err, size_t err_size)
{
    for (size_t i = 0; i < dir->child_count; i++) {
        int rc = export_node(tree, dirfd, afs_tree_node(tree, dir->children[i]),
                             err, err_size);
        if (rc)
            return rc;
    }
    return 0;
}

static int export_node(const afs_tree *tree, int dirfd, const afs_node *node,
                       char *err, size_t err_size)
{
    int rc = 0;
    if (node->type == AFS_NODE_LINK) {
        if (symlinkat(node->data, dirfd, node->name) != 0)
            rc = -errno;
    } else if (node->type == AFS_NODE_FILE) {
        int fd =
            openat(dirfd, node->name,
                   O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644);
        rc = fd < 0 ? -errno : write_all(fd, node->data, node->size);
        if (fd >= 0 && close(fd) != 0 && rc == 0)
            rc = -errno;
    } else {
        int fd = -1;
        if (mkdirat(dirfd, node->name, 0755) != 0)
            rc = -errno;
        else if ((fd = openat(dirfd, node->name,
                              O_RDONLY | O_DIRECTORY | O_CLOEXEC |
                                  O_NOFOLLOW)) < 0)
            rc = -errno;
        else
            rc = export_children(tree, fd, node, err, err_size);
        if (fd >= 0)
            close(fd);
    }
    if (rc && err && !*err)
        snprintf(err, err_size, "cannot write '%s': %s", node->name,
                 strerror(-rc));
    return rc;
}

static bool is_empty_dir(int fd)
{
    int dup_fd = dup(fd);
    DIR *d = dup_fd >= 0 ? fdopendir(dup_fd) : NULL;
    if (!d)
        return false;
    bool empty = true;
    for (struct dirent *e; empty && (e = readdir(d));)
        empty = strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0;
    closedir(d);
    return empty;
}

int afs_tree_export(const afs_tree *tree, const char *dir, char *err,
                    size_t err_size)
{
    if (err && err_size)
        err[0] = '\0';
    if (mkdir(dir, 0755) != 0 && errno != EEXIST) {
        int rc = -errno;
        snprintf(err, err_size, "cannot create '%s': %s", dir, strerror(-rc));
        return rc;
    }
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        int rc = -errno;
        snprintf(err, err_size, "cannot open '%s': %s", dir, strerror(-rc));
        return rc;
    }
    if (!is_empty_dir(fd)) {
        close(fd);
        snprintf(err, err_size, "cannot export into '%s': directory not empty",
                 dir);
        return -ENOTEMPTY;
    }
    int rc = export_children(tree, fd, afs_tree_node(tree, AFS_ROOT_INO), err,
                             err_size);
    close(fd);
    return rc;
}
