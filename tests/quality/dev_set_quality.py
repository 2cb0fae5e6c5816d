#!/usr/bin/env python3
"""Fails when extraction quality on the dev set drops below the floor.

Runs ../shared/eval/score.py over ../shared/corpus/dev with the built
binary and compares each F1 (and speaker accuracy) with FLOOR. Exits 77
(meson's "skipped") with a message when ../shared is absent.
"""
import json
import os
import subprocess
import sys

# The figures the project has reached; raise them as extraction improves.
FLOOR = {
    "people": 0.95,
    "organizations": 0.85,
    "places": 0.90,
    "quotes": 0.95,
    "events": 0.65,
    "speaker_accuracy": 0.93,
}


def main():
    binary, shared = sys.argv[1], sys.argv[2]
    scorer = os.path.join(shared, "eval", "score.py")
    gold = os.path.join(shared, "corpus", "dev")
    if not os.path.isfile(scorer) or not os.path.isdir(gold):
        print(f"skipped: no scorer or dev corpus under {shared}")
        return 77
    out = subprocess.run(
        [sys.executable, scorer, "--gold", gold, "--cmd", f"{binary} extract {{}}", "--json"],
        capture_output=True, text=True, check=False)
    if out.returncode != 0 and not out.stdout:
        print(out.stderr)
        return 1
    summary = json.loads(out.stdout)
    failed = False
    for key, floor in FLOOR.items():
        value = summary[key] if key == "speaker_accuracy" else summary[key]["f1"]
        value = value or 0.0
        mark = "ok" if value >= floor else "BELOW"
        failed |= value < floor
        print(f"{key:<18} {value:.3f}  floor {floor:.2f}  {mark}")
    for failure in summary.get("failures", []):
        print("FAILED", failure)
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
