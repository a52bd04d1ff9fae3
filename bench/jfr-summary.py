#!/usr/bin/env python3
"""Where a JFR recording's CPU samples went: the share of samples whose stack holds each frame.

Usage:
    java -XX:FlightRecorderOptions:stackdepth=256 -XX:StartFlightRecording:name=p,settings=bench/jfr-2ms.jfc -jar ...
    # start the recording with the JVM: started under load it cut the service's rate by 90 % (docs/performance.md)
    ... load ...
    jcmd PID JFR.dump name=p filename=/tmp/p.jfr
    jfr print --json --stack-depth 200 --events jdk.ExecutionSample /tmp/p.jfr > /tmp/p.json
    python3 bench/jfr-summary.py /tmp/p.json [ROOT] [FILTER]
    python3 bench/jfr-summary.py /tmp/p.jfr [ROOT] [FILTER]     # the same, streamed from `jfr print` (text)

ROOT keeps only samples whose stack contains that text (e.g. SimulatorFeedController.observations); FILTER is a
regular expression on the frames to print. Without --stack-depth, `jfr print` keeps 5 frames and every share
looks small. docs/performance.md quotes shares computed this way. A .jfr file is read as it is printed, never
whole: the JSON of a minute's recording under load runs to gigabytes, and loading it took more memory than
the machine could spare.
"""
import collections
import json
import re
import subprocess
import sys


def stacks(path):
    """Each sample's frames, leaf first, as 'package.Type.method' (slashes in the JSON's type names)."""
    if path.endswith(".jfr"):
        printed = subprocess.Popen(["jfr", "print", "--stack-depth", "200", "--events", "jdk.ExecutionSample", path],
                                   stdout=subprocess.PIPE, text=True)
        frames = None
        for line in printed.stdout:
            line = line.strip()
            if line == "stackTrace = [":
                frames = []
            elif frames is not None and line == "]":
                yield frames
                frames = None
            elif frames is not None and line != "...":
                frames.append(line.split("(", 1)[0])
        printed.wait()
        return
    for event in json.load(open(path))["recording"]["events"]:
        stack = event["values"].get("stackTrace")
        if stack:
            yield [f["method"]["type"]["name"] + "." + f["method"]["name"] for f in stack["frames"]]


def main():
    root = sys.argv[2] if len(sys.argv) > 2 else ""
    pattern = re.compile(sys.argv[3]) if len(sys.argv) > 3 else None
    inclusive = collections.Counter()
    top = collections.Counter()
    n = 0
    for names in stacks(sys.argv[1]):
        if root and not any(root in name for name in names):
            continue
        n += 1
        top[names[0]] += 1
        inclusive.update(set(names))
    print(f"{n} samples" + (f" under {root}" if root else ""))
    for name, count in inclusive.most_common(500):
        if pattern is None or pattern.search(name):
            print(f"{100 * count / n:5.1f}% {name}")
    print("--- top frames")
    for name, count in top.most_common(20):
        print(f"{100 * count / n:5.1f}% {name}")


if __name__ == "__main__":
    sys.exit(main())
