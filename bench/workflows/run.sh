#!/usr/bin/env bash
# Runs the workflow engine benchmarks in Release and prints the figures quoted in docs/workflows.md.
# Usage: bench/workflows/run.sh [scenario...]   (default: first memory sqlite resume versions instances)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
project="$here/Amsp.Workflows.Bench/Amsp.Workflows.Bench.csproj"
work="${BENCH_DIR:-$(mktemp -d -t amsp-wf-bench-XXXX)}"
dotnet build "$project" -c Release --nologo -v quiet >/dev/null
dll="$here/Amsp.Workflows.Bench/bin/Release/net10.0/Amsp.Workflows.Bench.dll"
scenarios=("$@")
[ ${#scenarios[@]} -eq 0 ] && scenarios=(first memory sqlite resume versions instances)
echo "machine: $(nproc) cores, $(uname -sr), dotnet $(dotnet --version)"
for s in "${scenarios[@]}"; do
  if [ "$s" = "first" ]; then
    start=$(date +%s%N)
    dotnet "$dll" first "$work"
    end=$(date +%s%N)
    echo "first execution, whole process (dotnet host start to exit): $(( (end - start) / 1000000 )) ms"
  else
    dotnet "$dll" "$s" "$work" ${ROWS:-}
  fi
done
rm -rf "$work"
