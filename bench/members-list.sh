#!/usr/bin/env bash
# Benchmark: finding members at 200,000. Starts the packaged app on a temporary embedded PostgreSQL,
# imports ROWS generated members into 100 branches (bench/ImportBench.java), then prints p50/p95 of
# the list with the filters and orders the SPA uses, at the street level (the whole roster in scope).
# Usage: bench/members-list.sh [ROWS=200000] [RUNS=30]
# Needs the jar: (cd backend && ./mvnw package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
rows=${1:-200000}; runs=${2:-30}
port=${BENCH_PORT:-18092}
dbport=${BENCH_DB_PORT:-15492}
pgjar=$(ls backend/target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar | head -1)
start_app
make_branches 100
java -cp "$pgjar" bench/ImportBench.java "$rows" "$B" "$token" "jdbc:postgresql://localhost:$dbport/postgres" \
  "$data/branches" "$data" | grep -v ratio
branch=$(curl -s -H "$AUTH" "$B/organizations?q=BENCH-7&limit=1" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
next=$(curl -s -H "$AUTH" "$B/members?limit=50" | grep -o '"nextCursor":"[^"]*"' | cut -d'"' -f4)
echo "| query over $rows members | figures |"
time_it "first page by name (pinyin)" "$B/members?limit=50"
time_it "second page by name" "$B/members?limit=50&cursor=$next"
time_it "one branch" "$B/members?organizationId=$branch&limit=50"
time_it "newest members (JOINED_ON_DESC)" "$B/members?sort=JOINED_ON_DESC&limit=50"
time_it "老党员 category" "$B/members?category=VETERAN&limit=50"
time_it "age 80 and over" "$B/members?ageMin=80&limit=50"
time_it "joined 2000-2005, by birth date" "$B/members?joinedFrom=2000-01-01&joinedTo=2005-12-31&sort=BIRTH_DATE&limit=50"
time_it "name search (张)" "$B/members?q=%E5%BC%A0&limit=50"
time_it "ID number ends with 1234" "$B/members?q=1234&limit=50"
time_it "流出 members" "$B/members?mobility=OUTFLOW&limit=50"
time_it "organization with member counts" "$B/organizations/$STREET"
time_it "subtree warnings (street)" "$B/organizations/$STREET/subtree-warnings"
