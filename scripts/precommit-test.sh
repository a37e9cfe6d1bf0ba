#!/usr/bin/env bash
# Runs the real pre-commit tool (Debian's pre-commit package) against a
# throw-away content repository that uses THIS repository, at its current
# commit, as the source of the vocero hook. A bad post must block the
# commit and a good one must pass.
#
# Usage: scripts/precommit-test.sh   (from any folder; needs git and go)
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
rev=$(git -C "$repo" rev-parse HEAD)
say() { printf '== precommit-test: %s\n' "$*"; }

if ! command -v pre-commit >/dev/null 2>&1; then
	say "installing Debian's pre-commit"
	sudo=""
	if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
	$sudo apt-get install -y pre-commit >/dev/null 2>&1 ||
		{ $sudo apt-get update >/dev/null && $sudo apt-get install -y pre-commit >/dev/null; }
fi
say "$(pre-commit --version); hook source $repo at ${rev:0:12}"
if ! git -C "$repo" diff --quiet HEAD -- .pre-commit-hooks.yaml cmd internal lint rules dict go.mod go.sum 2>/dev/null; then
	say "note: uncommitted changes are not part of the hook (pre-commit clones the commit)"
fi

work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
export PRE_COMMIT_HOME="$work/cache"
export GOTOOLCHAIN=local
# Reuse the module cache instead of downloading every module again into
# the hook's own GOPATH.
GOMODCACHE=$(go env GOMODCACHE)
export GOMODCACHE

sample="$work/contenido"
mkdir -p "$sample/publicaciones"
cd "$sample"
git init -q
git config user.email "comunicacion@example.org"
git config user.name "Comunicación Social"
git config commit.gpgsign false
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $repo
    rev: $rev
    hooks:
      - id: vocero
YAML
git add .pre-commit-config.yaml
git commit -q -m "configuración de pre-commit"
pre-commit install >/dev/null
say "installing the hook environment (go install)"
pre-commit install-hooks

say "a good post must pass"
cat > publicaciones/2027-03-01-calendario.md <<'MD'
---
platforms: [x, facebook]
publish_at: 2027-03-01T10:00:00
---
El Consejo General aprobó el calendario de la jornada electoral. Consulta las
fechas en https://ieesonora.org.mx/calendario
MD
git add publicaciones/2027-03-01-calendario.md
if ! git commit -q -m "publicación correcta" > "$work/good.log" 2>&1; then
	cat "$work/good.log"
	say "FAIL: the good post was blocked"
	exit 1
fi
grep -q "vocero" "$work/good.log" || { cat "$work/good.log"; say "FAIL: the hook did not run"; exit 1; }

say "a bad post must be blocked"
cat > publicaciones/2027-03-02-aviso.md <<'MD'
---
platforms: [x]
---
Para tu registro escribe a laura.mendez.1991@gmail.com o llama al 662 555 0199.
MD
git add publicaciones/2027-03-02-aviso.md
if git commit -q -m "publicación con datos personales" > "$work/bad.log" 2>&1; then
	cat "$work/bad.log"
	say "FAIL: the bad post was committed"
	exit 1
fi
grep -q "personal-data" "$work/bad.log" || { cat "$work/bad.log"; say "FAIL: no personal-data finding in the hook output"; exit 1; }
if git log --oneline | grep -q "datos personales"; then
	say "FAIL: the commit exists"
	exit 1
fi
sed -n '1,20p' "$work/bad.log"
say "OK: the good post passed and the bad post was blocked"
