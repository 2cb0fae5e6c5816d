/* Quotes and their speakers.
 *
 * Spans: paired marks within a paragraph (straight, curly, single); an
 * opening mark with no closing one runs to the paragraph's end. Names,
 * titles and scare quotes are dropped. Speakers come from sieves in the
 * manner of CoreNLP's: `"Q," X said` / `"Q," said X` / `X said: "Q"`, then
 * the clause's subject, then pronouns, then the paragraph's last speaker.
 * Sentences with a reporting verb and no marks give indirect quotes. */
#include <string.h>
#include <strings.h>

#include "articlefs/fold.h"
#include "articlefs/lexicon.h"
#include "articlefs/strmap.h"
#include "internal.h"
#include "words.h"

static bool is_double(const afs_token *k)
{
    return k->mark == AFS_MARK_DOUBLE_OPEN || k->mark == AFS_MARK_DOUBLE_CLOSE;
}

static bool is_punct(const afs_text *t, size_t i, char c)
{
    return i < t->token_count && t->tokens[i].kind == AFS_TOK_PUNCT &&
           t->clean[t->tokens[i].start] == c;
}

/* ---- spans ------------------------------------------------------------- */

static void add_quote(extraction *x, size_t open, size_t close, bool closed)
{
    const afs_text *t = x->text;
    size_t start = t->tokens[open].end;
    size_t end = closed ? t->tokens[close].start : t->tokens[close].end;
    while (start < end && (t->clean[start] == ' ' || t->clean[start] == '\n'))
        start++;
    while (end > start &&
           (t->clean[end - 1] == ' ' || t->clean[end - 1] == '\n'))
        end--;
    if (start >= end)
        return;
    quote *q = VEC_PUSH(x->arena, x->quotes);
    memset(q, 0, sizeof *q);
    q->open = open;
    q->close = close;
    q->start = start;
    q->end = end;
    q->speaker = NO_ENTITY;
    q->kind = AFS_QUOTE_DIRECT;
    q->runs_on = !closed;
}

static bool is_doubled_single_close(const afs_text *t, size_t i)
{
    return i + 1 < t->token_count &&
           t->tokens[i].mark == AFS_MARK_SINGLE_CLOSE &&
           t->tokens[i + 1].mark == AFS_MARK_SINGLE_CLOSE &&
           t->tokens[i + 1].kind == AFS_TOK_QUOTE &&
           t->tokens[i].end == t->tokens[i + 1].start;
}

/* `a 65" TV`, `5'10"`: a straight double mark glued to the digits before
 * it is the inch sign; no quotation opens there. */
static bool is_inch_mark(const afs_text *t, size_t i)
{
    return i > 0 && (t->tokens[i].flags & AFS_TF_STRAIGHT) &&
           t->tokens[i - 1].kind == AFS_TOK_NUMBER &&
           t->tokens[i - 1].end == t->tokens[i].start;
}

/* The first quotation mark in tokens [i, last), or last: one compare a
 * token, as most are no mark. */
static size_t next_mark(const afs_text *t, size_t i, size_t last)
{
    const afs_token *k = t->tokens + i, *end = t->tokens + last;
    while (k < end && k->kind != AFS_TOK_QUOTE)
        k++;
    return (size_t)(k - t->tokens);
}

/* Pairs the marks of a paragraph into quotes; marks the sentences that
 * hold a double mark in double_in[], for find_indirect. */
static void scan_paragraph(extraction *x, const afs_range *p, bool *double_in)
{
    const afs_text *t = x->text;
    size_t open = SIZE_MAX, single_open = SIZE_MAX;
    for (size_t i = next_mark(t, p->first, p->last); i < p->last;
         i = next_mark(t, i + 1, p->last)) {
        const afs_token *k = &t->tokens[i];
        if (is_double(k) && open == SIZE_MAX && is_inch_mark(t, i))
            continue;
        if (is_double(k)) {
            double_in[k->sentence] = true;
            bool straight = k->flags & AFS_TF_STRAIGHT;
            if (open == SIZE_MAX) {
                if (straight || k->mark == AFS_MARK_DOUBLE_OPEN)
                    open = i;
            } else if (straight || k->mark == AFS_MARK_DOUBLE_CLOSE) {
                add_quote(x, open, i, true);
                open = SIZE_MAX;
            } else { /* a second opening mark: the first never closed */
                add_quote(x, open, i - 1, false);
                open = i;
            }
            single_open = SIZE_MAX;
        } else if (open != SIZE_MAX && is_doubled_single_close(t, i)) {
            /* "…voters,’’ Will Moy said": two closing single marks
             * typed for a double one */
            size_t before = x->quotes.n;
            add_quote(x, open, i, true);
            if (x->quotes.n > before) /* the attribution starts after both */
                x->quotes.v[before].close = i + 1;
            open = SIZE_MAX;
            i++;
        } else if (open == SIZE_MAX) {
            if (k->mark == AFS_MARK_SINGLE_OPEN && single_open == SIZE_MAX)
                single_open = i;
            else if (k->mark == AFS_MARK_SINGLE_CLOSE &&
                     single_open != SIZE_MAX) {
                add_quote(x, single_open, i, true);
                single_open = SIZE_MAX;
            }
        }
    }
    if (open != SIZE_MAX && open + 1 < p->last)
        add_quote(x, open, p->last - 1, false);
}

/* ---- filters ----------------------------------------------------------- */

static size_t words_inside(const afs_text *t, const quote *q, size_t *capital)
{
    size_t words = 0;
    *capital = 0;
    for (size_t i = q->open + 1; i < q->close; i++) {
        if (t->tokens[i].kind == AFS_TOK_WORD ||
            t->tokens[i].kind == AFS_TOK_NUMBER) {
            words++;
            *capital += (t->tokens[i].flags & AFS_TF_CAPITAL) != 0;
        }
    }
    return words;
}

/* is_reporting_verb, inline in this file's loops over every token of a
 * quote's context */
static inline bool reporting_verb_at(const afs_text *t, size_t tok)
{
    /* the lexicon's bit first: it turns most tokens away */
    if (!afs_tok_lower_in(t, tok, AFS_LEX_REPORTING_VERBS))
        return false;
    const afs_token *k = &t->tokens[tok];
    /* "United States" states nothing */
    return k->kind == AFS_TOK_WORD &&
           (!(k->flags & AFS_TF_CAPITAL) || (k->flags & AFS_TF_SENT_START));
}

bool is_reporting_verb(const afs_text *t, size_t tok)
{
    return reporting_verb_at(t, tok);
}

/* Tokens of the sentences a quote touches, outside the quote itself. */
static void quote_context(const extraction *x, const quote *q, size_t *from,
                          size_t *to)
{
    const afs_text *t = x->text;
    *from = t->sentences[t->tokens[q->open].sentence].first;
    *to = t->sentences[t->tokens[q->close].sentence].last;
    if (q->open > *from + CLAUSE_WINDOW)
        *from = q->open - CLAUSE_WINDOW;
    if (*to > q->close + CLAUSE_WINDOW)
        *to = q->close + CLAUSE_WINDOW;
}

static bool has_speech_context(const extraction *x, const quote *q)
{
    const afs_text *t = x->text;
    size_t from, to;
    quote_context(x, q, &from, &to);
    for (size_t i = from; i < to; i++) {
        if (i > q->open && i < q->close)
            i = q->close; /* over the quote's own words */
        if (i >= to)
            break;
        if (reporting_verb_at(t, i))
            return true;
    }
    /* "describing them as "…"", "called it "…"" */
    if (q->open > 0 && afs_tok_is(t, q->open - 1, "as"))
        return true;
    for (size_t i = q->open; i-- > from && i + 4 > q->open;)
        if (afs_tok_is(t, i, "called") || afs_tok_is(t, i, "calling"))
            return true;
    return false;
}

/* How far before a short phrase's marks its reporting verb may stand:
 * "Holm said the agency is drafting an order that should be out
 * "sometime soon"" reports a clause, with the phrase at its end. */
#define SPEECH_REACH 20

/* A reporting verb (or "as", "called") before the marks in their clause or
 * right after them: the short phrase is somebody's words, not a label. */
static bool speech_near(const extraction *x, const quote *q)
{
    const afs_text *t = x->text;
    size_t from = q->open > SPEECH_REACH ? q->open - SPEECH_REACH : 0;
    size_t sentence_start = t->sentences[t->tokens[q->open].sentence].first;
    if (from < sentence_start)
        from = sentence_start;
    for (size_t i = from; i < q->open; i++)
        if (reporting_verb_at(t, i) || afs_tok_is(t, i, "called") ||
            afs_tok_is(t, i, "calling") || afs_tok_is(t, i, "dubbed"))
            return true;
    for (size_t i = q->close + 1; i < t->token_count && i <= q->close + 6; i++)
        if (reporting_verb_at(t, i))
            return true;
    return q->open > 0 && afs_tok_is(t, q->open - 1, "as");
}

