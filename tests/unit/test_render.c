/* Render: every JSON document parses and says what the model says, the
 * text cards carry the same facts, on articles written for the tests. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <jansson.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "articlefs/extract.h"
#include "articlefs/render.h"
#include "src/render/json.h"

static const char story[] =
    "Harbour talks end with a deal\n"
    "Portuguese Prime Minister Ana Ferreira met Moroccan King Idris Benali "
    "in Lisbon on Monday, the Portuguese foreign ministry said.\n"
    "\"We have agreed on a new ferry line,\" Ferreira said.\n"
    "Benali told reporters that the agreement would be signed in Rabat on "
    "Friday.\n"
    "\"The ships sail in May,\" said Benali.\n"
    "The first crossing opens the Atlantic Bridge programme.\n";

typedef struct fixture {
    afs_article *a;
    afs_arena *arena;
} fixture;

static int setup(void **state)
{
    static fixture f;
    afs_extract_options o = {.date = "2026-03-09", .source_name = "t.txt"};
    f.a = afs_extract(story, sizeof story - 1, &o);
    f.arena = afs_arena_new();
    assert_true(f.a->quote_count >= 2);
    assert_true(f.a->event_count >= 1);
    *state = &f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    afs_article_free(f->a);
    afs_arena_free(f->arena);
    return 0;
}

static json_t *parse(const char *s, size_t len)
{
    assert_int_equal(strlen(s), len);
    json_error_t err;
    json_t *j = json_loadb(s, len, 0, &err);
    if (!j)
        fail_msg("JSON does not parse: %s (line %d)", err.text, err.line);
    return j;
}

static const char *str_of(const json_t *o, const char *key)
{
    return json_string_value(json_object_get(o, key));
}

static void assert_str_or_null(const json_t *o, const char *key,
                               const char *expected)
{
    json_t *v = json_object_get(o, key);
    assert_non_null(v);
    if (expected)
        assert_string_equal(json_string_value(v), expected);
    else
        assert_true(json_is_null(v));
}

static void assert_ids(const json_t *list, const char *const *ids, size_t n)
{
    assert_int_equal(json_array_size(list), n);
    for (size_t i = 0; i < n; i++)
        assert_string_equal(json_string_value(json_array_get(list, i)), ids[i]);
}

static void assert_entity(const json_t *o, const afs_entity *e)
{
    assert_string_equal(str_of(o, "id"), e->id);
    assert_string_equal(str_of(o, "name"), e->name);
    assert_string_equal(str_of(o, "type"), afs_kind_name(e->kind));
    assert_ids(json_object_get(o, "aliases"), e->aliases, e->alias_count);
    assert_ids(json_object_get(o, "roles"), e->roles, e->role_count);
    json_t *mentions = json_object_get(o, "mentions");
    assert_int_equal(json_array_size(mentions), e->mention_count);
    for (size_t i = 0; i < e->mention_count; i++) {
        json_t *m = json_array_get(mentions, i);
        assert_int_equal(json_integer_value(json_object_get(m, "start")),
                         e->mentions[i].start);
        assert_int_equal(json_integer_value(json_object_get(m, "end")),
                         e->mentions[i].end);
    }
}

static void assert_quote(const json_t *o, const afs_quote *q)
{
    assert_string_equal(str_of(o, "id"), q->id);
    assert_string_equal(str_of(o, "text"), q->text);
    assert_str_or_null(o, "speaker", q->speaker ? q->speaker->id : NULL);
    assert_string_equal(str_of(o, "kind"),
                        q->kind == AFS_QUOTE_DIRECT ? "direct" : "indirect");
    assert_int_equal(json_integer_value(json_object_get(o, "start")),
                     q->span.start);
    assert_int_equal(json_integer_value(json_object_get(o, "end")),
                     q->span.end);
}

static void assert_event(const json_t *o, const afs_event *ev)
{
    assert_string_equal(str_of(o, "id"), ev->id);
    assert_string_equal(str_of(o, "summary"), ev->summary);
    assert_string_equal(str_of(o, "trigger"), ev->trigger);
    json_t *parts = json_object_get(o, "participants");
    assert_int_equal(json_array_size(parts), ev->participant_count);
    for (size_t i = 0; i < ev->participant_count; i++)
        assert_string_equal(json_string_value(json_array_get(parts, i)),
                            ev->participants[i]->id);
    json_t *when = json_object_get(o, "when");
    if (ev->when) {
        assert_string_equal(str_of(when, "text"), ev->when->text);
        assert_str_or_null(when, "date", ev->when->date);
    } else {
        assert_true(json_is_null(when));
    }
    assert_str_or_null(o, "where", ev->where ? ev->where->id : NULL);
}

/* article.json holds the whole model, in the model's order. */
static void test_article_json_is_the_model(void **state)
{
    fixture *f = *state;
    const afs_article *a = f->a;
    size_t len;
    char *s = afs_render_article_json(f->arena, a, &len);
    assert_int_equal(strlen(s), len);
    json_t *j = parse(s, len);
    assert_str_or_null(j, "title", a->title);
    assert_str_or_null(j, "date", a->date);
    assert_string_equal(str_of(j, "source"), "t.txt");
    for (int k = 0; k < AFS_KIND_COUNT; k++) {
        size_t n;
        const afs_entity *e = afs_article_kind(a, (enum afs_kind)k, &n);
        json_t *list = json_object_get(j, afs_kind_folder((enum afs_kind)k));
        assert_int_equal(json_array_size(list), n);
        for (size_t i = 0; i < n; i++)
            assert_entity(json_array_get(list, i), &e[i]);
    }
    json_t *works = json_object_get(j, "works");
    assert_int_equal(a->work_count, 1); /* the programme, kept apart */
    assert_int_equal(json_array_size(works), a->work_count);
    for (size_t i = 0; i < a->work_count; i++) {
        json_t *w = json_array_get(works, i);
        assert_string_equal(str_of(w, "id"), a->works[i].id);
        assert_string_equal(str_of(w, "name"), a->works[i].name);
        assert_int_equal(json_array_size(json_object_get(w, "mentions")),
                         a->works[i].mention_count);
    }
    json_t *quotes = json_object_get(j, "quotes");
    assert_int_equal(json_array_size(quotes), a->quote_count);
    for (size_t i = 0; i < a->quote_count; i++)
        assert_quote(json_array_get(quotes, i), &a->quotes[i]);
    json_t *events = json_object_get(j, "events");
    assert_int_equal(json_array_size(events), a->event_count);
    for (size_t i = 0; i < a->event_count; i++)
        assert_event(json_array_get(events, i), &a->events[i]);
    /* the JSON Lines form is the same document on one line */
    size_t line_len;
    char *line = afs_render_article_json_line(f->arena, a, &line_len);
    assert_ptr_equal(strchr(line, '\n'), line + line_len - 1);
    json_t *same = parse(line, line_len);
    assert_true(json_equal(j, same));
    json_decref(same);
    json_decref(j);
}

