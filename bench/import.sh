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
rows=${1:-100000}
port=${BENCH_PORT:-18091}
dbport=${BENCH_DB_PORT:-15491}
B="http://localhost:$port/api/v1"
data=$(mktemp -d)
pgjar=$(ls backend/target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar | head -1)
BRANCHBOOK_ADMIN_PASSWORD=bench-password-1 java -Xmx${BENCH_HEAP:-512m} ${BENCH_JAVA_OPTS:-} -Dbranchbook.embedded-db.data-dir="$data/pg" \
  -Dbranchbook.embedded-db.port="$dbport" -Dbranchbook.demo-data.enabled=false -Dquarkus.http.port="$port" \
  -Dmembers.import.max-size=2G -jar backend/target/quarkus-app/quarkus-run.jar >"$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true; cp "$data/app.log" /tmp/bench-import-app.log 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do curl -sf "http://localhost:$port/q/health/ready" >/dev/null && break; sleep 0.5; done

csrf=$(curl -s -c "$data/cookies" -X POST "$B/session" -H 'Content-Type: application/json' \
  -d '{"username":"admin","password":"bench-password-1"}' | grep -o '"csrfToken":"[^"]*"' | cut -d'"' -f4)
token=$(curl -s -b "$data/cookies" -X POST "$B/api-tokens" -H "X-CSRF-Token: $csrf" \
  -H 'Content-Type: application/json' -d '{"name":"bench","readOnly":false,"expiresOn":"'$(date -d '+7 days' +%F)'"}' |
  grep -o '"secret":"[^"]*"' | cut -d'"' -f4)
AUTH="Authorization: Bearer $token"
street=$(curl -s -H "$AUTH" "$B/organizations?type=STREET_WORKING_COMMITTEE" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
for b in $(seq 1 100); do
  curl -sf -X POST "$B/organizations" -H "$AUTH" -H 'Content-Type: application/json' \
    -d '{"code":"BENCH-'$b'","name":"基准支部'$b'","type":"BRANCH","parentId":"'$street'"}' >/dev/null
  echo "BENCH-$b"
done > "$data/branches"

java -cp "$pgjar" bench/ImportBench.java "$rows" "$B" "$token" "jdbc:postgresql://localhost:$dbport/postgres" \
  "$data/branches" "$data" | tee "$data/result"
echo "app peak resident memory: $(awk '/VmHWM/ {printf "%.0f MB", $2/1024}' /proc/$app/status)"
tail -1 "$data/result"
