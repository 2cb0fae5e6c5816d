#!/bin/bash
# Which articles mention a place, and in which sentences. On a folder
# mount the merged place lists its articles; on one article, the answer is
# that article if the place is in it.
# Usage: articles-mentioning.sh MOUNTPOINT PLACE-ID
set -euo pipefail
mnt=${1:?usage: articles-mentioning.sh MOUNTPOINT PLACE-ID}
place=${2:?usage: articles-mentioning.sh MOUNTPOINT PLACE-ID}
dir=$mnt/places/$place
[ -d "$dir" ] || { echo "no place '$place' here; try: ls $mnt/places" >&2; exit 1; }
if [ -d "$dir/articles" ]; then
    for a in "$dir"/articles/*; do
        printf '%s: %s\n' "$(basename "$a")" "$(head -1 "$a/article.txt")"
    done
else
    printf '%s\n' "$(head -1 "$mnt/article.txt")"
fi
echo "--"
cat "$dir/mentions.txt"
