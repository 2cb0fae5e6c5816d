#!/bin/bash
# Who said what: every quote in the mounted tree with its speaker.
# Usage: who-said-what.sh MOUNTPOINT
set -euo pipefail
mnt=${1:?usage: who-said-what.sh MOUNTPOINT}
for q in "$mnt"/quotes/*/; do
    [ -e "$q/text" ] || continue
    speaker=$(cat "$q/speaker/name" 2>/dev/null || echo "(unknown)")
    printf '%s: "%s"\n' "$speaker" "$(cat "$q/text")"
done
