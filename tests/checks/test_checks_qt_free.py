"""The computer check is Qt-free: the app's view is built on top of it, not inside it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import kit.checks

ROOT = Path(kit.checks.__file__).parent


def test_no_qt_imports_under_kit_checks():
    for path in ROOT.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            assert not any(n.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6") for n in names), path


def test_running_the_checks_loads_no_qt():
    code = ("import sys; from kit.checks import run_checks; from kit.checks.registry import all_checks; "
            "all_checks(); import kit.checks.cli; "
            "print([m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_every_check_is_a_registered_function_with_platforms():
    from kit.checks.registry import EVERY, all_checks

    checks = all_checks()
    assert len(checks) >= 25
    for c in checks:
        assert c.platforms and set(c.platforms) <= set(EVERY)
        assert c.title("en") and c.title("nl") and c.title("fr")
