#!/usr/bin/env python3
"""Ingest against what the same PostgreSQL can do at best, in one run (issue 19). Prints four rates and two ratios:

  one-row commit   pgbench, 8 clients, each transaction one INSERT of one observation-shaped row + COMMIT
  single ingest    wrk, 8 connections, POST /simulator/observations with ONE observation each (stored, projected,
                   paired, answered): single path / one-row commit
  COPY             psql \\copy of the batch rows into a table with observation's columns and indexes
  batch ingest     the same rows through POST /simulator/observations, batches of --batch, 2 senders split by user:
                   batch path / COPY

and the CPU each observation cost the service and PostgreSQL (and the load generator) on the single path. For scale
it also prints what a request costs without the write, with the same 8 connections once its rate is steady: the bare
GET /actuator/health (Tomcat, the filters, one pooled connection's check) and GET /vehicles/{id} (that and the bearer
token, one indexed read, a JSON body), each with its rate and its CPU all told.

Usage (a running service in local mode, its embedded PostgreSQL's data dir for the port and the CPU accounting):
    python3 bench/ingest-ratios.py --base-url http://127.0.0.1:18080 --pg-data /tmp/bench-data [--seconds 20]

Needs wrk, pgbench and psql on PATH. Creates simulated devices under a new prefix (not timed) and a scratch table
bench_observation in the service's database (dropped at the end). Standard library only; a benchmark, not a test.
"""
import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from ingest import call  # noqa: E402  (the same HTTP helper as bench/ingest.py)

TICK = os.sysconf("SC_CLK_TCK")
COLUMNS = ("device_id, device_type, client_id, user_ref, observed_at, received_at, plugged_in, charging, "
           "charge_rate_kw, battery_level, latitude, longitude, meter_kwh, fingerprint")


def ticks(pid, children=False):
    try:
        fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    except OSError:
        return 0
    # fields[0] is field 3 (state): utime is field 14, stime 15, cutime 16, cstime 17
    t = int(fields[11]) + int(fields[12])
    return t + (int(fields[13]) + int(fields[14]) if children else 0)


class Cpu:
    """CPU seconds of the service, of PostgreSQL (postmaster, its live children and the children it reaped) and of
    this script's own children (wrk, pgbench, psql)."""

    def __init__(self, service_pid, postmaster_pid):
        self.service_pid, self.postmaster_pid = service_pid, postmaster_pid

    def sample(self):
        children = [int(p) for p in open(f"/proc/{self.postmaster_pid}/task/{self.postmaster_pid}/children").read().split()]
        pg = ticks(self.postmaster_pid, children=True) + sum(ticks(c) for c in children)
        own = resource.getrusage(resource.RUSAGE_CHILDREN)
        return {"service": ticks(self.service_pid) / TICK, "postgres": pg / TICK, "client": own.ru_utime + own.ru_stime}

    @staticmethod
    def spent(before, after):
        return {k: after[k] - before[k] for k in before}


def psql(conninfo, sql, stdin=None):
    return subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", conninfo, "-c", sql], input=stdin,
                          check=True, capture_output=True, text=True).stdout


def load():
    return open("/proc/loadavg").read().split()[:3]


def one_row_commits(conninfo, seconds, clients):
    script = tempfile.NamedTemporaryFile("w", suffix=".sql", delete=False)
    script.write(f"insert into bench_observation ({COLUMNS}) values (gen_random_uuid(), 'VEHICLE', gen_random_uuid(), "
                 "gen_random_uuid(), now(), now(), true, true, 7.2, random() * 100, null, null, null, "
                 "(random() * 9e18)::int8);\n")
    script.close()
    out = subprocess.run(["pgbench", "-n", "-M", "prepared", "-c", str(clients), "-j", "2", "-T", str(seconds),
                          "-f", script.name, conninfo], check=True, capture_output=True, text=True).stdout
    os.unlink(script.name)
    tps = [line for line in out.splitlines() if line.startswith("tps")][0]
    return float(tps.split("=")[1].split()[0])


