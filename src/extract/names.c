/* Proper-name spans: runs of capitalised words, with the titles in front of
 * them cut off as roles, sentence-initial common words dropped, and each
 * span given a first guess of its class from the lexicons. */
#include <ctype.h>
#include <string.h>

#include "articlefs/lexicon.h"
#include "internal.h"
#include "words.h"

/* ---- headings ---------------------------------------------------------- */

static bool ends_like_prose(const afs_text *t, const afs_range *p)
{
    for (size_t i = p->last; i > p->first; i--) {
        const afs_token *k = &t->tokens[i - 1];
        if (k->kind == AFS_TOK_QUOTE || k->kind == AFS_TOK_PUNCT) {
            char c = t->clean[k->start];
            if (c == '.' || c == '?' || c == '!' || c == ':' || c == ';')
                return true;
            if (k->kind == AFS_TOK_QUOTE)
                continue;
            return false;
        }
        /* "Mr." or "U.S." at the end still ends a sentence. */
        return t->clean[k->end - 1] == '.';
    }
    return false;
}

/* "A: Rob Haley, Brent Lars, Drake": two commas or more make a line a
 * list of names, as an answer or a credit gives them, not a heading. */
static bool is_comma_list(const afs_text *t, const afs_range *p)
{
    size_t commas = 0;
    for (size_t i = p->first; i < p->last && commas < 2; i++)
        commas += t->tokens[i].kind == AFS_TOK_PUNCT &&
                  t->clean[t->tokens[i].start] == ',';
    return commas >= 2;
}

/* "[ Engadget ]", "(CNET)": a later line wholly in brackets credits the
 * source of the excerpt above it, as a name in the text does. */
static bool is_bracketed_credit(const afs_text *t, const afs_range *p)
{
    if (p->last < p->first + 3)
        return false;
    char open = t->clean[t->tokens[p->first].start];
    char close = t->clean[t->tokens[p->last - 1].start];
    return t->tokens[p->first].kind == AFS_TOK_PUNCT &&
           t->tokens[p->last - 1].kind == AFS_TOK_PUNCT &&
           is_bracket_pair(open, close);
}

/* "Q: Favorite trip?", "A: Trip to Holt World", "A: Dana Orr": an
 * interview's question or answer, labelled as transcripts label them, is
 * prose however short (an answer by a name alone replies to the question
 * before). */
static bool is_interview_line(const afs_text *t, const afs_range *p)
{
    return p->first + 2 < p->last && afs_tok_len(t, p->first) == 1 &&
           (afs_tok_is(t, p->first, "Q") || afs_tok_is(t, p->first, "A")) &&
           afs_tok_is(t, p->first + 1, ":");
}

/* A heading is a short paragraph without a full stop whose content words
 * are mostly capitalised ("Details of the Diplomatic Call"), or the first
 * line of an article with more lines after it; a later line listing
 * names, crediting a source or of an interview is none. */
static bool is_heading(const afs_text *t, size_t pi)
{
    const afs_range *p = &t->paragraphs[pi];
    if (ends_like_prose(t, p) ||
        (pi > 0 && (is_comma_list(t, p) || is_bracketed_credit(t, p) ||
                    is_interview_line(t, p))))
        return false;
    size_t words = 0, capital = 0;
    for (size_t i = p->first; i < p->last; i++) {
        if (t->tokens[i].kind != AFS_TOK_WORD || afs_tok_len(t, i) < 4)
            continue;
        words++;
        capital += (t->tokens[i].flags & AFS_TF_CAPITAL) != 0;
    }
    if (pi == 0 && t->paragraph_count > 1 && p->last - p->first <= 40)
        return true;
    return words > 0 && words <= 14 && capital * 4 >= words * 3;
}

void find_headings(extraction *x)
{
    const afs_text *t = x->text;
    x->heading_paragraph =
        afs_arena_array(x->arena, t->paragraph_count + 1, sizeof(bool));
    for (size_t p = 0; p < t->paragraph_count; p++)
        x->heading_paragraph[p] = is_heading(t, p);
    x->body_first = 0;
    if (t->paragraph_count > 1 && x->heading_paragraph[0])
        x->body_first = t->paragraphs[1].first;
}

/* ---- token predicates -------------------------------------------------- */

/* Arabic's article in lower case before a name (internal.h). */
bool is_article_prefixed_name(const afs_text *t, size_t i)
{
    const char *w = afs_tok_str(t, i);
    return afs_tok_len(t, i) > 4 && (w[0] == 'a' || w[0] == 'e') &&
           w[1] == 'l' && w[2] == '-' && w[3] >= 'A' && w[3] <= 'Z';
}

static bool is_cap_word(const afs_text *t, size_t i)
{
    if (i >= t->token_count)
        return false;
    const afs_token *k = &t->tokens[i];
    return k->kind == AFS_TOK_WORD && !(k->flags & AFS_TF_POSSESSIVE) &&
           ((k->flags & AFS_TF_CAPITAL) || is_article_prefixed_name(t, i));
}

static bool lex_token(const afs_text *t, size_t i, enum afs_lexicon lex)
{
    return afs_tok_in(t, i, lex);
}

/* The words and particles of is_connector, by their initial. */
static bool is_connector_word(const afs_text *t, size_t i)
{
    static const char *const a[] = {"al", NULL};
    static const char *const b[] = {"bin", "bint", NULL};
    static const char *const d[] = {"de",  "del", "da", "do", "dos",
                                    "der", "den", "du", "di", NULL};
    static const char *const f[] = {"for", NULL};
    static const char *const l[] = {"la", "le", NULL};
    static const char *const o[] = {"of", NULL};
    static const char *const t_[] = {"the", NULL};
    static const char *const v[] = {"van", "von", NULL};
    static const char *const y[] = {"y", NULL};
    static const char *const *const by_initial[26] = {
        ['a' - 'a'] = a,  ['b' - 'a'] = b, ['d' - 'a'] = d,
        ['f' - 'a'] = f,  ['l' - 'a'] = l, ['o' - 'a'] = o,
        ['t' - 'a'] = t_, ['v' - 'a'] = v, ['y' - 'a'] = y};
    const char *s = afs_tok_str(t, i);
    if (*s == '&')
        return afs_tok_len(t, i) == 1;
    if (*s < 'a' || *s > 'z')
        return false;
    const char *const *words = by_initial[*s - 'a'];
    return words && afs_tok_is_one_of(t, i, words);
}

/* A token that may sit inside a name when a capitalised word follows:
 * "University of Nairobi", "Office for the Western District", "PG & E". */
static bool is_connector(const afs_text *t, size_t i)
{
    if (i + 1 >= t->token_count ||
        t->tokens[i].paragraph != t->tokens[i + 1].paragraph)
        return false;
    if (afs_tok_len(t, i) > 5) /* longer than words and particles: most */
        return false;
    if (is_connector_word(t, i))
        return true;
    /* "Daniel arap Moi": a short lower-case particle no dictionary knows,
     * after a given name */
    /* (not a possessive: "India's Supreme Court" is India's court) */
    return i > 0 && t->tokens[i].kind == AFS_TOK_WORD &&
           !(t->tokens[i].flags & (AFS_TF_CAPITAL | AFS_TF_POSSESSIVE)) &&
           lex_token(t, i - 1, AFS_LEX_GIVEN_NAMES) && !is_common_word(t, i);
}

/* The tokens a connector at i joins to a name: 2 for "of Nairobi", 3 for
 * "for the Western", 0 when it joins none. */
static size_t connected_length(const afs_text *t, size_t i)
{
    /* is_connector's cheap tests first, inline: a connector is a word or
     * "&", of five bytes or fewer */
    if (i >= t->token_count || afs_tok_len(t, i) > 5 ||
        (t->tokens[i].kind != AFS_TOK_WORD && *afs_tok_str(t, i) != '&') ||
        !is_connector(t, i))
        return 0;
    if (is_cap_word(t, i + 1))
        return 2;
    /* "for the Western", "van de Zanschulp", "de la Cruz" */
    bool particles = !afs_tok_is(t, i, "of") && !afs_tok_is(t, i, "for") &&
                     !afs_tok_is(t, i, "&") && i + 1 < t->token_count &&
                     t->tokens[i + 1].kind == AFS_TOK_WORD &&
                     !(t->tokens[i + 1].flags & AFS_TF_CAPITAL) &&
                     is_connector(t, i + 1);
    return (afs_tok_is(t, i + 1, "the") || particles) && is_cap_word(t, i + 2)
               ? 3
               : 0;
}

/* "BUFFALO, N.Y. —": a city in capitals before a comma at the start of a
 * paragraph, whose name is also a word. */
static bool is_dateline_city(const afs_text *t, size_t i)
{
    size_t n = afs_tok_len(t, i);
    char buf[64];
    if (n >= sizeof buf || !(t->tokens[i].flags & AFS_TF_PARA_START) ||
        !afs_tok_is(t, i + 1, ","))
        return false;
    const char *s = afs_tok_str(t, i);
    for (size_t k = 0; k < n; k++)
        buf[k] = k ? (char)tolower((unsigned char)s[k]) : s[k];
    return afs_lex_has(AFS_LEX_CITIES, buf, n);
}

/* WordNet's bodies named by a common word ("Pentagon", "Treasury",
 * "State") carry the value "common": names only where written as one. */
/* The class of an organizations lexicon value "class" or
 * "class:Synonym" is cls. */
bool is_bracket_pair(char open, char close)
{
    return (open == '[' && close == ']') || (open == '(' && close == ')');
}

bool is_org_class(const char *value, const char *cls)
{
    size_t n = strlen(cls);
    return value && strncmp(value, cls, n) == 0 &&
           (value[n] == '\0' || value[n] == ':');
}

static bool is_common_word_body(const char *value)
{
    return is_org_class(value, "common");
}

/* The organizations lexicon holds the word as a name of its own. */
static bool is_body_name(const afs_text *t, size_t i)
{
    return lex_token(t, i, AFS_LEX_ORGANIZATIONS) &&
           !is_common_word_body(
               afs_span_value(t, i, i + 1, AFS_LEX_ORGANIZATIONS));
}

/* The lexicons know the word as a name of some kind. */
static bool is_known_name(const afs_text *t, size_t i)
{
    return lex_token(t, i, AFS_LEX_GIVEN_NAMES) ||
           lex_token(t, i, AFS_LEX_COUNTRIES) ||
           lex_token(t, i, AFS_LEX_PLACES) || is_body_name(t, i) ||
           lex_token(t, i, AFS_LEX_DEMONYMS) || is_dateline_city(t, i);
}

/* "—", "–", "-": a dateline's dash. */
static bool is_dash_token(const afs_text *t, size_t i)
{
    const char *w = afs_tok_str(t, i);
    size_t n = afs_tok_len(t, i);
    return (n == 1 && *w == '-') ||
           (n == 3 && (memcmp(w, "\xE2\x80\x94", 3) == 0 ||
                       memcmp(w, "\xE2\x80\x93", 3) == 0));
}

/* "PORTLAND, Ore. (": the bracket at open follows a dateline, the
 * paragraph opening in capitals a few words before. */
static bool opens_after_dateline(const afs_text *t, size_t open)
{
    size_t para = t->paragraphs[t->tokens[open].paragraph].first;
    return open > para && open <= para + 4 &&
           (t->tokens[para].flags & AFS_TF_ALL_CAPS) &&
           afs_tok_len(t, para) > 1;
}

bool credits_dateline_source(const afs_text *t, size_t first, size_t last)
{
    return first > 0 && last + 1 < t->token_count &&
           t->tokens[first - 1].kind == AFS_TOK_PUNCT &&
           t->tokens[last].kind == AFS_TOK_PUNCT &&
           is_bracket_pair(t->clean[t->tokens[first - 1].start],
                           t->clean[t->tokens[last].start]) &&
           is_dash_token(t, last + 1) && opens_after_dateline(t, first - 1);
}

/* The bracket closing a credit of the source whose name opens at i
 * ("[ Tom's Guide ]" on a line of its own, "... she wrote. (Inverse)"
 * closing a paragraph), or 0 when i opens none. A few capitalised words
 * and possessives only. */
static size_t credit_close(const afs_text *t, size_t i)
{
    if (i < 1 || t->tokens[i - 1].kind != AFS_TOK_PUNCT)
        return 0;
    char open = t->clean[t->tokens[i - 1].start];
    if (open != '[' && open != '(')
        return 0;
    /* after a sentence, not a link's label: "... work. (More)" */
    bool after_sentence =
        (t->tokens[i - 1].flags & AFS_TF_PARA_START) ||
        (i >= 2 &&
         (t->tokens[i - 2].kind == AFS_TOK_QUOTE ||
          (t->tokens[i - 2].kind == AFS_TOK_PUNCT &&
           strchr(".!?", t->clean[t->tokens[i - 2].start]))) &&
         !is_common_word(t, i));
    bool dateline = !after_sentence && opens_after_dateline(t, i - 1);
    for (size_t k = i;
         (after_sentence || dateline) && k < i + 6 && k < t->token_count; k++) {
        const afs_token *o = &t->tokens[k];
        if (o->kind == AFS_TOK_PUNCT && dateline)
            return is_bracket_pair(open, t->clean[o->start]) && k > i &&
                           k + 1 < t->token_count && is_dash_token(t, k + 1)
                       ? k
                       : 0;
        if (o->kind == AFS_TOK_PUNCT)
            return is_bracket_pair(open, t->clean[o->start]) && k > i &&
                           (k + 1 == t->token_count ||
                            t->tokens[k + 1].paragraph != o->paragraph)
                       ? k
                       : 0;
        if (o->kind != AFS_TOK_WORD ||
            !(o->flags & (AFS_TF_CAPITAL | AFS_TF_POSSESSIVE)))
            return 0;
    }
    return 0;
}

/* "Broncos vs. Raiders": a side of a game before "vs." is a name, though
 * it opens a sentence ("A: Broncos vs. Raiders"). */
static bool before_versus(const afs_text *t, size_t i)
{
    return i + 1 < t->token_count &&
           (afs_tok_is(t, i, "vs.") || afs_tok_is(t, i, "vs") ||
            afs_tok_is(t, i, "versus")) &&
           (t->tokens[i + 1].flags & AFS_TF_CAPITAL);
}

/* Capitalised only because it starts a sentence or a quote. */
static bool capital_by_position(const afs_text *t, size_t i)
{
    const afs_token *k = &t->tokens[i];
    if (i > 0 && t->tokens[i - 1].kind == AFS_TOK_PUNCT && credit_close(t, i))
        return false; /* a credit's name: "[ The Verge ]" */
    if (k->flags & (AFS_TF_SENT_START | AFS_TF_PARA_START))
        return true;
    if (i == 0)
        return true;
    const afs_token *prev = &t->tokens[i - 1];
    if (prev->kind == AFS_TOK_QUOTE && (prev->mark == AFS_MARK_DOUBLE_OPEN ||
                                        prev->mark == AFS_MARK_SINGLE_OPEN))
        return true;
    char c = t->clean[prev->start];
    if (prev->kind == AFS_TOK_PUNCT)
        return c == ':' || c == '(';
    /* "MacBook Pro. While": after a word with a full stop the splitter
     * took for an abbreviation's a sentence may start; not after "U.S."
     * or a title ("Mr. Xi"), nor after "vs.", which a side follows */
    size_t n = prev->end - prev->start;
    return n > 2 && t->clean[prev->end - 1] == '.' &&
           !memchr(t->clean + prev->start, '.', n - 1) &&
           !title_length(t, i - 1, i) && !afs_tok_is(t, i - 1, "vs.");
}

/* ---- titles ------------------------------------------------------------ */

/* Tokens at i that form a title ("Prime Minister", "Sen."), longest first;
 * 0 when none. Stops at limit. */
/* A title prefix ("vice", "assistant") is 4 to 9 bytes long and needs a
 * token after it, before limit. */
static bool may_be_title_prefix(const afs_text *t, size_t i, size_t limit)
{
    size_t len = afs_tok_len(t, i);
    return i + 1 < limit && len >= 4 && len <= 9;
}

/* "vice", "deputy", "acting", "former", "assistant", "interim", "senior",
 * "chief", in any case: the words that make a title of the title after
 * them. Told apart by their initial, as most words start with another. */
static bool is_title_prefix(const afs_text *t, size_t i)
{
    size_t n = afs_tok_len(t, i);
    switch (afs_ascii_lower(*afs_tok_str(t, i))) {
    case 'a':
        return n == 6 ? afs_tok_is_ci(t, i, "acting")
                      : n == 9 && afs_tok_is_ci(t, i, "assistant");
    case 'c':
        return n == 5 && afs_tok_is_ci(t, i, "chief");
    case 'd':
        return n == 6 && afs_tok_is_ci(t, i, "deputy");
    case 'f':
        return n == 6 && afs_tok_is_ci(t, i, "former");
    case 'i':
        return n == 7 && afs_tok_is_ci(t, i, "interim");
    case 's':
        return n == 6 && afs_tok_is_ci(t, i, "senior");
    case 'v':
        return n == 4 && afs_tok_is_ci(t, i, "vice");
    default:
        return false;
    }
}

/* False when no title can start at token i: it starts no title of the
 * lexicon and is no prefix. Most tokens are turned away here. */
static inline __attribute__((always_inline)) bool
may_start_title(const afs_text *t, size_t i, size_t limit)
{
    if (i >= t->token_count)
        return false;
    const afs_lex_sets *lower = &t->tokens[i].lower;
    return ((lower->heads | lower->keys) >> AFS_LEX_TITLES & 1) ||
           (may_be_title_prefix(t, i, limit) && is_title_prefix(t, i));
}

/* "miss" in lower case: the verb, where "Miss" is a title. */
static bool is_lower_miss(const afs_text *t, size_t i)
{
    return afs_tok_len(t, i) == 4 && afs_tok_is(t, i, "miss");
}

/* title_length of a token a title may start at; not inlined, so that
 * the test before it needs no stack frame. */
__attribute__((noinline)) static size_t title_length_at(const afs_text *t,
                                                        size_t i, size_t limit)
{
    if (may_be_title_prefix(t, i, limit) && may_start_title(t, i + 1, limit) &&
        is_title_prefix(t, i)) {
        size_t rest = title_length(t, i + 1, limit);
        if (rest)
            return rest + 1;
    }
    size_t most = afs_tok_lower_starts(t, i, AFS_LEX_TITLES) ? 4
                  : afs_tok_lower_in(t, i, AFS_LEX_TITLES)   ? 1
                                                             : 0;
    /* the words [i, i + n) lower-cased and joined once, ends[n] after the
     * n-th: the longer candidates are read as prefixes of it */
    char buf[128];
    size_t ends[5] = {0}, n = 0;
    for (size_t k = i; n < most && k < limit && k < t->token_count; k++, n++) {
        if (t->tokens[k].kind != AFS_TOK_WORD ||
            (t->tokens[k].flags & AFS_TF_POSSESSIVE))
            break;
        size_t len = ends[n] + (n > 0), l = afs_tok_len(t, k);
        if (len + l + 2 > sizeof buf)
            break;
        if (n > 0)
            buf[len - 1] = ' ';
        for (size_t c = 0; c < l; c++)
            buf[len + c] = afs_ascii_lower(afs_tok_str(t, k)[c]);
        ends[n + 1] = len + l;
    }
    for (; n >= 2; n--)
        if (afs_lex_has(AFS_LEX_TITLES, buf, ends[n]))
            return n;
    /* "We all miss Steve": the honorific in lower case is the verb */
    if (n == 1 && is_lower_miss(t, i))
        return 0;
    /* one word: the tokenizer looked its lower case up already */
    if (n == 1 && (t->tokens[i].flags & AFS_TF_LEXICONS))
        return afs_tok_lower_in(t, i, AFS_LEX_TITLES) ? 1 : 0;
    return n == 1 && afs_lex_has(AFS_LEX_TITLES, buf, ends[1]) ? 1 : 0;
}

