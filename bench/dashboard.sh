#!/usr/bin/env bash
# Benchmark: the street dashboard on a 10× street (≈2,500 organizations, 200,000 members, 2.4 million dues
# payments, 100,000 meetings: the `large` demo data), through the HTTP API, against the same figures computed by
# hand-written SQL from the books in the same run.
# Starts the packaged app on a temporary embedded PostgreSQL with -Dbranchbook.demo-data.size=large (loading
# takes minutes), waits until the dashboard's facts are up to date, then times each overview endpoint RUNS times
# (default 30) at street level for this year: p50 and p95 of the API and of the hand SQL.
# The last line is: api_p95_ms=… sql_p95_ms=… ratio=…   (API p95 / SQL p95 summed over the endpoints; lower is better)
# Targets: each endpoint's p95 ≤ 100 ms and ratio ≤ 1.5.
# Usage: bench/dashboard.sh [RUNS=30] [SIZE=large] [SQL_RUNS=5]   (SIZE street or small for a quicker run; the
# hand SQL takes seconds per run at 10×, so it runs SQL_RUNS times)
# Needs the jar: (cd backend && ./mvnw package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
runs=${1:-30}
size=${2:-large}
sql_runs=${3:-5}
port=${BENCH_PORT:-18094}
dbport=${BENCH_DB_PORT:-15494}
pgjar=$(ls backend/target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar | head -1)
BENCH_DEMO_SIZE=$size BENCH_HEAP=${BENCH_HEAP:-1g} BENCH_START_SECONDS=${BENCH_START_SECONDS:-1800} start_app
echo "demo data ($size) loaded; waiting for the dashboard's facts"
loaded=$(date +%s)
for _ in $(seq 1 1200); do
  pending=$(curl -s -H "$AUTH" "$B/dashboard/overview" | grep -o '"pendingOrganizations":[0-9]*' | cut -d: -f2)
  [ "${pending:-1}" = 0 ] && break
  sleep 2
done
echo "facts up to date after $(( $(date +%s) - loaded )) s"
java -cp "$pgjar" bench/DashboardBench.java "$B" "$token" "jdbc:postgresql://localhost:$dbport/postgres" "$runs" "$sql_runs" | tee "$data/result"
echo "app peak resident memory: $(awk '/VmHWM/ {printf "%.0f MB", $2/1024}' /proc/$app/status)"
tail -1 "$data/result"