def run_wrk(url, seconds, connections, script=None, env=None, latency=False):
    """Requests wrk made and its report; exits when any answer was not 2xx, so that errors never pass for speed."""
    args = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", *(["--latency"] if latency else []),
            *(["-s", os.path.join(HERE, script)] if script else []), url]
    out = subprocess.run(args, env=dict(os.environ, **(env or {})), check=True, capture_output=True, text=True).stdout
    non2xx = [line for line in out.splitlines() if "Non-2xx" in line]
    if non2xx:
        sys.exit(f"{url} answered errors: {non2xx[0]}\n{out}")
    return int([line for line in out.splitlines() if "requests in" in line][0].split()[0]), out


def wrk(base, token, devices, seconds, connections, base_epoch):
    return run_wrk(base + "/simulator/observations", seconds, connections, "single-observation.lua",
                   dict(TOKEN=token, DEVICES=",".join(devices), BASE=str(base_epoch)), latency=True)


def request_floor(url, token, seconds, connections, cpu):
    """Rate and CPU per request (service, PostgreSQL) of a GET, after 10 s rounds until the rate moves less than 5 %
    (at most 12): the JIT compiles each path only once it runs."""
    def run(secs):
        return run_wrk(url, secs, connections, "bearer.lua" if token else None, dict(TOKEN=token) if token else None)[0]
    last = 0
    for _ in range(12):
        rate = run(10) / 10
        if last and abs(rate - last) < 0.05 * last:
            break
        last = rate
    before = cpu.sample()
    requests = run(seconds)
    spent = Cpu.spent(before, cpu.sample())
    return requests / seconds, {k: 1000 * v / requests for k, v in spent.items()}


