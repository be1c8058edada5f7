# Shared by the benchmarks: start the packaged app on a temporary embedded PostgreSQL, sign in as the
# first-start admin and make an API token. Sets: B (API base), AUTH (header), token, app (pid), data (dir).
# Needs: port, dbport (and optionally BENCH_HEAP, BENCH_JAVA_OPTS).
start_app() {
  B="http://localhost:$port/api/v1"
  data=$(mktemp -d)
  local demo=false
  [ -n "${BENCH_DEMO_SIZE:-}" ] && demo=true
  BRANCHBOOK_ADMIN_PASSWORD=bench-password-1 java -Xmx${BENCH_HEAP:-512m} ${BENCH_JAVA_OPTS:-} \
    -Dbranchbook.embedded-db.data-dir="$data/pg" -Dbranchbook.embedded-db.port="$dbport" \
    -Dbranchbook.demo-data.enabled=$demo -Dbranchbook.demo-data.size=${BENCH_DEMO_SIZE:-small} \
    -Dquarkus.http.port="$port" -Dmembers.import.max-size=2G \
    -jar backend/target/quarkus-app/quarkus-run.jar >"$data/app.log" 2>&1 &
  app=$!
  trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true; cp "$data/app.log" /tmp/bench-app.log 2>/dev/null; rm -rf "$data"' EXIT
  for _ in $(seq 1 $(( ${BENCH_START_SECONDS:-60} * 2 ))); do
    curl -sf "http://localhost:$port/q/health/ready" >/dev/null && break
    kill -0 $app 2>/dev/null || { echo "the app stopped: see /tmp/bench-app.log" >&2; exit 1; }
    sleep 0.5
  done
  # with demo data, the demo street admin; otherwise the first-start admin
  local csrf user=admin password=bench-password-1
  [ -n "${BENCH_DEMO_SIZE:-}" ] && user=street.admin password=branchbook-demo
  csrf=$(curl -s -c "$data/cookies" -X POST "$B/session" -H 'Content-Type: application/json' \
    -d '{"username":"'$user'","password":"'$password'"}' | grep -o '"csrfToken":"[^"]*"' | cut -d'"' -f4)
  token=$(curl -s -b "$data/cookies" -X POST "$B/api-tokens" -H "X-CSRF-Token: $csrf" \
    -H 'Content-Type: application/json' -d '{"name":"bench","readOnly":false,"expiresOn":"'$(date -d '+7 days' +%F)'"}' |
    grep -o '"secret":"[^"]*"' | cut -d'"' -f4)
  AUTH="Authorization: Bearer $token"
}

# Creates N branches under the street, codes BENCH-1..N, and writes the codes to $data/branches.
make_branches() {
  local street
  street=$(curl -s -H "$AUTH" "$B/organizations?type=STREET_WORKING_COMMITTEE" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
  for b in $(seq 1 "$1"); do
    curl -sf -X POST "$B/organizations" -H "$AUTH" -H 'Content-Type: application/json' \
      -d '{"code":"BENCH-'$b'","name":"基准支部'$b'","type":"BRANCH","parentId":"'$street'"}' >/dev/null
    echo "BENCH-$b"
  done > "$data/branches"
  STREET=$street
}

# Prints p50/p95 of a GET over RUNS runs; fails on a non-200.
time_it() { # name url
  local status bytes
  status=$(curl -s -o /dev/null -H "$AUTH" -w '%{http_code}' "$2")
  [ "$status" = 200 ] || { echo "$1: HTTP $status from $2" >&2; exit 1; }
  bytes=$(curl -s -H "$AUTH" "$2" | wc -c)
  for _ in $(seq 1 "${runs:-30}"); do curl -s -o /dev/null -H "$AUTH" -w '%{time_total}\n' "$2"; done | sort -n |
    awk -v name="$1" -v bytes="$bytes" '{ t[NR] = $1 * 1000 } END { printf "%-34s p50 %7.1f ms   p95 %7.1f ms   (%d runs, %d bytes)\n", name, t[int(NR*0.5)+0], t[int(NR*0.95)+0], NR, bytes }'
}
