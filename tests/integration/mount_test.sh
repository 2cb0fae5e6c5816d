#!/bin/bash
# Mounts the bundled example and checks it as a user would: ls, stat, cat,
# cmp, dd at odd offsets, jq, getfattr, readlink, writes that must fail,
# the mount table, export + diff, and a clean unmount.
BIN=$1
EXAMPLE=$2
. "$(dirname "$0")/lib.sh"
skip_without_fuse

mount_article "$EXAMPLE"
cd "$MNT"

expect_eq "$(ls | tr '\n' ' ')" \
    "README article.json article.txt events graph.dot organizations people places quotes summary.txt timeline.txt " \
    "top level"
cmp article.txt "$EXAMPLE" || fail "article.txt differs from the source"
[ "$(ls people | wc -l)" -ge 2 ] || fail "fewer than two people"
[ "$(ls quotes | wc -l)" -ge 3 ] || fail "fewer than three quotes"
[ "$(ls events | wc -l)" -ge 3 ] || fail "fewer than three events"

# Exact sizes, and a newline at the end of every text file.
while IFS= read -r -d '' f; do
    expect_eq "$(stat -c %s "$f")" "$(wc -c <"$f" | tr -d ' ')" "size of $f"
    case "$f" in ./article.txt) continue ;; esac
    [ ! -s "$f" ] || [ "$(tail -c 1 "$f" | od -An -c | tr -d ' ')" = '\n' ] ||
        fail "$f does not end with a newline"
done < <(find . -type f -print0)

# The picture is Graphviz's language.
if command -v dot >/dev/null; then
    dot -Tsvg graph.dot >"$WORK/graph.svg" || fail "dot cannot draw graph.dot"
    grep -q "<svg" "$WORK/graph.svg" || fail "no SVG from graph.dot"
fi

# Every JSON file parses.
while IFS= read -r -d '' f; do
    jq -e . "$f" >/dev/null || fail "$f is not JSON"
done < <(find . -name '*.json' -print0)
expect_eq "$(jq -r '.people | length' article.json)" "$(ls people | wc -l)" "people in JSON"

# Reads at odd offsets give the same bytes as the source.
expect_eq "$(dd if=article.txt bs=1 skip=3 count=7 2>/dev/null | od -An -tx1)" \
    "$(dd if="$EXAMPLE" bs=1 skip=3 count=7 2>/dev/null | od -An -tx1)" "dd at offset 3"
expect_eq "$(dd if=article.txt bs=4093 skip=0 count=1 2>/dev/null | md5sum)" \
    "$(dd if="$EXAMPLE" bs=4093 skip=0 count=1 2>/dev/null | md5sum)" "dd of 4093 bytes"
expect_eq "$(tail -c 100 article.txt | md5sum)" "$(tail -c 100 "$EXAMPLE" | md5sum)" "tail"

# Links are relative and land inside the mount.
for link in quotes/*/speaker events/*/participants/*; do
    [ -L "$link" ] || continue
    case "$(readlink "$link")" in /*) fail "$link is absolute" ;; esac
    real=$(realpath "$link")
    case "$real" in "$MNT"/*) ;; *) fail "$link leaves the mount: $real" ;; esac
    [ -f "$link/name" ] || fail "$link does not lead to an entity"
done

# Who said what reads well.
for q in quotes/*; do
    [ -s "$q/text" ] || fail "$q has no text"
done

# Missing names, and every kind of write.
ls missing-name 2>/dev/null && fail "missing name listed"
[ "$(ls missing-name 2>&1 | grep -c 'No such file')" = 1 ] || fail "no ENOENT"
for cmd in "touch x" "mkdir d" "rm README" "mv README R" "chmod 600 README" \
    "ln -s README l" "cp README copy"; do
    out=$(bash -c "$cmd" 2>&1) && fail "'$cmd' succeeded"
    grep -q "Read-only file system" <<<"$out" || fail "'$cmd': $out"
done
out=$( (echo hi >>README) 2>&1) && fail "append succeeded"
grep -q "Read-only file system" <<<"$out" || fail "append: $out"
setfattr -n user.x -v 1 README 2>/dev/null && fail "setfattr succeeded"

# Extended attributes.
person=$(ls people | head -1)
expect_eq "$(getfattr --only-values -n user.articlefs.type "people/$person")" person "xattr type"
expect_eq "$(getfattr --only-values -n user.articlefs.id "people/$person")" "$person" "xattr id"
getfattr -n user.nothing README 2>/dev/null && fail "missing xattr found"
# no security labels: "not supported" (ls -l then stops asking), not ENODATA
label_error=$(getfattr -n security.selinux README 2>&1 >/dev/null || true)
case $label_error in
*"Operation not supported"*) ;;
*) fail "security.selinux should be unsupported, got: $label_error" ;;
esac
acl_error=$(getfattr -n system.posix_acl_access README 2>&1 >/dev/null || true)
case $acl_error in
*"Operation not supported"*) ;;
*) fail "ACLs should be unsupported, got: $acl_error" ;;
esac

# The mount table names the file system type.
grep -q " $MNT fuse.articlefs " /proc/mounts || fail "not fuse.articlefs in /proc/mounts"

# Export writes the same tree.
cd /
"$BIN" export "$EXAMPLE" "$WORK/export" || fail "export failed"
diff -r --no-dereference "$MNT" "$WORK/export" || fail "mount and export differ"

unmount_article

# -o noxattr: no extended attributes, everything else the same
mount_article "$EXAMPLE" -o noxattr
cd "$MNT"
getfattr -n user.articlefs.type "people/$person" 2>/dev/null && fail "xattr with noxattr"
expect_eq "$(ls -l people | wc -l)" "$(ls -l "$WORK/export/people" | wc -l)" "ls -l with noxattr"
cd /
unmount_article

# ls -lR asks for labels and ACLs once for the whole mount, not per file
# (half the round trips of a cold ls -lR were these). With -d the daemon
# logs every request.
log_start=$(log_mark)
mount_article "$EXAMPLE" -d
ls -lR "$MNT" >/dev/null || fail "ls -lR failed"
files=$(find "$MNT" | wc -l)
asked=$(log_since "$log_start" | grep -c "opcode: GETXATTR" || true)
[ "$asked" -le 3 ] || fail "ls -lR over $files names asked for $asked xattrs"
unmount_article
echo "mount test: all checks passed"
