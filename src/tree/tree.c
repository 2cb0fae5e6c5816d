/* The inode table of a snapshot. Nodes live in chunks that never move,
 * each twice the size of the one before, so a node once handed out stays
 * valid while more are made and a small tree costs little; a
 * directory's children are made under the lock the first time anyone
 * looks into it, numbered in name order for binary-search look-ups. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "articlefs/corpus.h"
#include "articlefs/slug.h"
#include "internal.h"

#define FIRST_CHUNK ((size_t)64)

static void out_of_memory(void)
{
    fprintf(stderr, "articlefs: out of memory\n");
    abort();
}

/* ---- storage ----------------------------------------------------------- */

/* Node i (from 0) is in chunk k = log2(i / FIRST_CHUNK + 1), which holds
 * FIRST_CHUNK << k nodes. */
static size_t chunk_of(size_t i, size_t *offset)
{
    size_t k = (size_t)(63 - __builtin_clzll(i / FIRST_CHUNK + 1));
    *offset = i - FIRST_CHUNK * (((size_t)1 << k) - 1);
    return k;
}

/* A fresh node numbered count + 1; the caller holds the lock and
 * publishes it by storing the new count. */
static node *next_node(afs_tree *t, size_t count)
{
    size_t offset, chunk = chunk_of(count, &offset);
    if (chunk >= MAX_CHUNKS)
        out_of_memory();
    if (!t->chunks[chunk] &&
        !(t->chunks[chunk] = calloc(FIRST_CHUNK << chunk, sizeof(node))))
        out_of_memory();
    node *n = &t->chunks[chunk][offset];
    n->pub.ino = count + 1;
    atomic_init(&n->size, SIZE_UNKNOWN);
    atomic_init(&n->expanded, false);
    return n;
}

static bool is_dir_kind(uint8_t kind)
{
    return kind <= K_LAST_DIR;
}

afs_tree *tree_new(enum node_kind root_kind, size_t root_article)
{
    afs_tree *t = calloc(1, sizeof *t);
    if (!t)
        out_of_memory();
    pthread_mutex_init(&t->lock, NULL);
    t->arena = afs_arena_new();
    node *root = next_node(t, 0);
    root->pub.parent = AFS_ROOT_INO;
    root->pub.type = AFS_NODE_DIR;
    root->pub.name = "";
    root->kind = (uint8_t)root_kind;
    root->article = root_article;
    atomic_store_explicit(&t->count, 1, memory_order_release);
    return t;
}

void afs_tree_free(afs_tree *tree)
{
    if (!tree)
        return;
    for (size_t i = 0; i < CACHE_SLOTS; i++)
        afs_arena_free(tree->cache[i].arena);
    for (size_t c = 0; c < MAX_CHUNKS; c++)
        free(tree->chunks[c]);
    if (tree->corpus)
        afs_corpus_free(tree->corpus);
    else
        afs_article_free(tree->own_article);
    afs_arena_free(tree->arena);
    pthread_mutex_destroy(&tree->lock);
    free(tree);
}

size_t afs_tree_node_count(const afs_tree *tree)
{
    return atomic_load_explicit(&tree->count, memory_order_acquire);
}

const afs_node *afs_tree_node(const afs_tree *tree, afs_ino ino)
{
    if (ino < 1 || ino > afs_tree_node_count(tree))
        return NULL;
    size_t offset, chunk = chunk_of((size_t)ino - 1, &offset);
    return &tree->chunks[chunk][offset].pub;
}

/* ---- making children --------------------------------------------------- */

void add_child(children *c, const char *name, enum node_kind kind,
               size_t article, const void *object)
{
    if (c->n == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 16;
        child *v = realloc(c->v, cap * sizeof *v);
        if (!v)
            out_of_memory();
        c->v = v;
        c->cap = cap;
    }
    c->v[c->n++] = (child){.name = name,
                           .kind = (uint8_t)kind,
                           .article = article,
                           .object = object};
}

void add_link(children *c, const char *name, const char *target)
{
    add_child(c, name, K_LINK, 0, target);
}

static int compare_children(const void *x, const void *y)
{
    return strcmp(((const child *)x)->name, ((const child *)y)->name);
}

