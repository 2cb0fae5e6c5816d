#!/bin/bash
# Hostile input (issue 6): each class of text nobody should write, made
# here in a temp folder, must give either a clean tree and valid JSON or a
# one-line error that names the file, with a non-zero exit. Never a
# signal, a hang, a sanitizer report, a raw invalid byte in a name or in
# JSON, or a link that leaves the mount. `articlefs extract` on the same
# input must do the same, with a peak memory linear in the input.
BIN=$1
. "$(dirname "$0")/lib.sh"
skip_without_fuse
command -v python3 >/dev/null || {
    echo "skipped: no python3"
    exit 77
}

IN=$WORK/in
mkdir -p "$IN"
SUMMARY=$WORK/summary
: >"$SUMMARY"
# The sanitizers make everything slower and memory figures meaningless.
ASAN=false
# no grep -q: under pipefail its early exit fails ldd with SIGPIPE
if ldd "$BIN" 2>/dev/null | grep -E 'libasan|libubsan' >/dev/null; then ASAN=true; fi
LIMIT=60
$ASAN && LIMIT=150

# check.py json FILE ARTICLE | tree MOUNTPOINT: the checks that hold for
# any input. Prints each problem and exits 1 when there is one.
CHECK=$WORK/check.py
cat >"$CHECK" <<'PY'
import json, os, re, stat, sys, unicodedata

problems = []
def bad(msg):
    if len(problems) < 40:
        problems.append(msg)

SLUG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
NAME = re.compile(rb"[A-Za-z0-9._-]+")
KINDS = ["people", "organizations", "places", "quotes", "events"]

def controls(s):
    # C0/C1 controls, DEL, and the bidi controls that reorder a terminal line
    return [c for c in s if unicodedata.category(c) == "Cc"
            or 0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069]

def strings(v):
    if isinstance(v, str):
        yield v
    elif isinstance(v, list):
        for x in v:
            yield from strings(x)
    elif isinstance(v, dict):
        for k, x in v.items():
            yield k
            yield from strings(x)

def load_json(raw, where):
    try:
        text = raw.decode("utf-8")  # strict: no raw invalid byte
    except UnicodeDecodeError as e:
        bad(f"{where}: not UTF-8: {e}")
        return None
    try:
        doc = json.loads(text)
    except ValueError as e:
        bad(f"{where}: not JSON: {e}")
        return None
    for s in strings(doc):
        try:
            s.encode("utf-8")  # a lone surrogate escape (\ud800) fails here
        except UnicodeEncodeError:
            bad(f"{where}: lone surrogate in {s[:40]!r}")
    return doc

def check_article(doc, size, where):
    ids = {}
    for kind in KINDS:
        items = doc.get(kind)
        if not isinstance(items, list):
            bad(f"{where}: {kind} is not a list")
            return ids
        seen = []
        for o in items:
            i = o.get("id")
            if not isinstance(i, str) or not SLUG.fullmatch(i) or len(i) > 255:
                bad(f"{where}: {kind} id {str(i)[:60]!r} is not a short ASCII slug")
            seen.append(i)
            for key in ("name", "aliases", "roles"):
                for s in strings(o.get(key)):
                    if controls(s):
                        bad(f"{where}: {kind} {key} {s[:60]!r} has control characters")
            spans = list(o.get("mentions") or [])
            if "start" in o:
                spans.append(o)
            for m in spans:
                if not (0 <= m["start"] <= m["end"] <= size):
                    bad(f"{where}: {kind} {i} span {m['start']}-{m['end']} outside 0-{size}")
        if len(set(seen)) != len(seen):
            bad(f"{where}: {kind} ids collide: {sorted(x for x in seen if seen.count(x) > 1)[:5]}")
        ids[kind] = seen
    entities = set(ids["people"]) | set(ids["organizations"]) | set(ids["places"])
    for q in doc["quotes"]:
        if q.get("speaker") is not None and q["speaker"] not in entities:
            bad(f"{where}: quote {q['id']} speaker {q['speaker']!r} is no entity")
    for e in doc["events"]:
        for p in e.get("participants") or []:
            if p not in entities:
                bad(f"{where}: event {e['id']} participant {p!r} is no entity")
        if e.get("where") is not None and e["where"] not in ids["places"]:
            bad(f"{where}: event {e['id']} where {e['where']!r} is no place")
    t = doc.get("title")
    if t is not None and (controls(t) or "\ufeff" in t):
        bad(f"{where}: title {t[:60]!r} has control characters or a BOM")
    return ids

