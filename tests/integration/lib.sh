# Shared by the integration tests: mount an article for real, check it
# with the commands users run, and always unmount, even on failure.
# Usage (sourced): BIN=path/to/articlefs; mount_article FILE [OPTIONS...]
set -euo pipefail

# Tests cd into the mount: the binary's path must not depend on where.
BIN=$(realpath "$BIN")

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

skip_without_fuse() {
    if [ ! -e /dev/fuse ] || ! command -v fusermount3 >/dev/null; then
        echo "skipped: no /dev/fuse or fusermount3 here"
        exit 77
    fi
}

MNT=""
DAEMON=""
WORK=$(mktemp -d)
DAEMON_LOG=$WORK/daemon.log

cleanup() {
    if [ -n "$MNT" ] && mountpoint -q "$MNT" 2>/dev/null; then
        fusermount3 -u "$MNT" 2>/dev/null || umount -l "$MNT" 2>/dev/null || true
    fi
    [ -n "$DAEMON" ] && kill "$DAEMON" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

# With -d the daemon logs one line per request: log_mark notes where the
# log ends, log_since prints what came after such a mark.
log_mark() { wc -l <"$DAEMON_LOG"; }
log_since() { tail -n +"$(($1 + 1))" "$DAEMON_LOG"; }

# Mounts FILE on a fresh folder and waits until the mount is there. The
# daemon runs in the foreground (-f) in the background of the test, so
# what it prints, sanitizer reports included, lands in DAEMON_LOG and
# unmount_article can check it.
mount_article() {
    local file=$1
    shift
    MNT=$(mktemp -d "$WORK/mnt.XXXXXX")
    "$BIN" -f "$@" "$file" "$MNT" 2>>"$DAEMON_LOG" &
    DAEMON=$!
    for _ in $(seq 100); do
        mountpoint -q "$MNT" && return 0
        kill -0 "$DAEMON" 2>/dev/null ||
            fail "articlefs exited mounting $file: $(tail -5 "$DAEMON_LOG")"
        sleep 0.1
    done
    fail "mount of $file did not appear"
}

# Unmounts, waits for the daemon, and fails on its exit status or on a
# sanitizer report in what it printed.
unmount_article() {
    fusermount3 -u "$MNT" || fail "fusermount3 -u $MNT failed"
    MNT=""
    local rc=0
    wait "$DAEMON" || rc=$?
    DAEMON=""
    [ "$rc" -eq 0 ] || fail "the daemon exited $rc: $(tail -20 "$DAEMON_LOG")"
    if grep -q -E "ERROR: (Address|Leak)Sanitizer|runtime error:" "$DAEMON_LOG"; then
        fail "sanitizer report from the daemon: $(grep -m5 -E 'ERROR|runtime error' "$DAEMON_LOG")"
    fi
}

# Waits up to SECONDS for a condition (a shell command) to hold; 1 when
# it never did.
wait_for() {
    local tries
    tries=$(($1 * 20))
    for _ in $(seq "$tries"); do
        bash -c "$2" && return 0
        sleep 0.05
    done
    return 1
}

expect_eq() {
    [ "$1" = "$2" ] || fail "$3: expected '$2', got '$1'"
}
