#!/usr/bin/env python3
"""Builds posts.jsonl from the hand-written drafts in src/positives.txt and
src/negatives.txt.

Each source line is one post. A line starting with "R| " is a reply to a
citizen. "\\n" stands for a line break, <ZW> for U+200B ZERO WIDTH SPACE,
<ZWJ> for U+200D, <SHY> for U+00AD SOFT HYPHEN. A personal value is marked
[[kind|value]]; the marks are removed and the value's byte span becomes a
label. Inside a value or anywhere in a line, {curp}, {curp_bad}, {rfc},
{rfc_bad}, {clabe}, {card}, {nss}, {clave} and the *_bad variants take the
next synthetic identifier from ids.json (made with the project's mxid
generators, see genids.go.txt); {pas} makes a passport number (a letter and
8 digits), {cic} 9 digits, {ocr} 13 digits. Suffixes change the writing:
":lc" lower case, ":sp" digits grouped by four (cards) or 3-3-11-1 (CLABE),
":dash" NSS as 2-2-2-4-1.

Run from this folder: python3 gen.py
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"curp", "rfc", "ine-clave", "ine-cic", "ine-ocr", "passport", "clabe",
         "card", "nss", "phone", "email", "address", "birthdate"}

ids = json.load(open(os.path.join(HERE, "ids.json"), encoding="utf-8"))
rng = random.Random(20261204)
used = {k: 0 for k in ids}


def take(name):
    v = ids[name][used[name]]
    used[name] += 1
    return v


def placeholder(m):
    name, _, style = m.group(1).partition(":")
    if name == "pas":
        v = rng.choice("ABCEGJNGGGG") + "".join(rng.choice("0123456789") for _ in range(8))
    elif name == "cic":
        v = "".join(rng.choice("0123456789") for _ in range(9))
    elif name == "ocr":
        v = "".join(rng.choice("0123456789") for _ in range(13))
    else:
        v = take(name)
    if style == "lc":
        v = v.lower()
    elif style == "sp":
        if name.startswith("clabe"):
            v = f"{v[:3]} {v[3:6]} {v[6:17]} {v[17]}"
        else:
            v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    elif style == "dash":
        v = f"{v[:2]}-{v[2:4]}-{v[4:6]}-{v[6:10]}-{v[10]}"
    elif style:
        raise SystemExit(f"unknown style {style}")
    return v


def unescape(s):
    return (s.replace("\\n", "\n").replace("<ZW>", "\u200b")
            .replace("<ZWJ>", "\u200d").replace("<SHY>", "\u00ad"))


MARK = re.compile(r"\[\[([a-z-]+)\|(.*?)\]\]")
PH = re.compile(r"\{([a-z_]+(?::[a-z]+)?)\}")


def build(line):
    reply = False
    if line.startswith("R| "):
        reply, line = True, line[3:]
    line = PH.sub(placeholder, unescape(line))
    text, labels, pos = b"", [], 0
    for m in MARK.finditer(line):
        kind, value = m.group(1), m.group(2)
        if kind not in KINDS:
            raise SystemExit(f"unknown kind {kind!r} in {line!r}")
        text += line[pos:m.start()].encode("utf-8")
        start = len(text)
        text += value.encode("utf-8")
        labels.append({"kind": kind, "start": start, "end": len(text)})
        pos = m.end()
    text += line[pos:].encode("utf-8")
    if "[[" in line[pos:] or "]]" in line[pos:]:
        raise SystemExit(f"stray mark in {line!r}")
    return text.decode("utf-8"), reply, labels


def read(name):
    with open(os.path.join(HERE, "src", name), encoding="utf-8") as f:
        return [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]


def main():
    posts = []
    for name, positive in (("positives.txt", True), ("negatives.txt", False)):
        for line in read(name):
            text, reply, labels = build(line)
            if positive and not labels:
                raise SystemExit(f"positive without label: {line!r}")
            if not positive and labels:
                raise SystemExit(f"negative with label: {line!r}")
            posts.append((text, reply, labels))
    # Interleave positives and negatives so ids say nothing about the answer.
    rng.shuffle(posts)
    counts = {}
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as out:
        for i, (text, reply, labels) in enumerate(posts, 1):
            for l in labels:
                counts[l["kind"]] = counts.get(l["kind"], 0) + 1
                b = text.encode("utf-8")
                assert 0 <= l["start"] < l["end"] <= len(b)
                b[l["start"]:l["end"]].decode("utf-8")  # on character boundaries
            rec = {"id": f"h{i:03d}", "text": text, "reply": reply, "labels": labels}
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    pos = sum(1 for p in posts if p[2])
    print(f"{len(posts)} posts, {pos} with personal data, {len(posts) - pos} without")
    for k in sorted(counts):
        print(f"  {k:10s} {counts[k]}")


if __name__ == "__main__":
    main()
