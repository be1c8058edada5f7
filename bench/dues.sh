#!/usr/bin/env bash
# Benchmark: the dues standards of a year and the register aggregate for N members (default 20,000), through
# the HTTP API, against the same computations in hand-written SQL on the same database.
# Starts the packaged app on a temporary embedded PostgreSQL, makes N/50 branches and imports N members,
# stores a base for each (SQL), then times:
#   standards: POST /dues/standards/compute for the street   vs  one SQL UPDATE computing the same amounts
#   register:  GET /dues/summary for the street (every member × month: due, paid, arrears)
#              vs one SQL query summing due and paid by month over the same members
# The last line is: api_s=… sql_s=… ratio=…   (api time / SQL time, lower is better)
# Usage: bench/dues.sh [MEMBERS=20000]
# Needs the jar: (cd backend && ./mvnw package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
members=${1:-20000}
port=${BENCH_PORT:-18093}
dbport=${BENCH_DB_PORT:-15493}
pgjar=$(ls backend/target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar | head -1)
start_app
make_branches $(( (members + 49) / 50 ))
java -cp "$pgjar" bench/ImportBench.java generate "$members" "$data/branches" "$data/members.csv"
curl -sf -H "$AUTH" -H 'Content-Type: text/csv' --data-binary @"$data/members.csv" "$B/members/import" >/dev/null
java -cp "$pgjar" bench/DuesBench.java "$B" "$token" "jdbc:postgresql://localhost:$dbport/postgres" "$STREET" "$data/branches" |
  tee "$data/result"
echo "app peak resident memory: $(awk '/VmHWM/ {printf "%.0f MB", $2/1024}' /proc/$app/status)"
tail -1 "$data/result"
