#!/usr/bin/env python3
"""Black-box scorer for the second held-out set of the five voice rules.

Run from the repository root:

    python3 testdata/heldout/voice-2/score.py

It builds the CLI once, lints every post of posts.jsonl with
`vocero lint --format json`, and prints aggregate figures only: never a
text, an id or a per-post result, so that whoever tunes the rules can read
the score without seeing the data.

Standard library only. Reads JSON output version 1 and 2.
"""

import json
import os
import subprocess
import sys
import tempfile

RULES = [
    "courtesy",
    "personal-tone",
    "unverified-source",
    "internal-deliberation",
    "plain-language",
]
HERE = os.path.dirname(os.path.abspath(__file__))


def fail(msg):
    print("score.py: " + msg, file=sys.stderr)
    sys.exit(2)


def load_posts(path):
    posts = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                o = json.loads(line)
            except ValueError as e:
                fail("%s, line %d: invalid JSON (%s)" % (path, n, e))
            for key in ("id", "text", "rules"):
                if key not in o:
                    fail("%s, line %d: missing key %r" % (path, n, key))
            unknown = [r for r in o["rules"] if r not in RULES]
            if unknown:
                fail("%s, line %d: unknown rule in 'rules'" % (path, n))
            posts.append(o)
    ids = [p["id"] for p in posts]
    if len(set(ids)) != len(ids):
        fail("%s: duplicate ids" % path)
    return posts


def fired_rules(output, posts):
    """Map post id -> set of rules with at least one finding (any severity)."""
    try:
        doc = json.loads(output)
    except ValueError:
        fail("vocero did not print valid JSON")
    version = doc.get("version")
    if version not in (1, 2):
        fail("unsupported JSON version %r" % (version,))
    summary = doc.get("summary") or {}
    if "posts" in summary and summary["posts"] != len(posts):
        fail("vocero read %r posts, expected %d" % (summary["posts"], len(posts)))
    by_index = {i + 1: p["id"] for i, p in enumerate(posts)}
    ids = {p["id"] for p in posts}
    fired = {}
    for f in doc.get("findings") or []:
        rule = f.get("rule")
        if rule not in RULES:
            continue
        pid = f.get("id")
        if pid not in ids:
            # Fall back on the post's position in the file (1-based).
            pid = by_index.get(f.get("post"))
            if pid is None:
                pid = by_index.get(f.get("line"))
        if pid is None:
            fail("a finding could not be matched to a post")
        fired.setdefault(pid, set()).add(rule)
    return fired


def run_vocero(posts):
    root = os.getcwd()
    if not os.path.exists(os.path.join(root, "go.mod")):
        fail("run from the repository root (go.mod not found)")
    with tempfile.TemporaryDirectory(prefix="vocero-heldout-") as tmp:
        exe = os.path.join(tmp, "vocero")
        b = subprocess.run(["go", "build", "-o", exe, "./cmd/vocero"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if b.returncode != 0:
            fail("go build failed:\n" + b.stderr)
        data = os.path.join(tmp, "posts.jsonl")
        with open(data, "w", encoding="utf-8") as f:
            for p in posts:
                rec = {"id": p["id"], "text": p["text"], "reply": bool(p.get("reply", False))}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        # Run from the temporary directory so that no project config is picked up.
        r = subprocess.run([exe, "lint", "--format", "json", data], cwd=tmp,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if r.returncode not in (0, 1):
            # Exit 2 is a usage, config or I/O error. Its message may quote
            # a post, so only its first line is shown, truncated.
            first = (r.stderr.strip().splitlines() or [""])[0][:120]
            fail("vocero lint exited %d: %s" % (r.returncode, first))
        return r.stdout


def pct(num, den):
    if den == 0:
        return "   n/a"
    return "%6.3f" % (num / den)


def main():
    path = os.path.join(HERE, "posts.jsonl")
    if len(sys.argv) > 1:
        path = sys.argv[1]
    posts = load_posts(path)
    fired = fired_rules(run_vocero(posts), posts)

    clean = [p for p in posts if not p["rules"]]
    print("held-out voice-2 set: %d posts, %d clean" % (len(posts), len(clean)))
    print()
    print("%-22s %5s %7s   %-18s %-22s" % ("rule", "pos", "recall", "false alarms/clean",
                                           "false alarms/unlabelled"))
    for rule in RULES:
        pos = [p for p in posts if rule in p["rules"]]
        neg = [p for p in posts if rule not in p["rules"]]
        hit = sum(1 for p in pos if rule in fired.get(p["id"], ()))
        fa_clean = sum(1 for p in clean if rule in fired.get(p["id"], ()))
        fa_neg = sum(1 for p in neg if rule in fired.get(p["id"], ()))
        print("%-22s %5d %7s   %s (%3d/%3d)     %s (%3d/%3d)" % (
            rule, len(pos), pct(hit, len(pos)),
            pct(fa_clean, len(clean)), fa_clean, len(clean),
            pct(fa_neg, len(neg)), fa_neg, len(neg)))

    groups = sorted({p["group"] for p in posts if p.get("group")})
    if groups:
        print()
    for g in groups:
        members = [p for p in posts if p.get("group") == g]
        for rule in RULES:
            pos = [p for p in members if rule in p["rules"]]
            if not pos:
                continue
            hit = sum(1 for p in pos if rule in fired.get(p["id"], ()))
            print("group %-16s %-14s %5d %7s" % (g, rule, len(pos), pct(hit, len(pos))))
        rest = [p for p in posts if "courtesy" in p["rules"] and p.get("group") != g]
        if g == "insult-list" and rest:
            hit = sum(1 for p in rest if "courtesy" in fired.get(p["id"], ()))
            print("outside %-14s %-14s %5d %7s" % (g, "courtesy", len(rest), pct(hit, len(rest))))

    any_clean = sum(1 for p in clean if fired.get(p["id"]))
    print()
    print("clean posts with any voice finding: %s (%d/%d)" % (
        pct(any_clean, len(clean)).strip(), any_clean, len(clean)))


if __name__ == "__main__":
    main()
