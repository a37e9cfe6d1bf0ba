#!/usr/bin/env python3
"""Black-box scorer for the second held-out spelling sets (spelling-2).

Run from the repository root:

    python3 testdata/heldout/spelling-2/score.py

It builds the CLI once, lints the sets as temporary .jsonl files and prints
aggregate figures only (never a sentence or a word from the sets), so that an
engineer working on the spelling rule can read the score without seeing the
data. Standard library only.
"""

import json
import os
import re
import subprocess
import sys
import tempfile
from collections import OrderedDict, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
RULE = "spelling"

# Pair families for the per-family summary of set 1.
FAMILIES = OrderedDict([
    ("accent: monosyllables, más, aún", {
        "más/mas", "está/esta", "aún/aun", "sí/si", "él/el", "tú/tu",
        "mí/mi", "sé/se", "dé/de", "té/te"}),
    ("interrogatives and exclamatives", {
        "qué/que", "cómo/como", "cuándo/cuando", "dónde/donde",
        "quién/quien", "cuál/cual"}),
    ("por qué/porque/porqué/por que", {"por qué/porque"}),
    ("verb/noun accent pairs", {
        "publicó/público/publico", "votó/voto", "participó/participo",
        "informó/informo", "término/termino/terminó",
        "práctica/practica/practicó", "cálculo/calculo/calculó",
        "registró/registro", "anunció/anuncio", "inició/inicio",
        "envió/envío", "crítico/critico/criticó",
        "válido/valido/validó"}),
    ("real-word confusions", {
        "hecho/echo", "haber/a ver", "hay/ahí/ay", "tuvo/tubo",
        "vaya/valla", "haya/halla", "ves/vez", "cayó/calló", "sino/si no"}),
])


def fail(msg):
    print("score.py: " + msg, file=sys.stderr)
    sys.exit(2)


def build(tmp):
    exe = os.path.join(tmp, "vocero")
    r = subprocess.run(["go", "build", "-o", exe, "./cmd/vocero"], cwd=ROOT,
                       capture_output=True, text=True)
    if r.returncode != 0:
        fail("go build failed:\n" + r.stderr)
    return exe


