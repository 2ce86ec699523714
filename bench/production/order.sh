#!/bin/sh
# A whole order on the demo AM centre's virtual printers at speed 10,000, from upload to Delivered, over the HTTP API
# of the published host (Development, printers polled every second), RUNS times per sample part; beside it, as the peer
# in the same run, PrusaSlicer alone slicing the same part with the same profile (the largest share of "printing").
#
#   bench/production/order.sh [RUNS] [MODEL...]     (defaults 3 and samples/models/bracket.stl)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$root/bench/out/production"
runs=${1:-3}
[ $# -gt 0 ] && shift
models=${*:-$root/samples/models/bracket.stl}
port=5198
mkdir -p "$out"
# AMSP_BENCH_HOST: an already published host folder to use instead of publishing one.
amsp=${AMSP_BENCH_HOST:-$out/amsp}
[ -n "${AMSP_BENCH_HOST:-}" ] || dotnet publish "$root/Amsp.Host" -c Release -r linux-x64 --self-contained false -o "$amsp" >/dev/null
rm -rf "$out/data"
ASPNETCORE_ENVIRONMENT=Development "$amsp/amsp" serve --urls "http://127.0.0.1:$port" --Amsp:DataDirectory="$out/data" \
  --Amsp:VirtualPrinters:Speed=10000 --Amsp:Printers:PollInterval=00:00:01 --Logging:LogLevel:Default=Warning > "$out/host.log" 2>&1 &
host=$!
trap 'kill $host 2>/dev/null || true' EXIT
i=0
until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null; do
  i=$((i + 1)); [ $i -lt 600 ] || { echo "host did not start" >&2; exit 1; }; sleep 0.2
done
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
profile=$(mktemp -d)
for model in $models; do
  for r in $(seq "$runs"); do
    python3 "$here/order.py" "http://127.0.0.1:$port" "$model"
    if command -v prusa-slicer >/dev/null; then
      start=$(date +%s.%N)
      prusa-slicer --export-gcode --load "$root/Amsp.Integration/Slicing/Profiles/mex-0.4-pla.ini" -o "$profile/part.gcode" "$model" >/dev/null 2>&1 || true
      end=$(date +%s.%N)
      echo "{\"peer\": \"prusa-slicer alone\", \"model\": \"$(basename "$model")\", \"seconds\": $(echo "$end - $start" | bc)}"
    fi
  done
done
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