/* Apart from title_length_at: most calls end at the first test, before
 * the work of a look-up is set up. */
size_t title_length(const afs_text *t, size_t i, size_t limit)
{
    return may_start_title(t, i, limit) ? title_length_at(t, i, limit) : 0;
}

/* title_length inline, for the loops of this file that ask it of every
 * name and the words around it: no call for a token that starts none. */
static inline size_t title_at(const afs_text *t, size_t i, size_t limit)
{
    return may_start_title(t, i, limit) ? title_length_at(t, i, limit) : 0;
}

/* title_at of a run's word, remembered: the look-ups of title_length_at
 * are done once for a word that split_at_inner_title, strip_titles and
 * title_before each ask of. */
static inline size_t run_title_at(extraction *x, size_t i, size_t limit)
{
    if (!may_start_title(x->text, i, limit))
        return 0;
    struct title_memo *memo = &x->title_memo[i % 8];
    if (memo->tok != i || memo->limit_plus_1 != limit + 1)
        *memo =
            (struct title_memo){(uint32_t)i, (uint32_t)(limit + 1),
                                (uint32_t)title_length_at(x->text, i, limit)};
    return memo->n;
}

static const char *title_display(const extraction *x, size_t i, size_t n)
{
    char buf[128];
    size_t len = lower_join(x->text, i, n, buf, sizeof buf);
    const char *v = len ? afs_lex_value(AFS_LEX_TITLES, buf, len) : NULL;
    return v && *v ? v : token_span_text(x, i, i + n);
}

/* ---- building mentions ------------------------------------------------- */

static enum afs_gender gender_of_given(const afs_text *t, size_t i)
{
    const char *g = afs_span_value(t, i, i + 1, AFS_LEX_GIVEN_NAMES);
    if (!g)
        return AFS_GENDER_UNKNOWN;
    return *g == 'f'   ? AFS_GENDER_FEMALE
           : *g == 'm' ? AFS_GENDER_MALE
                       : AFS_GENDER_UNKNOWN;
}

/* token_span_text of a name, without its two scans of the copy when the
 * tokens touch or stand one space apart, as in most names: tokens hold
 * no white space, so the copy is one line with single spaces. */
static const char *mention_text(const extraction *x, size_t first, size_t last)
{
    const afs_text *t = x->text;
    for (size_t k = first; k + 1 < last; k++) {
        size_t end = t->tokens[k].end, gap = t->tokens[k + 1].start - end;
        if (gap > 1 || (gap == 1 && t->clean[end] != ' '))
            return token_span_text(x, first, last);
    }
    size_t start = t->tokens[first].start;
    return afs_arena_strndup(x->arena, t->clean + start,
                             t->tokens[last - 1].end - start);
}

/* "the new MacBook Pro. Now": a word the abbreviations list keeps whole
 * ("Pro.", "Card.") whose stop comes before the next sentence's capital
 * ends that sentence, no name; the stops of a name's own abbreviations
 * ("Inc.", "Jr.", "St.") and of initials stay. */
/* "the Xbox One X.", "Malcolm X.": a capital letter and a stop that end
 * a name of several words and stand before the next sentence or the
 * paragraph's end end a sentence; a name never ends with an initial. */
static bool is_closing_letter(const afs_text *t, size_t i)
{
    const char *w = afs_tok_str(t, i);
    if (afs_tok_len(t, i) != 2 || w[1] != '.' ||
        !isupper((unsigned char)w[0]) || i == 0 ||
        t->tokens[i - 1].paragraph != t->tokens[i].paragraph ||
        afs_tok_len(t, i - 1) < 3 ||
        afs_tok_str(t, i - 1)[afs_tok_len(t, i - 1) - 1] == '.')
        return false;
    size_t next = i + 1;
    return next >= t->token_count ||
           t->tokens[next].paragraph != t->tokens[i].paragraph ||
           (t->tokens[next].flags & AFS_TF_CAPITAL);
}

static bool ends_with_sentence_stop(const afs_text *t, size_t last)
{
    static const char *const name_parts[] = {
        "Inc.", "Co.",  "Corp.", "Ltd.",  "Bros.", "Jr.",  "Sr.",
        "St.",  "Mt.",  "Mr.",   "Mrs.",  "Ms.",   "Dr.",  "Prof.",
        "Rev.", "Sgt.", "Capt.", "Col.",  "Lt.",   "Maj.", "Rep.",
        "Sen.", "Gov.", "Gen.",  "Card.", "Hon.",  NULL};
    size_t i = last - 1, n = afs_tok_len(t, i);
    const char *w = afs_tok_str(t, i);
    if (is_closing_letter(t, i))
        return true;
    if (n < 4 || w[n - 1] != '.' || !(t->tokens[i].flags & AFS_TF_CAPITAL) ||
        afs_tok_is_one_of(t, i, name_parts))
        return false;
    for (size_t k = 1; k + 1 < n; k++)
        if (!islower((unsigned char)w[k]))
            return false;
    return last >= t->token_count || (t->tokens[last].flags & AFS_TF_CAPITAL) ||
           t->tokens[last].paragraph != t->tokens[i].paragraph;
}

static mention *add_mention(extraction *x, size_t first, size_t last)
{
    mention *m = VEC_PUSH(x->arena, x->mentions); /* zeroed */
    m->first = first;
    m->last = last;
    m->title_first = first;
    m->entity = NO_ENTITY;
    m->start = x->text->tokens[first].start;
    m->end = x->text->tokens[last - 1].end;
    m->text = mention_text(x, first, last);
    if (ends_with_sentence_stop(x->text, last)) {
        m->end--;
        m->text = afs_arena_strndup(x->arena, m->text, strlen(m->text) - 1);
    }
    m->heading = x->heading_paragraph[x->text->tokens[first].paragraph];
    return m;
}

/* A country or demonym right before a title names the country of the
 * office: "US President", "Japanese Prime Minister". */
static const char *country_of_modifier(const afs_text *t, size_t i)
{
    const char *c = afs_span_value(t, i, i + 1, AFS_LEX_COUNTRIES);
    if (c)
        return *c ? c : NULL;
    c = afs_span_value(t, i, i + 1, AFS_LEX_DEMONYMS);
    /* "Indian" stands for no one country: no "Prime Minister of Indian" */
    size_t n = afs_tok_len(t, i);
    bool itself = c && strlen(c) == n && strncmp(c, afs_tok_str(t, i), n) == 0;
    return c && *c && !itself ? c : NULL;
}

/* Titles at the start of a run [first, last): moves first past them and
 * returns the role they give, or NULL. */
static const char *strip_titles(extraction *x, size_t *first, size_t last,
                                size_t *title_first)
{
    const afs_text *t = x->text;
    size_t i = *first;
    if (last - i < 2)
        return NULL; /* a title needs a name after it */
    const char *country = NULL;
    if (i + 1 < last && run_title_at(x, i + 1, last)) {
        country = country_of_modifier(t, i);
        if (country)
            i++;
    }
    const char *role = NULL;
    size_t n;
    while (i < last && (n = run_title_at(x, i, last)) > 0 && i + n < last &&
           !(t->tokens[i + n].flags & AFS_TF_POSSESSIVE)) {
        /* "Director of Communications": the office goes on past "of";
         * what follows is its field, not the holder */
        if (n > 1 && afs_tok_is(t, i + n - 1, "of")) {
            const char *display = title_display(x, i, n - 1);
            role = role ? afs_arena_printf(x->arena, "%s %s", role, display)
                        : display;
            i += n - 1;
            break;
        }
        const char *display = title_display(x, i, n);
        role =
            role ? afs_arena_printf(x->arena, "%s %s", role, display) : display;
        i += n;
    }
    if (!role)
        return NULL;
    /* "Premier League": a title needs a name after it, not a word; nor a
     * body's head ("General Assembly", "General Council") */
    if (last - i == 1 && (is_event_or_work_head(t, i) || !is_cap_word(t, i) ||
                          ends_with_org_head(t, i, last)))
        return NULL;
    *title_first = *first;
    *first = i;
    if (country)
        role = afs_arena_printf(x->arena, "%s of %s", role,
                                strcmp(country, "United States") == 0
                                    ? "the United States"
                                    : country);
    return role;
}

/* Whether a title may end right before first, by the tokenizer's bits:
 * one of a word is a key of the titles lexicon, one of more starts with
 * the head of a key ("prime" of "prime minister"), and a prefix
 * ("acting") needs such a title after it. Most names have none of
 * these, and title_before is spared its three look-ups. */
static bool titles_near_before(const afs_text *t, size_t first)
{
    const afs_token *k = t->tokens + first;
    return (first >= 1 && (k[-1].lower.keys >> AFS_LEX_TITLES & 1)) ||
           (first >= 2 && (k[-2].lower.heads >> AFS_LEX_TITLES & 1)) ||
           (first >= 3 && (k[-3].lower.heads >> AFS_LEX_TITLES & 1));
}

/* The word at i ends a longer name elsewhere in the text ("George W.
 * Bush"): a surname, though a common word too. */
static bool is_surname_elsewhere(const afs_text *t, size_t i)
{
    const char *w = afs_tok_str(t, i);
    size_t n = afs_tok_len(t, i);
    for (size_t k = 1; k < t->token_count; k++)
        if (k != i && afs_tok_len(t, k) == n &&
            memcmp(afs_tok_str(t, k), w, n) == 0 &&
            (t->tokens[k - 1].flags & AFS_TF_CAPITAL) &&
            t->tokens[k - 1].kind == AFS_TOK_WORD)
            return true;
    return false;
}

/* A run of one common word that no lexicon knows as a name, nor the
 * text as a surname. */
static bool is_capitalised_common_word_alone(const afs_text *t, size_t first)
{
    return (first + 1 >= t->token_count ||
            !(t->tokens[first + 1].flags & AFS_TF_CAPITAL)) &&
           is_common_word(t, first) && !is_known_name(t, first) &&
           !is_surname_elsewhere(t, first);
}

/* Lower-case words in front of a run that are a title: "host Jeanine
 * Pirro", "company CEO Andy Vesey". */
static const char *title_before(extraction *x, size_t first, size_t *from)
{
    const afs_text *t = x->text;
    if (!titles_near_before(t, first))
        return NULL;
    /* "four speaker Audio": a lone common word after a lower-case title
     * that is also a thing's noun names no holder */
    if (is_capitalised_common_word_alone(t, first))
        return NULL;
    for (size_t n = 1; n <= 3 && n <= first; n++) {
        size_t i = first - n;
        if (t->tokens[i].paragraph != t->tokens[first].paragraph)
            break;
        /* "Director of Communications": a field, not a holder */
        if (run_title_at(x, i, first) == n && !afs_tok_is(t, first - 1, "of")) {
            *from = i;
            return title_display(x, i, n);
        }
    }
    return NULL;
}

static bool is_capital_function_word(const afs_text *t, size_t i);

/* "Defense", "State", "Senior", "New": words naming a field or
 * qualifying an office ("Energy analyst", "Senior analyst") rather than
 * a body that employs its holder. */
static bool is_portfolio_word(const afs_text *t, size_t i)
{
    static const char *const words[] = {
        "Defense",     "Defence",   "State",     "Foreign",
        "Finance",     "Health",    "Treasury",  "Interior",
        "Justice",     "Commerce",  "Energy",    "Labor",
        "Labour",      "Education", "Transport", "Agriculture",
        "Housing",     "Homeland",  "Trade",     "Home",
        "Environment", "Culture",   "Security",  "Intelligence",
        "Industry",    "Market",    "Policy",    "Political",
        "Military",    "Oil",       "Sports",    "Technology",
        "Science",     "Research",  "Economic",  "Transportation",
        "Senior",      "New",       "Longtime",  "Veteran",
        "Incoming",    "Outgoing",  "Founding",  "Current",
        "Retired",     "Chief",     "Executive", "Joint",
        "Then",        "Now",       "Company",   "Independent",
        "Global",      "Regional",  "National",  "Local",
        "Top",         "Lead",      "Former",    NULL};
    return afs_tok_is_one_of(t, i, words) ||
           lex_token(t, i, AFS_LEX_ORG_KEYWORDS);
}

/* The first word of a title a company gives ("CEO", "chief
 * executive", "founder"), in any case. */
static bool is_corporate_title_head(const afs_text *t, size_t i)
{
    static const char *const heads[] = {
        "ceo",        "cfo",         "coo",      "chief",      "founder",
        "co-founder", "president",   "chairman", "chairwoman", "spokesperson",
        "spokesman",  "spokeswoman", "analyst",  "boss",       NULL};
    return afs_tok_is_one_of_ci(t, i, heads);
}

/* The title of n tokens at i is a company's: "chief justice" is a
 * court's office, and "Port chief", "police chief": a chief alone heads
 * anything. */
static bool is_corporate_title(const afs_text *t, size_t i, size_t n)
{
    bool chief = afs_tok_is_ci(t, i, "chief");
    return n > 0 && is_corporate_title_head(t, i) &&
           !(chief && (n == 1 || afs_tok_is_ci(t, i + 1, "justice")));
}

bool employs_title_holder(const afs_text *t, size_t first, size_t last)
{
    /* the name's flags, then the title's first word, before any look-up:
     * most names have no title after */
    if (last != first + 1 || last + 1 >= t->token_count ||
        t->tokens[first].kind != AFS_TOK_WORD ||
        (t->tokens[first].flags & (AFS_TF_CAPITAL | AFS_TF_POSSESSIVE)) !=
            AFS_TF_CAPITAL ||
        t->tokens[last].kind != AFS_TOK_WORD ||
        !is_corporate_title_head(t, last) || is_portfolio_word(t, first) ||
        is_capital_function_word(t, first) ||
        lex_token(t, first, AFS_LEX_GIVEN_NAMES) ||
        lex_token(t, first, AFS_LEX_DEMONYMS) ||
        lex_token(t, first, AFS_LEX_TIME_WORDS) ||
        lex_token(t, first, AFS_LEX_COUNTRIES))
        return false;
    size_t n = title_length(t, last, last + 4);
    return is_corporate_title(t, last, n) && last + n < t->token_count &&
           is_cap_word(t, last + n) &&
           t->tokens[last + n].sentence == t->tokens[first].sentence;
}

/* What a company does that a common noun at a sentence's start seldom
 * does: "has bought", "acquired". */
static bool is_company_act(const afs_text *t, size_t i)
{
    static const char *const acts[] = {
        "bought",   "acquired", "announced", "launched", "unveiled",
        "released", "hired",    "recalled",  "invested", NULL};
    return afs_tok_is_one_of(t, i, acts);
}

/* "Everyone", "Nobody": pronouns the word list has, no body's name. */
static bool is_indefinite_pronoun(const afs_text *t, size_t i)
{
    static const char *const pronouns[] = {
        "Everyone",  "Everybody", "Everything", "Someone", "Somebody",
        "Something", "Anyone",    "Anybody",    "Nobody",  "Nothing",
        "None",      "Each",      "Either",     "Neither", NULL};
    return afs_tok_is_one_of(t, i, pronouns);
}

static bool source_after(const afs_text *t, size_t last);

bool acts_as_company_after(const afs_text *t, size_t first, size_t last)
{
    if (last + 1 >= t->token_count || is_indefinite_pronoun(t, first))
        return false;
    /* "Google has bought", "Zentrix has launched": one body's verb */
    if (afs_tok_is(t, last, "has") && is_company_act(t, last + 1))
        return true;
    /* "Rolling Stone reported": common words a reporting verb makes a
     * source's name ("Officials said" is one word, a plural) */
    /* "Copper Valley first reported", "Blue Meadow contributed to this
     * report" too */
    if (last - first < 2 ||
        !(is_reporting_verb(t, last) || source_after(t, last)) ||
        (t->tokens[last].flags & AFS_TF_CAPITAL))
        return false;
    for (size_t k = first; k < last; k++) /* "Masayoshi Son told": a person */
        if (!is_common_word(t, k) || is_known_name(t, k))
            return false;
    return true;
}

/* ---- where news names its sources ---------------------------------------- */

/* The lower-case word at i before "to": "according to X", "confirmed to
 * X", "said to X", "spoke to X". */
static bool is_verb_to_source(const afs_text *t, size_t i)
{
    static const char *const verbs[] = {
        "according", "confirmed", "said",   "explained", "revealed",
        "spoke",     "speaking",  "talked", "talking",   "admitted",
        "wrote",     "writing",   NULL};
    return afs_tok_is_one_of_ci(t, i, verbs);
}

/* The word at i before "with": "in an interview with X", "spoke with X". */
static bool is_verb_with_source(const afs_text *t, size_t i)
{
    static const char *const words[] = {"interview", "interviews", "spoke",
                                        "speaking",  "talked",     "talking",
                                        "podcast",   NULL};
    return afs_tok_is_one_of(t, i, words);
}

/* The word at i before "in": "wrote in X", "an op-ed in X". */
static bool is_writing_in_source(const afs_text *t, size_t i)
{
    static const char *const words[] = {
        "wrote", "writing", "writes",    "op-ed",     "column",
        "essay", "piece",   "editorial", "interview", NULL};
    return afs_tok_is_one_of(t, i, words);
}

/* "told X", "according to X", "in an interview with X", "wrote in X",
 * "reported by X", "a spokesperson for X": the words before a name at
 * first (maybe "the" between) say it is a source or a listener. */
