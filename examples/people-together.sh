#!/bin/bash
# Which people appear together in events: each pair, with how many events
# they share, most first.
# Usage: people-together.sh MOUNTPOINT
set -euo pipefail
mnt=${1:?usage: people-together.sh MOUNTPOINT}
for e in "$mnt"/events/*/; do
    for p in "$e"participants/*; do
        id=$(basename "$p")
        if [ -d "$mnt/people/$id" ]; then echo "$id"; fi
    done | sort | awk '{ p[NR] = $0 } END {
        for (i = 1; i <= NR; i++) for (j = i + 1; j <= NR; j++) print p[i] " + " p[j]
    }'
done | sort | uniq -c | sort -rn
