#!/usr/bin/env bash
# Read API under concurrent load with wrk: GET /vehicles/{id} and GET /charging-pairs of the dev client.
# Run against a service that already holds data (bench/ingest.py first), e.g.
#   bench/read-api.sh http://127.0.0.1:8080 [seconds=30] [connections=32] [threads=2]
# Prints wrk's report (requests/s, latency percentiles) for each endpoint. wrk runs on the same machine.
set -euo pipefail
base=${1:-http://127.0.0.1:8080}
seconds=${2:-30}
connections=${3:-32}
threads=${4:-2}
here=$(cd "$(dirname "$0")" && pwd)

TOKEN=$(curl -sf -u dev-client:dev-secret -d grant_type=client_credentials "$base/oauth2/token" \
  | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
export TOKEN
vehicle=$(curl -sf -H "Authorization: Bearer $TOKEN" "$base/vehicles?pageSize=1" \
  | sed -E 's/.*"data":\[\{"id":"([^"]+)".*/\1/')
pairs=$(curl -sf -H "Authorization: Bearer $TOKEN" "$base/charging-pairs?pageSize=50" | grep -o '"vehicleId"' | wc -l)
echo "vehicle $vehicle; GET /charging-pairs returns $pairs pairs per page; $(nproc) cores"

for path in "/vehicles/$vehicle" "/charging-pairs"; do
  echo "== GET $path: ${seconds}s, $connections connections, $threads threads (warm-up 10s first)"
  wrk -t"$threads" -c"$connections" -d10s -s "$here/bearer.lua" "$base$path" > /dev/null
  wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency -s "$here/bearer.lua" "$base$path"
done
