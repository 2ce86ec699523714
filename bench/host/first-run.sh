#!/usr/bin/env bash
# Times a newcomer's first `dotnet run --project Amsp.Host` on a fresh clone with a warm NuGet cache: from the
# command to the moment the host says it is ready (the start banner, or "Now listening on" where there is none).
# The build is nearly all of it. Usage: bench/host/first-run.sh [RUNS] [PEER_REF]
# Each run clones HEAD and, as the peer in the same run, PEER_REF (default: HEAD's first parent), one after the other.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
peer=$(git rev-parse "${2:-HEAD^}")
head=$(git rev-parse HEAD)
repo=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

first_run() { # REF -> seconds
  local dir="$work/$1-$RANDOM" pid start end
  git clone -q "$repo" "$dir" && git -C "$dir" checkout -q "$1"
  cd "$dir"
  start=$(date +%s.%N)
  # A session of its own, so the host that dotnet run starts is stopped with it.
  setsid dotnet run --project Amsp.Host -- --urls http://127.0.0.1:0 >"$dir.out" 2>&1 &
  pid=$!
  until grep -qE 'Now listening on|is ready \(' "$dir.out"; do
    kill -0 "$pid" 2>/dev/null || { cat "$dir.out" >&2; exit 1; }
    sleep 0.2
  done
  end=$(date +%s.%N)
  kill -- -"$pid"; wait "$pid" 2>/dev/null || true
  cd "$repo"; rm -rf "$dir" "$dir.out"
  echo "$end - $start" | bc
}

# Warm the NuGet cache for both, as a newcomer's second clone would find it.
for ref in "$head" "$peer"; do
  git clone -q "$repo" "$work/warm" && git -C "$work/warm" checkout -q "$ref"
  dotnet restore "$work/warm/Amsp.Host" >/dev/null
  rm -rf "$work/warm"
done

echo "ref       run  seconds  load average (1 min) before"
for run in $(seq 1 "$runs"); do
  for ref in "$head" "$peer"; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    seconds=$(first_run "$ref")
    printf '%s  %3d  %7.1f  %s\n' "${ref:0:8}" "$run" "$seconds" "$load"
  done
done
