"""Benchmark: how well the computer check finds remote-access tools, and how often it cries wolf.

    python benchmarks/detection.py [--tune-seed 1] [--held-seed 2] [--sample 25]
                                   [--label after] [--json FILE]

A seeded random sample of LOLRMM tools that the catalog keeps is simulated on Linux, one
artifact at a time: a running process, a home install (~/.local/share, ~/.local/bin), a user
autostart entry, a user unit, an enabled system unit (/etc/systemd/system + ExecStart), an
install under /opt and /usr/local/bin, a listening port of the tool opened by the tool, and the
same port opened by another program. Then the benign names of tests/checks/data/benign_names.txt
are simulated as processes, /usr/bin programs, system units and autostart entries.

Nothing touches this computer: every case is a throw-away folder that stands for "/" (removed
afterwards), read by the live probe with a fake root and a fake process and socket table
(`LiveProbe(root=...)`). So it runs anywhere without admin rights and leaves nothing behind.

"found": a check reports the artifact (attention or info). "named": that finding names the tool
("TeamViewer (remote-access tool): ..."). "false alarm": a benign case gives any "attention".
The tuning sample (--tune-seed) is what the matching was tuned on; the held-out sample
(--held-seed, tools not in the tuning sample) is the one the goals are judged on.

To measure the code before a change, run this script with PYTHONPATH pointing at an old copy
of `kit/` (e.g. `git archive OLD kit | tar -x -C /tmp/old`): older probes without `root` are
wrapped by a small shim with the same reads.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.append(str(HERE.parent))  # after PYTHONPATH, so an old copy of kit/ can be measured

LOLRMM = HERE.parent.parent / "shared" / "data" / "lolrmm" / "yaml"
BENIGN = HERE.parent / "tests" / "checks" / "data" / "benign_names.txt"
HOME = "/home/user"
CHECKS = ["processes_catalog", "installed_catalog", "spy_names", "listening_ports",
          "linux_autostart", "linux_systemd_user", "linux_system_services", "linux_cron"]
KINDS = ["process", "home install", "user autostart", "user unit", "system unit", "/opt install",
         "/usr/local/bin install", "port (tool)", "port (other program)"]
BENIGN_KINDS = ["process", "/usr/bin program", "system unit", "user autostart",
                "~/.local/share and /opt folder"]


# -- the tools ---------------------------------------------------------------------------------
def _yaml(path: Path):
    import yaml

    return yaml.safe_load(path.read_text(encoding="utf-8"))


def tools(lolrmm: Path) -> list[dict]:
    """LOLRMM tools the catalog keeps, with the names a Linux install of each would use.

    The rules come from this checkout's catalog_rules.py, also when an older kit/ is measured,
    so that "before" and "after" simulate exactly the same tools and names.
    """
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "_rules", HERE.parent / "kit" / "checks" / "catalog_rules.py")
    rules = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(rules)  # type: ignore[union-attr]
    CLIENT_ONLY, NOT_REMOTE_ACCESS, executable_ok = (  # noqa: N806
        rules.CLIENT_ONLY, rules.NOT_REMOTE_ACCESS, rules.executable_ok)

    out = []
    for path in sorted(lolrmm.glob("*.y*ml")):
        if path.stem in CLIENT_ONLY or path.stem in NOT_REMOTE_ACCESS:
            continue
        doc = _yaml(path)
        details = doc.get("Details") or {}
        pe = details.get("PEMetadata") or []
        pe = [pe] if isinstance(pe, dict) else pe
        exes = [str(x.get("Filename") or x.get("OriginalFileName") or "") for x in pe
                if isinstance(x, dict)]
        paths = [str(p) for p in details.get("InstallationPaths") or []]
        exes += [re.split(r"[\\/]", p)[-1] for p in paths if p.lower().endswith(".exe")]
        disk = [str((a or {}).get("File") or "") for a in (doc.get("Artifacts") or {}).get("Disk") or []
                if isinstance(a, dict)]
        exes += [re.split(r"[\\/]", p)[-1] for p in disk if p.lower().endswith(".exe")]
        # the program that runs once the tool is installed: not its installer, viewer or a
        # helper with a generic name; LOLRMM sometimes names only those, then the product name
        exes = [e for e in exes if e and "*" not in e and "<" not in e
                and executable_ok(e.lower() if e.lower().endswith(".exe") else e.lower() + ".exe")]
        plain_name = re.sub(r"\s*\((?:now|formerly|aka|also known as)\b[^)]*\)", "", str(doc["Name"]))
        program = re.sub(r"\.exe$", "", exes[0], flags=re.IGNORECASE) if exes else plain_name
        folders = [re.split(r"[\\/]", p.rstrip("\\/*"))[-1] for p in paths
                   if not p.lower().endswith((".exe", ".app")) and "<" not in p]
        folders = [f for f in folders if f and not any(c in f for c in "*{%")]
        folder = folders[0] if folders else plain_name
        # ports a server of the tool listens on; STUN, relay and web ports that every other
        # program uses too (3478, 5000, 8080, ...) are left out, as the catalog leaves them out
        ports = sorted({p for n in (doc.get("Artifacts") or {}).get("Network") or []
                        for p in (n or {}).get("Ports") or [] if isinstance(p, int)
                        and rules.port_ok(p)})
        out.append({"file": path.stem, "name": str(doc["Name"]).strip(), "program": program.strip(),
                    "folder": folder.strip(), "ports": ports})
    return out


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "tool"


# -- a fake computer ---------------------------------------------------------------------------
class Fake:
    """A throw-away folder that stands for "/", plus process and socket tables."""

    def __init__(self):
        self.root = Path(tempfile.mkdtemp(prefix="ontkoppel-detect-"))
        self.processes: list = []
        self.listeners: list = []
        for d in ("etc/systemd/system", "usr/bin", "opt", "usr/local/bin", "var/lib",
                  f"{HOME[1:]}/.config/autostart", f"{HOME[1:]}/.config/systemd/user",
                  f"{HOME[1:]}/.local/share", f"{HOME[1:]}/.local/bin", "var/lib/dpkg/info"):
            (self.root / d).mkdir(parents=True, exist_ok=True)

    def file(self, path: str, text: str = "") -> None:
        p = self.root / path.lstrip("/")
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")

    def link(self, path: str, target: str) -> None:
        p = self.root / path.lstrip("/")
        p.parent.mkdir(parents=True, exist_ok=True)
        os.symlink(target, p)

    def process(self, name: str, exe: str) -> None:
        from kit.checks.probe.base import ProcessInfo

        self.processes.append(ProcessInfo(1000 + len(self.processes), name[:15], exe))

    def listener(self, port: int, program: str) -> None:
        from kit.checks.probe.base import Listener

        self.listeners.append(Listener("tcp", "0.0.0.0", port, 2000 + len(self.listeners), program[:15]))

    def unit(self, folder: str, wants: str, name: str, command: str) -> None:
        self.file(f"{folder}/{name}", f"[Unit]\nDescription={name}\n\n[Service]\nExecStart={command}\n"
                                      f"\n[Install]\nWantedBy={wants}\n")
        self.link(f"{folder}/{wants}.wants/{name}", f"{folder}/{name}")

    def probe(self):
        from kit.checks.probe.base import PlatformInfo
        from kit.checks.probe.live import LiveProbe

        info = PlatformInfo(system="linux", home=HOME, user="user")
        try:
            return LiveProbe(root=str(self.root), processes=self.processes,
                             listeners=self.listeners, platform=info)
        except TypeError:  # an older kit without fake roots
            return _Shim(str(self.root), self.processes, self.listeners, info)

    def check(self) -> list:
        from kit.checks.runner import run_checks

        probe = self.probe()
        try:
            return run_checks(probe, only=CHECKS, check_timeout=60).findings
        finally:
            getattr(probe, "close", lambda: None)()

    def remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


class _Shim:
    """The same fake root for a kit whose LiveProbe has no `root` (the "before" measurement)."""

    def __new__(cls, root, processes, listeners, info):
        from kit.checks.probe import live_os
        from kit.checks.probe.base import NO_COMMAND, Probe, Read

        class Shim(Probe):
            def platform(self):
                return info

            def read(self, method, *args):
                def inside(p):
                    return os.path.join(root, os.path.normpath("/" + p).lstrip("/"))
                if method in ("read_file", "list_dir"):
                    return getattr(live_os, method)(inside(args[0]))
                if method == "read_fields":
                    return live_os.read_fields(inside(args[0]), args[1], args[2])
                if method == "processes":
                    return Read(list(processes))
                if method == "listening":
                    return Read(list(listeners))
                if method == "run":
                    return Read.fail(NO_COMMAND)
                return Read.fail("not_found")
        return Shim()


# -- one artifact at a time ----------------------------------------------------------------------
def simulate(tool: dict, kind: str, rng: random.Random) -> Fake | None:
    fake = Fake()
    prog, folder = tool["program"], tool["folder"]
    unit = rng.choice([slug(tool["name"]), slug(prog)]) + ".service"
    if kind == "process":
        fake.process(prog, f"/opt/{folder}/{prog}")
    elif kind == "home install":
        fake.file(f"{HOME}/.local/share/{folder}/{prog}")
        fake.file(f"{HOME}/.local/bin/{prog}")
    elif kind == "user autostart":
        fake.file(f"{HOME}/.config/autostart/{slug(prog)}.desktop",
                  f"[Desktop Entry]\nType=Application\nName={prog}\nExec={HOME}/.local/bin/{prog}\n")
    elif kind == "user unit":
        fake.unit(f"{HOME}/.config/systemd/user", "default.target", unit,
                  f"{HOME}/.local/share/{folder}/{prog}")
    elif kind == "system unit":
        fake.unit("/etc/systemd/system", "multi-user.target", unit, f"/opt/{folder}/{prog} --service")
    elif kind == "/opt install":
        fake.file(f"/opt/{folder}/{prog}")
    elif kind == "/usr/local/bin install":
        fake.file(f"/usr/local/bin/{prog}")
    elif kind in ("port (tool)", "port (other program)"):
        if not tool["ports"]:
            fake.remove()
            return None
        fake.listener(tool["ports"][0], prog if kind == "port (tool)" else "nginx")
    return fake


def judged(findings: list, tool_names: list[str]) -> tuple[bool, bool]:
    hits = [f for f in findings if f.status in ("attention", "info")]
    named = any(n.lower() in f.detail.lower() for f in hits for n in tool_names)
    return bool(hits), named


PORT_KINDS = ("port (tool)", "port (other program)")


def run_sample(sample: list[dict], seed: int, kinds=KINDS) -> dict:
    from kit.checks import catalog

    cat = catalog.load()
    rng = random.Random(seed)
    table = {k: {"cases": 0, "found": 0, "named": 0, "missed": []} for k in kinds}
    for tool in sample:
        names = [tool["name"]] + [e.name for e in cat.entries if tool["name"].lower() in
                                  [n.lower() for n in e.names]]
        for kind in kinds:
            fake = simulate(tool, kind, rng)
            if fake is None:
                continue
            try:
                found, named = judged(fake.check(), names)
            finally:
                fake.remove()
            row = table[kind]
            row["cases"] += 1
            row["found"] += found
            row["named"] += named
            if not named:
                row["missed"].append(tool["name"])
    return table


def run_benign(names: list[str]) -> dict:
    table = {k: {"cases": 0, "alarms": 0, "examples": []} for k in BENIGN_KINDS}
    for name in names:
        base = re.split(r"[\\/ ]", name.strip())[-1] or name
        for kind in BENIGN_KINDS:
            fake = Fake()
            if kind == "process":
                fake.process(name, f"/usr/bin/{base}")
            elif kind == "/usr/bin program":
                fake.file(f"/usr/bin/{base}")
            elif kind == "system unit":
                fake.unit("/etc/systemd/system", "multi-user.target", f"{slug(name)}.service",
                          f"/usr/bin/{base}")
            elif kind == "~/.local/share and /opt folder":
                fake.file(f"{HOME}/.local/share/{base}/{base}")
                fake.file(f"/opt/{base}/{base}")
            else:
                fake.file(f"{HOME}/.config/autostart/{slug(name)}.desktop",
                          f"[Desktop Entry]\nType=Application\nName={name}\nExec=/usr/bin/{base}\n")
            try:
                alarms = [f for f in fake.check() if f.status == "attention"]
            finally:
                fake.remove()
            row = table[kind]
            row["cases"] += 1
            if alarms:
                row["alarms"] += 1
                row["examples"].append(f"{name} ({alarms[0].id})")
    return table


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:.0f}% ({a}/{b})" if b else "–"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="benchmarks/detection.py")
    p.add_argument("--tune-seed", type=int, default=1)
    p.add_argument("--held-seed", type=int, default=2)
    p.add_argument("--sample", type=int, default=25)
    p.add_argument("--label", default="after")
    p.add_argument("--lolrmm", type=Path, default=LOLRMM)
    p.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = p.parse_args(argv)
    if not args.lolrmm.is_dir():
        print(f"no LOLRMM data in {args.lolrmm} (use --lolrmm)", file=sys.stderr)
        return 2
    from kit import netguard

    netguard.install()
    every = tools(args.lolrmm)
    tune = random.Random(args.tune_seed).sample(every, args.sample)
    rest = [t for t in every if t not in tune]
    held = random.Random(args.held_seed).sample(rest, args.sample)
    benign = [n.strip() for n in BENIGN.read_text(encoding="utf-8").splitlines()
              if n.strip() and not n.startswith("#")]
    # few LOLRMM tools document a listening port: the port cases use all of them, half each
    with_ports = [t for t in every if t["ports"]]
    random.Random(args.tune_seed).shuffle(with_ports)
    half = len(with_ports) // 2
    main_kinds = [k for k in KINDS if k not in PORT_KINDS]
    result = {"label": args.label,
              "tune": {**run_sample(tune, args.tune_seed, main_kinds),
                       **run_sample(with_ports[:half], args.tune_seed, PORT_KINDS)},
              "held": {**run_sample(held, args.held_seed, main_kinds),
                       **run_sample(with_ports[half:], args.held_seed, PORT_KINDS)},
              "benign": run_benign(benign)}
    print(f"### Detection ({args.label}; {args.sample} tools per sample, tuning seed "
          f"{args.tune_seed}, held-out seed {args.held_seed}; ports: the {len(with_ports)} tools "
          f"with a documented port, half each)\n")
    print("| Artifact | Tuning: found | Tuning: named | Held-out: found | Held-out: named |")
    print("| --- | --- | --- | --- | --- |")
    for k in KINDS:
        t, h = result["tune"][k], result["held"][k]
        print(f"| {k} | {pct(t['found'], t['cases'])} | {pct(t['named'], t['cases'])} | "
              f"{pct(h['found'], h['cases'])} | {pct(h['named'], h['cases'])} |")
    print(f"\n| Benign names ({len(benign)}) as | Attention (false alarm) | Examples |")
    print("| --- | --- | --- |")
    for k in BENIGN_KINDS:
        b = result["benign"][k]
        print(f"| {k} | {pct(b['alarms'], b['cases'])} | {', '.join(b['examples'][:4])} |")
    missed = sorted({m for k in ("process", "system unit") for m in result["held"][k]["missed"]})
    print(f"\nHeld-out tools not named as a process or system unit: {', '.join(missed) or 'none'}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
