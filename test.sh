#!/usr/bin/env bash
# Runs every test of AMSP: builds the solution once (Release), runs each test project, and prints one summary
# line. PostgreSQL tests need AMSP_TEST_POSTGRES (an admin connection string); .ci/run starts a server and sets it.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

dotnet build Amsp.sln -c Release -nologo -clp:ErrorsOnly
status=0
dotnet test Amsp.sln -c Release --no-build -nologo --logger "trx" --logger "console;verbosity=minimal" \
  --results-directory "$results" "$@" || status=$?

passed=0 failed=0 skipped=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  get() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters"; }
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed)))
  skipped=$((skipped + $(get total) - $(get executed)))
done
echo "tests: $passed passed, $failed failed, $skipped skipped"
if [ "$passed" -eq 0 ]; then
  echo "no test ran" >&2
  exit 1
fi
exit $status
