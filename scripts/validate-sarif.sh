#!/usr/bin/env bash
# Validate vocero's SARIF output with real validators.
#
#   scripts/validate-sarif.sh [PATH | FILE.sarif]...
#
# Each PATH (a file or folder of posts) is linted with
# `go run ./cmd/vocero lint --format sarif PATH`; a FILE.sarif is validated
# as it is. Without arguments it lints a sample content folder the script
# writes (Markdown, CSV, JSON lines and text posts with problems, so that
# the log has results, fixes and rule metadata) and examples/ when present.
# The files that `go test ./lint/report` writes from Go
# (lint/report/testdata/sarif.*.golden) are always validated too.
#
# Two validators, installed with npm into a cache folder (npm is the only
# thing that needs the network; set VOCERO_TOOLS to choose the folder):
#   1. the OASIS SARIF 2.1.0 JSON schema (the copy bundled with the
#      multitool) checked with ajv-cli, a standard JSON-schema validator;
#   2. Microsoft's SARIF Multitool 5.7.0 `validate`, whose rules go beyond
#      the schema; any result of level error or warning fails.
# Exit status: 0 when every log is valid, 1 otherwise.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export GOTOOLCHAIN=${GOTOOLCHAIN:-local}
export DOTNET_CLI_TELEMETRY_OPTOUT=1
# The multitool is a self-contained .NET program; without ICU it still
# works in invariant mode.
if ! ldconfig -p 2>/dev/null | grep -q libicu; then
	export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1
fi

MULTITOOL_VERSION=5.7.0
AJV_CLI_VERSION=5.0.0
AJV_FORMATS_VERSION=2.1.1
tools=${VOCERO_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/vocero/sarif-tools-$MULTITOOL_VERSION}

say() { printf '==> %s\n' "$*" >&2; }

install_tools() {
	if [[ -x $tools/node_modules/.bin/ajv && -d $tools/node_modules/@microsoft/sarif-multitool ]]; then
		return
	fi
	command -v npm >/dev/null || { echo "validate-sarif: npm is needed to install the validators" >&2; exit 1; }
	say "installing @microsoft/sarif-multitool@$MULTITOOL_VERSION and ajv-cli@$AJV_CLI_VERSION into $tools"
	mkdir -p "$tools"
	[[ -f $tools/package.json ]] || echo '{"name":"vocero-sarif-tools","private":true}' >"$tools/package.json"
	npm install --prefix "$tools" --no-audit --no-fund --loglevel=error \
		"@microsoft/sarif-multitool@$MULTITOOL_VERSION" "ajv-cli@$AJV_CLI_VERSION" "ajv-formats@$AJV_FORMATS_VERSION" >&2
}

install_tools
multitool=$(find "$tools/node_modules/@microsoft" -path '*sarif-multitool-*' -name 'Sarif.Multitool' -type f | head -n 1)
schema=$(find "$tools/node_modules/@microsoft" -path '*sarif-multitool-*' -name 'sarif-2.1.0.json' -type f | head -n 1)
if [[ -z $multitool || -z $schema ]]; then
	echo "validate-sarif: no SARIF Multitool binary for this platform under $tools" >&2
	exit 1
fi
chmod u+x "$multitool" # npm may skip the package's postinstall script

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# sample writes posts with problems the default rules report.
sample() {
	local d=$1
	mkdir -p "$d/posts"
	cat >"$d/posts/jornada.md" <<'MD'
---
platforms: [x, facebook]
publish_at: 2027-06-06 08:00
id: jornada-01
---
# HOY ES EL ÚLTIMO DÍA

Consulta el [PREP](https://ieesonora.org.mx/prep) y escribe a juan.perez@correo.mx!!!

<!-- vocero-disable-next-line regla-inexistente -->
Dicen que mañana no abren las casillas
MD
	cat >"$d/posts/agenda.csv" <<'CSV'
Fecha;Mensaje;Enlace
2027-03-01 09:00;"VOTA hoy, ¡es tu derecho!";https://ieesonora.org.mx
2027-03-02 09:00;Llama al 662 123 4567 para mas informacion;
CSV
	printf '%s\n' '{"id":"a1","text":"Hola!!! visita bit.ly/xyz","platforms":["x"]}' >"$d/posts/lote.jsonl"
	printf 'Texto   con  espacios , y sin acentos: informacion\n' >"$d/posts/nota.txt"
}

logs=()
n=0
vocero=
lint_to_sarif() {
	local path=$1 out
	if [[ -z $vocero ]]; then
		# Build once (what `go run ./cmd/vocero` does), so that a build
		# failure is not mistaken for lint's exit status 1.
		say "go build ./cmd/vocero"
		go build -o "$work/vocero" ./cmd/vocero
		vocero=$work/vocero
	fi
	n=$((n + 1))
	out="$work/lint-$n.sarif"
	say "vocero lint --format sarif $path"
	set +e
	"$vocero" lint --format sarif "$path" >"$out"
	local rc=$?
	set -e
	# 0: nothing at the fail level, 1: findings; 2 is a usage or I/O error.
	if ((rc > 1)); then
		echo "validate-sarif: vocero lint $path exited with $rc" >&2
		exit 1
	fi
	logs+=("$out")
}

if (($# == 0)); then
	sample "$work/sample"
	lint_to_sarif "$work/sample"
	[[ -d examples ]] && lint_to_sarif examples
else
	for a in "$@"; do
		if [[ $a == *.sarif || $a == *.sarif.json ]]; then
			logs+=("$a")
		else
			lint_to_sarif "$a"
		fi
	done
fi
for g in lint/report/testdata/sarif.*.golden; do
	[[ -f $g ]] && logs+=("$g")
done

failed=0
for log in "${logs[@]}"; do
	say "validating $log"
	# ajv decides the format by extension.
	cp "$log" "$work/check.json"
	if ! "$tools/node_modules/.bin/ajv" validate --spec=draft2020 --strict=false --all-errors \
		-c ajv-formats -s "$schema" -d "$work/check.json" --errors=text >"$work/ajv.txt" 2>&1; then
		echo "schema: $log is not valid SARIF 2.1.0:" >&2
		cat "$work/ajv.txt" >&2
		failed=1
	fi
	# The multitool skips files whose name does not end in .sarif.
	cp "$log" "$work/check.sarif"
	rm -f "$work/mt.sarif"
	if ! "$multitool" validate "$work/check.sarif" --output "$work/mt.sarif" --level "Error;Warning;Note" >"$work/mt.txt" 2>&1 ||
		grep -q 'ERR[0-9]' "$work/mt.txt"; then
		cat "$work/mt.txt" >&2
		failed=1
		continue
	fi
	# Results without a level are warnings (SARIF's default).
	if ! node -e '
		const log = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
		let bad = 0, notes = 0;
		for (const run of log.runs || []) for (const r of run.results || []) {
			const level = r.level || "warning";
			if (level === "error" || level === "warning") {
				bad++;
				const loc = (((r.locations || [])[0] || {}).physicalLocation || {}).region || {};
				const args = ((r.message || {}).arguments || []).join(" | ");
				console.error(`multitool: ${level} ${r.ruleId} (line ${loc.startLine || "?"}): ${args}`);
			} else notes++;
		}
		console.error(`multitool: ${bad} errors or warnings, ${notes} notes`);
		process.exit(bad ? 1 : 0);
	' "$work/mt.sarif"; then
		failed=1
	fi
done
if ((failed)); then
	echo "validate-sarif: FAILED" >&2
	exit 1
fi
say "all ${#logs[@]} SARIF logs are valid"
