"""Benchmark: wall time of a full computer check on this machine.

    .venv/bin/python benchmarks/bench_check.py [--runs 21] [--cli-runs 5] [--limit 1.0]

"in-process": `run_checks()` with a fresh live probe each run (nothing cached between runs),
as the app's worker thread runs it. "cli": `python -m kit check --json` as a new process,
including Python start-up and imports. Exits 1 if the in-process median is above --limit.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def in_process(runs: int) -> tuple[list[float], int]:
    from kit import netguard
    from kit.checks.runner import run_checks

    netguard.install()
    run_checks()  # warm-up: imports and the catalog, as the app has them after the first run
    times, count = [], 0
    for _ in range(runs):
        t = time.perf_counter()
        report = run_checks()
        times.append(time.perf_counter() - t)
        count = len(report.findings)
    return times, count


def cli(runs: int) -> list[float]:
    times = []
    env = dict(os.environ)
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "kit", "check", "--json"], cwd=ROOT, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - t)
    return times


def summary(name: str, times: list[float]) -> str:
    ordered = sorted(times)
    p90 = ordered[min(len(ordered) - 1, int(round(0.9 * (len(ordered) - 1))))]
    return (f"{name}: median {statistics.median(times) * 1000:.0f} ms, p90 {p90 * 1000:.0f} ms, "
            f"min {ordered[0] * 1000:.0f} ms, max {ordered[-1] * 1000:.0f} ms ({len(times)} runs)")


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=21)
    p.add_argument("--cli-runs", type=int, default=5)
    p.add_argument("--limit", type=float, default=1.0, help="seconds allowed for the in-process median")
    args = p.parse_args()
    times, count = in_process(args.runs)
    print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}, {count} checks")
    print(summary("in-process full check", times))
    if args.cli_runs:
        print(summary("python -m kit check --json", cli(args.cli_runs)))
    median = statistics.median(times)
    if median > args.limit:
        print(f"too slow: median {median:.3f} s > {args.limit} s", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
