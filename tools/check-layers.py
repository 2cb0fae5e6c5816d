#!/usr/bin/env python3
"""Fails the build when a file of src/ includes a header of a layer above
its own (docs/ARCHITECTURE.md, "The layers").

The order of the layers is the one list in meson.build (passed as
--layers). A file's layer is its folder, src/<layer>/; a public header's
layer is the "Layer: <name>" line of its top comment, so a new header
cannot be left out. A header of a folder (internal.h) is private to it:
another folder cannot include it.

Usage: check-layers.py --layers core,lexicon,... --layer extract
       --source-root DIR --stamp OUT --depfile OUT
Checks every .c and .h of src/<layer>/ and the public headers of the
layer; writes the stamp (a header the layer's target depends on) and a
depfile of every file and folder it read, so a file that changes or
appears runs the check again.
"""

import argparse
import pathlib
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')
LAYER_LINE = re.compile(r'^\s*\*?\s*Layer:\s*([a-z]+)\b')
# Made by meson in the build folder, layer-free: the version string and
# the fitted weights (tools/embed-weights.py).
GENERATED = {"config.h", "org_evidence_weights.h"}


def header_layer(path):
    """The layer named in the header's top comment, or None."""
    text = path.read_text(encoding="utf-8")
    comment = text.split("*/", 1)[0] if text.lstrip().startswith("/*") else ""
    for line in comment.splitlines():
        m = LAYER_LINE.match(line)
        if m:
            return m.group(1)
    return None


def includes(path):
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        m = INCLUDE.match(line)
        if m:
            yield number, m.group(1), m.group(2)


class Checker:
    def __init__(self, root, order):
        self.root = root
        self.order = order
        self.rank = {name: i for i, name in enumerate(order)}
        self.errors = []
        self.read = set()
        self.public = {}  # "articlefs/x.h" -> layer
        for h in sorted((root / "include" / "articlefs").glob("*.h")):
            self.read.add(h)
            layer = header_layer(h)
            rel = h.relative_to(root)
            if layer is None:
                self.error(rel, 1, "the top comment names no layer "
                           "(add a line ' * Layer: <name>.')")
            elif layer not in self.rank:
                self.error(rel, 1, f"names layer '{layer}', which is not "
                           f"one of {self.chain()}")
            else:
                self.public["articlefs/" + h.name] = layer

    def chain(self):
        return " < ".join(self.order)

    def error(self, rel, line, message):
        self.errors.append(f"{rel}:{line}: error: {message}")

    def check_folders(self):
        """Every folder of src/ is a layer of the table."""
        for d in sorted(p for p in (self.root / "src").iterdir() if p.is_dir()):
            if d.name not in self.rank:
                self.error(d.relative_to(self.root), 0,
                           f"folder '{d.name}' is not a layer of meson.build "
                           f"({self.chain()})")

    def check_file(self, path, layer, private_dir):
        """path belongs to layer; its own-folder headers live in
        private_dir (None for a public header)."""
        self.read.add(path)
        rel = path.relative_to(self.root)
        for line, bracket, name in includes(path):
            if name.startswith("articlefs/"):
                self.check_public(rel, line, layer, name)
            elif bracket == '"' and name not in GENERATED:
                self.check_private(rel, line, private_dir, name)

    def check_public(self, rel, line, layer, name):
        target = self.public.get(name)
        if target is None:
            if not (self.root / "include" / name).exists():
                self.error(rel, line, f"includes {name}, which is not in include/")
            return  # a header without a layer is reported above
        if self.rank[target] > self.rank[layer]:
            self.error(rel, line,
                       f"includes {name} (layer {target}) from layer {layer}: "
                       f"a layer includes only the layers below it "
                       f"({self.chain()})")

    def check_private(self, rel, line, private_dir, name):
        if private_dir is None:
            self.error(rel, line, f"a public header includes \"{name}\": "
                       "only articlefs/ headers")
        elif "/" in name or not (private_dir / name).exists():
            self.error(rel, line,
                       f"includes \"{name}\", not a header of its own folder "
                       f"{private_dir.relative_to(self.root)}/: another "
                       "layer's private header, or a missing one")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--layers", required=True)
    ap.add_argument("--layer", required=True)
    ap.add_argument("--source-root", required=True, type=pathlib.Path)
    ap.add_argument("--stamp", required=True, type=pathlib.Path)
    ap.add_argument("--depfile", required=True, type=pathlib.Path)
    args = ap.parse_args()

    root = args.source_root.resolve()
    order = args.layers.split(",")
    if args.layer not in order:
        sys.exit(f"check-layers: '{args.layer}' is not one of {order}")
    checker = Checker(root, order)
    checker.check_folders()
    folder = root / "src" / args.layer
    checker.read |= {root / "src", root / "include" / "articlefs", folder}
    for path in sorted(list(folder.glob("*.c")) + list(folder.glob("*.h"))):
        checker.check_file(path, args.layer, folder)
    for name, layer in checker.public.items():
        if layer == args.layer:
            checker.check_file(root / "include" / name, layer, None)

    if checker.errors:
        print("\n".join(checker.errors), file=sys.stderr)
        sys.exit(1)
    args.stamp.write_text(f"/* src/{args.layer}: includes only the layers "
                          f"below it (tools/check-layers.py) */\n")
    deps = " ".join(str(p).replace(" ", "\\ ") for p in sorted(checker.read))
    args.depfile.write_text(f"{args.stamp}: {deps}\n")


if __name__ == "__main__":
    main()
