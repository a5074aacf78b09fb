#!/usr/bin/env bash
# `npm test`: sets up a fresh machine, then runs every suite — typecheck, lint, format, unit,
# builds (Chrome + Firefox), web-ext lint, Chromium end-to-end, Firefox smoke — and ends with one
# line `N passed, N failed` totalled over all of them.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
. scripts/setup.sh || { echo "0 passed, 1 failed"; exit 1; }

rm -rf .reports && mkdir -p .reports
steps=.reports/steps.tsv
: > "$steps"
step() { # name, command...
  local name="$1"; shift
  echo "=== $name"
  local start=$SECONDS
  if "$@"; then echo -e "$name\tpass\t$((SECONDS-start))" >> "$steps"; else echo -e "$name\tfail\t$((SECONDS-start))" >> "$steps"; fi
}

step typecheck npx tsc --noEmit
step lint npx eslint . --max-warnings=0
step format npx prettier --check . --log-level warn
step unit npx vitest run --reporter=default --reporter=json --outputFile.json=.reports/unit.json
step build npx wxt build
step build-firefox npx wxt build -b firefox
step lint-firefox npx web-ext lint --source-dir .output/firefox-mv2 --self-hosted --output json --pretty=false --warnings-as-errors=false
step no-eval node scripts/check-bundle.mjs
step e2e npx playwright test
step firefox node tests/firefox/smoke.mjs

node scripts/tally.mjs