static bool source_before(const afs_text *t, size_t first)
{
    size_t b = first;
    if (b > 0 && AFS_TOK_IS(t, b - 1, "the"))
        b--;
    if (b < 1 || t->tokens[b - 1].kind != AFS_TOK_WORD ||
        (t->tokens[b - 1].flags & AFS_TF_CAPITAL) ||
        t->tokens[b - 1].sentence != t->tokens[first].sentence)
        return false;
    size_t p = b - 1;
    switch (afs_tok_len(t, p)) {
    case 2:
        if (AFS_TOK_IS(t, p, "to"))
            return p > 0 && is_verb_to_source(t, p - 1);
        if (AFS_TOK_IS(t, p, "in"))
            return p > 0 && is_writing_in_source(t, p - 1);
        if (AFS_TOK_IS(t, p, "by"))
            return p > 0 && (AFS_TOK_IS(t, p - 1, "reported") ||
                             AFS_TOK_IS(t, p - 1, "published"));
        return false;
    case 3:
        return AFS_TOK_IS(t, p, "for") && p > 0 &&
               (AFS_TOK_IS(t, p - 1, "spokesperson") ||
                AFS_TOK_IS(t, p - 1, "spokesman") ||
                AFS_TOK_IS(t, p - 1, "spokeswoman"));
    case 4:
        return AFS_TOK_IS(t, p, "told") || (AFS_TOK_IS(t, p, "with") && p > 0 &&
                                            is_verb_with_source(t, p - 1));
    case 5:
        return AFS_TOK_IS(t, p, "tells");
    case 7:
        return AFS_TOK_IS(t, p, "telling");
    default:
        return false;
    }
}

/* "X reported", "X first reported", "X has reported", "X contributed to
 * this report": the words after a name ending at last. */
static bool source_after(const afs_text *t, size_t last)
{
    static const char *const adverbs[] = {
        "first", "previously", "earlier", "also", "has", "had", NULL};
    if (last + 1 >= t->token_count || t->tokens[last].kind != AFS_TOK_WORD ||
        (t->tokens[last].flags & (AFS_TF_CAPITAL | AFS_TF_POSSESSIVE)))
        return false;
    size_t k = last;
    /* by the first letter: most words after a name start none of these */
    switch (*afs_tok_str(t, k)) {
    case 'r':
        break;
    case 'c':
        return AFS_TOK_IS(t, k, "contributed") &&
               (AFS_TOK_IS(t, k + 1, "to") ||
                AFS_TOK_IS(t, k + 1, "reporting"));
    case 'a':
    case 'e':
    case 'f':
    case 'h':
    case 'p':
        if (!afs_tok_is_one_of(t, k, adverbs))
            return false;
        k++;
        break;
    default:
        return false;
    }
    return AFS_TOK_IS(t, k, "reported") || AFS_TOK_IS(t, k, "reports");
}

/* "people with BED reported": a preposition's object is no subject. */
static bool follows_preposition(const afs_text *t, size_t first)
{
    static const char *const prepositions[] = {
        "with", "without", "of", "in",   "at",    "for",   "from",
        "by",   "to",      "on", "into", "among", "about", NULL};
    size_t b = first;
    if (b > 0 && AFS_TOK_IS(t, b - 1, "the"))
        b--;
    return b > 0 && afs_tok_is_one_of(t, b - 1, prepositions);
}

/* "told Parliament Hill reporters": a noun after the name is who
 * listens, the name its modifier; "told Harbor Weekly that", "told
 * Harbor Weekly on Monday" leave the name the listener. */
static bool modifies_a_noun(const afs_text *t, size_t last)
{
    static const char *const clause[] = {
        "that",  "on",    "in",    "at",       "last",  "this",   "about",
        "the",   "a",     "an",    "it",       "he",    "she",    "they",
        "we",    "i",     "you",   "earlier",  "after", "before", "when",
        "while", "for",   "and",   "or",       "but",   "was",    "is",
        "via",   "by",    "of",    "with",     "from",  "his",    "her",
        "their", "its",   "there", "then",     "how",   "why",    "what",
        "who",   "which", "not",   "had",      "has",   "have",   "would",
        "will",  "could", "to",    "as",       "if",    "over",   "during",
        "since", "were",  "are",   "recently", "these", "those",  "some",
        "all",   "no",    NULL};
    return last < t->token_count && t->tokens[last].kind == AFS_TOK_WORD &&
           !(t->tokens[last].flags & (AFS_TF_CAPITAL | AFS_TF_POSSESSIVE)) &&
           !afs_tok_is_one_of(t, last, clause) && !is_reporting_verb(t, last);
}

bool names_a_source(const afs_text *t, size_t first, size_t last)
{
    return (source_before(t, first) && !modifies_a_noun(t, last)) ||
           (source_after(t, last) && !follows_preposition(t, first));
}

/* The words [first, last) stand elsewhere in the text, the same words
 * and no capitalised word right before or after, where news names a
 * source ("Business Insider's homepage" ... "told Business Insider"). */
static bool names_a_source_somewhere(const afs_text *t, size_t first,
                                     size_t last)
{
    size_t n = last - first;
    size_t end =
        t->token_count < WHOLE_TEXT_SCAN ? t->token_count : WHOLE_TEXT_SCAN;
    if (names_a_source(t, first, last))
        return true;
    for (size_t k = 1; k + n <= end; k++) {
        if (k == first || afs_tok_len(t, k) != afs_tok_len(t, first) ||
            memcmp(afs_tok_str(t, k), afs_tok_str(t, first),
                   afs_tok_len(t, k)) != 0)
            continue;
        size_t j = 1;
        while (j < n && afs_tok_len(t, k + j) == afs_tok_len(t, first + j) &&
               memcmp(afs_tok_str(t, k + j), afs_tok_str(t, first + j),
                      afs_tok_len(t, k + j)) == 0)
            j++;
        if (j == n && !(t->tokens[k - 1].flags & AFS_TF_CAPITAL) &&
            !(k + n < t->token_count &&
              (t->tokens[k + n].flags & AFS_TF_CAPITAL)) &&
            names_a_source(t, k, k + n))
            return true;
    }
    return false;
}

/* The word at i stands capitalised inside a sentence elsewhere, alone
 * and outside the headline ("Google ... at Google"): a name the
 * sentence's start does not make a common word. */
static bool capitalised_inside_elsewhere(const extraction *x, size_t i)
{
    const afs_text *t = x->text;
    size_t n = afs_tok_len(t, i);
    const char *w = afs_tok_str(t, i);
    bool inside = false;
    /* as far as the other look-ups over the text go: linear on a long one */
    size_t end =
        t->token_count < WHOLE_TEXT_SCAN ? t->token_count : WHOLE_TEXT_SCAN;
    for (size_t k = x->body_first + 1; k + 1 < end; k++) {
        if (k == i || afs_tok_len(t, k) != n ||
            afs_ascii_lower(afs_tok_str(t, k)[0]) != afs_ascii_lower(w[0]) ||
            strncasecmp(afs_tok_str(t, k), w, n) != 0)
            continue;
        /* "apple" in lower case too: a word, whatever its capitals */
        if (!(t->tokens[k].flags & AFS_TF_CAPITAL))
            return false;
        if (!capital_by_position(t, k) &&
            !x->heading_paragraph[t->tokens[k].paragraph] &&
            !(t->tokens[k - 1].flags & AFS_TF_CAPITAL) &&
            !(t->tokens[k + 1].flags & AFS_TF_CAPITAL))
            inside = true;
    }
    return inside;
}

/* The word at i reads as a verb, an owner's mark or ends the name:
 * "is", "said", "launched", "'s", a full stop; not a noun the name would modify
 * ("Mobile phones", "Apple trees"). */
static bool verb_or_stop_at(const afs_text *t, size_t i)
{
    static const char *const auxiliaries[] = {
        "is",    "was", "has",  "had", "will", "would", "can",
        "could", "may", "does", "did", "and",  NULL};
    if (i >= t->token_count || (t->tokens[i].flags & AFS_TF_POSSESSIVE))
        return true; /* "Ford's Mustang": what the name owns */
    /* not a comma: "However,", "Still," open sentences far more often */
    if (t->tokens[i].kind != AFS_TOK_WORD)
        return t->tokens[i].kind == AFS_TOK_PUNCT && !afs_tok_is(t, i, ",");
    size_t n = afs_tok_len(t, i);
    const char *w = afs_tok_str(t, i);
    return afs_tok_is_one_of(t, i, auxiliaries) || is_reporting_verb(t, i) ||
           (n > 4 && w[n - 2] == 'e' && w[n - 1] == 'd');
}

/* A common word at a sentence's start that is a body's name all the
 * same: what follows it is a body's doing, or the text capitalises it
 * inside sentences too. */
static bool opens_with_body_name(extraction *x, size_t first, size_t last)
{
    const afs_text *t = x->text;
    return employs_title_holder(t, first, last) ||
           acts_as_company_after(t, first, last) ||
           (last == first + 1 && owns_business_after(t, last)) ||
           (last == first + 1 && !(t->tokens[first].flags & AFS_TF_ALL_CAPS) &&
            verb_or_stop_at(t, last) && capitalised_inside_elsewhere(x, first));
}

static void classify_span(extraction *x, mention *m);

static void emit_run(extraction *x, size_t first, size_t last);
static bool is_pinyin_pair(const afs_text *t, size_t i);

/* "Deputy Defense", "Health", "Homeland Security": title prefixes and
 * common words, none a name of its own, before a title. */
static bool is_capital_function_word(const afs_text *t, size_t i);

static bool is_office_modifier(const afs_text *t, size_t first, size_t last)
{
    static const char *const prefixes[] = {"Vice",   "Deputy",  "Acting",
                                           "Former", "Interim", NULL};
    bool word = false;
    for (size_t i = first; i < last; i++) {
        if (afs_tok_is_one_of(t, i, prefixes))
            continue;
        /* "When Prime Minister X comes": a sentence's first word */
        if (!is_common_word(t, i) || is_known_name(t, i) ||
            is_capital_function_word(t, i) ||
            (t->tokens[i].flags & AFS_TF_ALL_CAPS))
            return false;
        word = true;
    }
    return word && last - first <= 3;
}

/* "North America", "the Philippines": a whole span a lexicon places. */
static bool is_whole_place(const afs_text *t, size_t first, size_t last)
{
    return afs_span_value(t, first, last, AFS_LEX_COUNTRIES) ||
           afs_span_value(t, first, last, AFS_LEX_PLACES);
}

/* "SciSpacE Team Leader Jennifer Ngo-Anh", "CPUC President Marybel Batjer":
 * a title inside a run starts a new name; what stands before it is a name
 * of its own. Returns true when it split the run. */
static bool split_at_inner_title(extraction *x, size_t first, size_t last)
{
    const afs_text *t = x->text;
    /* "Vice President Joe X": a title the run opens with is no inner one,
     * nor the title inside it ("President") */
    size_t leading = run_title_at(x, first, last);
    for (size_t i = first + (leading > 1 ? leading : 1); i + 1 < last; i++) {
        size_t n = run_title_at(x, i, last);
        if (n && i + n + 1 < last && afs_tok_is(t, i + n, "of") &&
            !country_of_modifier(t, first) &&
            is_whole_place(t, i + n + 1, last)) {
            /* "the new EADS CEO of North America": the body, the title,
             * the region it covers; no name */
            emit_run(x, first, i);
            emit_run(x, i + n + 1, last);
            return true;
        }
        if (!n || i + n >= last || !is_cap_word(t, i + n))
            continue;
        if (i == first + 1 && country_of_modifier(t, first))
            return false; /* "US President Donald Trump" stays whole */
        if (is_office_modifier(t, first, i) &&
            !employs_title_holder(t, first, i)) {
            /* "Deputy Defense Secretary Wolfowitz": the words before the
             * title name the office, not somebody */
            size_t before = x->mentions.n;
            emit_run(x, i, last);
            if (x->mentions.n > before) {
                mention *m = &x->mentions.v[before];
                const char *office = token_span_text(x, first, i);
                m->role = m->role ? afs_arena_printf(x->arena, "%s %s", office,
                                                     m->role)
                                  : office;
                m->title_first = first;
            }
            return true;
        }
        emit_run(x, first, i);
        emit_run(x, i, last);
        return true;
    }
    return false;
}

/* Tokens first and first + 1 could be a given name and a surname: words
 * no dictionary has, or after a title one of them ("President Xi Jinping
 * of China": "xi" is a Greek letter too). */
static bool two_word_name(const afs_text *t, size_t first, bool titled)
{
    bool common_given = is_common_word(t, first),
         common_surname = is_common_word(t, first + 1);
    return titled ? !(common_given && common_surname)
                  : !common_given && !common_surname;
}

/* A body's head word among tokens [first, last) or right after them. */
static bool body_head_in(const afs_text *t, size_t first, size_t last)
{
    for (size_t k = first; k < last; k++)
        if (lex_token(t, k, AFS_LEX_ORG_KEYWORDS))
            return true;
    /* "the Democratic Progressive party": the head in lower case */
    return is_lower_body_head(t, last);
}

bool is_lower_body_head(const afs_text *t, size_t i)
{
    char head[16]; /* longer than every head the lexicon keeps */
    size_t n = i < t->token_count ? afs_tok_len(t, i) : 0;
    if (n < 3 || n >= sizeof head || t->tokens[i].kind != AFS_TOK_WORD)
        return false;
    memcpy(head, afs_tok_str(t, i), n);
    head[0] = (char)toupper((unsigned char)head[0]); /* kept capitalised */
    return afs_lex_has(AFS_LEX_ORG_KEYWORDS, head, n);
}

/* "Robin Biesbroek of the CDF": a person's name does not go on with "of". */
static bool split_person_of(extraction *x, size_t first, size_t last)
{
    const afs_text *t = x->text;
    size_t run_first = first;
    /* "Prime Minister Tove Aasland of Norway": the name after the title */
    for (size_t n; first < last && (n = title_at(t, first, last)) > 0;)
        first += n;
    for (size_t i = first + 2; i + 1 < last; i++) {
        if (!afs_tok_is(t, i, "of") && !afs_tok_is(t, i, "from"))
            continue;
        /* "Yasutaka Uchiyama of Japan": two unknown words and a country
         * are a player and the country, not one name */
        bool of_country = i - first == 2 && i + 2 == last &&
                          lex_token(t, i + 1, AFS_LEX_COUNTRIES) &&
                          two_word_name(t, first, run_first < first) &&
                          !ends_with_place_head(t, first, i);
        /* "Joneigh Khaldun of the Michigan Department of Health", "Tsai
         * Ing-wen of the Democratic Progressive party": unknown words and
         * a body's name */
        bool of_body = i - first == 2 && two_word_name(t, first, false) &&
                       body_head_in(t, i + 1, last);
        if ((!lex_token(t, first, AFS_LEX_GIVEN_NAMES) && !of_country &&
             !of_body) ||
            i - first > 3)
            return false;
        for (size_t k = first; k < i; k++)
            if (lex_token(t, k, AFS_LEX_ORG_KEYWORDS))
                return false;
        emit_run(x, run_first, i);
        size_t rest = i + 1;
        if (afs_tok_is(t, rest, "the"))
            rest++;
        emit_run(x, rest, last);
        return true;
    }
    return false;
}

static bool has_digit(const afs_text *t, size_t i)
{
    for (size_t k = t->tokens[i].start; k < t->tokens[i].end; k++)
        if (t->clean[k] >= '0' && t->clean[k] <= '9') /* isdigit, no call */
            return true;
    return false;
}

/* "in March Kaczmarek cancelled", "The September Bund future", "on
 * Saturday Iraqi troops": a date's word before a name is the date's. A
 * month that is also a given name leads a name unless a date's word or
 * number comes before it ("June Carter", but "January to June Comelf"). */
static bool leads_with_date_word(const afs_text *t, size_t first, size_t last)
{
    if (first + 1 >= last || t->tokens[first].kind != AFS_TOK_WORD)
        return false;
    const char *v = afs_lex_value(AFS_LEX_TIME_WORDS, afs_tok_str(t, first),
                                  afs_tok_len(t, first));
    if (!v || (strncmp(v, "month:", 6) != 0 && strncmp(v, "day:", 4) != 0) ||
        lex_token(t, last - 1, AFS_LEX_ORG_KEYWORDS)) /* "Sunday Times" */
        return false;
    if (*v == 'd' || !lex_token(t, first, AFS_LEX_GIVEN_NAMES))
        return true;
    static const char *const before[] = {
        "in",   "on",   "since", "until", "by",  "from",    "to", "the", "last",
        "next", "this", "early", "late",  "mid", "through", "of", "and", NULL};
    return first > 0 && (afs_tok_is_one_of_ci(t, first - 1, before) ||
                         has_digit(t, first - 1));
}

static bool is_group_noun_at(const afs_text *t, size_t i);

/* "Mark Esper" at a sentence start keeps "Mark"; "Many Japanese" drops
 * "Many": a common word that is also a name needs a name after it. */
static bool surname_follows(const afs_text *t, size_t i, size_t last)
{
    if (!lex_token(t, i, AFS_LEX_GIVEN_NAMES) ||
        lex_token(t, i, AFS_LEX_COUNTRIES) || lex_token(t, i, AFS_LEX_PLACES) ||
        is_body_name(t, i))
        return true; /* a country or place: it stands alone */
    return i + 1 < last && !lex_token(t, i + 1, AFS_LEX_DEMONYMS) &&
           !is_common_word(t, i + 1) && !is_group_noun_at(t, i + 1);
}

/* "Fort Worth police", "New York officials", "Grand Rapids": a common
 * word that opens a sentence and a place's or a body's name that a
 * lexicon holds whole. */
static bool starts_known_name(const afs_text *t, size_t first, size_t last)
{
    static const enum afs_lexicon lexicons[] = {
        AFS_LEX_PLACES, AFS_LEX_COUNTRIES, AFS_LEX_CITIES,
        AFS_LEX_ORGANIZATIONS};
    for (size_t n = 2; n <= 4 && first + n <= last; n++)
        for (size_t k = 0; k < sizeof lexicons / sizeof *lexicons; k++)
            if (afs_span_value(t, first, first + n, lexicons[k]))
                return true;
    return false;
}

/* "S Tavion Merritt", "K Ben Dorr": a lone capital letter with no stop
 * before a given name and a surname is a player's position as rosters
 * print it (safety, kicker), no initial: an initial has its stop or a
 * second initial after it ("J K Rowling"). */
static bool is_position_letter(const afs_text *t, size_t first, size_t last)
{
    return last >= first + 3 && afs_tok_len(t, first) == 1 &&
           isupper((unsigned char)afs_tok_str(t, first)[0]) &&
           t->tokens[first + 1].kind == AFS_TOK_WORD &&
           afs_tok_len(t, first + 1) > 2 &&
           !(t->tokens[first + 1].flags & AFS_TF_ALL_CAPS);
}

static bool is_never_a_name_at(const afs_text *t, size_t i);
static bool is_compass_word(const afs_text *t, size_t i);

/* "Eastern Michigan", "Southern California" at a sentence's start: a
 * compass word before a place the lexicons hold names a part of it, or a
 * school. */
static bool starts_compass_place(const afs_text *t, size_t first, size_t last)
{
    return first + 1 < last && is_compass_word(t, first) &&
           (lex_token(t, first + 1, AFS_LEX_PLACES) ||
            lex_token(t, first + 1, AFS_LEX_COUNTRIES));
}

/* "Intuitive Machines", "Applied Dynamics": a word and a company's plural
 * head ("Machines", "Industries", "Airlines"), both capitalised, name the
 * company at a sentence's start too; in running text the words would be
 * in lower case ("budget airlines"). */
