#!/usr/bin/env python3
"""A round-robin HTTP load balancer for benchmarks, standard library only: each request goes to the next
backend in turn, whatever it is, as nginx's default upstream does.

    python3 bench/roundrobin.py PORT http://127.0.0.1:18081 http://127.0.0.1:18082
"""
import http.server
import itertools
import sys
import threading
import urllib.error
import urllib.request

backends = itertools.cycle(sys.argv[2:])
lock = threading.Lock()


class Forward(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def forward(self):
        with lock:
            backend = next(backends)
        body = self.rfile.read(int(self.headers.get("Content-Length", 0) or 0))
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "content-length", "connection")}
        request = urllib.request.Request(backend + self.path, data=body or None, method=self.command, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=300) as r:
                status, reply, raw = r.status, r.headers, r.read()
        except urllib.error.HTTPError as e:
            status, reply, raw = e.code, e.headers, e.read()
        self.send_response(status)
        for k, v in reply.items():
            if k.lower() not in ("transfer-encoding", "connection", "content-length"):
                self.send_header(k, v)
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = forward

    def log_message(self, *args):
        pass


http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Forward).serve_forever()
