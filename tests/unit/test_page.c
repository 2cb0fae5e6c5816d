/* Web pages as sources: format detection, gzip, character sets, finding
 * the article among the furniture, and the page's metadata. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include <cmocka.h>

#include "articlefs/page.h"

static char *slurp(const char *name, size_t *len)
{
    char path[512];
    snprintf(path, sizeof path, "%s/pages/%s", AFS_TEST_DATA, name);
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *data = malloc((size_t)n + 1);
    assert_non_null(data);
    assert_int_equal(fread(data, 1, (size_t)n, f), (size_t)n);
    fclose(f);
    data[n] = '\0';
    *len = (size_t)n;
    return data;
}

static void read_page(const char *name, afs_page *page)
{
    size_t len;
    char *html = slurp(name, &len);
    char err[200];
    assert_int_equal(afs_page_read(html, len, page, err, sizeof err), 0);
    free(html);
}

static void formats_by_name_and_content(void **state)
{
    (void)state;
    assert_int_equal(afs_format_detect("a.html", "plain", 5), AFS_FORMAT_HTML);
    assert_int_equal(afs_format_detect("a.HTM.gz", "x", 1), AFS_FORMAT_HTML);
    assert_int_equal(afs_format_detect("a.xhtml", "x", 1), AFS_FORMAT_HTML);
    const char *page = "\xEF\xBB\xBF  <!-- saved -->\n<!DOCTYPE html><p>x";
    assert_int_equal(afs_format_detect("a.txt", page, strlen(page)),
                     AFS_FORMAT_HTML);
    const char *text = "Headline\n<b>not a page</b> but a story.";
    assert_int_equal(afs_format_detect("a.txt", text, strlen(text)),
                     AFS_FORMAT_TEXT);
    assert_true(afs_format_known_name("story.html.gz"));
    assert_true(afs_format_known_name("story.txt.gz"));
    assert_false(afs_format_known_name("story.pdf"));
    assert_false(afs_format_known_name("story.gz"));
}

static void gzip_round_trip_and_damage(void **state)
{
    (void)state;
    const char *plain = "<html><body><p>Hello from a compressed page.</p>";
    unsigned char packed[256];
    z_stream z = {0};
    assert_int_equal(
        deflateInit2(&z, 9, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY), Z_OK);
    z.next_in = (Bytef *)plain;
    z.avail_in = (uInt)strlen(plain);
    z.next_out = packed;
    z.avail_out = sizeof packed;
    assert_int_equal(deflate(&z, Z_FINISH), Z_STREAM_END);
    size_t packed_len = sizeof packed - z.avail_out;
    deflateEnd(&z);
    assert_true(afs_format_is_gzip((char *)packed, packed_len));

    char err[200];
    size_t len;
    char *out =
        afs_gunzip((char *)packed, packed_len, 0, &len, err, sizeof err);
    assert_non_null(out);
    assert_int_equal(len, strlen(plain));
    assert_string_equal(out, plain);
    free(out);
    /* over the limit, and cut short */
    assert_null(
        afs_gunzip((char *)packed, packed_len, 10, &len, err, sizeof err));
    assert_non_null(strstr(err, "max_size"));
    assert_null(
        afs_gunzip((char *)packed, packed_len / 2, 0, &len, err, sizeof err));
    assert_non_null(strstr(err, "gzip"));
}

static void article_found_among_furniture(void **state)
{
    (void)state;
    afs_page page;
    read_page("furniture.html", &page);
    assert_string_equal(page.title,
                        "Harbor town votes to rebuild its sea wall");
    /* the headline first, then the story */
    assert_memory_equal(page.text, page.title, strlen(page.title));
    assert_non_null(strstr(page.text, "\nPORT ALDER — The town council"));
    assert_non_null(strstr(page.text, "said Mayor Elena Brooks"));
    assert_non_null(strstr(page.text, "\nWhat the plan includes\n"));
    assert_non_null(strstr(page.text, "\nPumps to drain the low streets"));
    assert_non_null(strstr(page.text, "temporary pier.\n"));
    /* the story in order */
    assert_true(strstr(page.text, "PORT ALDER") <
                strstr(page.text, "Councilor Frank Ostrowski"));
    static const char *const furniture[] = {
        "cookies",       "Sports",         "Share on", "Photo: Lee Marsh",
        "Advertisement", "Ferry schedule", "basement", "Most read",
        "All rights",    "Subscribe",      "By Dana",  NULL};
    for (const char *const *f = furniture; *f; f++)
        if (strstr(page.text, *f))
            fail_msg("furniture in the article: %s", *f);
    assert_string_equal(page.date, "2024-03-14");
    assert_string_equal(page.site, "The Coastal Ledger");
    assert_string_equal(page.url,
                        "https://ledger.example.com/2024/03/14/sea-wall-vote");
    assert_int_equal(page.author_count, 1);
    assert_string_equal(page.authors[0], "Dana Whitfield");
    afs_page_free(&page);
}

