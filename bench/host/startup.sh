#!/usr/bin/env bash
# Time from starting `amsp serve` to its first 200 on /health/ready, on the SQLite default.
# "first" starts on an empty data folder (creates the database and applies every migration); "again" restarts
# on the database the first run left. Two builds side by side in the same run: the production publish
# (ReadyToRun, -r linux-x64) and a plain JIT publish as the peer.  Usage: bench/host/startup.sh [RUNS] (default 5)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
out=bench/out/host
mkdir -p "$out"
dotnet publish Amsp.Host -c Release -r linux-x64 --self-contained false -o "$out/r2r" -nologo -clp:ErrorsOnly >/dev/null
dotnet publish Amsp.Host -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=false -o "$out/jit" -nologo -clp:ErrorsOnly >/dev/null

port=$((20000 + RANDOM % 20000))
time_to_ready() { # $1 = build, $2 = working directory; prints milliseconds
  local start end pid
  start=$(date +%s%N)
  (cd "$2" && exec "$OLDPWD/$out/$1/amsp" serve --urls "http://127.0.0.1:$port" >/dev/null 2>&1) &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready"; do
    kill -0 "$pid" 2>/dev/null || { echo "amsp exited early" >&2; exit 1; }
  done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(((end - start) / 1000000))
}

declare -A first again
for _ in $(seq "$runs"); do
  for build in r2r jit; do
    dir=$(mktemp -d)
    first[$build]+="$(time_to_ready "$build" "$dir") "
    again[$build]+="$(time_to_ready "$build" "$dir") "
    rm -rf "$dir"
  done
done
stats() { printf '%s\n' $1 | sort -n | awk '{a[NR]=$1} END {printf "min %5d ms, median %5d ms, max %5d ms", a[1], a[int((NR+1)/2)], a[NR]}'; }
for build in r2r jit; do
  echo "$build first start (empty data folder): $(stats "${first[$build]}")"
  echo "$build restart (existing database):     $(stats "${again[$build]}")"
done
