#!/usr/bin/env bash
# Runs every test: the contract checks, the frontend unit tests, the backend tests (real PostgreSQL,
# every request validated against openapi.yaml) and the browser end-to-end tests against the built
# product. Fails if anything fails. The end-to-end part needs Chromium (/usr/bin/chromium): without
# it the run says so loudly, and fails when CI=true or E2E_REQUIRE=1.
set -euo pipefail
cd "$(dirname "$0")"
root=$PWD
step() { printf '\n==> %s\n' "$*"; }

step "Frontend packages"
if [ ! -f frontend/node_modules/.package-lock.json ] || [ frontend/package-lock.json -nt frontend/node_modules/.package-lock.json ]; then
  npm --prefix frontend ci --no-audit --no-fund
fi

step "Contract: lint openapi.yaml, and the SPA's generated types are current"
npm --prefix frontend run -s lint:openapi
npm --prefix frontend run -s check:api || {
  echo "frontend/src/api/schema.d.ts is stale: run  npm --prefix frontend run gen:api" >&2
  exit 1
}

step "Frontend: typecheck, lint, unit tests"
npm --prefix frontend run -s typecheck
npm --prefix frontend run -s lint
npm --prefix frontend run -s test

step "Backend: unit and HTTP tests on PostgreSQL, contract drift; packages the product with the SPA"
(cd backend && ./mvnw -B verify)

step "End-to-end: the built product in headless Chromium"
chromium_path=${CHROMIUM_PATH:-/usr/bin/chromium}
if [ ! -x "$chromium_path" ]; then
  # the runner prints the banner and decides (exit 1 under CI / E2E_REQUIRE=1)
  npm --prefix frontend run -s e2e
  exit $?
fi
port=${E2E_PORT:-18080}
data=$(mktemp -d)
log="$root/backend/target/e2e-app.log"
java -Dbranchbook.embedded-db.data-dir="$data/postgres" -Dquarkus.http.port="$port" \
  -jar backend/target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
app=$!
cleanup() { kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT
for _ in $(seq 1 120); do
  if curl -sf "http://localhost:$port/q/health/ready" >/dev/null; then break; fi
  if ! kill -0 "$app" 2>/dev/null; then echo "The app did not start; see $log" >&2; tail -40 "$log" >&2; exit 1; fi
  sleep 0.5
done
curl -sf "http://localhost:$port/q/health/ready" >/dev/null || { echo "The app is not ready after 60 s; see $log" >&2; exit 1; }
export E2E_SCREENSHOT_DIR="${E2E_SCREENSHOT_DIR:-$root/frontend/test-results/screenshots}"
E2E_BASE_URL="http://localhost:$port" npm --prefix frontend run -s e2e
echo "Screenshots of the main pages: $E2E_SCREENSHOT_DIR"

step "All tests passed"
