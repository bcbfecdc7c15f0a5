"""Smoke test of a built bundle: run the bundled program the way a user would, headless.

Each command runs with QT_QPA_PLATFORM=offscreen, an empty temporary HOME (and XDG folders) and
its own KIT_DATA_DIR, so the test neither reads nor changes the profile of whoever builds.
`python packaging/build.py --smoke` calls `run()`; it returns the number of failed steps.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TIMEOUT = 180


def program(bundle: Path) -> Path:
    """The console program inside a bundle folder (dist/ontkoppel)."""
    for name in ("ontkoppel-cli.exe", "ontkoppel", "ontkoppel.exe"):
        if (bundle / name).is_file():
            return bundle / name
    raise FileNotFoundError(f"no ontkoppel program in {bundle}")


def isolated_env(home: Path, data: Path | None) -> dict[str, str]:
    env = {"HOME": str(home), "USERPROFILE": str(home), "QT_QPA_PLATFORM": "offscreen",
           "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
           "TMPDIR": str(home / "tmp"), "KIT_PASSPHRASE": "smoke test passphrase 1234"}
    for key, sub in (("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                     ("XDG_CACHE_HOME", ".cache"), ("XDG_STATE_HOME", ".local/state"),
                     ("XDG_RUNTIME_DIR", "runtime")):
        env[key] = str(home / sub)
    for key in ("SystemRoot", "SYSTEMROOT", "windir"):  # Windows needs these to start at all
        if key in os.environ:
            env[key] = os.environ[key]
    if data is not None:
        env["KIT_DATA_DIR"] = str(data)
    for folder in (home / "tmp", home / "runtime"):
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return env


def _content_ok(out: str) -> str:
    items = json.loads(out)
    kinds = {it["kind"] for it in items}
    missing = {"guide", "checklist", "module", "rights"} - kinds
    return f"content missing: {sorted(missing)}" if missing else ""


def _check_ok(out: str) -> str:
    report = json.loads(out)
    return "" if report.get("findings") else "no findings in the check report"


def _start_ok(out: str) -> str:
    lines = out.strip().splitlines()
    return "" if lines and float(lines[-1]) > 0 else "no start-up time printed"


def steps(export_dir: Path) -> list[tuple[str, list[str], object]]:
    """(name, arguments, output check) for each step; a check returns "" when fine."""
    from kit import __version__

    return [
        ("--version", ["--version"], lambda out: "" if __version__ in out else "wrong version"),
        ("validate", ["validate"], lambda out: ""),
        ("content list", ["content", "list", "--json"], _content_ok),
        ("help list", ["help", "list", "--json", "--region", "be-vlaanderen"],
         lambda out: "" if json.loads(out) else "empty help directory"),
        ("check --json", ["check", "--json"], _check_ok),
        ("journal add", ["journal", "add", "--type", "other", "--text", "smoke"],
         lambda out: "" if out.strip() else "no entry id"),
        ("journal export", ["journal", "export", "--out", str(export_dir)],
         lambda out: "" if any(export_dir.rglob("*.pdf")) else "no PDF written"),
        ("--exit-after-start", ["--exit-after-start"], _start_ok),
    ]


def run_step(exe: Path, name: str, args: list[str], check, env: dict[str, str]) -> bool:
    t0 = time.perf_counter()
    try:
        proc = subprocess.run([str(exe), *args], env=env, capture_output=True, text=True,
                              timeout=TIMEOUT, stdin=subprocess.DEVNULL)
        problem = f"exit code {proc.returncode}" if proc.returncode else check(proc.stdout)
    except subprocess.TimeoutExpired:
        proc, problem = None, f"no answer after {TIMEOUT} s"
    except (ValueError, KeyError, TypeError) as e:
        problem = f"unexpected output: {e}"
    took = time.perf_counter() - t0
    print(f"  {'ok  ' if not problem else 'FAIL'} {name:20} {took:6.2f} s  {problem}")
    if problem and proc is not None:
        print("    stderr: " + (proc.stderr.strip()[-2000:] or "(empty)").replace("\n", "\n    "))
    return not problem


def outside_files(home: Path, portable_root: Path) -> list[Path]:
    return [p for p in home.rglob("*") if p.is_file() and portable_root not in p.parents]


def run(bundle: Path) -> int:
    exe = program(bundle)
    print(f"smoke test of {exe}")
    failed = 0
    with tempfile.TemporaryDirectory(prefix="ontkoppel-smoke-") as tmp:
        tmp_path = Path(tmp)
        env = isolated_env(tmp_path / "home", tmp_path / "data")
        for name, args, check in steps(tmp_path / "export"):
            failed += not run_step(exe, name, args, check, env)
        failed += not portable_run(exe, tmp_path / "portable-home")
    print(f"smoke test: {'all passed' if not failed else f'{failed} step(s) failed'}")
    return failed


def portable_run(exe: Path, home: Path) -> bool:
    """Portable mode in the real bundle: a `portable` file next to the program, data beside it."""
    marker = exe.parent / "portable"
    if marker.exists():
        print("  skip portable mode: the bundle already has a 'portable' file")
        return True
    env = isolated_env(home, None)
    marker.write_text("")
    try:
        ok = run_step(exe, "portable start", ["--exit-after-start"], _start_ok, env)
        ok &= run_step(exe, "portable journal", ["journal", "add", "--type", "other", "--text", "x"],
                       lambda out: "" if (exe.parent / "data").is_dir() else "no data/ folder", env)
        stray = outside_files(home, exe.parent)
        if stray:
            print(f"  FAIL portable mode wrote outside the bundle: {[str(p) for p in stray][:5]}")
        return ok and not stray
    finally:
        marker.unlink()
        _remove(exe.parent / "data")


def _remove(folder: Path) -> None:
    import shutil

    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.exit(1 if run(Path(sys.argv[1] if len(sys.argv) > 1 else "dist/ontkoppel")) else 0)