/* Names are made safe and unique in the order the children were given
 * (the model already makes them so; this is the last guard), then sorted. */
static void settle_names(afs_tree *t, children *c)
{
    afs_arena *scratch = afs_arena_new();
    afs_slug_set *taken = afs_slug_set_new(scratch);
    for (size_t i = 0; i < c->n; i++) {
        const char *safe = afs_safe_name(t->arena, c->v[i].name);
        const char *claimed = afs_slug_set_claim(taken, safe);
        c->v[i].name =
            claimed == safe ? safe : afs_arena_strdup(t->arena, claimed);
    }
    afs_arena_free(scratch);
    if (c->n > 1)
        qsort(c->v, c->n, sizeof *c->v, compare_children);
}

static void make_children(afs_tree *t, node *dir)
{
    children c = {.arena = t->arena};
    if (dir->kind >= K_CORPUS_ROOT)
        corpus_children(t, dir, &c);
    else
        article_children(t, dir, &c);
    settle_names(t, &c);
    size_t count = atomic_load_explicit(&t->count, memory_order_relaxed);
    dir->first_child = count + 1;
    dir->child_count = (uint32_t)c.n;
    for (size_t i = 0; i < c.n; i++) {
        node *n = next_node(t, count + i);
        n->pub.parent = dir->pub.ino;
        n->pub.name = c.v[i].name;
        n->kind = c.v[i].kind;
        n->pub.type = is_dir_kind(n->kind) ? AFS_NODE_DIR
                      : n->kind == K_LINK  ? AFS_NODE_LINK
                                           : AFS_NODE_FILE;
        n->entity_kind = c.v[i].entity_kind;
        n->article = c.v[i].article;
        n->object = c.v[i].object;
        dir->subdir_count += n->pub.type == AFS_NODE_DIR;
    }
    free(c.v);
    atomic_store_explicit(&t->count, count + c.n, memory_order_release);
}

/* The directory, its children made; NULL for a file or a link. */
static const node *expanded(const afs_tree *tree, const afs_node *pub)
{
    const node *dir = node_in(pub);
    if (!dir || pub->type != AFS_NODE_DIR)
        return NULL;
    if (atomic_load_explicit(&dir->expanded, memory_order_acquire))
        return dir;
    afs_tree *t = (afs_tree *)tree; /* making nodes changes no answer */
    pthread_mutex_lock(&t->lock);
    if (!atomic_load_explicit(&dir->expanded, memory_order_relaxed)) {
        make_children(t, (node *)dir);
        atomic_store_explicit(&((node *)dir)->expanded, true,
                              memory_order_release);
    }
    pthread_mutex_unlock(&t->lock);
    return dir;
}

/* Lets a caller set one field the children of a directory need. */
void set_entity_kind(children *c, enum afs_kind kind)
{
    c->v[c->n - 1].entity_kind = (uint8_t)kind;
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
    return d && i < d->child_count ? afs_tree_node(tree, d->first_child + i)
                                   : NULL;
}

static size_t merged_of_kind(const afs_corpus *c, enum afs_kind kind)
{
    size_t count = 0;
    for (size_t i = 0; i < c->merged_count; i++)
        count += c->merged[i].kind == kind;
    return count;
}

/* How many subdirectories dir holds when that is known without making its
 * children, else SIZE_MAX. A stat must not build a listing: the st_nlink
 * of a corpus's quotes/ would otherwise make a link to every quote. */
