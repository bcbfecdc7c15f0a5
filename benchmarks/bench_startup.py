"""Benchmark: start-up of the app against a bare PySide6 window with one label.

Each run is a new process with a fresh, empty profile (HOME, XDG folders, KIT_DATA_DIR) and
offscreen Qt. The app and the bare window alternate, after one discarded warm-up of each (so
both find the same warm OS file cache). Per run: ms to the first Paint event (printed by the
process itself, counted from its first line of Python), whole-process wall time, peak RSS.

Diagnostics, to find where the difference goes: the app without its application-wide Python
event filters (`app_without_filters.py`), the first `from PySide6.QtCore import Qt` (which
builds all enums of the Qt namespace), and `python -X importtime` of both.

    python benchmarks/bench_startup.py [--runs 10]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from _common import isolated_env, median, python_cmd, ratio, run_child, table

BENCH = Path(__file__).resolve().parent
COMMANDS = {
    "app": ["-m", "kit", "--exit-after-start"],
    "bare": [str(BENCH / "bare_window.py")],
    "app-no-filters": [str(BENCH / "app_without_filters.py")],  # diagnostic
}
QT_NAMESPACE = ("import time, PySide6.QtWidgets; t = time.perf_counter(); "
                "from PySide6.QtCore import Qt; print((time.perf_counter() - t) * 1000)")
# every kit module the app imports before its window is painted, after PySide6 itself
KIT_IMPORTS = ("import time, PySide6.QtWidgets; t = time.perf_counter(); "
               "import kit.cli, kit.portable, kit.paths, kit.ui.shell.app, kit.ui.shell.branding, "
               "kit.ui.shell.state, kit.ui.shell.idle_lock, kit.ui.shell.main_window, kit.ui.shell.start_page; "
               "print((time.perf_counter() - t) * 1000)")


def one_run(which: str, extra_args: tuple[str, ...] = ()) -> dict:
    with tempfile.TemporaryDirectory(prefix="kit-start-") as tmp:
        child = run_child(python_cmd(*extra_args, *COMMANDS[which]), isolated_env(Path(tmp)))
    if child.returncode != 0:
        raise RuntimeError(f"{which} start-up failed ({child.returncode}): {child.stderr[-500:]}")
    return {"paint_ms": float(child.stdout.split()[-1]), "wall_s": child.wall,
            "rss": child.max_rss, "stderr": child.stderr}


def measure(runs: int = 10, diagnose: bool = True) -> dict:
    kinds = list(COMMANDS) if diagnose else ["app", "bare"]
    for which in kinds:  # warm-up, not counted
        one_run(which)
    samples: dict[str, list[dict]] = {k: [] for k in kinds}
    for i in range(runs):
        for which in (kinds if i % 2 == 0 else kinds[::-1]):
            samples[which].append(one_run(which))
    out = {"runs": runs}
    for which, rows in samples.items():
        out[which] = {key: median([r[key] for r in rows]) for key in ("paint_ms", "wall_s", "rss")}
        out[which]["paint_all"] = [r["paint_ms"] for r in rows]
    if diagnose:
        out["qt_namespace_ms"] = median([probe_ms(QT_NAMESPACE) for _ in range(3)])
        out["kit_imports_ms"] = median([probe_ms(KIT_IMPORTS) for _ in range(3)])
    return out


def probe_ms(code: str) -> float:
    """Run `code` in a fresh process; it prints a time in ms."""
    with tempfile.TemporaryDirectory(prefix="kit-start-") as tmp:
        child = run_child(python_cmd("-c", code), isolated_env(Path(tmp)))
    if child.returncode:
        raise RuntimeError(f"start-up probe failed: {child.stderr[-500:]}")
    return float(child.stdout.split()[-1])


# -- where the time goes ---------------------------------------------------------------------
LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)")


def group(module: str) -> str:
    top = module.split(".")[0]
    if top == "kit":
        return "kit"
    if top in ("PySide6", "shiboken6", "shibokensupport"):
        return "PySide6"
    return "other"


def import_profile(which: str, runs: int = 3) -> dict:
    """`python -X importtime`: import time (ms) by who triggered it; median of `runs`.

    Each top-level import counts with everything it pulled in (stdlib modules that kit code
    imports count as kit); `kit_self` lists the kit modules with the largest own time."""
    totals: dict[str, list[float]] = defaultdict(list)
    selfs: dict[str, list[float]] = defaultdict(list)
    for _ in range(runs):
        err = one_run(which, ("-X", "importtime"))["stderr"]
        by_group: dict[str, float] = defaultdict(float)
        for m in LINE.finditer(err):
            own, cumulative, indent, name = int(m[1]), int(m[2]), len(m[3]), m[4]
            if indent == 1:  # a top-level import
                by_group[group(name)] += cumulative / 1000
            if name.startswith("kit"):
                selfs[name].append(own / 1000)
        for g in ("kit", "PySide6", "other"):
            totals[g].append(by_group[g])
    top = sorted(((median(v), k) for k, v in selfs.items()), reverse=True)[:8]
    return {"groups": {g: median(v) for g, v in totals.items()}, "kit_self": top}


def report(r: dict) -> str:
    app, bare = r["app"], r["bare"]
    mib = 1 << 20
    return table(
        [f"Measure (median of {r['runs']} runs)", "App", "Bare window", "Ratio"],
        [["Start to first paint (ms, printed by the process)", f"{app['paint_ms']:.0f}",
          f"{bare['paint_ms']:.0f}", ratio(app["paint_ms"], bare["paint_ms"])],
         ["Whole process, spawn to exit (ms)", f"{app['wall_s'] * 1000:.0f}",
          f"{bare['wall_s'] * 1000:.0f}", ratio(app["wall_s"], bare["wall_s"])],
         ["Peak RSS (MiB)", f"{app['rss'] / mib:.1f}", f"{bare['rss'] / mib:.1f}",
          ratio(app["rss"], bare["rss"])]])


def shares(r: dict, profile: dict[str, dict]) -> list[tuple[str, float]]:
    """The first-paint gap between the app and the bare window, split into measured parts (ms).

    Approximate: the parts are medians from different processes, and "rest" is what is left."""
    gap = r["app"]["paint_ms"] - r["bare"]["paint_ms"]
    parts = []
    if "app-no-filters" in r:
        parts.append(("filters", r["app"]["paint_ms"] - r["app-no-filters"]["paint_ms"]))
    qt = r.get("qt_namespace_ms", 0.0)
    if qt:
        parts.append(("qt-namespace", qt))
    if "kit_imports_ms" in r:  # the Qt namespace is built inside a kit import
        parts.append(("kit-imports", max(0.0, r["kit_imports_ms"] - qt)))
    parts.append(("rest", gap - sum(ms for _, ms in parts)))
    return parts


SHARE_LABELS = {
    "filters": "The two application-wide Python event filters (quick exit, idle lock): the app "
               "with them minus the app without them (`app_without_filters.py`)",
    "qt-namespace": "First `from PySide6.QtCore import Qt`: builds every enum of the Qt namespace "
                    "(the bare window never touches it)",
    "kit-imports": "Importing the kit's modules for the first window, after PySide6 (with "
                   "argparse, the socket guard, dataclasses, ...), minus the Qt namespace",
    "rest": "The rest: settings and translators, building the main window and the start page, "
            "more widgets to paint",
}


def diagnosis(r: dict, profile: dict[str, dict]) -> str:
    """Where the difference between the app and the bare window goes (Markdown)."""
    app, bare = r["app"], r["bare"]
    gap = app["paint_ms"] - bare["paint_ms"]
    rows = [[SHARE_LABELS[name], f"{ms:.0f} ms", f"{ms / gap:.0%}" if gap > 0 else ""]
            for name, ms in shares(r, profile)]
    rows.append(["**Difference to explain** (first paint, app minus bare window)",
                 f"**{gap:.0f} ms**", "100%"])
    if "app-no-filters" in r:
        nf = r["app-no-filters"]["paint_ms"]
        rows.append(["(App without the two filters: first paint, ratio to the bare window)",
                     f"{nf:.0f} ms", f"{nf / bare['paint_ms']:.2f}x"])
    for which in ("app", "bare"):
        if which in profile:
            g = profile[which]["groups"]
            rows.append([f"(`-X importtime`, {which}: imports triggered by kit / PySide6 / "
                         "other)", f"{g['kit']:.0f} / {g['PySide6']:.0f} / {g['other']:.0f} ms",
                         ""])
    if "app" in profile and profile["app"]["kit_self"]:
        top = ", ".join(f"`{name}` {ms:.1f}" for ms, name in profile["app"]["kit_self"][:5])
        rows.append(["(Largest own import times of kit modules, ms)", top, ""])
    return table(["Part of the difference", "ms", "Share"], rows, "lrr")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=10)
    args = ap.parse_args(argv)
    r = measure(args.runs)
    print(report(r))
    print()
    print(diagnosis(r, {w: import_profile(w) for w in ("app", "bare")}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
