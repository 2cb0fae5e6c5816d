/* The inode tables of a snapshot. A tree numbers its nodes in spaces:
 * the high half of a number names a table, the low half a node in it. An
 * article's subtree is a table of its own, which the next tree built from
 * this one shares while the article is unchanged: its numbers then stay,
 * and a reload leaves the kernel's cache of it alone. Nodes live in chunks
 * that never move, each twice the size of the one before, so a node once
 * handed out stays valid while more are made; a directory's children are
 * made under its table's lock the first time anyone looks into it,
 * numbered in name order for binary-search look-ups. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "articlefs/corpus.h"
#include "articlefs/slug.h"
#include "articlefs/utf8.h"
#include "articlefs/vector.h"
#include "internal.h"

#define FIRST_CHUNK ((size_t)32)
#define LOCAL_BITS 32
#define LOCAL_MASK ((UINT64_C(1) << LOCAL_BITS) - 1)
_Static_assert(LOCAL_BITS == 32, "afs_ino_table takes the high half");

static void out_of_memory(void)
{
    fprintf(stderr, "articlefs: out of memory\n");
    abort();
}

/* ---- storage ----------------------------------------------------------- */

/* Node local (from 2; 1 is the root, kept in the table) is in chunk
 * k = log2(i / FIRST_CHUNK + 1) for i = local - 2, which holds
 * FIRST_CHUNK << k nodes. */
static size_t chunk_of(size_t i, size_t *offset)
{
    size_t k = (size_t)(63 - __builtin_clzll(i / FIRST_CHUNK + 1));
    *offset = i - FIRST_CHUNK * (((size_t)1 << k) - 1);
    return k;
}

static node *node_at(const table *tb, uint64_t local)
{
    if (local < 1 ||
        local > atomic_load_explicit(&tb->count, memory_order_acquire))
        return NULL;
    if (local == 1)
        return (node *)&tb->root;
    size_t offset, chunk = chunk_of((size_t)local - 2, &offset);
    return &tb->chunks[chunk][offset];
}

static void node_init(node *n, table *owner, afs_ino ino)
{
    n->pub.ino = ino;
    n->owner = owner;
    atomic_init(&n->size, SIZE_UNKNOWN);
    atomic_init(&n->expanded, false);
}

/* A fresh node numbered local; the caller holds the lock and publishes it
 * by storing the new count. */
static node *next_node(table *tb, size_t local)
{
    size_t offset, chunk = chunk_of(local - 2, &offset);
    if (chunk >= MAX_CHUNKS || local > LOCAL_MASK)
        out_of_memory();
    if (!tb->chunks[chunk] &&
        !(tb->chunks[chunk] = calloc(FIRST_CHUNK << chunk, sizeof(node))))
        out_of_memory();
    node *n = &tb->chunks[chunk][offset];
    node_init(n, tb, (afs_ino)tb->space << LOCAL_BITS | local);
    return n;
}

/* A table holding only its root: a directory numbered ino, in parent. */
static table *table_new(uint32_t space, enum node_kind root_kind,
                        const afs_article *article, afs_ino ino, afs_ino parent,
                        const char *name)
{
    table *tb = calloc(1, sizeof *tb);
    if (!tb)
        out_of_memory();
    pthread_mutex_init(&tb->lock, NULL);
    tb->space = space;
    tb->article = article;
    node_init(&tb->root, tb, ino);
    tb->root.pub.parent = parent;
    tb->root.pub.type = AFS_NODE_DIR;
    tb->root.pub.name = name;
    tb->root.kind = (uint8_t)root_kind;
    atomic_init(&tb->count, 1);
    return tb;
}

static void table_unref(table *tb)
{
    if (!tb || atomic_fetch_sub(&tb->refs, 1) > 0)
        return;
    for (size_t c = 0; c < MAX_CHUNKS; c++)
        free(tb->chunks[c]);
    afs_arena_free(tb->arena);
    pthread_mutex_destroy(&tb->lock);
    free((char *)tb->root.pub.name);
    free(tb);
}

static afs_tree *tree_new(uint32_t first_space)
{
    afs_tree *t = calloc(1, sizeof *t);
    if (!t)
        out_of_memory();
    pthread_mutex_init(&t->lock, NULL);
    t->next_space = first_space;
    return t;
}

