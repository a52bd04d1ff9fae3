#!/usr/bin/env python3
"""Where request threads waited: a JFR recording's blocking events (socket reads, parks, monitor entries) on threads
whose name contains THREAD, grouped by their innermost frames, with count and total milliseconds.

Usage (record with the JVM, as bench/jfr-summary.py says; settings=profile keeps such events of 10-20 ms or more):
    java -XX:StartFlightRecording:name=s,settings=profile -jar ...   ... load ...   jcmd PID JFR.dump name=s filename=/tmp/s.jfr
    python3 bench/jfr-waits.py /tmp/s.jfr [THREAD=http-nio] [FROM=HH:MM:SS] [TO=HH:MM:SS]

FROM/TO keep the events that started in that window of wall time (UTC, as `jfr print` shows it), e.g. one wrk run.
docs/performance.md (issue 19, third pass) quotes the PostgreSQL socket reads counted this way.
"""
import collections
import re
import subprocess
import sys

EVENTS = "jdk.SocketRead,jdk.ThreadPark,jdk.JavaMonitorEnter"


def events(path, names=EVENTS, depth=12):
    """The recording's events of those names as `jfr print` writes them, one text per event."""
    printed = subprocess.run(["jfr", "print", "--stack-depth", str(depth), "--events", names, path],
                             capture_output=True, text=True, check=True).stdout
    return re.split(r"\n(?=jdk\.)", printed)


def frames(event):
    """An event's stack, innermost first, as 'package.Type.method'."""
    return [line.strip().split("(")[0] for line in event.splitlines() if "line:" in line]


def main():
    path = sys.argv[1]
    thread = sys.argv[2] if len(sys.argv) > 2 else "http-nio"
    start, end = (sys.argv[3], sys.argv[4]) if len(sys.argv) > 4 else ("", "99")
    count, total = collections.Counter(), collections.Counter()
    for event in events(path):
        at = re.search(r"startTime = \S+ (\d\d:\d\d:\d\d)|startTime = (\d\d:\d\d:\d\d)", event)
        duration = re.search(r"duration = ([\d.]+) (ms|s)\b", event)
        if not at or not duration or thread not in event:
            continue
        clock = at.group(1) or at.group(2)
        if not start <= clock < end:
            continue
        ms = float(duration.group(1)) * (1000 if duration.group(2) == "s" else 1)
        key = event.split()[0] + " | " + " < ".join(frames(event)[:5])
        count[key] += 1
        total[key] += ms
    for key, ms in total.most_common(12):
        print(f"{count[key]:6d} {ms:9.0f} ms  {key[:300]}")


if __name__ == "__main__":
    main()
