#!/usr/bin/env python3
"""Compiles the lexicon files of data/ into one C file.

    embed-lexicons.py OUTPUT.c LEXICON.H NAME=FILE[,FILE...] ...

Each NAME is an enum afs_lexicon member without its AFS_LEX_ prefix. The
entries of its files ("key<TAB>value", '#' lines skipped) are merged,
sorted bytewise, and stored as offsets into one string pool, so the
compiler sees a handful of large objects, not 100,000 literals. Each
lexicon also gets an open-addressing hash index (a multiplicative hash of
eight bytes a step, linear probing, at most two thirds full) so a look-up costs one hash and about one comparison;
lexicon.c computes the same hash. Last, one index over every lexicon:
each single word maps to the set of lexicons that hold it as a key and the
set whose keys of several words start with it, so the tokenizer learns all
of a word's lexicons in one probe. That index hashes the ASCII lower-case
form of a key, so a word and its lower-case form share one probe sequence,
and keeps short keys inside its 16-byte slots, so a probe reads one cache
line and no pool string: a slot's length and key compare as two words.
"""
import re
import sys


def c_bytes(data):
    out, line = [], []
    for b in data:
        line.append(str(b))
        if len(line) == 32:
            out.append(",".join(line))
            line = []
    if line:
        out.append(",".join(line))
    return ",\n".join(out)


MASK64 = (1 << 64) - 1
HASH_K = 0x9E3779B97F4A7C15


def key_hash(data):
    """lexicon.c's key_hash: the top half of a product, eight bytes a step,
    little-endian, the last zero-padded."""
    h, chunks = 0, [data[i : i + 8] for i in range(0, len(data), 8)] or [b""]
    for n, chunk in enumerate(chunks):
        h = ((h ^ int.from_bytes(chunk.ljust(8, b"\0"), "little")) * HASH_K) & MASK64
        if n + 1 < len(chunks):
            h ^= h >> 32
    return h >> 32


def hash_index(rows):
    """Slot triples (hash, key offset, value) for (key offset, value) rows,
    key offset 0 (the empty string) for an empty slot: a probe rejects other
    keys by their hash, and a hit reads its value from the slot itself. The
    slot count is a power of two, at most two thirds full."""
    size = 1
    while 2 * size < 3 * len(rows):
        size *= 2
    slots = [(0, 0, 0)] * size
    for key, value in rows:
        assert key, "empty lexicon key"
        h = key_hash(pool_string(key))
        i = h & (size - 1)
        while slots[i][1]:
            i = (i + 1) & (size - 1)
        slots[i] = (h, key, value)
    return [v for triple in slots for v in triple]


WORD_KEY_INLINE = 11  # bytes of key inside a word slot (lexicon_tables.h)


def word_slot(key, sets):
    """A C initialiser of one afs_lexicon_word_slot, sets a pair of bit sets
    (keys, heads): the key's first eight
    bytes, zero-padded; its rest word, length << 24 | bytes 8 to 10
    (little-endian, zero-padded) for a key of up to WORD_KEY_INLINE
    bytes, length << 24 | its pool offset for a longer one; the sets."""
    data = pool_string(key)
    assert 0 < len(data) < 256, "word index key length"
    head = data[:8].ljust(8, b"\0")
    if len(data) <= WORD_KEY_INLINE:
        low = int.from_bytes(data[8:WORD_KEY_INLINE].ljust(3, b"\0"), "little")
    else:
        assert key < 1 << 24, "pool offset of a long word key"
        low = key
    rest = len(data) << 24 | low
    keys, heads = sets
    return f"{{{{{','.join(map(str, head))}}},{rest}u,{{{keys},{heads}}}}}"


def word_index(rows):
    """Word slots for (key offset, sets) rows and the power of two their
    hash picks a first slot under: open addressing on the hash of the
    lower-case key, at most half full (the tokenizer probes every word,
    and most misses walk to an empty slot). A probe runs on past the last
    of those slots instead of wrapping (lexicon.c walks a pointer), into
    as many more as it needs and one empty slot that ends them all; empty
    slots have rest 0."""
    size = 1
    while size < 2 * len(rows):
        size *= 2
    slots = [None] * size
    for key, sets in rows:
        i = key_hash(pool_string(key).lower()) & (size - 1)
        while i < len(slots) and slots[i]:
            i += 1
        if i == len(slots):
            slots.append(None)
        slots[i] = word_slot(key, sets)
    if slots[-1]:
        slots.append(None)
    return [slot or "{{0},0,{0,0}}" for slot in slots], size


def read(path):
    entries = {}
    with open(path, encoding="utf-8") as f:
        for raw in f:
            raw = raw.rstrip("\n")
            if not raw or raw.startswith("#"):
                continue
            key, _, value = raw.partition("\t")
            entries[key] = value
    return entries


pool = bytearray()
interned = {}


def intern(s):
    if s not in interned:
        interned[s] = len(pool)
        pool.extend(s.encode("utf-8") + b"\0")
    return interned[s]


def pool_string(offset):
    return bytes(pool[offset : pool.index(0, offset)])


def main():
    output, header, specs = sys.argv[1], sys.argv[2], sys.argv[3:]
    with open(header, encoding="utf-8") as f:
        enum_order = re.findall(r"^\s*AFS_LEX_(\w+)\s*[,=]", f.read(), re.M)
    intern("")
    tables = []
    all_keys = []
    for spec in specs:
        name, _, files = spec.partition("=")
        entries = {}
        for path in files.split(","):
            entries.update(read(path))
        keys = sorted(entries, key=lambda k: k.encode("utf-8"))
        all_keys.append(keys)
        rows = [(intern(k), intern(entries[k])) for k in keys]
        tables.append((name, rows, hash_index(rows)))
    words = {}
    for (name, _, _), keys_of in zip(tables, all_keys):
        bit = enum_order.index(name)
        for key in keys_of:
            first, _, rest = key.partition(" ")
            keys, heads = words.get(first, (0, 0))
            if rest:
                heads |= 1 << bit
            else:
                keys |= 1 << bit
            words[first] = (keys, heads)
    word_keys = sorted(words, key=lambda k: k.encode("utf-8"))
    word_rows = [(intern(w), words[w]) for w in word_keys]
    word_slots, word_hash_size = word_index(word_rows)
    with open(output, "w", encoding="utf-8") as f:
        f.write("/* Generated by tools/embed-lexicons.py from data/: do not edit. */\n")
        f.write('#include "lexicon_tables.h"\n\n')
        f.write(f"const unsigned char afs_lexicon_pool[{len(pool)}] = {{\n{c_bytes(pool)}}};\n\n")
        for name, rows, slots in tables:
            f.write(f"static const uint32_t slots_{name}[] = {{{','.join(map(str, slots))}}};\n")
        f.write("\nconst afs_lexicon_index afs_lexicon_tables[AFS_LEX_COUNT] = {\n")
        for name, rows, slots in tables:
            f.write(f"    [AFS_LEX_{name}] = {{slots_{name}, {len(rows)}, {len(slots) // 3}}},\n")
        f.write("};\n\n")
        for name, *_ in tables:
            f.write(f'_Static_assert(AFS_LEX_{name} == {enum_order.index(name)}, "lexicon.h changed order");\n')
        word_inits = ",\n".join(word_slots)
        f.write(f"static const afs_lexicon_word_slot word_slots[] = {{\n{word_inits}}};\n")
        f.write(f"const afs_lexicon_word_index afs_lexicon_words = {{word_slots, {len(word_rows)}, {word_hash_size}}};\n")


if __name__ == "__main__":
    main()
