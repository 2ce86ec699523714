#!/usr/bin/env bash
# Runs the workflow engine benchmarks in Release and prints the figures quoted in docs/workflows.md.
# Usage: bench/workflows/run.sh [scenario...]
#   scenarios: first first-sqlite memory sqlite resume shapes versions instances (default: all of them)
#   ROWS=200000 bench/workflows/run.sh instances   seeds fewer finished instances than the default 1,000,000
#   R2R=1 bench/workflows/run.sh first first-sqlite   publishes ReadyToRun first (as the host is published)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
project="$here/Amsp.Workflows.Bench/Amsp.Workflows.Bench.csproj"
work="${BENCH_DIR:-$(mktemp -d -t amsp-wf-bench-XXXX)}"
mkdir -p "$work"
if [ "${R2R:-0}" = "1" ]; then
  dotnet publish "$project" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true --nologo -v quiet -o "$work/r2r" >/dev/null
  dll="$work/r2r/Amsp.Workflows.Bench.dll"
else
  dotnet build "$project" -c Release --nologo -v quiet >/dev/null
  dll="$here/Amsp.Workflows.Bench/bin/Release/net10.0/Amsp.Workflows.Bench.dll"
fi
scenarios=("$@")
[ ${#scenarios[@]} -eq 0 ] && scenarios=(first first-sqlite memory sqlite resume shapes versions instances)
echo "machine: $(nproc) cores, $(uname -sr), dotnet $(dotnet --version), ReadyToRun ${R2R:-0}, load average $(cut -d' ' -f1-3 /proc/loadavg)"

timed() {
  local start end
  start=$(date +%s%N)
  dotnet "$dll" "$@" "$work"
  end=$(date +%s%N)
  echo "  whole process (dotnet host start to exit): $(( (end - start) / 1000000 )) ms"
}

for s in "${scenarios[@]}"; do
  case "$s" in
    first) timed first ;;
    first-sqlite)
      dotnet "$dll" first-setup "$work"
      timed first-sqlite
      timed first-sqlite-literal
      timed first-sqlite-warm ;;
    instances) dotnet "$dll" instances "$work" "${ROWS:-1000000}" ;;
    *) dotnet "$dll" "$s" "$work" ;;
  esac
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -z "${BENCH_DIR:-}" ]; then rm -rf "$work"; fi