/* entity.json and info.txt list what the entity said and did. */
static void test_entity_json_and_card(void **state)
{
    fixture *f = *state;
    const afs_article *a = f->a;
    for (size_t i = 0; i < a->entity_count; i++) {
        const afs_entity *e = &a->entities[i];
        size_t len;
        char *s = afs_render_entity_json(f->arena, a, e, &len);
        json_t *j = parse(s, len);
        assert_entity(j, e);
        json_t *quotes = json_object_get(j, "quotes");
        json_t *events = json_object_get(j, "events");
        char *card = afs_render_entity_card(f->arena, a, e, &len);
        assert_int_equal(strncmp(card, e->name, strlen(e->name)), 0);
        size_t said = 0, done = 0;
        for (size_t k = 0; k < a->quote_count; k++) {
            if (a->quotes[k].speaker != e)
                continue;
            assert_string_equal(
                json_string_value(json_array_get(quotes, said++)),
                a->quotes[k].id);
            char *line = afs_arena_printf(f->arena, "Quote %s: \"%s\"\n",
                                          a->quotes[k].id, a->quotes[k].text);
            assert_non_null(strstr(card, line));
        }
        for (size_t k = 0; k < a->event_count; k++) {
            if (!afs_event_involves(&a->events[k], e))
                continue;
            assert_string_equal(
                json_string_value(json_array_get(events, done++)),
                a->events[k].id);
            char *line =
                afs_arena_printf(f->arena, "Event %s: %s\n", a->events[k].id,
                                 a->events[k].summary);
            assert_non_null(strstr(card, line));
        }
        assert_int_equal(json_array_size(quotes), said);
        assert_int_equal(json_array_size(events), done);
        json_decref(j);
    }
}

