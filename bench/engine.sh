#!/usr/bin/env bash
# The pairing engine alone, in process: JMH throughput (EngineBenchmark) and state per device (EngineFootprint).
#   bench/engine.sh DATASET_DIR [FOOTPRINT_DATASET_DIR]
# Datasets come from ../shared/pairing-eval/gen_dataset.py. Compiles pairing-engine's tests with -Pbench
# (JMH 1.37, JOL 0.17) and installs nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
dataset=$(realpath "$1")
footprint=$(realpath "${2:-$1}")
./mvnw -B -q -Pbench -pl pairing-engine test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp="pairing-engine/target/test-classes:pairing-engine/target/classes:$(cat pairing-engine/target/bench.classpath)"
observations=$(wc -l < "$dataset/observations.jsonl")
echo "engine benchmark on $dataset ($observations observations), $(nproc) cores"
java -cp "$cp" -Devpair.bench.dataset="$dataset" org.openjdk.jmh.Main EngineBenchmark \
  -jvmArgsAppend "-Devpair.bench.dataset=$dataset" -rf text -rff pairing-engine/target/jmh.txt
echo "observations/s = $observations / (ms per replay above / 1000)"
java -Xmx4g -Djdk.attach.allowAttachSelf=true -cp "$cp" io.evpair.engine.inference.replay.EngineFootprint "$footprint"
