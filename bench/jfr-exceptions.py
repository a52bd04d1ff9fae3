#!/usr/bin/env python3
"""What a JFR recording says about exceptions: the throwables the JVM counted from its start to the recording's end,
and, when exception events were recorded, where the most were built (each site by its innermost frames below the
exception's own constructors).

Usage (start the recording with the JVM, as bench/jfr-summary.py says):
    java -XX:StartFlightRecording:name=s -jar ...                       # the count only (jdk.ExceptionStatistics)
    java -XX:StartFlightRecording:name=s,settings=profile,+jdk.JavaExceptionThrow#enabled=true -jar ...   # and sites
    ... load ...   jcmd PID JFR.dump name=s filename=/tmp/s.jfr
    python3 bench/jfr-exceptions.py /tmp/s.jfr

docs/performance.md (issue 19, fifth pass) quotes counts and sites taken this way. Exception events add their own
cost to every throw, so compare throughput only between recordings made with the same settings.
"""
import collections
import importlib.util
import os
import re
import sys

# Events are read as bench/jfr-waits.py reads them.
_spec = importlib.util.spec_from_file_location("jfr_waits", os.path.join(os.path.dirname(__file__), "jfr-waits.py"))
_waits = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_waits)


def main():
    path = sys.argv[1]
    counts = re.findall(r"throwables = ([\d,_ ]+)", "\n".join(_waits.events(path, "jdk.ExceptionStatistics")))
    if counts:
        print("throwables since the JVM started:", re.sub(r"\D", "", counts[-1]))
    sites = collections.Counter()
    for event in _waits.events(path, "jdk.JavaExceptionThrow"):
        thrown = re.search(r"thrownClass = (\S+)", event)
        if not thrown:
            continue
        own = [f for f in _waits.frames(event) if not re.search(r"\.<init>$|Throwable|Exception\.|Error\.", f)]
        sites[thrown.group(1) + " <- " + " < ".join(own[:3])] += 1
    for site, n in sites.most_common(10):
        print(f"{n:8d}  {site[:250]}")


if __name__ == "__main__":
    main()
