#!/usr/bin/env python3
"""Webhook delivery throughput: how fast the service drains a backlog to a local receiver.

Usage (from the repository root, after ./mvnw -pl app -am package -DskipTests):
    python3 bench/webhook-throughput.py [--events 30000] [--users 1000] [--jar app/target/app-*.jar]

Starts the service jar on a fresh database of the local PostgreSQL (psql as user postgres on 127.0.0.1:5432),
a receiver on loopback that checks every signature and the order of each user's events, and one webhook
pointing at it. The backlog is written straight into the outbox while the webhook is switched off (the
delivery path is what is measured, not ingest), then the webhook is switched on and the clock runs until the
receiver holds every event. Prints one JSON line: events/s, requests, the largest batch, most requests in
flight at once, order violations, and the CPU seconds of the service, of its PostgreSQL backends and of the
receiver. Standard library only; a benchmark, not a test.
"""
import argparse
import base64
import glob
import hashlib
import hmac
import json
import os
import resource
import subprocess
import sys
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LANES = 16  # WebhookDeliveries.LANES
SECRET = "bench-webhook-secret-0123456789"


def java_hash(s):
    """String.hashCode of an ASCII string."""
    h = 0
    for ch in s:
        h = (31 * h + ord(ch)) & 0xFFFFFFFF
    return h - (1 << 32) if h >= 1 << 31 else h


def lane_of(user):
    return java_hash(user) % LANES  # Math.floorMod: Python's % is already non-negative here


def call(base, method, path, body=None, token=None, basic=None, form=None):
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
    with urllib.request.urlopen(urllib.request.Request(base + path, data=data, method=method, headers=headers), timeout=60) as r:
        raw = r.read()
        return json.loads(raw) if raw else None


class Receiver:
    def __init__(self):
        self.lock = threading.Lock()
        self.events = 0
        self.requests = 0
        self.largest = 0
        self.in_flight = 0
        self.most_in_flight = 0
        self.bad_signatures = 0
        self.out_of_order = 0
        self.last_sequence = {}
        self.last_at = None
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_POST(self):
                with receiver.lock:
                    receiver.in_flight += 1
                    receiver.most_in_flight = max(receiver.most_in_flight, receiver.in_flight)
                body = self.rfile.read(int(self.headers["Content-Length"]))
                expected = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
                events = json.loads(body)
                with receiver.lock:
                    receiver.in_flight -= 1
                    receiver.requests += 1
                    receiver.largest = max(receiver.largest, len(events))
                    if not hmac.compare_digest(expected, self.headers.get("X-Evpair-Signature", "")):
                        receiver.bad_signatures += 1
                    for e in events:
                        user, seq = e["user"]["id"], e["vehicle"]["sequence"]
                        if seq <= receiver.last_sequence.get(user, -1):
                            receiver.out_of_order += 1
                        receiver.last_sequence[user] = seq
                    receiver.events += len(events)
                    receiver.last_at = time.monotonic()
                self.send_response(204)
                self.send_header("Content-Length", "0")
                self.end_headers()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def url(self):
        return "http://127.0.0.1:%d/hook" % self.server.server_address[1]


def psql(db, sql):
    return subprocess.run(["psql", "-q", "-h", "127.0.0.1", "-U", "postgres", "-d", db, "-At", "-c", sql],
                          check=True, capture_output=True, text=True).stdout.strip()