static void test_quote_and_event_cards(void **state)
{
    fixture *f = *state;
    const afs_article *a = f->a;
    size_t len;
    for (size_t i = 0; i < a->quote_count; i++) {
        const afs_quote *q = &a->quotes[i];
        char *doc = afs_render_quote_json(f->arena, a, q, &len);
        json_t *j = parse(doc, len);
        assert_quote(j, q);
        json_decref(j);
        char *card = afs_render_quote_card(f->arena, a, q, &len);
        char *first = afs_arena_printf(f->arena, "\"%s\"\n", q->text);
        assert_int_equal(strncmp(card, first, strlen(first)), 0);
        char *speaker =
            afs_arena_printf(f->arena, "Speaker: %s\n",
                             q->speaker ? q->speaker->name : "unknown");
        assert_non_null(strstr(card, speaker));
    }
    for (size_t i = 0; i < a->event_count; i++) {
        const afs_event *ev = &a->events[i];
        char *doc = afs_render_event_json(f->arena, a, ev, &len);
        json_t *j = parse(doc, len);
        assert_event(j, ev);
        json_decref(j);
        char *card = afs_render_event_card(f->arena, a, ev, &len);
        assert_int_equal(strncmp(card, ev->summary, strlen(ev->summary)), 0);
        for (size_t k = 0; k < ev->participant_count; k++)
            assert_non_null(strstr(
                card,
                afs_arena_printf(f->arena, "Participant: %s (%s)\n",
                                 ev->participants[k]->name,
                                 afs_kind_name(ev->participants[k]->kind))));
    }
}

/* summary.txt counts what the model holds; timeline.txt has every event,
 * dated ones first and in date order. */
static void test_summary_and_timeline(void **state)
{
    fixture *f = *state;
    const afs_article *a = f->a;
    size_t len, people, orgs, places;
    afs_article_kind(a, AFS_PERSON, &people);
    afs_article_kind(a, AFS_ORGANIZATION, &orgs);
    afs_article_kind(a, AFS_PLACE, &places);
    char *summary = afs_render_summary(f->arena, a, &len);
    assert_non_null(strstr(
        summary, afs_arena_printf(
                     f->arena,
                     "People: %zu  Organizations: %zu  Places: %zu  "
                     "Quotes: %zu  Events: %zu\n",
                     people, orgs, places, a->quote_count, a->event_count)));
    char *timeline = afs_render_timeline(f->arena, a, &len);
    size_t lines = 0;
    char last[11] = "";
    bool undated = false;
    for (const char *p = timeline; *p; p = strchr(p, '\n') + 1, lines++) {
        if (*p == '?') {
            undated = true;
            continue;
        }
        assert_false(undated); /* dated events come first */
        assert_true(strncmp(last, p, 10) <= 0);
        memcpy(last, p, 10);
    }
    assert_int_equal(lines, a->event_count);
}

/* Bytes that are not UTF-8 and control characters still give JSON. */
static void test_json_from_bad_bytes(void **state)
{
    fixture *f = *state;
    static const char bad[] = "Head\xff line \x01\x1b[31m\n"
                              "Ana Ferreira said \"caf\xc3 \xe2\x80\xae ok\" "
                              "in Lisbon on Monday.\n";
    afs_extract_options o = {.source_name = "bad\xfe.txt"};
    afs_article *a = afs_extract(bad, sizeof bad - 1, &o);
    size_t len;
    char *doc = afs_render_article_json(f->arena, a, &len);
    json_t *j = parse(doc, len);
    assert_non_null(str_of(j, "source"));
    json_decref(j);
    afs_article_free(a);
}

/* A merged entity's JSON names each article it is in, with what it said
 * and did there. */