static uint32_t new_space(afs_tree *t)
{
    if (t->next_space == UINT32_MAX)
        out_of_memory(); /* four billion reloads */
    return t->next_space++;
}

static uint32_t first_space(const afs_tree *previous)
{
    return previous ? previous->next_space : 1;
}

afs_tree *afs_tree_build_article(afs_article *article, const afs_tree *previous)
{
    afs_tree *t = tree_new(first_space(previous));
    t->own_article = article;
    t->top = table_new(new_space(t), K_ARTICLE_ROOT, article, AFS_ROOT_INO,
                       AFS_ROOT_INO, strdup(""));
    return t;
}

void afs_tree_free(afs_tree *tree)
{
    if (!tree)
        return;
    for (size_t i = 0; i < CACHE_SLOTS; i++)
        afs_arena_free(tree->cache[i].arena);
    for (size_t i = 0; i < tree->article_count; i++)
        table_unref(tree->by_name[i]);
    free(tree->by_name);
    free(tree->by_space);
    table_unref(tree->top);
    if (tree->corpus)
        afs_corpus_free(tree->corpus);
    else
        afs_article_free(tree->own_article);
    pthread_mutex_destroy(&tree->lock);
    free(tree);
}

/* ---- a corpus: tables shared with the tree it replaces ----------------- */

static int compare_by_name(const void *x, const void *y)
{
    return strcmp((*(table *const *)x)->root.pub.name,
                  (*(table *const *)y)->root.pub.name);
}

static int compare_by_space(const void *x, const void *y)
{
    uint32_t a = (*(table *const *)x)->space, b = (*(table *const *)y)->space;
    return a < b ? -1 : a > b;
}

static int compare_name_key(const void *key, const void *element)
{
    return strcmp(key, (*(table *const *)element)->root.pub.name);
}

static int compare_space_key(const void *key, const void *element)
{
    uint32_t a = *(const uint32_t *)key, b = (*(table *const *)element)->space;
    return a < b ? -1 : a > b;
}

/* The table of previous listed as name, when it shows article. */
static table *same_article(const afs_tree *previous, const char *name,
                           const afs_article *article)
{
    if (!previous || !previous->article_count)
        return NULL;
    table **found = bsearch(name, previous->by_name, previous->article_count,
                            sizeof *previous->by_name, compare_name_key);
    return found && (*found)->article == article ? *found : NULL;
}

/* Names are made safe and unique (the corpus already makes ids so; this
 * is the last guard) in corpus order. */
static char **article_names(const afs_corpus *c)
{
    char **names = calloc(c->article_count + 1, sizeof *names);
    if (!names)
        out_of_memory();
    afs_arena *scratch = afs_arena_new();
    afs_slug_set *taken = afs_slug_set_new(scratch);
    for (size_t i = 0; i < c->article_count; i++) {
        names[i] = strdup(
            afs_slug_set_claim(taken, afs_safe_name(scratch, c->ids[i])));
        if (!names[i])
            out_of_memory();
    }
    afs_arena_free(scratch);
    return names;
}

afs_tree *afs_tree_build_corpus(afs_corpus *corpus, const afs_tree *previous)
{
    afs_tree *t = tree_new(first_space(previous));
    t->corpus = corpus;
    t->top = table_new(new_space(t), K_CORPUS_ROOT, NULL, AFS_ROOT_INO,
                       AFS_ROOT_INO, strdup(""));
    size_t n = corpus->article_count;
    t->article_count = n;
    t->by_name = calloc(n + 1, sizeof *t->by_name);
    t->by_space = calloc(n + 1, sizeof *t->by_space);
    if (!t->by_name || !t->by_space)
        out_of_memory();
    char **names = article_names(corpus);
    for (size_t i = 0; i < n; i++) {
        table *tb = same_article(previous, names[i], corpus->articles[i]);
        if (tb) {
            atomic_fetch_add(&tb->refs, 1);
            free(names[i]);
        } else {
            uint32_t space = new_space(t);
            tb = table_new(space, K_ARTICLE_ROOT, corpus->articles[i],
                           (afs_ino)space << LOCAL_BITS | 1, AFS_ARTICLES_INO,
                           names[i]);
        }
        t->by_name[i] = t->by_space[i] = tb;
    }
    free(names);
    qsort(t->by_name, n, sizeof *t->by_name, compare_by_name);
    qsort(t->by_space, n, sizeof *t->by_space, compare_by_space);
    return t;
}