/* Another quote of at least a clause in the same sentence. */
static bool has_sentence_partner(const extraction *x, const quote *q)
{
    const afs_text *t = x->text;
    size_t capital;
    size_t own = words_inside(t, q, &capital) > 6;
    return x->long_quotes[t->tokens[q->open].sentence] > own;
}

/* Quotes of more than six words in each sentence, counted once: asking
 * every quote about every other was quadratic in a long article. */
static void count_long_quotes(extraction *x)
{
    const afs_text *t = x->text;
    x->long_quotes = afs_arena_array(x->arena, t->sentence_count + 1,
                                     sizeof *x->long_quotes);
    for (size_t i = 0; i < x->quotes.n; i++) {
        size_t capital;
        const quote *q = &x->quotes.v[i];
        if (words_inside(t, q, &capital) > 6)
            x->long_quotes[t->tokens[q->open].sentence]++;
    }
}

static bool ends_with_punctuation(const afs_text *t, const quote *q)
{
    char c = t->clean[q->end - 1];
    return c == '.' || c == ',' || c == '?' || c == '!';
}

/* Nouns and verbs that name a work: the marks after them hold its
 * title ("his book "Financial Freedom, Fast,"", "an album entitled
 * 'Night Roads'"), not anybody's words. */
static const char *const work_words[] = {
    "book",   "film",     "movie",      "song",      "album",
    "novel",  "memoir",   "poem",       "play",      "documentary",
    "series", "episode",  "podcast",    "single",    "essay",
    "titled", "entitled", "exhibition", "headlined", NULL};

static bool names_a_work(const afs_text *t, const quote *q)
{
    /* a headline ending "... the song" names nothing in the next line */
    return q->open > 0 && !(t->tokens[q->open].flags & AFS_TF_PARA_START) &&
           afs_tok_is_one_of_ci(t, q->open - 1, work_words);
}

/* "'We Got Her!': Video shows rescue": a headline capitalises every
 * word, so a short quote there that has a pronoun of a speaker in it is
 * somebody's words, not a name. */
static bool speaks_as_person(const afs_text *t, const quote *q)
{
    static const char *const pronouns[] = {
        "I", "We", "You", "He", "She", "They", "Me", "Us", "Him", "Her", NULL};
    for (size_t i = q->open + 1; i < q->close; i++)
        if (afs_tok_is_one_of(t, i, pronouns))
            return true;
    return false;
}

/* Words that make a sentence a poll's report. */
static const char *const poll_words[] = {"poll",        "polls",   "survey",
                                         "surveyed",    "percent", "per",
                                         "respondents", "voters",  NULL};

/* "Asked whether "Q," 48 percent agreed", "agreed with the statement
 * "Q"": the wording a poll put to people is nobody's words. */
static bool is_poll_wording(const afs_text *t, const quote *q)
{
    if (q->open < 2)
        return false;
    size_t before = q->open - 1;
    bool asked =
        (afs_tok_is(t, before, "whether") || afs_tok_is(t, before, "if")) &&
        (afs_tok_is_ci(t, before - 1, "asked") ||
         afs_tok_is_ci(t, before - 1, "asking"));
    static const char *const wordings[] = {"statement", "question",
                                           "proposition", NULL};
    if (!asked && !afs_tok_is_one_of(t, before, wordings))
        return false;
    const afs_range *s = &t->sentences[t->tokens[q->open].sentence];
    for (size_t i = s->first; i < s->last; i++)
        if (afs_tok_is_one_of_ci(t, i, poll_words) || is_punct(t, i, '%'))
            return true;
    return false;
}

/* Names and labels ("Hanoi Hilton"), titles of works and scare quotes
 * ("phase one", "fault detection, isolation and recovery") are no quotes;
 * neither is a single word. A colon before the marks announces speech. */
static bool is_real_quote(const extraction *x, const quote *q)
{
    const afs_text *t = x->text;
    size_t capital;
    size_t words = words_inside(t, q, &capital);
    if (words < 2)
        return false;
    if (q->open > 0 && is_punct(t, q->open - 1, ':'))
        return true;
    if (names_a_work(t, q) || is_poll_wording(t, q))
        return false;
    bool heading = x->heading_paragraph[t->tokens[q->open].paragraph];
    bool single = t->tokens[q->open].mark == AFS_MARK_SINGLE_OPEN;
    bool speech = has_speech_context(x, q);
    if (words <= 4 && capital == words && !(heading && speaks_as_person(t, q)))
        return false;
    if (words <= 6 && !ends_with_punctuation(t, q) && !speech_near(x, q) &&
        !has_sentence_partner(x, q))
        return false;
    if (single && !heading && (!speech || words < 4))
        return false;
    return true;
}

/* ---- speakers ---------------------------------------------------------- */

/* A person is named, outside quotes, in the clause before token first. */
static bool person_before_in_clause(const extraction *x, size_t first)
{
    const afs_text *t = x->text;
    size_t from = t->sentences[t->tokens[first].sentence].first;
    if (first > from + CLAUSE_WINDOW)
        from = first - CLAUSE_WINDOW;
    for (size_t k = from; k < first; k++) {
        size_t e = x->in_quote[k] ? NO_ENTITY : entity_at_token(x, k);
        if (e != NO_ENTITY && x->entities.v[e].kind == AFS_PERSON)
            return true;
    }
    return false;
}

/* The person at tok is its sentence's subject once the names quoted in
 * it are set aside: `"... the Assad regime ...," Robertson said`. */
static bool is_subject_outside_quotes(const extraction *x, size_t tok)
{
    if (is_subject_at(x, tok))
        return true;
    const afs_text *t = x->text;
    size_t m = x->mention_at[tok];
    if (!m)
        return false;
    size_t first = x->mentions.v[m - 1].first;
    size_t last = x->mentions.v[m - 1].last;
    return !person_before_in_clause(x, first) &&
           !(last < t->token_count &&
             (t->tokens[last].flags & AFS_TF_POSSESSIVE));
}

/* "Brandt told Holm ...": the person at tok is the listener of a telling,
 * not the one a later "he said" stands for. */
static bool is_listener_at(const extraction *x, size_t tok)
{
    size_t m = x->mention_at[tok];
    if (!m)
        return false;
    size_t first = x->mentions.v[m - 1].title_first;
    if (first > x->mentions.v[m - 1].first)
        first = x->mentions.v[m - 1].first;
    return first > 0 && is_listener_verb(x->text, first - 1) &&
           !afs_tok_is_ci(x->text, first - 1, "according");
}

static size_t person_by_surname(const extraction *x, size_t tok, size_t limit);

/* "Young, in his testimony, said": a surname that is a word opens the
 * sentence, no name to the name finder; it is the subject. */
static size_t surname_opening_sentence(const extraction *x, size_t tok)
{
    const afs_text *t = x->text;
    if (!(t->tokens[tok].flags & (AFS_TF_SENT_START | AFS_TF_PARA_START)) ||
        tok + 1 >= t->token_count ||
        (t->tokens[tok + 1].flags & AFS_TF_CAPITAL))
        return NO_ENTITY;
    return person_by_surname(x, tok, tok + 1);
}

/* "he" or "she": a pronoun that can only be a subject. */
static bool is_subject_pronoun(const afs_text *t, size_t tok,
                               enum afs_gender *gender)
{
    return (afs_tok_is_ci(t, tok, "he") || afs_tok_is_ci(t, tok, "she")) &&
           personal_pronoun(t, tok, gender);
}

/* "He" or "she" of the gender sought before tok in its sentence, opening
 * it or a clause after a comma: a subject pronoun and a name later in one
 * clause are two people ("She gave me an address for her niece, Ann
 * Roe.", "On May 2, he emailed Gaiman"). "When he came, Roe said" is no
 * such pronoun. */
static bool pronoun_subject_before(const afs_text *t, size_t tok,
                                   enum afs_gender gender)
{
    size_t first = t->sentences[t->tokens[tok].sentence].first;
    if (gender == AFS_GENDER_UNKNOWN)
        return false;
    if (tok > first + CLAUSE_WINDOW)
        first = tok - CLAUSE_WINDOW;
    for (size_t i = first; i < tok; i++) {
        enum afs_gender g;
        bool opens = i == first || is_punct(t, i - 1, ',');
        if (opens && is_subject_pronoun(t, i, &g) && g == gender)
            return true;
    }
    return false;
}

/* "his friendship with Epstein", "her brother Tom": a name a few words
 * after "his" or "her" of the gender sought is somebody the pronoun's
 * person is related to, not that person. */
