/* Names the extractor used to take for organizations, each rule on a
 * short article written for it: acronyms an article spells out in
 * lower-case words (terms, no bodies) and the field of an office held
 * "for" or "at" a company (the company is the body). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <string.h>

#include "articlefs/extract.h"
#include "entity_checks.h"

static void test_spelled_out_term_is_no_body(void **state)
{
    (void)state;
    afs_article *a =
        load("Builders cut energy bills\n"
             "Makers of heating, ventilation and air conditioning (HVAC) "
             "systems say the savings are large. Sales of HVAC units rose "
             "this year.\n"
             "Lenders watch earnings before interest, taxes, depreciation "
             "and amortization (EBITDA) closely, and EBITDA fell.\n"
             "Clinics offer a vaccine against human papillomavirus (HPV), "
             "and HPV cases dropped.\n"
             "Startups say ZT (zero trust) will change security.\n");
    assert_false(any_named(a, "HVAC"));
    assert_false(any_named(a, "EBITDA"));
    assert_false(any_named(a, "HPV"));
    assert_false(any_named(a, "ZT"));
    afs_article_free(a);
}

static void test_acronym_of_a_thing_and_a_body_alone(void **state)
{
    (void)state;
    afs_article *a = load("Chip makers ride the boom\n"
                          "Startups say AI tools will spread to offices. "
                          "Margins held, and EBITDA rose after the IPO.\n");
    assert_false(any_named(a, "AI"));
    assert_false(any_named(a, "EBITDA"));
    assert_false(any_named(a, "IPO"));
    afs_article_free(a);
}

static void test_acronym_listed_with_a_thing_is_a_term(void **state)
{
    (void)state;
    afs_article *a =
        load("A dashboard for every car\n"
             "The lower screen is focused on HVAC and seat heating. Velkor, "
             "a supplier focused on hospital QCT and mobile alarm tools, "
             "joined. Fans watch football or ZBL basketball on the app, and "
             "ZBL said its games sell.\n");
    assert_false(any_named(a, "HVAC"));
    assert_false(any_named(a, "QCT"));
    assert_non_null(find(a, AFS_ORGANIZATION, "ZBL"));
    afs_article_free(a);
}

static void test_capitalised_expansion_stays_a_body(void **state)
{
    (void)state;
    afs_article *a = load("Regulators warn of fraud\n"
                          "The Federal Trading Oversight Board (FTOB) warned "
                          "buyers on Monday. The FTOB said scams grew.\n"
                          "Analysts at KRV said the warning came late.\n");
    const afs_entity *e =
        find(a, AFS_ORGANIZATION, "Federal Trading Oversight Board");
    assert_non_null(e);
    assert_true(has_alias(e, "FTOB"));
    assert_non_null(find(a, AFS_ORGANIZATION, "KRV"));
    afs_article_free(a);
}

static void test_office_field_before_employer_is_no_body(void **state)
{
    (void)state;
    afs_article *a = load(
        "Hospitals buy new alarms\n"
        "\"We see demand,\" said Mara Quill, Head of Platform Solutions for "
        "Zentrova. Tom Brack, Senior Vice President of Sales for Kellanor, "
        "agreed. Ana Ruiz, Director of Marketing at Voltrane, said prices "
        "fall. Luis Peral, General Manager of Care Systems Europe at "
        "Brandwell, was not asked.\n");
    assert_non_null(find(a, AFS_ORGANIZATION, "Zentrova"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Kellanor"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Voltrane"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Brandwell"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Care Systems Europe"));
    assert_false(any_named(a, "Sales for Kellanor"));
    assert_false(any_named(a, "Head of Platform Solutions for Zentrova"));
    assert_false(any_named(a, "Platform Solutions"));
    assert_false(any_named(a, "Sales"));
    assert_false(any_named(a, "Marketing"));
    afs_article_free(a);
}

static void test_office_of_a_body_stays_whole(void **state)
{
    (void)state;
    afs_article *a =
        load("Board shake-up\n"
             "Head of State Tom Brack met the Head of the Office for Civil "
             "Rights, Ana Ruiz. Director of Research at the Kellan Institute "
             "Luis Peral spoke.\n");
    assert_non_null(find(a, AFS_ORGANIZATION, "Office for Civil Rights"));
    assert_non_null(find(a, AFS_ORGANIZATION, "Kellan Institute"));
    assert_false(any_named(a, "Research"));
    assert_false(any_named(a, "State Tom Brack"));
    assert_non_null(find(a, AFS_PERSON, "Tom Brack"));
    afs_article_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_spelled_out_term_is_no_body),
        cmocka_unit_test(test_acronym_of_a_thing_and_a_body_alone),
        cmocka_unit_test(test_acronym_listed_with_a_thing_is_a_term),
        cmocka_unit_test(test_capitalised_expansion_stays_a_body),
        cmocka_unit_test(test_office_field_before_employer_is_no_body),
        cmocka_unit_test(test_office_of_a_body_stays_whole),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
