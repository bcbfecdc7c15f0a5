"""The benchmark runner works: its smallest mode runs and writes a results file.

Not a timed test: the figures are not checked, only that the script runs end to end."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_run_quick_content_writes_results(tmp_path):
    out = tmp_path / "RESULTS.md"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--only", "content",
         "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr[-2000:]
    text = out.read_text(encoding="utf-8")
    assert "## Machine" in text and "PySide6" in text
    assert "## Content" in text and "Goal: validation under 1 s" in text
    assert "| Content: validate everything |" in proc.stdout


def test_run_rejects_unknown_section(tmp_path):
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--only", "nonsense",
         "--out", str(tmp_path / "R.md")],
        cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert "unknown section" in proc.stderr
    assert not (tmp_path / "R.md").exists()


def test_run_keeps_sections_measured_by_hand(tmp_path):
    out = tmp_path / "RESULTS.md"
    out.write_text("# Benchmark results\n\n## Content\n\nold\n\n## Screen reader (AT-SPI, by hand)\n\n"
                   "| before | after |\n\n## Store\n\nold\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--only", "content",
         "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr[-2000:]
    text = out.read_text(encoding="utf-8")
    assert text.count("## Screen reader (AT-SPI, by hand)") == 1 and "| before | after |" in text
    assert "\nold\n" not in text


@pytest.mark.slow
def test_run_quick_store_and_check_still_work(tmp_path):
    """The store and check benchmarks drive kit internals (a plain Store, the check runner):
    a change there must not silently break them."""
    out = tmp_path / "RESULTS.md"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--only", "store,check",
         "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=900)  # a hang guard, not a speed limit
    assert proc.returncode == 0, proc.stderr[-2000:]
    text = out.read_text(encoding="utf-8")
    assert "## Store" in text and "## Computer check" in text