static bool owner_pronoun_before(const extraction *x, size_t tok,
                                 enum afs_gender gender)
{
    const afs_text *t = x->text;
    size_t m = x->mention_at[tok];
    if (!m || gender == AFS_GENDER_UNKNOWN)
        return false;
    size_t first = x->mentions.v[m - 1].first;
    for (size_t i = first; i-- > 0 && i + 4 > first;) {
        enum afs_gender g;
        if ((afs_tok_is_ci(t, i, "his") || afs_tok_is_ci(t, i, "her")) &&
            personal_pronoun(t, i, &g) && g == gender)
            return true;
        if (t->tokens[i].kind != AFS_TOK_WORD)
            return false;
    }
    return false;
}

/* "Roe called Ames's performance "stunning"": a name owning a thing
 * after a person in its sentence is the object's owner, not the subject
 * a later "she said" stands for. */
static bool owns_an_object(const extraction *x, size_t tok)
{
    const afs_text *t = x->text;
    size_t m = x->mention_at[tok];
    if (!m)
        return false;
    size_t last = x->mentions.v[m - 1].last;
    return last < t->token_count &&
           (t->tokens[last].flags & AFS_TF_POSSESSIVE) &&
           person_before_in_clause(x, x->mentions.v[m - 1].first);
}

/* The latest person before tok a pronoun of this gender can stand for.
 * In the pronoun's own paragraph the nearest compatible one wins, one
 * known to have the gender first; before it, one known to have it. */
static size_t last_person_before(const extraction *x, size_t tok,
                                 enum afs_gender gender)
{
    const afs_text *t = x->text;
    size_t paragraph = t->tokens[tok].paragraph;
    size_t same_unknown = NO_ENTITY, earlier_unknown = NO_ENTITY;
    size_t listener = NO_ENTITY;
    size_t stop = tok > x->body_first + ANTECEDENT_WINDOW
                      ? tok - ANTECEDENT_WINDOW
                      : x->body_first;
    for (size_t i = tok; i-- > stop;) {
        if (x->in_quote[i])
            continue;
        size_t e = entity_at_token(x, i);
        size_t opening =
            e == NO_ENTITY ? surname_opening_sentence(x, i) : NO_ENTITY;
        e = opening != NO_ENTITY ? opening : e;
        if (e == NO_ENTITY || x->entities.v[e].kind != AFS_PERSON)
            continue;
        enum afs_gender g = x->entities.v[e].gender;
        bool same = t->tokens[i].paragraph == paragraph;
        if (!same && opening == NO_ENTITY && !is_subject_outside_quotes(x, i))
            continue;
        if (is_listener_at(x, i)) {
            listener = listener == NO_ENTITY ? e : listener;
            continue; /* the one who told comes first */
        }
        /* "he was photographed with Epstein. / He told ...": a name after
         * a subject pronoun of the gender sought is its object; the
         * pronoun's chain goes on past it, in this paragraph or before */
        if (pronoun_subject_before(t, i, gender) ||
            owner_pronoun_before(x, i, gender) ||
            (same && owns_an_object(x, i)))
            continue;
        if (gender == AFS_GENDER_UNKNOWN || g == gender)
            return same || same_unknown == NO_ENTITY ? e : same_unknown;
        if (g != AFS_GENDER_UNKNOWN)
            continue;
        if (same && same_unknown == NO_ENTITY)
            same_unknown = e;
        /* "Robertson said. / He added:": the subject just before a
         * pronoun outranks a name of known gender further back */
        if (!same && same_unknown == NO_ENTITY &&
            earlier_unknown == NO_ENTITY &&
            t->tokens[i].paragraph + 1 == paragraph)
            return e;
        if (!same && earlier_unknown == NO_ENTITY)
            earlier_unknown = e;
        if (!same && same_unknown != NO_ENTITY)
            return same_unknown;
    }
    if (same_unknown == NO_ENTITY && earlier_unknown == NO_ENTITY)
        return listener;
    return same_unknown != NO_ENTITY ? same_unknown : earlier_unknown;
}

/* "the commission ... said it": the latest organization named in the
 * pronoun's paragraph, outside quotes. */
static size_t last_organization_before(const extraction *x, size_t tok)
{
    const afs_text *t = x->text;
    size_t paragraph = t->tokens[tok].paragraph;
    for (size_t i = tok; i-- > x->body_first && i + CLAUSE_WINDOW > tok;) {
        if (t->tokens[i].paragraph != paragraph)
            break;
        size_t e = x->in_quote[i] ? NO_ENTITY : entity_at_token(x, i);
        if (e != NO_ENTITY && x->entities.v[e].kind == AFS_ORGANIZATION)
            return e;
    }
    return NO_ENTITY;
}

/* "league commissioner Paul Grady ... the commissioner said": the person
 * named at tok carries the title word at noun in her mention. */
static bool is_titled_at(const extraction *x, size_t tok, size_t noun)
{
    const afs_text *t = x->text;
    size_t m = x->mention_at[tok];
    if (!m)
        return false;
    const mention *mm = &x->mentions.v[m - 1];
    for (size_t k = mm->title_first; k < mm->first; k++)
        if (afs_tok_len(t, k) == afs_tok_len(t, noun) &&
            strncasecmp(afs_tok_str(t, k), afs_tok_str(t, noun),
                        afs_tok_len(t, k)) == 0)
            return true;
    return false;
}

/* "the ministry", "the company", "the 56-year-old": the latest entity the
 * noun fits; for a title, the latest person who bears it, else the latest
 * person. */
static size_t body_of_earlier_spokes_noun(const extraction *x, size_t noun);

static size_t definite_noun(const extraction *x, size_t noun)
{
    const afs_text *t = x->text;
    size_t body = body_of_earlier_spokes_noun(x, noun);
    if (body != NO_ENTITY)
        return body;
    const char *w = afs_tok_str(t, noun);
    size_t n = afs_tok_len(t, noun);
    bool person_noun = title_length(t, noun, noun + 1) > 0 ||
                       (n >= 8 && memcmp(w + n - 8, "year-old", 8) == 0);
    size_t stop = noun > x->body_first + ANTECEDENT_WINDOW
                      ? noun - ANTECEDENT_WINDOW
                      : x->body_first;
    size_t latest_person = NO_ENTITY;
    for (size_t i = noun; i-- > stop;) {
        size_t e = entity_at_token(x, i);
        if (e == NO_ENTITY)
            continue;
        const entity *en = &x->entities.v[e];
        if (person_noun && en->kind == AFS_PERSON && is_titled_at(x, i, noun))
            return e;
        if (person_noun && en->kind == AFS_PERSON && latest_person == NO_ENTITY)
            latest_person = e;
        if (!person_noun && en->kind == AFS_ORGANIZATION &&
            (strcasestr(en->name, afs_arena_strndup(x->arena, w, n)) ||
             strcmp(afs_arena_strndup(x->arena, w, n), "company") == 0 ||
             strcmp(afs_arena_strndup(x->arena, w, n), "club") == 0))
            return e;
    }
    return latest_person;
}

static const char *const determiners[] = {"the", "a", "an", NULL};

/* Words whose speaker is the body they speak for. */
static bool is_spokes_noun(const afs_text *t, size_t tok)
{
    return afs_tok_len(t, tok) > 6 &&
           strncasecmp(afs_tok_str(t, tok), "spokes", 6) == 0;
}

static const char *const prepositions[] = {"of",   "at", "for", "in", "with",
                                           "near", "on", "to",  NULL};

/* The body a spokes noun at k speaks for: "a spokesperson for the
 * Authority", "an Acme spokeswoman", "Acme's spokesman". */
static size_t body_spoken_for(const extraction *x, size_t k)
{
    const afs_text *t = x->text;
    size_t after = k + 1;
    if (after < t->token_count &&
        (afs_tok_is(t, after, "for") || afs_tok_is(t, after, "of"))) {
        after++;
        if (after < t->token_count && afs_tok_is(t, after, "the"))
            after++;
        size_t e = entity_at_token(x, after);
        if (e != NO_ENTITY && x->entities.v[e].kind == AFS_ORGANIZATION)
            return e;
    }
    size_t e = k > 0 ? entity_at_token(x, k - 1) : NO_ENTITY;
    if (e == NO_ENTITY && k > 1 && (t->tokens[k - 1].flags & AFS_TF_POSSESSIVE))
        e = entity_at_token(x, k - 2);
    return e != NO_ENTITY && x->entities.v[e].kind == AFS_ORGANIZATION
               ? e
               : NO_ENTITY;
}

/* "A spokesperson for the Authority said ... "Q," the spokesperson
 * said": the spokes noun again is the body the earlier one spoke for. */
