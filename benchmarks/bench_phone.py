"""Benchmark: a replayed phone check, whole process and in-process.

    .venv/bin/python benchmarks/bench_phone.py [--runs 11] [--limit 1.5] [--out FILE]

"cli": `python -m kit phone check --json --replay FIXTURE` as a new process, including Python
start-up, imports, loading the phone catalog, parsing every dump and rendering the findings
(goal: under 1.5 s on the 2-core CI machine). "in-process": `run_phone_check()` on a replay that
is already loaded, as the app's worker runs it. Each fixture is a recorded phone from
tests/phone/fixtures. Exits 1 if a whole-process median is above --limit.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "phone" / "fixtures"
CASES = ("android14_positive.json", "android10_positive.json", "ios_positive.json")
sys.path.insert(0, str(ROOT))


def large_replay(folder: Path, apps: int = 600) -> Path:
    """A phone the size of a real one: the positive Android 14 replay with `apps` more apps,
    each with a full `dumpsys package` block (permissions, users), about 10 MB in all."""
    import json

    data = json.loads((FIXTURES / "android14_positive.json").read_text(encoding="utf-8"))
    cmds = data["commands"]
    perms = "".join(f"      android.permission.PERM_{i}: granted=true, flags=[ USER_SENSITIVE_WHEN_GRANTED ]\n"
                    for i in range(120))
    blocks, lines = [], []
    for n in range(apps):
        pkg = f"com.vendor{n % 40}.app{n}"
        system = n % 3 == 0
        path = f"/system/app/App{n}" if system else f"/data/app/~~x{n}==/{pkg}-y{n}==/base.apk"
        lines.append(f"package:{path}={pkg}  installer={'null' if system else 'com.android.vending'} uid:{10300 + n}")
        blocks.append(f"  Package [{pkg}] (a{n:x}):\n    userId={10300 + n}\n    codePath={path}\n"
                      f"    flags=[ {'SYSTEM ' if system else ''}HAS_CODE ALLOW_CLEAR_USER_DATA ]\n"
                      f"    firstInstallTime=2024-01-01 10:00:00\n    installerPackageName=com.android.vending\n"
                      f"    runtime permissions:\n{perms}"
                      f"    User 0: ceDataInode=1 installed=true hidden=false suspended=false stopped=false\n")
    cmds["pm list packages -f -i -U -u"] += "\n".join(lines) + "\n"
    cmds["dumpsys package"] = cmds["dumpsys package"].replace("Packages:\n", "Packages:\n" + "".join(blocks), 1)
    out = folder / "android_large.json"
    out.write_text(json.dumps(data), encoding="utf-8")
    return out


def cli(fixture: Path, runs: int) -> list[float]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "kit", "phone", "check", "--json", "--replay",
                        str(fixture)], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - t)
    return times


def in_process(fixture: Path, runs: int) -> list[float]:
    from kit.phone import load_replay, run_phone_check

    run_phone_check(load_replay(fixture))  # warm-up: imports and the catalog
    times = []
    for _ in range(runs):
        source = load_replay(fixture)
        t = time.perf_counter()
        run_phone_check(source)
        times.append(time.perf_counter() - t)
    return times


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=11)
    p.add_argument("--limit", type=float, default=1.5)
    p.add_argument("--out", type=Path)
    args = p.parse_args()
    import tempfile

    rows, worst = [], 0.0
    tmp = Path(tempfile.mkdtemp(prefix="bench-phone-"))
    large = large_replay(tmp)
    for fixture in [*(FIXTURES / c for c in CASES), large]:
        name = f"{fixture.name} ({fixture.stat().st_size / 1e3:,.0f} kB)"
        c = cli(fixture, args.runs)
        i = in_process(fixture, args.runs)
        worst = max(worst, statistics.median(c))
        rows.append(f"| {name} | {statistics.median(c) * 1000:.0f} ms | {max(c) * 1000:.0f} ms | "
                    f"{statistics.median(i) * 1000:.1f} ms |")
    lines = [
        "## Phone check, replayed (bench_phone.py, by hand)", "",
        f"Machine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
        f"{args.runs} runs each (`benchmarks/bench_phone.py`).", "",
        "| replay | whole process, median | whole process, max | in-process, median |",
        "| --- | --- | --- | --- |", *rows, "",
        f"Goal: whole process under {args.limit:g} s. "
        f"{'Met' if worst <= args.limit else 'Missed'} (slowest median {worst * 1000:.0f} ms).", ""]
    text = "\n".join(lines)
    print(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    return 0 if worst <= args.limit else 1


if __name__ == "__main__":
    sys.exit(main())