static void metadata_from_json_ld_only(void **state)
{
    (void)state;
    afs_page page;
    read_page("jsonld.html", &page);
    assert_string_equal(page.title,
                        "Orchard growers report a record cherry harvest");
    assert_string_equal(page.date, "2023-07-02");
    assert_string_equal(page.site, "Valley Courier");
    assert_string_equal(page.url,
                        "https://courier.example.org/news/cherry-harvest");
    assert_int_equal(page.author_count, 2);
    assert_string_equal(page.authors[1], "Ola Berg");
    assert_non_null(strstr(page.text, "\nCherry growers in the upper valley"));
    assert_non_null(strstr(page.text, "pay pickers.\n"));
    afs_page_free(&page);
}

static void windows_1252_becomes_utf8(void **state)
{
    (void)state;
    afs_page page;
    read_page("cp1252.html", &page);
    assert_string_equal(page.title,
                        "Caf\xC3\xA9 owners welcome the new market");
    assert_non_null(strstr(page.text, "Jos\xC3\xA9 Pe\xC3\xB1"
                                      "a"));
    assert_non_null(strstr(page.text, "\xE2\x80\x9Cwith pleasure\xE2\x80\x9D"));
    assert_non_null(strstr(page.text, "5 \xE2\x82\xAC a day"));
    /* an entity decodes the same */
    assert_non_null(strstr(page.text, "\xC3\xA9t\xC3\xA9 or winter"));
    afs_page_free(&page);
}

static void page_without_article(void **state)
{
    (void)state;
    afs_page page;
    read_page("noarticle.html", &page);
    assert_non_null(page.title);
    /* the headline line, and no furniture as a story */
    assert_null(strstr(page.text, "Password"));
    assert_null(strstr(page.text, "Privacy"));
    assert_null(page.date);
    afs_page_free(&page);
}

static void unclosed_tags_still_read(void **state)
{
    (void)state;
    afs_page page;
    read_page("unclosed.html", &page);
    assert_non_null(strstr(page.text, "\nThe ferry between the two islands"));
    assert_non_null(strstr(page.text, "\nPassengers had complained"));
    assert_non_null(strstr(page.text, "free of charge on every crossing"));
    afs_page_free(&page);
}

static void binary_is_refused(void **state)
{
    (void)state;
    char junk[4096];
    for (size_t i = 0; i < sizeof junk; i++)
        junk[i] = (char)(i * 7919 % 251);
    afs_page page;
    char err[200];
    assert_int_equal(afs_page_read(junk, sizeof junk, &page, err, sizeof err),
                     -1);
    assert_non_null(strstr(err, "binary"));
}

static void deep_nesting_is_survived(void **state)
{
    (void)state;
    size_t depth = 10000;
    const char *p = "<p>A sentence at the bottom of the nesting.</p>";
    char *html = malloc(depth * 11 + strlen(p) + 64);
    assert_non_null(html);
    size_t n = (size_t)sprintf(html, "<html><body>");
    for (size_t i = 0; i < depth; i++)
        n += (size_t)sprintf(html + n, "<div>");
    n += (size_t)sprintf(html + n, "%s", p);
    for (size_t i = 0; i < depth; i++)
        n += (size_t)sprintf(html + n, "</div>");
    afs_page page;
    char err[200];
    assert_int_equal(afs_page_read(html, n, &page, err, sizeof err), 0);
    assert_non_null(page.text);
    afs_page_free(&page);
    free(html);
}

static void dates_in_many_forms(void **state)
{
    (void)state;
    /* through meta tags, the way a page gives them */
    static const struct {
        const char *content, *want;
    } cases[] = {
        {"2019-11-19T10:00:00Z", "2019-11-19"},
        {"Nov. 19, 2019", "2019-11-19"},
        {"19 November 2019 08:00", "2019-11-19"},
        {"2019/11/19", "2019-11-19"},
        {"20191119", "2019-11-19"},
        {"2019-02-30", NULL},
        {"yesterday", NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char html[512];
        snprintf(html, sizeof html,
                 "<html><head><meta property=\"article:published_time\" "
                 "content=\"%s\"></head><body><p>x</p></body></html>",
                 cases[i].content);
        afs_page page;
        char err[200];
        assert_int_equal(
            afs_page_read(html, strlen(html), &page, err, sizeof err), 0);
        if (cases[i].want)
            assert_string_equal(page.date, cases[i].want);
        else
            assert_null(page.date);
        afs_page_free(&page);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(formats_by_name_and_content),
        cmocka_unit_test(gzip_round_trip_and_damage),
        cmocka_unit_test(article_found_among_furniture),
        cmocka_unit_test(metadata_from_json_ld_only),
        cmocka_unit_test(windows_1252_becomes_utf8),
        cmocka_unit_test(page_without_article),
        cmocka_unit_test(unclosed_tags_still_read),
        cmocka_unit_test(binary_is_refused),
        cmocka_unit_test(deep_nesting_is_survived),
        cmocka_unit_test(dates_in_many_forms),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
