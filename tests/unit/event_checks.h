/* What the event tests ask of an article: extract it with a fixed
 * publication date, find an event by its trigger, ask who takes part. */
#ifndef ARTICLEFS_TEST_EVENT_CHECKS_H
#define ARTICLEFS_TEST_EVENT_CHECKS_H

#include <stdbool.h>
#include <string.h>

#include "articlefs/extract.h"

static inline afs_article *load(const char *text)
{
    afs_extract_options o = {.date = "2026-02-07"}; /* a Saturday */
    return afs_extract(text, strlen(text), &o);
}

static inline const afs_event *event_with(const afs_article *a,
                                          const char *trigger)
{
    for (size_t i = 0; i < a->event_count; i++)
        if (!strcmp(a->events[i].trigger, trigger))
            return &a->events[i];
    return NULL;
}

static inline bool takes_part(const afs_event *ev, const char *name)
{
    for (size_t i = 0; i < ev->participant_count; i++)
        if (!strcmp(ev->participants[i]->name, name))
            return true;
    return false;
}

#endif