def lint(exe, tmp, name, texts):
    """Lints texts (one record each); returns a list of spelling findings per record."""
    path = os.path.join(tmp, name + ".jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for i, t in enumerate(texts):
            f.write(json.dumps({"id": "r%d" % i, "text": t}, ensure_ascii=False) + "\n")
    r = subprocess.run([exe, "lint", "--format", "json", path], cwd=tmp,
                       capture_output=True, text=True)
    if r.returncode not in (0, 1):
        first = (r.stderr.strip().splitlines() or ["(no message)"])[0]
        fail("vocero lint exited with %d on %s: %s" % (r.returncode, name, first))
    try:
        doc = json.loads(r.stdout)
    except ValueError as e:
        fail("vocero lint did not print JSON for %s: %s" % (name, e))
    version = doc.get("version")
    out = [[] for _ in texts]
    for f in doc.get("findings") or []:
        if f.get("rule") != RULE:
            continue
        idx = None
        fid = f.get("id") or ""
        if fid.startswith("r") and fid[1:].isdigit():
            idx = int(fid[1:])
        elif isinstance(f.get("post"), int):
            idx = f["post"] - 1
        if idx is None or not 0 <= idx < len(texts):
            fail("a finding does not name a known record in " + name)
        out[idx].append(f)
    for lst in out:
        lst.sort(key=lambda f: (f.get("start", 0), f.get("end", 0)))
    return version, out


def candidates(f):
    """Suggested words, best first (version 2 fixes, else version 1 suggestions)."""
    fixes = f.get("fixes")
    if fixes:
        return [fx["edits"][0].get("new", "") for fx in fixes if fx.get("edits")]
    sugg = f.get("suggestions") or []
    if sugg:
        return list(sugg)
    fx = f.get("fix")
    if fx and fx.get("edits"):
        return [fx["edits"][0].get("new", "")]
    return []


def first_fix_edits(f):
    """Edits of the finding's first fix, in byte offsets of the record text."""
    fixes = f.get("fixes")
    if fixes:
        return fixes[0].get("edits") or []
    sugg = f.get("suggestions") or []
    if sugg:
        return [{"start": f["start"], "end": f["end"], "new": sugg[0]}]
    fx = f.get("fix")
    if fx and fx.get("edits"):
        return fx["edits"]
    return []


def apply_edits(text, edits):
    b = text.encode("utf-8")
    for e in sorted(edits, key=lambda e: e["start"], reverse=True):
        b = b[:e["start"]] + e.get("new", "").encode("utf-8") + b[e["end"]:]
    return b.decode("utf-8", errors="replace")


def changed_region(a, b):
    """Byte span of a that differs from b (common prefix and suffix removed)."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    start = len(a[:p].encode("utf-8"))
    end = len(a[:len(a) - s].encode("utf-8"))
    return start, end


def overlaps(f, start, end):
    fs, fe = f.get("start", -1), f.get("end", -1)
    if start == end:
        return fs <= start <= fe
    return fs < end and fe > start


def pct(a, b):
    return "%5.1f%%" % (100.0 * a / b) if b else "    -"


def score_context(exe, tmp):
    path = os.path.join(HERE, "context.jsonl")
    items = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    items.append(json.loads(line))
                except ValueError as e:
                    fail("context.jsonl line %d: %s" % (n, e))
    version, found = lint(exe, tmp, "context", [it["text"] for it in items])
    stats = defaultdict(lambda: [0, 0, 0, 0, 0])  # errors, flagged, right fix, correct uses, false flags
    for it, fs in zip(items, found):
        keys = [it["pair"], "family: " + family(it["pair"]), "register: " + it["register"], "ALL"]
        for k in keys:
            st = stats[k]
            if it["error"]:
                st[0] += 1
                rs, re_ = changed_region(it["text"], it["correct"])
                hits = [f for f in fs if overlaps(f, rs, re_)]
                if hits:
                    st[1] += 1
                    if apply_edits(it["text"], first_fix_edits(hits[0])) == it["correct"]:
                        st[2] += 1
            else:
                st[3] += 1
                if fs:
                    st[4] += 1
    print("Set 1: real-word and accent errors (context.jsonl), JSON version %s" % version)
    print("%-34s %6s %8s %7s %10s %7s %7s %7s" % (
        "pair / family", "errors", "flagged", "", "right fix", "", "correct", "false"))
    order = sorted((k for k in stats if not k.startswith(("family:", "register:", "ALL"))),
                   key=lambda k: (family(k), k))
    order += ["family: " + f for f in FAMILIES] + ["family: other"]
    order += sorted(k for k in stats if k.startswith("register:")) + ["ALL"]
    for k in order:
        if k not in stats:
            continue
        e, fl, rf, c, ff = stats[k]
        print("%-34s %6d %8d %7s %10d %7s %7d %7s" % (
            k[:34], e, fl, pct(fl, e), rf, pct(rf, fl), c, pct(ff, c)))
    print("  flagged = a spelling finding overlaps the erroneous span; right fix = share of the"
          " flagged whose first fix yields the correct sentence; false = correct sentences with any"
          " spelling finding")
    print()


def family(pair):
    for name, members in FAMILIES.items():
        if pair in members:
            return name
    return "other"


def score_nonword(exe, tmp):
    path = os.path.join(HERE, "nonword.tsv")
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line:
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                fail("nonword.tsv line %d: expected 3 tab-separated fields" % n)
            rows.append(parts)
    _, found = lint(exe, tmp, "nonword", [r[2] for r in rows])
    det = top1 = top5 = 0
    for (wrong, right, sent), fs in zip(rows, found):
        m = re.search(r"(?<!\w)" + re.escape(wrong) + r"(?!\w)", sent)
        if not m:
            fail("nonword.tsv: a misspelled word is missing from its sentence")
        s = len(sent[:m.start()].encode("utf-8"))
        e = s + len(wrong.encode("utf-8"))
        hits = [f for f in fs if overlaps(f, s, e)]
        if not hits:
            continue
        det += 1
        cands = candidates(hits[0])
        if cands[:1] == [right]:
            top1 += 1
        if right in cands[:5]:
            top5 += 1
    n = len(rows)
    print("Set 2: non-word misspellings (nonword.tsv)")
    print("  items %d  detected %d (%.3f)  top-1 %d (%.3f)  top-5 %d (%.3f)" % (
        n, det, det / n, top1, top1 / n, top5, top5 / n))
    print("  top-1/top-5 are over all items; the correct word must match exactly")
    print()


def score_clean(exe, tmp):
    print("Set 3: clean prose (false alarms)")
    for name in ("clean-institutional.txt", "clean-general.txt"):
        with open(os.path.join(HERE, name), encoding="utf-8") as fh:
            raw = fh.read()
        paras = [p.strip() for p in re.split(r"\n\s*\n", raw) if p.strip()]
        words = len(raw.split())
        _, found = lint(exe, tmp, name.rsplit(".", 1)[0], paras)
        total = sum(len(fs) for fs in found)
        kinds = defaultdict(int)
        for fs in found:
            for f in fs:
                kinds[f.get("kind") or "?"] += 1
        by_kind = ", ".join("%s %d" % kv for kv in sorted(kinds.items()))
        print("  %-24s paragraphs %4d  words %6d  findings %4d  per 1,000 words %6.2f%s" % (
            name, len(paras), words, total, 1000.0 * total / words,
            ("  (" + by_kind + ")") if by_kind else ""))
    print()


def main():
    if not os.path.exists(os.path.join(ROOT, "go.mod")):
        fail("cannot find the repository root from " + HERE)
    rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                         capture_output=True, text=True).stdout.strip()
    print("vocero held-out spelling-2 score, commit %s" % (rev or "unknown"))
    print()
    with tempfile.TemporaryDirectory(prefix="vocero-heldout-") as tmp:
        exe = build(tmp)
        score_context(exe, tmp)
        score_nonword(exe, tmp)
        score_clean(exe, tmp)


if __name__ == "__main__":
    main()
