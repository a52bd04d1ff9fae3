#!/usr/bin/env bash
# Issue 19's read-path target in one run: GET /vehicles/{id} against GET /actuator/health on the same service,
# same wrk settings (16 connections, 2 threads), warmed up until both rates are steady, then 20 s each, back to
# back. Uses the local mode's development client and creates one simulated vehicle. Prints the machine, the warm-up
# rounds, both reports and the rate ratio.
#   bench/read-vs-health.sh [BASE_URL=http://127.0.0.1:8080] [SECONDS=20] [CONNECTIONS=16]
set -euo pipefail
base=${1:-http://127.0.0.1:8080}
seconds=${2:-20}
connections=${3:-16}
here=$(cd "$(dirname "$0")" && pwd)
token=$(curl -sf -u dev-client:dev-secret -d grant_type=client_credentials "$base/oauth2/token" \
  | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
vehicle=$(curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d '{"vendorDeviceId":"read-bench-car","brand":"Kia","model":"e-Niro","batteryCapacityKwh":64}' \
  "$base/simulator/users/read-bench/vehicles" | sed -E 's/^\{"id":"([^"]+)".*/\1/')
export TOKEN=$token
echo "$(nproc) cores, $(java -version 2>&1 | head -n 1), load: $(cut -d' ' -f1-3 /proc/loadavg)"
# Warm-up until both rates are steady: on two cores C2 takes minutes to compile Spring's request path, and a
# 10 s warm-up left the rates climbing for minutes (docs/performance.md, issue 19's third pass), so the ratio
# depended on which endpoint had been compiled further. Rounds of 10 s each, until both rates moved less
# than 5 % from the round before (at most 15 rounds).
rate() { awk '/Requests\/sec/ {print int($2)}' <<<"$1"; }
steady() { awk -v a="$1" -v b="$2" 'BEGIN {exit !(b > 0 && (a - b) / b < 0.05 && (b - a) / b < 0.05)}'; }
prev_h=0; prev_r=0
for round in $(seq 15); do
  h=$(rate "$(wrk -t2 -c"$connections" -d10s "$base/actuator/health")")
  r=$(rate "$(wrk -t2 -c"$connections" -d10s -s "$here/bearer.lua" "$base/vehicles/$vehicle")")
  echo "warm-up round $round: health $h/s, vehicle $r/s"
  if steady "$h" "$prev_h" && steady "$r" "$prev_r"; then break; fi
  prev_h=$h; prev_r=$r
done
health=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "$base/actuator/health")
read=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$here/bearer.lua" "$base/vehicles/$vehicle")
echo "== GET /actuator/health"; grep -E "Requests/sec| 50%| 99%" <<<"$health"
echo "== GET /vehicles/{id}"; grep -E "Requests/sec| 50%| 99%" <<<"$read"
awk -v r="$(rate "$read")" -v h="$(rate "$health")" 'BEGIN {printf "vehicle / health rate: %.2f\n", r / h}'
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
