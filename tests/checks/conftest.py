"""Helpers for the computer-check tests: load a JSON snapshot, change a few reads, run checks."""

from __future__ import annotations

import copy
import json
from functools import cache
from pathlib import Path

import pytest

from kit.checks.probe import FixtureProbe, Read
from kit.checks.probe import snapshot as snap

FIXTURES = Path(__file__).parent / "fixtures"


@cache
def _raw(name: str) -> dict:
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


def fixture_probe(name: str, changes: dict | None = None) -> FixtureProbe:
    """The snapshot `name`, with `changes`: {(method, *args): Read or value or None (= remove)}."""
    data = copy.deepcopy(_raw(name))
    for (method, *args), value in (changes or {}).items():
        key = snap.key(method, *args)
        if value is None:
            data["reads"].pop(key, None)
        else:
            read = value if isinstance(value, Read) else Read(value)
            data["reads"][key] = snap.encode(method, read)
    return FixtureProbe(data)


@pytest.fixture
def probe_for():
    return fixture_probe