def batch_rows(a, start):
    """Every device reports in turn, a minute apart from start (epoch seconds): the batch comparison's rows."""
    rnd = random.Random(1)
    rows, users = [], []
    for i in range(a.rows):
        u = i % a.users
        vehicle = (i // a.users) % 2 == 0
        at = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(start + 60 * (i // a.users)))
        charging = rnd.random() < 0.5
        row = {"vendorDeviceId": f"{a.prefix}{'v' if vehicle else 'c'}{u}", "deviceType": "VEHICLE" if vehicle else "CHARGER",
               "observedAt": at, "receivedAt": at, "isPluggedIn": True, "isCharging": charging,
               "chargeRateKw": round(rnd.uniform(6, 11), 1) if charging else 0.0}
        if vehicle:
            row.update(batteryLevel=round(rnd.uniform(10, 90), 1), latitude=59.9 + u / 1e4, longitude=10.7)
        rows.append(row)
        users.append(u)
    return rows, users


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base-url", default="http://127.0.0.1:8080")
    ap.add_argument("--pg-data", required=True, help="the service's embedded PostgreSQL data dir")
    ap.add_argument("--client", default="dev-client:dev-secret")
    ap.add_argument("--seconds", type=int, default=20)
    ap.add_argument("--warmup", type=int, default=30, help="seconds of single ingest before the timed run (JIT)")
    ap.add_argument("--senders", type=int, default=8)
    ap.add_argument("--users", type=int, default=500, help="users of the batch rows, one vehicle and one charger each")
    ap.add_argument("--rows", type=int, default=100_000, help="rows of the batch comparison")
    ap.add_argument("--batch", type=int, default=5000)
    ap.add_argument("--prefix", default="ratio%d-" % int(time.time()))
    a = ap.parse_args()
    missing = [tool for tool in ("wrk", "pgbench", "psql") if not shutil.which(tool)]
    if missing:
        sys.exit(f"missing {', '.join(missing)}: on Debian or Ubuntu, apt-get install -y wrk postgresql (pgbench comes with the server package)")
    lines = open(os.path.join(a.pg_data, "postmaster.pid")).read().splitlines()
    postmaster, port = int(lines[0]), lines[3]
    conninfo = f"host=127.0.0.1 port={port} user=postgres dbname=postgres"
    service_port = a.base_url.rsplit(":", 1)[1].strip("/")
    ss = subprocess.run(["ss", "-ltnpH", f"sport = :{service_port}"], capture_output=True, text=True).stdout
    service_pid = int(ss.split("pid=")[1].split(",")[0])
    cpu = Cpu(service_pid, postmaster)
    print(f"machine: {os.cpu_count()} cores; service pid {service_pid}; PostgreSQL port {port}; load {' '.join(load())}")

    token = call(a.base_url, "POST", "/oauth2/token", form="grant_type=client_credentials", basic=a.client)["access_token"]
    ids = {}
    for u in range(a.users):
        user = f"{a.prefix}u{u}"
        ids[f"{a.prefix}v{u}"] = call(a.base_url, "POST", f"/simulator/users/{user}/vehicles", {
            "vendorDeviceId": f"{a.prefix}v{u}", "brand": "Kia", "model": "e-Niro", "batteryCapacityKwh": 64,
            "capabilities": {"startCharging": False, "stopCharging": True, "setChargeRateLimit": False}}, token)["id"]
        ids[f"{a.prefix}c{u}"] = call(a.base_url, "POST", f"/simulator/users/{user}/chargers", {
            "vendorDeviceId": f"{a.prefix}c{u}", "brand": "Easee", "model": "Home",
            "capabilities": {"startCharging": True, "stopCharging": True, "setChargeRateLimit": True}}, token)["id"]
    psql(conninfo, "drop table if exists bench_observation; create table bench_observation (like observation including all)")
    print(f"linked {a.users} users with a vehicle and a charger each; load {' '.join(load())}")

    # 1. pgbench: one row, one commit, 8 clients.
    before = cpu.sample()
    commits = one_row_commits(conninfo, a.seconds, a.senders)
    spent = Cpu.spent(before, cpu.sample())
    print(f"one-row INSERT + COMMIT ({a.senders} clients): {commits:.0f}/s; PostgreSQL CPU "
          f"{1000 * spent['postgres'] / (commits * a.seconds):.3f} ms/row; load {' '.join(load())}")

    # 2. single observations through the service, 8 connections. The first --warmup seconds are not timed: first-seen
    # users are rebuilt from the database, and on a loaded machine the JIT needs tens of seconds (CPU per request
    # fell from 2.9 to 1.0 ms over five 15 s runs at load 19).
    single = [f"{a.prefix}v{u}" for u in range(min(64, a.users))]
    epoch = 1_767_225_600  # 2026-01-01
    wrk(a.base_url, token, single, a.warmup, a.senders, epoch)
    before = cpu.sample()
    requests, report = wrk(a.base_url, token, single, a.seconds, a.senders, epoch + 10_000_000)
    spent = Cpu.spent(before, cpu.sample())
    single_rate = requests / a.seconds
    per = {k: 1000 * v / requests for k, v in spent.items()}
    latency = [line.strip() for line in report.splitlines() if line.strip().startswith(("50%", "99%"))]
    print(f"single ingest ({a.senders} connections): {single_rate:.0f} obs/s; latency {', '.join(latency)}; CPU per "
          f"observation: service {per['service']:.3f} ms + PostgreSQL {per['postgres']:.3f} ms = "
          f"{per['service'] + per['postgres']:.3f} ms (+ wrk {per['client']:.3f} ms); load {' '.join(load())}")

    # 2b. requests without the write, for scale.
    floors = {}
    for name, path, bearer in (("health", "/actuator/health", None),
                               ("vehicle_read", f"/vehicles/{ids[single[0]]}", token)):
        rate, spent_ms = request_floor(a.base_url + path, bearer, a.seconds, a.senders, cpu)
        floors[name] = (rate, spent_ms["service"] + spent_ms["postgres"])
        print(f"GET {path} ({a.senders} connections): {rate:.0f} req/s; CPU per request: service "
              f"{spent_ms['service']:.3f} ms + PostgreSQL {spent_ms['postgres']:.3f} ms = {floors[name][1]:.3f} ms; "
              f"load {' '.join(load())}")

    # 3. the batch rows: every device reports in turn, a minute apart; the same rows for COPY and the service.
    rows, users = batch_rows(a, epoch + 20_000_000)
    copy_in = "".join(
        f"{ids[r['vendorDeviceId']]},{r['deviceType']},{ids[f'{a.prefix}v0']},{ids[f'{a.prefix}v{u}']},"
        f"{r['observedAt']},{r['receivedAt']},t,{'t' if r['isCharging'] else 'f'},{r['chargeRateKw']},"
        f"{r.get('batteryLevel', '')},{r.get('latitude', '')},{r.get('longitude', '')},,{zlib.crc32(json.dumps(r).encode())}\n"
        for r, u in zip(rows, users))
    psql(conninfo, "truncate bench_observation")
    started = time.monotonic()
    psql(conninfo, f"\\copy bench_observation ({COLUMNS}) from stdin with (format csv)", stdin=copy_in)
    copy_rate = a.rows / (time.monotonic() - started)
    print(f"COPY of {a.rows} rows into an indexed table: {copy_rate:.0f} rows/s; load {' '.join(load())}")

    # 4. the same rows through the service: 2 senders, users split in two so that each user's order holds.
    errors = []

    def bodies_of(rows_, users_):
        groups = [[r for r, u in zip(rows_, users_) if u % 2 == n] for n in range(2)]
        return [[json.dumps({"observations": g[i:i + a.batch]}).encode() for i in range(0, len(g), a.batch)]
                for g in groups]

    def send(group):
        try:
            for body in group:
                call(a.base_url, "POST", "/simulator/observations", body, token)
        except Exception as e:  # reported below: a failed batch must not pass for a fast one
            errors.append(e)

    def send_all(bodies):
        threads = [threading.Thread(target=send, args=(g,)) for g in bodies]
        for t in threads:
            t.start()
        for t in threads:
            t.join()

    # Warm-up, not timed: the same devices' reports a day earlier, through the same two senders (the JIT compiles the
    # batch path only once it runs; timed cold, the first run of a fresh service spent three times the CPU).
    send_all(bodies_of(*batch_rows(a, epoch + 20_000_000 - 86_400)))

    timed = bodies_of(rows, users)
    before = cpu.sample()
    started = time.monotonic()
    send_all(timed)
    elapsed = time.monotonic() - started
    spent = Cpu.spent(before, cpu.sample())
    if errors:
        sys.exit("batch ingest failed: %r" % errors[0])
    batch_rate = a.rows / elapsed
    print(f"batch ingest ({a.batch} a request, 2 senders): {batch_rate:.0f} obs/s; CPU per observation: service "
          f"{1000 * spent['service'] / a.rows:.3f} ms + PostgreSQL {1000 * spent['postgres'] / a.rows:.3f} ms; "
          f"load {' '.join(load())}")
    psql(conninfo, "drop table bench_observation")

    print(json.dumps({"one_row_commits_per_s": round(commits), "single_obs_per_s": round(single_rate),
                      "single_vs_one_row_commit": round(single_rate / commits, 3),
                      "single_cpu_ms_per_obs": round(per["service"] + per["postgres"], 3),
                      **{f"{k}_per_s": round(v[0]) for k, v in floors.items()},
                      **{f"{k}_cpu_ms_per_request": round(v[1], 3) for k, v in floors.items()},
                      "copy_rows_per_s": round(copy_rate), "batch_obs_per_s": round(batch_rate),
                      "batch_vs_copy": round(batch_rate / copy_rate, 3), "load": load(), "cores": os.cpu_count()}))


if __name__ == "__main__":
    sys.exit(main())
