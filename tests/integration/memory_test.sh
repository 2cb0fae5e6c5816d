#!/bin/bash
# Bounded memory on huge input (issue 14): `articlefs extract` of a large
# generated article, and a mount of it, peak at no more than 6 times the
# input above the footprint of a short article, and so do random bytes (a
# binary file dropped in the folder: its windows of noise name nothing). A runaway or
# per-token cost that grows with the text shows as a ratio; no timings.
BIN=$1
# meson sets it, and malloc then writes over every block it hands out:
# the model's first block, sized generously and mostly never touched,
# would count whole.
unset MALLOC_PERTURB_
. "$(dirname "$0")/lib.sh"
command -v python3 >/dev/null && [ -x /usr/bin/time ] || {
    echo "skipped: needs python3 and /usr/bin/time"
    exit 77
}
# no grep -q: under pipefail its early exit fails ldd with SIGPIPE
if ldd "$BIN" 2>/dev/null | grep -E 'libasan|libubsan' >/dev/null; then
    echo "skipped: the sanitizers' shadow memory dwarfs the figures"
    exit 77
fi

# The footprint of a short article: the program and the lexicons.
printf 'Harbour reopens\n\nMayor Nadia Okoro said "we are open again," in Lisbon on Monday.\n' \
    >"$WORK/story.txt"
BASE_KB=$(/usr/bin/time -f %M "$BIN" extract "$WORK/story.txt" 2>&1 >/dev/null | tail -1)

# About 12 MB of news-like paragraphs: names, quotes, dates, prose.
python3 - "$WORK/big.txt" <<'PY'
import random, sys
rng = random.Random(14)
given = ["Nadia", "Tomas", "Ann", "Pedro", "Ines", "Karl", "Mei", "Omar"]
family = ["Okoro", "Reyes", "Lee", "Silva", "Novak", "Berg", "Tanaka", "Haddad"]
places = ["Lisbon", "Oslo", "Nairobi", "Lima", "Osaka", "Cairo", "Quebec"]
orgs = ["the Harbour Authority", "the National Rail Union", "Coastal Bank",
        "the Ministry of Transport", "Northwind Energy"]
days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
# the prose between the names, as much of it as in a news report
prose = ["The dispute has held up shipping along the coast for most of the "
         "season, and freight rates have risen sharply since the spring.",
         "Local businesses say the delays have cost them orders, while "
         "workers argue that the new schedules leave too little rest.",
         "Negotiators are expected to meet again next week, although no "
         "agreement on wages or hours has been reached so far.",
         "Passengers were advised to check departure times before they "
         "travel, as several ferries were cancelled at short notice."]
out = ["Harbour talks go on\n\n"]
size = 0
while size < 12 * 1024 * 1024:
    who = "%s %s" % (rng.choice(given), rng.choice(family))
    para = ("%s, a spokesperson for %s, met officials in %s on %s. "
            "\"We will keep the port open for as long as it takes,\" %s said. "
            "The talks with %s resumed after %d hours, and the delegation "
            "travelled to %s later that week. %s %s\n\n"
            % (who, rng.choice(orgs), rng.choice(places), rng.choice(days),
               who.split()[1], rng.choice(orgs), rng.randrange(2, 90),
               rng.choice(places), rng.choice(prose), rng.choice(prose)))
    out.append(para)
    size += len(para)
open(sys.argv[1], "w").write("".join(out))
PY
head -c 1000000 /dev/urandom >"$WORK/random.bin"

# ratio KB FILE: (KB above the base) over the size of FILE, in tenths
ratio() {
    local kb=$1 size
    size=$(stat -c %s "$2")
    echo $(((kb > BASE_KB ? kb - BASE_KB : 0) * 10240 / size))
}
# extract_peak WHAT FILE LIMIT-IN-TENTHS
extract_peak() {
    local kb r
    kb=$(/usr/bin/time -f %M "$BIN" extract "$2" 2>&1 >/dev/null | tail -1)
    r=$(ratio "$kb" "$2")
    echo "$1: extract peak $kb KB, $((r / 10)).$((r % 10))x the input above $BASE_KB KB"
    [ "$r" -le "$3" ] || fail "$1: extract peaks at $((r / 10)).$((r % 10))x its input, over $(($3 / 10))x"
}
extract_peak "12 MB article" "$WORK/big.txt" 60
# Read in windows, it is still one article: each of its 64 people once,
# every id unique.
"$BIN" extract "$WORK/big.txt" >"$WORK/big.json"
python3 - "$WORK/big.json" <<'PY' || fail "the 12 MB article's entities are not one per name"
import json, sys
d = json.load(open(sys.argv[1]))
names = [e["name"] for e in d["people"]]
ids = [e["id"] for k in ("people", "organizations", "places") for e in d[k]]
ids += [q["id"] for q in d["quotes"]] + [e["id"] for e in d["events"]]
print("12 MB article: %d people, %d quotes" % (len(names), len(d["quotes"])))
sys.exit(not (0 < len(names) <= 64 and len(set(names)) == len(names)
              and len(set(ids)) == len(ids) and len(d["quotes"]) > 10000))
PY
# Binary data would hold a token for almost every byte; it names nothing.
extract_peak "1 MB of random bytes" "$WORK/random.bin" 60
"$BIN" extract "$WORK/random.bin" | jq -e '(.people + .organizations + .places + .quotes) | length == 0' >/dev/null ||
    fail "random bytes gave entities or quotes"

if [ -e /dev/fuse ] && [ "$(id -u)" -eq 0 ] && command -v fusermount3 >/dev/null; then
    mount_article "$WORK/big.txt"
    ls -R "$MNT" >/dev/null
    kb=$(awk '/^VmHWM:/ {print $2}' "/proc/$DAEMON/status")
    r=$(ratio "$kb" "$WORK/big.txt")
    echo "12 MB article: mount peak $kb KB, $((r / 10)).$((r % 10))x the input above $BASE_KB KB"
    unmount_article
    [ "$r" -le 60 ] || fail "a mount of the 12 MB article peaks at $((r / 10)).$((r % 10))x its input, over 6x"
else
    echo "mount not checked: needs root, /dev/fuse and fusermount3"
fi
echo "memory test: all checks passed"
