#!/usr/bin/env bash
# Renders the acceptance specs' Cucumber Messages (test-results/specs/cucumber.ndjson, or the folder in
# $AMSP_SPECS_RESULTS) as test-results/specs/cucumber.html with @cucumber/html-formatter. Nothing to render (the specs
# did not run) is not an error; a report that fails to render is.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
results="${AMSP_SPECS_RESULTS:-$here/../../test-results/specs}"
if [ ! -s "$results/cucumber.ndjson" ]; then
  echo "specs report: no messages in $results/cucumber.ndjson, nothing to render"
  exit 0
fi
(cd "$here/report" && npm ci --no-audit --no-fund --silent)
node "$here/report/render.mjs" "$results/cucumber.ndjson" "$results/cucumber.html"
echo "specs report: $(cd "$results" && pwd)/cucumber.html"
