#!/bin/bash
# A folder of articles: articles/<id>/ for each, entities merged across
# them with links to the articles they are in, JSON Lines from extract,
# export identical to the mount. Uses articles written for the tests.
BIN=$1
EXAMPLES=$2
SHARED=$3
. "$(dirname "$0")/lib.sh"
skip_without_fuse

corpus=$WORK/corpus
mkdir -p "$corpus/more"
cp "$EXAMPLES"/*.txt "$corpus/"
cat >"$corpus/more/follow-up.md" <<'STORY'
Whitfield and Marsh meet on flood aid
Canadian Prime Minister Claire Whitfield met Oregon Governor Ellen Marsh in Ottawa on Monday to discuss flood aid.
"We help our neighbours," Whitfield said.
STORY
printf 'not an article\n' >"$corpus/notes.csv"

expect_eq "$("$BIN" extract "$corpus" | wc -l)" 3 "JSON lines for the folder"
"$BIN" extract "$corpus" | jq -e -s 'length == 3 and all(.people | type == "array")' >/dev/null ||
    fail "extract lines are not article objects"
# A folder too deep to read is skipped with a line that names it; the
# articles above it load.
deep=$WORK/deep
nested=$deep
for _ in $(seq 33); do nested=$nested/d; done
mkdir -p "$nested"
printf 'Anna Berg spoke in Oslo.\n' >"$nested/deep.txt"
printf 'Karl Weber spoke in Bonn.\n' >"$deep/top.txt"
expect_eq "$("$BIN" extract "$deep" 2>"$WORK/deep.err" | wc -l)" 1 "JSON lines above a folder too deep"
grep -q "^articlefs: skipping folder 'd/.*/d': more than 32 folders deep$" "$WORK/deep.err" ||
    fail "the folder too deep is not named: $(cat "$WORK/deep.err")"

mount_article "$corpus"
cd "$MNT"
expect_eq "$(ls articles | tr '\n' ' ')" \
    "coastal-summit-trade-pact more-follow-up river-valley-flood-response " "articles/"
[ -f articles/more-follow-up/article.json ] || fail "no article tree inside articles/"
# one person, two articles
expect_eq "$(ls people/claire-whitfield/articles | tr '\n' ' ')" \
    "coastal-summit-trade-pact more-follow-up " "Whitfield's articles"
[ -f people/claire-whitfield/articles/more-follow-up/article.txt ] ||
    fail "articles/ link does not lead to the article"
grep -q "^more-follow-up: " people/claire-whitfield/mentions.txt || fail "merged mentions"
jq -e '.articles | length == 2' people/claire-whitfield/entity.json >/dev/null ||
    fail "entity.json does not list both articles"
[ "$(ls quotes | wc -l)" -gt 10 ] || fail "top-level quotes missing"
for q in quotes/*; do
    [ -f "$q/text" ] || fail "$q does not lead to a quote"
done
grep -q "more-follow-up" timeline.txt || fail "timeline misses an article"
cd /
"$BIN" export "$corpus" "$WORK/export" || fail "export failed"
diff -r --no-dereference "$MNT" "$WORK/export" || fail "mount and export differ"
unmount_article

# Listings carry attributes on every page, not only the first: grep -r
# over a folder of 40 articles then needs no lookups (-d logs each request).
many=$WORK/many
mkdir -p "$many"
for i in $(seq 40); do
    cp "$EXAMPLES/coastal-summit-trade-pact.txt" "$many/story-$i.txt"
done
log_start=$(log_mark)
mount_article "$many" -d
grep -r -q nothing-here "$MNT" && fail "grep found a word not written"
lookups=$(log_since "$log_start" | grep -c "opcode: LOOKUP" || true)
[ "$lookups" -le 2 ] || fail "grep -r over 40 articles made $lookups lookups"
unmount_article

# The dev corpus, when ../shared is here.
if [ -d "$SHARED/corpus/dev" ]; then
    dev=$WORK/dev
    mkdir -p "$dev"
    cp "$SHARED"/corpus/dev/*.txt "$dev/"
    expect_eq "$("$BIN" extract "$dev" | wc -l)" 13 "dev corpus JSON lines"
    mount_article "$dev"
    expect_eq "$(ls "$MNT/articles" | wc -l)" 13 "dev articles"
    expect_eq "$(ls "$MNT/people/donald-trump/articles" | tr '\n' ' ')" "000 002 " "Trump's articles"
    [ "$(ls "$MNT/places/china/articles" | wc -l)" -ge 3 ] || fail "China in fewer than three"
    unmount_article
fi
echo "folder test: all checks passed"
