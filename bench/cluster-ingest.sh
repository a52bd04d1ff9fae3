#!/usr/bin/env bash
# Ingest rate of one instance versus a cluster (docs/scale-out.md), on this machine, with nothing but Java,
# Python 3 and a local PostgreSQL (trust auth on 127.0.0.1:5432):
#
#   bench/cluster-ingest.sh DATASET_DIR [single|cluster1|cluster2]...    (default: all three)
#
# single   = one instance, no Kafka (today's in-process path)
# cluster1 = one instance in cluster mode (Kafka in the path)
# cluster2 = two instances in cluster mode, requests alternating between them
# Each mode gets a fresh database, fresh JVMs and a fresh Kafka topic; bench/ingest.py runs twice per mode
# (--parallel 2, batches of 5 000), the first run warming the JVMs. The Kafka broker is spring-kafka-test's
# embedded KRaft broker (bench/KafkaBroker.java, on an ephemeral port), run from the test classpath.
# Needs: ./mvnw -o -pl app -am package -DskipTests, and the test classpath in /tmp/evpair-test-classpath:
#   ./mvnw -o -q -pl app -am dependency:build-classpath -Dmdep.outputFile=/tmp/evpair-test-classpath -Dmdep.includeScope=test
set -euo pipefail
cd "$(dirname "$0")/.."
dataset=$1; shift
modes=("${@}")
[ ${#modes[@]} -gt 0 ] || modes=(single cluster1 cluster2)
jar=$(ls app/target/app-*.jar | head -n 1)
pg=jdbc:postgresql://127.0.0.1:5432
pids=()
stop_instances() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; pids=(); }
kafka_log=$(mktemp /tmp/bench-kafka-XXXXXX.log)
java -cp "$(cat /tmp/evpair-test-classpath)" bench/KafkaBroker.java > "$kafka_log" 2>&1 &
kafka=$!
trap 'stop_instances; kill $kafka' EXIT
until grep -q "^Kafka broker at" "$kafka_log"; do sleep 1; done
brokers=$(sed -n 's/^Kafka broker at //p' "$kafka_log")
echo "Kafka at $brokers"

start() { # port database cluster?
  local args=(--server.address=127.0.0.1 --server.port="$1" --spring.datasource.url="$pg/$2"
              --spring.datasource.username=postgres --evpair.simulator.enabled=true --evpair.dev-client.enabled=true
              --evpair.admin.password=bench)
  if [ "$3" = cluster ]; then
    args+=(--evpair.cluster.enabled=true --spring.kafka.bootstrap-servers=$brokers --evpair.cluster.replicas=1
           --evpair.cluster.topic="bench.$2" --logging.level.org.apache.kafka=WARN)
  fi
  java -Xmx1g -jar "$jar" "${args[@]}" > "/tmp/bench-$2-$1.log" 2>&1 &
  pids+=($!)
}
ready() { until curl -sf "http://127.0.0.1:$1/actuator/health" > /dev/null; do sleep 1; done; }

for mode in "${modes[@]}"; do
  db="evpair_bench_${mode}_$(date +%s)"
  psql -q -h 127.0.0.1 -U postgres -c "create database $db"
  case $mode in
    single)   start 18081 "$db" single;  ready 18081; urls=http://127.0.0.1:18081 ;;
    cluster1) start 18081 "$db" cluster; ready 18081; urls=http://127.0.0.1:18081 ;;
    cluster2) start 18081 "$db" cluster; ready 18081; start 18082 "$db" cluster; ready 18082
              urls=http://127.0.0.1:18081,http://127.0.0.1:18082 ;;
  esac
  sleep 5 # the consumer group settles
  for run in warm measured; do
    echo -n "$mode $run: "
    python3 bench/ingest.py "$dataset" --base-url "$urls" --batch 5000 --parallel 2 --prefix "$run-"
  done
  stop_instances
  sleep 3
done
