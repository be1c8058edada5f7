#!/usr/bin/env bash
# Benchmark: member bulk import through the HTTP API against a raw PostgreSQL COPY of the same rows.
# Starts the packaged app on a temporary embedded PostgreSQL (no demo data, heap capped at BENCH_HEAP=512m),
# signs in as the first-start admin, makes a token and 100 branches, generates ROWS realistic rows
# (bench/ImportBench.java), imports them with one POST, then COPYs the same file into a bare table.
# The last line is: import_rows_per_s=… copy_rows_per_s=… ratio=…   (target: ratio >= 0.5 at 100,000)
# Usage: bench/import.sh [ROWS=100000]
# Needs the jar: (cd backend && ./mvnw package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
rows=${1:-100000}
port=${BENCH_PORT:-18091}
dbport=${BENCH_DB_PORT:-15491}
pgjar=$(ls backend/target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar | head -1)
start_app
make_branches 100
java -cp "$pgjar" bench/ImportBench.java "$rows" "$B" "$token" "jdbc:postgresql://localhost:$dbport/postgres" \
  "$data/branches" "$data" | tee "$data/result"
echo "app peak resident memory: $(awk '/VmHWM/ {printf "%.0f MB", $2/1024}' /proc/$app/status)"
tail -1 "$data/result"
