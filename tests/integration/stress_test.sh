#!/bin/bash
# Load (issue 6): many parallel readers (find, cat, grep -r, stat,
# readlink, getfattr -d) over a folder mount for ~20 s while a writer keeps
# changing, adding and removing articles in the source. No reader may see
# an error but a vanished name (ENOENT, ESTALE); the daemon stays up; its
# memory after the run stays near what it was after the first reload.
# Prints readers, duration, reloads, errors and memory before and after.
BIN=$1
EXAMPLES=$2
. "$(dirname "$0")/lib.sh"
skip_without_fuse

DURATION=${STRESS_SECONDS:-20}
ROUNDS=2 # readers of each kind
ASAN=false
# no grep -q: under pipefail its early exit fails ldd with SIGPIPE
if ldd "$BIN" 2>/dev/null | grep -E 'libasan|libubsan' >/dev/null; then ASAN=true; fi

# Waits up to five seconds for a condition (a shell command) to hold.
within() {
    wait_for 5 "$1" || fail "not within five seconds: $1"
}

rss_kb() {
    awk -v f="$2" '$1 == f":" {print $2}' "/proc/$1/status"
}

# An article that changes with N: other people, places and quotes.
story() {
    local n=$1
    printf 'Story %d on the harbour\n' "$n"
    printf 'Mayor Nadia Okoro%d met Governor Tomas Reyes in Lisbon on Monday to discuss the harbour.\n' "$n"
    printf '"We will reopen the harbour in %d days," Okoro%d said.\n' "$n" "$n"
    printf 'Minister Ana Gomez visited Porto and said the port authority would invest %d euros.\n' "$n"
}

src=$WORK/src
mkdir -p "$src/sub"
cp "$EXAMPLES"/*.txt "$src/"
for i in $(seq 30); do story "$i" >"$src/sub/base-$i.txt"; done
mount_article "$src"
pid=$DAEMON
articles() { find "$MNT/articles" -mindepth 1 -maxdepth 1 -printf '%f\n' | sort | tr '\n' ' '; }
expected() { (cd "$src" && find . -name '*.txt' | sed 's|^\./||; s|\.txt$||; s|/|-|g' | sort | tr '\n' ' '); }
expect_eq "$(articles)" "$(expected)" "articles at the start"

# The first reload, then the memory it settles at.
story 1000 >"$src/first.txt"
within "[ -d '$MNT/articles/first' ]"
find "$MNT" -type f -print0 | xargs -0 cat >/dev/null
rss_before=$(rss_kb "$pid" VmRSS)

# Readers: each loops over the whole mount until the time is up and counts
# its passes; what they print on stderr is kept, a file per process (two
# writing one file interleave their lines).
reader() {
    local kind=$1 n=$2 end=$((SECONDS + DURATION)) passes=0
    local err=$WORK/err.$kind.$n lister=$WORK/err.$kind.$n.find
    : >"$err"
    : >"$lister"
    while [ $SECONDS -lt "$end" ]; do
        case $kind in
        find) find "$MNT" >/dev/null 2>>"$err" || true ;;
        cat) find "$MNT" -type f -print0 2>>"$lister" | xargs -0 -r cat >/dev/null 2>>"$err" || true ;;
        grep) grep -r -l Okoro "$MNT" >/dev/null 2>>"$err" || true ;;
        stat) find "$MNT" -print0 2>>"$lister" | xargs -0 -r stat >/dev/null 2>>"$err" || true ;;
        readlink) find "$MNT" -type l -print0 2>>"$lister" | xargs -0 -r readlink >/dev/null 2>>"$err" || true ;;
        getfattr) getfattr -R -d --absolute-names "$MNT" >/dev/null 2>>"$err" || true ;;
        esac
        passes=$((passes + 1))
    done
    echo "$passes" >"$WORK/passes.$kind.$n"
}
readers=()
for kind in find cat grep stat readlink getfattr; do
    for n in $(seq "$ROUNDS"); do
        reader "$kind" "$n" &
        readers+=($!)
    done
done

# Reloads seen: the merged people/ gets a new inode number with each
# snapshot (articles/ keeps its own), so sampling it counts the swaps (a
# lower bound).
(
    end=$((SECONDS + DURATION))
    while [ $SECONDS -lt "$end" ]; do
        stat -c %i "$MNT/people" 2>/dev/null || true
        sleep 0.05
    done | uniq | wc -l >"$WORK/reloads"
) &
sampler=$!

# The writer: each round rewrites an article, adds one and removes an
# older one it added, then waits a moment.
changes=0
end=$((SECONDS + DURATION))
round=0
while [ $SECONDS -lt "$end" ]; do
    round=$((round + 1))
    story $((round + 2000)) >"$src/sub/base-$((round % 30 + 1)).txt"
    story $((round + 3000)) >"$src/new-$round.txt"
    changes=$((changes + 2))
    if [ "$round" -gt 3 ]; then
        rm -f "$src/new-$((round - 3)).txt"
        changes=$((changes + 1))
    fi
    if [ $((round % 10)) -eq 0 ]; then
        # an editor's save: a new file renamed over the old one
        story $((round + 4000)) >"$src/sub/tmp.swp"
        mv "$src/sub/tmp.swp" "$src/sub/base-1.txt"
        changes=$((changes + 1))
    fi
    sleep 0.2
done
wait "${readers[@]}" "$sampler"

kill -0 "$pid" 2>/dev/null || fail "the daemon died under load: $(tail -20 "$DAEMON_LOG")"
mountpoint -q "$MNT" || fail "the mount is gone after the load"
# The tree catches up with the source.
within "[ \"\$(find '$MNT/articles' -mindepth 1 -maxdepth 1 -printf '%f\n' | sort | tr '\n' ' ')\" = '$(expected)' ]"
find "$MNT" -type f -print0 | xargs -0 cat >/dev/null
rss_after=$(rss_kb "$pid" VmRSS)
hwm=$(rss_kb "$pid" VmHWM)

cat "$WORK"/err.* >"$WORK/errors"
allowed=$(grep -c -E 'No such file or directory|Stale file handle' "$WORK/errors" || true)
grep -v -E 'No such file or directory|Stale file handle' "$WORK/errors" >"$WORK/bad-errors" || true
passes=$(cat "$WORK"/passes.* | awk '{s += $1} END {print s}')
echo "stress: $((6 * ROUNDS)) readers (find, cat, grep -r, stat, readlink, getfattr -d; $ROUNDS each)" \
    "for ${DURATION} s: $passes passes over the mount"
echo "stress: $changes source changes in $round rounds, $(($(cat "$WORK/reloads") - 1)) reloads seen"
echo "stress: errors: $(wc -l <"$WORK/bad-errors") I/O errors, $allowed vanished names (ENOENT/ESTALE)"
echo "stress: daemon RSS $rss_before KB after the first reload, $rss_after KB after the run (peak $hwm KB)"
if [ -s "$WORK/bad-errors" ]; then
    fail "readers saw errors: $(sort "$WORK/bad-errors" | uniq -c | sort -rn | head -5)"
fi
[ "$(cat "$WORK/reloads")" -gt 5 ] || fail "fewer than five reloads seen"
if $ASAN; then
    echo "stress: memory bound not checked under ASan (its quarantine holds freed memory)"
else
    [ "$rss_after" -le $((rss_before * 3 / 2 + 8192)) ] ||
        fail "daemon memory grew from $rss_before KB to $rss_after KB"
fi
unmount_article
echo "stress test: all checks passed"