static bool is_plural_company_name(const afs_text *t, size_t first, size_t last)
{
    size_t head = first + 1;
    if (last != first + 2) /* and so head is a token of the run */
        return false;
    size_t n = afs_tok_len(t, head);
    return t->tokens[head].kind == AFS_TOK_WORD &&
           (t->tokens[head].flags & AFS_TF_CAPITAL) &&
           !(t->tokens[head].flags & AFS_TF_ALL_CAPS) && n > 4 &&
           afs_tok_str(t, head)[n - 1] == 's' &&
           lex_token(t, head, AFS_LEX_ORG_KEYWORDS) &&
           !lex_token(t, first, AFS_LEX_DEMONYMS) &&
           !is_function_word_of(t, first, "en") &&
           !is_never_a_name_at(t, first);
}

/* What tests of a word look for among its bytes, found in one pass with
 * a table: most words hold none of these, and the tests are spared. */
enum {
    SHAPE_DASH = 1, /* a '-' */
    SHAPE_DOT = 2,  /* a '.' before the last byte */
    SHAPE_MARK = 4, /* a ' or the lead byte of a ’, not first nor last */
};

static unsigned word_shape(const afs_text *t, size_t i)
{
    static const unsigned char of_byte[256] = {['-'] = SHAPE_DASH,
                                               ['.'] = SHAPE_DOT,
                                               ['\''] = SHAPE_MARK,
                                               [0xE2] = SHAPE_MARK};
    const unsigned char *s = (const unsigned char *)afs_tok_str(t, i);
    size_t n = afs_tok_len(t, i);
    if (n == 1)
        return of_byte[s[0]] & SHAPE_DASH;
    unsigned shape = (of_byte[s[0]] & (SHAPE_DASH | SHAPE_DOT)) |
                     (of_byte[s[n - 1]] & SHAPE_DASH);
    for (size_t k = 1; k + 1 < n; k++)
        shape |= of_byte[s[k]];
    return shape;
}

/* "Washington-based", "Turkish-born": a name made into a modifier. */
static bool is_hyphen_modifier(const afs_text *t, size_t i)
{
    const char *s = afs_tok_str(t, i);
    size_t n = afs_tok_len(t, i);
    /* the last dash; memchr passes over most tokens, which have none */
    const char *dash = NULL;
    for (const char *p = memchr(s, '-', n); p;
         p = memchr(p + 1, '-', (size_t)(s + n - p - 1)))
        dash = p;
    if (!dash || dash + 1 >= s + n)
        return false;
    /* "Sino-Japanese" ends in a nationality: an adjective too */
    size_t rest = (size_t)(s + n - dash - 1);
    return islower((unsigned char)dash[1]) ||
           afs_lex_has(AFS_LEX_DEMONYMS, dash + 1, rest);
}

/* Capitalised function words, by their initial: a token is compared
 * with the few that share its first letter. */
static bool is_capital_function_word(const afs_text *t, size_t i)
{
    static const char *const a[] = {"A",  "An",    "At", "And",
                                    "As", "After", NULL};
    static const char *const b[] = {"But", "By", NULL};
    static const char *const d[] = {"Dr.", NULL};
    static const char *const f[] = {"For", "From", NULL};
    static const char *const h[] = {"He", "His", "Her", NULL};
    static const char *const i_[] = {"It", "Its", "I", "In", "If", NULL};
    static const char *const m[] = {"Mr.", "Mrs.", "Ms.", NULL};
    static const char *const o[] = {"Our", "On", "Of", "Or", "Once", NULL};
    static const char *const s[] = {"She", "So", NULL};
    static const char *const t_[] = {"The",  "This",  "That", "These", "Those",
                                     "They", "Their", "To",   NULL};
    static const char *const w[] = {"We",    "With",  "When",
                                    "While", "Where", NULL};
    static const char *const y[] = {"You", NULL};
    static const char *const *const by_initial[26] = {
        ['A' - 'A'] = a, ['B' - 'A'] = b,  ['D' - 'A'] = d, ['F' - 'A'] = f,
        ['H' - 'A'] = h, ['I' - 'A'] = i_, ['M' - 'A'] = m, ['O' - 'A'] = o,
        ['S' - 'A'] = s, ['T' - 'A'] = t_, ['W' - 'A'] = w, ['Y' - 'A'] = y};
    unsigned char c = (unsigned char)*afs_tok_str(t, i);
    if (c < 'A' || c > 'Z')
        return false;
    const char *const *words = by_initial[c - 'A'];
    return words && afs_tok_is_one_of(t, i, words);
}

/* "The", "It", "Ph.D.", "(D-Minn.)": capitalised words that name nobody.
 * shape is word_shape of token i. */
static bool is_never_a_name(const afs_text *t, size_t i, unsigned shape)
{
    const char *s = afs_tok_str(t, i);
    size_t n = afs_tok_len(t, i);
    if (n <= 5 && is_capital_function_word(t, i))
        return true; /* n: most names are longer than these */
    /* "Ph.D.": a full stop and a lower-case letter before the last byte */
    if (shape & SHAPE_DOT)
        for (size_t k = 0; k + 1 < n; k++)
            if (s[k] >= 'a' && s[k] <= 'z') /* islower in the C locale */
                return true;
    return (shape & SHAPE_DASH) && n >= 3 && s[1] == '-' &&
           isupper((unsigned char)s[0]) && i > 0 && afs_tok_is(t, i - 1, "(");
}

static bool is_never_a_name_at(const afs_text *t, size_t i)
{
    return is_never_a_name(t, i, word_shape(t, i));
}

/* "You've", "I'm": contractions are no names. */
static bool is_contraction(const afs_text *t, size_t i)
{
    const char *s = afs_tok_str(t, i);
    const char *end = s + afs_tok_len(t, i) - 1; /* not the last byte */
    /* one test a byte: most words have no mark */
    for (const char *p = s + 1; p < end; p++)
        if (*p == '\'' || ((unsigned char)*p == 0xE2 && end - p >= 2 &&
                           memcmp(p, "\xE2\x80\x99", 3) == 0))
            return true;
    return false;
}

/* The first n bytes of w and the suffix joined into buf (NUL-terminated),
 * when they name a party of the lexicon ("Republican" " Party", "Democrat"
 * "ic Party"): true. */
static bool party_into(const char *w, size_t n, const char *suffix,
                       char buf[PARTY_NAME_MAX])
{
    size_t k = strlen(suffix);
    if (n + k >= PARTY_NAME_MAX)
        return false;
    memcpy(buf, w, n);
    memcpy(buf + n, suffix, k + 1);
    return afs_lex_has(AFS_LEX_ORGANIZATIONS, buf, n + k);
}

static bool party_of(const char *w, size_t n, const char *suffix)
{
    char buf[PARTY_NAME_MAX];
    return party_into(w, n, suffix, buf);
}

bool party_of_members(const char *w, size_t n, char buf[PARTY_NAME_MAX])
{
    /* "Americans" are a nation's people though "American Party" is listed */
    return n > 4 && w[n - 1] == 's' &&
           !afs_lex_has(AFS_LEX_DEMONYMS, w, n - 1) &&
           (party_into(w, n - 1, " Party", buf) ||
            party_into(w, n - 1, "ic Party", buf));
}

/* "Republican", "Labour": a word whose party the lexicon names. */
static bool names_a_party(const afs_text *t, size_t i)
{
    return party_of(afs_tok_str(t, i), afs_tok_len(t, i), " Party");
}

/* "GOP", "Democrats", "Republicans", "Tories": a party by its own name
 * or by its members. */
static bool is_party_word(const afs_text *t, size_t i)
{
    const char *w = afs_tok_str(t, i);
    size_t n = afs_tok_len(t, i);
    /* by the token's lexicon bits first: most words are no body's name */
    const char *v = afs_span_value(t, i, i + 1, AFS_LEX_ORGANIZATIONS);
    char party[PARTY_NAME_MAX];
    return is_org_class(v, "party") || party_of_members(w, n, party);
}

/* "Democrats", "Social Democrats", "Free Democrats": a party's members
 * word alone or after words naming no chamber ("House Democrats", "Senate
 * Republicans" are a caucus of the party). */
static bool is_party_not_caucus(const afs_text *t, const mention *m)
{
    for (size_t i = m->first; i + 1 < m->last; i++)
        if (afs_tok_is(t, i, "House") ||
            lex_token(t, i, AFS_LEX_ORG_KEYWORDS) ||
            lex_token(t, i, AFS_LEX_ORGANIZATIONS))
            return false;
    return true;
}

/* "Kentucky GOP", "Virginia Democrats": a state's or a country's name
 * before a party's is the place of the party's branch, two names. */
static bool split_place_party(extraction *x, size_t first, size_t last)
{
    const afs_text *t = x->text;
    if (last - first < 2 || !is_party_word(t, last - 1) ||
        !(afs_span_value(t, first, last - 1, AFS_LEX_PLACES) ||
          afs_span_value(t, first, last - 1, AFS_LEX_COUNTRIES)))
        return false;
    emit_run(x, first, last - 1);
    emit_run(x, last - 1, last);
    return true;
}

/* "Republican Phil Bryant", "American Joe Smith": a party's member or a
 * nationality inside a sentence describes the person whose name follows
 * ("Grand Ole Opry", "South China Sea" are no such word); a nationality
 * does so opening a sentence too, before a given name. */
static bool is_describing_label(const afs_text *t, size_t first, size_t i)
{
    return i == first + 1 &&
           ((!capital_by_position(t, first) && names_a_party(t, first)) ||
            lex_token(t, first, AFS_LEX_DEMONYMS)) &&
           !lex_token(t, i, AFS_LEX_PLACES) &&
           !lex_token(t, i, AFS_LEX_COUNTRIES);
}

/* "Browns DL Sheldon Richardson": a given name after an abbreviation, an
 * organization's head word or a describing word starts a person's name. */
static bool split_at_given_name(extraction *x, size_t first, size_t last)
{
    const afs_text *t = x->text;
    for (size_t i = first + 1; i + 1 < last && i + 3 >= last; i++) {
        if (!lex_token(t, i, AFS_LEX_GIVEN_NAMES))
            continue;
        bool after_label = (t->tokens[i - 1].flags & AFS_TF_ALL_CAPS) ||
                           lex_token(t, i - 1, AFS_LEX_ORG_KEYWORDS) ||
                           is_describing_label(t, first, i);
        if (!after_label || title_length(t, first, i) == i - first)
            continue;
        emit_run(x, first, i);
        emit_run(x, i, last);
        return true;
    }
    return false;
}

/* "the “Hanoi Hilton”": a name wrapped in quotation marks is a label. */
static bool is_quoted_label(const afs_text *t, size_t first, size_t last)
{
    return first > 0 && last < t->token_count &&
           t->tokens[first - 1].kind == AFS_TOK_QUOTE &&
           t->tokens[last].kind == AFS_TOK_QUOTE;
}

/* "the ambassador to China Anami Koreshige": a country at the start of a
 * run of names no lexicon knows stands alone. */
static bool split_after_country(extraction *x, size_t first, size_t last)
{
    const afs_text *t = x->text;
    if (last - first < 3 || !lex_token(t, first, AFS_LEX_COUNTRIES) ||
        title_length(t, first + 1, last) || is_connector(t, first + 1))
        return false;
    for (size_t i = first + 1; i < last; i++)
        if (lex_token(t, i, AFS_LEX_ORG_KEYWORDS) || is_common_word(t, i) ||
            lex_token(t, i, AFS_LEX_COUNTRIES) ||
            lex_token(t, i, AFS_LEX_PLACES))
            return false;
    emit_run(x, first, first + 1);
    emit_run(x, first + 1, last);
    return true;
}

/* "Texas-based", "Paris-born": the place a modifier is made of is
 * mentioned, by the bytes before its dash. */
static void emit_modifier_place(extraction *x, size_t i)
{
    const afs_text *t = x->text;
    const char *s = afs_tok_str(t, i);
    const char *dash = memchr(s, '-', afs_tok_len(t, i));
    size_t n = dash ? (size_t)(dash - s) : 0;
    if (n < 3 || !islower((unsigned char)dash[1]) ||
        !(afs_lex_has(AFS_LEX_COUNTRIES, s, n) ||
          afs_lex_has(AFS_LEX_PLACES, s, n) ||
          afs_lex_has(AFS_LEX_CITIES, s, n)))
        return;
    mention *m = add_mention(x, i, i + 1);
    m->end = m->start + n;
    m->text = afs_arena_strndup(x->arena, s, n);
    const char *c = afs_lex_value(AFS_LEX_COUNTRIES, s, n);
    m->canonical = c && *c ? c : NULL;
    m->cls = NAME_PLACE;
    m->strength = 3;
}

static bool only_common_words(const afs_text *t, size_t first, size_t last);

/* "Office", "Kellan Institute": words [first, last) ending with a body's
 * head word or a lexicon's body. */
static bool names_a_body(const afs_text *t, size_t first, size_t last)
{
    return ends_with_org_head(t, first, last) ||
           afs_span_value(t, first, last, AFS_LEX_ORGANIZATIONS);
}

/* The words [first, last) after an office's "of" that are its field
 * ("Sales", "Platform Solutions"), no body: common words only, no head
 * of a body's name ("Office"), no unit's place ("Life Care Solutions
 * Europe" is a division). */
static bool is_office_field(const afs_text *t, size_t first, size_t last)
{
    return only_common_words(t, first, last) && !names_a_body(t, first, last);
}

/* The "for" in the words [first, last) after an office's "of" that
 * ends its field and opens the employer's name ("Sales for Kellanor"),
 * or last. */
static size_t employer_for(const afs_text *t, size_t first, size_t last)
{
    for (size_t k = first + 1; k + 1 < last; k++)
        if (afs_tok_is(t, k, "for") && is_cap_word(t, k + 1))
            return k;
    return last;
}

/* "at" or "for" and a name after the words [first, last): "Marketing
 * at Voltrane". */
static bool employer_follows(const afs_text *t, size_t last)
{
    if (last + 1 >= t->token_count ||
        !(afs_tok_is(t, last, "at") || afs_tok_is(t, last, "for")))
        return false;
    size_t name = last + 1 + afs_tok_is(t, last + 1, "the"); /* "at the" */
    return is_cap_word(t, name);
}

/* A title, a connector at first and more capitals: "CEO of Take-Two",
 * "General Manager of Life Care Solutions" name the office and the body
 * it is held in; "Secretary of the Air Force James Roche" ends with the
 * holder, a given name and a surname, who takes the whole office. */
static void emit_office_of(extraction *x, size_t title_first, size_t first,
                           size_t last)
{
    const afs_text *t = x->text;
    for (size_t k = last >= 3 ? last - 3 : 0; k + 1 < last; k++) {
        if (k <= first + 1 || !lex_token(t, k, AFS_LEX_GIVEN_NAMES) ||
            !is_cap_word(t, k))
            continue;
        mention *m = add_mention(x, k, last);
        m->title_first = title_first;
        m->role = token_span_text(x, title_first, k);
        classify_span(x, m);
        return;
    }
    /* "Attorney for the Western District of New York", "Minister for
     * Sport": what an office is "for" is its field or its area */
    if (afs_tok_is(t, first, "for"))
        return;
    /* "Vice President of Sales for Kellanor", "Director of Marketing at
     * Voltrane": the office's field, then its holder's employer */
    size_t field = first + 1, k = employer_for(t, field, last);
    if (k < last && names_a_body(t, field, k)) {
        emit_run(x, field, last); /* "the Office for Civil Rights" */
        return;
    }
    if (k < last) {
        if (!is_office_field(t, field, k))
            emit_run(x, field, k); /* "Life Care Solutions Europe for GE" */
        emit_run(x, k + 1, last);
        return;
    }
    if (employer_follows(t, last) && is_office_field(t, field, last))
        return;
    emit_run(x, field, last);
}

/* Every token of [first, last) a common word ("Strategy", "Marketing"). */
static bool only_common_words(const afs_text *t, size_t first, size_t last)
{
    for (size_t i = first; i < last; i++)
        if (t->tokens[i].kind != AFS_TOK_WORD || !is_common_word(t, i) ||
            lex_token(t, i, AFS_LEX_GIVEN_NAMES))
            return false;
    return first < last;
}

/* "Kevin King", "Tim Bishop": a title after a given name alone is the
 * surname ("California Governor", "Georgia Governor" have a place, "Art
 * Director" a word). */
static bool is_given_then_surname(const afs_text *t, size_t first, size_t last)
{
    return last == first + 2 && lex_token(t, first, AFS_LEX_GIVEN_NAMES) &&
           !is_common_word(t, first) && !lex_token(t, first, AFS_LEX_PLACES) &&
           !lex_token(t, first, AFS_LEX_COUNTRIES) &&
           !lex_token(t, first, AFS_LEX_DEMONYMS);
}

/* "Prime Minister John Major": after a title, a given name that is a
 * word too ("john", "art") opens a name whose surname is a title's word
 * ("Art Director" alone is a title). */
static bool is_titled_given_name(extraction *x, size_t first, size_t given)
{
    const afs_text *t = x->text;
    bool titled = false; /* "British Prime Minister John" */
    for (size_t s = given > 3 && given - 3 > first ? given - 3 : first;
         s < given && !titled; s++)
        titled = run_title_at(x, s, given) == given - s;
    return titled && lex_token(t, given, AFS_LEX_GIVEN_NAMES) &&
           !lex_token(t, given, AFS_LEX_PLACES) &&
           !lex_token(t, given, AFS_LEX_COUNTRIES);
}

/* "He Jianxiong, the former director": "He" is a Chinese surname as well
 * as a pronoun; before a given name of two pinyin syllables that is no
 * English word it opens a name. */
static bool is_surname_he(const afs_text *t, size_t first, size_t last)
{
    return last == first + 2 && afs_tok_is(t, first, "He") &&
           is_pinyin_pair(t, first);
}

/* "-- BEATEN UP IN CALIFORNIA": a letter's sign-off in capitals is a
 * phrase, and only what follows its "IN" may be a name (a place; a
 * common word there is dropped as any shouted word is). */
static bool split_shouted_in(extraction *x, size_t first, size_t last)
{
    const afs_text *t = x->text;
    if (last - first < 3 || !(t->tokens[first].flags & AFS_TF_ALL_CAPS))
        return false;
    for (size_t k = first + 1; k + 1 < last; k++)
        if (afs_tok_is(t, k, "IN") &&
            (t->tokens[k + 1].flags & AFS_TF_ALL_CAPS)) {
            emit_run(x, k + 1, last);
            return true;
        }
    return false;
}

static void set_class(mention *m, enum name_class cls, int strength);

/* "KJ", "D", "D.": an author's initials as reference lists print them
 * after the surname, capitals without dots or one with its dot. */
static bool is_author_initials(const afs_text *t, size_t i)
{
    size_t n = afs_tok_len(t, i);
    const char *s = afs_tok_str(t, i);
    if (t->tokens[i].kind != AFS_TOK_WORD || n < 1 || n > 3)
        return false;
    if (n == 2 && s[1] == '.')
        return isupper((unsigned char)s[0]);
    for (size_t k = 0; k < n; k++)
        if (!isupper((unsigned char)s[k]))
            return false;
    return true;
}

