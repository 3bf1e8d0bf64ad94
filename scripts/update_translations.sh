#!/usr/bin/env bash
# Refresh the Indonesian catalogue from the source, then compile it.
#   bash scripts/update_translations.sh
# New strings appear as "unfinished" in resources/translations/tomoni_id.ts: translate them
# (by hand or with pyside6-linguist) and run this again; tests fail while any is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
pyside6-lupdate $(find src -name '*.py' | sort) -ts resources/translations/tomoni_id.ts \
    -no-obsolete -locations none
for ts in resources/translations/*.ts; do
    pyside6-lrelease "$ts" -qm "${ts%.ts}.qm"
done
