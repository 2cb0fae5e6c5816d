/* The language of an article (issue 15): English is read with the
 * English rules; another language gets its code in article.json and
 * only the names a lexicon or a given name vouches for. Each article
 * here is written for the test. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <string.h>

#include "articlefs/arena.h"
#include "articlefs/extract.h"
#include "articlefs/render.h"

static afs_article *load(const char *text)
{
    return afs_extract(text, strlen(text), NULL);
}

static size_t count_kind(const afs_article *a, enum afs_kind kind)
{
    size_t n;
    afs_article_kind(a, kind, &n);
    return n;
}

static bool has_named(const afs_article *a, enum afs_kind kind,
                      const char *name)
{
    size_t n;
    const afs_entity *e = afs_article_kind(a, kind, &n);
    for (size_t i = 0; i < n; i++)
        if (strcmp(e[i].name, name) == 0)
            return true;
    return false;
}

static const char english[] =
    "City council approves new budget for schools\n\n"
    "The city council voted on Tuesday to raise spending on public schools "
    "by four percent, after months of debate over the cost of repairs to "
    "old buildings and the pay of teachers.\n\n"
    "\"This is a good day for our children,\" said Maria Lopez, who chairs "
    "the education committee. She said the plan would be paid for by a "
    "small rise in the property tax.\n\n"
    "Opponents said the council should have waited for a report from the "
    "state auditor before it voted.\n";

static const char french[] =
    "Le conseil municipal adopte un nouveau budget pour les \xC3\xA9"
    "coles\n\n"
    "Le conseil municipal a vot\xC3\xA9 mardi une hausse des d\xC3\xA9penses "
    "pour les \xC3\xA9"
    "coles publiques, apr\xC3\xA8s des mois de d\xC3\xA9"
    "bat "
    "sur le co\xC3\xBBt des travaux dans les vieux b\xC3\xA2timents et sur "
    "le salaire des enseignants.\n\n"
    "\xC2\xAB C'est une bonne journ\xC3\xA9"
    "e pour nos enfants \xC2\xBB, a "
    "d\xC3\xA9"
    "clar\xC3\xA9 Marie Lefebvre, qui pr\xC3\xA9side la "
    "commission de l'\xC3\xA9"
    "ducation. Selon elle, le plan sera financ\xC3\xA9 "
    "par une petite hausse de la taxe fonci\xC3\xA8re.\n\n"
    "Les Opposants Municipaux ont jug\xC3\xA9 que le conseil aurait d\xC3\xBB "
    "attendre le rapport de la Cour des Comptes. La Mairie de Lyon et "
    "la Ville de Paris suivront le dossier.\n";

static const char spanish[] =
    "El Ayuntamiento aprueba un nuevo presupuesto para las escuelas\n\n"
    "El Ayuntamiento vot\xC3\xB3 el martes un aumento del gasto en las "
    "escuelas p\xC3\xBA"
    "blicas, despu\xC3\xA9s de meses de debate sobre el "
    "costo de las obras en los edificios antiguos y el salario de los "
    "maestros.\n\n"
    "\"Es un buen d\xC3\xAD"
    "a para nuestros hijos\", dijo la concejala "
    "Carmen Ruiz, que preside la comisi\xC3\xB3n de educaci\xC3\xB3n. Los "
    "Vecinos Unidos pidieron que el plan se pague con una subida del "
    "impuesto.\n\n"
    "La Oposici\xC3\xB3n Municipal dijo que el Ayuntamiento debi\xC3\xB3 "
    "esperar el informe del Tribunal de Cuentas en Madrid.\n";

/* An English story quoting a French speaker at length: the quote is a
 * small part of the article and must not make it French. */
static const char mixed[] =
    "French minister defends pension plan\n\n"
    "PARIS - The French labour minister defended the government's pension "
    "plan on Monday, as unions called for another day of strikes across "
    "the country next week.\n\n"
    "\"Nous ne reculerons pas, parce que la r\xC3\xA9"
    "forme est juste et "
    "n\xC3\xA9"
    "cessaire pour les jeunes\", Olivier Martin told reporters "
    "in Paris, which means the government will not back down.\n\n"
    "Union leaders said the plan would make people work two more years "
    "before they could retire, and that the minister had not listened to "
    "the millions who marched against it.\n";

static void test_english_is_told(void **state)
{
    (void)state;
    afs_article *a = load(english);
    assert_non_null(a->language);
    assert_string_equal(a->language, "en");
    assert_true(has_named(a, AFS_PERSON, "Maria Lopez"));
    assert_int_equal(a->quote_count, 1);
    assert_non_null(a->quotes[0].speaker);
    afs_article_free(a);
}

static void test_french_names_only_what_is_known(void **state)
{
    (void)state;
    afs_article *a = load(french);
    assert_string_equal(a->language, "fr");
    /* "Les Opposants Municipaux", "La Mairie de Lyon": capitals of
     * French, no organization the English rules may guess */
    assert_int_equal(count_kind(a, AFS_ORGANIZATION), 0);
    assert_false(has_named(a, AFS_PERSON, "Les Opposants Municipaux"));
    assert_true(has_named(a, AFS_PERSON, "Marie Lefebvre"));
    /* the guillemets still hold a quotation; who said it, only French
     * verbs tell */
    assert_int_equal(a->quote_count, 1);
    assert_null(a->quotes[0].speaker);
    assert_int_equal(a->event_count, 0);
    afs_article_free(a);
}

