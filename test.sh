#!/usr/bin/env bash
# Runs every test of AMSP: builds the solution once (Release; that builds the browser app too), runs each test
# project (the Gherkin acceptance specs too, whose HTML report is rendered after them), the browser app's model tests (Vitest) and its end-to-end tests in Chromium against the built host
# (Playwright), and prints one summary line. PostgreSQL tests need AMSP_TEST_POSTGRES (an admin connection string);
# .ci/run starts a server and sets it, and installs Chromium.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

dotnet build Amsp.sln -c Release -nologo -clp:ErrorsOnly
status=0
# A test that runs 15 minutes has hung (the longest take about two): its test process is stopped and the hung test named,
# so the rest of the run still reports instead of running into the CI's time limit.
dotnet test Amsp.sln --blame-hang-timeout 15m --blame-hang-dump-type none -c Release --no-build -nologo --logger "trx" --logger "console;verbosity=minimal" \
  --results-directory "$results" "$@" || status=$?

# The acceptance specs' report: their Cucumber Messages as HTML (test-results/specs/cucumber.html).
tests/Amsp.Specs/report.sh || status=$?

# The browser app: model tests, then the journey in a real browser against the host just built.
(cd Amsp.Studio && npx vitest run --reporter=default --reporter=junit --outputFile.junit="$results/vitest.xml") || status=$?
(cd Amsp.Studio && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 AMSP_E2E_JUNIT="$results/playwright.xml" npx playwright test) || status=$?

passed=0 failed=0 skipped=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  get() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters"; }
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed)))
  skipped=$((skipped + $(get total) - $(get executed)))
done
for junit in "$results"/*.xml; do
  [ -e "$junit" ] || continue
  while read -r suite; do
    attr() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$suite"; }
    tests=$(attr tests) failures=$(attr failures) errors=$(attr errors) skips=$(attr skipped)
    passed=$((passed + ${tests:-0} - ${failures:-0} - ${errors:-0} - ${skips:-0}))
    failed=$((failed + ${failures:-0} + ${errors:-0}))
    skipped=$((skipped + ${skips:-0}))
  done < <(grep -o '<testsuite [^>]*>' "$junit")
done
echo "tests: $passed passed, $failed failed, $skipped skipped"
if [ "$passed" -eq 0 ]; then
  echo "no test ran" >&2
  exit 1
fi
exit $status