/* ---- numbers ----------------------------------------------------------- */

static table *table_of_space(const afs_tree *t, uint32_t space)
{
    if (space == t->top->space)
        return t->top;
    if (!t->article_count)
        return NULL;
    table **found = bsearch(&space, t->by_space, t->article_count,
                            sizeof *t->by_space, compare_space_key);
    return found ? *found : NULL;
}

static const afs_node *articles_dir(const afs_tree *t);

const afs_node *afs_tree_node(const afs_tree *tree, afs_ino ino)
{
    if (ino == AFS_ROOT_INO)
        return &tree->top->root.pub;
    if (ino == AFS_ARTICLES_INO)
        return articles_dir(tree);
    const table *tb = table_of_space(tree, (uint32_t)(ino >> LOCAL_BITS));
    const node *n = tb ? node_at(tb, ino & LOCAL_MASK) : NULL;
    /* the root and articles/ answer only to their fixed numbers */
    return n && n->pub.ino == ino ? &n->pub : NULL;
}

size_t afs_tree_node_count(const afs_tree *tree)
{
    size_t count = atomic_load(&tree->top->count);
    for (size_t i = 0; i < tree->article_count; i++)
        count += atomic_load(&tree->by_name[i]->count);
    return count;
}

/* ---- making children --------------------------------------------------- */

void add_child(children *c, const char *name, enum node_kind kind,
               const void *object)
{
    *afs_vec_push(&c->list) =
        (child){.name = name, .kind = (uint8_t)kind, .object = object};
}

void add_link(children *c, const char *name, const char *target)
{
    add_child(c, name, K_LINK, target);
}

static int compare_children(const void *x, const void *y)
{
    return strcmp(((const child *)x)->name, ((const child *)y)->name);
}

/* Names are made safe and unique in the order the children were given
 * (the model already makes them so; this is the last guard), then sorted. */
static void settle_names(children *c)
{
    afs_arena *scratch = afs_arena_new();
    afs_slug_set *taken = afs_slug_set_new(scratch);
    for (size_t i = 0; i < c->list.n; i++) {
        const char *safe = afs_safe_name(c->arena, c->list.v[i].name);
        const char *claimed = afs_slug_set_claim(taken, safe);
        c->list.v[i].name =
            claimed == safe ? safe : afs_arena_strdup(c->arena, claimed);
    }
    afs_arena_free(scratch);
    if (c->list.n > 1)
        qsort(c->list.v, c->list.n, sizeof *c->list.v, compare_children);
}

/* articles/ has a number of its own that every tree of a corpus shares,
 * so the kernel may keep what it knows of the subtrees below it. */
static void number_articles_dir(table *tb, node *dir)
{
    for (size_t i = 0; i < dir->child_count; i++) {
        node *n = node_at(tb, dir->first_child + i);
        if (n->kind == K_ARTICLES)
            n->pub.ino = AFS_ARTICLES_INO;
    }
}

/* The kinds fixed in the directory's own, in table order, then what its
 * list adds. */
static void list_children(const afs_tree *t, const node *dir, children *out)
{
    for (size_t k = 0; k < K_KIND_COUNT; k++) {
        const kind_row *row = &node_kinds[k];
        if (row->parent == dir->kind && (!row->present || row->present(dir)))
            add_child(out, row->name, (enum node_kind)k, dir->object);
    }
    if (row_of(dir)->list)
        row_of(dir)->list(t, dir, out);
}