static size_t body_of_earlier_spokes_noun(const extraction *x, size_t noun)
{
    const afs_text *t = x->text;
    if (!is_spokes_noun(t, noun))
        return NO_ENTITY;
    size_t stop = noun > x->body_first + ANTECEDENT_WINDOW
                      ? noun - ANTECEDENT_WINDOW
                      : x->body_first;
    for (size_t k = noun; k-- > stop;) {
        if (x->in_quote[k] || !is_spokes_noun(t, k))
            continue;
        size_t e = body_spoken_for(x, k);
        if (e != NO_ENTITY)
            return e;
    }
    return NO_ENTITY;
}

/* What a body says through: "the ministry's statement said". */
static const char *const voice_nouns[] = {
    "statement", "report", "release", "letter", "note",   "website",
    "account",   "post",   "tweet",   "memo",   "filing", NULL};

/* "officials in the Defence Agency", "members of Congress": an
 * organization speaks through the people it is made of (a plural noun
 * before the preposition); a person does not ("a friend of Smith"). */
static bool speaks_for_members(const extraction *x, const mention *m,
                               size_t noun)
{
    const afs_text *t = x->text;
    size_t e = resolve_entity(x, m->entity);
    if (e == NO_ENTITY || x->entities.v[e].kind != AFS_ORGANIZATION ||
        t->tokens[noun].kind != AFS_TOK_WORD ||
        (t->tokens[noun].flags & AFS_TF_CAPITAL))
        return false;
    size_t n = afs_tok_len(t, noun);
    return is_spokes_noun(t, noun) ||
           (n > 3 && afs_tok_str(t, noun)[n - 1] == 's');
}

/* A name speaks as its clause's subject ("Beijing said", "Smith, 54,
 * said"), not as the object of a preposition ("deputy director of the
 * Hubei centre said") or as an owner ("the U.S. attorney's office said",
 * "Smith's source said"), unless what it owns is its spokesperson. */
static bool names_the_speaker(const extraction *x, size_t tok)
{
    const afs_text *t = x->text;
    size_t m = x->mention_at[tok];
    if (!m)
        return true;
    const mention *mm = &x->mentions.v[m - 1];
    size_t before = mm->first;
    if (before > 0 && afs_tok_is_one_of_ci(t, before - 1, determiners))
        before--;
    /* a person's mention may hold her title ("Director of Air Force
     * Communications Jan Roe"): the preposition is inside it */
    size_t e = resolve_entity(x, mm->entity);
    bool person = e != NO_ENTITY && x->entities.v[e].kind == AFS_PERSON;
    /* "according to X" names its speaker */
    if (!person && before > 0 &&
        afs_tok_is_one_of_ci(t, before - 1, prepositions) &&
        !(before > 1 && afs_tok_is_ci(t, before - 2, "according")) &&
        !(before > 1 && speaks_for_members(x, mm, before - 2)))
        return false;
    size_t after = mm->last;
    if (after >= t->token_count ||
        !(t->tokens[after].flags & AFS_TF_POSSESSIVE))
        return true;
    for (size_t k = after; k < t->token_count && k < after + 3; k++)
        if (is_spokes_noun(t, k) || afs_tok_is_one_of_ci(t, k, voice_nouns))
            return true;
    return false;
}

/* A place speaks for its government only as the whole subject, next to
 * the verb ("Beijing said", "said Moscow"); in "the Rukban camp" or "the
 * U.S. envoy" it is a modifier. */
static bool place_speaks(const extraction *x, size_t i, size_t tok,
                         size_t limit)
{
    size_t m = x->mention_at[i];
    if (!m)
        return false;
    const mention *mm = &x->mentions.v[m - 1];
    const afs_text *t = x->text;
    bool after_verb =
        tok > 0 && mm->first == tok &&
        (reporting_verb_at(t, tok - 1) || afs_tok_is(t, tok - 1, "to"));
    return mm->last == limit || after_verb;
}

/* `"…!" Young said`, `said Young`: a surname that is also a word of the
 * language ("Young", "Trump") and starts a sentence is no name to the
 * name finder; next to a reporting verb it is the person of the article
 * whose full name ends with it, or who is named by it alone. */
static size_t person_by_surname(const extraction *x, size_t tok, size_t limit)
{
    const afs_text *t = x->text;
    const afs_token *k = &t->tokens[tok];
    bool next_to_verb =
        tok + 1 == limit || (tok > 0 && reporting_verb_at(t, tok - 1));
    if (!next_to_verb || k->kind != AFS_TOK_WORD ||
        !(k->flags & AFS_TF_CAPITAL) || entity_at_token(x, tok) != NO_ENTITY ||
        !x->surnames)
        return NO_ENTITY;
    const char *word =
        afs_fold(x->arena, afs_tok_str(t, tok), afs_tok_len(t, tok));
    size_t e = strmap_get(x->surnames, word);
    if (e == STRMAP_NONE) /* "President Trump": a person by one word */
        e = strmap_get(x->entity_keys, word);
    if (e >= x->entities.n) /* none, or two people share the surname */
        return NO_ENTITY;
    e = resolve_entity(x, e);
    return e != NO_ENTITY && x->entities.v[e].kind == AFS_PERSON ? e
                                                                 : NO_ENTITY;
}

/* "Twitter pledged to ...": an organization's one-word name that is also
 * a word of the language opens the sentence, no name to the name finder;
 * next to a reporting verb it is the organization the article names so
 * elsewhere. */
static size_t organization_by_word(const extraction *x, size_t tok,
                                   size_t limit)
{
    const afs_text *t = x->text;
    const afs_token *k = &t->tokens[tok];
    if (tok + 1 != limit || k->kind != AFS_TOK_WORD ||
        !(k->flags & AFS_TF_CAPITAL) || entity_at_token(x, tok) != NO_ENTITY ||
        !x->entity_keys)
        return NO_ENTITY;
    const char *word =
        afs_fold(x->arena, afs_tok_str(t, tok), afs_tok_len(t, tok));
    size_t e = strmap_get(x->entity_keys, word);
    if (e >= x->entities.n)
        return NO_ENTITY;
    e = resolve_entity(x, e);
    return e != NO_ENTITY && x->entities.v[e].kind == AFS_ORGANIZATION
               ? e
               : NO_ENTITY;
}

/* The speaker named by the words [tok, limit): the first name in them
 * ("company CEO Andy Vesey"), a pronoun, or "the" + noun. */
static size_t speaker_at(const extraction *x, size_t tok, size_t limit)
{
    const afs_text *t = x->text;
    if (tok >= limit)
        return NO_ENTITY;
    enum afs_gender gender;
    /* "He Jianxiong said": a name that opens with a pronoun's word */
    if (personal_pronoun(t, tok, &gender) && !x->mention_at[tok])
        return last_person_before(x, tok, gender);
    if (afs_tok_is(t, tok, "it") || afs_tok_is(t, tok, "It"))
        return last_organization_before(x, tok);
    /* a person first ("SciSpacE Team Leader Jennifer Ngo-Anh"), then an
     * organization, then a place acting ("Beijing said") */
    size_t best[AFS_KIND_COUNT] = {NO_ENTITY, NO_ENTITY, NO_ENTITY};
    if (limit > tok + CLAUSE_WINDOW / 4)
        limit = tok + CLAUSE_WINDOW / 4;
    for (size_t i = tok; i < limit && !x->in_quote[i]; i++) {
        if (t->tokens[i].kind == AFS_TOK_QUOTE)
            break;
        size_t e = entity_at_token(x, i);
        if (e != NO_ENTITY && best[x->entities.v[e].kind] == NO_ENTITY &&
            names_the_speaker(x, i) &&
            (x->entities.v[e].kind != AFS_PLACE ||
             place_speaks(x, i, tok, limit)))
            best[x->entities.v[e].kind] = e;
    }
    for (int k = 0; k < AFS_KIND_COUNT; k++)
        if (best[k] != NO_ENTITY)
            return best[k];
    size_t named = person_by_surname(x, tok, limit);
    if (named == NO_ENTITY)
        named = organization_by_word(x, tok, limit);
    if (named != NO_ENTITY)
        return named;
    if (!afs_tok_is_one_of_ci(t, tok, determiners))
        return NO_ENTITY;
    /* the head noun is the last word before the verb: "the 56-year-old" */
    for (size_t i = limit; i-- > tok + 1;) {
        if (t->tokens[i].kind != AFS_TOK_WORD)
            continue;
        /* "a company spokesperson" speaks for the company */
        if (is_spokes_noun(t, i) && i > tok + 1 &&
            t->tokens[i - 1].kind == AFS_TOK_WORD)
            return definite_noun(x, i - 1);
        /* "an officer said" is somebody new, not the last person named */
        if (!afs_tok_is_ci(t, tok, "the") && !is_spokes_noun(t, i))
            return NO_ENTITY;
        return definite_noun(x, i);
    }
    return NO_ENTITY;
}

