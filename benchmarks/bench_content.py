"""Benchmark: loading and validating all shipped content.

"in-process": `kit.content.validate.validate()` in a fresh Python process, the first call
(imports and the help directory included) and then warm calls (the content is read and checked
again each time; the help directory stays cached). "process": `python -m kit validate` as a new
process, spawn to exit, Python start-up included.

    python benchmarks/bench_content.py [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from _common import isolated_env, median, python_cmd, run_child


def _child(runs: int) -> None:
    """Runs in the fresh process: prints the seconds of each validate() call as JSON."""
    t = time.perf_counter()
    from kit.content.validate import validate

    problems = validate()
    times = [time.perf_counter() - t]
    for _ in range(runs):
        t = time.perf_counter()
        validate()
        times.append(time.perf_counter() - t)
    from kit.resources import content_dirs, rights_dir

    items = sum(1 for root in [*content_dirs(), rights_dir()] if root.is_dir()
                for p in root.iterdir() if p.is_dir())
    print(json.dumps({"times": times, "problems": sum(not p.warning for p in problems), "items": items}))


def measure(runs: int = 5) -> dict:
    with tempfile.TemporaryDirectory(prefix="kit-content-") as tmp:
        env = isolated_env(Path(tmp))
        child = run_child(python_cmd(__file__, "--child", str(runs)), env)
        if child.returncode:
            raise RuntimeError(f"content benchmark failed: {child.stderr[-500:]}")
        data = json.loads(child.stdout)
        process, codes = [], set()
        for _ in range(max(1, runs)):
            c = run_child(python_cmd("-m", "kit", "validate"), env)
            process.append(c.wall)
            codes.add(c.returncode)
    return {"first": data["times"][0], "warm": median(data["times"][1:] or data["times"]),
            "process": median(process), "problems": data["problems"], "items": data["items"],
            "exit_codes": sorted(codes), "runs": runs}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--child", type=int, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child is not None:
        _child(args.child)
        return 0
    r = measure(args.runs)
    print(f"{r['items']} items, {r['problems']} problem(s); first call {r['first'] * 1000:.0f} ms, "
          f"warm {r['warm'] * 1000:.0f} ms, `python -m kit validate` {r['process'] * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