def check_tree(mnt):
    mnt = os.path.realpath(mnt)
    bmnt = os.fsencode(mnt)
    entries = []
    for dirpath, dirnames, filenames in os.walk(bmnt, followlinks=False):
        listed = os.listdir(dirpath)
        if len(set(listed)) != len(listed):
            bad(f"{dirpath!r}: a name is listed twice")
        for name in listed:
            if name in (b".", b"..") or len(name) > 255 or not NAME.fullmatch(name):
                bad(f"bad name {name[:80]!r} in {dirpath[len(bmnt):]!r}")
            entries.append(os.path.join(dirpath, name))
    # Every name and every link is checked; the contents and xattrs of a
    # big tree are checked on an even sample of a few thousand entries.
    stride = max(1, len(entries) // 3000)
    files = links = 0
    for n, path in enumerate(entries):
        st = os.lstat(path)
        name = os.path.basename(path)
        if stat.S_ISLNK(st.st_mode):
            links += 1
            target = os.readlink(path)
            real = os.path.realpath(path)
            if target.startswith(b"/"):
                bad(f"{path!r}: absolute link {target!r}")
            if not real.startswith(bmnt + b"/"):
                bad(f"{path!r}: link leaves the mount: {real!r}")
            elif not os.path.exists(path):
                bad(f"{path!r}: dangling link {target!r}")
        elif stat.S_ISREG(st.st_mode):
            files += 1
        elif not stat.S_ISDIR(st.st_mode):
            bad(f"{path!r}: neither file, directory nor link")
        if n % stride and path.count(b"/") > bmnt.count(b"/") + 1:
            continue
        for attr in os.listxattr(path, follow_symlinks=False):
            v = os.getxattr(path, attr, follow_symlinks=False)
            try:
                s = v.decode("utf-8")
            except UnicodeDecodeError:
                bad(f"{path!r}: xattr {attr} is not UTF-8: {v[:60]!r}")
                continue
            if controls(s):
                bad(f"{path!r}: xattr {attr} has control characters: {s[:60]!r}")
        if not stat.S_ISREG(st.st_mode):
            continue
        with open(path, "rb") as f:
            data = f.read()
        if len(data) != st.st_size:
            bad(f"{path!r}: stat says {st.st_size} bytes, read {len(data)}")
        if name == b"article.txt":
            continue
        if data and not data.endswith(b"\n"):
            bad(f"{path!r}: no newline at the end")
        if name.endswith(b".json"):
            load_json(data, path)
        else:
            try:
                data.decode("utf-8")
            except UnicodeDecodeError as e:
                bad(f"{path!r}: not UTF-8: {e}")
    # article.json agrees with the directories (a folder mount: in each
    # articles/<id>/)
    roots = [mnt]
    if not os.path.exists(os.path.join(mnt, "article.json")):
        arts = os.path.join(mnt, "articles")
        roots = [os.path.join(arts, a) for a in sorted(os.listdir(arts))]
    totals = {k: 0 for k in KINDS}
    for root in roots:
        with open(os.path.join(root, "article.json"), "rb") as f:
            doc = load_json(f.read(), root + "/article.json")
        if doc is None:
            continue
        size = os.stat(os.path.join(root, "article.txt")).st_size
        ids = check_article(doc, size, root + "/article.json")
        for kind, seen in ids.items():
            totals[kind] += len(seen)
            names = sorted(os.listdir(os.path.join(root, kind)))
            if set(names) != set(seen):
                bad(f"{kind}/ and article.json differ: {sorted(set(names) ^ set(seen))[:5]}")
            elif kind in ("quotes", "events") and names != seen:
                n = next(n for n, (a, b) in enumerate(zip(names, seen)) if a != b)
                bad(f"ls {kind}/ is not in article order: entry {n + 1} is {names[n]}, not {seen[n]}")
    print(" ".join(f"{k}={v}" for k, v in totals.items()), f"files={files} links={links}")

if sys.argv[1] == "json":
    with open(sys.argv[2], "rb") as f:
        doc = load_json(f.read(), "extract output")
    if doc is not None:
        check_article(doc, os.stat(sys.argv[3]).st_size, "extract output")
else:
    check_tree(sys.argv[2])
for p in problems:
    print("problem:", p, file=sys.stderr)
sys.exit(1 if problems else 0)
PY

# A non-zero exit is a one-line error naming FILE, never a signal or a
# timeout, and nothing from a sanitizer.
expect_clean_error() {
    local what=$1 rc=$2 err=$3 file=$4
    [ "$rc" -ne 124 ] || fail "$what: timed out after ${LIMIT}s"
    [ "$rc" -le 128 ] || fail "$what: killed by signal $((rc - 128)): $(tail -5 "$err")"
    if grep -q -E "Sanitizer|runtime error:" "$err"; then
        fail "$what: sanitizer report: $(grep -m3 -E 'ERROR|runtime error' "$err")"
    fi
    [ "$rc" -eq 0 ] && return 0
    expect_eq "$(wc -l <"$err")" 1 "$what: lines of error output ($(head -3 "$err"))"
    grep -q -F "'$file'" "$err" || fail "$what: the error does not name the file: $(cat "$err")"
    grep -q "^articlefs: " "$err" || fail "$what: the error does not start with articlefs: $(cat "$err")"
}

# Peak memory of extract above the footprint of an empty article, as a
# multiple of the input; printed for every case, bounded for the big ones
# (MEM_LIMIT set), where a quadratic or runaway allocation would show.
# Needs /usr/bin/time; not under ASan, whose shadow memory dwarfs it.
BASE_KB=""
MEM_LIMIT=""
peak_ok() {
    local what=$1 file=$2 kb=$3 size ratio
    size=$(stat -c %s "$file")
    [ -n "$BASE_KB" ] && [ "$size" -ge 65536 ] || return 0
    ratio=$(((kb > BASE_KB ? kb - BASE_KB : 0) * 1024 / (size + 1)))
    echo "  extract peak ${kb} KB for $size bytes: ${ratio}x the input above ${BASE_KB} KB"
    [ -z "$MEM_LIMIT" ] || [ "$ratio" -le "$MEM_LIMIT" ] ||
        fail "$what: extract peak $kb KB is ${ratio}x the input ($size bytes), over ${MEM_LIMIT}x"
}

# run_extract CASE FILE: JSON that passes check.py, or a clean error.
# Leaves the exit status in EXTRACT_RC and the output in $WORK/out.json.
run_extract() {
    local name=$1 file=$2 err=$WORK/extract.err mem=$WORK/mem rc=0
    if [ -x /usr/bin/time ] && ! $ASAN; then
        timeout "$LIMIT" /usr/bin/time -q -f %M -o "$mem" "$BIN" extract "$file" \
            >"$WORK/out.json" 2>"$err" || rc=$?
    else
        timeout "$LIMIT" "$BIN" extract "$file" >"$WORK/out.json" 2>"$err" || rc=$?
        rm -f "$mem"
    fi
    expect_clean_error "$name: extract" "$rc" "$err" "$file"
    EXTRACT_RC=$rc
    if [ "$rc" -eq 0 ]; then
        jq -e . "$WORK/out.json" >/dev/null || fail "$name: jq cannot read the extract output"
        python3 "$CHECK" json "$WORK/out.json" "$file" || fail "$name: extract output"
        if [ -s "$mem" ]; then
            peak_ok "$name" "$file" "$(tail -1 "$mem")"
        fi
    fi
}

# mount_hostile [OPTIONS...] FILE: like mount_article, with a longer wait
# for big inputs; returns 1 when the daemon refused with a clean error,
# which it leaves in MOUNT_ERROR. What the daemon prints goes to
# DAEMON_LOG, which unmount_article checks; MOUNT_LOG is this mount's part.
mount_hostile() {
    local file=${*: -1} rc=0 from
    MNT=$(mktemp -d "$WORK/mnt.XXXXXX")
    touch "$DAEMON_LOG"
    from=$(($(stat -c %s "$DAEMON_LOG") + 1))
    "$BIN" -f "${@:1:$#-1}" "$file" "$MNT" 2>>"$DAEMON_LOG" &
    DAEMON=$!
    MOUNT_LOG=$WORK/mount.err
    for _ in $(seq $((LIMIT * 10))); do
        tail -c +"$from" "$DAEMON_LOG" >"$MOUNT_LOG"
        # again once mounted: what it printed just before is this mount's
        if mountpoint -q "$MNT"; then
            tail -c +"$from" "$DAEMON_LOG" >"$MOUNT_LOG"
            return 0
        fi
        if ! kill -0 "$DAEMON" 2>/dev/null; then
            wait "$DAEMON" || rc=$?
            DAEMON=""
            tail -c +"$from" "$DAEMON_LOG" >"$MOUNT_LOG"
            [ "$rc" -ne 0 ] || fail "articlefs exited 0 without mounting $file"
            expect_clean_error "mount $file" "$rc" "$MOUNT_LOG" "$file"
            mountpoint -q "$MNT" && fail "a mount is left after the error"
            MOUNT_ERROR=$(cat "$MOUNT_LOG")
            MNT=""
            return 1
        fi
        sleep 0.1
    done
    fail "mount of $file did not appear within ${LIMIT}s"
}

# hostile NAME FILE [JQ-CHECK]: extract, mount, check, unmount; the
# optional jq expression must hold on article.json when FILE loads.
hostile_case() {
    local name=$1 file=$2 check=${3:-} started=$SECONDS
    echo "case $name ($(stat -c %s "$file") bytes)"
    run_extract "$name" "$file"
    if mount_hostile "$file"; then
        [ "$EXTRACT_RC" -eq 0 ] || fail "$name: extract failed but the mount loaded it"
        cmp -s "$MNT/article.txt" "$file" || fail "$name: article.txt is not the file byte for byte"
        jq . "$MNT/article.json" >/dev/null || fail "$name: jq . article.json"
        local counts
        counts=$(timeout "$LIMIT" python3 "$CHECK" tree "$MNT") || fail "$name: the tree ($counts)"
        if [ -n "$check" ]; then
            jq -e "$check" "$MNT/article.json" >/dev/null ||
                fail "$name: '$check' does not hold: $(jq -c '{title, people: [.people[].id], quotes: (.quotes | length)}' "$MNT/article.json" | head -c 600)"
        fi
        unmount_article
        echo "$name: clean tree, $counts ($((SECONDS - started)) s)" | tee -a "$SUMMARY"
    else
        [ "$EXTRACT_RC" -ne 0 ] || fail "$name: extract loaded it but the mount refused: $MOUNT_ERROR"
        echo "$name: refused: $MOUNT_ERROR" | tee -a "$SUMMARY"
    fi
}

# isolated NAME COMMAND...: runs a case in a subshell that unmounts what it
# mounted when it fails, so that one failing class does not hide the
# others; the test fails at the end if any did.
FAILED=()
case_cleanup() {
    if [ -n "$MNT" ] && mountpoint -q "$MNT" 2>/dev/null; then
        fusermount3 -u "$MNT" 2>/dev/null || umount -l "$MNT" 2>/dev/null || true
    fi
    if [ -n "$DAEMON" ]; then kill "$DAEMON" 2>/dev/null || true; fi
}
isolated() {
    local name=$1 rc=0
    shift
    # HOSTILE_ONLY=REGEX runs only the matching cases (for debugging).
    [[ "$name" =~ ${HOSTILE_ONLY:-.} ]] || return 0
    set +e
    (
        set -e
        trap case_cleanup EXIT
        "$@"
    )
    rc=$?
    set -e
    if [ "$rc" -ne 0 ]; then
        FAILED+=("$name")
        echo "$name: FAILED" >>"$SUMMARY"
    fi
}
# hostile NAME FILE [JQ-CHECK]
hostile() {
    isolated "$1" hostile_case "$@"
}

# A short article the encoding cases wrap.
STORY='Harbour reopens
Mayor Nadia Okoro said "we are open again," in Lisbon on Monday.
'

# The footprint of a short article: the lexicons and the program.
if [ -x /usr/bin/time ] && ! $ASAN; then
    printf '%s' "$STORY" >"$IN/story.txt"
    BASE_KB=$(/usr/bin/time -f %M "$BIN" extract "$IN/story.txt" 2>&1 >/dev/null | tail -1)
fi

# --- empty, whitespace, binary, NUL
printf '' >"$IN/empty.txt"
hostile empty "$IN/empty.txt" '.people == [] and .quotes == [] and .title == null'
printf ' \n\t\n\r\n   \n\f\v\n\n' >"$IN/whitespace.txt"
hostile whitespace "$IN/whitespace.txt" '.people == [] and .quotes == []'
python3 -c 'import random, sys; random.seed(6); sys.stdout.buffer.write(random.randbytes(100000))' >"$IN/random.bin"
hostile binary-random "$IN/random.bin"
python3 -c 'import sys; sys.stdout.buffer.write(bytes(range(256)) * 64)' >"$IN/allbytes.txt"
hostile binary-all-bytes "$IN/allbytes.txt"
printf 'Harbour\0reopens\nMayor Nadia\0 Okoro said "we are\0 open," in Lis\0bon.\n\0\0\0\nMinister Tomas Reyes said "the port is safe," on Monday.\n' >"$IN/nul.txt"
hostile nul-bytes "$IN/nul.txt" '[.people[].id] | index("tomas-reyes") != null'

# --- invalid and overlong UTF-8: replaced, never passed on raw
printf 'Har\xffbour re\xc0\xafopens\nMayor Jo\xc0\xafn Sm\xed\xa0\x80ith said "we\xf8\x88\x80\x80\x80 are \xfe open," in Par\xffis.\nMinister Ana \xe2\x80Gomez met Pedro \xc3' >"$IN/invalid-utf8.txt"
hostile invalid-utf8 "$IN/invalid-utf8.txt"

# --- byte-order marks and UTF-16
printf '\xef\xbb\xbf%s' "$STORY" >"$IN/bom-utf8.txt"
hostile utf8-bom "$IN/bom-utf8.txt" \
    '.title == "Harbour reopens" and ([.people[].id] | index("nadia-okoro") != null)'
python3 -c 'import sys; sys.stdout.buffer.write(b"\xff\xfe" + sys.argv[1].encode("utf-16-le"))' "$STORY" >"$IN/utf16le.txt"
hostile utf16le-bom "$IN/utf16le.txt"
python3 -c 'import sys; sys.stdout.buffer.write(b"\xfe\xff" + sys.argv[1].encode("utf-16-be"))' "$STORY" >"$IN/utf16be.txt"
hostile utf16be-bom "$IN/utf16be.txt"

# --- CRLF: no carriage return in a title, a name or a file name
printf '%s' "$STORY" | sed 's/$/\r/' >"$IN/crlf.txt"
hostile crlf "$IN/crlf.txt" \
    '.title == "Harbour reopens" and ([.people[].id] | index("nadia-okoro") != null) and ([.people[].name, .quotes[].text] | all(test("\r") | not))'

# --- one line of 5 MB
python3 -c '
import sys
out = ["Long line"]
i = size = 0
while size < 5 * 1024 * 1024:
    out.append("the river rose by %d centimetres near Lisbon while Nadia Okoro watched from the bridge," % i)
    size += len(out[-1]) + 1
    i += 1
sys.stdout.write(" ".join(out) + " and Tomas Reyes said \"enough.\"\n")' >"$IN/one-line.txt"
MEM_LIMIT=100
hostile one-line-5mb "$IN/one-line.txt"

# --- tens of thousands of quotes, each with its speaker
python3 -c '
import sys
sys.stdout.write("Many quotes\n")
for i in range(20000):
    sys.stdout.write("\"Quote number %d is here today,\" Ann Lee said. " % i)
    if i % 10 == 9:
        sys.stdout.write("\n")' >"$IN/many-quotes.txt"
hostile many-quotes "$IN/many-quotes.txt" \
    '(.quotes | length) >= 20000 and ([.quotes[].speaker] | unique) == ["ann-lee"]'
MEM_LIMIT=""
# Linear, not worse: twice the quotes take at most about twice the memory.
quotes_memory() {
    local half whole
    head -n 1001 "$IN/many-quotes.txt" >"$IN/half-quotes.txt"
    half=$(/usr/bin/time -f %M "$BIN" extract "$IN/half-quotes.txt" 2>&1 >/dev/null | tail -1)
    whole=$(/usr/bin/time -f %M "$BIN" extract "$IN/many-quotes.txt" 2>&1 >/dev/null | tail -1)
    echo "many-quotes-memory: extract peak ${half} KB for 10000 quotes, ${whole} KB for 20000" |
        tee -a "$SUMMARY"
    [ $((whole - BASE_KB)) -le $(((half - BASE_KB) * 5 / 2)) ] ||
        fail "extract memory grows faster than the quotes: $half KB, then $whole KB"
}
if [ -x /usr/bin/time ] && ! $ASAN; then isolated many-quotes-memory quotes_memory; fi

# --- unbalanced quotes, deeply nested quotes
python3 -c '
import sys
s = "Unbalanced\n"
s += "Mayor Nadia Okoro said \"we never close this. " * 2000 + "\n"
s += "\u201cOpen curly, Tomas Reyes said. \u2018half \u00abguillemet \u201e low " * 2000 + "\n"
s += "Closing only\u201d, Ann Lee said.\u201d \u2019 \u00bb \" \" \"\n"
sys.stdout.write(s)' >"$IN/unbalanced.txt"
hostile unbalanced-quotes "$IN/unbalanced.txt"
python3 -c '
import sys
depth = 5000
opens = ["\"", "\u201c", "\u2018", "\u00ab", "'"'"'"]
closes = ["\"", "\u201d", "\u2019", "\u00bb", "'"'"'"]
s = "Nested\nMayor Nadia Okoro said "
s += "".join(opens[i % 5] + "level %d " % i for i in range(depth))
s += "core"
s += "".join(closes[i % 5] for i in reversed(range(depth)))
s += ", Ann Lee said.\n"
sys.stdout.write(s)' >"$IN/nested.txt"
hostile nested-quotes "$IN/nested.txt"

# --- names that try to be paths, controls, escapes, bidi, emoji, 10 KB
printf 'Slashes\nMayor Anna/Berg said "slash," in Oslo/Bergen. President ../../etc/passwd said "no escape." Governor /root/.ssh Smith said "root," at /etc.\n' >"$IN/names-slash.txt"
hostile names-slash "$IN/names-slash.txt"
printf 'Dots\nMinister .. said "dots." Mayor . said "one dot." Senator ... Reyes said "three." Director .Hidden Name said "hidden." Governor Ann. Lee. said "x."\n' >"$IN/names-dots.txt"
hostile names-dots "$IN/names-dots.txt"
printf 'Controls\nMayor Ann\001Bell\177 said "control bytes," in Os\010lo.\nMinister Tom\tas Re\vyes said "tabs." Governor Pe\033]0;pwned\007dro Diaz said "title."\n' >"$IN/names-control.txt"
hostile names-control "$IN/names-control.txt"
printf 'Escapes\nDirector \033[31mRed Alert\033[0m said "escape sequences," in \033[2J\033[HParis.\nMayor \033[1;32mGreen\033[0m Field said "ok."\n' >"$IN/names-ansi.txt"
hostile names-ansi "$IN/names-ansi.txt"
printf 'Bidi\nPresident \xe2\x80\xaeLive Evil\xe2\x80\xac Smith said "bidi," in \xe2\x81\xa6Cairo\xe2\x81\xa9.\nMayor Anna\xe2\x80\x8bBerg said "zero width."\n' >"$IN/names-bidi.txt"
hostile names-bidi "$IN/names-bidi.txt"
printf 'Emoji\nChairman \xf0\x9f\x98\x80 Smile said "emoji," in \xf0\x9f\x8f\x96 Beach City. Mayor Zo\xc3\xab \xf0\x9f\x87\xba\xf0\x9f\x87\xb8 Adams said "flags."\n' >"$IN/names-emoji.txt"
hostile names-emoji "$IN/names-emoji.txt"
python3 -c '
import sys
one = "A" + "b" * 10240
many = " ".join("Name%s" % chr(65 + i % 26) + "x" * (i % 7) for i in range(1500))
sys.stdout.write("Long names\nMr. %s said \"one long word,\" in Oslo.\nMinister %s said \"many words.\"\n" % (one, many))' >"$IN/names-10kb.txt"
hostile names-10kb "$IN/names-10kb.txt" '[.people[].id, .organizations[].id, .places[].id] | all(length <= 255)'

# --- many names that slug to one id: each keeps its own, with suffixes
printf 'Namesakes\nJose Alvarez met Jos\xc3\xa9 \xc3\x81lvarez, JOSE ALVAREZ, Jos\xc3\xa8 Alvar\xc3\xa8z, Jose-Alvarez and Jose Alvarez 2 in Lima.\n"One," Jose Alvarez said. "Two," Jos\xc3\xa9 \xc3\x81lvarez said. "Three," JOSE ALVAREZ said. "Four," Jos\xc3\xa8 Alvar\xc3\xa8z said. "Five," Jose-Alvarez said.\nMinister J\xc3\xb3s\xc3\xa9 \xc3\x80lv\xc3\xa1rez said "six." Senator Jose Alvarez-2 said "seven." Governor Jos\xc3\xa9 Alvarez 3 said "eight."\n' >"$IN/namesakes.txt"
# One name is one person, the first keeps the plain id, and the others
# (different names with the same slug) get -2, -3 ...
hostile namesakes "$IN/namesakes.txt" \
    '([.people[].name] | length == (unique | length)) and any(.people[]; .id == "jose-alvarez")'
grep -q "^namesakes:" "$SUMMARY" && echo "  namesakes: $(jq -c '[.people[] | [.id, .name]]' "$WORK/out.json")"

# --- text that tries to break JSON
cat >"$IN/json-break.txt" <<'STORY'
Breaking "}]} news\u0000
Mayor Anna Berg said "a \"quoted\" \\ backslash, \u0000, \ud800, "}]}, {"id": "x", "people": [, null, \n and \t," in Oslo.
Minister Tomas Reyes said "</script><script>alert(1)</script> ${HOME} $(id) %s%n%x \x00 \\\"}," on Monday.
{"title": "forged", "people": [{"id": "../../etc"}]}
STORY
hostile json-break "$IN/json-break.txt" '.title != "forged" and ([.people[].id] | index("../../etc") == null)'

# --- hostile file names in a folder: the article ids stay slugs
folder_names() {
    local rc=0 dir=$IN/names-folder counts n
    mkdir -p "$dir"
    for n in $'new\nline' $'\033[31mred' $'bidi\u202eevil' 'emoji-😀' '..' 'a b' 'a-b' 'A B' \
        "$(printf 'L%.0s' $(seq 250))" $'tab\there' '-dash'; do
        printf '%s' "$STORY" >"$dir/$n.txt"
    done
    timeout "$LIMIT" "$BIN" extract "$dir" >"$WORK/out.jsonl" 2>"$WORK/extract.err" || rc=$?
    expect_clean_error "extract of a folder with hostile names" "$rc" "$WORK/extract.err" "$dir"
    # ..txt starts with a dot: hidden, skipped like any dot file
    expect_eq "$(wc -l <"$WORK/out.jsonl")" 10 "JSON lines for the hostile folder"
    jq -e . "$WORK/out.jsonl" >/dev/null || fail "JSON Lines of the hostile folder"
    mount_hostile "$dir" || fail "folder with hostile file names refused: $MOUNT_ERROR"
    expect_eq "$(find "$MNT/articles" -mindepth 1 -maxdepth 1 | wc -l)" 10 "articles of the hostile folder"
    counts=$(timeout "$LIMIT" python3 "$CHECK" tree "$MNT") || fail "hostile file names: the tree ($counts)"
    unmount_article
    echo "hostile-file-names: clean tree, 10 articles, $counts" >>"$SUMMARY"
}
isolated hostile-file-names folder_names

# --- larger than max_size: refused with one line naming the file
max_size() {
    head -c 5000 "$IN/many-quotes.txt" >"$IN/big.txt"
    if mount_hostile -o max_size=4999 "$IN/big.txt"; then
        fail "an article larger than max_size was mounted"
    fi
    grep -q "max_size" <<<"$MOUNT_ERROR" || fail "the max_size error gives no reason: $MOUNT_ERROR"
    echo "max-size: refused: $MOUNT_ERROR" >>"$SUMMARY"
    mount_hostile -o max_size=5000 "$IN/big.txt" || fail "an article of exactly max_size was refused"
    unmount_article
    # In a folder the big one is skipped with a message, the others load.
    mkdir -p "$IN/sized"
    cp "$IN/big.txt" "$IN/sized/big.txt"
    printf '%s' "$STORY" >"$IN/sized/small.txt"
    mount_hostile -o max_size=4999 "$IN/sized" || fail "a folder with one big article refused: $MOUNT_ERROR"
    expect_eq "$(find "$MNT/articles" -mindepth 1 -maxdepth 1 -printf '%f ')" "small " "articles under max_size"
    grep -q "big.txt" "$MOUNT_LOG" || fail "no message names the skipped big.txt"
    echo "max-size in a folder: skipped with: $(cat "$MOUNT_LOG")" >>"$SUMMARY"
    unmount_article
}
isolated max-size max_size

echo
echo "summary of what articlefs does with each input:"
cat "$SUMMARY"
[ ${#FAILED[@]} -eq 0 ] || fail "hostile inputs that failed: ${FAILED[*]}"
echo "hostile test: all checks passed"
