#!/bin/sh
# Upload and analysis of a 1M-triangle binary STL through the API (POST /api/models, multipart, as a customer),
# side by side with `amsp mesh check` of the same file, alternating, medians of RUNS; then the host's memory while it
# receives a body of the same size: a file of random bytes with the same length is streamed and refused (415) after
# it was stored in the staging area, so its peak RSS is the receiving alone, without an analysis.
# Each upload is a new file (one byte of the STL header changes), so none is answered as a duplicate.
#
#   bench/platform/upload.sh [RUNS] [TRIANGLES]      (defaults 5 and 1000000; files go to bench/out/platform)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$root/bench/out/platform"
runs=${1:-5}
triangles=${2:-1000000}
port=5197
mkdir -p "$out"

# AMSP_BENCH_HOST: an already built or published host folder to use instead of publishing one.
amsp_dir=${AMSP_BENCH_HOST:-$out/amsp}
[ -n "${AMSP_BENCH_HOST:-}" ] || dotnet publish "$root/Amsp.Host" -c Release -r linux-x64 --self-contained false -o "$amsp_dir" >/dev/null
stl="$out/torus_$triangles.stl"
[ -f "$stl" ] || python3 "$root/bench/mesh/make_torus_stl.py" "$triangles" "$stl"
size=$(stat -c %s "$stl")

data="$out/data"
rm -rf "$data"
ASPNETCORE_ENVIRONMENT=Development "$amsp_dir/amsp" serve --urls "http://127.0.0.1:$port" --Amsp:DataDirectory="$data" \
  --Logging:LogLevel:Default=Warning > "$out/host.log" 2>&1 &
host=$!
trap 'kill $host 2>/dev/null || true' EXIT
i=0
until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null; do
  i=$((i + 1)); [ $i -lt 600 ] || { echo "host did not start" >&2; exit 1; }; sleep 0.2
done
token=$(curl -sf -X POST "http://127.0.0.1:$port/api/auth/login" -H 'content-type: application/json' \
  -d '{"email":"customer@demo.amsp.local","password":"Demo-Customer-2026"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')

echo "file:  $stl ($size bytes, $triangles triangles)"
echo "load:  $(cut -d' ' -f1-3 /proc/loadavg)"
# Memory first, while the host's peak is still its start-up's: the random body is streamed to staging and refused.
head -c "$size" /dev/urandom > "$out/noise.stl"
before=$(awk '/VmHWM/ { print $2 }' /proc/$host/status)
rss=$(awk '/VmRSS/ { print $2 }' /proc/$host/status)
curl -s -o /dev/null -w '%{http_code}' -H "authorization: Bearer $token" -F "file=@$out/noise.stl" \
  "http://127.0.0.1:$port/api/models" > "$out/noise.code" &
upload=$!
top=$rss
while kill -0 $upload 2>/dev/null; do
  now=$(awk '/VmRSS/ { print $2 }' /proc/$host/status); [ "$now" -gt "$top" ] && top=$now; sleep 0.01
done
after=$(awk '/VmHWM/ { print $2 }' /proc/$host/status)
awk -v b="$before" -v a="$after" -v r="$rss" -v t="$top" -v s="$size" -v c="$(cat "$out/noise.code")" 'BEGIN {
  printf "receiving %.1f MiB (answered %s): RSS %.0f MiB before, at most %.0f MiB during (+%.1f MiB, %.0f%% of the body); peak RSS %.0f -> %.0f MiB\n",
    s / 1048576, c, r / 1024, t / 1024, (t - r) / 1024, (t - r) * 1024 / s * 100, b / 1024, a / 1024 }'

# Waits until the host has used under 20 ms of CPU in 0.25 s (at most 15 s): what it does after an answer (the
# fingerprint for the copyright registry, computed after the upload is answered) must not run beside the peer.
settle() {
  i=0
  while [ $i -lt 60 ]; do
    a=$(awk '{ print $14 + $15 }' /proc/$host/stat); sleep 0.25; b=$(awk '{ print $14 + $15 }' /proc/$host/stat)
    [ $((b - a)) -lt 2 ] && return 0
    i=$((i + 1))
  done
}
median() { sort -n "$1" | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
: > "$out/api.wall"; : > "$out/cli.wall"
n=0
while [ $n -le "$runs" ]; do
  # a distinct file per upload: the 80-byte header is free text
  settle
  python3 -c "import sys; d=bytearray(open('$stl','rb').read()); d[0:16]=b'run-%012d' % $n; open('$out/upload.stl','wb').write(d)"
  start=$(date +%s.%N)
  code=$(curl -s -o "$out/upload.json" -w '%{http_code}' -H "authorization: Bearer $token" -F "file=@$out/upload.stl" \
    "http://127.0.0.1:$port/api/models")
  api=$(echo "$(date +%s.%N) - $start" | bc)
  [ "$code" = 201 ] || { echo "upload answered $code: $(head -c 300 "$out/upload.json")" >&2; exit 1; }
  settle
  start=$(date +%s.%N)
  "$amsp_dir/amsp" mesh check "$out/upload.stl" --json > /dev/null
  cli=$(echo "$(date +%s.%N) - $start" | bc)
  if [ $n -gt 0 ]; then echo "$api" >> "$out/api.wall"; echo "$cli" >> "$out/cli.wall"; fi
  n=$((n + 1))
done
aw=$(median "$out/api.wall"); cw=$(median "$out/cli.wall")
awk -v a="$aw" -v c="$cw" -v r="$runs" 'BEGIN { printf "upload + analysis through the API %.2fs, amsp mesh check %.2fs (medians of %d): ratio %.2f\n", a, c, r, a / c }'

echo "load:  $(cut -d' ' -f1-3 /proc/loadavg)"