static void test_merged_json(void **state)
{
    (void)state;
    afs_extract_options o = {.date = "2026-03-09"};
    afs_article *articles[] = {afs_extract(story, sizeof story - 1, &o),
                               afs_extract(story, sizeof story - 1, &o)};
    const char *const ids[] = {"one", "two"};
    afs_corpus *c = afs_corpus_new(articles, ids, 2);
    afs_arena *arena = afs_arena_new();
    assert_true(c->merged_count > 0);
    for (size_t i = 0; i < c->merged_count; i++) {
        const afs_merged *m = &c->merged[i];
        size_t len;
        char *doc = afs_render_merged_json(arena, c, m, &len);
        json_t *j = parse(doc, len);
        assert_string_equal(str_of(j, "id"), m->id);
        assert_string_equal(str_of(j, "name"), m->name);
        json_t *in = json_object_get(j, "articles");
        assert_int_equal(json_array_size(in), m->member_count);
        for (size_t k = 0; k < m->member_count; k++) {
            const afs_member *mem = &m->members[k];
            json_t *o = json_array_get(in, k);
            assert_string_equal(str_of(o, "article"), c->ids[mem->article]);
            assert_string_equal(str_of(o, "id"), mem->entity->id);
            const afs_entity_links *l =
                afs_entity_links_of(c->articles[mem->article], mem->entity);
            json_t *quotes = json_object_get(o, "quotes");
            assert_int_equal(json_array_size(quotes), l->quote_count);
            for (size_t q = 0; q < l->quote_count; q++)
                assert_string_equal(
                    json_string_value(json_array_get(quotes, q)),
                    l->quotes[q]->id);
            assert_int_equal(json_array_size(json_object_get(o, "events")),
                             l->event_count);
        }
        json_decref(j);
        char *card = afs_render_merged_card(arena, c, m, &len);
        assert_non_null(strstr(
            card, afs_arena_printf(arena, "Articles: %zu\n", m->member_count)));
    }
    afs_arena_free(arena);
    afs_corpus_free(c);
}

/* One document by the JSON writer and by jansson, compact and indented:
 * keys short and long, strings plain and escaped, shorter and longer
 * than a step of eight, with bytes above ASCII. */
static void test_json_writer_writes_what_jansson_does(void **state)
{
    (void)state;
    static const char *const strings[] = {
        "",
        "plain",
        "exactly8",
        "a string longer than sixteen bytes, all plain",
        "quote \" and back\\slash",
        "tab\there\nnew line\r\b\f",
        "\x01\x1f control",
        "Z\xC3\xBCrich \xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x80\x94 dash",
        "0123456789abcdef0123456789abcdef\"",
        "\x7f delete, /slash/",
    };
    static const char *const keys[] = {"k", "sixteen-byte-key",
                                       "a key longer than sixteen bytes",
                                       "\xC3\xBCmlaut", "n"};
    size_t n_strings = sizeof strings / sizeof *strings;
    for (int pretty = 0; pretty <= 1; pretty++) {
        jw w;
        jw_init(&w, pretty, NULL, NULL);
        json_t *o = json_object();
        jw_object_begin(&w);
        for (size_t k = 0; k + 1 < sizeof keys / sizeof *keys; k++) {
            jw_key(&w, keys[k]);
            jw_array_begin(&w);
            json_t *a = json_array();
            for (size_t i = 0; i < n_strings; i++) {
                jw_string(&w, strings[(i + k) % n_strings]);
                json_array_append_new(
                    a, json_string(strings[(i + k) % n_strings]));
            }
            static const long long numbers[] = {
                0,   7,      -7,     10,        99,       100,
                101, -12345, 999999, LLONG_MAX, LLONG_MIN};
            for (size_t i = 0; i < sizeof numbers / sizeof *numbers; i++) {
                jw_int(&w, numbers[i]);
                json_array_append_new(a, json_integer(numbers[i]));
            }
            /* both sides of every change in the count of digits */
            for (long long p = 10; p > 0 && p <= LLONG_MAX / 10; p *= 10) {
                for (long long v = p - 1; v <= p; v++) {
                    jw_int(&w, v);
                    json_array_append_new(a, json_integer(v));
                }
            }
            jw_null(&w);
            json_array_append_new(a, json_null());
            jw_array_end(&w);
            json_object_set_new(o, keys[k], a);
        }
        jw_key(&w, "n");
        jw_object_begin(&w);
        jw_object_end(&w);
        json_object_set_new(o, "n", json_object());
        jw_object_end(&w);
        size_t len;
        char *ours = jw_take(&w, &len);
        char *theirs = json_dumps(
            o, JSON_PRESERVE_ORDER | (pretty ? JSON_INDENT(2) : JSON_COMPACT));
        assert_non_null(theirs);
        assert_int_equal(len, strlen(theirs) + 1);
        assert_memory_equal(ours, theirs, len - 1);
        assert_int_equal(ours[len - 1], '\n');
        free(ours);
        free(theirs);
        json_decref(o);
    }
}