/* The first person named in the clause after a reporting verb at v. */
static size_t person_after_verb(const extraction *x, size_t v)
{
    const afs_text *t = x->text;
    for (size_t i = v + 1; i < t->token_count && i < v + CLAUSE_WINDOW / 2;
         i++) {
        if (t->tokens[i].kind == AFS_TOK_QUOTE || x->in_quote[i] ||
            t->tokens[i].sentence != t->tokens[v].sentence)
            break;
        size_t e = entity_at_token(x, i);
        if (e != NO_ENTITY && x->entities.v[e].kind == AFS_PERSON)
            return e;
    }
    return NO_ENTITY;
}

static const char *const conjunctions[] = {"and", "but", "while", NULL};

/* The quote's own words end with a full stop: what follows the closing
 * mark is a sentence of its own. */
static bool ends_a_sentence(const extraction *x, const quote *q)
{
    return q->end > q->start && x->text->clean[q->end - 1] == '.';
}

/* `"Q," Roe, a fellow at the center, has written.`: after the marks the
 * perfect of "write" attributes them; elsewhere "had written it" tells of
 * writing, not of words quoted. */
static bool has_written_at(const afs_text *t, size_t v)
{
    return v > 0 && afs_tok_is(t, v, "written") &&
           (afs_tok_is(t, v - 1, "has") || afs_tok_is(t, v - 1, "have"));
}

static bool anonymous_subject_after(const afs_text *t, size_t i);

/* `Costa said the club had "chosen experience." The federation declined
 * to comment`: words a verb before them reports, ending their sentence,
 * have their speaker there; the sentence after is news of its own. */
static bool reported_before_stop(const extraction *x, const quote *q)
{
    const afs_text *t = x->text;
    if (!ends_a_sentence(x, q))
        return false;
    size_t first = t->sentences[t->tokens[q->open].sentence].first;
    if (q->open > first + CLAUSE_WINDOW)
        first = q->open - CLAUSE_WINDOW;
    for (size_t v = first; v < q->open; v++)
        if (!x->in_quote[v] && t->tokens[v].kind == AFS_TOK_WORD &&
            reporting_verb_at(t, v) && !afs_tok_is_ci(t, v, "according"))
            return true;
    return false;
}

/* `"Q," X said`, `"Q," said X` and `"Q," X, a critic for Y, said` right
 * after the closing mark, before the sentence ends. */
static size_t speaker_after(const extraction *x, const quote *q)
{
    const afs_text *t = x->text;
    size_t i = q->close + 1;
    size_t limit = t->paragraphs[t->tokens[q->close].paragraph].last;
    if (limit > i + 20)
        limit = i + 20;
    while (i < limit && t->tokens[i].kind == AFS_TOK_PUNCT &&
           !is_punct(t, i, '.'))
        i++;
    if (i >= limit)
        return NO_ENTITY;
    /* `rejected it as "Q," and sources in X told`: a new clause, with
     * speakers of its own */
    if (afs_tok_is_one_of(t, i, conjunctions) || reported_before_stop(x, q))
        return NO_ENTITY;
    if (reporting_verb_at(t, i))
        return anonymous_subject_after(t, i + 1) ? NO_ENTITY
                                                 : speaker_at(x, i + 1, limit);
    for (size_t v = i + 1; v < limit; v++) {
        if (t->tokens[v].kind == AFS_TOK_QUOTE || is_punct(t, v, '.') ||
            is_punct(t, v, ';'))
            break;
        if (reporting_verb_at(t, v) || has_written_at(t, v) ||
            (afs_tok_is(t, v, "was") && afs_tok_is(t, v + 1, "quoted"))) {
            if (ends_a_sentence(x, q) && afs_tok_is(t, v + 1, "that"))
                return NO_ENTITY; /* `"Q." Roe added that …`: new speech */
            size_t e = speaker_at(x, i, v);
            if (e != NO_ENTITY && x->entities.v[e].kind != AFS_PLACE)
                return e;
            /* `"Q" despite being the U.S. envoy, said another witness,
             * former adviser Fiona Hill`: a place in the aside does not
             * speak when a person follows the verb */
            size_t after = person_after_verb(x, v);
            return after != NO_ENTITY ? after : e;
        }
    }
    return NO_ENTITY;
}

static const char *const anonymous_determiners[] = {"a", "an", "one", "another",
                                                    NULL};

/* "According to Reuters, one resident posted": an indefinite noun right
 * before the verb is its subject, somebody the article does not name, and
 * the name earlier in the clause is the source of the report. "A company
 * spokesperson" speaks for the company and "a statement" for who issued
 * it, so neither is one. */
static bool anonymous_subject_before(const afs_text *t, size_t v)
{
    /* "a rival's claim": the verb's word is a noun */
    if (v > 0 && (t->tokens[v - 1].flags & AFS_TF_POSSESSIVE))
        return false;
    for (size_t i = v; i-- > 0 && i + 3 >= v;) {
        const afs_token *k = &t->tokens[i];
        if (i + 1 < v && afs_tok_is_one_of_ci(t, i, anonymous_determiners))
            return true;
        if (k->kind != AFS_TOK_WORD || is_spokes_noun(t, i) ||
            afs_tok_is_one_of_ci(t, i, voice_nouns))
            return false;
        if (k->flags & AFS_TF_CAPITAL)
            return false;
    }
    return false;
}

/* `"Q," said one legal expert, as reported by X`: an indefinite noun of
 * lower-case words, and the clause's end, right after the verb is the
 * speaker, whom the article does not name; X is the report's source. */
static bool anonymous_subject_after(const afs_text *t, size_t i)
{
    if (i >= t->token_count ||
        !afs_tok_is_one_of_ci(t, i, anonymous_determiners))
        return false;
    for (size_t k = i + 1; k < t->token_count && k < i + 5; k++) {
        if (is_punct(t, k, ','))
            return k > i + 1;
        if (t->tokens[k].kind != AFS_TOK_WORD ||
            (t->tokens[k].flags & AFS_TF_CAPITAL) || is_spokes_noun(t, k) ||
            afs_tok_is_one_of_ci(t, k, voice_nouns) || afs_tok_is(t, k, "of") ||
            afs_tok_is(t, k, "for"))
            return false;
    }
    return false;
}

static bool has_word(const afs_text *t, size_t from, size_t to);

/* "According to AFP, one user on Weibo posted": the name after "according
 * to" is the source of the report, not the subject of a reporting verb
 * with words of its own between the phrase's comma and it. */
static bool is_source_before(const extraction *x, size_t tok, size_t v)
{
    const afs_text *t = x->text;
    size_t m = x->mention_at[tok];
    if (!m)
        return false;
    const mention *mm = &x->mentions.v[m - 1];
    size_t first = mm->first;
    if (first > 0 && afs_tok_is_one_of_ci(t, first - 1, determiners))
        first--;
    if (first < 2 || !afs_tok_is(t, first - 1, "to") ||
        !afs_tok_is_ci(t, first - 2, "according") ||
        !is_punct(t, mm->last, ','))
        return false;
    return has_word(t, mm->last + 1, v);
}

/* "the People's Daily, the mouthpiece of the party, warned": where an
 * appositive of "the" or "a" and a lower-case noun between commas ends
 * right before the verb at v, its opening comma; else v. The names inside
 * describe the subject; they are not it. */
static size_t skip_appositive(const afs_text *t, size_t from, size_t v)
{
    if (v < from + 4 || !is_punct(t, v - 1, ','))
        return v;
    for (size_t c = v - 2; c > from; c--) {
        if (t->tokens[c].sentence != t->tokens[v].sentence)
            return v;
        if (!is_punct(t, c, ','))
            continue;
        /* "Reed, who will be the company's chairman, told": a relative
         * clause describes the subject too */
        if (afs_tok_is(t, c + 1, "who"))
            return c;
        bool article = afs_tok_is_one_of_ci(t, c + 1, anonymous_determiners) ||
                       afs_tok_is(t, c + 1, "the");
        size_t noun = c + 2;
        return article && noun < v - 1 &&
                       t->tokens[noun].kind == AFS_TOK_WORD &&
                       !(t->tokens[noun].flags & AFS_TF_CAPITAL)
                   ? c
                   : v;
    }
    return v;
}

/* The subject of a reporting verb at v, from the clause before it: the
 * first person named there who is not an owner ("Richardson, via USA
 * Today, said"), else the nearest name, pronoun or "the" + noun. */
