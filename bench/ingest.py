#!/usr/bin/env python3
"""Measure the end-to-end ingest rate of POST /simulator/observations (stored + projected + processed).

Usage:
    python3 bench/ingest.py DATASET_DIR [--base-url http://localhost:8080] [--batch 5000] [--prefix run1-]
                            [--parallel N]

--base-url may name several instances, comma-separated (a cluster): requests go round-robin. --parallel N
sends N batches at a time, the users split into N groups so that each user's observations stay in order.

DATASET_DIR comes from ../shared/pairing-eval/gen_dataset.py. User and device ids get --prefix so that
several runs against one service do not collide. Prints one JSON line with observations/second.
Standard library only; a benchmark, not a test: run it by hand against a running service.
"""
import argparse
import base64
import json
import os
import sys
import threading
import time
import urllib.request
import zlib


def call(base, method, path, body=None, token=None, form=None, basic=None):
    headers = {"Accept": "application/json"}
    data = None
    if body is not None:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    if form is not None:
        data = form.encode()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    if token:
        headers["Authorization"] = "Bearer " + token
    if basic:
        headers["Authorization"] = "Basic " + base64.b64encode(basic.encode()).decode()
    req = urllib.request.Request(base + path, data=data, method=method, headers=headers)
    with urllib.request.urlopen(req, timeout=300) as r:
        raw = r.read()
        return json.loads(raw) if raw else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dataset")
    ap.add_argument("--base-url", default="http://localhost:8080")
    ap.add_argument("--client", default="dev-client:dev-secret")
    ap.add_argument("--batch", type=int, default=5000)
    ap.add_argument("--prefix", default="bench%d-" % int(time.time()))
    ap.add_argument("--parallel", type=int, default=1)
    a = ap.parse_args()
    bases = a.base_url.split(",")
    a.base_url = bases[0]

    token = call(a.base_url, "POST", "/oauth2/token", form="grant_type=client_credentials", basic=a.client)["access_token"]
    devices = json.load(open(os.path.join(a.dataset, "devices.json")))
    for u in devices["users"]:
        for v in u["vehicles"]:
            call(a.base_url, "POST", f"/simulator/users/{a.prefix}{u['userId']}/vehicles",
                 dict(v, vendorDeviceId=a.prefix + v["vendorDeviceId"]), token)
        for c in u["chargers"]:
            call(a.base_url, "POST", f"/simulator/users/{a.prefix}{u['userId']}/chargers",
                 dict(c, vendorDeviceId=a.prefix + c["vendorDeviceId"]), token)
    user_of = {d["vendorDeviceId"]: u["userId"] for u in devices["users"] for d in u["vehicles"] + u["chargers"]}
    groups = [[] for _ in range(a.parallel)]
    rows = 0
    with open(os.path.join(a.dataset, "observations.jsonl")) as f:
        for line in f:
            o = json.loads(line)
            group = zlib.crc32(user_of[o["vendorDeviceId"]].encode()) % a.parallel
            o["vendorDeviceId"] = a.prefix + o["vendorDeviceId"]
            groups[group].append(o)
            rows += 1

    errors = []
    # Bodies are encoded before the clock starts: on a 2-core machine the client's JSON encoding would otherwise
    # take CPU from the service it measures.
    bodies = [[json.dumps({"observations": g[i:i + a.batch]}).encode() for i in range(0, len(g), a.batch)] for g in groups]

    def send(n, group):
        try:
            for k, body in enumerate(group):
                call(bases[(n + k) % len(bases)], "POST", "/simulator/observations", body, token)
        except Exception as e:  # reported below: a failed batch must not pass for a fast one
            errors.append(e)

    started = time.monotonic()
    threads = [threading.Thread(target=send, args=(n, g)) for n, g in enumerate(bodies)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    if errors:
        sys.exit("failed: %r" % errors[0])
    print(json.dumps({"observations": rows, "batch": a.batch, "parallel": a.parallel, "instances": len(bases),
                      "seconds": round(elapsed, 2), "observations_per_second": round(rows / elapsed),
                      "cores": os.cpu_count()}))


if __name__ == "__main__":
    sys.exit(main())