static void make_children(const afs_tree *t, node *dir)
{
    table *tb = dir->owner;
    if (dir->kind == K_ARTICLES) { /* the subtrees' roots: made already */
        dir->child_count = (uint32_t)t->article_count;
        dir->subdir_count = (uint32_t)t->article_count;
        return;
    }
    if (!tb->arena)
        tb->arena = afs_arena_new();
    children c = {.arena = tb->arena};
    list_children(t, dir, &c);
    settle_names(&c);
    uint32_t count = atomic_load_explicit(&tb->count, memory_order_relaxed);
    dir->first_child = count + 1;
    dir->child_count = (uint32_t)c.list.n;
    for (size_t i = 0; i < c.list.n; i++) {
        node *n = next_node(tb, count + 1 + i);
        n->pub.parent = dir->pub.ino;
        n->pub.name = c.list.v[i].name;
        n->kind = c.list.v[i].kind;
        n->pub.type = node_kinds[n->kind].type;
        n->entity_kind = c.list.v[i].entity_kind;
        n->object = c.list.v[i].object;
        dir->subdir_count += n->pub.type == AFS_NODE_DIR;
    }
    atomic_store_explicit(&tb->count, count + (uint32_t)c.list.n,
                          memory_order_release);
    afs_vec_free(&c.list);
    if (dir->kind == K_CORPUS_ROOT)
        number_articles_dir(tb, dir);
}

/* The directory, its children made; NULL for a file or a link. The tree
 * is the one the directory was found in: only a corpus knows its
 * articles. */
static const node *expanded(const afs_tree *tree, const afs_node *pub)
{
    const node *dir = node_in(pub);
    if (!dir || pub->type != AFS_NODE_DIR)
        return NULL;
    if (atomic_load_explicit(&dir->expanded, memory_order_acquire))
        return dir;
    table *tb = dir->owner; /* making nodes changes no answer */
    pthread_mutex_lock(&tb->lock);
    if (!atomic_load_explicit(&dir->expanded, memory_order_relaxed)) {
        make_children(tree, (node *)dir);
        atomic_store_explicit(&((node *)dir)->expanded, true,
                              memory_order_release);
    }
    pthread_mutex_unlock(&tb->lock);
    return dir;
}

static const afs_node *articles_dir(const afs_tree *t)
{
    if (!t->corpus)
        return NULL;
    const node *root = expanded(t, &t->top->root.pub);
    for (size_t i = 0; i < root->child_count; i++) {
        const node *n = node_at(t->top, root->first_child + i);
        if (n->kind == K_ARTICLES)
            return &n->pub;
    }
    return NULL;
}

/* Lets a caller set one field the children of a directory need. */
void set_entity_kind(children *c, enum afs_kind kind)
{
    c->list.v[c->list.n - 1].entity_kind = (uint8_t)kind;
}

size_t afs_tree_child_count(const afs_tree *tree, const afs_node *dir)
{
    const node *d = expanded(tree, dir);
    return d ? d->child_count : 0;
}

const afs_node *afs_tree_child(const afs_tree *tree, const afs_node *dir,
                               size_t i)
{
    const node *d = expanded(tree, dir);
    if (!d || i >= d->child_count)
        return NULL;
    if (d->kind == K_ARTICLES)
        return &tree->by_name[i]->root.pub;
    return &node_at(d->owner, d->first_child + i)->pub;
}

/* How many subdirectories dir holds when that is known without making its
 * children, else SIZE_MAX. A stat must not build a listing: the st_nlink
 * of a corpus's quotes/ would otherwise make a link to every quote. */
static size_t known_subdir_count(const afs_tree *t, const node *dir)
{
    return row_of(dir)->subdirs ? row_of(dir)->subdirs(t, dir) : SIZE_MAX;
}

size_t afs_tree_subdir_count(const afs_tree *tree, const afs_node *dir)
{
    const node *d = node_in(dir);
    if (!d || dir->type != AFS_NODE_DIR)
        return 0;
    if (!atomic_load_explicit(&d->expanded, memory_order_acquire)) {
        size_t known = known_subdir_count(tree, d);
        if (known != SIZE_MAX)
            return known;
    }
    d = expanded(tree, dir);
    return d->subdir_count;
}

