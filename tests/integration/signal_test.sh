#!/bin/bash
# A daemon in the foreground unmounts cleanly on SIGTERM and on SIGINT,
# even with a file held open.
BIN=$1
EXAMPLE=$2
. "$(dirname "$0")/lib.sh"
skip_without_fuse
# Job control, so the background daemon does not start with SIGINT ignored.
set -m

for sig in TERM INT; do
    MNT=$(mktemp -d "$WORK/mnt.XXXXXX")
    "$BIN" -f "$EXAMPLE" "$MNT" &
    pid=$!
    for _ in $(seq 50); do mountpoint -q "$MNT" && break; sleep 0.1; done
    mountpoint -q "$MNT" || fail "foreground mount did not appear"
    exec 9<"$MNT/article.txt"
    kill -s "$sig" "$pid"
    exec 9<&-
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && fail "daemon still running after SIG$sig"
    wait "$pid" || true
    for _ in $(seq 20); do mountpoint -q "$MNT" || break; sleep 0.1; done
    mountpoint -q "$MNT" && fail "still mounted after SIG$sig"
    MNT=""
done
echo "signal test: all checks passed"
