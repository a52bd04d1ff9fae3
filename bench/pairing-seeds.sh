#!/usr/bin/env bash
# In-process pairing figures for seeds 1..6 (60 households, 7 days), without and with --identity, as Markdown
# tables: the fast loop for tuning the engine. The same decisions as the service (see bench/pairing-e2e.sh). Each
# run also splits the latency p50 between days 1–3, while the engine learns the households, and the days after, and
# counts why the sessions not shown at the first checkpoint after both devices reported were held there.
#   bench/pairing-seeds.sh [SEEDS...]      default: 1 2 3 4 5 6
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir=${PAIRING_EVAL:-$PWD/../shared/pairing-eval}
seeds=${*:-1 2 3 4 5 6}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
./mvnw -B -q -o -pl pairing-engine test-compile
for seed in $seeds; do
  python3 "$eval_dir/gen_dataset.py" --seed "$seed" --households 60 --days 7 --out "$work/seed$seed" >/dev/null
  python3 "$eval_dir/gen_dataset.py" --seed "$seed" --households 60 --days 7 --identity \
    --out "$work/seed$seed-identity" >/dev/null
done
cp=pairing-engine/target/test-classes:pairing-engine/target/classes
echo "$(nproc) cores, $(java -version 2>&1 | head -n 1), load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo; echo "without --identity"
java -cp "$cp" io.evpair.engine.inference.replay.SeedTable --by-day --holds $(for s in $seeds; do echo "$work/seed$s"; done)
echo; echo "with --identity"
java -cp "$cp" io.evpair.engine.inference.replay.SeedTable --by-day --holds $(for s in $seeds; do echo "$work/seed$s-identity"; done)
