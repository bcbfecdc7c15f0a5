"""Small helpers that every check uses: building findings and writing down the evidence."""

from __future__ import annotations

import configparser
import contextlib
from collections.abc import Iterable

from kit.checks.i18n import L
from kit.checks.model import ATTENTION, INFO, OK, UNKNOWN, Finding
from kit.checks.probe.base import DENIED, FAILED, Read

ERROR_WORDS = {"not_found": "not found", "denied": "access denied", "no_command": "command missing",
               "timeout": "timed out", "failed": "failed", "unsupported": "not available"}
MAX_ITEMS = 25

__all__ = ["ATTENTION", "INFO", "OK", "UNKNOWN", "L", "Evidence", "cap", "finding", "ini",
           "unknown"]


class Evidence(list):
    """What a check read, one line per read: "file /etc/group: 42 lines" or "...: access denied"."""

    def add(self, what: str, read: Read | None = None, summary: str = "") -> None:
        if read is None or read.ok:
            self.append(f"{what}: {summary}" if summary else what)
        else:
            extra = f" ({read.detail})" if read.detail and read.error == FAILED else ""
            self.append(f"{what}: {ERROR_WORDS.get(read.error, read.error)}{extra}")


def finding(check_id: str, status: str, evidence: Iterable[str], *, needs_admin: bool = False,
            variant: str | None = None, **params) -> Finding:
    return Finding.make(check_id, status, list(evidence), needs_admin=needs_admin,
                        variant=variant, **params)


def unknown(check_id: str, evidence: Iterable[str], read: Read | str, what: str | L, *,
            needs_admin: bool | None = None, variant: str | None = None, **params) -> Finding:
    """Could not check: `what` names what could not be read, `read` says why."""
    error = read if isinstance(read, str) else (read.error or FAILED)
    admin = (error == DENIED) if needs_admin is None else needs_admin
    return Finding.make(check_id, UNKNOWN, list(evidence), needs_admin=admin, variant=variant,
                        what=what, reason=L(f"reason.{error}"), **params)


def cap(items: list, limit: int = MAX_ITEMS) -> list:
    """At most `limit` items, then "(+N more)"."""
    items = list(dict.fromkeys(items))
    if len(items) <= limit:
        return items
    return [*items[:limit], f"(+{len(items) - limit})"]


def ini(text: str) -> configparser.ConfigParser:
    """A lenient INI parser for .desktop, custom.conf and similar files (keys keep their case)."""
    parser = configparser.ConfigParser(strict=False, interpolation=None, allow_no_value=True,
                                       delimiters=("=",), comment_prefixes=("#", ";"))
    parser.optionxform = str  # type: ignore[assignment, method-assign]
    with contextlib.suppress(configparser.Error):
        parser.read_string(text)
    return parser
