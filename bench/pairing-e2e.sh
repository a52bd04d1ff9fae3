#!/usr/bin/env bash
# End-to-end pairing figures: generates each seed's dataset with ../shared/pairing-eval/gen_dataset.py and
# scores the running service over HTTP with score.py (the simulator contract, SPEC §6.1).
#   bench/pairing-e2e.sh [BASE_URL] [SEEDS...]      default: http://localhost:8080, seeds 1..6
#   IDENTITY=1 bench/pairing-e2e.sh ...               also each seed with --identity (chargers report idTag)
# Each seed's user and device ids differ from the others', but a dataset replayed twice on one service
# meets its own earlier pairs: start the service on a fresh database for figures you publish.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
eval_dir=${PAIRING_EVAL:-$here/../../shared/pairing-eval}
base=${1:-http://localhost:8080}
shift || true
seeds=${*:-1 2 3 4 5 6}
runs=""
for seed in $seeds; do
  runs="$runs $seed"
  if [ -n "${IDENTITY:-}" ]; then runs="$runs $seed-identity"; fi
done
echo "$(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $runs; do
  seed=${run%-identity}
  flags=""
  if [ "$run" != "$seed" ]; then flags="--identity"; fi
  ds=$(mktemp -d)
  python3 "$eval_dir/gen_dataset.py" --seed "$seed" --households 60 --days 7 $flags --out "$ds" >/dev/null
  # Prefix the ids so that seeds do not collide on one service (gen_dataset numbers them from 1 each time).
  python3 - "$ds" "s$run-" <<'PY'
import json, os, sys
ds, p = sys.argv[1], sys.argv[2]
d = json.load(open(os.path.join(ds, "devices.json")))
for u in d["users"]:
    u["userId"] = p + u["userId"]
    for x in u["vehicles"] + u["chargers"]:
        x["vendorDeviceId"] = p + x["vendorDeviceId"]
json.dump(d, open(os.path.join(ds, "devices.json"), "w"))
t = json.load(open(os.path.join(ds, "truth.json")))
for s in t["sessions"]:
    s["userId"] = p + s["userId"]
    for k in ("vehicle", "charger"):
        if s[k]:
            s[k] = p + s[k]
json.dump(t, open(os.path.join(ds, "truth.json"), "w"))
with open(os.path.join(ds, "observations.jsonl")) as f, open(os.path.join(ds, "o.tmp"), "w") as out:
    for line in f:
        o = json.loads(line)
        o["vendorDeviceId"] = p + o["vendorDeviceId"]
        out.write(json.dumps(o) + "\n")
os.replace(os.path.join(ds, "o.tmp"), os.path.join(ds, "observations.jsonl"))
PY
  printf 'seed %s: ' "$run"
  python3 "$eval_dir/score.py" "$ds" --engine http --base-url "$base" | tail -n 1
  rm -rf "$ds"
done
