/* events_internal.h - what the files of the events pass share: its
 * working state, the word classes of a clause and the steps one file
 * asks of another. Private to src/extract/events*.c. */
#ifndef ARTICLEFS_EXTRACT_EVENTS_INTERNAL_H
#define ARTICLEFS_EXTRACT_EVENTS_INTERNAL_H

#include <stdint.h>

#include "articlefs/lexicon.h"
#include "internal.h"

#define MAX_EVENTS 8
#define MAX_PARTICIPANTS 10
/* How far from its trigger a clause reaches, each way. */
#define CLAUSE_REACH 24
/* How far apart two tellings of one happening may be without a "the". */
#define SAME_EVENT_SENTENCES 6
#define SUMMARY_WORDS 20
/* words past SUMMARY_WORDS a line with no earlier phrase end may run */
#define SUMMARY_OVERRUN 4
/* How many tokens from its end a line looks back for a clause it has
 * begun without a verb ("told reporters that the airline"). */
#define OPEN_TAIL_WORDS 10
/* How far into a clause hanging on a comma its trigger may stand to take
 * the time before the comma. */
#define HUNG_VERB_REACH 6
/* How far before its trigger a summary looks for the clause's own start
 * ("when a Chinese submarine entered"). */
#define OWN_CLAUSE_REACH 14
/* How many happenings with people in them make a story in which a time
 * alone keeps no happening nobody takes part in. */
#define PEOPLED_ENOUGH 4
/* What a happening of someone the headline names weighs more. */
#define HEADLINE_WEIGHT 1
/* What a happening not told as one weighs less. */
#define UNTOLD_WEIGHT 3
/* How far past a clause's end its time may stand: ", officials said
 * late on Wednesday". */
#define TIME_AFTER_REACH 14
/* How many paragraphs of the body the dateline's place covers: the
 * opening ones tell what happened there. */
#define DATELINE_PARAGRAPHS 2

/* What the whole article's events share: its dateline's place. */
struct closed_index;

/* A summary not made yet: most events are dropped or folded before
 * anyone reads their line, so it is made when first read. A summary
 * reads only its event's trigger and sentence, which stay put. */
typedef struct pending_summary {
    size_t trigger; /* the event's trigger_first: events move, it stays */
    afs_range clause;
    size_t sentence_first;
    bool made;
} pending_summary;

typedef struct event_pass {
    extraction *x;
    const struct closed_index *closed;
    size_t dateline_place;  /* entity, or NO_ENTITY */
    size_t dateline_region; /* "HANOI, Vietnam": the country, or NO_ENTITY */
    size_t dateline_end;    /* first token after the dateline */
    size_t first_paragraph; /* of the body */
    uint16_t *cls;          /* token -> enum word_class bits, once its sentence
                             * has a trigger */
    AFS_VEC(pending_summary) pending; /* by trigger, in text order */
} event_pass;

static inline bool is_word(const afs_text *t, size_t i)
{
    return i < t->token_count && t->tokens[i].kind == AFS_TOK_WORD;
}

/* What each token is to a clause, found once per article: clauses and
 * summaries look at every token they span several times over. */
enum word_class {
    WC_FUNCTION = 1 << 0,      /* a summary must not end on it */
    WC_PREPOSITION = 1 << 1,   /* starts a phrase: a summary may end before */
    WC_LOCATIVE = 1 << 2,      /* "in", "near": a place after it is where */
    WC_DETERMINER = 1 << 3,    /* "the call": a thing told before */
    WC_CLAUSE_OPENER = 1 << 4, /* "which", "because": a clause of its own */
    WC_OPENS_AFTER_COMMA = 1 << 5, /* ", and", ", saying": another clause */
    WC_HARD_STOP = 1 << 6,         /* ";", a quote mark: ends any clause */
    WC_PRONOUN = 1 << 7,           /* "he", "her": may stand for a person */
    WC_COMMA = 1 << 8,
    WC_WORD = 1 << 9,
    WC_CLASSIFIED = 1 << 10, /* looked at: a class of 0 is known too */
    WC_PAIR = 1 << 11,       /* "two", "both": may stand for two people */
    WC_AND = 1 << 12,        /* "the Russian and Syrian ministries" */
};

/* Sorted (ASCII), none longer than CLOSED_WORD_MAX. */
#define CLOSED_WORD_MAX 9

/* Twice the table's size and a power of two: probes stay short. */
#define CLOSED_SLOTS 256
#define CLOSED_SLOT_BITS 8
/* A probe runs on past the last slot rather than wrapping: room for
 * every word to be pushed past the end, and an empty slot to stop at. */