def cpu_ticks(pids):
    total = 0
    for pid in pids:
        try:
            with open("/proc/%s/stat" % pid) as f:
                fields = f.read().rsplit(")", 1)[1].split()
                total += int(fields[11]) + int(fields[12])
        except (FileNotFoundError, ProcessLookupError):
            pass
    return total


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=30000)
    ap.add_argument("--users", type=int, default=1000)
    ap.add_argument("--port", type=int, default=18090)
    ap.add_argument("--jar", default=(sorted(glob.glob("app/target/app-*.jar")) or [None])[0])
    ap.add_argument("--java-option", action="append", default=[], help="e.g. -Xmx1g; repeatable")
    ap.add_argument("--service-arg", action="append", default=[], help="e.g. --evpair.webhooks.parallel-per-webhook=8")
    a = ap.parse_args()
    if not a.jar:
        sys.exit("no jar: ./mvnw -pl app -am package -DskipTests first, or --jar")

    db = "evpair_bench_webhooks_%d" % int(time.time() * 1000)
    psql("postgres", "create database " + db)
    base = "http://127.0.0.1:%d" % a.port
    log = open("/tmp/%s.log" % db, "w")
    service = subprocess.Popen(["java"] + (a.java_option or ["-Xmx1g"]) + ["-jar", a.jar,
                                "--server.address=127.0.0.1", "--server.port=%d" % a.port,
                                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/" + db,
                                "--spring.datasource.username=postgres", "--evpair.admin.password=bench",
                                "--evpair.webhooks.allow-private-targets=true"] + a.service_arg,
                               stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.time() + 300
        while True:
            try:
                if call(base, "GET", "/actuator/health")["status"] == "UP":
                    break
            except Exception:
                pass
            if time.time() > deadline or service.poll() is not None:
                sys.exit("the service did not start; see /tmp/%s.log" % db)
            time.sleep(1)

        created = call(base, "POST", "/admin/clients", {"name": "webhook bench", "clientId": "bench"}, basic="admin:bench")
        token = call(base, "POST", "/oauth2/token", form="grant_type=client_credentials",
                     basic="bench:" + created["clientSecret"])["access_token"]
        receiver = Receiver()
        webhook = call(base, "POST", "/webhooks", {"url": receiver.url(), "secret": SECRET}, token)
        call(base, "PATCH", "/webhooks/" + webhook["id"], {"isActive": False}, token)

        # Event g belongs to user g % users and is that user's (g // users)-th: ids rise with g, so the
        # receiver can check each user's order. Shaped like a user:vehicle:updated event (~500 bytes).
        lanes = ",".join(str(lane_of("bench-user-%d" % u)) for u in range(a.users))
        # A jar from before delivery lanes (V12) has no lane column: then the same events without it.
        has_lanes = psql(db, "select count(*) from information_schema.columns"
                             " where table_name = 'webhook_outbox' and column_name = 'lane'") == "1"
        sql = """
            insert into webhook_outbox (webhook_id, event%(lane_column)s)
            select '%(webhook)s', jsonb_build_object(
                       'event', 'user:vehicle:updated', 'createdAt', now(), 'version', '2024-10-01',
                       'user', jsonb_build_object('id', 'bench-user-' || (g %% %(users)d)),
                       'vehicle', jsonb_build_object('id', md5(g::text)::uuid, 'vendor', 'SIMULATED', 'sequence', g / %(users)d,
                           'chargeState', jsonb_build_object('batteryLevel', g %% 100, 'range', 300, 'isPluggedIn', true,
                               'isCharging', true, 'chargeRate', 7.4, 'powerDeliveryState', 'PLUGGED_IN:CHARGING',
                               'lastUpdated', now()),
                           'isReachable', true, 'lastSeen', now()),
                       'updatedFields', jsonb_build_array('chargeState.batteryLevel', 'chargeState.chargeRate'))
                   %(lane_value)s
            from generate_series(0, %(events)d - 1) g""" % {
            "webhook": webhook["id"], "users": a.users, "events": a.events,
            "lane_column": ", lane" if has_lanes else "",
            "lane_value": ", (array[%s])[(g %% %d) + 1]" % (lanes, a.users) if has_lanes else ""}
        psql(db, sql)
        backends = psql(db, "select string_agg(pid::text, ' ') from pg_stat_activity where datname = current_database()"
                            " and pid <> pg_backend_pid()").split()

        service_before, pg_before = cpu_ticks([service.pid]), cpu_ticks(backends)
        receiver_before = resource.getrusage(resource.RUSAGE_SELF)
        start = time.monotonic()
        call(base, "PATCH", "/webhooks/" + webhook["id"], {"isActive": True}, token)
        deadline = start + 600
        while receiver.events < a.events and time.monotonic() < deadline:
            time.sleep(0.05)
        elapsed = (receiver.last_at or time.monotonic()) - start
        receiver_after = resource.getrusage(resource.RUSAGE_SELF)
        hz = os.sysconf("SC_CLK_TCK")
        print(json.dumps({
            "events": a.events, "received": receiver.events, "users": a.users, "seconds": round(elapsed, 2),
            "events_per_second": round(receiver.events / elapsed), "requests": receiver.requests,
            "largest_batch": receiver.largest, "most_in_flight": receiver.most_in_flight,
            "out_of_order": receiver.out_of_order, "bad_signatures": receiver.bad_signatures,
            "cpu_seconds": {"service": round((cpu_ticks([service.pid]) - service_before) / hz, 2),
                            "postgres_backends": round((cpu_ticks(backends) - pg_before) / hz, 2),
                            "receiver": round(receiver_after.ru_utime + receiver_after.ru_stime
                                              - receiver_before.ru_utime - receiver_before.ru_stime, 2)},
            "cores": os.cpu_count(), "load_average": os.getloadavg()}))
    finally:
        service.terminate()
        service.wait(timeout=60)
        psql("postgres", "drop database if exists %s with (force)" % db)


if __name__ == "__main__":
    main()
