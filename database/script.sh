#!/usr/bin/env bash
# Regenerates the reviewed SQL scripts under database/scripts/ from the migrations (a test fails when they drift).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p database/scripts
dotnet build Amsp.Host -nologo -clp:ErrorsOnly >/dev/null
for provider in Sqlite PostgreSql SqlServer; do
  dotnet Amsp.Host/bin/Debug/net10.0/amsp.dll db script --provider "$provider" > "database/scripts/$provider.sql"
  echo "database/scripts/$provider.sql"
done