/* Tokens i and i + 1: a surname (a capitalised word, no acronym), then
 * an author's initials. */
static bool cites_author_at(const afs_text *t, size_t i)
{
    return i + 1 < t->token_count && t->tokens[i].kind == AFS_TOK_WORD &&
           (t->tokens[i].flags & AFS_TF_CAPITAL) &&
           !(t->tokens[i].flags & AFS_TF_ALL_CAPS) && afs_tok_len(t, i) > 1 &&
           is_author_initials(t, i + 1);
}

/* The author at token i stands in a list of them: another before or
 * after it across a comma, or "et al." after it. */
static bool in_author_list(const afs_text *t, size_t i)
{
    if (i >= 3 && afs_tok_is(t, i - 1, ",") && cites_author_at(t, i - 3))
        return true;
    return i + 3 < t->token_count &&
           ((afs_tok_is(t, i + 2, ",") && cites_author_at(t, i + 3)) ||
            afs_tok_is(t, i + 2, "et"));
}

/* "Ruskin KJ, Hueske-Kraus D. Curr Opin Anaesthesiol": reference lists
 * name authors surname first, then initials; the journal's name may run
 * on after the last one's. */
static bool split_cited_author(extraction *x, size_t first, size_t last)
{
    const afs_text *t = x->text;
    if (last - first < 2 || !cites_author_at(t, first) ||
        !in_author_list(t, first))
        return false;
    mention *m = add_mention(x, first, first + 2);
    m->title_first = first;
    set_class(m, NAME_PERSON, 2);
    if (first + 2 < last)
        emit_run(x, first + 2, last);
    return true;
}

/* "told Business Insider", "according to Business Insider": a title's
 * word ("Insider", "Editor") ending a run of common words where news
 * names a source or a listener, or of the same words where it names one
 * elsewhere, is the end of an outlet's name, not an office nobody holds;
 * a person's name ("told Jane Roe") or a place's ("told California
 * Governor") stays cut. */
static bool source_names_title_word(extraction *x, size_t first, size_t last)
{
    const afs_text *t = x->text;
    if (last - first > 3)
        return false;
    for (size_t k = first; k + 1 < last; k++)
        if (t->tokens[k].kind != AFS_TOK_WORD || !is_common_word(t, k) ||
            is_known_name(t, k) || run_title_at(x, k, last) ||
            lex_token(t, k, AFS_LEX_TIME_WORDS))
            return false;
    return names_a_source_somewhere(t, first, last);
}

/* "Benfica host Porto", "the Hawks coach Atlanta's youth side": one
 * word that a place's lexicon holds, no given name, after a lower-case
 * title names no holder of it; the title is a verb there, or a team's. */
static bool is_place_after_title_verb(const afs_text *t, size_t first,
                                      size_t last)
{
    return last == first + 1 && !lex_token(t, first, AFS_LEX_GIVEN_NAMES) &&
           (lex_token(t, first, AFS_LEX_PLACES) ||
            lex_token(t, first, AFS_LEX_COUNTRIES) ||
            lex_token(t, first, AFS_LEX_CITIES));
}

/* "MAPLE GROVE, Minn. —": a paragraph's first words in capitals, a
 * comma and a few words before a dash, are a dateline's town, common
 * words or not. */
static bool opens_dateline(const afs_text *t, size_t first, size_t last)
{
    if (!(t->tokens[first].flags & AFS_TF_PARA_START) ||
        !(t->tokens[first].flags & AFS_TF_ALL_CAPS) || last >= t->token_count)
        return false;
    if (is_dash_token(t, last) || afs_tok_is(t, last, "(")) {
        /* "NEW YORK —", "THE HAGUE (Reuters) -": capitals up to the dash */
        for (size_t k = first + 1; k < last; k++)
            if (!(t->tokens[k].flags & AFS_TF_ALL_CAPS))
                return false;
        return true;
    }
    if (!afs_tok_is(t, last, ","))
        return false;
    for (size_t k = last + 2; k < t->token_count && k <= last + 6; k++)
        if (is_dash_token(t, k) || afs_tok_is(t, k, "("))
            return true;
    return false;
}

/* "Hen Vorn, former editor of the paper", "Win Htein, an aide to",
 * "Lark Pell, 19,": two words before a comma and a title or an age are a
 * person named in full, though the first is a word too. */
static bool person_apposition_follows(const afs_text *t, size_t first,
                                      size_t last)
{
    static const char *const leads[] = {"a", "an", "the", "former", NULL};
    size_t k = last + 1;
    if (last != first + 2 || k >= t->token_count || !afs_tok_is(t, last, ",") ||
        !is_cap_word(t, first + 1) || is_common_word(t, first + 1))
        return false;
    if (t->tokens[k].kind == AFS_TOK_NUMBER)
        return k + 1 < t->token_count && afs_tok_is(t, k + 1, ",");
    if (afs_tok_is_one_of(t, k, leads))
        k++;
    return k < t->token_count && is_lower_word_at(t, k) &&
           title_length(t, k, k + 4) > 0;
}

static void emit_run(extraction *x, size_t first, size_t last)
{
    const afs_text *t = x->text;
    size_t run_first = first;
    /* the first word's tests, once; most runs are one word */
    unsigned shape = word_shape(t, first);
    bool hyphen_first = (shape & SHAPE_DASH) && is_hyphen_modifier(t, first);
    if (hyphen_first)
        emit_modifier_place(x, first);
    /* "The", "He", "In": the tests below drop a one-word run that is
     * never a name whatever else they find */
    bool never_first = first < last && is_never_a_name(t, first, shape) &&
                       !is_surname_he(t, first, last);
    bool contraction_first = (shape & SHAPE_MARK) && is_contraction(t, first);
    if (never_first && last == first + 1)
        return;
    if (split_cited_author(x, first, last) ||
        split_at_inner_title(x, first, last) ||
        split_person_of(x, first, last) ||
        split_at_given_name(x, first, last) || split_shouted_in(x, first, last))
        return;
    /* Common words capitalised by position are not names ("However",
     * "Details"), unless a lexicon knows them ("Mark", "Japan"). */
    while (
        first < last &&
        ((capital_by_position(t, first) && is_common_word(t, first) &&
          !run_title_at(x, first, last) &&
          (!is_known_name(t, first) || !surname_follows(t, first, last)) &&
          !starts_known_name(t, first, last) &&
          !(first + 1 == last && is_party_word(t, first)) &&
          !(first + 1 == last && before_versus(t, last)) &&
          !(first + 2 == last && is_pinyin_pair(t, first)) &&
          !is_plural_company_name(t, first, last) &&
          !(first == run_first && opens_dateline(t, first, last)) &&
          !(first == run_first && person_apposition_follows(t, first, last)) &&
          !(first == run_first && opens_result_pair(t, last, 3)) &&
          !starts_compass_place(t, first, last) &&
          !(first == run_first && !never_first &&
            opens_with_body_name(x, first, last))) ||
         (first == run_first && is_position_letter(t, first, last)) ||
         leads_with_date_word(t, first, last) ||
         /* "Chipmaker Nvoria said": the kind of body, by its place */
         (first == run_first && first + 1 < last &&
          (capital_by_position(t, first) ||
           (first > 0 && is_dash_token(t, first - 1))) &&
          is_body_kind_noun(t, first)) ||
         (first == run_first ? contraction_first : is_contraction(t, first)) ||
         (first == run_first ? hyphen_first : is_hyphen_modifier(t, first)) ||
         ((first == run_first ? never_first : is_never_a_name_at(t, first)) &&
          (!afs_tok_is(t, first, "The") || capital_by_position(t, first)))))
        first++;
    while (first < last && (t->tokens[first].kind != AFS_TOK_WORD ||
                            !(t->tokens[first].flags & AFS_TF_CAPITAL)))
        first++;
    /* "Twitter Tuesday", "California Governor", "Airbus A350-900": dates,
     * bare titles and model numbers at the end are not part of a name; a
     * title after "of" is the body's field ("Court of Justice"). */
    bool title_after = false; /* "Chief Strategy Officer" */
    size_t run_last = last;
    while (last > first + 1) {
        bool title_last =
            run_title_at(x, last - 1, last) == 1 &&
            !is_given_then_surname(t, last - 2, last) &&
            !is_titled_given_name(x, first, last - 2) &&
            !(last == run_last && source_names_title_word(x, first, last));
        if (is_cap_word(t, last - 1) &&
            !lex_token(t, last - 1, AFS_LEX_TIME_WORDS) &&
            !(title_last && !afs_tok_is(t, last - 2, "of")) &&
            !has_digit(t, last - 1))
            break;
        title_after |= title_last;
        last--;
    }
    if (first >= last || !is_cap_word(t, last - 1) ||
        (last == first + 1 &&
         (first == run_first ? never_first : is_never_a_name_at(t, first))) ||
        (last == first + 1 && (t->tokens[first].flags & AFS_TF_ALL_CAPS) &&
         is_common_word(t, first) && !is_known_name(t, first) &&
         !names_a_source(t, first, last)))
        return;
    if (split_after_country(x, first, last) ||
        split_place_party(x, first, last) || is_quoted_label(t, first, last))
        return;
    size_t title_first = first;
    const char *role = strip_titles(x, &first, last, &title_first);
    if (role && title_after && only_common_words(t, first, last))
        return; /* "Chief Marketing Officer": one office, no name inside */
    if (role && !is_cap_word(t, first)) {
        emit_office_of(x, title_first, first, last);
        return;
    }
    if (!role) {
        role = title_before(x, first, &title_first);
        if (role && is_place_after_title_verb(t, first, last)) {
            role = NULL;
            title_first = first;
        }
    }
    mention *m = add_mention(x, first, last);
    m->title_first = title_first;
    m->role = role;
    classify_span(x, m);
}

/* "the MacBook Pro. The price", "Xbox One X. So", "MacBook Pro. I've":
 * a word ending in a
 * full stop that the sentence splitter took for an abbreviation, then a
 * function word or a common word that is no name, is a sentence's end.
 * Not "U.S. Army" (dots inside) or "St. Louis" (a name after). */
static bool is_unmarked_sentence_start(const afs_text *t, size_t j)
{
    const char *p = afs_tok_str(t, j - 1);
    size_t n = afs_tok_len(t, j - 1);
    if (p[n - 1] != '.' || memchr(p, '.', n - 1))
        return false;
    /* after an initial a surname may be a word: "Mary E. Lovely" */
    return is_never_a_name_at(t, j) || is_contraction(t, j) ||
           (n > 2 && is_common_word(t, j) && !is_known_name(t, j) &&
            !title_length(t, j, j + 1));
}

/* "the People's Liberation Army", "the Children's Hospital": a plural
 * of people owning the rest opens a body's name after "the". */
static bool opens_group_possessive(const afs_text *t, size_t i, size_t j)
{
    static const char *const groups[] = {"People", "Women", "Children", "Men",
                                         NULL};
    bool after_the = (j == i + 1 && i > 0 && afs_tok_is(t, i - 1, "the")) ||
                     (j == i + 2 && afs_tok_is(t, i, "The"));
    return after_the && afs_tok_is_one_of(t, j - 1, groups);
}

/* The first capitalised word at or after i (is_cap_word), or the token
 * count: one compare a token, as most tokens start no name. */
static size_t next_cap_word(const afs_text *t, size_t i)
{
    const afs_token *k = t->tokens + i, *end = t->tokens + t->token_count;
    while (k < end && ((k->flags & (AFS_TF_CAPITAL | AFS_TF_POSSESSIVE)) !=
                           AFS_TF_CAPITAL ||
                       k->kind != AFS_TOK_WORD)) /* the flags turn most away */
        k++;
    return (size_t)(k - t->tokens);
}

/* "Department of Health and Human Services", "Minister of Trade and
 * Industry": a government office's portfolios go on over "and"; a
 * university's name does not ("University of Michigan and Ohio State"). */
static bool is_inner_cap_word(const afs_text *t, size_t i)
{
    return i < t->token_count && is_cap_word(t, i) &&
           !(t->tokens[i].flags & AFS_TF_SENT_START);
}

/* "Council on Energy", "Society for the Prevention of", "Ministry of
 * Trade": a body's head whose complement is a field or a cause; that
 * complement may list several ("Water, Soil and Air"). Not a university
 * ("University of Michigan and Ohio State") nor a bank ("Bank of America
 * and Wells Fargo"), whose complement is a place or a name. */
static bool is_field_head(const afs_text *t, size_t i)
{
    static const char *const heads[] = {
        "Council",     "Commission", "Committee", "Society",
        "Association", "Institute",  "Centre",    "Center",
        "Foundation",  "Agency",     "Board",     "Federation",
        "Alliance",    "Coalition",  "League",    "Academy",
        "Conference",  "Forum",      "Authority", "Administration",
        "Department",  "Ministry",   "Bureau",    "Office",
        "Secretary",   "Minister",   "Panel",     "Subcommittee",
        NULL};
    return afs_tok_is_one_of(t, i, heads);
}

/* "Department of", "Minister of": an office whose portfolios go on over
 * "and" whatever follows ("Health and Human Services"). */
static bool is_office_head(const afs_text *t, size_t i)
{
    static const char *const offices[] = {"Department", "Ministry",  "Bureau",
                                          "Office",     "Secretary", "Minister",
                                          NULL};
    return afs_tok_is_one_of(t, i, offices);
}

/* "(CBP)": an acronym in brackets at i. */
static bool is_bracketed_acronym(const afs_text *t, size_t i)
{
    return i + 2 < t->token_count && afs_tok_is(t, i, "(") &&
           (t->tokens[i + 1].flags & AFS_TF_ALL_CAPS) &&
           afs_tok_len(t, i + 1) >= 2 && afs_tok_is(t, i + 2, ")");
}

/* A name's run ends before i: no capitalised word nor connector goes
 * on with it (a bracketed acronym may follow). */
static bool name_ends_at(const afs_text *t, size_t i)
{
    return !is_inner_cap_word(t, i) && connected_length(t, i) == 0 &&
           !afs_tok_is(t, i, "&");
}

/* "Energy", "Border": a capitalised word that names a field, no name
 * of its own (a place, a country, a known body, a person, a title):
 * "the Council on Trade and China" lists two. */
static bool is_field_word(const afs_text *t, size_t i)
{
    return is_inner_cap_word(t, i) && !is_known_name(t, i) &&
           !title_length(t, i, i + 1) && !is_party_word(t, i);
}

/* The end of the coordinated run from j, "and" or ", and" closing a
 * list of single words after commas (", Wind, and Storage"), each word
 * passing word_ok, the last conjunct up to three words; j (no list) when
 * none or when the run does not end the name. */
static size_t coordinated_end(const afs_text *t, size_t j, size_t *commas,
                              bool (*word_ok)(const afs_text *, size_t))
{
    size_t k = j;
    *commas = 0;
    while (afs_tok_is(t, k, ",") && word_ok(t, k + 1) &&
           (afs_tok_is(t, k + 2, ",") || afs_tok_is(t, k + 2, "and"))) {
        k += 2;
        ++*commas;
    }
    if (k > j && afs_tok_is(t, k, ",") && afs_tok_is(t, k + 1, "and"))
        k++;
    if (!afs_tok_is(t, k, "and") || !word_ok(t, k + 1))
        return j;
    size_t e = k + 2;
    while (e < k + 4 && word_ok(t, e))
        e++;
    return name_ends_at(t, e) ? e : j;
}

/* "and Amnesty International": a last conjunct of two words or more
 * ending in a head word is a body of its own. */
static bool ends_in_body_of_its_own(const afs_text *t, size_t e)
{
    return lex_token(t, e - 1, AFS_LEX_ORG_KEYWORDS) && is_cap_word(t, e - 2);
}

/* A capitalised common word no lexicon knows as a name: "Defense",
 * "Space", "Customs"; not "Deloitte". */
static bool is_plain_cap_word(const afs_text *t, size_t i)
{
    return is_field_word(t, i) && is_common_word(t, i);
}

/* The tokens from j that list an office's further portfolios or a
 * body's further fields: "and Human" of "Department of Health and Human
 * Services", ", Industry and Energy" of "Ministry of Trade, Industry and
 * Energy", ", Environment and Water" of "Council on Energy, Environment
 * and Water"; 0 when j starts no such list. */
static size_t portfolios_length(const afs_text *t, size_t first, size_t j)
{
    if (!afs_tok_is(t, j, "and") && !afs_tok_is(t, j, ","))
        return 0;
    for (size_t o = first + 1; o + 1 < j; o++) {
        if (!afs_tok_is(t, o, "of") && !afs_tok_is(t, o, "on") &&
            !afs_tok_is(t, o, "for"))
            continue;
        size_t commas, e;
        /* an office's list goes on into more words ("Human Services") */
        if (afs_tok_is(t, o, "of") && is_office_head(t, o - 1)) {
            size_t k = j;
            while (afs_tok_is(t, k, ",") && is_inner_cap_word(t, k + 1) &&
                   (afs_tok_is(t, k + 2, ",") || afs_tok_is(t, k + 2, "and")))
                k += 2;
            if (k > j && afs_tok_is(t, k, ",") && afs_tok_is(t, k + 1, "and"))
                k++;
            return afs_tok_is(t, k, "and") && is_inner_cap_word(t, k + 1)
                       ? k + 2 - j
                       : 0;
        }
        if (is_field_head(t, o - 1) &&
            (e = coordinated_end(t, j, &commas, is_plain_cap_word)) > j &&
            !ends_in_body_of_its_own(t, e))
            return e - j;
    }
    return 0;
}

/* "Council on Energy", "Commission on Human Rights": "on" after a body's
 * head opens its field; not a day ("the Council on Monday") nor a place
 * the lexicons know ("the Committee on Long Island"). */
static size_t field_on_length(const afs_text *t, size_t j)
{
    return afs_tok_is(t, j, "on") && is_field_head(t, j - 1) &&
                   is_field_word(t, j + 1) &&
                   !lex_token(t, j + 1, AFS_LEX_TIME_WORDS) &&
                   !(j + 3 <= t->token_count &&
                     afs_span_value(t, j + 1, j + 3, AFS_LEX_PLACES))
               ? 2
               : 0;
}

/* "Society for the Prevention of Cruelty to Children": "to" and the
 * cause's object end a name "for the X of Y". */
static size_t cause_to_length(const afs_text *t, size_t first, size_t j)
{
    if (!afs_tok_is(t, j, "to") || !is_inner_cap_word(t, j + 1) ||
        !name_ends_at(t, j + 2))
        return 0;
    bool after_for = false;
    for (size_t o = first + 1; o < j; o++) {
        after_for |= afs_tok_is(t, o, "for");
        if (after_for && afs_tok_is(t, o, "of"))
            return 2;
    }
    return 0;
}