static size_t subject_before(const extraction *x, size_t from, size_t v)
{
    const afs_text *t = x->text;
    if (v > from + CLAUSE_WINDOW)
        from = v - CLAUSE_WINDOW;
    if (v > from + 1 && anonymous_subject_before(t, v))
        return NO_ENTITY;
    /* "his claim that the pair were "not close"": the owner of the
     * reported words speaks them */
    enum afs_gender owner;
    if (v > from &&
        (afs_tok_is_ci(t, v - 1, "his") || afs_tok_is_ci(t, v - 1, "her")) &&
        personal_pronoun(t, v - 1, &owner))
        return last_person_before(x, v - 1, owner);
    /* "He urged Kim to act, saying": the pronoun opening the clause is
     * its subject, the person after it an object */
    enum afs_gender opening;
    if (from + 1 < v && is_subject_pronoun(t, from, &opening))
        return last_person_before(x, from, opening);
    for (size_t i = from; i < v; i++) {
        size_t e = x->in_quote[i] ? NO_ENTITY : entity_at_token(x, i);
        if (e != NO_ENTITY && x->entities.v[e].kind == AFS_PERSON &&
            names_the_speaker(x, i) && !is_source_before(x, i, v))
            return e;
    }
    size_t end = skip_appositive(t, from, v);
    for (size_t s = end; s-- > from;) {
        if (is_source_before(x, s, v))
            break;
        size_t e = speaker_at(x, s, end);
        enum afs_gender g;
        if (e != NO_ENTITY || personal_pronoun(t, s, &g))
            return e;
    }
    return NO_ENTITY;
}

/* "he asked about X, called Y a "Q1" and said, "Q2"": a verb joined by
 * "and" after an earlier quote shares the subject of the first reporting
 * verb of the sentence, before that quote. */
static size_t coordinated_subject(const extraction *x, size_t from,
                                  size_t clause)
{
    const afs_text *t = x->text;
    if (!afs_tok_is_one_of(t, clause, conjunctions))
        return NO_ENTITY;
    for (size_t v = from + 1; v < clause; v++) {
        if (t->tokens[v].kind == AFS_TOK_QUOTE)
            return NO_ENTITY;
        if (!x->in_quote[v] && reporting_verb_at(t, v))
            return subject_before(x, from, v);
    }
    return NO_ENTITY;
}

/* `X said: "Q"`, `X said in a statement that "Q"`: the nearest reporting
 * verb before the quote in its sentence, and the subject before it. */
static size_t speaker_before(const extraction *x, const quote *q)
{
    const afs_text *t = x->text;
    size_t from = t->sentences[t->tokens[q->open].sentence].first;
    if (q->open > from + CLAUSE_WINDOW)
        from = q->open - CLAUSE_WINDOW;
    for (size_t v = q->open; v-- > from;) {
        if (t->tokens[v].kind == AFS_TOK_QUOTE)
            break;
        if (!reporting_verb_at(t, v))
            continue;
        size_t clause = v;
        while (clause > from && t->tokens[clause - 1].kind != AFS_TOK_QUOTE &&
               !is_punct(t, clause - 1, ';'))
            clause--;
        size_t e = subject_before(x, clause, v);
        if (e == NO_ENTITY && clause > from)
            e = coordinated_subject(x, from, clause);
        if (e != NO_ENTITY)
            return e;
        /* "according to X" and "said X:" put the speaker after the verb */
        e = speaker_at(x, v + 1, q->open);
        if (e == NO_ENTITY && afs_tok_is(t, v + 1, "to"))
            e = speaker_at(x, v + 2, q->open);
        return e;
    }
    return NO_ENTITY;
}

/* Words that join two names, not a role between them. */
static const char *const function_words[] = {
    "of",  "at",    "for",  "in",   "with",   "near", "on", "to", "and",
    "or",  "but",   "from", "by",   "as",     "the",  "a",  "an", "that",
    "who", "which", "told", "than", "versus", "vs",   NULL};

/* "Acme investor Jane Roe blasted it as "Q"": an organization that
 * qualifies the person named right after it, across a few lower-case
 * role words, speaks through her; the person is the subject. */
static size_t person_in_role_after(const extraction *x, size_t tok)
{
    const afs_text *t = x->text;
    size_t m = x->mention_at[tok];
    if (!m)
        return NO_ENTITY;
    size_t after = x->mentions.v[m - 1].last;
    for (size_t k = after; k < t->token_count && k <= after + 3; k++) {
        size_t e = entity_at_token(x, k);
        if (e != NO_ENTITY)
            return k > after && x->entities.v[e].kind == AFS_PERSON ? e
                                                                    : NO_ENTITY;
        if (t->tokens[k].kind != AFS_TOK_WORD ||
            (t->tokens[k].flags & AFS_TF_CAPITAL) ||
            afs_tok_is_one_of(t, k, function_words))
            return NO_ENTITY; /* "an email from Acme to Jane Roe" */
    }
    return NO_ENTITY;
}

/* The clause's subject: the first person or organization named in the
 * sentence, for "X called Y, describing them as "Q"". */
static size_t sentence_subject(const extraction *x, const quote *q)
{
    const afs_text *t = x->text;
    size_t from = t->sentences[t->tokens[q->open].sentence].first;
    if (q->open > from + CLAUSE_WINDOW)
        from = q->open - CLAUSE_WINDOW;
    size_t verb = q->open;
    for (size_t v = from + 1; v < q->open; v++) {
        if (!reporting_verb_at(t, v))
            continue;
        if (anonymous_subject_before(t, v))
            return NO_ENTITY; /* "According to X, one user posted: "Q"" */
        verb = v;
    }

    for (size_t i = from; i < q->open; i++) {
        if (x->in_quote[i])
            continue;
        size_t e = entity_at_token(x, i);
        if (e != NO_ENTITY && is_source_before(x, i, verb))
            continue;
        size_t in_role = e != NO_ENTITY &&
                                 x->entities.v[e].kind == AFS_ORGANIZATION &&
                                 names_the_speaker(x, i)
                             ? person_in_role_after(x, i)
                             : NO_ENTITY;
        if (in_role != NO_ENTITY)
            return in_role;
        if (e != NO_ENTITY && x->entities.v[e].kind != AFS_PLACE &&
            names_the_speaker(x, i))
            return e;
        enum afs_gender g;
        if (personal_pronoun(t, i, &g) && i == from)
            return last_person_before(x, i, g);
        /* "Smith agreed: "Q"": a surname that is a word, opening the
         * sentence, is no name to the name finder */
        size_t named = e == NO_ENTITY && i == from
                           ? surname_opening_sentence(x, i)
                           : NO_ENTITY;
        if (named != NO_ENTITY)
            return named;
    }
    return NO_ENTITY;
}

/* The words of a quote without the punctuation it ends with. */
static size_t quote_core_length(const extraction *x, const quote *q)
{
    size_t end = q->end;
    while (end > q->start && strchr(",.!?;: ", x->text->clean[end - 1]))
        end--;
    return end - q->start;
}

/* A headline quotes the body: "'We had some issues,' exec says" is the
 * body's "We had some issues ..." said by Mayer. A headline quote with no
 * speaker takes the speaker of the body quote that starts with its words. */
static void echo_headline_quotes(extraction *x)
{
    const afs_text *t = x->text;
    /* a few headings quote; a page of them must not make this quadratic */
    size_t budget = 16;
    for (size_t hi = 0; hi < x->quotes.n && budget; hi++) {
        quote *h = &x->quotes.v[hi];
        if (h->dropped || h->speaker != NO_ENTITY ||
            !x->heading_paragraph[t->tokens[h->open].paragraph])
            continue;
        budget--;
        size_t n = quote_core_length(x, h);
        for (size_t bi = 0; n >= 8 && bi < x->quotes.n; bi++) {
            const quote *b = &x->quotes.v[bi];
            if (b->dropped || b->speaker == NO_ENTITY ||
                x->heading_paragraph[t->tokens[b->open].paragraph] ||
                b->end - b->start < n ||
                strncasecmp(t->clean + h->start, t->clean + b->start, n) != 0)
                continue;
            h->speaker = b->speaker;
            break;
        }
    }
}

static size_t reported_speaker_in(const extraction *x, size_t sentence);

/* "Erekat said it was only the latest move. / "They wanted us ..."": the
 * person whose words the last sentence of paragraph p reports. */
static size_t reported_speaker_of(const extraction *x, size_t p)
{
    const afs_text *t = x->text;
    const afs_range *r = &t->paragraphs[p];
    if (r->first >= r->last || r->first < x->body_first ||
        x->heading_paragraph[p])
        return NO_ENTITY;
    return reported_speaker_in(x, t->tokens[r->last - 1].sentence);
}

/* The person a sentence reports the words of ("..., Howitt says."). */
static size_t reported_speaker_in(const extraction *x, size_t sentence)
{
    const afs_text *t = x->text;
    const afs_range *s = &t->sentences[sentence];
    for (size_t v = s->first + 1; v < s->last; v++) {
        if (!reporting_verb_at(t, v) || afs_tok_is_ci(t, v, "according"))
            continue;
        size_t e = subject_before(x, s->first, v);
        return e != NO_ENTITY && x->entities.v[e].kind == AFS_PERSON
                   ? e
                   : NO_ENTITY;
    }
    return NO_ENTITY;
}

