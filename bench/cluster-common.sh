# Sourced by bench/cluster-ingest.sh and bench/cluster-score.sh: an embedded Kafka broker from the test class
# path, and evpair instances on fresh databases of the local PostgreSQL, single or in cluster mode.
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
fresh_db() { # mode → the name of a new, empty database
  local db="evpair_bench_$1_$(date +%s%N | cut -c1-13)"
  psql -q -h 127.0.0.1 -U postgres -c "create database $db"
  echo "$db"
}
ready() { until curl -sf "http://127.0.0.1:$1/actuator/health" > /dev/null; do sleep 1; done; }

