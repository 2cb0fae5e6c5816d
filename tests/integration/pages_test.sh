#!/bin/bash
# Web pages as sources (issue 17), through the command line and a real
# mount: `articlefs text` prints the article found in the page, extract
# gives its metadata, the tree has article.txt and source.html, gzip and
# HTML content under any name are recognised, -o date= wins over the
# page's date, and hostile pages give a clean tree or a one-line error.
# With ../shared present, a folder of its 133 pages mounts and grep -rl
# works over it.
BIN=$1
PAGES=$2
SHARED=$(realpath -m "$3")
. "$(dirname "$0")/lib.sh"
skip_without_fuse

one_line_error() { # FILE: exit 1 and one line on stderr naming it
    local rc=0
    "$BIN" text "$1" >/dev/null 2>"$WORK/err" || rc=$?
    expect_eq "$rc" 1 "exit status for $1"
    expect_eq "$(wc -l <"$WORK/err")" 1 "error lines for $1"
    grep -q "cannot read '$1'" "$WORK/err" || fail "error does not name $1: $(cat "$WORK/err")"
}

page=$PAGES/furniture.html
text=$("$BIN" text "$page")
expect_eq "$(head -1 <<<"$text")" "Harbor town votes to rebuild its sea wall" "headline line"
grep -q "^PORT ALDER — The town council voted" <<<"$text" || fail "story missing from text"
! grep -q -E "cookies|Most read|basement|Share on" <<<"$text" || fail "furniture in the text"
"$BIN" extract "$page" | jq -e '.date == "2024-03-14" and .site == "The Coastal Ledger"
    and .authors == ["Dana Whitfield"] and (.url | endswith("/sea-wall-vote"))
    and (.people | map(.name) | index("Elena Brooks"))' >/dev/null ||
    fail "article.json of the page: $("$BIN" extract "$page" | head -8)"

# gzip, and HTML content under a plain-text name
gzip -c "$page" >"$WORK/story.html.gz"
expect_eq "$("$BIN" text "$WORK/story.html.gz")" "$text" "text of the gzip page"
cp "$page" "$WORK/saved.txt"
expect_eq "$("$BIN" text "$WORK/saved.txt")" "$text" "text of a page named .txt"

# the tree: article.txt is the text, source.html the page byte for byte,
# offsets point into article.txt; -o date= wins over the page's date
mount_article "$WORK/story.html.gz"
cmp -s "$MNT/source.html" "$page" || fail "source.html is not the page"
expect_eq "$(cat "$MNT/article.txt")" "$text" "article.txt"
jq -e '.date == "2024-03-14"' "$MNT/article.json" >/dev/null || fail "page date in the tree"
start=$(jq '.people[] | select(.name == "Elena Brooks") | .mentions[0].start' "$MNT/article.json")
expect_eq "$(tail -c +"$((start + 1))" "$MNT/article.txt" | head -c 12)" "Elena Brooks" "offset into article.txt"
grep -q "source.html" "$MNT/README" || fail "README does not explain source.html"
unmount_article
mount_article "$page" -o date=2020-05-01
jq -e '.date == "2020-05-01"' "$MNT/article.json" >/dev/null || fail "-o date= does not win"
unmount_article

# hostile pages: a clean tree or one line naming the file
head -c 100000 /dev/urandom >"$WORK/binary.html"
one_line_error "$WORK/binary.html"
head -c 200 "$WORK/story.html.gz" >"$WORK/cut.html.gz"
one_line_error "$WORK/cut.html.gz"
python3 - "$WORK" <<'PY'
import sys
w = sys.argv[1]
open(w + "/nested.html", "w").write("<html><body>" + "<div><span>" * 5000 +
    "<p>Deep down, one sentence says the council met on Friday.</p>" + "</span></div>" * 5000)
open(w + "/unclosed.html", "w").write("<html><body><div class=story><p>The ferry runs again, the operator said on Monday"
    + "<p><b><i><table><tr><td>" * 2000)
p = "<p>The council met again on Thursday to discuss the budget, and agreed to meet next week.</p>\n"
with open(w + "/big.html", "w") as f:
    f.write("<html><body><div class=story>")
    for _ in range(50_000_000 // len(p)):
        f.write(p)
PY
for f in nested unclosed big; do
    "$BIN" extract "$WORK/$f.html" >"$WORK/$f.json" 2>"$WORK/err" || fail "extract $f.html: $(cat "$WORK/err")"
    jq -e '.people | type == "array"' "$WORK/$f.json" >/dev/null || fail "$f.html: no article.json"
done
grep -q "ferry runs again" <("$BIN" text "$WORK/unclosed.html") || fail "unclosed tags lost the story"
mount_article "$WORK/nested.html"
[ -f "$MNT/article.json" ] && [ -f "$MNT/source.html" ] || fail "no tree for the nested page"
unmount_article

# a folder of real pages mounts, and grep -rl works over it
if [ -d "$SHARED/corpus/web/pages" ]; then
    mount_article "$SHARED/corpus/web/pages"
    cd "$MNT"
    n=$(ls "$SHARED/corpus/web/pages" | wc -l)
    expect_eq "$(ls articles | wc -l)" "$n" "articles of the page folder"
    hits=$(grep -rl --include=article.txt -i "the" articles | wc -l)
    [ "$hits" -gt $((n / 2)) ] || fail "grep -rl found 'the' in only $hits pages"
    [ "$(grep -rl -F '<html' --include=source.html articles | wc -l)" -gt $((n / 2)) ] ||
        fail "source.html files are not the pages"
    cd /
    unmount_article
fi
echo "pages: ok"
