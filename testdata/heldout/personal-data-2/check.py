#!/usr/bin/env python3
"""Checks posts.jsonl of this set: ids unique, texts unique, every label's byte
span inside the text, on character boundaries, not overlapping another label,
and its slice has the shape of its kind. Prints counts only."""
import json
import os
import re
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SHAPE = {
    "phone": r"[+()0-9０-９ .\-/\u200b]{8,}",
    "email": r".+(@|arroba|ARROBA|\[at\]|\(at\)|\(arroba\)).+",
    "address": r".*\d.*",
    "birthdate": r".*\d.*",
    "passport": r"[A-Z][0-9]{8}",
    "curp": r"[A-Za-z]{4}\d{6}[A-Za-z]{6}[0-9A-Za-z]\d",
    "rfc": r"[A-Z]{4}-?\d{6}-?[0-9A-Z]{3}",
    "clabe": r"[0-9 ]{18,23}",
    "card": r"[0-9 \-]{15,19}",
    "nss": r"[0-9 \-]{11,15}",
    "ine-clave": r"[A-Z]{6}\d{8}[HM]\d{3}",
    "ine-cic": r"\d{9}",
    "ine-ocr": r"\d{13}",
}
posts = [json.loads(l) for l in open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8")]
assert len({p["id"] for p in posts}) == len(posts), "duplicate id"
assert len({p["text"] for p in posts}) == len(posts), "duplicate text"
kinds = Counter()
for p in posts:
    b = p["text"].encode("utf-8")
    spans = sorted((l["start"], l["end"]) for l in p["labels"])
    for (s1, e1), (s2, _) in zip(spans, spans[1:]):
        assert e1 <= s2, "overlapping labels"
    for l in p["labels"]:
        assert 0 <= l["start"] < l["end"] <= len(b)
        v = b[l["start"]:l["end"]].decode("utf-8")  # raises off a boundary
        assert v == v.strip(), "span has outer spaces"
        assert re.fullmatch(SHAPE[l["kind"]], v, re.S), (l["kind"], "shape")
        kinds[l["kind"]] += 1
print(len(posts), "posts,", sum(1 for p in posts if p["labels"]), "with labels,",
      sum(kinds.values()), "labels:", dict(sorted(kinds.items())))
