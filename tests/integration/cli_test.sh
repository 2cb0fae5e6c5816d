#!/bin/bash
# The command line's errors: each names the file and the reason on stderr
# and exits non-zero; --help and --version answer.
BIN=$1
EXAMPLE=$2
. "$(dirname "$0")/lib.sh"

expect_error() {
    local pattern=$1
    shift
    local out
    if out=$("$@" 2>&1); then
        fail "'$*' succeeded"
    fi
    grep -q -- "$pattern" <<<"$out" || fail "'$*' said: $out"
}

"$BIN" --help | grep "usage: articlefs" >/dev/null || fail "--help"
"$BIN" --version | grep "^articlefs [0-9]" >/dev/null || fail "--version"
expect_error "cannot read '$WORK/none.txt': No such file or directory" \
    "$BIN" extract "$WORK/none.txt"
expect_error "not a regular file" "$BIN" extract /dev/null
mkfifo "$WORK/fifo"
expect_error "not a regular file" timeout 5 "$BIN" extract "$WORK/fifo"
mkdir -p "$WORK/m"
expect_error "cannot read '$WORK/none.txt'" "$BIN" "$WORK/none.txt" "$WORK/m"
expect_error "cannot mount on '$WORK/nowhere'" "$BIN" "$EXAMPLE" "$WORK/nowhere"
expect_error "missing MOUNTPOINT" "$BIN" "$EXAMPLE"
expect_error "bad date" "$BIN" -o date=2025-13-45 "$EXAMPLE" "$WORK/m"
expect_error "larger than max_size" "$BIN" -o max_size=10 "$EXAMPLE" "$WORK/m"
expect_error "export: use" "$BIN" export "$EXAMPLE"

# Hostile input gives valid JSON or a clear error, never a crash.
printf '' >"$WORK/empty.txt"
"$BIN" extract "$WORK/empty.txt" | jq -e '.people == []' >/dev/null || fail "empty"
head -c 50000 /dev/urandom >"$WORK/binary.txt"
timeout 20 "$BIN" extract "$WORK/binary.txt" | jq -e . >/dev/null || fail "binary"
printf 'Head\n\xef\xbb\xbfMr. Smith said "a \x00 b \xc3\x28 c d," and "../../etc x y z"\r\n' >"$WORK/odd.txt"
"$BIN" extract "$WORK/odd.txt" | jq -e . >/dev/null || fail "odd bytes"
python3 -c "print('\"Quote number, one two,\" Ann Lee said. ' * 20000)" >"$WORK/many.txt"
timeout 60 "$BIN" extract "$WORK/many.txt" | jq -e '.quotes | length > 1000' >/dev/null ||
    fail "many quotes"
# several articles: one JSON a line
expect_eq "$("$BIN" extract "$EXAMPLE" "$EXAMPLE" | wc -l)" 2 "JSON lines"
# A folder larger than the articles extract DIR holds at once: its lines
# are those of the same files named one by one, in path order, and a file
# that cannot be read is skipped with a line on stderr.
folder=$WORK/many-articles
mkdir -p "$folder/sub"
for i in $(seq -w 0 149); do
    printf 'Story %s\n\n"We met %s times," said Ann Lee of Acme Corp in Oslo.\n' \
        "$i" "$i" >"$folder/$i.txt"
done
cp "$EXAMPLE" "$folder/sub/example.txt"
mkfifo "$folder/075-fifo.txt"
"$BIN" extract "$folder" >"$WORK/dir.jsonl" 2>"$WORK/dir.err"
expect_eq "$(wc -l <"$WORK/dir.jsonl")" 151 "JSON lines of the folder"
grep -q "075-fifo.txt.*skipped" "$WORK/dir.err" || fail "the FIFO was not reported"
files=()
while IFS= read -r f; do files+=("$f"); done < <(find "$folder" -name '*.txt' -type f | LC_ALL=C sort)
"$BIN" extract "${files[@]}" >"$WORK/files.jsonl"
cmp -s "$WORK/dir.jsonl" "$WORK/files.jsonl" || fail "extract DIR differs from its files one by one"
expect_error "cannot write the output" sh -c "'$BIN' extract '$EXAMPLE' >/dev/full"
echo "cli test: all checks passed"