/* "Boeing Defense, Space, and Security": a company's name and its
 * divisions, common words each, after commas and ending the name; a
 * list of companies ("Apple, Google and Meta") names each, no word of
 * it common. The brand opens the run. */
static size_t divisions_length(const afs_text *t, size_t first, size_t j)
{
    if (j < first + 2 || !afs_tok_is(t, j, ",") ||
        !is_plain_cap_word(t, j - 1) || is_common_word(t, first) ||
        is_known_name(t, first))
        return 0;
    for (size_t k = first; k < j; k++)
        if (!is_cap_word(t, k))
            return 0;
    size_t commas, e = coordinated_end(t, j, &commas, is_plain_cap_word);
    /* the serial comma before "and" too: "Teams, Outlook and Word" may
     * list a company's products */
    return e > j && commas > 0 && afs_tok_is(t, j + 2 * commas, ",") &&
                   e == j + 2 * commas + 3
               ? e - j
               : 0;
}

/* "Border Protection", "Drug Administration": an agency's duty or a
 * public body's head ends its name; not a company's ("Apple and Amazon
 * Web Services" are two). */
static bool is_agency_end(const afs_text *t, size_t i)
{
    static const char *const ends[] = {
        "Protection", "Enforcement", "Prevention", "Control", "Administration",
        "Agency",     "Service",     "Commission", "Board",   "Authority",
        "Bureau",     "Department",  NULL};
    return afs_tok_is_one_of(t, i, ends);
}

/* "Customs and Border Protection", "Food and Drug Administration": a
 * field, "and" and a public body's name of common words ending in its
 * head or followed by its acronym; "Apple and Google" stay two names. */
static size_t joined_body_length(const afs_text *t, size_t j)
{
    if (!afs_tok_is(t, j, "and") || !is_plain_cap_word(t, j - 1) ||
        !is_plain_cap_word(t, j + 1) || !is_plain_cap_word(t, j + 2))
        return 0;
    size_t e = j + 3;
    if (is_plain_cap_word(t, e))
        e++;
    if (!name_ends_at(t, e))
        return 0;
    return is_agency_end(t, e - 1) || is_bracketed_acronym(t, e) ? e - j : 0;
}

/* "Human Rights and Democracy Act", "Water and Air Act": a law's name
 * of two words or more goes on over "and" to the "Act" that ends it, a
 * few capitals on ("Apple and Google Act fast" is two names). */
static bool joins_law_name(const afs_text *t, size_t first, size_t j)
{
    if (j < first + 2 || !afs_tok_is(t, j, "and"))
        return false;
    for (size_t k = j + 1; k < j + 5 && is_cap_word(t, k) &&
                           !(t->tokens[k].flags & AFS_TF_SENT_START);
         k++)
        if (afs_tok_is(t, k, "Act"))
            return true;
    return false;
}

/* Tokens [first, last) are a place the lexicon lists with a possessive
 * in its name ("Martha's Vineyard"), written with either apostrophe. */
static bool is_possessive_place(const afs_text *t, size_t first, size_t last)
{
    char buf[64];
    const char *s = afs_tok_str(t, first);
    size_t n = t->tokens[last - 1].end - t->tokens[first].start, len = 0;
    for (size_t k = 0; k < n && len < sizeof buf; k++) {
        /* U+2019, the typographic apostrophe */
        bool curly = k + 2 < n && memcmp(s + k, "\xE2\x80\x99", 3) == 0;
        buf[len++] = curly ? '\'' : s[k];
        k += curly ? 2 : 0;
    }
    return len < sizeof buf && afs_lex_value(AFS_LEX_PLACES, buf, len);
}

/* "Martha’s Vineyard": a name find_names joined across a possessive
 * because the places lexicon lists it. */
static bool names_possessive_place(const afs_text *t, const mention *m)
{
    for (size_t k = m->first + 1; k + 1 < m->last; k++)
        if (t->tokens[k].flags & AFS_TF_POSSESSIVE)
            return is_possessive_place(t, m->first, m->last);
    return false;
}

void find_names(extraction *x)
{
    const afs_text *t = x->text;
    x->mention_at =
        afs_arena_array(x->arena, t->token_count + 1, sizeof *x->mention_at);
    memset(x->title_memo, 0, sizeof x->title_memo); /* another text's */
    /* news has a name every twenty tokens or so: one array for most
     * texts, not one for each doubling */
    x->mentions.arena = x->arena;
    afs_vec_reserve(&x->mentions, t->token_count / 16 + 8);
    for (size_t i = next_cap_word(t, 0); i < t->token_count;) {
        size_t j = i + 1, n;
        size_t credit = credit_close(t, i); /* "[ Tom's Guide ]" is one */
        if (credit) {
            emit_run(x, i, credit);
            i = next_cap_word(t, credit);
            continue;
        }
        while (j < t->token_count &&
               t->tokens[j].paragraph == t->tokens[i].paragraph) {
            if (is_cap_word(t, j) &&
                !(t->tokens[j].flags & AFS_TF_SENT_START) &&
                !is_unmarked_sentence_start(t, j))
                j++;
            else if ((n = connected_length(t, j)) > 0 &&
                     !lex_token(t, j - 1, AFS_LEX_TIME_WORDS))
                j += n; /* not "On Monday the People's Daily" */
            else if ((n = portfolios_length(t, i, j)) > 0 ||
                     (n = field_on_length(t, j)) > 0 ||
                     (n = cause_to_length(t, i, j)) > 0 ||
                     (n = divisions_length(t, i, j)) > 0 ||
                     (n = joined_body_length(t, j)) > 0)
                j += n; /* "Department of Health and Human Services" */
            else if (afs_tok_is(t, j, "and") && j + 2 <= t->token_count &&
                     afs_span_value(t, i, j + 2, AFS_LEX_COUNTRIES))
                j += 2; /* "Bosnia and Herzegovina" */
            else if (joins_law_name(t, i, j))
                j += 2; /* "Human Rights and Democracy Act" */
            else if ((t->tokens[j].flags & AFS_TF_POSSESSIVE) &&
                     (title_length(t, j - 1, j) == 1 ||
                      opens_group_possessive(t, i, j)) &&
                     is_cap_word(t, j + 1))
                j += 2; /* "Attorney's Office", "the People's Daily" */
            else if ((t->tokens[j].flags & AFS_TF_POSSESSIVE) &&
                     is_cap_word(t, j + 1) && is_possessive_place(t, i, j + 2))
                j += 2; /* "Martha's Vineyard", "Hawke's Bay" */
            else
                break;
        }
        emit_run(x, i, j);
        i = next_cap_word(t, j);
    }
}

/* ---- classification ---------------------------------------------------- */

/* Looks the whole span up in a lexicon. A country's value is its usual
 * name; an all-caps dateline ("HANOI") found in title case gets that form
 * as its canonical name either way. */
static bool span_lookup(const extraction *x, mention *m, enum afs_lexicon lex,
                        bool value_is_name)
{
    const afs_text *t = x->text;
    const char *s = t->clean + t->tokens[m->first].start;
    size_t n = t->tokens[m->last - 1].end - t->tokens[m->first].start;
    const char *v = afs_span_value(t, m->first, m->last, lex);
    const char *form = NULL;
    if (!v && (t->tokens[m->first].flags & AFS_TF_ALL_CAPS) && n > 3) {
        char buf[96];
        if (n >= sizeof buf)
            return false;
        bool word_start = true;
        for (size_t c = 0; c < n; c++) {
            unsigned char ch = (unsigned char)s[c];
            buf[c] = word_start ? (char)ch : afs_ascii_lower((char)ch);
            word_start = ch == ' ' || ch == '-' || ch == '\'';
        }
        v = afs_lex_value(lex, buf, n);
        if (v)
            form = afs_arena_strndup(x->arena, buf, n);
    }
    if (!v)
        return false;
    if (value_is_name && *v)
        m->canonical = v;
    else if (form)
        m->canonical = form;
    return true;
}

/* span_lookup, its first test inline: the word index rules out most
 * spans, and only capitals are tried again in title case. */
static inline bool span_in(const extraction *x, mention *m,
                           enum afs_lexicon lex, bool value_is_name)
{
    const afs_text *t = x->text;
    if (!afs_span_may_be_key(t, m->first, m->last, lex) &&
        !(t->tokens[m->first].flags & AFS_TF_ALL_CAPS))
        return false;
    return span_lookup(x, m, lex, value_is_name);
}

/* "Southern California", "Northern Ireland": a compass word before a
 * place is a place. */
/* The compass words of is_compass_place, by their initial: most names
 * start with another letter. */
static bool is_compass_word(const afs_text *t, size_t i)
{
    static const char *const c[] = {"Central", NULL};
    static const char *const e[] = {"East", "Eastern", NULL};
    static const char *const g[] = {"Greater", NULL};
    static const char *const l[] = {"Lower", NULL};
    static const char *const n[] = {"North", "Northern", NULL};
    static const char *const s[] = {"South", "Southern", NULL};
    static const char *const u[] = {"Upper", NULL};
    static const char *const w[] = {"West", "Western", NULL};
    static const char *const *const by_initial[26] = {
        ['C' - 'A'] = c, ['E' - 'A'] = e, ['G' - 'A'] = g, ['L' - 'A'] = l,
        ['N' - 'A'] = n, ['S' - 'A'] = s, ['U' - 'A'] = u, ['W' - 'A'] = w};
    unsigned char first = (unsigned char)*afs_tok_str(t, i);
    if (first < 'A' || first > 'Z')
        return false;
    const char *const *words = by_initial[first - 'A'];
    return words && afs_tok_is_one_of(t, i, words);
}

static bool is_compass_place(const extraction *x, const mention *m)
{
    const afs_text *t = x->text;
    if (m->last - m->first < 2)
        return false;
    bool prefix = is_compass_word(t, m->first);
    const char *rest = t->clean + t->tokens[m->first + 1].start;
    size_t n = t->tokens[m->last - 1].end - t->tokens[m->first + 1].start;
    return prefix && (afs_lex_has(AFS_LEX_PLACES, rest, n) ||
                      afs_lex_has(AFS_LEX_COUNTRIES, rest, n));
}

/* "Osun State", "Rakhine State", "Kano North": a province or state of a
 * federation (the places lexicon's subdivisions; the US states are its
 * regions, and "Ohio State" a university) with "State" or a compass
 * word after it is a place, a state or a district of it. */
static bool is_subdivision_part(const afs_text *t, const mention *m)
{
    if (m->last - m->first != 2 || (!afs_tok_is(t, m->first + 1, "State") &&
                                    !is_compass_word(t, m->first + 1)))
        return false;
    const char *v = afs_span_value(t, m->first, m->first + 1, AFS_LEX_PLACES);
    return v && strcmp(v, "subdivision") == 0;
}

/* "Americans", "Canadians": people of a nation, not a name. */
static bool is_demonym_plural(const extraction *x, const mention *m)
{
    const afs_text *t = x->text;
    size_t n = afs_tok_len(t, m->first);
    return m->last == m->first + 1 && n > 2 &&
           afs_tok_str(t, m->first)[n - 1] == 's' &&
           afs_lex_has(AFS_LEX_DEMONYMS, afs_tok_str(t, m->first), n - 1);
}

/* "Kurds", "Shiites", "Anglophiles": WordNet's members of a people, a
 * faith or a following (the acronym lexicon's value "g") name a group of
 * people, no body and no person. */
static bool is_group_noun_at(const afs_text *t, size_t i)
{
    if (!afs_tok_has_key(t, i, AFS_LEX_COMMON_ACRONYMS))
        return false;
    const char *v = afs_span_value(t, i, i + 1, AFS_LEX_COMMON_ACRONYMS);
    return v && v[0] == 'g' && v[1] == '\0';
}

/* A group noun alone; in a game's report "the Vikings" and "the Sooners"
 * are teams. */
static bool is_group_of_people(extraction *x, const mention *m)
{
    /* "Americans" is a demonym's plural, no team's, in any text */
    return m->last == m->first + 1 && is_group_noun_at(x->text, m->first) &&
           !is_demonym_plural(x, m) && !reports_a_game(x);
}

/* "Friday", "October": a date, not a name. */
static inline bool is_time_word(const extraction *x, const mention *m)
{
    if (m->last - m->first != 1)
        return false;
    const afs_text *t = x->text;
    size_t n = afs_tok_len(t, m->first);
    const char *w = afs_tok_str(t, m->first);
    return afs_tok_has_key(t, m->first, AFS_LEX_TIME_WORDS) ||
           (n > 1 && w[n - 1] == '.' &&
            afs_lex_has(AFS_LEX_TIME_WORDS, w, n - 1));
}

static bool has_keyword(const extraction *x, const mention *m,
                        enum afs_lexicon lex)
{
    for (size_t i = m->first; i < m->last; i++)
        if (lex_token(x->text, i, lex))
            return true;
    return false;
}

static bool is_acronym(const afs_text *t, const mention *m)
{
    if (m->last - m->first != 1)
        return false;
    const afs_token *k = &t->tokens[m->first];
    size_t n = k->end - k->start;
    return (k->flags & AFS_TF_ALL_CAPS) && n >= 2 && n <= 6;
}

/* "Linn County Circuit": a place's head word is in no personal name. */
static bool has_place_word(const extraction *x, const mention *m)
{
    for (size_t i = m->first; i < m->last; i++)
        if (ends_with_place_head(x->text, i, i + 1))
            return true;
    return false;
}

/* Words of a name not counting lower-case particles: "Marcelo Rebelo de
 * Sousa" has three. */
static size_t name_words(const afs_text *t, const mention *m)
{
    static const char *const joiners[] = {"of", "for", "the", "&", NULL};
    size_t n = 0;
    for (size_t i = m->first; i < m->last; i++) {
        char c = *afs_tok_str(t, i); /* most words start otherwise */
        if ((c == 'o' || c == 'f' || c == 't' || c == '&') &&
            afs_tok_is_one_of(t, i, joiners))
            return 0; /* "Bank of Japan" is no one's name */
        n += (t->tokens[i].flags & AFS_TF_CAPITAL) != 0 ||
             is_article_prefixed_name(t, i);
    }
    return n;
}

/* "Charles" the river, "Elbert" the mountain: a given name that names
 * only water or a mountain is still mostly a given name. */
static bool is_minor_place_name(const afs_text *t, size_t i)
{
    const char *cls = afs_span_value(t, i, i + 1, AFS_LEX_PLACES);
    return cls && (strcmp(cls, "water") == 0 || strcmp(cls, "mountain") == 0);
}

/* "White House Russia": a country in a run of three words or more is no
 * part of a personal name, whatever its first word ("Robert Jordan" is
 * two). */
static bool has_country_after_first(const afs_text *t, const mention *m)
{
    if (m->last - m->first < 3)
        return false;
    for (size_t i = m->first + 1; i < m->last; i++)
        if (lex_token(t, i, AFS_LEX_COUNTRIES))
            return true;
    return false;
}

/* Whether w[0..n) is one syllable as Korean names are romanised ("Jeong",
 * "Hye", "Taek", "Woo"): an onset, a vowel, a final consonant, each
 * optional but the vowel. The input is lowered as it is read. */
static bool is_romanised_syllable(const char *w, size_t n)
{
    static const char *const onsets[] = {
        "kk", "tt", "pp", "ss", "jj", "ch", "g", "k", "n", "d", "t",
        "r",  "l",  "m",  "b",  "p",  "s",  "j", "h", "w", "y", ""};
    static const char *const vowels[] = {"yeo", "yae", "wae", "ae", "ya", "eo",
                                         "ye",  "wa",  "oe",  "yo", "wo", "we",
                                         "wi",  "yu",  "eu",  "ui", "oo", "ee",
                                         "a",   "e",   "o",   "u",  "i"};
    static const char *const finals[] = {"ng", "k", "n", "t", "l",
                                         "m",  "p", "g", ""};
    char low[8];
    if (n < 2 || n > 6)
        return false;
    for (size_t k = 0; k < n; k++)
        low[k] = afs_ascii_lower(w[k]);
    for (size_t a = 0; a < sizeof onsets / sizeof *onsets; a++) {
        size_t la = strlen(onsets[a]);
        if (la > n || memcmp(low, onsets[a], la) != 0)
            continue;
        for (size_t b = 0; b < sizeof vowels / sizeof *vowels; b++) {
            size_t lb = strlen(vowels[b]);
            if (la + lb > n || memcmp(low + la, vowels[b], lb) != 0)
                continue;
            for (size_t c = 0; c < sizeof finals / sizeof *finals; c++)
                if (la + lb + strlen(finals[c]) == n &&
                    memcmp(low + la + lb, finals[c], strlen(finals[c])) == 0)
                    return true;
        }
    }
    return false;
}

/* "Jeong Hye Jin", "Oh Kyeong Taek", "Kim Jong Un": a surname of a few
 * letters and two capitalised words of one romanised syllable each are
 * a Korean person's name, written without its hyphen; no word of it a
 * place's, a country's or a body's head ("Hong Kong Police"). */
static bool is_syllable_name(const afs_text *t, const mention *m)
{
    if (m->last - m->first != 3 || afs_tok_len(t, m->first) > 6)
        return false;
    for (size_t i = m->first; i < m->last; i++)
        if (t->tokens[i].kind != AFS_TOK_WORD ||
            (t->tokens[i].flags & AFS_TF_ALL_CAPS) ||
            !(t->tokens[i].flags & AFS_TF_CAPITAL) ||
            lex_token(t, i, AFS_LEX_PLACES) ||
            lex_token(t, i, AFS_LEX_COUNTRIES) ||
            lex_token(t, i, AFS_LEX_ORG_KEYWORDS) ||
            (i > m->first &&
             !is_romanised_syllable(afs_tok_str(t, i), afs_tok_len(t, i))))
            return false;
    return true;
}

/* Whether low[0..n) reads as exactly count syllables of pinyin ("jin"
 * "ping", "meng" "guang"): an initial, then a final. */
static bool is_pinyin(const char *low, size_t n, int count)
{
    /* every final opens with a vowel, every initial with a consonant */
    static const struct {
        const char *s;
        unsigned char n;
    } finals[] = {{"iang", 4}, {"iong", 4}, {"uang", 4}, {"ang", 3}, {"eng", 3},
                  {"ing", 3},  {"ong", 3},  {"ian", 3},  {"iao", 3}, {"uai", 3},
                  {"uan", 3},  {"ai", 2},   {"an", 2},   {"ao", 2},  {"ei", 2},
                  {"en", 2},   {"er", 2},   {"ia", 2},   {"ie", 2},  {"in", 2},
                  {"iu", 2},   {"ou", 2},   {"ua", 2},   {"ui", 2},  {"un", 2},
                  {"uo", 2},   {"a", 1},    {"e", 1},    {"i", 1},   {"o", 1},
                  {"u", 1}};
    if (count == 0)
        return n == 0;
    size_t la = 0;
    if (n >= 2 && low[1] == 'h' && strchr("zcs", low[0]))
        la = 2;
    else if (n >= 1 && strchr("bpmfdtnlgkhjqxrzcsyw", low[0]))
        la = 1;
    if (la >= n || !strchr("aeiou", low[la]))
        return false;
    for (size_t b = 0; b < sizeof finals / sizeof *finals; b++) {
        size_t lb = finals[b].n;
        if (finals[b].s[0] == low[la] && la + lb <= n &&
            memcmp(low + la, finals[b].s, lb) == 0 &&
            is_pinyin(low + la + lb, n - la - lb, count - 1))
            return true;
    }
    return false;
}