/* "Lena Ruud, who runs the shelter, has seen the change. / "Q."": a
 * quote with no attribution that opens its sentence after one whose
 * subject is a person, named in its first words, is that person's. */
static size_t introduced_speaker_of(const extraction *x, size_t sentence)
{
    const afs_text *t = x->text;
    const afs_range *s = &t->sentences[sentence];
    if (s->first >= s->last || s->first < x->body_first ||
        x->heading_paragraph[t->tokens[s->first].paragraph])
        return NO_ENTITY;
    for (size_t i = s->first; i < s->last; i++)
        if (t->tokens[i].kind == AFS_TOK_QUOTE)
            return NO_ENTITY; /* words quoted there have their speaker */
    for (size_t i = s->first; i < s->last && i < s->first + 4; i++) {
        size_t e = entity_at_token(x, i);
        if (e == NO_ENTITY)
            continue;
        return x->entities.v[e].kind == AFS_PERSON && is_subject_at(x, i)
                   ? e
                   : NO_ENTITY;
    }
    return NO_ENTITY;
}

/* The sentence before the one quote q opens, or SIZE_MAX when q does not
 * open its sentence. */
static size_t sentence_before_opening(const extraction *x, const quote *q)
{
    const afs_text *t = x->text;
    size_t s = t->tokens[q->open].sentence;
    if (t->sentences[s].first != q->open || s == 0)
        return SIZE_MAX;
    return s - 1;
}

/* "It is unclear, Howitt says. Just because ..., "Q"": a quote with no
 * attribution of its own, inside a sentence that follows one reporting a
 * person's words in its paragraph, goes on with those words. */
static size_t speaker_reported_before(const extraction *x, const quote *q)
{
    const afs_text *t = x->text;
    size_t s = t->tokens[q->open].sentence;
    if (s == 0 || t->sentences[s].first < x->body_first ||
        t->tokens[t->sentences[s - 1].first].paragraph !=
            t->tokens[q->open].paragraph)
        return NO_ENTITY;
    size_t capital;
    if (words_inside(t, q, &capital) <= 4)
        return NO_ENTITY; /* a short phrase may be the writer's term */
    const afs_range *before = &t->sentences[s - 1];
    for (size_t i = before->first; i < before->last; i++)
        if (t->tokens[i].kind == AFS_TOK_QUOTE)
            return NO_ENTITY; /* words quoted there have their speaker */
    return reported_speaker_in(x, s - 1);
}

/* `"Q," an officer said`, `"Q," the source said`: the quote has a speaker
 * nobody named, so it does not go on with the quote before it. */
static bool said_by_somebody_new(const extraction *x, const quote *q)
{
    const afs_text *t = x->text;
    size_t i = q->close + 1;
    while (i < t->token_count && t->tokens[i].kind == AFS_TOK_PUNCT &&
           !is_punct(t, i, '.'))
        i++;
    bool indefinite = afs_tok_is_one_of_ci(t, i, anonymous_determiners);
    if (!indefinite && !afs_tok_is_ci(t, i, "the"))
        return false;
    for (size_t v = i + 1; v < t->token_count && v < i + 5; v++)
        if (reporting_verb_at(t, v))
            /* "the company said" is the company named before */
            return indefinite || speaker_at(x, i, v) == NO_ENTITY;
    return false;
}

/* "he said, "Q," the prosecutor's office said": the words are the
 * person's whose "said" opens them; the body after only reports them.
 * That person, or NO_ENTITY. */
static size_t relayed_person(const extraction *x, const quote *q)
{
    const afs_text *t = x->text;
    size_t e = q->speaker, v = q->open;
    if (e == NO_ENTITY || x->entities.v[e].kind != AFS_ORGANIZATION || v < 2)
        return NO_ENTITY;
    if (is_punct(t, v - 1, ',') || is_punct(t, v - 1, ':'))
        v--;
    if (!reporting_verb_at(t, v - 1))
        return NO_ENTITY;
    size_t before = speaker_before(x, q);
    return before != NO_ENTITY && x->entities.v[before].kind == AFS_PERSON
               ? before
               : NO_ENTITY;
}

/* `"No," he said. "You tell me one."`: a one-word quote is no quote,
 * but its attribution names who speaks on. */
static size_t one_word_attribution(const extraction *x, const quote *q)
{
    size_t capital;
    if (q->kind != AFS_QUOTE_DIRECT || q->runs_on ||
        words_inside(x->text, q, &capital) != 1)
        return NO_ENTITY;
    return speaker_after(x, q);
}

static bool labelled_by_verb_before(const afs_text *t, const quote *q);
static bool is_named_calling(const afs_text *t, size_t i);

/* "Jan Roe, an analyst at Acme, sees the lineup as its "weak spot."",
 * "Developer Valve called it "a flagship game."": a label given by a
 * labelling verb is the words of the person or body whose sentence it
 * is, with no reporting verb. */
static size_t labelling_person(const extraction *x, const quote *q)
{
    if (!labelled_by_verb_before(x->text, q))
        return NO_ENTITY;
    size_t e = sentence_subject(x, q);
    return e != NO_ENTITY && x->entities.v[e].kind != AFS_PLACE ? e : NO_ENTITY;
}

/* "a move Mayor Ann Roe called "long overdue"": the person or body named
 * right before "called" gives the label, whoever opens the sentence. */
static size_t named_caller(const extraction *x, const quote *q)
{
    const afs_text *t = x->text;
    size_t first = t->sentences[t->tokens[q->open].sentence].first;
    for (size_t i = q->open; i-- > first && i + 12 > q->open;) {
        if (x->in_quote[i] || !is_named_calling(t, i))
            continue;
        size_t caller = entity_at_token(x, i - 1);
        return caller != NO_ENTITY && x->entities.v[caller].kind != AFS_PLACE
                   ? caller
                   : NO_ENTITY;
    }
    return NO_ENTITY;
}

/* "That process led to a realization: "Q"": a colon announces the
 * quote, and the words of its paragraph before it name nobody, so the
 * speaker of the paragraph before goes on. */
static bool announced_by_nobody(const extraction *x, const quote *q)
{
    const afs_text *t = x->text;
    if (q->open == 0 || !is_punct(t, q->open - 1, ':'))
        return false;
    size_t first = t->paragraphs[t->tokens[q->open].paragraph].first;
    for (size_t i = first; i < q->open; i++) {
        enum afs_gender g;
        if (x->in_quote[i] || t->tokens[i].kind == AFS_TOK_QUOTE ||
            x->mention_at[i] || personal_pronoun(t, i, &g))
            return false;
    }
    return true;
}

static void attribute(extraction *x)
{
    const afs_text *t = x->text;
    for (size_t qi = 0; qi < x->quotes.n; qi++) {
        quote *q = &x->quotes.v[qi];
        if (q->dropped)
            continue;
        q->speaker = speaker_after(x, q);
        size_t relayed = relayed_person(x, q);
        if (relayed != NO_ENTITY)
            q->speaker = relayed;
        else if (q->speaker == NO_ENTITY)
            q->speaker = speaker_before(x, q);
        if (q->speaker == NO_ENTITY)
            q->speaker = named_caller(x, q);
        bool announced = q->open > 0 && is_punct(t, q->open - 1, ':');
        if (q->speaker == NO_ENTITY && (announced || has_speech_context(x, q)))
            q->speaker = sentence_subject(x, q);
        if (q->speaker == NO_ENTITY)
            q->speaker = labelling_person(x, q);
    }
    /* A quote that runs on into the next paragraph is the same speaker's
     * as the part that follows it. */
    for (size_t qi = x->quotes.n; qi-- > 1;) {
        quote *p = &x->quotes.v[qi - 1], *q = &x->quotes.v[qi];
        if (p->runs_on && !p->dropped && !q->dropped &&
            p->speaker == NO_ENTITY &&
            t->tokens[q->open].paragraph == t->tokens[p->open].paragraph + 1)
            p->speaker = q->speaker;
    }
    /* One attribution serves every quote of its sentence. */
    for (size_t qi = x->quotes.n; qi-- > 1;) {
        quote *q = &x->quotes.v[qi], *p = &x->quotes.v[qi - 1];
        if (!p->dropped && !q->dropped && p->speaker == NO_ENTITY &&
            t->tokens[p->close].sentence == t->tokens[q->open].sentence)
            p->speaker = q->speaker;
    }
    echo_headline_quotes(x);
    /* Quotes left over take the speaker of the quote before them in the
     * same paragraph, or of the paragraph before when they open theirs. */
    size_t last = NO_ENTITY, last_paragraph = SIZE_MAX;
    for (size_t qi = 0; qi < x->quotes.n; qi++) {
        quote *q = &x->quotes.v[qi];
        size_t p = t->tokens[q->open].paragraph;
        if (q->dropped) {
            size_t said = one_word_attribution(x, q);
            if (said != NO_ENTITY) {
                last = said;
                last_paragraph = p;
            }
            continue;
        }
        bool continues = p == last_paragraph ||
                         (p == last_paragraph + 1 &&
                          ((t->tokens[q->open].flags & AFS_TF_PARA_START) ||
                           announced_by_nobody(x, q)));
        bool unnamed = q->speaker == NO_ENTITY && said_by_somebody_new(x, q);
        if (q->speaker == NO_ENTITY && continues && !unnamed)
            q->speaker = last;
        else if (q->speaker == NO_ENTITY && !unnamed && p > 0 &&
                 (t->tokens[q->open].flags & AFS_TF_PARA_START) &&
                 !x->heading_paragraph[p]) {
            q->speaker = reported_speaker_of(x, p - 1);
        }
        if (q->speaker == NO_ENTITY && !unnamed && !q->runs_on &&
            !has_speech_context(x, q) &&
            sentence_before_opening(x, q) != SIZE_MAX &&
            (p != last_paragraph || last == NO_ENTITY))
            q->speaker =
                introduced_speaker_of(x, sentence_before_opening(x, q));
        if (q->speaker == NO_ENTITY && !unnamed && !has_speech_context(x, q))
            q->speaker = speaker_reported_before(x, q);
        last = q->speaker;
        last_paragraph = p;
    }
}

