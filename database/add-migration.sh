#!/usr/bin/env bash
# Adds a migration named NAME for CONTEXT (Amsp or Workflow) to every provider, then regenerates the
# reviewed SQL scripts. Usage: database/add-migration.sh Amsp|Workflow NAME
set -euo pipefail
cd "$(dirname "$0")/.."
context=$1 name=$2
case $context in
  Amsp) type=AmspDbContext ;;
  Workflow) type=WorkflowDbContext ;;
  *) echo "context must be Amsp or Workflow" >&2; exit 2 ;;
esac
dotnet tool restore >/dev/null
for provider in Sqlite PostgreSql SqlServer; do
  project=database/Amsp.Database.$provider
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" \
    --context "$type" --output-dir "Migrations/$context"
done
database/script.sh
