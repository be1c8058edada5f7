#!/usr/bin/env bash
# Runs the whole product on http://localhost:8080: API under /api/v1, the SPA at /, Swagger UI at
# /q/swagger-ui, health at /q/health, metrics at /q/metrics.
# Without QUARKUS_DATASOURCE_JDBC_URL it starts an embedded PostgreSQL whose data lives in
# ./.data/postgres (kept between runs; delete the folder to start over) and loads demo data once.
# With --street it runs on the bigger generated street (~15,000 members) in its own folder, ./.data/street.
set -euo pipefail
cd "$(dirname "$0")"
root=$PWD

data="$root/.data/postgres"
size=${BRANCHBOOK_DEMO_DATA_SIZE:-small}
case "${1:-}" in
  "") ;;
  --street) data="$root/.data/street"; size=street ;;
  *) echo "usage: ./run.sh [--street]" >&2; exit 2 ;;
esac

if [ ! -f frontend/node_modules/.package-lock.json ] || [ frontend/package-lock.json -nt frontend/node_modules/.package-lock.json ]; then
  echo "==> Installing frontend packages (npm ci)"
  npm --prefix frontend ci --no-audit --no-fund
fi
echo "==> Building (backend + SPA)"
(cd backend && ./mvnw -q -B package -DskipTests)
echo "==> Starting on http://localhost:${QUARKUS_HTTP_PORT:-8080}"
exec java -Dbranchbook.embedded-db.data-dir="$data" -Dbranchbook.demo-data.size="$size" -jar backend/target/quarkus-app/quarkus-run.jar
