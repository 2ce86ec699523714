#!/usr/bin/env bash
# Latency of an HttpEndpoint workflow (3 activities: HttpEndpoint -> SetVariable -> WriteHttpResponse) under
# 50 concurrent clients on loopback, with /health/live (the same HTTP stack, no workflow) as the peer in the same
# run. amsp is the production publish (ReadyToRun), on its SQLite default; every request starts, runs and
# commits one instance (group commit, background log checkpoints as shipped). Needs wrk (Debian package).
# Usage: bench/workflows/http.sh [SECONDS] (default 20)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-20}
out=bench/out/http
rm -rf "$out/data" "$out/workflows" && mkdir -p "$out/workflows"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
dotnet publish Amsp.Host -c Release -r linux-x64 --self-contained false -o "$out/amsp" -nologo -clp:ErrorsOnly >/dev/null

cat > "$out/workflows/echo.json" <<'JSON'
{
  "definitionId": "bench-echo", "name": "Benchmark echo",
  "root": {
    "activities": [
      { "id": "http", "type": "HttpEndpoint", "inputs": { "Path": { "value": "bench/echo" }, "Methods": { "value": ["POST"] }, "AllowAnonymous": { "value": true } } },
      { "id": "keep", "type": "SetVariable", "inputs": { "Variable": { "value": "part" }, "Value": { "syntax": "JavaScript", "value": "input.request.body.part" } } },
      { "id": "answer", "type": "WriteHttpResponse", "inputs": { "Body": { "syntax": "JavaScript", "value": "({ part: variables.part, accepted: true })" } } }
    ],
    "connections": [
      { "source": { "activity": "http", "outcome": "Done" }, "target": { "activity": "keep" } },
      { "source": { "activity": "keep", "outcome": "Done" }, "target": { "activity": "answer" } }
    ]
  },
  "variables": [ { "name": "part" } ]
}
JSON

cat > "$out/p95.lua" <<'LUA'
wrk.method = os.getenv("METHOD") or "GET"
wrk.body = os.getenv("BODY")
wrk.headers["Content-Type"] = "application/json"
done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors %d, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, %.0f req/s\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6)))
end
LUA

run() { # LABEL PORT METHOD PATH [BODY]
  echo "$1: $(METHOD=$3 BODY=${5:-} wrk -t2 -c50 -d"${seconds}s" -s "$out/p95.lua" "http://127.0.0.1:$2$4" | tail -n 1)"
}

serve() { # PORT [SETTING...]   starts amsp on a fresh data folder and waits until it is ready
  local port=$1; shift
  rm -rf "$out/data"
  ASPNETCORE_ENVIRONMENT=Production "$out/amsp/amsp" serve --urls "http://127.0.0.1:$port" \
    --Amsp:DataDirectory="$out/data" --Amsp:Workflows:Folder="$out/workflows" "$@" >"$out/amsp.log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready"; do kill -0 $pid; sleep 0.2; done
  METHOD=POST BODY='{"part":"warm"}' wrk -t2 -c50 -d5s -s "$out/p95.lua" "http://127.0.0.1:$port/workflows/bench/echo" >/dev/null  # warm-up
}

trap 'kill $pid 2>/dev/null || true' EXIT
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
port=$((20000 + RANDOM % 20000))
serve $port
run "workflow /workflows/bench/echo" $port POST /workflows/bench/echo '{"part":"bracket"}'
run "peer     /health/live         " $port GET /health/live
kill $pid; wait $pid 2>/dev/null || true
# Diagnostic, not the product's setting: the same workflow with the background log checkpoint deferred past the
# run, which shows how much of the tail is the checkpoint copying the log into the database file.
# With nothing copied out of the log, its growth over the run divided by the instances the run started (one per
# request) is the log each instance costs.
serve $((port + 1)) --Amsp:Database:CheckpointInterval=01:00:00
log_before=$(stat -c %s "$out/data/amsp.db-wal")
line=$(run "workflow, checkpoints deferred" $((port + 1)) POST /workflows/bench/echo '{"part":"bracket"}')
log_after=$(stat -c %s "$out/data/amsp.db-wal")
requests=$(sed -E 's/.*requests ([0-9]+).*/\1/' <<<"$line")
echo "$line"
echo "log written per instance (checkpoints deferred): $(( (log_after - log_before) / requests )) bytes"
