#!/usr/bin/env bash
# Update the .ts files from the code (pyside6-lupdate), then compile them to .qm (pyside6-lrelease).
#   scripts/translations.sh            update + compile
#   scripts/translations.sh --release  compile only (what setup and first start do)
# The .ts files are the source (committed); the .qm files are built and never committed.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${BIN:-.venv/bin}"
LUPDATE="$BIN/pyside6-lupdate"
LRELEASE="$BIN/pyside6-lrelease"
DIR=packstation/resources/i18n
LANGS=(th vi id ms zh_CN)

if [ "${1:-}" != "--release" ]; then
  mapfile -t sources < <(find packstation -name '*.py' -not -path '*/migrations/*' | sort)
  for lang in "${LANGS[@]}"; do
    "$LUPDATE" -silent -no-obsolete -locations none -target-language "$lang" "${sources[@]}" -ts "$DIR/packstation_$lang.ts"
  done
  # English needs only its plural forms ("1 order", "2 orders"); every other text is its own source.
  "$LUPDATE" -silent -no-obsolete -locations none -pluralonly -target-language en "${sources[@]}" -ts "$DIR/packstation_en.ts"
fi
for ts in "$DIR"/packstation_*.ts; do
  "$LRELEASE" -silent "$ts" -qm "${ts%.ts}.qm"
done
