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
dbport=${BENCH_DB_PORT:-15490}
source bench/lib.sh
start_app
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

echo "| endpoint | figures |"
time_it "tree (whole forest)" "$B/organizations/tree"
time_it "tree (rootId)" "$B/organizations/tree?rootId=$street"
time_it "subtree-warnings (street)" "$B/organizations/$street/subtree-warnings"
time_it "list subtree, limit 500" "$B/organizations?subtreeOf=$street&limit=500"
time_it "list text search" "$B/organizations?q=%E6%94%AF%E9%83%A8&limit=50"
