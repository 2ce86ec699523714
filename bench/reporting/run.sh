#!/usr/bin/env bash
# Runs the reporting benchmarks in Release and prints the figures quoted in bench/reporting/README.md and
# docs/reporting.md. Each export runs in its own process under /usr/bin/time -v, so its max RSS is its own.
# Usage: bench/reporting/run.sh [ROWS] [RENDERS]   (defaults: 100000 export lines, 200 certificate renders)
#   CERT_ROWS=120 bench/reporting/run.sh            measurement rows per certificate (default 20: one page)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
rows="${1:-100000}"
renders="${2:-200}"
work="$(mktemp -d -t amsp-reporting-bench-XXXX)"
trap 'rm -rf "$work"' EXIT
dotnet build "$here/ReportingBench" -c Release -nologo -clp:ErrorsOnly -o "$work/bin" >/dev/null
dll="$work/bin/ReportingBench.dll"
echo "machine: $(nproc) cores, $(uname -sr), dotnet $(dotnet --version), $(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg)"

measure() {
  local mode="$1"
  /usr/bin/time -v dotnet "$dll" "$mode" "$rows" "$work/$mode.xlsx" 2>"$work/$mode.time"
  local rss wall user sys
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/$mode.time")
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/$mode.time")
  user=$(sed -n 's/.*User time (seconds): //p' "$work/$mode.time")
  sys=$(sed -n 's/.*System time (seconds): //p' "$work/$mode.time")
  # CPU seconds say more than wall time on a shared machine: wall time includes waiting for a core.
  echo "  whole process: wall $wall, CPU ${user} s user + ${sys} s system, max RSS $((rss / 1024)) MiB"
}

measure export-stream
measure export-closedxml
dotnet "$dll" certificate "$renders" "${CERT_ROWS:-20}"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
