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
source bench/cluster-common.sh

for mode in "${modes[@]}"; do
  db=$(fresh_db "$mode")
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
