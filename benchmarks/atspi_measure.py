#!/usr/bin/python3
"""What a screen reader gets, measured through AT-SPI (the bus Orca uses), per section and language.

Run by hand with Debian's python3 (pyatspi is a Debian package, not on PyPI):

    sudo apt-get install xvfb at-spi2-core python3-pyatspi dbus
    /usr/bin/python3 benchmarks/atspi_measure.py --app-python .venv/bin/python --out after.json
    # the same for an older checkout (--repo), then the RESULTS.md section from both:
    /usr/bin/python3 benchmarks/atspi_measure.py --repo ../before --out before.json
    /usr/bin/python3 benchmarks/atspi_measure.py --results benchmarks/RESULTS.md --before before.json --out after.json

It starts its own Xvfb, D-Bus session and accessibility bus, then the kit (as a subprocess, with the
app's own Python) on the xcb platform with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1, in a throw-away data
folder holding one journal entry. For each language it visits every section by *selecting* it in the
section list through AT-SPI (as a screen reader does), unlocks the journal and presses Tab from its
table (recording what each focus move tells), builds a plan, opens a guide, answers a self-study
question, and writes per screen: objects, interactive (focusable) objects, unnamed focusable objects, labels that show
Markdown or HTML, headings, and whether selecting the section showed it.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "measure accessibility here"  # of the throw-away store the script makes
KEY_TAB, KEY_RETURN = 23, 36  # X keycodes


def _has_markup():
    """kit/markup.py is Qt-free: load it by path (this python has no PySide6)."""
    spec = importlib.util.spec_from_file_location("kit_markup", ROOT / "kit" / "markup.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.has_markup


def _session(argv: list[str]) -> None:
    """Re-run inside a private D-Bus session and X server when there are none."""
    if os.environ.get("KIT_ATSPI_INNER"):
        return
    env = dict(os.environ, KIT_ATSPI_INNER="1")
    xvfb = None
    if not os.environ.get("DISPLAY"):
        display = ":%d" % (90 + os.getpid() % 9)
        xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        env["DISPLAY"] = display
        time.sleep(1.0)
    try:
        code = subprocess.call(["dbus-run-session", "--", sys.executable, *argv], env=env)
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait()
    sys.exit(code)


def _start_bus() -> subprocess.Popen:
    for path in ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher"):
        if Path(path).exists():
            return subprocess.Popen([path, "--launch-immediately"], stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL)
    sys.exit("at-spi-bus-launcher not found: apt-get install at-spi2-core")


class Measure:
    def __init__(self, pyatspi, app_python: str, repo: Path, lang: str, data_dir: Path, wait: float):
        self.pyatspi = pyatspi
        self.repo = repo
        self.has_markup = _has_markup()
        self.wait = wait
        env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
                   QT_ACCESSIBILITY="1", PYTHONFAULTHANDLER="1", PYTHONPATH=str(repo), KIT_DATA_DIR=str(data_dir),
                   LANG="C.UTF-8", LC_ALL="C.UTF-8")
        # an encrypted store with one journal entry, made with the kit's own command line, so the
        # journal table has a row to Tab through
        subprocess.run([app_python, "-m", "kit", "--data-dir", str(data_dir), "journal", "add", "--type", "threats",
                        "--text", "Measurement entry"], cwd=str(repo), env=dict(env, KIT_PASSPHRASE=PASSPHRASE),
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        self.log = tempfile.TemporaryFile()  # noqa: SIM115 (closed in close())
        self.proc = subprocess.Popen([app_python, "-m", "kit", "--lang", lang, "--data-dir", str(data_dir)],
                                     cwd=str(repo), env=env, stdout=subprocess.DEVNULL, stderr=self.log)
        self.announced: list[str] = []
        self.focused: list[str] = []
        pyatspi.Registry.registerEventListener(self._on_focus, "object:state-changed:focused")
        # Qt sends QAccessibleAnnouncementEvent as AT-SPI's object:announcement (not on older at-spi2-core)
        with contextlib.suppress(Exception):
            pyatspi.Registry.registerEventListener(self._on_announcement, "object:announcement")
        self.app = self._find_app()

    def _on_announcement(self, event) -> None:
        try:
            if event.source.get_process_id() == self.proc.pid:
                self.announced.append(str(event.any_data))
        except Exception:  # noqa: BLE001
            pass

    def _on_focus(self, event) -> None:
        try:
            if event.detail1 == 1 and event.source.get_process_id() == self.proc.pid:
                self.focused.append(f"{event.source.getRoleName()}: {event.source.name or ''}")
        except Exception:  # noqa: BLE001
            pass

    def key(self, keycode: int, times: int = 1) -> None:
        for _ in range(times):
            self.pyatspi.Registry.generateKeyboardEvent(keycode, None, self.pyatspi.KEY_PRESSRELEASE)
            self.settle(0.4)

    def settle(self, seconds: float | None = None) -> None:
        """Let the app work and deliver the bus's events to our listener."""
        from gi.repository import GLib

        end = time.monotonic() + (self.wait if seconds is None else seconds)
        ctx = GLib.MainContext.default()
        while time.monotonic() < end:
            while ctx.pending():
                ctx.iteration(False)
            time.sleep(0.05)

    def app_log(self) -> str:
        self.log.seek(0)
        return self.log.read().decode(errors="replace")[-3000:]

    # -- the tree -----------------------------------------------------------------------------
    def _find_app(self):
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                sys.exit("the app stopped: " + self.app_log())
            desktop = self.pyatspi.Registry.getDesktop(0)
            for app in desktop:
                try:
                    if (app is not None and app.get_process_id() == self.proc.pid and app.childCount
                            and self.window(app) is not None):
                        self.settle()
                        return app
                except Exception:  # noqa: BLE001 (a dying app on the bus)
                    continue
            time.sleep(0.3)
        sys.exit("the app did not show up on the accessibility bus (is at-spi2-core running?)")

    def window(self, app=None):
        for w in (app or self.app):
            if w is not None and w.getRole() == self.pyatspi.ROLE_FRAME:
                return w
        return None

    def walk(self, acc, depth=0):
        if acc is None or depth > 80:
            return
        try:
            states = acc.getState()
        except Exception:  # noqa: BLE001
            return
        if not states.contains(self.pyatspi.STATE_SHOWING):
            return
        yield acc, states
        try:
            n = acc.childCount
        except Exception:  # noqa: BLE001
            return
        for i in range(min(n, 500)):
            try:
                child = acc.getChildAtIndex(i)
            except Exception:  # noqa: BLE001
                continue
            yield from self.walk(child, depth + 1)

    def count(self) -> dict:
        P = self.pyatspi
        objects = interactive = unnamed = markup = headings = 0
        unnamed_roles: dict[str, int] = {}
        markup_samples: list[str] = []
        for acc, states in self.walk(self.window()):
            objects += 1
            role = acc.getRole()
            name, desc = acc.name or "", acc.description or ""
            if role == P.ROLE_HEADING:
                headings += 1
            if states.contains(P.STATE_FOCUSABLE):
                interactive += 1
                if not name.strip() and role not in (P.ROLE_TABLE_CELL, P.ROLE_TABLE_ROW, P.ROLE_LIST_ITEM,
                                                     P.ROLE_TABLE_COLUMN_HEADER, P.ROLE_TABLE_ROW_HEADER):
                    unnamed += 1
                    unnamed_roles[acc.getRoleName()] = unnamed_roles.get(acc.getRoleName(), 0) + 1
            if self.has_markup(name) or self.has_markup(desc):
                markup += 1
                if len(markup_samples) < 3:
                    markup_samples.append((name or desc)[:60])
        return {"objects": objects, "interactive": interactive, "unnamed_focusable": unnamed,
                "markup_labels": markup, "headings": headings, "unnamed_roles": unnamed_roles,
                "markup_samples": markup_samples}

    def find(self, test, root=None):
        for acc, _states in self.walk(root or self.window()):
            try:
                if test(acc):
                    return acc
            except Exception:  # noqa: BLE001
                continue
        return None

    def by_id(self, suffix: str, role=None):
        return self.find(lambda a: (a.get_accessible_id() or "").endswith(suffix)
                         and (role is None or a.getRole() == role))

    def press(self, acc) -> bool:
        if acc is None:
            return False
        action = acc.queryAction()
        for i in range(action.nActions):
            if action.getName(i) in ("Press", "press", "click", "Toggle", "toggle", "SetFocus"):
                action.doAction(i)
                self.settle()
                return True
        return False

    # -- visiting -----------------------------------------------------------------------------
    def sections(self):
        P = self.pyatspi
        nav = self.find(lambda a: a.getRole() == P.ROLE_LIST and (a.get_accessible_id() or "").endswith("navigation"))
        return nav, [nav.getChildAtIndex(i).name for i in range(nav.childCount)] if nav else []

    def visit(self, index: int) -> bool:
        """Select a section through the selection interface; True if the page changed."""
        nav, _names = self.sections()
        before = self.page_signature()
        try:
            nav.querySelection().selectChild(index)
        except Exception:  # noqa: BLE001 (a slow first build of the section: no reply in time)
            self.settle(5)
        self.settle()
        return self.page_signature() != before

    def page_signature(self) -> tuple:
        return tuple(sorted(a.get_accessible_id() or "" for a, _s in self.walk(self.window())))[:400]

    def click_section(self, index: int) -> None:
        """Fallback when selecting does not show a section (a screen reader user would be stuck):
        a real mouse click on its item, so the screens behind it are measured all the same."""
        nav, _names = self.sections()
        e = nav.getChildAtIndex(index).queryComponent().getExtents(self.pyatspi.DESKTOP_COORDS)
        self.pyatspi.Registry.generateMouseEvent(e.x + e.width // 2, e.y + e.height // 2, self.pyatspi.MOUSE_B1C)
        self.settle()

    def run(self) -> dict:
        out: dict = {}
        _nav, names = self.sections()
        shown = 0
        for i, _name in enumerate(names):
            if i > 0:  # Start is shown already
                if self.visit(i):
                    shown += 1
                else:
                    self.click_section(i)
            out[f"section-{i + 1}"] = self.count()
        out["selection_shows_section"] = f"{shown}/{len(names) - 1}"
        out["journal_tab_walk"] = self.journal_tab_walk()
        # the plan and a guide (the store is open now): where the guides' rich text lives
        self.visit(1) or self.click_section(1)
        if self.by_id("make-plan") is not None:
            for key in ("intake-device:android", "intake-service:whatsapp", "intake-situation:spyware"):
                self.press(self.by_id(key))
            out["intake"] = self.count()
            if self.press(self.by_id("make-plan")):
                out["plan"] = self.count()
                if self.press(self.by_id("continue")):
                    out["guide"] = self.count()
        out["self_study_quiz"] = self.quiz()
        return out

    def section_index(self, section_id: str) -> int:
        """The place of a section in the list, read from the measured tree's kit/ui/shell/sections.py
        (sections were added over time: a fixed number went stale)."""
        import ast

        tree = ast.parse((self.repo / "kit" / "ui" / "shell" / "sections.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", "") == "SECTIONS":
                return [k.value for k in node.value.keys].index(section_id)
        raise LookupError(section_id)

    def journal_tab_walk(self, presses: int = 12) -> dict:
        """Unlock the journal, put the focus in its table and press Tab: does the focus leave it?"""
        P = self.pyatspi
        self.click_section(self.section_index("journal"))
        field = self.find(lambda a: a.getRole() == P.ROLE_PASSWORD_TEXT)
        if field is None:
            return {"reached": False}
        field.queryEditableText().setTextContents(PASSPHRASE)
        field.queryComponent().grabFocus()
        self.settle()
        self.key(KEY_RETURN)
        self.settle(3)
        cell = self.find(lambda a: a.getRole() == P.ROLE_TABLE_CELL and bool(a.name))
        if cell is None:
            return {"reached": False}
        e = cell.queryComponent().getExtents(P.DESKTOP_COORDS)
        P.Registry.generateMouseEvent(e.x + e.width // 2, e.y + e.height // 2, P.MOUSE_B1C)
        self.settle()
        self.focused.clear()
        self.key(KEY_TAB, presses)
        heard = list(self.focused)
        in_table = 0
        for h in heard:  # Tab presses that stayed on a table cell before the focus left the table
            if not h.startswith("table cell"):
                break
            in_table += 1
        return {"reached": True, "presses": presses, "focus_moves": len(heard),
                "tabs_inside_table": in_table, "left_table": in_table < len(heard), "heard": heard}

    def quiz(self) -> dict:
        """Self-study: answer the first question; what do the result and score labels say?"""
        P = self.pyatspi
        self.visit(2) or self.click_section(2)
        modules = self.find(lambda a: a.getRole() == P.ROLE_LIST and a.childCount > 0
                            and not (a.get_accessible_id() or "").endswith("navigation"))
        if modules is not None:
            modules.querySelection().selectChild(0)
            self.settle()
        if not self.press(self.by_id("self-study")):
            return {"reached": False}
        self.press(self.find(lambda a: a.getRole() == P.ROLE_PAGE_TAB and "quiz" in (a.name or "").lower()))
        self.press(self.find(lambda a: a.getRole() == P.ROLE_RADIO_BUTTON))
        self.announced.clear()
        self.press(self.by_id("quiz-check"))
        screen = self.count()
        if os.environ.get("KIT_ATSPI_DUMP"):
            for a, _s in self.walk(self.window()):
                print(a.getRoleName(), repr(a.name)[:60], a.get_accessible_id()[-40:], file=sys.stderr)
        feedback, score = self.by_id("quiz-feedback"), self.by_id("quiz-score")
        return {"reached": True, "result_name": feedback.name if feedback else None,
                "score_name": score.name if score else None,
                "score_has_values": bool(score and any(ch.isdigit() for ch in score.name or "")),
                "announced": list(self.announced),
                "screen": screen}

    def close(self) -> None:
        self.log.close()
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def totals(screens: dict) -> dict:
    keys = ("objects", "interactive", "unnamed_focusable", "markup_labels", "headings")
    counted = [s for s in screens.values() if isinstance(s, dict) and "objects" in s]
    counted += [s["screen"] for s in screens.values() if isinstance(s, dict) and "screen" in s]
    return {k: sum(s[k] for s in counted) for k in keys}


SECTION = "## Screen reader (AT-SPI, by hand)"


def report(before: dict, after: dict) -> str:
    """The RESULTS.md section: before and after, per language."""
    def row(label, get):
        cells = []
        for lang in after["languages"]:
            for d in (before, after):
                v = d["languages"].get(lang)
                cells.append("n/a" if v is None else str(get(v)))
        return f"| {label} | " + " | ".join(cells) + " |"

    def quiz(key):
        return lambda v: v["screens"].get("self_study_quiz", {}).get(key)

    langs = list(after["languages"])
    head = "| Through AT-SPI | " + " | ".join(f"{lang} before | {lang} after" for lang in langs) + " |"
    lines = [
        SECTION, "",
        f"Written by `/usr/bin/python3 benchmarks/atspi_measure.py` (Xvfb, at-spi2-core, python3-pyatspi; "
        f"the app on xcb with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1). Before: {before['commit']}, after: "
        f"{after['commit']}. Screens: the 7 sections (locked), the journal after unlocking (12 Tab presses from "
        "its table), the intake, the plan and a guide, and a self-study quiz after one answer. Only objects a screen reader can reach "
        "(showing) are counted.", "",
        head, "|---|" + "---|" * (2 * len(langs)),
        row("objects", lambda v: v["totals"]["objects"]),
        row("interactive (focusable)", lambda v: v["totals"]["interactive"]),
        row("unnamed focusable objects", lambda v: v["totals"]["unnamed_focusable"]),
        row("labels showing Markdown or HTML", lambda v: v["totals"]["markup_labels"]),
        row("headings", lambda v: v["totals"]["headings"]),
        row("sections (after Start) shown by selecting them", lambda v: v["screens"].get("selection_shows_section")),
        row("quiz result label is named", lambda v: repr((quiz("result_name")(v) or "")[:28])),
        row("score label is named", lambda v: repr(quiz("score_name")(v) or "")),
        row("announcements after 'Check my answer'", lambda v: len(quiz("announced")(v) or [])),
        row("journal table: Tab presses (of 12) that stay in it",
            lambda v: v["screens"].get("journal_tab_walk", {}).get("tabs_inside_table")),
        "",
        "Before, selecting a section through AT-SPI left the page unchanged, so the script clicked the item "
        "to measure the sections behind it. The heading level is not exposed over AT-SPI (Qt reads it through "
        "an attributes interface a Python accessibility class cannot provide); the role is.", "",
    ]
    return "\n".join(lines)


def write_section(results: Path, text: str) -> None:
    old = results.read_text(encoding="utf-8") if results.exists() else "# Benchmark results\n"
    if SECTION in old:
        start = old.index(SECTION)
        nxt = old.find("\n## ", start + len(SECTION))
        old = old[:start] + (old[nxt + 1:] if nxt >= 0 else "")
    results.write_text(old.rstrip("\n") + "\n\n" + text, encoding="utf-8")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--app-python", default=os.environ.get("KIT_APP_PYTHON", str(ROOT / ".venv" / "bin" / "python")))
    p.add_argument("--repo", type=Path, default=ROOT, help="source tree of the app to measure (default: this one)")
    p.add_argument("--langs", nargs="+", default=["nl", "fr"])
    p.add_argument("--out", type=Path, default=Path("atspi-measure.json"))
    p.add_argument("--wait", type=float, default=1.5, help="seconds to let the app settle after each step")
    p.add_argument("--results", type=Path, help="with --before: write the before/after section of this "
                   "RESULTS.md from two JSON files (no measuring)")
    p.add_argument("--before", type=Path, help="JSON of the measurement before the change")
    args = p.parse_args()
    if args.results:
        if not args.before:
            sys.exit("--results needs --before BEFORE.json (and --out AFTER.json)")
        before, after = (json.loads(f.read_text(encoding="utf-8")) for f in (args.before, args.out))
        write_section(args.results, report(before, after))
        return
    for tool in ("Xvfb", "dbus-run-session"):
        if not shutil.which(tool) and not (tool == "Xvfb" and os.environ.get("DISPLAY")):
            sys.exit(f"{tool} not found: apt-get install xvfb dbus at-spi2-core python3-pyatspi")
    _session([str(Path(__file__).resolve()), *sys.argv[1:]])
    bus = _start_bus()
    time.sleep(1.0)
    try:
        import pyatspi
    except ImportError:
        sys.exit("pyatspi not found: run with /usr/bin/python3 after apt-get install python3-pyatspi")
    result = {"commit": subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=args.repo, capture_output=True,
                                       text=True).stdout.strip(), "languages": {}}
    try:
        for lang in args.langs:
            with tempfile.TemporaryDirectory() as data:
                m = Measure(pyatspi, args.app_python, args.repo.resolve(), lang, Path(data), args.wait)
                try:
                    screens = m.run()
                except Exception:
                    print("app exit code:", m.proc.poll(), "app log:", m.app_log(), file=sys.stderr)
                    raise
                finally:
                    m.close()
            result["languages"][lang] = {"totals": totals(screens), "screens": screens}
    finally:
        bus.terminate()
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    print(json.dumps({lang: v["totals"] | {"selection_shows_section": v["screens"].get("selection_shows_section")}
                      for lang, v in result["languages"].items()}, ensure_ascii=False))


if __name__ == "__main__":
    main()
