#!/usr/bin/env python3
"""Shares of a JFR recording's CPU samples, by step of the ingest path and by the library of the innermost frame.

Usage (record as bench/jfr-summary.py says, service started with -XX:FlightRecorderOptions:stackdepth=256):
    python3 bench/jfr-shares.py FILE.jfr

"inclusive": the share of all samples whose stack holds a frame matching the step's pattern (steps nest, so they
do not add up). "innermost library": each sample counted once, for the first frame from the leaf that belongs to
one of the listed libraries. docs/performance.md (issue 19, second pass) quotes shares computed this way.
"""
import collections
import importlib.util
import os
import re
import sys

# Stacks are read as bench/jfr-summary.py reads them: streamed from `jfr print`, leaf first.
_spec = importlib.util.spec_from_file_location("jfr_summary", os.path.join(os.path.dirname(__file__), "jfr-summary.py"))
_summary = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_summary)

STEPS = [
    ("SimulatedOemFeed.report", r"SimulatedOemFeed.report"),
    ("ObservationPipeline.storeAndDispatch", r"ObservationPipeline.storeAndDispatch"),
    ("ObservationPipeline.store", r"ObservationPipeline.store$"),
    ("ObservationPipeline.dispatch", r"ObservationPipeline.dispatch"),
    ("ownersByVendorId", r"ownersByVendorId"),
    ("virtualNow", r"virtualNow"),
    ("timePassed", r"timePassed"),
    ("appendNew", r"appendNew"),
    ("Jackson, reading the request", r"readWithMessageConverters"),
    ("Jackson, writing the answer", r"writeWithMessageConverters"),
    ("bean validation", r"validat"),
]
LIBRARIES = [("pgjdbc", r"^org.postgresql"), ("hikari", r"^com.zaxxer"),
             ("spring-jdbc/tx", r"^org.springframework.(jdbc|transaction)"), ("jackson", r"jackson"),
             ("spring-security", r"^org.springframework.security"), ("spring-web", r"^org.springframework.web"),
             ("tomcat", r"^org.apache"), ("micrometer", r"micrometer"), ("logback", r"logback|slf4j"),
             ("evpair", r"^io.evpair"), ("spring-other", r"^org.springframework"), ("hibernate-validator", r"hibernate")]


def main():
    total, steps, innermost = 0, collections.Counter(), collections.Counter()
    for frames in _summary.stacks(sys.argv[1]):
        total += 1
        for name, pattern in STEPS:
            if any(re.search(pattern, f) for f in frames):
                steps[name] += 1
        for f in frames:
            hit = [name for name, pattern in LIBRARIES if re.search(pattern, f)]
            if hit:
                innermost[hit[0]] += 1
                break
        else:
            innermost["jdk/other"] += 1
    print(f"{total} samples")
    print("inclusive:")
    for name, _ in STEPS:
        print(f"  {steps[name] / total:6.1%} {name}")
    print("innermost library:")
    for name, n in innermost.most_common():
        print(f"  {n / total:6.1%} {name}")


if __name__ == "__main__":
    sys.exit(main())