const afs_node *afs_tree_lookup(const afs_tree *tree, afs_ino parent,
                                const char *name)
{
    const node *dir = expanded(tree, afs_tree_node(tree, parent));
    if (!dir || !name)
        return NULL;
    size_t lo = 0, hi = dir->child_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const afs_node *child = afs_tree_child(tree, &dir->pub, mid);
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

/* ---- contents ---------------------------------------------------------- */

static char *render(afs_arena *arena, const afs_tree *t, const node *n,
                    size_t *len)
{
    return row_of(n)->content(arena, t, n, len);
}

/* The rendered content of a file, from the cache or made and put there;
 * the caller holds the lock and copies out before letting go of it. */
static const rendered *rendered_locked(afs_tree *t, const node *n)
{
    for (size_t i = 0; i < CACHE_SLOTS; i++)
        if (t->cache[i].arena && t->cache[i].ino == n->pub.ino)
            return &t->cache[i];
    rendered *slot = &t->cache[t->cache_next];
    t->cache_next = (t->cache_next + 1) % CACHE_SLOTS;
    afs_arena_free(slot->arena);
    slot->arena = afs_arena_new();
    slot->ino = n->pub.ino;
    slot->data = render(slot->arena, t, n, &slot->len);
    atomic_store(&((node *)n)->size, slot->len);
    return slot;
}

bool afs_tree_size_is_cheap(const afs_tree *tree, const afs_node *pub)
{
    (void)tree;
    const node *n = node_in(pub);
    if (atomic_load_explicit(&n->size, memory_order_acquire) != SIZE_UNKNOWN)
        return true;
    return !row_of(n)->costly;
}

/* Files served straight from the model's bytes: article.txt, and a web
 * page's source.html. */
static bool article_bytes(const node *n, const char **bytes, size_t *len)
{
    if (n->kind == K_ARTICLE_TEXT) {
        *bytes = article_of(n)->text;
        *len = article_of(n)->text_len;
        return true;
    }
    if (n->kind == K_SOURCE_HTML) {
        *bytes = article_of(n)->original;
        *len = article_of(n)->original_len;
        return true;
    }
    return false;
}

size_t afs_tree_size(const afs_tree *tree, const afs_node *pub)
{
    const node *n = node_in(pub);
    if (pub->type == AFS_NODE_DIR)
        return 0;
    if (pub->type == AFS_NODE_LINK)
        return strlen(n->object);
    const char *bytes;
    size_t len;
    if (article_bytes(n, &bytes, &len))
        return len;
    size_t size = atomic_load(&((node *)n)->size);
    if (size != SIZE_UNKNOWN)
        return size;
    afs_tree *t = (afs_tree *)tree;
    pthread_mutex_lock(&t->lock);
    size = rendered_locked(t, n)->len;
    pthread_mutex_unlock(&t->lock);
    return size;
}

/* The part of data from off, at most size bytes, to use. */
static void use_slice(const char *data, size_t len, size_t off, size_t size,
                      afs_bytes_fn use, void *ctx)
{
    size_t n = off >= len ? 0 : len - off < size ? len - off : size;
    use(ctx, n ? data + off : data, n);
}

void afs_tree_read_with(const afs_tree *tree, const afs_node *pub, size_t off,
                        size_t size, afs_bytes_fn use, void *ctx)
{
    const node *n = node_in(pub);
    if (pub->type != AFS_NODE_FILE) {
        use(ctx, "", 0);
        return;
    }
    const char *bytes;
    size_t len;
    if (article_bytes(n, &bytes, &len)) {
        use_slice(bytes, len, off, size, use, ctx);
        return;
    }
    afs_tree *t = (afs_tree *)tree;
    pthread_mutex_lock(&t->lock);
    const rendered *r = rendered_locked(t, n);
    use_slice(r->data, r->len, off, size, use, ctx);
    pthread_mutex_unlock(&t->lock);
}

typedef struct copy_out {
    char *buf;
    size_t copied;
} copy_out;

static void copy_bytes(void *ctx, const char *bytes, size_t n)
{
    copy_out *out = ctx;
    memcpy(out->buf, bytes, n);
    out->copied = n;
}

size_t afs_tree_read(const afs_tree *tree, const afs_node *node, size_t off,
                     char *buf, size_t size)
{
    copy_out out = {.buf = buf};
    afs_tree_read_with(tree, node, off, size, copy_bytes, &out);
    return out.copied;
}

char *afs_tree_content(const afs_tree *tree, const afs_node *node, size_t *len)
{
    size_t size = afs_tree_size(tree, node);
    char *data = malloc(size + 1);
    if (!data)
        out_of_memory();
    *len = afs_tree_read(tree, node, 0, data, size);
    data[*len] = '\0';
    return data;
}

const char *afs_tree_link_target(const afs_tree *tree, const afs_node *pub)
{
    (void)tree;
    return pub->type == AFS_NODE_LINK ? node_in(pub)->object : NULL;
}

const char *printable(const char *value, char *buf, size_t cap)
{
    const unsigned char *s = (const unsigned char *)value;
    size_t out = 0;
    while (*s && out + 5 < cap) {
        unsigned cp;
        size_t n = afs_utf8_decode(s, strnlen((const char *)s, 4), &cp);
        if (!n || afs_utf8_is_hidden(cp)) {
            buf[out++] = '?';
            s += n ? n : 1;
            continue;
        }
        memcpy(buf + out, s, n);
        out += n;
        s += n;
    }
    buf[out] = '\0';
    return buf;
}

size_t afs_tree_xattrs(const afs_tree *tree, const afs_node *pub,
                       afs_xattr *out, char *buf, size_t cap)
{
    const node *n = node_in(pub);
    if (pub->type != AFS_NODE_DIR)
        return 0;
    return row_of(n)->xattrs ? row_of(n)->xattrs(tree, n, out, buf, cap) : 0;
}

/* ---- what a reload changes --------------------------------------------- */

static void stale_root_names(const afs_tree *t, bool keep_articles,
                             afs_stale_fn stale, void *ctx)
{
    const afs_node *root = afs_tree_node(t, AFS_ROOT_INO);
    size_t count = afs_tree_child_count(t, root);
    for (size_t i = 0; i < count; i++) {
        const node *n = node_in(afs_tree_child(t, root, i));
        if (!keep_articles || n->kind != K_ARTICLES)
            stale(ctx, AFS_ROOT_INO, n->pub.name);
    }
}

/* Walks both lists of articles in name order: a name in one only, or
 * naming another table in each, is stale. */
static void stale_articles(const afs_tree *old, const afs_tree *fresh,
                           afs_stale_fn stale, void *ctx)
{
    size_t i = 0, k = 0;
    while (i < old->article_count || k < fresh->article_count) {
        const table *a = i < old->article_count ? old->by_name[i] : NULL;
        const table *b = k < fresh->article_count ? fresh->by_name[k] : NULL;
        int c = !a ? 1 : !b ? -1 : strcmp(a->root.pub.name, b->root.pub.name);
        if (c != 0 || a != b)
            stale(ctx, AFS_ARTICLES_INO,
                  c <= 0 ? a->root.pub.name : b->root.pub.name);
        i += c <= 0;
        k += c >= 0;
    }
}

void afs_tree_changes(const afs_tree *old, const afs_tree *fresh,
                      afs_stale_fn stale, void *ctx)
{
    bool corpora = old->corpus && fresh->corpus;
    stale(ctx, AFS_ROOT_INO, NULL);
    stale_root_names(old, corpora, stale, ctx);
    if (!corpora) {
        stale_root_names(fresh, false, stale, ctx);
        return;
    }
    stale(ctx, AFS_ARTICLES_INO, NULL);
    stale_articles(old, fresh, stale, ctx);
}

/* The names made in one table, but those of the directories every tree
 * has (the root, articles/), which afs_tree_changes covers. */
static void table_made_names(const table *tb, afs_stale_fn stale, void *ctx)
{
    uint32_t count = atomic_load_explicit(&tb->count, memory_order_acquire);
    for (uint32_t local = 2; local <= count; local++) {
        const node *n = node_at(tb, local);
        if (afs_ino_table(n->pub.parent) != 0)
            stale(ctx, n->pub.parent, n->pub.name);
    }
}

void afs_tree_made_names(const afs_tree *old, const afs_tree *fresh,
                         afs_stale_fn stale, void *ctx)
{
    if (table_of_space(fresh, old->top->space) != old->top)
        table_made_names(old->top, stale, ctx);
    for (size_t i = 0; i < old->article_count; i++) {
        const table *tb = old->by_space[i];
        if (table_of_space(fresh, tb->space) != tb)
            table_made_names(tb, stale, ctx);
    }
}
