#!/usr/bin/env bash
# Cron points across node crashes: two real `amsp serve` processes on one PostgreSQL database run a cron trigger every
# 2 s (Log, Finish); for MINUTES the node that has claimed the coming point is killed with kill -9 at a varied offset
# after that point (0 to 200 ms: before, during and after its instance commits), and started again a few seconds later.
# Then both nodes run on until the dead nodes' fires are recovered, and the script prints the points expected, seen,
# duplicated and lost. Needs psql and AMSP_TEST_POSTGRES (an admin connection string, README "Tests").
# Usage: bench/workflows/failover.sh [MINUTES] (default 3)
set -euo pipefail
cd "$(dirname "$0")/../.."
minutes=${1:-3}
admin=${AMSP_TEST_POSTGRES:?set AMSP_TEST_POSTGRES to an admin connection string (README, Tests)}
out=bench/out/failover
rm -rf "$out/workflows" "$out"/node*.log && mkdir -p "$out/workflows"
dotnet publish Amsp.Host -c Release -r linux-x64 --self-contained false -o "$out/amsp" -nologo -clp:ErrorsOnly >/dev/null

setting() { tr ';' '\n' <<<"$admin" | grep -i "^$1=" | head -n 1 | cut -d= -f2- || true; }
export PGHOST=$(setting Host) PGPORT=$(setting Port) PGUSER=$(setting Username) PGPASSWORD=$(setting Password)
PGPORT=${PGPORT:-5432}
db="amsp_failover_$$"
psql -q -d postgres -c "CREATE DATABASE $db"
sql() { psql -d "$db" -Atq -c "$1"; }
conn="Host=$PGHOST;Port=$PGPORT;Username=$PGUSER;Password=$PGPASSWORD;Database=$db"

cat > "$out/workflows/failover.json" <<'JSON'
{
  "definitionId": "failover", "name": "Cron across crashes",
  "root": {
    "activities": [
      { "id": "cron", "type": "CronTrigger", "inputs": { "Expression": { "value": "0/2 * * * * ?" }, "AllowOverlap": { "value": true } } },
      { "id": "work", "type": "Log", "inputs": { "Message": { "value": "tick" } } },
      { "id": "end", "type": "Finish" }
    ],
    "connections": [
      { "source": { "activity": "cron", "outcome": "Done" }, "target": { "activity": "work" } },
      { "source": { "activity": "work", "outcome": "Done" }, "target": { "activity": "end" } }
    ]
  }
}
JSON

port=$((20000 + RANDOM % 20000))
declare -A pid quartz
start_node() { # N: starts node N and waits until it serves and has checked in to the cluster
  local n=$1 before
  before=$(sql "SELECT instance_name FROM qrtz_scheduler_state ORDER BY 1" 2>/dev/null || true)
  ASPNETCORE_ENVIRONMENT=Production "$out/amsp/amsp" serve --urls "http://127.0.0.1:$((port + n))" \
    --Amsp:Database:Provider=PostgreSql --Amsp:Database:ConnectionString="$conn" \
    --Amsp:Workflows:Folder="$out/workflows" >>"$out/node$n.log" 2>&1 &
  pid[$n]=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$((port + n))/health/ready"; do kill -0 "${pid[$n]}"; sleep 0.2; done
  until quartz[$n]=$(comm -13 <(echo "$before") <(sql "SELECT instance_name FROM qrtz_scheduler_state ORDER BY 1") | head -n 1) \
    && [ -n "${quartz[$n]}" ]; do sleep 0.2; done
}
stop_all() { for n in "${!pid[@]}"; do kill "${pid[$n]}" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap 'stop_all; psql -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" || true' EXIT
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
sleep_until_ms() { local d=$(( $1 - $(now_ms) )); if [ $d -gt 0 ]; then sleep "$(printf '%d.%03d' $((d / 1000)) $((d % 1000)))"; fi; }

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
start_node 1
start_node 2
begin_ms=$(( ($(now_ms) / 2000 + 1) * 2000 ))   # the first point both nodes are up for
stop_ms=$(( begin_ms + minutes * 60000 ))
offsets=(0 5 10 15 20 25 30 40 60 80 120 200)
kills=0
while [ $(( $(now_ms) + 4000 )) -lt $stop_ms ]; do
  point=$(( ($(now_ms) / 2000 + 2) * 2000 ))
  sleep_until_ms $(( point - 150 ))
  # The node that will fire the point has claimed it by now (a node claims a fire up to 30 s ahead).
  holder=$(sql "SELECT instance_name FROM qrtz_fired_triggers WHERE trigger_group = 'workflow-trigger:failover' LIMIT 1")
  victim=""
  for n in "${!quartz[@]}"; do [ "${quartz[$n]}" = "$holder" ] && victim=$n; done
  [ -n "$victim" ] || continue
  offset=${offsets[$(( kills % ${#offsets[@]} ))]}
  sleep_until_ms $(( point + offset ))
  kill -9 "${pid[$victim]}"
  killed_at=$(now_ms)
  wait "${pid[$victim]}" 2>/dev/null || true
  kills=$((kills + 1))
  echo "kill $kills: node $victim, point $(date -u -d @$((point / 1000)) +%T), planned +${offset} ms, killed at +$((killed_at - point)) ms"
  sleep $(( 2 + RANDOM % 4 ))
  start_node "$victim"
done
end_ms=$(( (stop_ms / 2000) * 2000 ))
# Let the cluster find the last dead node (check-in 7.5 s + 7.5 s) and run what it held.
sleep_until_ms $(( end_ms + 40000 ))

ticks() { echo $(( $1 * 10000 + 621355968000000000 )); }   # Unix ms to .NET ticks
read -r expected seen duplicated offgrid <<<"$(sql "
  WITH points AS (SELECT generate_series($(ticks "$begin_ms"), $(ticks "$end_ms"), 20000000) AS at),
       starts AS (SELECT \"ScheduledAt\" AS at FROM \"WorkflowInstances\" WHERE \"DefinitionId\" = 'failover'
                  AND \"ScheduledAt\" BETWEEN $(ticks "$begin_ms") AND $(ticks "$end_ms"))
  SELECT (SELECT count(*) FROM points),
         (SELECT count(DISTINCT s.at) FROM starts s JOIN points p ON p.at = s.at),
         (SELECT count(*) - count(DISTINCT s.at) FROM starts s JOIN points p ON p.at = s.at),
         (SELECT count(*) FROM starts s WHERE s.at NOT IN (SELECT at FROM points))" | tr '|' ' ')"
unfinished=$(sql "SELECT count(*) FROM \"WorkflowInstances\" WHERE \"DefinitionId\" = 'failover' AND \"Status\" <> 2")
echo "kills: $kills over $minutes min; points expected $expected, seen $seen, duplicated $duplicated, lost $((expected - seen)); off the schedule (collapsed catch-ups) $offgrid; unfinished $unfinished"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
