#!/bin/bash
# The scripts in examples/ answer their questions on a real mount.
BIN=$1
EXAMPLES=$2
. "$(dirname "$0")/lib.sh"
skip_without_fuse

mount_article "$EXAMPLES/coastal-summit-trade-pact.txt"
out=$(bash "$EXAMPLES/who-said-what.sh" "$MNT")
grep -q '^Claire Whitfield: "' <<<"$out" || fail "who-said-what: $out"
out=$(bash "$EXAMPLES/events-in-order.sh" "$MNT")
[ "$(echo "$out" | wc -l)" -ge 3 ] || fail "events-in-order: $out"
out=$(bash "$EXAMPLES/people-together.sh" "$MNT")
grep -q 'claire-whitfield + lars-eikeland' <<<"$out" || fail "people-together: $out"
out=$(bash "$EXAMPLES/articles-mentioning.sh" "$MNT" halifax)
grep -q 'Halifax' <<<"$out" || fail "articles-mentioning: $out"
unmount_article

mount_article "$EXAMPLES"
out=$(bash "$EXAMPLES/articles-mentioning.sh" "$MNT" ottawa)
grep -q '^coastal-summit-trade-pact: ' <<<"$out" || fail "articles-mentioning (folder): $out"
out=$(bash "$EXAMPLES/events-in-order.sh" "$MNT")
[ "$(echo "$out" | wc -l)" -ge 6 ] || fail "events-in-order (folder): $out"
unmount_article
echo "examples test: all checks passed"
