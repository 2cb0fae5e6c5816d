/* internal.h - the loader's working state, shared by the passes in
 * src/extract/ and frozen into the immutable model at the end.
 *
 * Passes run in order: names (spans and titles) -> entities (classes and
 * coreference) -> quotes (spans and speakers) -> events (triggers,
 * participants, time, place). Each pass reads what the earlier ones left. */
#ifndef ARTICLEFS_EXTRACT_INTERNAL_H
#define ARTICLEFS_EXTRACT_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "articlefs/model.h"
#include "articlefs/text.h"
#include "articlefs/vector.h"

#define NO_ENTITY ((size_t)-1)
/* How far (in tokens) a rule looks for its words: a clause, roughly, and
 * what keeps every pass linear on a megabyte-long sentence. */
#define CLAUSE_WINDOW 60
/* How many tokens a look through the whole text ("is the word ever in
 * lower case?") reads at most: what keeps such look-ups, made once a name,
 * linear on a long text. */
#define WHOLE_TEXT_SCAN 20000
/* How far back a pronoun or "the ministry" looks for what it stands for. */
#define ANTECEDENT_WINDOW 600

/* The passes' growable arrays are the core vector (vector.h), in the
 * extraction's arena: VEC_PUSH sets the arena and pushes, so a vector in
 * a struct made with {0} or designated initializers needs nothing more. */
#define VEC_PUSH(arena_, vec) ((vec).arena = (arena_), afs_vec_push(&(vec)))

typedef AFS_VEC(const char *) str_vec;
typedef AFS_VEC(size_t) index_vec;

enum name_class {
    NAME_UNKNOWN,
    NAME_PERSON,
    NAME_ORGANIZATION,
    NAME_PLACE,
};

/* One proper-name occurrence in the text. */
typedef struct mention {
    size_t first, last;     /* name tokens [first, last) */
    size_t start, end;      /* its bytes (a part of "Japan-US" is less
                               than its token) */
    size_t title_first;     /* tokens of a title before it, or == first */
    enum name_class cls;    /* what the span itself says */
    int strength;           /* how sure cls is: 0 guess .. 3 lexicon */
    const char *text;       /* the name as written */
    const char *folded;     /* text case-folded, accents off (afs_fold) */
    const char *key;        /* what wordings of the name share, once made */
    const char *canonical;  /* lexicon's preferred name, or NULL */
    const char *role;       /* "Prime Minister of Japan", or NULL */
    enum afs_gender gender; /* from a given name or title */
    size_t entity;          /* after coreference */
    bool heading;           /* in a headline or sub-heading */
    bool work;              /* names a product, programme or work */
    bool nested;            /* inside another mention's tokens ("Russia"
                               of "Russia's foreign ministry"): an entity's
                               mention, not what its tokens name */
    /* what the contexts of every mention of this name say of its class,
     * summed over them all (one sense per discourse) */
    int place_votes, org_votes;
} mention;

typedef struct entity {
    enum afs_kind kind;
    enum afs_gender gender;
    const char *name;
    str_vec aliases;
    str_vec roles;
    AFS_VEC(afs_span) spans;
    size_t first_token;
    size_t merged_into; /* NO_ENTITY unless folded into another */
    bool family_first;  /* a person whose first word is the family name */
} entity;

typedef struct quote {
    size_t open, close; /* tokens of the marks; close may be the last token
                           of the paragraph when the mark is missing */
    size_t start, end;  /* bytes of the text between the marks */
    size_t speaker;     /* entity index or NO_ENTITY */
    enum afs_quote_kind kind;
    bool dropped;
    bool runs_on; /* no closing mark: the quote goes on in the next
                     paragraph, whose attribution it shares */
} quote;

typedef struct time_expr {
    size_t first, last; /* tokens */
    const char *text;
    const char *date; /* YYYY-MM-DD or NULL */
    const char *end;  /* last day of a range ("last week"), or NULL */
} time_expr;

/* A summary's tokens: [from, to), after the subject [subject_first,
 * subject_last) taken from before its clause (none when equal). */
typedef struct summary_span {
    size_t from, to, subject_first, subject_last;
} summary_span;

typedef struct event {
    size_t trigger_first, trigger_last;
    const char *trigger;
    const char *type; /* "meet": one of the fixed list readers see */
    const char *cls;  /* "consult": the finer kind its mentions share */
    size_t cls_len;
    const char *summary; /* made from span for the events kept */
    summary_span span;
    AFS_VEC(size_t) participants;
    AFS_VEC(afs_span) mentions; /* the trigger of each telling, in text order */
    const time_expr *when;
    size_t where;
    size_t sentence;      /* of the first mention */
    size_t last_sentence; /* of the latest mention */
} event;

