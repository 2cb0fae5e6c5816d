#!/bin/bash
# Faults (issues 6 and 14): SIGTERM and SIGINT unmount cleanly while a file is held
# open; -o auto_unmount takes the mount away when the daemon is killed;
# a daemon killed without it leaves a mount that answers "Transport
# endpoint is not connected" until `fusermount3 -u` clears it.
BIN=$1
EXAMPLE=$2
. "$(dirname "$0")/lib.sh"
skip_without_fuse
# Job control, so the background daemon does not start with SIGINT ignored.
set -m

# Waits up to five seconds for a condition (a shell command) to hold.
within() {
    wait_for 5 "$1"
}

# A finding that does not stop the other checks; the test fails at the end.
PROBLEMS=()
problem() {
    echo "PROBLEM: $*" >&2
    PROBLEMS+=("$*")
}

# The daemon is gone and waited for; sets RC to its exit status.
daemon_gone() {
    within "! kill -0 $DAEMON 2>/dev/null" || fail "the daemon is still running ($1)"
    RC=0
    wait "$DAEMON" || RC=$?
    DAEMON=""
}

no_sanitizer_report() {
    if grep -q -E "ERROR: (Address|Leak)Sanitizer|runtime error:" "$DAEMON_LOG"; then
        fail "sanitizer report from the daemon ($1): $(grep -m5 -E 'ERROR|runtime error' "$DAEMON_LOG")"
    fi
}

# SIGTERM and SIGINT with a file held open (and one half read) in a folder
# mount and in a one-article mount.
src=$WORK/src
mkdir -p "$src"
cp "$EXAMPLE" "$src/"
for source in "$EXAMPLE" "$src"; do
    for sig in TERM INT; do
        mount_article "$source"
        mnt=$MNT
        file=$(find "$MNT" -name article.txt | head -1)
        exec 3<"$file"
        head -c 100 <&3 >/dev/null
        kill -s "$sig" "$DAEMON"
        daemon_gone "SIG$sig"
        # libfuse's loop returns the signal number; a clean stop exits 0
        [ "$RC" -eq 0 ] || problem "the daemon exited $RC on SIG$sig ($(basename "$source")), not 0"
        within "! mountpoint -q '$mnt'" || fail "still mounted after SIG$sig with a file open"
        # The open file may fail to read now, but must not hang.
        rc=0
        timeout 10 cat <&3 >/dev/null 2>&1 || rc=$?
        [ "$rc" -ne 124 ] || fail "reading the held file hangs after SIG$sig"
        exec 3<&-
        grep -q "$mnt" /proc/mounts && fail "$mnt is still in /proc/mounts after SIG$sig"
        no_sanitizer_report "SIG$sig"
        # The folder is an ordinary empty folder again.
        [ -z "$(ls -A "$mnt")" ] || fail "$mnt is not empty after SIG$sig"
        MNT=""
        echo "SIG$sig with a file held open ($(basename "$source")): unmounted, exit $RC"
    done
done

# -o auto_unmount: kill -9 and the mount goes away by itself, even with a
# file held open.
mount_article "$EXAMPLE" -o auto_unmount
mnt=$MNT
exec 3<"$MNT/article.json"
kill -9 "$DAEMON"
daemon_gone "kill -9 with auto_unmount"
within "! mountpoint -q '$mnt'" || fail "auto_unmount: still mounted after kill -9"
exec 3<&-
ls "$mnt" >/dev/null || fail "auto_unmount: $mnt is not usable after the unmount"
MNT=""
echo "auto_unmount: the mount went away after kill -9"

# kill -9 without auto_unmount: the mount stays, dead, until fusermount3 -u.
mount_article "$EXAMPLE"
mnt=$MNT
kill -9 "$DAEMON"
daemon_gone "kill -9"
mountpoint -q "$mnt" 2>/dev/null || grep -q " $mnt " /proc/mounts ||
    fail "the dead mount vanished without auto_unmount"
out=$(ls "$mnt" 2>&1) && fail "ls on a dead mount succeeded: $out"
grep -q "Transport endpoint is not connected" <<<"$out" || fail "ls on a dead mount said: $out"
fusermount3 -u "$mnt" || fail "fusermount3 -u does not clear a dead mount"
grep -q " $mnt " /proc/mounts && fail "$mnt is still in /proc/mounts after fusermount3 -u"
[ -z "$(ls -A "$mnt")" ] || fail "$mnt is not an empty folder after fusermount3 -u"
MNT=""
echo "kill -9: the dead mount answers ENOTCONN and fusermount3 -u clears it"
# ... and the folder takes a new mount.
"$BIN" "$EXAMPLE" "$mnt" 2>>"$DAEMON_LOG" || fail "cannot mount again on $mnt"
MNT=$mnt
[ -s "$mnt/article.json" ] || fail "the new mount on $mnt is empty"
fusermount3 -u "$mnt" || fail "fusermount3 -u of the new mount"
MNT=""

# Going into the background needs a pipe: with no descriptor left for it,
# fuse_daemonize fails, and articlefs says so, exits 1 and leaves no
# mount. The test's own descriptors vary, so each limit from one more
# than it holds (the dynamic loader needs one) either fails with a
# message and no mount, or mounts; one of them must be the refusal.
mnt=$(mktemp -d "$WORK/mnt.XXXXXX")
out=$WORK/daemonize.out
refused=0
for room in 1 2 3 4 5 6; do
    rc=0
    (
        held=$(($(ls /proc/$BASHPID/fd | wc -l) - 1))
        ulimit -n $((held + room))
        exec timeout 30 "$BIN" "$EXAMPLE" "$mnt"
    ) >"$out" 2>&1 || rc=$?
    if mountpoint -q "$mnt"; then
        [ "$rc" -eq 0 ] || problem "mounted, yet exited $rc with $room descriptors to spare"
        fusermount3 -u "$mnt" || fail "fusermount3 -u after the descriptor limit"
        continue
    fi
    [ "$rc" -ne 0 ] || problem "no mount, yet exit 0 with $room descriptors to spare: $(cat "$out")"
    grep -q "^articlefs: " "$out" || problem "no mount and no message with $room descriptors to spare: $(cat "$out")"
    grep -q -E "ERROR: (Address|Leak)Sanitizer|runtime error:" "$out" &&
        problem "sanitizer report with $room descriptors to spare: $(cat "$out")"
    grep -q "cannot run in the background" "$out" && refused=$((refused + 1))
done
[ "$refused" -gt 0 ] || problem "fuse_daemonize never failed under a descriptor limit"
echo "no descriptor for fuse_daemonize: refused with a message, no mount ($refused limits)"
# extract says when its output cannot be written.
rc=0
"$BIN" extract "$EXAMPLE" >/dev/full 2>"$out" || rc=$?
[ "$rc" -eq 1 ] || problem "extract to a full disk exited $rc, not 1"
grep -q "^articlefs: cannot write the output: No space left on device" "$out" ||
    problem "extract to a full disk said: $(cat "$out")"
echo "extract to a full disk: exit 1, with the reason"
[ ${#PROBLEMS[@]} -eq 0 ] || fail "${#PROBLEMS[@]} problems: ${PROBLEMS[*]}"
echo "faults test: all checks passed"
