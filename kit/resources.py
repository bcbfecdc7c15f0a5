"""Where the shipped, read-only files live: in a checkout, an installed copy or a bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path

CONTENT_KINDS = {"guide": "guides", "checklist": "checklists", "module": "modules"}


def project_root() -> Path:
    """The folder that holds guides/, checklists/, modules/ and i18n/."""
    env = os.environ.get("KIT_CONTENT_DIR")
    if env:
        return Path(env)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def package_data() -> Path:
    """kit/data: the help directory, rights pages and the tool catalog."""
    return Path(__file__).resolve().parent / "data"


def content_dirs(root: Path | None = None) -> list[Path]:
    root = root or project_root()
    return [root / folder for folder in CONTENT_KINDS.values()]


def rights_dir() -> Path:
    return package_data() / "help" / "rights"


def i18n_dir() -> Path:
    return project_root() / "i18n"
