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
WORK=$(mktemp -d)

cleanup() {
    if [ -n "$MNT" ] && mountpoint -q "$MNT" 2>/dev/null; then
        fusermount3 -u "$MNT" 2>/dev/null || umount -l "$MNT" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

# Mounts FILE on a fresh folder and waits until the mount is there.
mount_article() {
    local file=$1
    shift
    MNT=$(mktemp -d "$WORK/mnt.XXXXXX")
    "$BIN" "$@" "$file" "$MNT" || fail "articlefs exited non-zero mounting $file"
    for _ in $(seq 50); do
        mountpoint -q "$MNT" && return 0
        sleep 0.1
    done
    fail "mount of $file did not appear"
}

unmount_article() {
    fusermount3 -u "$MNT" || fail "fusermount3 -u $MNT failed"
    MNT=""
}

expect_eq() {
    [ "$1" = "$2" ] || fail "$3: expected '$2', got '$1'"
}
