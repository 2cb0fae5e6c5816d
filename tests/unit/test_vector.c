/* The one growable array: malloc'ed or in an arena, its elements kept in
 * order and zeroed when pushed, whatever the growth. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "articlefs/vector.h"

typedef struct pair {
    int key;
    double value;
} pair;

typedef AFS_VEC(pair) pair_vec;

static void fill_and_check(pair_vec *v, int count)
{
    for (int i = 0; i < count; i++) {
        pair *p = afs_vec_push(v);
        assert_int_equal(p->key, 0);
        assert_true(p->value == 0.0);
        p->key = i;
        p->value = i / 2.0;
    }
    assert_int_equal(v->n, count);
    assert_true(v->cap >= v->n);
    for (int i = 0; i < count; i++)
        assert_int_equal(v->v[i].key, i);
}

static void test_malloced_vector_grows(void **state)
{
    (void)state;
    pair_vec v = {0};
    fill_and_check(&v, 10000);
    afs_vec_free(&v);
    assert_null(v.v);
    assert_int_equal(v.n, 0);
}

static void test_arena_vector_grows(void **state)
{
    (void)state;
    afs_arena *arena = afs_arena_new();
    pair_vec v = {.arena = arena};
    afs_vec_reserve(&v, 3);
    assert_true(v.cap >= 3);
    fill_and_check(&v, 5000);
    afs_vec_free(&v); /* the arena keeps it */
    afs_arena_free(arena);
}

static void test_reserve_makes_room_once(void **state)
{
    (void)state;
    AFS_VEC(char) text = {0};
    afs_vec_reserve(&text, 100000);
    char *before = text.v;
    for (int i = 0; i < 100000; i++)
        *afs_vec_push(&text) = 'x';
    assert_ptr_equal(text.v, before);
    assert_int_equal(text.n, 100000);
    afs_vec_free(&text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_malloced_vector_grows),
        cmocka_unit_test(test_arena_vector_grows),
        cmocka_unit_test(test_reserve_makes_room_once),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
