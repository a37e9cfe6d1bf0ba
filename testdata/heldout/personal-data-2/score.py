#!/usr/bin/env python3
"""Black-box scorer for the held-out personal-data-2 set.

Run from the repository root:

    python3 testdata/heldout/personal-data-2/score.py

It builds the CLI, lints the posts of posts.jsonl (id, text and reply only)
with config.yaml, and compares the error-level findings of the rule
personal-data with the labels by overlap of byte spans. It prints aggregate
figures only, never a post's text or id: whoever tunes the rule must not see
the data. Standard library only. Exit status 0 unless the CLI cannot be built
or run.
"""
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
RULE = "personal-data"
KINDS = ["phone", "email", "address", "curp", "rfc", "birthdate", "passport",
         "clabe", "card", "nss", "ine-clave", "ine-cic", "ine-ocr"]


def fail(msg):
    print(f"score.py: {msg}", file=sys.stderr)
    sys.exit(2)


def load_posts():
    posts = []
    with open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    posts.append(json.loads(line))
                except json.JSONDecodeError as e:
                    fail(f"posts.jsonl line {n}: {e}")
    return posts


def run_cli(posts, tmp):
    exe = os.path.join(tmp, "vocero")
    b = subprocess.run(["go", "build", "-o", exe, "./cmd/vocero"],
                       capture_output=True, text=True)
    if b.returncode != 0:
        fail("go build ./cmd/vocero failed (run me from the repository root):\n"
             + b.stderr[-2000:])
    src = os.path.join(tmp, "posts.jsonl")
    with open(src, "w", encoding="utf-8") as f:
        for p in posts:
            rec = {"id": p["id"], "text": p["text"], "reply": p.get("reply", False)}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    r = subprocess.run([exe, "lint", "--format", "json", "--config",
                        os.path.join(HERE, "config.yaml"), src],
                       capture_output=True, text=True)
    # 0: nothing at error level, 1: findings at error level; anything else
    # is a usage, config or I/O error.
    if r.returncode not in (0, 1):
        fail(f"vocero lint exited {r.returncode}:\n{r.stderr[-2000:]}")
    try:
        out = json.loads(r.stdout)
    except json.JSONDecodeError as e:
        fail(f"vocero lint did not print JSON: {e}")
    if out.get("version") not in (1, 2):
        print(f"warning: unknown JSON version {out.get('version')!r}", file=sys.stderr)
    return out.get("findings") or []


def post_index(f, by_id, n):
    """Index into posts of the post a finding belongs to, or None."""
    if f.get("id") in by_id:
        return by_id[f["id"]]
    p = f.get("post")
    if isinstance(p, int):
        # The reader numbers records from 1; accept 0-based too when unambiguous.
        if 1 <= p <= n:
            return p - 1
        if p == 0:
            return 0
    return None


def ratio(a, b):
    return f"{a / b:.3f}" if b else "  -  "


def main():
    posts = load_posts()
    by_id = {p["id"]: i for i, p in enumerate(posts)}
    with tempfile.TemporaryDirectory(prefix="heldout-pd2-") as tmp:
        findings = run_cli(posts, tmp)

    errors = defaultdict(list)   # post index -> [(kind, start, end)]
    lower = defaultdict(list)    # same, for warning/info findings of the rule
    unplaced = 0
    for f in findings:
        if f.get("rule") != RULE:
            continue
        i = post_index(f, by_id, len(posts))
        if i is None:
            unplaced += 1
            continue
        text_len = len(posts[i]["text"].encode("utf-8"))
        s = f.get("start") if isinstance(f.get("start"), int) else 0
        e = f.get("end") if isinstance(f.get("end"), int) else text_len
        entry = (f.get("kind") or "?", s, e)
        (errors if f.get("severity") == "error" else lower)[i].append(entry)

    labels_n, tp, fp, f_ok, any_hit, low_hit = (Counter() for _ in range(6))
    mism = Counter()
    neg_posts = neg_alarm = 0
    for i, p in enumerate(posts):
        labels = p["labels"]
        if not labels:
            neg_posts += 1
            if errors[i]:
                neg_alarm += 1
        matched = [False] * len(labels)
        for l in labels:
            labels_n[l["kind"]] += 1
        for kind, s, e in errors[i]:
            over = [j for j, l in enumerate(labels) if s < l["end"] and l["start"] < e]
            same = [j for j in over if labels[j]["kind"] == kind]
            if same:
                f_ok[kind] += 1
                for j in same:
                    matched[j] = True
            else:
                fp[kind] += 1
                for j in over:
                    mism[(labels[j]["kind"], kind)] += 1
            for j in over:
                any_hit[(i, j)] = 1
        for j, l in enumerate(labels):
            if matched[j]:
                tp[l["kind"]] += 1
            if not any_hit[(i, j)] and any(s < l["end"] and l["start"] < e
                                           for _, s, e in lower[i]):
                low_hit[l["kind"]] += 1

    kinds = KINDS + sorted(k for k in set(labels_n) | set(fp) | set(f_ok) if k not in KINDS)
    print(f"held-out personal-data-2: {len(posts)} posts "
          f"({len(posts) - neg_posts} with personal data, {neg_posts} without)")
    print(f"findings of {RULE} at error level only; a label counts as found when an "
          f"error finding of the same kind overlaps it\n")
    hdr = f"{'kind':10s} {'labels':>6s} {'TP':>5s} {'FN':>5s} {'FP':>5s} {'prec':>6s} {'recall':>6s}"
    print(hdr)
    print("-" * len(hdr))
    T = Counter()
    for k in kinds:
        n, t, p_, ok = labels_n[k], tp[k], fp[k], f_ok[k]
        if not (n or p_ or ok):
            continue
        T["n"] += n; T["tp"] += t; T["fp"] += p_; T["ok"] += ok
        print(f"{k:10s} {n:6d} {t:5d} {n - t:5d} {p_:5d} {ratio(ok, ok + p_):>6s} {ratio(t, n):>6s}")
    print("-" * len(hdr))
    ine = [k for k in kinds if k.startswith("ine-")]
    n = sum(labels_n[k] for k in ine); t = sum(tp[k] for k in ine)
    p_ = sum(fp[k] for k in ine); ok = sum(f_ok[k] for k in ine)
    print(f"{'ine (all)':10s} {n:6d} {t:5d} {n - t:5d} {p_:5d} {ratio(ok, ok + p_):>6s} {ratio(t, n):>6s}")
    print(f"{'overall':10s} {T['n']:6d} {T['tp']:5d} {T['n'] - T['tp']:5d} {T['fp']:5d} "
          f"{ratio(T['ok'], T['ok'] + T['fp']):>6s} {ratio(T['tp'], T['n']):>6s}")
    print()
    print("precision = error findings of the kind that overlap a label of that kind / "
          "error findings of the kind; FP = the others")
    print(f"labels overlapped by an error finding of any kind: {len(any_hit)} of {T['n']}")
    print(f"posts without personal data that got an error finding: {neg_alarm} of {neg_posts}")
    missed_low = sum(low_hit.values())
    print(f"labels missed at error level but covered by a warning/info of the rule: {missed_low}")
    if unplaced:
        print(f"findings that could not be placed in a post: {unplaced}")
    print("kind mismatches (label kind -> finding kind: count):"
          + ("" if mism else " none"))
    for (a, b), c in sorted(mism.items()):
        print(f"  {a} -> {b}: {c}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
