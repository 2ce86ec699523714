#!/bin/sh
# From upload to the first quote of a 1M-triangle model through the API on the SQLite default (upload, requirement,
# submit: intake, copyright check, mesh detection with thin walls and orientations, quotes), with `amsp mesh check` of
# the same file as the peer in the same run, alternating, RUNS times each. Each upload changes one header byte, so no
# upload is answered as a duplicate of an earlier one.
#
#   bench/quoting/first-quote.sh [RUNS] [TRIANGLES]     (defaults 5 and 1000000)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$root/bench/out/quoting"
runs=${1:-5}
n=${2:-1000000}
port=5199
mkdir -p "$out" "$root/bench/out/mesh"
stl="$root/bench/out/mesh/torus_$n.stl"
[ -f "$stl" ] || python3 "$root/bench/mesh/make_torus_stl.py" "$n" "$stl"
# AMSP_BENCH_HOST: an already published host folder to use instead of publishing one.
amsp=${AMSP_BENCH_HOST:-$out/amsp}
[ -n "${AMSP_BENCH_HOST:-}" ] || dotnet publish "$root/Amsp.Host" -c Release -r linux-x64 --self-contained false -o "$amsp" >/dev/null
rm -rf "$out/data"
ASPNETCORE_ENVIRONMENT=Development "$amsp/amsp" serve --urls "http://127.0.0.1:$port" --Amsp:DataDirectory="$out/data" \
  --Logging:LogLevel:Default=Warning > "$out/host.log" 2>&1 &
host=$!
trap 'kill $host 2>/dev/null || true' EXIT
i=0
until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null; do
  i=$((i + 1)); [ $i -lt 600 ] || { echo "host did not start" >&2; exit 1; }; sleep 0.2
done
echo "file: $stl ($(stat -c %s "$stl") bytes), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq "$runs"); do
  copy="$out/torus_run$r.stl"
  python3 -c "import sys; b=bytearray(open(sys.argv[1],'rb').read()); b[0]=(b[0]+$r)%256; open(sys.argv[2],'wb').write(b)" "$stl" "$copy"
  # The host's CPU time (user + system, clock ticks) around the order: what the first order after a start spends
  # on top of the others (compiling, first use of queries and serializers) shows here.
  ticks=$(awk '{ print $14 + $15 }' /proc/$host/stat)
  python3 "$root/bench/production/order.py" "http://127.0.0.1:$port" "$copy" --quote-only
  awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" '{ printf "{\"host_cpu_seconds\": %.2f}\n", ($14 + $15 - t) / hz }' /proc/$host/stat
  start=$(date +%s%N)
  "$amsp/amsp" mesh check "$copy" >/dev/null
  echo "{\"peer\": \"amsp mesh check\", \"seconds\": $(( ($(date +%s%N) - start) / 1000000 ))e-3}"
  rm -f "$copy"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
