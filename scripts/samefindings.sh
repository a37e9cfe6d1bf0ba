#!/usr/bin/env bash
# Builds two revisions of vocero and compares their `lint --format json`
# findings on a corpus, finding by finding. A performance change must not
# change what is found: run it on a commit and its parent.
#
#   scripts/samefindings.sh REV_A REV_B [CORPUS_DIR]
#
# CORPUS_DIR holds posts/ (a tree of posts) and, optionally, big.txt and
# one.txt; it defaults to the generated bench corpus
# (${XDG_CACHE_HOME:-~/.cache}/vocero-bench/corpus). REV_B may be WORKTREE
# for the uncommitted working tree. The only difference allowed is an excerpt
# (`text`, or a quoted part of a message) that B bounds where A printed it
# whole: B's excerpt must then be A's, cut, with an ellipsis where it was cut.
# Exits 0 when the findings agree, 1 when they differ, 2 on usage errors.
set -euo pipefail
if [ $# -lt 2 ]; then
  sed -n 2,14p "$0" >&2
  exit 2
fi
a=$1 b=$2
corpus=${3:-${XDG_CACHE_HOME:-$HOME/.cache}/vocero-bench/corpus}
top=$(git rev-parse --show-toplevel)
w=$(mktemp -d)
trap 'rm -rf "$w"' EXIT

build() { # rev out
  if [ "$1" = WORKTREE ]; then
    (cd "$top" && go build -trimpath -o "$2" ./cmd/vocero)
    return
  fi
  mkdir -p "$w/src-$3"
  git -C "$top" archive "$1" | tar -x -C "$w/src-$3"
  (cd "$w/src-$3" && go build -trimpath -o "$2" ./cmd/vocero)
}
build "$a" "$w/a" a
build "$b" "$w/b" b

status=0
for input in posts big.txt one.txt; do
  [ -e "$corpus/$input" ] || continue
  for bin in a b; do
    (cd "$corpus" && "$w/$bin" lint --format json "$input" >"$w/$bin.$input.json" || true)
  done
  python3 - "$w/a.$input.json" "$w/b.$input.json" "$input" <<'PY' || status=1
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
name = sys.argv[3]
def bounded(x, y):
    """y is x, or x cut with an ellipsis (one or more cuts)."""
    if x == y:
        return True
    if not isinstance(x, str) or not isinstance(y, str) or "…" not in y:
        return False
    i = 0
    for part in y.split("…"):
        j = x.find(part, i)
        if j < 0:
            return False
        i = j + len(part)
    return len(y) < len(x)
fa, fb = a["findings"], b["findings"]
bad = 0
if len(fa) != len(fb):
    print(f"{name}: {len(fa)} findings in A, {len(fb)} in B")
    bad += 1
for i, (x, y) in enumerate(zip(fa, fb)):
    keys = set(x) | set(y)
    diff = [k for k in sorted(keys) if x.get(k) != y.get(k) and not (k in ("text", "message") and bounded(x.get(k), y.get(k)))]
    if diff:
        bad += 1
        if bad <= 10:
            print(f"{name}: finding {i} ({x.get('path')} {x.get('rule')}/{x.get('kind')} at {x.get('start')}) differs in {', '.join(diff)}")
            for k in diff:
                print(f"   A {k}: {str(x.get(k))[:200]}")
                print(f"   B {k}: {str(y.get(k))[:200]}")
if a.get("summary") != b.get("summary"):
    print(f"{name}: summaries differ: {a.get('summary')} / {b.get('summary')}")
    bad += 1
print(f"{name}: {len(fa)} findings, " + ("same" if bad == 0 else f"{bad} differences"))
sys.exit(1 if bad else 0)
PY
done
exit $status
