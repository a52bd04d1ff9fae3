#!/usr/bin/env bash
# score.py --engine http against one instance, then against two cluster instances behind a round-robin load
# balancer (bench/roundrobin.py), each on a fresh database: the figures must be the same (docs/scale-out.md).
#
#   bench/cluster-score.sh DATASET_DIR [more score.py options]
#
# Needs what bench/cluster-ingest.sh needs, and the evaluation kit's score.py (SCORE_PY, default
# ../shared/pairing-eval/score.py).
set -euo pipefail
cd "$(dirname "$0")/.."
dataset=$1; shift
score=${SCORE_PY:-../shared/pairing-eval/score.py}
source bench/cluster-common.sh

db=$(fresh_db single)
start 18081 "$db" single; ready 18081
echo "one instance:"
python3 "$score" "$dataset" --engine http --base-url http://127.0.0.1:18081 --quiet "$@" | tail -n 1
stop_instances

db=$(fresh_db cluster2)
start 18081 "$db" cluster; ready 18081; start 18082 "$db" cluster; ready 18082
python3 bench/roundrobin.py 18090 http://127.0.0.1:18081 http://127.0.0.1:18082 &
pids+=($!)
sleep 5 # the consumer group settles
echo "two instances, round robin:"
python3 "$score" "$dataset" --engine http --base-url http://127.0.0.1:18090 --quiet "$@" | tail -n 1