/* The writer's output and jansson's for the same value, compact and
 * indented. */
static void assert_writes_as_jansson(void (*write)(jw *w, json_t *o))
{
    for (int pretty = 0; pretty <= 1; pretty++) {
        jw w;
        jw_init(&w, pretty, NULL, NULL);
        json_t *o = json_array();
        write(&w, o);
        size_t len;
        char *ours = jw_take(&w, &len);
        char *theirs = json_dumps(
            o, JSON_PRESERVE_ORDER | (pretty ? JSON_INDENT(2) : JSON_COMPACT));
        assert_non_null(theirs);
        assert_int_equal(len, strlen(theirs) + 1);
        assert_memory_equal(ours, theirs, len - 1);
        free(ours);
        free(theirs);
        json_decref(o);
    }
}

/* Strings of every length up to past two steps of sixteen, plain or
 * with one byte to escape (or not ASCII) at each place: a short string is
 * tested where it was copied, a long one sixteen bytes at a time. */
static void write_strings_of_every_length(jw *w, json_t *o)
{
    static const char odd[] = {'"', '\\', '\x01', '\x7f', (char)0xC3};
    char s[48];
    jw_array_begin(w);
    for (size_t len = 0; len <= 40; len++)
        for (size_t at = 0; at <= len; at++)
            for (size_t k = 0; k < sizeof odd; k++) {
                memset(s, 'a' + (char)(len % 26), len);
                s[len] = '\0';
                if (at < len && odd[k] == (char)0xC3 && at + 1 < len) {
                    s[at] = (char)0xC3; /* a whole UTF-8 character */
                    s[at + 1] = (char)0xBC;
                } else if (at < len && odd[k] != (char)0xC3) {
                    s[at] = odd[k];
                }
                jw_string(w, s);
                json_array_append_new(o, json_string(s));
            }
    jw_array_end(w);
}

static void test_json_writer_strings_of_every_length(void **state)
{
    (void)state;
    assert_writes_as_jansson(write_strings_of_every_length);
}

/* Arrays of spans, none, one and several, with offsets of every count of
 * digits, as objects of two keys each would be written. */
static void write_span_arrays(jw *w, json_t *o)
{
    static const afs_span spans[] = {
        {0, 9}, {10, 99}, {100, 12345}, {99999, 100000}, {1234567, 987654321}};
    jw_array_begin(w);
    for (size_t n = 0; n <= sizeof spans / sizeof *spans; n++) {
        jw_span_array(w, "start", "end", spans, n);
        json_t *a = json_array();
        for (size_t i = 0; i < n; i++)
            json_array_append_new(
                a, json_pack("{sIsI}", "start", (json_int_t)spans[i].start,
                             "end", (json_int_t)spans[i].end));
        json_array_append_new(o, a);
    }
    jw_array_end(w);
}

static void test_json_writer_span_arrays(void **state)
{
    (void)state;
    assert_writes_as_jansson(write_span_arrays);
}

/* A string that is not UTF-8 goes out cleaned, as jansson could not. */
static void test_json_writer_cleans_invalid_utf8(void **state)
{
    (void)state;
    jw w;
    jw_init(&w, false, NULL, NULL);
    jw_string(&w, "bad \xff byte and a long tail after it");
    size_t len;
    char *out = jw_take(&w, &len);
    assert_string_equal(out, "\"bad ? byte and a long tail after it\"\n");
    free(out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_json_writer_writes_what_jansson_does),
        cmocka_unit_test(test_json_writer_cleans_invalid_utf8),
        cmocka_unit_test(test_json_writer_strings_of_every_length),
        cmocka_unit_test(test_json_writer_span_arrays),
        cmocka_unit_test_setup_teardown(test_article_json_is_the_model, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_entity_json_and_card, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_quote_and_event_cards, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_summary_and_timeline, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_json_from_bad_bytes, setup,
                                        teardown),
        cmocka_unit_test(test_merged_json),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
