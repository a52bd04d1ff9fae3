#!/usr/bin/env python3
"""Measure the end-to-end ingest rate of POST /simulator/observations (stored + projected + processed).

Usage:
    python3 bench/ingest.py DATASET_DIR [--base-url http://localhost:8080] [--batch 5000] [--prefix run1-] [--parallel 1]

DATASET_DIR comes from ../shared/pairing-eval/gen_dataset.py. User and device ids get --prefix so that
several runs against one service do not collide. Prints one JSON line with observations/second.

--parallel N splits each batch (taken in time order) by user into N requests sent at once, and waits for all
of them before the next batch: each user's observations stay in order and the simulator clock still only moves
forward batch by batch, as with one request at a time. Request bodies are encoded before the clock starts.
Standard library only; a benchmark, not a test: run it by hand against a running service.
"""
import argparse
import concurrent.futures
import zlib
import base64
import json
import os
import sys
import time
import urllib.request


def call(base, method, path, body=None, token=None, form=None, basic=None):
    headers = {"Accept": "application/json"}
    data = None
    if body is not None:
        data = json.dumps(body).encode()
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

    token = call(a.base_url, "POST", "/oauth2/token", form="grant_type=client_credentials", basic=a.client)["access_token"]
    devices = json.load(open(os.path.join(a.dataset, "devices.json")))
    for u in devices["users"]:
        for v in u["vehicles"]:
            call(a.base_url, "POST", f"/simulator/users/{a.prefix}{u['userId']}/vehicles",
                 dict(v, vendorDeviceId=a.prefix + v["vendorDeviceId"]), token)
        for c in u["chargers"]:
            call(a.base_url, "POST", f"/simulator/users/{a.prefix}{u['userId']}/chargers",
                 dict(c, vendorDeviceId=a.prefix + c["vendorDeviceId"]), token)
    owner = {}
    for u in devices["users"]:
        for d in u["vehicles"] + u["chargers"]:
            owner[a.prefix + d["vendorDeviceId"]] = u["userId"]
    rows = []
    with open(os.path.join(a.dataset, "observations.jsonl")) as f:
        for line in f:
            o = json.loads(line)
            o["vendorDeviceId"] = a.prefix + o["vendorDeviceId"]
            rows.append(o)

    batches = []
    for i in range(0, len(rows), a.batch):
        parts = [[] for _ in range(a.parallel)]
        for o in rows[i:i + a.batch]:
            parts[zlib.crc32(owner[o["vendorDeviceId"]].encode()) % a.parallel].append(o)
        batches.append([json.dumps({"observations": p}).encode() for p in parts if p])

    def send(body):
        req = urllib.request.Request(a.base_url + "/simulator/observations", data=body, method="POST", headers={
            "Content-Type": "application/json", "Accept": "application/json", "Authorization": "Bearer " + token})
        with urllib.request.urlopen(req, timeout=300) as r:
            r.read()

    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(a.parallel) as pool:
        for parts in batches:
            list(pool.map(send, parts))
    elapsed = time.monotonic() - started
    print(json.dumps({"observations": len(rows), "batch": a.batch, "parallel": a.parallel, "seconds": round(elapsed, 2),
                      "observations_per_second": round(len(rows) / elapsed), "cores": os.cpu_count()}))


if __name__ == "__main__":
    sys.exit(main())