/* Token i lowered reads as count syllables of pinyin. */
static bool is_pinyin_token(const afs_text *t, size_t i, int count)
{
    char low[16];
    size_t n = afs_tok_len(t, i);
    if (n < 2 || n >= sizeof low || t->tokens[i].kind != AFS_TOK_WORD ||
        (t->tokens[i].flags & AFS_TF_ALL_CAPS))
        return false;
    for (size_t k = 0; k < n; k++)
        low[k] = afs_ascii_lower(afs_tok_str(t, i)[k]);
    return is_pinyin(low, n, count);
}

/* "Xi Jinping", "Liu He", "Ren Zhengfei": tokens f and f + 1 are a
 * Chinese name in pinyin, a surname of one syllable and a given name of
 * min_given to max_given, one of the two no English word ("Xi" and "He"
 * are words); no country's, nationality's or body's word. The lengths and
 * the lexicons' bits first: most pairs fail them. */
static bool is_pinyin_at(const afs_text *t, size_t f, int min_given,
                         int max_given)
{
    size_t g = f + 1;
    if (g >= t->token_count || afs_tok_len(t, f) > 6 ||
        afs_tok_len(t, g) > 15 ||
        (is_common_word(t, f) && is_common_word(t, g)))
        return false;
    /* a surname may be a town's name elsewhere ("Gao"); the whole name is
     * looked up as a place before this */
    for (size_t i = f; i <= g; i++)
        if ((i == g && (lex_token(t, i, AFS_LEX_PLACES) ||
                        lex_token(t, i, AFS_LEX_CITIES))) ||
            lex_token(t, i, AFS_LEX_COUNTRIES) ||
            lex_token(t, i, AFS_LEX_DEMONYMS) ||
            lex_token(t, i, AFS_LEX_ORGANIZATIONS) ||
            lex_token(t, i, AFS_LEX_ORG_KEYWORDS))
            return false;
    if (!is_pinyin_token(t, f, 1))
        return false;
    for (int syllables = min_given; syllables <= max_given; syllables++)
        if (is_pinyin_token(t, g, syllables))
            return true;
    return false;
}

/* "Fan Mengguang told": at a sentence's start, where "Fan" may be the
 * word, only a given name of two syllables that is no word will do. */
static bool is_pinyin_pair(const afs_text *t, size_t i)
{
    return i + 1 < t->token_count && afs_tok_len(t, i + 1) >= 4 &&
           !is_common_word(t, i + 1) && is_pinyin_at(t, i, 2, 2);
}

bool has_pinyin_shape(const afs_text *t, const mention *m)
{
    if (m->last - m->first != 2 || !is_pinyin_token(t, m->first, 1))
        return false;
    for (int syllables = 1; syllables <= 3; syllables++)
        if (is_pinyin_token(t, m->first + 1, syllables))
            return true;
    return false;
}

bool is_pinyin_name(const afs_text *t, const mention *m)
{
    return m->last - m->first == 2 && is_pinyin_at(t, m->first, 1, 3);
}

/* "J.R. Tolvane", "T.J. Marsh": two initials before a surname are a
 * person's, unless they are a place's or a body's ("U.S. Steel", "D.C.
 * United", "U.N. Security Council") or an abbreviation's. */
static bool starts_with_two_initials(const afs_text *t, const mention *m)
{
    size_t i = m->first;
    const char *s = afs_tok_str(t, i);
    if (m->last - i != 2 || afs_tok_len(t, i) != 4 || s[1] != '.' ||
        s[3] != '.' || !isupper((unsigned char)s[0]) ||
        !isupper((unsigned char)s[2]) ||
        !(t->tokens[i + 1].flags & AFS_TF_CAPITAL) ||
        (t->tokens[i + 1].flags & AFS_TF_ALL_CAPS))
        return false;
    return !lex_token(t, i, AFS_LEX_COUNTRIES) &&
           !lex_token(t, i, AFS_LEX_PLACES) &&
           !lex_token(t, i, AFS_LEX_ORGANIZATIONS) &&
           !lex_token(t, i, AFS_LEX_ABBREVIATIONS) &&
           !lex_token(t, i, AFS_LEX_TIME_WORDS);
}

/* "A.": a letter and a full stop. */
static bool is_initial(const afs_text *t, size_t i)
{
    return afs_tok_len(t, i) == 2 && afs_tok_str(t, i)[1] == '.';
}

/* "Jr.", "Sr.", "Jr": told by length first, as most words are longer. */
static bool is_generation_suffix(const afs_text *t, size_t i)
{
    size_t l = afs_tok_len(t, i);
    const char *s = afs_tok_str(t, i);
    if (l == 2)
        return s[0] == 'J' && s[1] == 'r';
    return l == 3 && (s[0] == 'J' || s[0] == 'S') && s[1] == 'r' && s[2] == '.';
}

/* "San Marino", "Santa Cruz do Sul": a saint's name before the place's
 * is no given name (internal.h). */
bool opens_with_saint(const afs_text *t, const mention *m)
{
    static const char *const saints[] = {"St.",    "St",  "Saint", "San",
                                         "Santa",  "São", "Sao",   "Ste.",
                                         "Sainte", NULL};
    return m->last - m->first >= 2 && afs_tok_is_one_of(t, m->first, saints);
}

static bool looks_like_person(const extraction *x, const mention *m)
{
    const afs_text *t = x->text;
    if (m->role)
        return true;
    if (opens_with_foreign_article(t, m->first, m->last))
        return false;
    /* "Edwin R. Halloway Award", "Curtis Cup Final": a prize or a match
     * named after someone, whatever its initials */
    if (is_event_or_work_head(t, m->last - 1) || opens_with_saint(t, m))
        return false;
    /* name_words after the cheaper test of the given name */
    size_t n =
        lex_token(t, m->first, AFS_LEX_GIVEN_NAMES) ? name_words(t, m) : 0;
    if (n >= 2 && n <= 4 &&
        !(is_common_word(t, m->first) && is_common_word(t, m->last - 1)) &&
        !lex_token(t, m->first, AFS_LEX_COUNTRIES) &&
        (!lex_token(t, m->first, AFS_LEX_PLACES) ||
         is_minor_place_name(t, m->first)) &&
        !has_country_after_first(t, m) &&
        !has_keyword(x, m, AFS_LEX_ORG_KEYWORDS) && !has_place_word(x, m) &&
        !lex_token(t, m->first + 1, AFS_LEX_DEMONYMS) &&
        /* "Orion AI chips": a thing's capitals end no person's name */
        !((t->tokens[m->last - 1].flags & AFS_TF_ALL_CAPS) &&
          lex_token(t, m->last - 1, AFS_LEX_COMMON_ACRONYMS)) &&
        /* "Santa Fe Animal Shelter": a place's name and more */
        !(m->last - m->first >= 3 &&
          starts_known_name(t, m->first, m->last - 1)))
        return true;
    /* "Patrick Carlineo Jr.", "Sonya A. Zoghlin", "G. Petit": an initial
     * or a generational suffix only stands in personal names; an initial
     * ends none ("the Xbox One X. So"). */
    for (size_t i = m->first; i < m->last; i++)
        if (is_generation_suffix(t, i) || (is_initial(t, i) && i + 1 < m->last))
            return true;
    return starts_with_two_initials(t, m) || is_syllable_name(t, m) ||
           is_pinyin_name(t, m);
}

/* "in Burbank", "BUFFALO, N.Y. —", "Mobile, Ala.": a city of the
 * gazetteer. One whose name is also a word or a given name (Mobile,
 * Reading, Florence) needs a place's context: a locative before it, a
 * comma and a place after it, or a dateline's capitals. */
static bool is_gazetteer_city(extraction *x, mention *m)
{
    const afs_text *t = x->text;
    const char *v = afs_span_value(t, m->first, m->last, AFS_LEX_CITIES);
    if (!v) /* a dateline; span_in changes m only when it finds one */
        return (t->tokens[m->first].flags & AFS_TF_ALL_CAPS) &&
               span_in(x, m, AFS_LEX_CITIES, false);
    if (*v == 'c')
        return true;
    /* not "to", "from" or "at": "moved to Chelsea", "won at Reading" are
     * as often the club named after the town */
    static const char *const before[] = {"in", "near", "outside", NULL};
    bool locative = m->first > 0 &&
                    afs_tok_is_one_of(t, m->first - 1, before) &&
                    !(t->tokens[m->first].flags & AFS_TF_SENT_START);
    bool comma_place = m->last + 1 < t->token_count &&
                       afs_tok_is(t, m->last, ",") &&
                       (afs_tok_has_key(t, m->last + 1, AFS_LEX_PLACES) ||
                        afs_tok_has_key(t, m->last + 1, AFS_LEX_COUNTRIES) ||
                        afs_tok_has_key(t, m->last + 1, AFS_LEX_ABBREVIATIONS));
    return locative || comma_place;
}

/* "SUVs", "LEDs", "IRAs": capitals and a plural "s" count things; a
 * body is not plural. */
static bool is_plural_acronym(const char *w, size_t n)
{
    if (n < 3 || w[n - 1] != 's')
        return false;
    for (size_t k = 0; k + 1 < n; k++)
        if (!isupper((unsigned char)w[k]))
            return false;
    return true;
}

/* "USD$23 billion", "EUR 40 million": capitals before a money sign or
 * a sum are a currency's code. Not before any number: "NBC 5" is a
 * station, "SBJ 40 Under 40" a magazine's list. */
static bool is_currency_code(const afs_text *t, const mention *m)
{
    static const char *const sums[] = {"million", "billion", "trillion",
                                       "bn",      "m",       NULL};
    size_t next = m->last;
    if (!(t->tokens[m->first].flags & AFS_TF_ALL_CAPS) ||
        m->last - m->first != 1 || next + 1 >= t->token_count)
        return false;
    if (afs_tok_is(t, next, "$"))
        return t->tokens[next + 1].kind == AFS_TOK_NUMBER;
    return t->tokens[next].kind == AFS_TOK_NUMBER &&
           afs_tok_is_one_of(t, next + 1, sums);
}

/* "DOI: 10.1007/...", "RRP: 49.95": capitals that a colon joins to a
 * number are the label of that number, an identifier's or a price's. */
static bool labels_a_number(const afs_text *t, const mention *m)
{
    size_t next = m->last;
    return (t->tokens[m->first].flags & AFS_TF_ALL_CAPS) &&
           m->last - m->first == 1 && next + 1 < t->token_count &&
           afs_tok_is(t, next, ":") &&
           t->tokens[next + 1].kind == AFS_TOK_NUMBER;
}

/* "TV", "DNA": an acronym WordNet knows as a thing. The technical terms
 * of the same lexicon (value "t", "HDMI") are weak: news names bodies by
 * the same letters, so entities_terms.c weighs them against the context. */
static bool is_thing_acronym(const afs_text *t, size_t i)
{
    if (!afs_tok_has_key(t, i, AFS_LEX_COMMON_ACRONYMS))
        return false;
    const char *v = afs_span_value(t, i, i + 1, AFS_LEX_COMMON_ACRONYMS);
    return v && *v == '\0';
}

/* An acronym WordNet knows as a thing ("TV", "DNA", "GMT"), a title in
 * capitals ("CEO"), a plural acronym or an abbreviation ("Lt.", "N.Y.")
 * standing alone names no organization, nor does a currency's code. */
static bool is_thing_abbreviation(const extraction *x, const mention *m)
{
    const afs_text *t = x->text;
    if (m->last - m->first != 1)
        return false;
    size_t n = afs_tok_len(t, m->first);
    const char *w = afs_tok_str(t, m->first);
    return is_thing_acronym(t, m->first) ||
           (n > 1 && w[n - 1] == '.' &&
            afs_tok_has_key(t, m->first, AFS_LEX_ABBREVIATIONS)) ||
           is_plural_acronym(w, n) || is_currency_code(t, m) ||
           labels_a_number(t, m) ||
           ((t->tokens[m->first].flags & AFS_TF_ALL_CAPS) &&
            title_length(t, m->first, m->last) == 1);
}

/* "15,522 in KeyBank Center": a center one is in is a venue; one works
 * or studies at ("at the Pew Research Center") stays a body. */
static bool is_venue_center(const afs_text *t, const mention *m)
{
    static const char *const centers[] = {"Center", "Centre", NULL};
    size_t before = m->first;
    if (m->last - m->first < 2 || !afs_tok_is_one_of(t, m->last - 1, centers))
        return false;
    if (before > 0 && afs_tok_is(t, before - 1, "the"))
        before--;
    return before > 0 && afs_tok_is(t, before - 1, "in");
}

/* "Ana Ruiz, a fellow at", "the director at": an apposition's comma or a
 * title within the six words before the preposition prep, in its
 * sentence, says who works there. */
static bool works_at(const afs_text *t, size_t prep)
{
    for (size_t i = prep; i-- > 0 && i + 7 > prep;) {
        if (t->tokens[i].sentence != t->tokens[prep].sentence ||
            t->tokens[i].kind == AFS_TOK_QUOTE)
            return false;
        if (afs_tok_is(t, i, ",") || title_length(t, i, prep) > 0)
            return true;
    }
    return false;
}

/* "Schlosspark-Klinik": a German clinic's compound names the building. */
static bool ends_in_klinik(const afs_text *t, size_t i)
{
    size_t n = afs_tok_len(t, i);
    return n > 7 && memcmp(afs_tok_str(t, i) + n - 7, "-Klinik", 7) == 0;
}

/* "at", "in", "inside": where one is, or an event takes place. */
static bool is_venue_preposition(const afs_text *t, size_t i)
{
    static const char *const preps[] = {"at",     "At",     "in", "In",
                                        "inside", "Inside", NULL};
    return afs_tok_is_one_of(t, i, preps);
}

/* The tokens [from, i) end in a known place's possessive: "San
 * Francisco's", "Nashville's" (the lexicons' towns, states and countries,
 * of up to three words). */
static bool follows_place_possessive(const afs_text *t, size_t i)
{
    if (i < 2 || !(t->tokens[i - 1].flags & AFS_TF_POSSESSIVE))
        return false;
    size_t end = i - 1;
    for (size_t from = end; from-- > 0 && from + 3 >= end;)
        if (afs_span_value(t, from, end, AFS_LEX_PLACES) ||
            afs_span_value(t, from, end, AFS_LEX_COUNTRIES) ||
            afs_span_value(t, from, end, AFS_LEX_CITIES))
            return true;
    return false;
}

/* Where the name's preposition would be: before "the" and before a
 * place's possessive ("at Nashville's", "in the"). */
static size_t venue_lead(const afs_text *t, size_t first)
{
    size_t before = first;
    if (follows_place_possessive(t, before)) {
        before--; /* the possessive */
        while (before > 0 && (t->tokens[before - 1].flags & AFS_TF_CAPITAL))
            before--;
    }
    if (before > 0 && afs_tok_is(t, before - 1, "the"))
        before--;
    return before;
}

/* "Hall", "Theater", "Room", "Office": a building's or a room's head
 * words, most of them a body's too ("the Congressional Budget Office"). */
static bool has_venue_head(const afs_text *t, const mention *m)
{
    static const char *const heads[] = {
        "Center",  "Centre",  "Hospital", "Facility", "Clinic", "Hall",
        "Theater", "Theatre", "Room",     "Office",   NULL};
    size_t last = m->last - 1;
    return (m->last - m->first >= 2 && afs_tok_is_one_of(t, last, heads)) ||
           ends_in_klinik(t, last);
}

/* "at BMI Norvale Hospital in Aberdeen", "stops at Pinewood Music Center
 * on July 22", "the nearby Harlow Space Center", "in the Map Room",
 * "San Francisco's Quarry Center": a building's or room's head, where one
 * is or goes, or owned by a town, is a venue used as a location. One who
 * works "at" or "in" one ("a fellow at the Talbridge Policy Center", "a
 * spokesman in the Records Office") names the body, unless a town
 * follows. */
static bool is_venue_building(const afs_text *t, const mention *m)
{
    if (!has_venue_head(t, m))
        return false;
    size_t before = m->first;
    if (before > 0 && afs_tok_is(t, before - 1, "nearby"))
        return true;
    /* an office of a town is its body ("Boston's Planning Office") */
    if (follows_place_possessive(t, m->first) &&
        !afs_tok_is(t, m->last - 1, "Office"))
        return true;
    before = venue_lead(t, m->first);
    if (before == 0 || !is_venue_preposition(t, before - 1))
        return false;
    bool town_follows = m->last + 1 < t->token_count &&
                        afs_tok_is(t, m->last, "in") &&
                        (t->tokens[m->last + 1].flags & AFS_TF_CAPITAL);
    return town_follows || !works_at(t, before - 1);
}

/* "sang at Nashville's Grand Ole Opry": a name of several words no head
 * classed, owned by a known town, where something takes place. */
static bool is_venue_of_a_town(const afs_text *t, const mention *m)
{
    if (m->last - m->first < 2 || !follows_place_possessive(t, m->first))
        return false;
    size_t before = venue_lead(t, m->first);
    return before > 0 && is_venue_preposition(t, before - 1) &&
           !works_at(t, before - 1);
}

/* "the Assad regime", "Maduro's regime": one word no lexicon placed
 * before a regime is its ruler ("the Syrian regime" is a nationality's,
 * "the Iran regime" a country's, both decided before). */
static bool rules_a_regime(const afs_text *t, const mention *m)
{
    size_t next = m->last;
    return m->last - m->first == 1 && next < t->token_count &&
           afs_tok_is(t, next, "regime");
}

/* "Bank of Japan", "Ministry for the Environment": a head word before a
 * connector heads the name; one before more capitals ("Government
 * Oversight", cut from "Project on Government Oversight") heads none. */
static bool has_head_before_connector(const afs_text *t, const mention *m)
{
    for (size_t i = m->first; i + 1 < m->last; i++)
        if (!(t->tokens[i + 1].flags & AFS_TF_CAPITAL) &&
            lex_token(t, i, AFS_LEX_ORG_KEYWORDS))
            return !is_event_or_work_head(t, m->last - 1);
    return false;
}

/* "Kenya Wildlife Service", "the Legislature", "by Congress": a head
 * word ends a body's name. Alone it names the body only between lower-
 * case words: a "Team" cut from a quoted "Topical Team", a "[Syrian]
 * Regime" or the "Business" of "Business Insider" is a piece of a name. */
