#!/usr/bin/env bash
# Refresh the catalogues from the source, then compile them.
#   bash scripts/update_translations.sh
# New strings appear as "unfinished" in resources/translations/tomoni_id.ts: translate them
# (by hand or with pyside6-linguist) and run this again; tests fail while any is missing.
# English is the source's own language: its catalogue holds only the messages with a number
# (tr(text, "", n) and "%n"), each with its singular and plural ("1 copy", "2 copies").
set -euo pipefail
cd "$(dirname "$0")/.."
sources=$(find src -name '*.py' | sort)
pyside6-lupdate $sources -ts resources/translations/tomoni_id.ts -no-obsolete -locations none
pyside6-lupdate $sources -ts resources/translations/tomoni_en.ts -pluralonly \
    -target-language en_GB -no-obsolete -locations none
for ts in resources/translations/*.ts; do
    pyside6-lrelease "$ts" -qm "${ts%.ts}.qm"
done