static size_t known_subdir_count(const afs_tree *t, const node *dir)
{
    size_t n = 0;
    switch (dir->kind) {
    case K_ENTITY_QUOTES:
    case K_ENTITY_EVENTS:
    case K_PARTICIPANTS:
    case K_MERGED_ARTICLES:
    case K_MERGED_QUOTES:
    case K_MERGED_EVENTS:
    case K_CORPUS_QUOTES:
    case K_CORPUS_EVENTS:
        return 0; /* links only */
    case K_KIND_DIR:
        afs_article_kind(article_of(t, dir), (enum afs_kind)dir->entity_kind,
                         &n);
        return n;
    case K_QUOTES:
        return article_of(t, dir)->quote_count;
    case K_EVENTS:
        return article_of(t, dir)->event_count;
    case K_ARTICLES:
        return t->article_count;
    case K_MERGED_KIND:
        return merged_of_kind(t->corpus, (enum afs_kind)dir->entity_kind);
    default:
        return SIZE_MAX;
    }
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
        const afs_node *child = afs_tree_node(tree, dir->first_child + mid);
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
    return n->kind >= K_MERGED_NAME ? corpus_content(arena, t, n, len)
                                    : article_content(arena, t, n, len);
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
    return n->kind != K_CORPUS_SUMMARY && n->kind != K_CORPUS_TIMELINE;
}

size_t afs_tree_size(const afs_tree *tree, const afs_node *pub)
{
    const node *n = node_in(pub);
    if (pub->type == AFS_NODE_DIR)
        return 0;
    if (pub->type == AFS_NODE_LINK)
        return strlen(n->object);
    if (n->kind == K_ARTICLE_TEXT)
        return article_of(tree, n)->text_len;
    size_t size = atomic_load(&((node *)n)->size);
    if (size != SIZE_UNKNOWN)
        return size;
    afs_tree *t = (afs_tree *)tree;
    pthread_mutex_lock(&t->lock);
    size = rendered_locked(t, n)->len;
    pthread_mutex_unlock(&t->lock);
    return size;
}

static size_t copy_slice(const char *data, size_t len, size_t off, char *buf,
                         size_t size)
{
    if (off >= len)
        return 0;
    size_t n = len - off < size ? len - off : size;
    memcpy(buf, data + off, n);
    return n;
}

size_t afs_tree_read(const afs_tree *tree, const afs_node *pub, size_t off,
                     char *buf, size_t size)
{
    const node *n = node_in(pub);
    if (pub->type != AFS_NODE_FILE)
        return 0;
    if (n->kind == K_ARTICLE_TEXT) {
        const afs_article *a = article_of(tree, n);
        return copy_slice(a->text, a->text_len, off, buf, size);
    }
    afs_tree *t = (afs_tree *)tree;
    pthread_mutex_lock(&t->lock);
    const rendered *r = rendered_locked(t, n);
    size_t copied = copy_slice(r->data, r->len, off, buf, size);
    pthread_mutex_unlock(&t->lock);
    return copied;
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

/* Code points that change how text shows without showing themselves:
 * controls, bidi overrides and isolates, zero-width marks. */
static bool is_hidden_code_point(unsigned cp)
{
    return cp < 0x20 || (cp >= 0x7F && cp < 0xA0) ||
           (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2060 && cp <= 0x206F) || cp == 0xFEFF;
}

/* Length of the UTF-8 sequence at s and its code point, or 0 when the
 * bytes are not UTF-8 (overlong forms and surrogates included). */
static size_t utf8_at(const unsigned char *s, unsigned *cp)
{
    size_t n = s[0] < 0x80                   ? 1
               : s[0] >= 0xC2 && s[0] < 0xE0 ? 2
               : s[0] >= 0xE0 && s[0] < 0xF0 ? 3
               : s[0] >= 0xF0 && s[0] < 0xF5 ? 4
                                             : 0;
    unsigned v = n == 1 ? s[0] : s[0] & (0x7F >> n);
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        v = v << 6 | (s[i] & 0x3F);
    }
    static const unsigned least[] = {0, 0, 0x80, 0x800, 0x10000};
    if (!n || v < least[n] || v > 0x10FFFF || (v >= 0xD800 && v < 0xE000))
        return 0;
    *cp = v;
    return n;
}

const char *printable(const char *value, char *buf, size_t cap)
{
    const unsigned char *s = (const unsigned char *)value;
    size_t out = 0;
    while (*s && out + 5 < cap) {
        unsigned cp;
        size_t n = utf8_at(s, &cp);
        if (!n || is_hidden_code_point(cp)) {
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
    return n->kind >= K_CORPUS_ROOT ? corpus_xattrs(tree, n, out, buf, cap)
                                    : article_xattrs(tree, n, out, buf, cap);
}