static void test_spanish_keeps_lexicon_places(void **state)
{
    (void)state;
    afs_article *a = load(spanish);
    assert_string_equal(a->language, "es");
    assert_true(has_named(a, AFS_PLACE, "Madrid"));
    assert_int_equal(count_kind(a, AFS_ORGANIZATION), 0);
    assert_true(has_named(a, AFS_PERSON, "Carmen Ruiz"));
    assert_false(has_named(a, AFS_PLACE, "La"));
    assert_int_equal(a->event_count, 0);
    afs_article_free(a);
}

/* Runs the English rules join: a sentence's first word before a given
 * name, the language's words before a known place; a place inside a
 * body's name stays part of it. */
static void test_foreign_runs_narrowed(void **state)
{
    (void)state;
    static const char text[] =
        "Les enseignants manifestent dans plusieurs villes\n\n"
        "Selon Paul Girard, les enseignants de la r\xC3\xA9gion ont "
        "manifest\xC3\xA9 mardi dans le centre de la ville. Le cort\xC3\xA8ge "
        "est parti de la gare et a rejoint la place de la mairie, o\xC3\xB9 "
        "les syndicats ont pris la parole devant la foule.\n\n"
        "En Lyon et \xC3\xA0 Bordeaux, les m\xC3\xAAmes revendications "
        "ont \xC3\xA9t\xC3\xA9 entendues. La F\xC3\xA9"
        "d\xC3\xA9ration "
        "Scolaire de France a demand\xC3\xA9 une rencontre avec le "
        "ministre.\n";
    afs_article *a = load(text);
    assert_string_equal(a->language, "fr");
    assert_true(has_named(a, AFS_PERSON, "Paul Girard"));
    assert_true(has_named(a, AFS_PLACE, "Lyon"));
    assert_false(has_named(a, AFS_PLACE, "France"));
    assert_int_equal(count_kind(a, AFS_ORGANIZATION), 0);
    afs_article_free(a);
}

static void test_foreign_quote_keeps_english(void **state)
{
    (void)state;
    afs_article *a = load(mixed);
    assert_string_equal(a->language, "en");
    assert_true(has_named(a, AFS_PERSON, "Olivier Martin"));
    assert_int_equal(a->quote_count, 1);
    assert_non_null(a->quotes[0].speaker);
    assert_string_equal(a->quotes[0].speaker->name, "Olivier Martin");
    afs_article_free(a);
}

static void test_japanese_by_script(void **state)
{
    (void)state;
    /* "Today the weather is good. Tomorrow it will rain." and the like,
     * kana and kanji without spaces */
    static const char japanese[] =
        "\xE4\xBB\x8A\xE6\x97\xA5\xE3\x81\xAF\xE5\xA4\xA9\xE6\xB0\x97\xE3"
        "\x81\x8C\xE8\x89\xAF\xE3\x81\x84\xE3\x81\xA7\xE3\x81\x99\xE3\x80"
        "\x82\xE6\x98\x8E\xE6\x97\xA5\xE3\x81\xAF\xE9\x9B\xA8\xE3\x81\x8C"
        "\xE9\x99\x8D\xE3\x82\x8B\xE3\x81\xA7\xE3\x81\x97\xE3\x82\x87\xE3"
        "\x81\x86\xE3\x80\x82\xE7\xA7\x81\xE3\x81\xAF\xE6\x9C\xAC\xE3\x82"
        "\x92\xE8\xAA\xAD\xE3\x82\x93\xE3\x81\xA7\xE3\x81\x84\xE3\x81\xBE"
        "\xE3\x81\x99\xE3\x80\x82 Kindle \xE3\x81\xA8 Apple \xE3\x81\xAE"
        "\xE8\xA9\xB1\xE3\x81\xA7\xE3\x81\x99\xE3\x80\x82\n";
    afs_article *a = load(japanese);
    assert_string_equal(a->language, "ja");
    assert_int_equal(count_kind(a, AFS_ORGANIZATION), 0);
    afs_article_free(a);
}

static void test_too_short_to_tell(void **state)
{
    (void)state;
    afs_article *a = load("Trump met Abe in Tokyo.\n");
    assert_null(a->language);
    assert_true(has_named(a, AFS_PLACE, "Tokyo"));
    afs_article_free(a);
}

static void test_language_in_json(void **state)
{
    (void)state;
    afs_article *a = load(french);
    afs_arena *arena = afs_arena_new();
    size_t len;
    const char *json = afs_render_article_json(arena, a, &len);
    assert_non_null(strstr(json, "\"language\": \"fr\""));
    afs_arena_free(arena);
    afs_article_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_english_is_told),
        cmocka_unit_test(test_french_names_only_what_is_known),
        cmocka_unit_test(test_spanish_keeps_lexicon_places),
        cmocka_unit_test(test_foreign_runs_narrowed),
        cmocka_unit_test(test_foreign_quote_keeps_english),
        cmocka_unit_test(test_japanese_by_script),
        cmocka_unit_test(test_too_short_to_tell),
        cmocka_unit_test(test_language_in_json),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
