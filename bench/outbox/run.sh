#!/usr/bin/env bash
# Outbox to a webhook, end to end: events written through the platform's SaveChanges into SQLite, delivered by the
# real dispatcher to a signature-checking receiver on loopback, against a plain HttpClient posting the same signed
# envelopes to the same receiver (the peer), alternating rounds. No server needed.
# Usage: bench/outbox/run.sh [EVENTS] [ORDERS] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
export BuildStudio=${BuildStudio:-false} # the browser app plays no part here
dotnet run -c Release --project bench/outbox/Amsp.Outbox.Bench -- "${1:-2000}" "${2:-1000}" "${3:-3}"
