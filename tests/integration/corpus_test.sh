#!/bin/bash
# The project's seed article from ../shared/corpus/dev, mounted: the people,
# quotes and events ../shared/DESIGN.md promises. Skipped where ../shared is
# absent.
BIN=$1
SHARED=$2
. "$(dirname "$0")/lib.sh"
skip_without_fuse
ARTICLE=$SHARED/corpus/dev/000.txt
if [ ! -f "$ARTICLE" ]; then
    echo "skipped: $ARTICLE is absent"
    exit 77
fi

mount_article "$ARTICLE"
cd "$MNT"
[ -d people/donald-trump ] || fail "no people/donald-trump"
[ -d people/sanae-takaichi ] || fail "no people/sanae-takaichi"
[ ! -e people/trump ] && [ ! -e people/takaichi ] || fail "surname split off"
[ "$(ls quotes | wc -l)" -ge 3 ] || fail "fewer than three quotes"
for q in quotes/*; do
    [ -L "$q/speaker" ] || continue
    case "$(readlink "$q/speaker")" in
    ../../people/* | ../../organizations/*) ;;
    *) fail "$q/speaker points elsewhere" ;;
    esac
    [ -f "$q/speaker/name" ] || fail "$q/speaker is broken"
done
grep -l "extremely good friends" people/donald-trump/quotes/*/text >/dev/null ||
    fail "Trump's quote not under people/donald-trump"
[ -n "$(grep -rl Taiwan events/)" ] || fail "no event mentions Taiwan"
cmp article.txt "$ARTICLE" || fail "article.txt differs"
cd /
unmount_article
echo "corpus test: all checks passed"
