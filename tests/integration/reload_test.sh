#!/bin/bash
# Live reload: articles added, changed and removed show in the mount within
# a second, without a remount; a file held open keeps reading the snapshot
# it opened, whole; readers running through the reloads see no I/O error.
BIN=$1
EXAMPLES=$2
. "$(dirname "$0")/lib.sh"
skip_without_fuse

# Waits up to one second for a condition (a shell command) to hold.
within_a_second() {
    wait_for 1 "$1" || fail "not within a second: $1"
}

src=$WORK/src
mkdir -p "$src"
cp "$EXAMPLES"/*.txt "$src/"
mount_article "$src"

printf 'Harbour reopens\nMayor Nadia Okoro reopened the harbour in Lisbon on Monday.\n' >"$src/harbour.txt"
within_a_second "[ -d '$MNT/articles/harbour' ]"
within_a_second "[ -d '$MNT/people/nadia-okoro' ]"

exec 8<"$MNT/articles/harbour/article.txt"
printf 'Harbour closes again\nMayor Tomas Reyes closed the harbour in Porto on Friday.\n' >"$src/harbour.txt"
within_a_second "grep -q 'closes again' '$MNT/articles/harbour/article.txt'"
within_a_second "[ -d '$MNT/people/tomas-reyes' ] && [ ! -e '$MNT/people/nadia-okoro' ]"
old=$(cat <&8)
exec 8<&-
case "$old" in *"Nadia Okoro reopened"*) ;; *) fail "open file lost its snapshot: $old" ;; esac

rm "$src/harbour.txt"
within_a_second "[ ! -e '$MNT/articles/harbour' ]"

# Readers through a burst of changes: only vanished names may fail.
errors=$WORK/errors
(
    end=$((SECONDS + 3))
    while [ $SECONDS -lt $end ]; do
        find "$MNT" -type f -name '*.json' -exec cat {} + >/dev/null 2>>"$errors" || true
        grep -r -l harbour "$MNT/articles" >/dev/null 2>>"$errors" || true
    done
) &
reader=$!
for i in $(seq 10); do
    printf 'Story %d\nOfficial Maria Lopez%d spoke in Madrid.\n' "$i" "$i" >"$src/burst-$i.txt"
    sleep 0.1
done
rm -f "$src"/burst-*.txt
wait "$reader"
if grep -v -E 'No such file or directory|Stale file handle' "$errors" | grep . >/dev/null; then
    fail "readers saw errors: $(head -3 "$errors")"
fi
within_a_second "[ -z \"\$(ls '$MNT/articles' | grep burst)\" ]"
mountpoint -q "$MNT" || fail "the mount died"
unmount_article

# One article file, saved the way editors save: a new file renamed over it.
printf 'First\nAnna Berg spoke in Oslo.\n' >"$WORK/one.txt"
mount_article "$WORK/one.txt"
printf 'Second\nKarl Weber spoke in Bonn.\n' >"$WORK/one.tmp"
mv "$WORK/one.tmp" "$WORK/one.txt"
within_a_second "[ -d '$MNT/people/karl-weber' ]"
unmount_article
# A reload renumbers only what changed. An unchanged article keeps its
# inode numbers and the kernel keeps what it cached of it: with -d the
# daemon logs every request, and after the reload none names it.
mount_article "$src" -d
kept=$MNT/articles/coastal-summit-trade-pact
cat "$kept/article.txt" "$kept/people"/*/info.txt >/dev/null
kept_ino=$(stat -c %i "$kept/article.txt")
people_ino=$(stat -c %i "$MNT/people")
grep -q "nodeid: $kept_ino," "$DAEMON_LOG" || fail "-d logs no request for inode $kept_ino"
mark=$(log_mark)
printf 'Harbour\nMayor Nadia Okoro spoke in Lisbon.\n' >"$src/harbour.txt"
within_a_second "[ -d '$MNT/people/nadia-okoro' ]"
cat "$kept/article.txt" "$kept/people"/*/info.txt >/dev/null
expect_eq "$(stat -c %i "$kept/article.txt")" "$kept_ino" "an unchanged article's inode after a reload"
expect_eq "$(stat -c %i "$MNT/articles")" 2 "the inode of articles/"
[ "$(stat -c %i "$MNT/people")" != "$people_ino" ] || fail "people/ kept its inode through a change"
if log_since "$mark" | grep -q "nodeid: $kept_ino,"; then
    fail "the kernel asked again for an unchanged article's file"
fi
unmount_article
echo "reload test: all checks passed"