#define CLOSED_OVERFLOW 128

typedef struct closed_slot {
    uint64_t key;  /* the first eight bytes, lower case, zero-padded */
    uint16_t rest; /* length and ninth byte; 0: empty */
    uint16_t classes;
} closed_slot;

/* The closed words by a key packed from their bytes: a token is looked
 * up with one multiply and a probe or two, no string compare. Built once
 * per process from the table. */
typedef struct closed_index {
    uint32_t initials[CLOSED_WORD_MAX + 1]; /* length -> first letters */
    uint64_t key_mask[CLOSED_WORD_MAX + 1]; /* length -> the key's bytes */
    closed_slot slots[CLOSED_SLOTS + CLOSED_OVERFLOW];
    /* words of one or two letters ("a", "of", "in", the commonest) by
     * their letters, the second 0 for none: no key to build */
    uint16_t short_words[26][27];
} closed_index;

static inline bool ends_in_ed(const afs_text *t, size_t i)
{
    size_t n = afs_tok_len(t, i);
    const char *s = afs_tok_str(t, i);
    return n > 3 && s[n - 2] == 'e' && s[n - 1] == 'd';
}

static inline bool ends_in_ing(const afs_text *t, size_t k)
{
    size_t n = afs_tok_len(t, k);
    const char *s = afs_tok_str(t, k);
    return n > 4 && s[n - 3] == 'i' && s[n - 2] == 'n' && s[n - 1] == 'g';
}

/* "describing them as ...": a participle after a comma opens a clause. */
static inline bool is_participle(const afs_text *t, size_t i)
{
    size_t n = afs_tok_len(t, i);
    const char *s = afs_tok_str(t, i);
    return n > 5 && !(t->tokens[i].flags & AFS_TF_CAPITAL) && s[n - 3] == 'i' &&
           s[n - 2] == 'n' && s[n - 1] == 'g';
}

void classify_sentence(const event_pass *p, const afs_range *r);
uint16_t classify_token_sentence(const event_pass *p, size_t i);

/* Token i's classes: 0 unless its sentence has a trigger. */
static inline uint16_t class_of(const event_pass *p, size_t i)
{
    return p->cls[i];
}

static inline bool has_class(const event_pass *p, size_t i, unsigned c)
{
    return (class_of(p, i) & c) != 0;
}

/* has_class of a token that may lie outside the sentence being read
 * (before its first word, past its end): that token's own sentence is
 * classified first if none of its triggers asked, so the answer does not
 * hang on which sentences have triggers. */
static inline bool has_class_across(const event_pass *p, size_t i, unsigned c)
{
    uint16_t k = p->cls[i];
    return ((k ? k : classify_token_sentence(p, i)) & c) != 0;
}

/* Token i may start a trigger of the event lexicon: asked of every word
 * of a sentence, so inlined where it is asked. */
static inline bool is_trigger_word(const afs_text *t, size_t i)
{
    return afs_tok_lower_starts(t, i, AFS_LEX_EVENT_WORDS) ||
           afs_tok_lower_in(t, i, AFS_LEX_EVENT_WORDS);
}

const closed_index *closed_words_index(void);
const char *trigger_at(const afs_text *t, size_t i, size_t *n);
size_t first_trigger_word(const afs_text *t, const afs_range *r);
bool is_trigger_candidate(const extraction *x, size_t i);
afs_range clause_of(const event_pass *p, const afs_range *sentence,
                    size_t first_token, size_t trigger, size_t trigger_last);
bool has_participant(const event *ev, size_t e);
void add_participant(extraction *x, event *ev, size_t e);
bool names_people(const afs_text *t, size_t k);
bool is_telling(const event *ev);
void add_clause_subject(event_pass *p, event *ev, size_t sentence_first,
                        const afs_range *clause);
void fill_arguments(event_pass *p, event *ev, const afs_range *clause);
const time_expr *time_of(const extraction *x, const afs_range *clause,
                         size_t trigger);
const time_expr *sentence_opening_time(const extraction *x,
                                       size_t sentence_first,
                                       size_t clause_first);
const time_expr *time_just_after(const extraction *x, const afs_range *clause,
                                 size_t sentence_last);
summary_span make_summary(const event_pass *p, const afs_range *clause,
                          size_t sentence_first, const event *ev);
const char *summary_text(extraction *x, const summary_span *sum);
bool is_verb_context(const event_pass *p, size_t i);

#endif
