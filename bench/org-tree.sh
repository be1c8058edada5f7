#!/usr/bin/env bash
# Benchmark: the organization tree and subtree warnings at 1,000+ organizations.
# Starts the packaged app on a temporary embedded PostgreSQL (no demo data), signs in as the
# first-start admin and makes an API token, creates a street of
# N communities × B branches × G party groups through the API, then times the read endpoints.
# Usage: bench/org-tree.sh [communities=12] [branches=20] [groups=4] [runs=50]
# Needs the jar: (cd backend && ./mvnw package -DskipTests). Prints p50/p95 in milliseconds.
set -euo pipefail
cd "$(dirname "$0")/.."
communities=${1:-12}; branches=${2:-20}; groups=${3:-4}; runs=${4:-50}
port=${BENCH_PORT:-18090}
B="http://localhost:$port/api/v1"
data=$(mktemp -d)
BRANCHBOOK_ADMIN_PASSWORD=bench-password-1 java -Dbranchbook.embedded-db.data-dir="$data/pg" \
  -Dbranchbook.demo-data.enabled=false -Dquarkus.http.port="$port" \
  -jar backend/target/quarkus-app/quarkus-run.jar >"$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do curl -sf "http://localhost:$port/q/health/ready" >/dev/null && break; sleep 0.5; done

# the first start made a street and its admin: sign in and make a token for the run
csrf=$(curl -s -c "$data/cookies" -X POST "$B/session" -H 'Content-Type: application/json' \
  -d '{"username":"admin","password":"bench-password-1"}' | grep -o '"csrfToken":"[^"]*"' | cut -d'"' -f4)
AUTH="Authorization: Bearer $(curl -s -b "$data/cookies" -X POST "$B/api-tokens" -H "X-CSRF-Token: $csrf" \
  -H 'Content-Type: application/json' -d '{"name":"bench","readOnly":false,"expiresOn":"'$(date -d '+7 days' +%F)'"}' |
  grep -o '"secret":"[^"]*"' | cut -d'"' -f4)"
post() { curl -sf -X POST "$B/organizations" -H "$AUTH" -H 'Content-Type: application/json' -d "$1" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4; }
export -f post; export B AUTH
run=$(date +%s)
street=$(curl -s -H "$AUTH" "$B/organizations?type=STREET_WORKING_COMMITTEE" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
start=$(date +%s%N)
for c in $(seq 1 "$communities"); do
  community=$(post '{"code":"B'$run'-'$c'","name":"基准社区'$c'","type":"PARTY_COMMITTEE","category":"COMMUNITY","parentId":"'$street'"}')
  for b in $(seq 1 "$branches"); do
    echo "{\"code\":\"B$run-$c-$b\",\"name\":\"基准支部$c-$b\",\"type\":\"BRANCH\",\"parentId\":\"$community\"}"
  done | xargs -d '\n' -P 4 -I{} bash -c 'post "$1"' _ {} > "$data/branches"
  while read -r branch; do
    for g in $(seq 1 "$groups"); do
      echo "{\"code\":\"B$run-$branch-$g\",\"name\":\"党小组$g\",\"type\":\"PARTY_GROUP\",\"parentId\":\"$branch\"}"
    done
  done < "$data/branches" | xargs -d '\n' -P 4 -I{} bash -c 'post "$1" >/dev/null' _ {}
done
total=$(( 1 + communities * (1 + branches * (1 + groups)) ))
made=$(curl -s -H "$AUTH" "$B/organizations/tree" | grep -o '"size":[0-9]*' | cut -d: -f2)
[ "$made" = "$total" ] || { echo "expected $total organizations, the tree has $made" >&2; exit 1; }
echo "created $total organizations in $(( ($(date +%s%N) - start) / 1000000 )) ms"

time_it() { # name url
  status=$(curl -s -o /dev/null -H "$AUTH" -w '%{http_code}' "$2")
  [ "$status" = 200 ] || { echo "$1: HTTP $status from $2" >&2; exit 1; }
  bytes=$(curl -s -H "$AUTH" "$2" | wc -c)
  for _ in $(seq 1 "$runs"); do curl -s -o /dev/null -H "$AUTH" -w '%{time_total}\n' "$2"; done | sort -n |
    awk -v name="$1" -v bytes="$bytes" '{ t[NR] = $1 * 1000 } END { printf "%-28s p50 %7.1f ms   p95 %7.1f ms   (%d runs, %d bytes)\n", name, t[int(NR*0.5)+0], t[int(NR*0.95)+0], NR, bytes }'
}
echo "| endpoint | figures |"
time_it "tree (whole forest)" "$B/organizations/tree"
time_it "tree (rootId)" "$B/organizations/tree?rootId=$street"
time_it "subtree-warnings (street)" "$B/organizations/$street/subtree-warnings"
time_it "list subtree, limit 500" "$B/organizations?subtreeOf=$street&limit=500"
time_it "list text search" "$B/organizations?q=%E6%94%AF%E9%83%A8&limit=50"
