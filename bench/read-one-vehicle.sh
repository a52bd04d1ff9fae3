#!/usr/bin/env bash
# GET /vehicles/{id} under wrk on a jar of your choice, on a fresh database of the local PostgreSQL: one vehicle,
# 10 s warm-up, 20 s measured, 32 connections. Prints req/s, latency and the CPU per request of the service and of
# this database's own PostgreSQL backends (the server may be shared, so read-api.sh's whole-server count would
# not do). Compare two jars run back to back, e.g.
#   bench/read-one-vehicle.sh /tmp/before.jar 18101; bench/read-one-vehicle.sh app/target/app-*.jar 18102
set -euo pipefail
jar=$1; port=$2
db="evpair_bench_read_$(date +%s%N | cut -c1-13)"
psql -q -h 127.0.0.1 -U postgres -c "create database $db"
java -Xmx1g -jar "$jar" --server.address=127.0.0.1 --server.port=$port --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$db \
  --spring.datasource.username=postgres --evpair.simulator.enabled=true --evpair.dev-client.enabled=true --evpair.admin.password=bench > /tmp/$db.log 2>&1 &
pid=$!
trap 'kill $pid; sleep 5; psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $db with (force)"' EXIT
until curl -sf http://127.0.0.1:$port/actuator/health >/dev/null; do sleep 1; done
TOKEN=$(curl -sf -u dev-client:dev-secret -d grant_type=client_credentials http://127.0.0.1:$port/oauth2/token | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d '{"vendorDeviceId":"my-car","brand":"Kia","model":"e-Niro","batteryCapacityKwh":64,"capabilities":{"startCharging":false,"stopCharging":true,"setChargeRateLimit":false}}' http://127.0.0.1:$port/simulator/users/alice/vehicles > /dev/null
export TOKEN
vehicle=$(curl -sf -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$port/vehicles?pageSize=1" | sed -E 's/.*"data":\[\{"id":"([^"]+)".*/\1/')
wrk -t2 -c32 -d10s -s bench/bearer.lua "http://127.0.0.1:$port/vehicles/$vehicle" > /dev/null
backends=$(psql -h 127.0.0.1 -U postgres -d $db -Atc "select string_agg(pid::text, ' ') from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()")
ticks() { local t=0 p; for p in "$@"; do [ -r "/proc/$p/stat" ] && t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done; echo "$t"; }
s0=$(ticks $pid); p0=$(ticks $backends)
report=$(wrk -t2 -c32 -d20s --latency -s bench/bearer.lua "http://127.0.0.1:$port/vehicles/$vehicle")
s1=$(ticks $pid); p1=$(ticks $backends)
echo "$report" | grep -E "Requests/sec|99%|50%|requests in"
n=$(awk '/requests in/ {print $1}' <<<"$report")
awk -v s=$((s1 - s0)) -v p=$((p1 - p0)) -v n="$n" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "CPU per request: service %.3f ms, PostgreSQL backends %.3f ms (%d requests)\n", 1000*s/hz/n, 1000*p/hz/n, n }'
uptime
