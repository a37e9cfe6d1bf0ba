#!/usr/bin/env bash
# Runs every fuzz target of the repository (found with go test -list), one
# after the other, coverage-guided, for a total of FUZZ_TOTAL seconds
# (default 600, at least FUZZ_MIN seconds per target, default 10), and
# prints the executions and findings of each. A failing input is kept by
# Go under the package's testdata/fuzz/FuzzName/ and the script exits 1.
#
#   scripts/fuzz.sh                 # ten minutes over all targets
#   FUZZ_TOTAL=3600 scripts/fuzz.sh # an hour
#   scripts/fuzz.sh ./lint/source   # only the targets of these packages
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
total=${FUZZ_TOTAL:-600}
floor=${FUZZ_MIN:-10}
pkgs=("$@")
[ ${#pkgs[@]} -eq 0 ] && mapfile -t pkgs < <(go list ./...)

targets=()
for p in "${pkgs[@]}"; do
	while read -r name; do
		case $name in Fuzz*) targets+=("$p $name") ;; esac
	done < <(go test -list 'Fuzz.*' "$p" 2>/dev/null)
done
n=${#targets[@]}
if [ "$n" -eq 0 ]; then
	echo "no fuzz targets found"
	exit 1
fi
per=$(((total + n - 1) / n))
[ "$per" -lt "$floor" ] && per=$floor
echo "fuzzing $n targets, ${per}s each (about $((per * n))s in all)"

log=$(mktemp)
trap 'rm -f "$log"' EXIT
failed=0
sum=0
printf '%-48s %-22s %12s %s\n' PACKAGE TARGET EXECS RESULT
for t in "${targets[@]}"; do
	read -r pkg name <<<"$t"
	go test -run '^$' -fuzz "^${name}\$" -fuzztime "${per}s" "$pkg" >"$log" 2>&1
	code=$?
	execs=$(grep -o 'execs: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*')
	execs=${execs:-0}
	sum=$((sum + execs))
	result=ok
	if [ "$code" -ne 0 ]; then
		failed=$((failed + 1))
		result="FAIL: $(grep -m1 -E 'Failing input written to|panic:|--- FAIL' "$log" | sed 's/^ *//')"
	fi
	printf '%-48s %-22s %12s %s\n' "${pkg#github.com/vocero/vocero}" "$name" "$execs" "$result"
	if [ "$code" -ne 0 ]; then
		sed -n '1,40p' "$log" | sed 's/^/    /'
	fi
done
echo "total: $sum executions, $failed of $n targets failed"
[ "$failed" -eq 0 ]
