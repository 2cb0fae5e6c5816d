#!/bin/bash
# Every event with its date, in time order: resolved dates first, then the
# events whose date the text does not give, in article order.
# Usage: events-in-order.sh MOUNTPOINT
set -euo pipefail
mnt=${1:?usage: events-in-order.sh MOUNTPOINT}
jq -r '.events[] | [(.when.date // "?"), (.when.text // "-"), .summary] | @tsv' \
    "$mnt"/article.json 2>/dev/null ||
    find "$mnt"/articles -maxdepth 2 -name article.json -exec \
        jq -r '.events[] | [(.when.date // "?"), (.when.text // "-"), .summary] | @tsv' {} +
