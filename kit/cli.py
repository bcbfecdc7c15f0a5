"""The command line: the same Qt-free core as the app, from a terminal.

Without a command, the desktop app starts. Every error is one clear line on stderr.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kit import __version__, netguard

COMMANDS = ("validate", "content", "help", "journal", "data", "check", "phone")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="ontkoppel", description="Ontkoppel: offline digital-safety kit")
    p.add_argument("--version", action="version", version=f"ontkoppel {__version__}")
    p.add_argument("--data-dir", type=Path, help="folder for the encrypted data (or KIT_DATA_DIR)")
    p.add_argument("--exit-after-start", action="store_true",
                   help="open the main window, print the start-up time in ms once painted, and exit")
    p.add_argument("--lang", choices=("nl", "fr", "en"), help="language for this run")
    sub = p.add_subparsers(dest="command")

    v = sub.add_parser("validate", help="check authored content; prints path:line: message")
    v.add_argument("paths", nargs="*", type=Path)

    c = sub.add_parser("content", help="list authored content")
    csub = c.add_subparsers(dest="action", required=True)
    cl = csub.add_parser("list")
    cl.add_argument("--json", action="store_true")
    cr = csub.add_parser("readability", help="flag long sentences and paragraphs (plain-language aid)")
    cr.add_argument("--lang", dest="content_lang", choices=("nl", "fr", "en"), default="nl")

    h = sub.add_parser("help", help="the help directory")
    hsub = h.add_subparsers(dest="action", required=True)
    hl = hsub.add_parser("list")
    hl.add_argument("--json", action="store_true")
    hl.add_argument("--region", choices=("be-vlaanderen", "be-brussel", "be-wallonie", "nl"))
    hl.add_argument("--lang", dest="help_lang", choices=("nl", "fr", "en"), default=None)

    j = sub.add_parser("journal", help="the evidence journal (passphrase from KIT_PASSPHRASE or stdin)")
    jsub = j.add_subparsers(dest="action", required=True)
    ja = jsub.add_parser("add")
    ja.add_argument("--type", required=True)
    ja.add_argument("--text", required=True)
    ja.add_argument("--when")
    ja.add_argument("--where", default="")
    ja.add_argument("--people", default="")
    ja.add_argument("--attach", nargs="*", type=Path, default=[])
    jl = jsub.add_parser("list")
    jl.add_argument("--json", action="store_true")
    je = jsub.add_parser("export")
    je.add_argument("--out", required=True, type=Path)
    je.add_argument("--zip", action="store_true")

    d = sub.add_parser("data", help="the data folder")
    dsub = d.add_subparsers(dest="action", required=True)
    de = dsub.add_parser("erase")
    de.add_argument("--yes", action="store_true", help="really erase everything")

    ck = sub.add_parser("check", help="read-only check of this computer")
    ck.add_argument("--json", action="store_true")
    ck.add_argument("--record", type=Path, help="record what the checks read, redacted, to FILE")
    _phone_parser(sub)
    t = sub.add_parser("tour", help="save a PNG of every screen and DIR/tour.json (fit report)")
    t.add_argument("--out", type=Path, required=True, metavar="DIR")
    t.add_argument("--lang", dest="tour_lang", choices=("nl", "fr", "en"), default="en")
    t.add_argument("--size", default="1366x768", metavar="WxH")
    t.add_argument("--text-scale", type=float, choices=(1, 1.5, 2), default=1)
    t.add_argument("--full-pages", action="store_true", help="also save each section's whole scrolled page")
    return p


def _phone_parser(sub) -> None:
    ph = sub.add_parser("phone", help="read-only check of a phone on USB (Android or iPhone)")
    phsub = ph.add_subparsers(dest="action", required=True)
    pc = phsub.add_parser("check", help="check the phone on USB, or a recording (--replay)")
    pc.add_argument("--json", action="store_true")
    pc.add_argument("--replay", type=Path, help="check a recorded phone (JSON) instead of a live one")
    pc.add_argument("--record", type=Path, help="record what the check read, redacted, to a new FILE")
    pc.add_argument("--lang", dest="phone_lang", choices=("nl", "fr", "en"))


def cmd_tour(args) -> int:
    import os

    try:
        w, h = (int(v) for v in args.size.lower().split("x"))
        if w < 320 or h < 240:
            raise ValueError
    except ValueError:
        print(f"--size must look like 800x600 (at least 320x240), not {args.size!r}", file=sys.stderr)
        return 2
    try:
        args.out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        print(f"cannot make the folder {args.out}: {e.strerror}", file=sys.stderr)
        return 1
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # same pixels with or without a display
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from kit.ui.shell import tour

    results = tour.run(args.out, args.tour_lang, (w, h), args.text_scale, args.full_pages)
    bad = [r for r in results if r["h_scroll"] or r["clipped"]]
    for r in results:
        flag = "ok" if r not in bad else "DOES NOT FIT"
        print(f"{r['screen']:24} {flag}" + (f"  clipped: {', '.join(r['clipped'])}" if r["clipped"] else "")
              + ("  horizontal scrollbar" if r["h_scroll"] else ""))
    print(f"{len(results)} screens saved in {args.out}", file=sys.stderr)
    del app
    return 1 if bad else 0


def _out(obj) -> None:
    import json  # only the --json commands need it, not the app's start-up

    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def cmd_validate(args) -> int:
    from kit.content.validate import validate

    problems = validate(args.paths or None)
    for p in problems:
        print(p)
    errors = [p for p in problems if not p.warning]
    if errors:
        print(f"{len(errors)} problem(s) found", file=sys.stderr)
        return 1
    if problems:
        print(f"content is valid, with {len(problems)} warning(s)", file=sys.stderr)
        return 0
    print("content is valid", file=sys.stderr)
    return 0


def cmd_content(args) -> int:
    from kit.content import ContentError, default_index

    if args.action == "readability":
        from kit.content.readability import check, shipped_files

        found = check(shipped_files(args.content_lang))
        for p in found:
            print(p)
        print(f"{len(found)} place(s) to simplify", file=sys.stderr)
        return 1 if found else 0

    try:
        items = default_index().listing()
    except ContentError as e:
        print(f"content cannot be read: {e.problems[0]} (run 'python -m kit validate')", file=sys.stderr)
        return 1
    if args.json:
        _out(items)
    else:
        for it in items:
            print(f"{it['kind']:9} {it['id']:32} {it['title'].get('en', '')}")
    return 0


def cmd_help(args) -> int:
    from kit.helpdir import load_directory

    lang = args.help_lang or args.lang or "en"
    services = load_directory().for_region(args.region, lang=lang)
    if args.json:
        _out([s.as_json(lang) for s in services])
    else:
        for s in services:
            print(f"{s.phone or '-':16} {s.text('name', lang)}  {s.url}")
    return 0


def _lazy(module: str, func: str):
    def handler(args) -> int:
        import importlib

        return getattr(importlib.import_module(module), func)(args)

    return handler


HANDLERS = {
    "validate": cmd_validate,
    "content": cmd_content,
    "help": cmd_help,
    "journal": _lazy("kit.journal.cli", "main"),
    "data": _lazy("kit.store.cli", "main"),
    "check": _lazy("kit.checks.cli", "main"),
    "phone": _lazy("kit.phone.cli", "main"),
    "tour": cmd_tour,
}


def run(argv: list[str]) -> int:
    from kit.portable import prepare_environment

    prepare_environment(qt=False)  # portable mode: every per-user folder on the stick
    netguard.install()
    args = build_parser().parse_args(argv)
    if args.command is None:
        from kit.ui.shell.app import main as gui_main

        return gui_main(args)
    try:
        return HANDLERS[args.command](args)
    except KeyboardInterrupt:
        print("stopped", file=sys.stderr)
        return 130
