#!/usr/bin/env bash
# Read API under concurrent load with wrk: GET /vehicles/{id} and GET /charging-pairs of the dev client.
# Run against a service that already holds data (bench/ingest.py first), e.g.
#   bench/read-api.sh http://127.0.0.1:8080 [seconds=30] [connections=32] [threads=2]
# Prints wrk's report (requests/s, latency percentiles) for each endpoint, then the CPU each request cost
# the service and its PostgreSQL. CPU per request stays meaningful on a busy machine where requests/s
# does not. Set SERVICE_PID (default: the java process listening on the base URL's port) and PG_DATA
# (default: any postgres; set it to the embedded data dir to count only the service's database).
# wrk runs on the same machine.
set -euo pipefail
base=${1:-http://127.0.0.1:8080}
seconds=${2:-30}
connections=${3:-32}
threads=${4:-2}
here=$(cd "$(dirname "$0")" && pwd)
port=$(sed -E 's#.*:([0-9]+)/?$#\1#' <<<"$base")
service_pid=${SERVICE_PID:-$(ss -ltnpH "sport = :$port" | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2)}
tick=$(getconf CLK_TCK)

# utime + stime of the given pids, in clock ticks
cpu_ticks() { local t=0 p; for p in "$@"; do [ -r "/proc/$p/stat" ] && t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done; echo "$t"; }
pg_pids() {
  local postmaster
  postmaster=$(pgrep -f "postgres.*${PG_DATA:-}" | head -n 1 || true)
  [ -n "$postmaster" ] && { echo "$postmaster"; pgrep -P "$postmaster" || true; }
}

TOKEN=$(curl -sf -u dev-client:dev-secret -d grant_type=client_credentials "$base/oauth2/token" \
  | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
export TOKEN
vehicle=$(curl -sf -H "Authorization: Bearer $TOKEN" "$base/vehicles?pageSize=1" \
  | sed -E 's/.*"data":\[\{"id":"([^"]+)".*/\1/')
pairs=$(curl -sf -H "Authorization: Bearer $TOKEN" "$base/charging-pairs?pageSize=50" | grep -o '"vehicleId"' | wc -l)
echo "vehicle $vehicle; GET /charging-pairs returns $pairs pairs per page; $(nproc) cores; service pid $service_pid"

for path in "/vehicles/$vehicle" "/charging-pairs"; do
  echo "== GET $path: ${seconds}s, $connections connections, $threads threads (warm-up 10s first)"
  wrk -t"$threads" -c"$connections" -d10s -s "$here/bearer.lua" "$base$path" > /dev/null
  pgs=$(pg_pids | tr '\n' ' ')
  before_service=$(cpu_ticks "$service_pid"); before_pg=$(cpu_ticks $pgs)
  report=$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency -s "$here/bearer.lua" "$base$path")
  after_service=$(cpu_ticks "$service_pid"); after_pg=$(cpu_ticks $pgs)
  echo "$report"
  requests=$(awk '/requests in/ {print $1}' <<<"$report")
  awk -v s=$((after_service - before_service)) -v p=$((after_pg - before_pg)) -v n="$requests" -v hz="$tick" \
    'BEGIN { printf "CPU per request: service %.3f ms, PostgreSQL %.3f ms (%d requests)\n", 1000*s/hz/n, 1000*p/hz/n, n }'
done
