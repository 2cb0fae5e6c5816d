#!/bin/bash
# A short tour of a mounted article: the commands a reader would type, each
# printed before its output. Usage: bash examples/tour.sh MOUNTPOINT [WORD]
# WORD (default "vote") is searched for across the events.
# The steps are single-quoted on purpose: printed as typed, expanded when run.
# shellcheck disable=SC2016
set -euo pipefail

mountpoint=${1:?usage: tour.sh MOUNTPOINT [WORD]}
word=${2:-vote}
cd "$mountpoint"

step() {
    printf '\n$ %s\n' "$1"
    # The tour shows commands as typed; a miss (grep finding nothing) is
    # part of the answer, not a reason to stop.
    bash -c "$1" || true
}

step 'ls'
step 'ls people'
step 'cat "people/$(ls people | head -1)/info.txt"'
step 'for q in quotes/*; do printf "%s: %s\n" "$(cat "$q/speaker/name" 2>/dev/null || echo "(unknown)")" "$(cat "$q/text")"; done'
step "grep -rli --include=summary '$word' events"
step "jq -r '.events[] | \"\\(.when.date // .when.text // \"-\")  \\(.summary)\"' article.json"

printf '\nThe article stays mounted at %s; unmount it with:\n' "$mountpoint"
printf '  fusermount3 -u %s\n' "$mountpoint"