typedef struct extraction {
    afs_arena *arena;
    const afs_text *text;
    const char *date;          /* publication date or NULL */
    const char *language;      /* as detect_language says */
    FILE *evidence;            /* where weighed evidence is logged, or NULL */
    bool foreign;              /* not English: the rules guess nothing */
    size_t body_first;         /* first token after the headline */
    AFS_VEC(mention) mentions; /* in text order */
    uint32_t *mention_at;      /* token -> mention index + 1, 0 for none */
    AFS_VEC(entity) entities;
    AFS_VEC(quote) quotes;
    AFS_VEC(time_expr) times;
    AFS_VEC(event) events;
    bool *heading_paragraph;    /* paragraph index -> is a heading */
    bool *in_quote;             /* token -> inside a direct quote */
    size_t *long_quotes;        /* sentence -> quotes of more than six words */
    struct strmap *entity_keys; /* mention key -> entity */
    struct strmap *surnames;    /* surname -> person (or ambiguous) */
    struct strmap *first_named; /* surname -> its first person */
    struct strmap *given_names; /* given name -> person (or ambiguous) */
    struct strmap *acronyms;    /* initials -> organization */
    struct strmap *short_names; /* "Tyvak", "Disney" -> organization */
    struct strmap *synonyms;    /* "republican party" -> organization */
    /* entities_leftovers.c: the lower-case words, indexed on first use */
    struct lower_words *lower_words;
    /* reports_a_game, once asked: 0 not yet, 1 no, 2 yes */
    uint8_t game_report;
    /* names.c: title lengths lately found, by token mod 8 (a run asks
     * the same word more than once, as a title inside it and in front) */
    struct title_memo {
        uint32_t tok, limit_plus_1, n; /* limit_plus_1 0: empty */
    } title_memo[8];
} extraction;

/* language.c */
/* "en", another ISO 639-1 code ("fr", "ja"), "und" when the text is not
 * English but its language is not told, NULL when too short to tell. */
const char *detect_language(afs_arena *arena, const afs_text *t);
/* Token i in lower case is one of language's most frequent words. */
bool is_function_word_of(const afs_text *t, size_t i, const char *language);
/* names.c */
void find_headings(extraction *x);
void find_names(extraction *x);
/* "St. Croix", "Santa Cruz": m opens with a saint's word, so names a
 * place or a church, no person. */
bool opens_with_saint(const afs_text *t, const mention *m);
/* "Xi Jinping", "Liu He": a pinyin surname, then a given name. */
bool is_pinyin_name(const afs_text *t, const mention *m);
/* Two words of pinyin's shape, a place's word among them or not ("Wang
 * Donghai", where Donghai is a county too). */
bool has_pinyin_shape(const afs_text *t, const mention *m);
/* "al-Rashidi", "el-Sayed": Arabic's article is lower case before a
 * capitalised name, and the word still a name's. */
bool is_article_prefixed_name(const afs_text *t, size_t i);
/* The organizations lexicon's value (a class, or "class:Synonym") is
 * of class cls ("party", "common"). */
bool is_org_class(const char *value, const char *cls);
/* "Republicans", "Democrats": w[0..n) is the members' plural of the
 * lexicon's party, whose name goes into buf ("Republican Party"). */
#define PARTY_NAME_MAX 64
bool party_of_members(const char *w, size_t n, char buf[PARTY_NAME_MAX]);
/* "party", "authority": a lower-case word that is a body's head word
 * (the organization keywords lexicon, which keeps them capitalised). */
bool is_lower_body_head(const afs_text *t, size_t i);
/* "[" and "]", or "(" and ")": a credit's or an aside's brackets. */
bool is_bracket_pair(char open, char close);
/* "Zentrix" of "Zentrix chief executive Mara Olin": the word [first,
 * last) stands before a company's title and its holder, the employer. */
bool employs_title_holder(const afs_text *t, size_t first, size_t last);
/* "Google has bought", "Rolling Stone reported": the words [first, last)
 * are followed by what a body does. */
bool acts_as_company_after(const afs_text *t, size_t first, size_t last);
/* "told X", "according to X", "in an interview with X", "wrote in X",
 * "X reported", "X contributed to this report": the name of tokens
 * [first, last) stands where news names a source or a listener. */
bool names_a_source(const afs_text *t, size_t first, size_t last);
/* "PORTLAND, Ore. (Harbor Wire) —": the name of tokens [first, last) is
 * the credit in brackets after a dateline. */
bool credits_dateline_source(const afs_text *t, size_t first, size_t last);
/* entities.c and entities_*.c */
/* "'s small business loans" after a name ending at last: it owns a
 * business. */
bool owns_business_after(const afs_text *t, size_t last);
void resolve_entities(extraction *x);
size_t entity_at_token(const extraction *x, size_t tok);
size_t resolve_entity(const extraction *x, size_t e);
/* The person named at tok is the first person of its sentence. */
bool is_subject_at(const extraction *x, size_t tok);
/* "told", "asked": the name after the verb listens. */
bool is_listener_verb(const afs_text *t, size_t i);
/* quotes.c */
void find_quotes(extraction *x);
/* dates.c */
void find_times(extraction *x);
const time_expr *time_in_range(const extraction *x, size_t first, size_t last);
/* events.c */
void find_events(extraction *x);

/* helpers in extract.c */
const char *token_span_text(const extraction *x, size_t first, size_t last);
bool is_common_word(const afs_text *t, size_t tok);
bool is_reporting_verb(const afs_text *t, size_t tok);

#endif
