/* words.h - word-class tests over tokens that several passes share. */
#ifndef ARTICLEFS_EXTRACT_WORDS_H
#define ARTICLEFS_EXTRACT_WORDS_H

#include <stdbool.h>
#include <stddef.h>

#include "articlefs/model.h"
#include "articlefs/text.h"

/* The span [first, last) ends in an organization head word ("Ministry",
 * "News", "Party") or a place head word ("County", "Sea", "River"). */
bool ends_with_org_head(const afs_text *t, size_t first, size_t last);
bool ends_with_place_head(const afs_text *t, size_t first, size_t last);
/* A lower-case word that makes the name before it an organization:
 * "Trump administration", "Kenyan government", "foreign ministry". */
bool is_lower_org_head(const afs_text *t, size_t tok);
/* A lower-case place noun after a name: "Hoa Lo prison". */
bool is_lower_place_head(const afs_text *t, size_t tok);
/* "province", "region", "district": the word for a place's kind that
 * news writes after the place's name ("Zabul province"). */
bool is_region_kind_word(const afs_text *t, size_t tok);
/* he/him/his -> male, she/her -> female, they -> unknown; false if the
 * token is no personal pronoun. */
bool personal_pronoun(const afs_text *t, size_t tok, enum afs_gender *gender);
/* "Der Spiegel", "El Al": tokens [first, last) open on another
 * language's article, as a paper's or a firm's name does. */
bool opens_with_foreign_article(const afs_text *t, size_t first, size_t last);
size_t title_length(const afs_text *t, size_t i, size_t limit);
/* Tokens [i, i + n) lower-cased and joined by single spaces into buf
 * (NUL-terminated); their length, or 0 when they do not fit or one of
 * them is no word. */
size_t lower_join(const afs_text *t, size_t i, size_t n, char *buf, size_t cap);
/* "League", "Prize", "War", "Pro": the last word of a competition, award,
 * war, product line or other happening's or work's name, not of an
 * entity's. */
bool is_event_or_work_head(const afs_text *t, size_t i);
/* "season", "quarterback", "striker": the text reports a game, where a
 * name may be a team's ("the Vikings"). A scan of the text: ask it only
 * of a name that might be a team's. */
bool has_sports_words(const afs_text *t);
/* "developer", "chipmaker", "rival", in any case: a kind of body that
 * news puts before its name ("Chipmaker Nvoria said"). */
bool is_body_kind_noun(const afs_text *t, size_t i);
/* Token i exists and is a word in lower case, of any length. */
static inline bool is_lower_word_at(const afs_text *t, size_t i)
{
    return i < t->token_count && t->tokens[i].kind == AFS_TOK_WORD &&
           !(t->tokens[i].flags & AFS_TF_CAPITAL);
}
/* Token k is a count: digits only, three at most ("18", not "2K20" or a
 * year's "2019"). */
bool is_count_token(const afs_text *t, size_t k);
/* "Cocoa Beach 58, Titusville 51": a name ending before token last, a
 * count at last, a comma, another name of max_words words at most and its
 * count: a game's result or a line of players' counts. */
bool opens_result_pair(const afs_text *t, size_t last, size_t max_words);
/* The second side of such a pair: the name [first, last), its count at
 * last, and a count and a comma before first. */
bool closes_result_pair(const afs_text *t, size_t first, size_t last);
/* has_sports_words of the extraction's text, scanned once. */
struct extraction;
bool reports_a_game(struct extraction *x);

#endif