static bool is_org_by_head(const afs_text *t, const mention *m)
{
    /* the head word's bit first, inline: most names end in no head */
    if (!afs_span_may_be_key(t, m->last - 1, m->last, AFS_LEX_ORG_KEYWORDS) ||
        !ends_with_org_head(t, m->first, m->last))
        return false;
    return m->last - m->first >= 2 ||
           (m->first > 0 && is_lower_word_at(t, m->first - 1) &&
            !is_cap_word(t, m->last));
}

/* A body the organizations lexicon names; one named by a common word
 * only when capitalised inside a sentence ("the Pentagon said", not
 * "State officials"). */
static bool is_lexicon_body(extraction *x, mention *m)
{
    const afs_text *t = x->text;
    const char *v = afs_span_value(t, m->first, m->last, AFS_LEX_ORGANIZATIONS);
    if (is_common_word_body(v))
        return m->last - m->first == 1 && !capital_by_position(t, m->first);
    if (v)
        return true;
    /* "REUTERS" in a dateline: span_in tries the name in title case */
    return (t->tokens[m->first].flags & AFS_TF_ALL_CAPS) &&
           span_in(x, m, AFS_LEX_ORGANIZATIONS, false);
}

/* "US$1.4 million", "NZ$30": a country's code joined to a dollar sign
 * and a sum is the currency, not the country. */
static bool prefixes_a_dollar_sum(const afs_text *t, const mention *m)
{
    size_t next = m->last;
    return m->last - m->first == 1 &&
           (t->tokens[m->first].flags & AFS_TF_ALL_CAPS) &&
           next + 1 < t->token_count && afs_tok_is(t, next, "$") &&
           t->tokens[next].start == t->tokens[m->first].end &&
           t->tokens[next + 1].kind == AFS_TOK_NUMBER;
}

/* "Tulsa, OK", "Athens, GA": two capitals that the lexicons give as a
 * state or a territory are its postal code after a town and a comma;
 * elsewhere they are a word ("going to be OK"), another abbreviation
 * ("a PR firm") or a code. "US" and "UK", which news writes alone for
 * the country, have a country's name of their own. */
static bool is_postal_code_out_of_place(const afs_text *t, const mention *m)
{
    if (m->last - m->first != 1 || afs_tok_len(t, m->first) != 2 ||
        !(t->tokens[m->first].flags & AFS_TF_ALL_CAPS))
        return false;
    const char *w = afs_tok_str(t, m->first);
    const char *country =
        afs_span_value(t, m->first, m->last, AFS_LEX_COUNTRIES);
    if (country ? strlen(country) != 2 || memcmp(country, w, 2) != 0
                : !afs_tok_has_key(t, m->first, AFS_LEX_PLACES))
        return false;
    return !(m->first > 0 && afs_tok_is(t, m->first - 1, ","));
}

/* "Dekalb, Ill.", "Quillby, N.Y.": a name a comma joins to a US state's
 * abbreviation is a town, the lexicons' or not. */
static bool is_town_before_state(const afs_text *t, const mention *m)
{
    size_t state = m->last + 1;
    if (m->last - m->first > 3 || state >= t->token_count ||
        !afs_tok_is(t, m->last, ","))
        return false;
    /* a state's abbreviation has its name as its value */
    const char *v = afs_span_value(t, state, state + 1, AFS_LEX_ABBREVIATIONS);
    return v && *v;
}

/* "-", an em or en dash: what ends a dateline before the story. */
static bool is_dateline_dash(const afs_text *t, size_t i)
{
    const char *w = afs_tok_str(t, i);
    size_t n = afs_tok_len(t, i);
    return (n == 1 && *w == '-') ||
           (n == 3 && (memcmp(w, "\xE2\x80\x94", 3) == 0 ||
                       memcmp(w, "\xE2\x80\x93", 3) == 0));
}

/* "BAAR, SWITZERLAND" on a line of its own, "ZUG, Switzerland --": a
 * dateline's town, the lexicons' or not, before its country at the start
 * of a paragraph; the country ends the line or a dash follows it. */
static bool is_dateline_town(const extraction *x, const mention *m)
{
    const afs_text *t = x->text;
    size_t country = m->last + 1;
    if (!(t->tokens[m->first].flags & AFS_TF_PARA_START) ||
        m->last - m->first > 2 || country >= t->token_count ||
        !afs_tok_is(t, m->last, ","))
        return false;
    for (size_t end = country + 1; end <= country + 3; end++) {
        bool line_ends = end >= t->token_count ||
                         (t->tokens[end].flags & AFS_TF_PARA_START) ||
                         is_dateline_dash(t, end) || afs_tok_is(t, end, "(");
        mention named = {.first = country, .last = end}; /* in capitals too */
        if (!line_ends)
            continue;
        /* "MAPLE GROVE, Minn. —", "Lakeview, Texas —": a state after it */
        const char *state =
            afs_span_value(t, country, end, AFS_LEX_ABBREVIATIONS);
        return span_in(x, &named, AFS_LEX_COUNTRIES, false) ||
               (state && *state) ||
               afs_span_value(t, country, end, AFS_LEX_PLACES);
    }
    return false;
}

/* "in Hollywood", "across the Pacific": a word that is an adjective of
 * its own place ("Hollywood stars", "Pacific nations") is the place
 * after a preposition of place. */
static bool is_adjective_place_after_locative(const afs_text *t,
                                              const mention *m)
{
    static const char *const locatives[] = {
        "in", "near", "across", "around", "outside", "throughout", NULL};
    size_t before = m->first;
    if (m->last - m->first != 1 ||
        !afs_tok_has_key(t, m->first, AFS_LEX_PLACES))
        return false;
    if (before > 0 && afs_tok_is(t, before - 1, "the"))
        before--;
    return before > 0 && afs_tok_is_one_of(t, before - 1, locatives) &&
           (m->last >= t->token_count ||
            !(t->tokens[m->last].flags & AFS_TF_CAPITAL));
}

static void set_class(mention *m, enum name_class cls, int strength)
{
    m->cls = cls;
    m->strength = strength;
}

/* "Mr. Ranking Member", "Madam Speaker": a courtesy title before an
 * office addresses its holder by the office, no name. One word of an
 * office only when no one has it for a surname ("Mr. Bishop" has). */
static bool is_office_addressed(const afs_text *t, const mention *m)
{
    static const char *const offices[] = {"President", "Chairman", "Chairwoman",
                                          "Speaker", NULL};
    size_t n = m->last - m->first;
    return m->role && (n == 1 ? afs_tok_is_one_of(t, m->first, offices)
                              : title_length(t, m->first, m->last) == n);
}

/* "Calif.", "N.M.": an abbreviation the list spells out as a state's
 * name is that state, named as in full. */
static bool names_a_state(const extraction *x, mention *m)
{
    const afs_text *t = x->text;
    if (m->last - m->first != 1 ||
        !afs_tok_has_key(t, m->first, AFS_LEX_ABBREVIATIONS))
        return false;
    const char *v = afs_span_value(t, m->first, m->last, AFS_LEX_ABBREVIATIONS);
    if (!v || !*v)
        return false;
    m->canonical = v;
    return true;
}

static bool is_dateline_dash(const afs_text *t, size_t i);

/* "a rally in Monroe, La.": a capitalised word and a comma before the
 * abbreviation are its town, which the story tells of; a dateline's
 * ("BUFFALO, N.Y. -", "DEKALB, Ill. (AP)") only says where it was
 * written. */
static bool follows_a_town(const afs_text *t, const mention *m)
{
    size_t i = m->first;
    if (i < 2 || !afs_tok_is(t, i - 1, ",") ||
        !(t->tokens[i - 2].flags & AFS_TF_CAPITAL) ||
        t->tokens[i - 2].kind != AFS_TOK_WORD)
        return false;
    return m->last >= t->token_count ||
           !(is_dateline_dash(t, m->last) || afs_tok_is(t, m->last, "("));
}

/* "New York, NY –", "AUSTIN, TX (AP) —": a state's two capitals after a
 * town and its comma, before the dateline's dash, say where the story
 * was written, as a dotted abbreviation does there. */
static bool is_dateline_state_code(const afs_text *t, const mention *m)
{
    size_t i = m->first;
    return m->last == i + 1 && afs_tok_len(t, i) == 2 &&
           (t->tokens[i].flags & AFS_TF_ALL_CAPS) && i >= 2 &&
           afs_tok_is(t, i - 1, ",") &&
           (t->tokens[i - 2].flags & AFS_TF_CAPITAL) &&
           m->last < t->token_count &&
           (is_dateline_dash(t, m->last) || afs_tok_is(t, m->last, "(")) &&
           lex_token(t, i, AFS_LEX_PLACES);
}

/* The text spells name out within its first limit tokens. */
static bool spelt_out(const afs_text *t, const char *name, size_t limit)
{
    size_t first_len = strcspn(name, " ");
    for (size_t k = 0; k < t->token_count && k < limit; k++) {
        if (afs_tok_len(t, k) != first_len ||
            memcmp(afs_tok_str(t, k), name, first_len) != 0)
            continue;
        const char *rest = name + first_len;
        size_t j = k + 1;
        while (*rest == ' ' && j < t->token_count) {
            size_t n = strcspn(rest + 1, " ");
            if (afs_tok_len(t, j) != n ||
                memcmp(afs_tok_str(t, j), rest + 1, n))
                break;
            rest += 1 + n;
            j++;
        }
        if (!*rest)
            return true;
    }
    return false;
}

/* "D-Minn.", "R-W.Va.", "(D-N.Y.)": a lawmaker's party and state, no
 * name of its own. */
static bool is_party_tag(const afs_text *t, const mention *m)
{
    size_t i = m->first;
    const char *w = afs_tok_str(t, i);
    size_t n = afs_tok_len(t, i);
    if (m->last - m->first != 1)
        return false;
    bool party_letter = n == 1 && (w[0] == 'D' || w[0] == 'R' || w[0] == 'I');
    if (party_letter && i + 1 < t->token_count && afs_tok_is(t, i + 1, "-"))
        return true;
    /* back over the state's initials ("W." of "W.Va.") to the dash */
    size_t k = i;
    while (k > 0 && afs_tok_len(t, k - 1) == 2 &&
           afs_tok_str(t, k - 1)[1] == '.')
        k--;
    if (k >= 2 && afs_tok_is(t, k - 1, "-") && afs_tok_len(t, k - 2) == 1 &&
        strchr("DRI", afs_tok_str(t, k - 2)[0]))
        return true;
    return n >= 3 && strchr("DRI", w[0]) && w[1] == '-' &&
           isupper((unsigned char)w[2]);
}

/* "heir to the throne, Charles,": a given name WordNet also has for a
 * river or a mountain alone ("Charles", "Elizabeth") is the name; news
 * writes the river's with "River". */
static bool is_given_name_of_water(const afs_text *t, const mention *m)
{
    if (m->last - m->first != 1 || !lex_token(t, m->first, AFS_LEX_GIVEN_NAMES))
        return false;
    const char *cls = afs_span_value(t, m->first, m->last, AFS_LEX_PLACES);
    return cls && (strcmp(cls, "water") == 0 || strcmp(cls, "mountain") == 0);
}

/* Token i touches token i + 1, no space between. */
static bool touches_next(const afs_text *t, size_t i)
{
    return i + 1 < t->token_count && t->tokens[i + 1].start == t->tokens[i].end;
}

/* "suit Number FHC/ABJ/03/095/2018", "case KB/2019/77": a name the
 * slashes of a code join to numbers is part of the code, no name. */
static bool is_code_part(const afs_text *t, const mention *m)
{
    size_t first = m->first, last = m->last - 1;
    while (first >= 2 && touches_next(t, first - 1) &&
           touches_next(t, first - 2) && afs_tok_is(t, first - 1, "/"))
        first -= 2;
    while (last + 2 < t->token_count && touches_next(t, last) &&
           touches_next(t, last + 1) && afs_tok_is(t, last + 1, "/"))
        last += 2;
    for (size_t i = first; i <= last; i++)
        if ((i < m->first || i >= m->last) && has_digit(t, i))
            return true;
    return false;
}

/* "Yahoo!", "Jeopardy!": an exclamation mark joined to a name that ends
 * no sentence (a full stop, a comma or a lower-case word goes on) is
 * part of a brand's name. */
static bool ends_in_brand_exclamation(const afs_text *t, const mention *m)
{
    size_t bang = m->last;
    if (m->last - m->first > 2 || !touches_next(t, bang - 1) ||
        !afs_tok_is(t, bang, "!") || bang + 1 >= t->token_count)
        return false;
    const afs_token *next = &t->tokens[bang + 1];
    return next->paragraph == t->tokens[bang].paragraph &&
           (next->kind == AFS_TOK_PUNCT
                ? !afs_tok_is(t, bang + 1, "!") && !afs_tok_is(t, bang + 1, "?")
                : !(next->flags & AFS_TF_CAPITAL));
}

/* "Customs and Border Protection": the name joined_body_length spans,
 * a field and an agency's duty, names the agency. */
static bool is_joined_agency(const afs_text *t, const mention *m)
{
    return m->last - m->first >= 4 && is_agency_end(t, m->last - 1) &&
           afs_tok_is(t, m->last - 3, "and");
}

/* "mail us at 520 Third Street, Suite 350": a street after a house
 * number and before a suite is a postal address to write to, no place the
 * story tells of ("a house at 1909 Marrin Drive" is one). */
static bool is_street_address(const afs_text *t, const mention *m)
{
    static const char *const streets[] = {
        "Street", "Avenue", "Road", "Boulevard", "Drive", "Lane", NULL};
    static const char *const units[] = {"Suite", "Floor", "Unit", NULL};
    size_t i = m->first, after = m->last + 1;
    return i > 0 && m->last - i >= 2 &&
           t->tokens[i - 1].kind == AFS_TOK_NUMBER &&
           afs_tok_is_one_of(t, m->last - 1, streets) &&
           after < t->token_count && afs_tok_is(t, m->last, ",") &&
           afs_tok_is_one_of(t, after, units);
}

/* "President Ascom North America", "CEO Zentrix Germany": after a title,
 * a name that is not a given name, then a continent, a region or a
 * country of the gazetteer, is a company's branch there, no person. */
static bool is_body_and_region(const afs_text *t, const mention *m)
{
    if (m->last - m->first < 2 || lex_token(t, m->first, AFS_LEX_GIVEN_NAMES) ||
        lex_token(t, m->first, AFS_LEX_PLACES) ||
        lex_token(t, m->first, AFS_LEX_COUNTRIES))
        return false;
    if (lex_token(t, m->last - 1, AFS_LEX_COUNTRIES))
        return true;
    for (size_t from = m->first + 1; from + 1 <= m->last - 1; from++) {
        const char *cls = afs_span_value(t, from, m->last, AFS_LEX_PLACES);
        if (cls &&
            (strcmp(cls, "continent") == 0 || strcmp(cls, "region") == 0))
            return true;
    }
    return false;
}

static void classify_span(extraction *x, mention *m)
{
    const afs_text *t = x->text;
    if (prefixes_a_dollar_sum(t, m) || is_postal_code_out_of_place(t, m) ||
        is_street_address(t, m)) {
        set_class(m, NAME_UNKNOWN, -1);
    } else if (span_in(x, m, AFS_LEX_COUNTRIES, true)) {
        set_class(m, NAME_PLACE, 3);
    } else if (is_office_addressed(t, m)) {
        set_class(m, NAME_UNKNOWN, -1);
    } else if (is_party_tag(t, m) || is_code_part(t, m) ||
               is_dateline_state_code(t, m)) {
        set_class(m, NAME_UNKNOWN, -1);
    } else if (names_a_state(x, m)) {
        /* "Monroe, La.": the town's state is a place the article names;
         * alone ("Calif.-based") only when it is spelt out elsewhere */
        if (follows_a_town(t, m) || spelt_out(t, m->canonical, WHOLE_TEXT_SCAN))
            set_class(m, NAME_PLACE, 3);
        else
            set_class(m, NAME_UNKNOWN, -1);
    } else if (!m->role && is_lexicon_body(x, m)) {
        set_class(m, NAME_ORGANIZATION, 3);
    } else if (!m->role && m->last - m->first <= 3 &&
               is_party_word(t, m->last - 1) && is_party_not_caucus(t, m)) {
        /* "Democrats", "Tories", "Social Democrats": a party by its
         * members, at a sentence's start too */
        set_class(m, NAME_ORGANIZATION, 3);
    } else if (m->last - m->first == 1 &&
               span_in(x, m, AFS_LEX_DEMONYMS, false) &&
               !is_adjective_place_after_locative(t, m)) {
        set_class(m, NAME_UNKNOWN, -1); /* "Canadian", not the river */
    } else if (!m->role && is_group_of_people(x, m)) {
        set_class(m, NAME_UNKNOWN, -1);
    } else if (!m->role && !is_given_name_of_water(t, m) &&
               (span_in(x, m, AFS_LEX_PLACES, false) ||
                names_possessive_place(t, m))) {
        set_class(m, NAME_PLACE, 3);
    } else if (m->role && is_body_and_region(t, m)) {
        /* the title is the office of the person named before */
        m->role = NULL;
        m->title_first = m->first;
        set_class(m, NAME_ORGANIZATION, 2);
    } else if (m->role) {
        set_class(m, NAME_PERSON, 3);
    } else if (ends_in_brand_exclamation(t, m)) {
        set_class(m, NAME_ORGANIZATION, 2);
    } else if (is_venue_center(t, m) || is_venue_building(t, m) ||
               is_subdivision_part(t, m)) {
        set_class(m, NAME_PLACE, 2);
    } else if (is_org_by_head(t, m) || is_joined_agency(t, m)) {
        set_class(m, NAME_ORGANIZATION, 2);
    } else if ((m->last - m->first >= 2 &&
                ends_with_place_head(t, m->first, m->last)) ||
               is_compass_place(x, m) || is_venue_of_a_town(t, m)) {
        set_class(m, NAME_PLACE, 2);
    } else if (looks_like_person(x, m) || rules_a_regime(t, m) ||
               person_apposition_follows(t, m->first, m->last)) {
        set_class(m, NAME_PERSON, 2);
    } else if (!is_time_word(x, m) &&
               (is_gazetteer_city(x, m) || is_town_before_state(t, m))) {
        set_class(m, NAME_PLACE, 2);
    } else if (is_dateline_town(x, m)) {
        set_class(m, NAME_PLACE, 3);
    } else if (is_thing_abbreviation(x, m)) {
        set_class(m, NAME_UNKNOWN, -1); /* "TV", "GMT", "N.Y.": no body */
    } else if (is_acronym(t, m)) {
        set_class(m, NAME_ORGANIZATION, 1);
    } else if (has_head_before_connector(t, m)) {
        set_class(m, NAME_ORGANIZATION, 1);
    } else if (span_in(x, m, AFS_LEX_DEMONYMS, false) || is_time_word(x, m) ||
               is_demonym_plural(x, m)) {
        set_class(m, NAME_UNKNOWN, -1); /* "Japanese", "Friday": no entity */
    }
    if (m->cls == NAME_PERSON)
        m->gender = gender_of_given(t, m->first);
}