/* Verbs that give a subject's label to a thing: "considered it "showing
 * off,"", "branded them "traitors.""; the label is the subject's words. */
static const char *const labelling_verbs[] = {
    "considered", "considers", "consider", "deemed", "branded", "labelled",
    "labeled",    "termed",    "dubbed",   "viewed", "sees",    "saw",
    "see",        "calls",     "call",     NULL};

/* "Valve called the game "a flagship title"": "called" after a name
 * (capitalised, no "a company called") labels what follows it; not
 * "called for", "called on", "called off", "called up". */
static bool is_named_calling(const afs_text *t, size_t i)
{
    static const char *const particles[] = {"for", "on", "off",  "up",
                                            "out", "in", "back", NULL};
    return i > 0 && afs_tok_is(t, i, "called") &&
           (t->tokens[i - 1].flags & AFS_TF_CAPITAL) &&
           t->tokens[i - 1].kind == AFS_TOK_WORD &&
           !(t->tokens[i - 1].flags & AFS_TF_SENT_START) &&
           i + 1 < t->token_count && !afs_tok_is_one_of(t, i + 1, particles);
}

/* A labelling verb in the words before the marks in their sentence. */
static bool labelled_by_verb_before(const afs_text *t, const quote *q)
{
    size_t first = t->sentences[t->tokens[q->open].sentence].first;
    for (size_t i = q->open; i-- > first && i + 12 > q->open;)
        if (afs_tok_is_one_of_ci(t, i, labelling_verbs) ||
            is_named_calling(t, i))
            return true;
    return false;
}

/* A labelling verb in the words before the marks in their sentence or
 * right after them (""new Gannett," as Reed dubbed it"), or "as" close
 * before them ("eulogized him as his "blood brother,""). */
static bool labelled_around(const afs_text *t, const quote *q)
{
    for (size_t i = q->close + 1; i < t->token_count && i < q->close + 5; i++)
        if (afs_tok_is_one_of_ci(t, i, labelling_verbs))
            return true;
    size_t first = t->sentences[t->tokens[q->open].sentence].first;
    for (size_t i = q->open; i-- > first && i + 12 > q->open;) {
        if (afs_tok_is_one_of_ci(t, i, labelling_verbs) ||
            (i + 4 > q->open && afs_tok_is(t, i, "as")))
            return true;
    }
    return false;
}

/* "embrace the "internet limelight?"", "this "online business thing."":
 * a short phrase or a question that nobody says, with no reporting verb
 * around it and no colon before it, is the writer's own, not a quote. */
static bool is_writers_phrase(const extraction *x, const quote *q)
{
    const afs_text *t = x->text;
    size_t capital;
    size_t words = words_inside(t, q, &capital);
    bool question = t->clean[q->end - 1] == '?';
    /* a colon or a comma before the marks announces speech ("Teachers
     * chanted, "Fund our schools,"") */
    if (q->speaker != NO_ENTITY || q->runs_on || (words > 4 && !question) ||
        x->heading_paragraph[t->tokens[q->open].paragraph] ||
        (q->open > 0 &&
         (is_punct(t, q->open - 1, ':') || is_punct(t, q->open - 1, ','))))
        return false;
    return !has_speech_context(x, q) && !speech_near(x, q) &&
           !labelled_around(t, q);
}

/* A quote after another kept in its paragraph goes on with it
 * (""Hands up!" an officer ordered. "Step out.""). */
static void drop_writers_phrases(extraction *x)
{
    const afs_text *t = x->text;
    size_t kept_paragraph = SIZE_MAX;
    for (size_t qi = 0; qi < x->quotes.n; qi++) {
        quote *q = &x->quotes.v[qi];
        if (q->dropped || q->kind != AFS_QUOTE_DIRECT)
            continue;
        size_t p = t->tokens[q->open].paragraph;
        if (p != kept_paragraph && is_writers_phrase(x, q))
            q->dropped = true;
        else
            kept_paragraph = p;
    }
}

/* ---- indirect speech --------------------------------------------------- */

/* The reported clause needs a word of its own sentence: "that" may end
 * one ("... told reporters that.") or start the next. */
static bool has_word(const afs_text *t, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++)
        if (t->tokens[i].kind == AFS_TOK_WORD ||
            t->tokens[i].kind == AFS_TOK_NUMBER)
            return true;
    return false;
}

/* The first reporting verb in tokens [i, last), or last (also when i is
 * past it): a walk that most tokens leave at the lexicon's bit. */
static size_t next_reporting_verb(const afs_text *t, size_t i, size_t last)
{
    if (i >= last)
        return last;
    const afs_token *k = t->tokens + i, *end = t->tokens + last;
    while (k < end && !((k->lower.keys >> AFS_LEX_REPORTING_VERBS & 1) &&
                        reporting_verb_at(t, (size_t)(k - t->tokens))))
        k++;
    return (size_t)(k - t->tokens);
}

/* "Takaichi informed reporters that …": subject, reporting verb, "that". */
static void find_indirect(extraction *x, const bool *double_in)
{
    const afs_text *t = x->text;
    for (size_t s = 0; s < t->sentence_count; s++) {
        const afs_range *r = &t->sentences[s];
        if (r->first < x->body_first || double_in[s] ||
            x->heading_paragraph[t->tokens[r->first].paragraph])
            continue;
        /* verbs with two tokens after them: "that" and a word */
        size_t stop = r->last >= 2 ? r->last - 2 : 0;
        for (size_t v = next_reporting_verb(t, r->first + 1, stop); v < stop;
             v = next_reporting_verb(t, v + 1, stop)) {
            if (afs_tok_is_ci(t, v, "according"))
                continue;
            size_t that = v + 1;
            while (that < v + 4 && that < r->last &&
                   !afs_tok_is(t, that, "that"))
                that++;
            if (that >= r->last || !afs_tok_is(t, that, "that") ||
                !has_word(t, that + 1, r->last))
                continue;
            size_t speaker = NO_ENTITY;
            size_t from = v > r->first + CLAUSE_WINDOW / 4
                              ? v - CLAUSE_WINDOW / 4
                              : r->first;
            for (size_t i = from; i < v && speaker == NO_ENTITY; i++)
                speaker = speaker_at(x, i, v);
            if (speaker == NO_ENTITY)
                continue;
            quote *q = VEC_PUSH(x->arena, x->quotes);
            memset(q, 0, sizeof *q);
            q->open = that;
            q->close = r->last - 1;
            q->start = t->tokens[that + 1].start;
            q->end = t->tokens[r->last - 1].end;
            q->speaker = speaker;
            q->kind = AFS_QUOTE_INDIRECT;
            break;
        }
    }
}

void find_quotes(extraction *x)
{
    const afs_text *t = x->text;
    bool *double_in =
        afs_arena_array(x->arena, t->sentence_count + 1, sizeof(bool));
    for (size_t p = 0; p < t->paragraph_count; p++)
        scan_paragraph(x, &t->paragraphs[p], double_in);
    x->in_quote = afs_arena_array(x->arena, t->token_count + 1, sizeof(bool));
    count_long_quotes(x);
    for (size_t qi = 0; qi < x->quotes.n; qi++) {
        quote *q = &x->quotes.v[qi];
        q->dropped = !is_real_quote(x, q);
        for (size_t i = q->open + 1; !q->dropped && i < q->close; i++)
            x->in_quote[i] = true;
    }
    if (x->foreign)
        return; /* speech is told by English verbs */
    attribute(x);
    drop_writers_phrases(x);
    find_indirect(x, double_in);
}
