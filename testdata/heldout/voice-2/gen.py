#!/usr/bin/env python3
"""Builds posts.jsonl from the hand-written drafts in src/.

Each src file holds one draft a line, "R|text" for a reply to a citizen and
"P|text" for a post; lines starting with "#" are notes. The file gives the
label. Posts are shuffled with a fixed seed so that labels are not grouped.

    python3 testdata/heldout/voice-2/gen.py
"""

import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = [
    ("insult_list.txt", ["courtesy"], "insult-list"),
    ("courtesy.txt", ["courtesy"], None),
    ("personal.txt", ["personal-tone"], None),
    ("unverified.txt", ["unverified-source"], None),
    ("internal.txt", ["internal-deliberation"], None),
    ("plain.txt", ["plain-language"], None),
    ("clean1.txt", [], None),
    ("clean2.txt", [], None),
    ("clean3.txt", [], None),
]


def main():
    posts = []
    seen = set()
    for name, rules, group in SOURCES:
        path = os.path.join(HERE, "src", name)
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                kind, sep, text = line.partition("|")
                if not sep or kind not in ("R", "P") or not text.strip():
                    sys.exit("%s:%d: expected R|text or P|text" % (name, n))
                if text in seen:
                    sys.exit("%s:%d: duplicate draft" % (name, n))
                seen.add(text)
                rec = {"text": text, "reply": kind == "R", "rules": list(rules)}
                if group:
                    rec["group"] = group
                posts.append(rec)
    random.Random(20261204).shuffle(posts)
    out = os.path.join(HERE, "posts.jsonl")
    tmp = out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for i, p in enumerate(posts, 1):
            rec = {"id": "hv2-%04d" % i}
            rec.update(p)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    os.replace(tmp, out)
    print("wrote %d posts" % len(posts))


if __name__ == "__main__":
    main()
